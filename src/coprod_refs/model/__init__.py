"""Typed records: extracted (as texts state them) and resolved (as the store keeps them)."""

from coprod_refs.model.extracted import ExtractedMention, ExtractedWork, Extraction, Name
from coprod_refs.model.graph import Graph
from coprod_refs.model.records import (
    CSL_TYPES,
    Agent,
    Ambiguity,
    Body,
    Citation,
    Decision,
    KeyAssignment,
    Mention,
    Metric,
    Person,
    SourceDocument,
    Span,
    Venue,
    Work,
)

__all__ = [
    "CSL_TYPES",
    "Agent",
    "Ambiguity",
    "Body",
    "Citation",
    "Decision",
    "ExtractedMention",
    "ExtractedWork",
    "Extraction",
    "Graph",
    "KeyAssignment",
    "Mention",
    "Metric",
    "Name",
    "Person",
    "SourceDocument",
    "Span",
    "Venue",
    "Work",
]
