"""One exception family for everything a user can get wrong.

Every error knows where it happened (file, line, field) and what to do about it, so the CLI can
print one clear message and exit 2 instead of a traceback.
"""

from __future__ import annotations

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
