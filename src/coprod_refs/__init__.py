"""coprod-refs: a reference manager for the research literature on co-production."""

__version__ = "0.1.0"
