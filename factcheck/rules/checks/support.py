"""Checks on whether a checked document's values are in its sources at all."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from factcheck.model import ClaimBase, DateClaim, Precision
from factcheck.rules.checks.base import CheckInput, Params, Verdict, spec

Kind = Literal["quantity", "date", "duration", "quote", "mention", "relation"]
ALL_KINDS: list[Kind] = ["quantity", "date", "duration", "quote", "mention", "relation"]


class UnsupportedParams(Params):
    """Which kinds of value a project gates on (all by default)."""

    kinds: list[Kind] = Field(default_factory=lambda: list(ALL_KINDS), min_length=1)


# the prefix `factcheck check` writes in an unsupported name's note when a source spells a name
# one or two letters away (factcheck.link.support); the rest of the note is that spelling
CLOSEST = "closest in the sources: "
# the note `factcheck check` writes on a lower-case word that word frequencies say is a proper
# name (factcheck.extract.lexicon): a person or place no source names, not a word of its own
LEXICON_NAME = "a name by its word frequencies"
# the prefix `factcheck check` writes in the note of a value the sources state only about
# something else: a year only in sentences about another event (factcheck.link.support), a
# figure only of another noun or person (link/figures.py); the rest of the note is the source
# sentence that states it
ELSEWHERE = "the sources give it only to something else: "
# the prefix of the note `factcheck check` writes on a surname no source gives after a first
# name they write with another (pipeline/documents.py): "the sources write Yevgeny Prigozhin"
OTHER_SURNAME = "the sources write "
# the prefix of the note `factcheck check` writes on a person set after another owner's
# possessive than the sources' (pipeline/owners.py); the note is the whole explanation:
# "the sources name Marco Reuter as Chelsea's, not Everton's: “…”"
OTHER_OWNER = "the sources name "
# the prefix of the note `factcheck check` writes on an ordinal the sources give another ordinal,
# or give only to another thing of its kind (pipeline/ordinals.py); the note is the whole
# explanation: "the sources have “third summit”: “…”"
OTHER_ORDINAL = "ordinal: "
# the prefix of the note `factcheck check` writes on a match score no source writes, in either
# order (pipeline/scores.py); the rest is the whole explanation: "the closest source sentence has
# “4-1”: “…”", or that no source writes the two figures as a score
OTHER_SCORE = "score: "
# the prefix of the note `factcheck check` writes on a quotation the sources give to another
# known speaker than the document's (pipeline/speakers.py); the rest is the whole explanation:
# "the sources give these words to Helen Smith: “…”"
OTHER_SPEAKER = "speaker: "
# the prefix of the note `factcheck check` writes on a name no source has, standing where the
# closest source sentence names another (pipeline/swapped.py); the note is the whole explanation:
# "the closest source sentence names “Devon” there, not “Dorset”: “…”"
OTHER_NAME = "the closest source sentence names “"
# the prefix of the note `factcheck check` writes on an organisation's name the sources give
# another body (pipeline/bodies.py); the note is the whole explanation: "another body: the
# sources write “Cardiff Business Council”, not “Cardiff City Council”: “…”"
OTHER_BODY = "another body: the sources write “"
# the prefix of the note `factcheck check` writes on a date no source states whose weekday the
# sources name only on other days (pipeline/documents.py): the rest says which day they mean by
# it, "Tuesday is 8 April 2025 in the sources: “Tuesday, April 8”", so the message does not say
# that no source states the weekday
OTHER_WEEKDAY = "no source states this date; "
# the prefix of the note `factcheck check` writes on an open bound ("more than 20 people") that the
# sources' exact counts of the same frame all break (14 killed; pipeline/bounds.py); the rest is
# the source count and its sentence: "“14 people”: “… killing 14 people …”"
OTHER_BOUND = "bound: "
_OUTCOMES = {
    "quantity": ("unsupported-number", "no source states this figure, in any form"),
    "duration": ("unsupported-duration", "no source states this length of time"),
    "date": ("unsupported-date", "no source states this date, day, month or weekday"),
    "quote": ("unsupported-quote", "no source contains these words"),
    "mention": ("unsupported-name", "no source names this"),
    # a person's role (pipeline/roles.py): no source sentence naming the person uses its noun
    "relation": ("unsupported-role", "no source gives this person this role"),
}

# a value the sources state only about something else (another event's year, another noun's
# count, another person's age): the outcome and what it says, per kind
_ELSEWHERE = {
    "date": ("date-of-other-event", "the sources state this year only about something else"),
    "quantity": ("figure-of-other-thing", "the sources state this figure only about something else"),
}

# Confidence per outcome: the share of findings on records people judged inconsistent in the
# QAGS/Falke dev split (benchmarks/faithfulness.py, "Confidence by outcome"), smoothed as
# (hits + 1) / (findings + 2). Outcomes with under ten dev findings keep UNMEASURED: the dev
# data is lower-cased, so it has no capitalised names to measure name outcomes on.
UNMEASURED = 0.8
CONFIDENCE = {
    "unsupported-number": 0.91,  # dev (number/date/name records, all 796, session 6): 19 of 20 findings
    "unsupported-proper-name": 0.84,  # dev (number/date/name records, all 796, session 6): 15 of 17 findings
}


def unsupported(data: CheckInput) -> Verdict | None:
    """A value of a checked document that no source states, in any form (after normalisation)."""
    claim = data.matched["a"]
    if not isinstance(claim, ClaimBase):
        return None
    kind = str(getattr(claim, "kind", ""))
    if kind not in data.params["kinds"]:
        return None
    note = claim.note or ""
    if kind == "mention" and note.startswith(CLOSEST):
        closest = note.removeprefix(CLOSEST)
        why = f"no source spells it so; they write “{closest}”"
        return Verdict(
            outcome="misspelled-name", confidence=UNMEASURED, details={"why": why}, likely_wrong="a"
        )
    if kind == "mention" and (note == LEXICON_NAME or note.startswith(OTHER_SURNAME)):
        # a name no source has: judged by its words' frequencies, or the wrong surname of a
        # person the sources name in full ("the sources write Yevgeny Prigozhin")
        why = (
            f"no source names this; {note}"
            if note.startswith(OTHER_SURNAME)
            else "no source names this (a proper name, by its word frequencies)"
        )
        confidence = CONFIDENCE.get("unsupported-proper-name", UNMEASURED)
        return Verdict(
            outcome="unsupported-proper-name", confidence=confidence, details={"why": why}, likely_wrong="a"
        )
    if kind in ("mention", "relation") and note.startswith(OTHER_OWNER):
        return Verdict(
            outcome="name-of-other-owner", confidence=UNMEASURED, details={"why": note}, likely_wrong="a"
        )
    if kind == "mention" and note.startswith((OTHER_NAME, OTHER_BODY)):
        return Verdict(
            outcome="name-replaced", confidence=UNMEASURED, details={"why": note}, likely_wrong="a"
        )
    if kind == "quantity" and note.startswith(OTHER_ORDINAL):
        why = note.removeprefix(OTHER_ORDINAL)
        return Verdict(outcome="other-ordinal", confidence=UNMEASURED, details={"why": why}, likely_wrong="a")
    if kind == "quantity" and note.startswith(OTHER_BOUND):
        why = f"the sources' count of the same thing breaks this bound: {note.removeprefix(OTHER_BOUND)}"
        return Verdict(outcome="bound-broken", confidence=UNMEASURED, details={"why": why}, likely_wrong="a")
    if kind == "quantity" and note.startswith(OTHER_SCORE):
        why = f"no source gives this score; {note.removeprefix(OTHER_SCORE)}"
        return Verdict(outcome="other-score", confidence=UNMEASURED, details={"why": why}, likely_wrong="a")
    if kind == "quote" and note.startswith(OTHER_SPEAKER):
        why = note.removeprefix(OTHER_SPEAKER)
        return Verdict(outcome="other-speaker", confidence=UNMEASURED, details={"why": why}, likely_wrong="a")
    if kind in _ELSEWHERE and note.startswith(ELSEWHERE):
        outcome, said = _ELSEWHERE[kind]
        if isinstance(claim, DateClaim) and claim.precision is not Precision.YEAR:
            said = "the sources give this event another day"  # "the fire broke out on Wednesday"
        why = f"{said}: “{note.removeprefix(ELSEWHERE)}”"
        return Verdict(outcome=outcome, confidence=UNMEASURED, details={"why": why}, likely_wrong="a")
    if kind not in _OUTCOMES:
        return None
    outcome, why = _OUTCOMES[kind]
    if kind == "date" and note.startswith(OTHER_WEEKDAY):
        why = note  # the same outcome and grade: only what the sources do say is added
    confidence = CONFIDENCE.get(outcome, UNMEASURED)
    return Verdict(outcome=outcome, confidence=confidence, details={"why": why}, likely_wrong="a")


CHECKS = (
    spec(
        "unsupported",
        unsupported,
        outcomes=[
            "misspelled-name",
            "unsupported-proper-name",
            "name-of-other-owner",
            "name-replaced",
            "other-ordinal",
            "other-score",
            "other-speaker",
            "bound-broken",
            *(outcome for outcome, _ in _ELSEWHERE.values()),
            *(outcome for outcome, _ in _OUTCOMES.values()),
        ],
        details=["why"],
        patterns=("a",),
        params=UnsupportedParams,
    ),
)
