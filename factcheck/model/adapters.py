"""One validator for the Claim union per process, built on first use: building it costs more
than a short `check` spends on anything else, so no module builds it at import."""

from __future__ import annotations

import functools

from pydantic import TypeAdapter

from factcheck.model.records import Claim


@functools.cache
def claim_adapter() -> TypeAdapter[Claim]:
    """The shared validator for any claim kind (the discriminated union)."""
    return TypeAdapter(Claim)
