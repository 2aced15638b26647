"""Marks a distance is measured from that are not a place's own name (issue 12).

Reports give one distance in several wordings, and a distance frame meets another only when both
name the same mark. Beyond a named place ("49 km from Zhaotong") and the landmarks of frames.yaml
("200 metres from the shore"), a distance may be measured from:

- a country's border, named by the country or by its people: "60 km from the Russian border",
  "40 km from the border with Russia", "120 miles from the Somalian border" all measure from
  `border.russia` or `border.somalia`;
- a named coast: "50 miles off the Louisiana coast", "off Louisiana's coast" and "41 miles off
  Louisiana" all measure from Louisiana, as "113 km off the coast of Tunisia" measures from
  Tunisia; "the Italian coast" is Italy's. An unnamed coast stays the story's shore ("half a
  mile off the coast"). "50 km offshore" gets no mark: the shore meets every distance from any
  coast of the story (a warning to "stay a kilometer away from the coastline" among them), and
  an offshore figure tells of no one coast;
- the place a blast or a quake was felt, heard or seen: "could be felt from 45 miles away" and
  "felt as far as 80 miles away" are one reach (`felt`), never a distance from a place.

Each function reads the words right after the figure (and, for a reach, its clause before it)
and returns the mark's slug, or None.
"""

from __future__ import annotations

import re

from factcheck.extract.countries import country_name
from factcheck.lazyre import lazy
from factcheck.model.names import name_slug

# between a distance and its preposition: a conversion in brackets, then up to two words
# ("100km (65 miles) north-east of", "south of")
_LEAD = r"(?:\s*\([^()]{1,24}\))?\s+(?:[a-z-]+\s+){0,2}?"
_NAME = r"[A-Z][\w'’-]*"

# "from the Russian border", "from Russia's border", "from the border with Somalia", "off the
# border of Syria"; not a border between two countries ("the border with Kenya and Somalia")
_BORDER = lazy(
    _LEAD + r"(?:from|of|off|to|inside|within)\s+(?:the\s+)?"
    r"(?:(?P<poss>" + _NAME + r")(?:'s|’s)\s+border"
    r"|(?P<adj>" + _NAME + r")\s+border"
    r"|border\s+(?:with|of)\s+(?:the\s+)?(?P<with>" + _NAME + r"(?:\s+" + _NAME + r")?)(?!\s+and\s+[A-Z]))"
    r"(?![\w-])"
)

# "off the Louisiana coast", "off Italy's western coast", "from the East Java coastline": a coast
# with its owner's name before it (a lower-case word may stand between: "western", "eastern")
_NAMED_COAST = lazy(
    _LEAD + r"(?:from|of|off|along)\s+(?:the\s+)?"
    r"(?:(?P<poss>" + _NAME + r")(?:'s|’s)\s+|(?P<name>" + _NAME + r"(?:\s+" + _NAME + r"){0,2})\s+)"
    r"(?:[a-z-]+\s+)?(?:coast|coastline|coasts|shores?)(?![\w-])"
)

# a reach: the distance closed by "away" ("felt from 45 miles away", "heard 30 km away")
_AWAY = lazy(r"(?:\s*\([^()]{1,24}\))?\s+away(?![\w-])", re.IGNORECASE)
# in the distance's clause before it, a verb of sensing ("could be felt as far as", "was heard up
# to", "were visible from"): no clause break between
_SENSED = lazy(r"\b(?P<verb>felt|heard|seen|visible)\b[^,;:.!?()]{0,40}\Z", re.IGNORECASE)
_SENSES = {"felt": "felt", "heard": "heard", "seen": "seen", "visible": "seen"}
REACHES = frozenset(_SENSES.values())  # the marks of a reach: never a place
_REACH_LOOKBACK = 60  # characters before a distance searched for the verb of its reach


def place_key(name: str) -> str:
    """A place's name as frame ids write it, the same for its romanisations: lower case, an 'h'
    after a consonant and doubled letters dropped ("Chhapra" and "Chapra" -> capra, "Mashrakh"
    and "Masrakh" -> masrak), so two reports' distances from one town meet."""
    low = name.lower()
    return re.sub(r"(.)\1+", r"\1", re.sub(r"(?<=[b-df-hj-np-tv-z])h", "", low))


def place_slug(name: str) -> str:
    """The slug of a place named in a distance, a country's people read as the country ("the
    Italian coast" is Italy's)."""
    country = country_name(name) if " " not in name else None
    return name_slug(place_key(country or name))


def border_mark(text: str, end: int) -> str | None:
    """`border.<country>` for a distance measured from a country's border, however the country
    is named: "60 km from the Russian border", "from the border with Russia" -> border.russia."""
    found = _BORDER.match(text, end, min(len(text), end + 80))
    if found is None:
        return None
    name = found.group("poss") or found.group("adj") or found.group("with")
    return f"border.{place_slug(name)}"


def coast_mark(text: str, end: int) -> str | None:
    """The place of a named coast a distance is measured from ("50 miles off the Louisiana
    coast" -> louisiana, as "41 miles off Louisiana" is); None when the coast has no name
    before it."""
    found = _NAMED_COAST.match(text, end, min(len(text), end + 80))
    if found is None:
        return None
    return place_slug(found.group("poss") or found.group("name"))


def reach_mark(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """`felt`, `heard` or `seen` for how far away something was sensed ("the blast could be
    felt from 45 miles away"), None for any other distance."""
    start, end = span
    if _AWAY.match(text, end) is None:
        return None
    verb = _SENSED.search(text, max(sentence[0], start - _REACH_LOOKBACK), start)
    return _SENSES[verb.group("verb").lower()] if verb is not None else None
