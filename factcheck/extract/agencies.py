"""Readings credited across sources: a bare magnitude takes the agency other reports credit it to.

A magnitude or a depth is measured by each agency on its own (the USGS 6.4, a national bureau
5.8). Reports often print one agency's figure with no attribution, so two bare figures from two
agencies look like a conflict. When the coverage (the other source texts of the registry)
credits two or more agencies with readings of one measure, a bare reading whose value exactly one
agency is credited with is that agency's: it meets that agency's readings and no longer the
other agencies'. A bare value no report credits stays bare and is compared as before.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Mapping

from factcheck.extract.candidates import Candidate
from factcheck.extract.frames import LENGTH_UNITS, default_table, frame_for_quantity
from factcheck.extract.numbers import find_numbers
from factcheck.extract.text import Sentences
from factcheck.model import QuantityClaim
from factcheck.model.ids import Family, parse_auto

_BY = r"\.by-([a-z0-9]+)"  # searched through re's own cache: compiled on first use
# (bare frame, value, unit) -> the agencies a text credits with that reading
Credits = dict[tuple[str, float, str], set[str]]


def credit_across_sources(
    candidates: list[Candidate], corpus: Mapping[str, str], source: str
) -> list[Candidate]:
    """Candidates with each bare per-agency reading credited to the one agency the other texts
    credit its value to, where they credit the measure to two agencies or more (see module)."""
    bare = [c for c in candidates if _bare_reading(c) is not None]
    if not bare:
        return candidates
    credits: Credits = defaultdict(set)
    for other, text in corpus.items():
        if other != source:
            for reading, agencies in text_credits(text).items():
                credits[reading] |= agencies
    agencies_of: dict[str, set[str]] = defaultdict(set)
    for (frame, _, _), agencies in credits.items():
        agencies_of[frame] |= agencies
    out = []
    for cand in candidates:
        key = _bare_reading(cand)
        who = credits.get(key, set()) if key is not None else set()
        if key is not None and len(who) == 1 and len(agencies_of[key[0]]) >= 2:
            agency = next(iter(who))
            frame = f"{key[0]}.by-{agency}"
            why = f"{cand.frame_why}; credited as {frame}: other reports credit {key[1]:g} to {agency}"
            cand = cand.model_copy(
                update={"claim": cand.claim.model_copy(update={"subject": frame}), "frame_why": why}
            )
        out.append(cand)
    return out


def _bare_reading(cand: Candidate) -> tuple[str, float, str] | None:
    """(frame, value, unit) of a reading of a per-agency measure that names no agency."""
    claim = cand.claim
    if not isinstance(claim, QuantityClaim) or claim.value is None or re.search(_BY, claim.subject):
        return None
    frame = parse_auto(claim.subject)
    measure = frame.slug.split(".")[0] if frame is not None and frame.family is Family.MEASURE else None
    if measure not in default_table().by_agency:
        return None
    return claim.subject, claim.value, claim.unit


@functools.lru_cache(maxsize=256)
def text_credits(text: str) -> Credits:
    """The per-agency readings one text credits to an agency: (bare frame, value, unit) ->
    agencies. Only numbers in a unit a per-agency measure is read in are framed."""
    credits: Credits = defaultdict(set)
    numbers = [n for n in find_numbers(text) if _measured(str(n.fields.get("unit") or ""))]
    if not numbers:
        return credits
    sentences = Sentences(text)
    for number in numbers:
        sentence = sentences.span_at(number.start)
        unit = str(number.fields.get("unit"))
        rivals = [
            (r.start, r.end)
            for r in numbers
            if r is not number and r.fields.get("unit") == unit and sentences.same(r.start, number.start)
        ]
        frame = frame_for_quantity(
            text, (number.start, number.end), unit, sentence, None, number.extras.get("noun"), rivals=rivals
        )
        found = re.search(_BY, frame.id) if frame is not None else None
        value = number.fields.get("value")
        if frame is not None and found is not None and isinstance(value, float | int):
            credits[(re.sub(_BY, "", frame.id), float(value), unit)].add(found.group(1))
    return credits


def _measured(unit: str) -> bool:
    return unit == "magnitude" or unit in LENGTH_UNITS
