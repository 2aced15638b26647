"""Empty defaults for model fields (`Field(default_factory=new_list)`).

Python functions rather than the builtins `list` and `dict`: when pydantic builds a model it
reads each default factory's signature, and a builtin's signature is parsed from its text by the
tokenizer, whose patterns are then compiled in every process that builds a model (a cost of a
short `check`'s start-up, for the same empty list).
"""

from __future__ import annotations

from typing import Any


def new_list() -> list[Any]:
    """A new empty list."""
    return []


def new_dict() -> dict[Any, Any]:
    """A new empty dict."""
    return {}
