"""What extraction returns: a typed candidate claim plus what a matcher needs to place it.

A `Candidate` wraps one claim model from factcheck.model (status `candidate`). The claim's
required subject/event fields hold the best cue-matched registry subject, or a placeholder
(`unknown.quantity`, `unknown.event`, `unknown.statement`) when no cue matched; the wrapper keeps
every scored subject, the entities named in the same sentence, and for names the spelling class
and similarity, so `factcheck check` can match a summary's claims to registry claims by subject,
entity, quoted thing and event.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.model import Claim, DateInterval
from factcheck.model.defaults import new_list
from factcheck.model.ids import StandIn, stand_in

# the stand-in subject for each kind of subject field ("quantity" -> "unknown.quantity")
PLACEHOLDERS = {kind.value: stand_in(kind) for kind in StandIn}

Spelling = Literal["canonical", "alias", "transliteration", "variant"]


class SubjectMatch(BaseModel):
    """A registry subject the claim may be about, and why."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    id: str
    score: float = Field(ge=0.0, le=1.0, description="share of the best possible cue evidence")
    cues: list[str] = Field(default_factory=new_list, description="the cue words that matched")


class Candidate(BaseModel):
    """One extracted claim and the evidence around it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    claim: Claim
    subjects: list[SubjectMatch] = Field(
        default_factory=new_list, description="scored subjects for the claim's main subject field, best first"
    )
    events: list[SubjectMatch] = Field(
        default_factory=new_list, description="scored event subjects (quotes and durations)"
    )
    entities: list[str] = Field(default_factory=new_list, description="entity ids named in the same sentence")
    sentence: tuple[int, int] = Field(description="[start, end) of the sentence holding the claim")
    thing: str | None = Field(default=None, description="quote: the noun phrase the words describe")
    noun: str | None = Field(default=None, description="quantity/duration: the counted noun as written")
    frame_why: str | None = Field(
        default=None, description="why the claim got its automatic frame (the cue), and its time"
    )
    anchor_word: str | None = Field(
        default=None,
        description="duration: the word tying it to the event its own words name (after, since: "
        "where it starts; before: where it ends), when it has one",
    )
    spelling: Spelling | None = Field(default=None, description="mention: how the name is spelled")
    matched_name: str | None = Field(default=None, description="mention: the accepted name it matched")
    similarity: float | None = Field(
        default=None, ge=0.0, le=100.0, description="mention: similarity to matched_name, 0-100"
    )

    @property
    def kind(self) -> str:
        """The claim kind (quantity, date, duration, quote, mention)."""
        return self.claim.kind

    @property
    def span(self) -> tuple[int, int]:
        """The claim's [start, end) offsets (candidates always have one)."""
        assert self.claim.span is not None
        return self.claim.span


class Dropped(BaseModel):
    """Words a family found that did not make a valid claim (so no candidate), and why: reported,
    never left out silently."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    kind: str
    span: tuple[int, int]
    text: str
    reason: str = Field(description="the first validation error: field and message")

    def warning(self, file: str) -> str:
        """One line for the user: which file, where, which words, why."""
        text = " ".join(self.text.split())
        return (
            f"{file}: characters {self.span[0]}-{self.span[1]}: {self.kind} “{text}” left out "
            f"(not a valid claim: {self.reason})"
        )


class Extraction(BaseModel):
    """Everything extracted from one file."""

    model_config = ConfigDict(defer_build=True)

    file: str
    source: str = Field(description="the registered source id, or one made from the file name")
    registered: bool = Field(description="true when the file is a source of the registry")
    published: DateInterval | None = Field(description="what relative dates were resolved against")
    candidates: list[Candidate]
    dropped: list[Dropped] = Field(
        default_factory=new_list, description="words that did not make a valid claim, with why"
    )
