"""A verdict for every checkable value of a checked document (`factcheck check`)."""

from __future__ import annotations

import enum

from pydantic import BaseModel, ConfigDict, Field

from factcheck.model.defaults import new_list


class SupportVerdict(enum.StrEnum):
    """What the sources say about one value of a checked document."""

    SUPPORTED = "supported"  # a source states it, or a claim of the same frame agrees
    CONTRADICTED = "contradicted"  # a claim of the same frame disagrees (a rule fired)
    UNSUPPORTED = "unsupported"  # no source states it in any form


class Evidence(BaseModel):
    """Where in a source the verdict rests: the words, their line, the source."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    source: str
    file: str | None = None
    line: int | None = None
    words: str = Field(description="the source's words: the value, or the nearest sentence")


class ClaimVerdict(BaseModel):
    """One checked value: what it is, where, its frame, the verdict and the evidence."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    claim_id: str
    kind: str  # number, date, duration, name, quote, role
    text: str
    value: str
    file: str | None = None
    line: int | None = None
    frame: str = Field(description="the subject/frame the value was compared on, if any")
    verdict: SupportVerdict
    rules: list[str] = Field(default_factory=new_list, description="rules whose findings decided it")
    evidence: Evidence | None = None
