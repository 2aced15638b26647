"""A record as plain Python data without pydantic's serializer (which a check need not build)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


def plain_dump(value: Any) -> Any:
    """`model.model_dump()` for records of plain fields (no aliases, computed fields or custom
    serializers): records become dicts of their fields in order, lists and dicts are copied,
    everything else (enums, dates, numbers, text) is kept as it is, as model_dump keeps it."""
    if isinstance(value, BaseModel):
        return {name: plain_dump(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, list):
        return [plain_dump(item) for item in value]
    if isinstance(value, dict):
        return {key: plain_dump(item) for key, item in value.items()}
    return value
