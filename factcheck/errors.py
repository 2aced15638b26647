"""One exception family for everything a user can get wrong.

Every error knows where it happened (file, line, field) and what to do about it, so the CLI can
print one clear message and exit 2 instead of a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path


class FactcheckError(Exception):
    """A problem with the user's input: a file, a field, an option."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        field: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        self.field = field
        self.hint = hint

    def where(self) -> str:
        """`file:line (field x)` or whatever part of it is known."""
        parts = []
        if self.path is not None:
            parts.append(str(self.path) + (f":{self.line}" if self.line else ""))
        if self.field:
            parts.append(f"field '{self.field}'")
        return " ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        text = f"{where}: {self.message}" if where else self.message
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


class RegistryError(FactcheckError):
    """The claim registry (sources, entities, subjects, claims) is invalid."""


class RuleError(FactcheckError):
    """A rule file is invalid or cannot run safely on the engine."""


class EngineError(FactcheckError):
    """The rules engine failed in a way the adapter could not contain."""


class ErrorList(FactcheckError):
    """Several independent input errors, reported together so a curator fixes them in one pass."""

    def __init__(self, errors: list[FactcheckError]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} error(s)")

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


# SQLite's names for a file that is not (or no longer) a well-formed database. Not "database is
# locked" (SQLITE_BUSY) or a full disk: those say nothing about the file's contents.
_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def is_damaged_cache(exc: BaseException) -> bool:
    """Whether `exc` is SQLite saying a file is damaged. factcheck's only SQLite files are its
    caches (`.factcheck-cache/`), which the YAML and the texts can always rebuild. (sqlite3 is
    looked up, not imported: `--version` imports no SQLite.)"""
    sqlite3 = sys.modules.get("sqlite3")
    if sqlite3 is None or not isinstance(exc, sqlite3.DatabaseError):
        return False
    return str(getattr(exc, "sqlite_errorname", None) or "").startswith(_DAMAGE)
