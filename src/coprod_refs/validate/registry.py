"""The rule registry: a rule is one function registered with an id, a severity and a line.

Adding a rule means writing one function in a `rules_*` module and decorating it with
`@rule(...)`; the runner, the configuration, every report format and the documentation
table pick it up from here. A rule with slow work of its own may also name a `prepare`
function: the runner calls every selected rule's preparation before any check, so that
work can start in other processes and run beside the other rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from coprod_refs.errors import UsageError
from coprod_refs.model import Decision, Graph
from coprod_refs.validate.findings import SEVERITIES, Severity

if TYPE_CHECKING:
    from coprod_refs.store import Store, StoreInspection

_T = TypeVar("_T")

#: Record kinds, named like the store files that hold them (`works.jsonl`, ...).
WORKS = "works"
AGENTS = "agents"
VENUES = "venues"
CITATIONS = "citations"
AMBIGUITIES = "ambiguities"
SOURCES = "sources"
#: A whole store file rather than a record: the record id is "<path>:<line>".
STORE_FILE = "file"


class Problem(NamedTuple):
    """What a rule yields: the record's key, a message, the exact subject, the record ref.

    The runner turns each into a `Finding` with the rule's id and configured severity.
    """

    key: str
    message: str
    subject: str = ""
    record: tuple[str, str] | None = None


@dataclass
class ValidationContext:
    """Everything a rule may look at: the graph, the store's identity decisions, the store.

    `store` is None when validating a bare graph (then store-hygiene rules find nothing);
    `inspection` is the store as `Store.inspect` read it, when the runner has it, so no rule
    reads the store again; `today` is injectable so date rules are testable. `selected`
    holds the ids of the rules the runner was given, so one rule's preparation can do the
    work of its selected siblings too.
    """

    graph: Graph
    decisions: list[Decision] = field(default_factory=list)
    store: Store | None = None
    today: dt.date = field(default_factory=dt.date.today)
    inspection: StoreInspection | None = None
    selected: frozenset[str] = frozenset()
    _shared: dict[str, Any] = field(default_factory=dict, repr=False)
    _on_close: list[Callable[[], None]] = field(default_factory=list, repr=False)

    def shared(self, name: str, make: Callable[[], _T]) -> _T:
        """Derived data several rules need (e.g. fingerprints of every work), made once."""
        if name not in self._shared:
            self._shared[name] = make()
        return self._shared[name]

    def on_close(self, release: Callable[[], None]) -> None:
        """Have `close` call `release` (e.g. to stop worker processes a rule started)."""
        self._on_close.append(release)

    def close(self) -> None:
        """Release what the rules started, latest first; the runner calls it after a run,
        whether the run finished or failed."""
        while self._on_close:
            self._on_close.pop()()

    def noncanonical_files(self) -> list[tuple[Path, int]]:
        """The store files not in canonical form (none without a store)."""
        if self.inspection is not None:
            return self.inspection.noncanonical
        return self.store.noncanonical_files() if self.store is not None else []

    @cached_property
    def distinct_pairs(self) -> set[tuple[str, str, str]]:
        """(record kind, a, b) for every "not the same" decision, both orders."""
        pairs: set[tuple[str, str, str]] = set()
        for d in self.decisions:
            if d.kind == "distinct":
                pairs.add((d.record, d.a, d.b))
                pairs.add((d.record, d.b, d.a))
        return pairs

    def declared_distinct(self, record: str, a: str, b: str) -> bool:
        """True when a decision says the two works (or people) are not the same."""
        return (record, a, b) in self.distinct_pairs


CheckFn = Callable[[ValidationContext], Iterable[Problem]]
PrepareFn = Callable[[ValidationContext], None]


@dataclass(frozen=True)
class Rule:
    """A registered rule: stable id, default severity, one-line description, its check,
    and what to start before any rule is checked (None for most rules)."""

    id: str
    severity: Severity
    description: str
    check: CheckFn
    prepare: PrepareFn | None = None

    @property
    def family(self) -> str:
        """The part of the id before the dot: shape, identity, citations, store, export."""
        return self.id.split(".", 1)[0]


_RULES: dict[str, Rule] = {}


def rule(
    rule_id: str, severity: Severity, description: str, *, prepare: PrepareFn | None = None
) -> Callable[[CheckFn], CheckFn]:
    """Register `fn` as the rule `rule_id` (family.name) with a default severity, and
    `prepare` as the work to start before the checks run."""
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r} for rule {rule_id}")

    def wrap(fn: CheckFn) -> CheckFn:
        if rule_id in _RULES and _RULES[rule_id].check is not fn:
            raise ValueError(f"rule id {rule_id} registered twice")
        _RULES[rule_id] = Rule(rule_id, severity, description, fn, prepare)
        return fn

    return wrap


def all_rules() -> list[Rule]:
    """Every registered rule, ordered by id (importing the rule modules registers them)."""
    from coprod_refs.validate import (  # noqa: F401
        rules_citations,
        rules_export,
        rules_identity,
        rules_shape,
        rules_store,
    )

    return [_RULES[k] for k in sorted(_RULES)]


def _matches(selector: str, rule_id: str) -> bool:
    return selector in ("all", rule_id) or rule_id.startswith(selector + ".")


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """The rules named by `select` (all when empty) minus those named by `ignore`.

    A selector is a rule id, a family ("shape") or "all"; an unknown one is a UsageError,
    so a typo in CI configuration cannot silently switch a check off.
    """
    rules = all_rules()
    selectors = [s.strip() for s in select if s.strip()]
    ignored = [s.strip() for s in ignore if s.strip()]
    for selector in [*selectors, *ignored]:
        if not any(_matches(selector, r.id) for r in rules):
            known = ", ".join(sorted({r.family for r in rules}))
            raise UsageError(f"unknown rule or family {selector!r} (families: {known})")
    chosen = [r for r in rules if not selectors or any(_matches(s, r.id) for s in selectors)]
    return [r for r in chosen if not any(_matches(s, r.id) for s in ignored)]


def rule_table_markdown() -> str:
    """The rule list as a Markdown table (id, default severity, what it catches) for docs."""
    lines = ["| Rule | Default severity | What it catches |", "| --- | --- | --- |"]
    lines += [f"| `{r.id}` | {r.severity} | {r.description} |" for r in all_rules()]
    return "\n".join(lines) + "\n"
