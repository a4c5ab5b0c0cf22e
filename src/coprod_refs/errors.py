"""Typed errors raised by the library; the CLI maps each to an exit code and one line.

Every error carries the file (and line, where known) it is about, so the message a user
sees points at the place to fix.
"""

from __future__ import annotations

from pathlib import Path


class ExitCode:
    """Process exit codes shared by every command (documented in docs/cli.md)."""

    OK = 0
    FINDINGS = 1  # the command worked and found problems (validate, check-tex, missing keys)
    BAD_INPUT = 2  # an input, the store or the arguments could not be read
    INTERNAL = 3  # a bug: reported in one line, never as a traceback


class CoprodError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code: int = ExitCode.BAD_INPUT

    def __init__(self, message: str, *, file: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line

    def one_line(self) -> str:
        """The message as the CLI prints it: `<file>:<line>: <what is wrong>`."""
        where = ""
        if self.file is not None:
            where = f"{self.file}:{self.line}: " if self.line is not None else f"{self.file}: "
        text = " ".join(self.message.split())
        return f"{where}{text}"


class InputError(CoprodError):
    """An input file cannot be read: missing, binary, empty, not the format it claims."""


class ParseError(CoprodError):
    """Text could not be parsed (a record, an entry, a JSON document)."""


class StoreError(CoprodError):
    """The store is missing, corrupted, locked too long or from a newer format version."""


class QueryError(CoprodError):
    """A search query is malformed; `position` is the 0-based character offset."""

    def __init__(self, message: str, *, position: int = 0, query: str = ""):
        super().__init__(message)
        self.position = position
        self.query = query

    def one_line(self) -> str:
        """The message with the position it points at."""
        return f"query: column {self.position + 1}: {self.message}"


class UsageError(CoprodError):
    """Arguments that do not fit together, or name something that does not exist."""


class NotFoundError(CoprodError):
    """A key, person or venue named on the command line is not in the store."""
