"""A length of time since the last time, against the date the sources give the last time
(`factcheck check`): "his first trip abroad in nearly a year" in a summary of 30 June, where a
source says "his last trip abroad had taken him to China in early February". The first one came
on or before the summary's date, so the gap is at most the days from the last one to that date;
a summary that says it was much longer says what the sources contradict.

Only on positive evidence, since a faithful summary rejected costs more than an error missed:
- the summary writes "first <what> in|for <length>" ("first trip abroad in nearly a year",
  "first visit in three years"), with a figure or "a"/"an" and a unit from days to decades, and
  at least one content word in <what> ("for the first time in ..." has none: it is left alone);
- one source sentence writes "last" or "previous", every content word of <what> (compared as
  `frame_words` compares them, so "trip" meets "trips"), and exactly one date that is not a bare
  year, before the summary's date; a negation just before "first" ("not the first visit in a
  year") says nothing to judge;
- the length's low end (its approximator applied: "nearly a year" is 0.9 to 1 year) is more
  than MARGIN times the most days that date leaves up to the summary's date.
Such a length is unsupported (FC602 `unsupported-duration`, major), with that sentence as the
evidence. A length shorter than the gap is never contradicted: the first one may have come
any day from the last one to the summary's date. A length extraction read there that the gap
bears out (its high end at least the fewest days from that date to the summary's, over MARGIN)
is supported by that sentence: no source need write "three months" for early February to May.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from factcheck.lazyre import lazy
from factcheck.link import claim_id
from factcheck.link.support import (
    ENTITY_NAMES,
    Evidence,
    SourceIndex,
    Support,
    frame_words,
    sentences,
    unit_days,
)
from factcheck.model import Claim, DateInterval, DurationClaim, Precision
from factcheck.model.ids import StandIn, stand_in
from factcheck.model.keys import LinkNote
from factcheck.model.quantifiers import approximate
from factcheck.registry.loader import SourceDate

MARGIN = 1.5  # how many times the longest possible gap a stated length's low end must exceed
_COUNTS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_FIRST_IN = lazy(
    r"\bfirst\b(?P<what>(?:\s+[\w'’-]+){1,5}?)\s+(?:in|for)\s+"
    r"(?:(?P<approx>nearly|almost|about|around|roughly|some|more than|over|close to)\s+)?"
    r"(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+"
    r"(?P<unit>days?|weeks?|months?|years?|decades?)\b",
    re.IGNORECASE,
)
_NEGATED = lazy(r"\b(?:not|never|no)\b[^.;:]{0,20}\Z|n['’]t\b[^.;:]{0,20}\Z", re.IGNORECASE)
_LAST = lazy(r"\b(?:last|previous)\b", re.IGNORECASE)
_UNIT_NAMES = {"day": "days", "week": "weeks", "month": "months", "year": "years", "decade": "years"}


def gaps_judged(
    prose: str,
    source_id: str,
    claims: list[Claim],
    index: SourceIndex,
    support: dict[str, Support],
    links: dict[str, LinkNote],
    published: DateInterval,
) -> list[Claim]:
    """`claims`, with each "first <what> in <length>" of `prose` that the sources' last <what>
    leaves too little time for unsupported (FC602), in place of the duration extraction read
    there, if any; a duration read there that the gap bears out (within MARGIN times) supported."""
    found: list[Claim] = []
    replaced: set[int] = set()
    for match in _FIRST_IN.finditer(prose):
        what = frame_words(match.group("what")) - {"time"}
        if not what or _NEGATED.search(prose, max(0, match.start() - 25), match.start()):
            continue  # "for the first time in a year" names no <what>; "not the first ... in": no claim
        last = _last_time(index, what, published)
        if last is None:
            continue
        evidence, shortest, longest = last
        days = unit_days(match.group("unit"))
        count = match.group("count").lower()
        value = float(_COUNTS.get(count) or int(count))
        assert days is not None  # the pattern's units are units of time
        low, high = (bound * days for bound in approximate(value, match.group("approx")))
        span = (match.start("approx") if match.group("approx") else match.start("count"), match.end())
        at = next(
            (
                i
                for i, c in enumerate(claims)
                if isinstance(c, DurationClaim) and c.span and c.span[0] < span[1] and span[0] < c.span[1]
            ),
            None,
        )
        if low <= MARGIN * longest:
            if at is not None and high * MARGIN >= shortest:  # the length the last time leaves
                support[claims[at].id] = Support(True, evidence)
                links.pop(claims[at].id, None)
            continue
        if at is not None:
            replaced.add(at)
            support.pop(claims[at].id, None)
            links.pop(claims[at].id, None)
        unit = match.group("unit").lower().removesuffix("s")
        claim = DurationClaim(
            id="x",
            source=source_id,
            text=prose[span[0] : span[1]],
            span=span,
            subject=stand_in(StandIn.QUANTITY),
            from_event=stand_in(StandIn.EVENT),
            to_event=stand_in(StandIn.EVENT),
            unit=_UNIT_NAMES[unit],  # type: ignore[arg-type]
            value=value * (10 if unit == "decade" else 1),
            approx=match.group("approx"),
        )
        claim = claim.model_copy(update={"id": claim_id(source_id, claim, Counter())})
        support[claim.id] = Support(False, evidence, elsewhere=True)  # shown with its sentence
        links[claim.id] = LinkNote.UNSUPPORTED
        found.append(claim)
    return [c for at, c in enumerate(claims) if at not in replaced] + found


def _last_time(
    index: SourceIndex, what: frozenset[str], published: DateInterval
) -> tuple[Evidence, int, int] | None:
    """The first source sentence giving the last <what> one date, with the fewest and the most
    days from that date to `published`."""
    for source, text in index.texts.items():
        if source == ENTITY_NAMES:
            continue
        dates = [d for d in index.dates if d.source == source and d.span is not None]
        for first, last in sentences(text):
            sentence = text[first:last]
            if not _LAST.search(sentence) or not what <= frame_words(sentence):
                continue
            inside = [d for d in dates if d.span is not None and first <= d.span[0] < last]
            if len(inside) != 1 or not _dated(inside[0], published.end) or inside[0].span is None:
                continue
            date = inside[0]
            assert date.span is not None
            shortest = max(0, (published.start - date.end).days)
            return Evidence(source, date.span), shortest, (published.end - date.start).days
    return None


def _dated(date: SourceDate, before: dt.date) -> bool:
    """A date finer than a year, before `before`."""
    return date.precision is not Precision.YEAR and date.end < before
