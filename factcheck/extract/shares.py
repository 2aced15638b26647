"""What a percentage is a share of, when a price is one moment of a market, and which seats are
an election's (data/shares.yaml): figures that one automatic frame must not join across reports."""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path

import msgspec

from factcheck.extract.text import STOP_WORDS
from factcheck.extract.wordlists import phrase_alternation
from factcheck.model.names import name_slug
from factcheck.yamlio import parse_yaml


class ShareWords(msgspec.Struct, frozen=True):
    """The compiled patterns of data/shares.yaml."""

    of_after: re.Pattern[str]  # "N% of the vote"
    link_before: re.Pattern[str]  # "turnout was N%", "a premium of N%"
    market_move: re.Pattern[str]  # "jumped", "closed", "close"
    market_word: re.Pattern[str]  # "shares", "stock"
    seat_contest: re.Pattern[str]  # "won", "majority", "election"


def _words(items: list[str]) -> str:
    """An alternation of phrases, any whitespace between their words."""
    return phrase_alternation([str(i) for i in items])


@functools.cache
def share_words() -> ShareWords:
    """The patterns, built on first use from the shipped data/shares.yaml."""
    text = resources.files("factcheck.extract").joinpath("data/shares.yaml").read_text(encoding="utf-8")
    data = parse_yaml(text, Path("shares.yaml")) or {}
    hedge = rf"(?:(?:{_words(data['hedges'])})\s+)?"
    return ShareWords(
        of_after=re.compile(
            r"\s*of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?(?P<what>[A-Za-z][\w-]*)"
        ),
        link_before=re.compile(rf"(?P<what>[A-Za-z][\w-]*)\s+(?i:{_words(data['links'])})\s+{hedge}\Z"),
        market_move=re.compile(rf"\b(?i:{_words(data['market_moves'])})\b"),
        market_word=re.compile(rf"\b(?i:{_words(data['market_words'])})\b"),
        seat_contest=re.compile(rf"\b(?i:{_words(data['seat_contests'])})\b"),
    )


def _thing(word: str) -> str:
    """The slug of what a share is of, singular ("votes" and "vote" are one thing)."""
    low = word.lower()
    return name_slug(low[:-1] if low.endswith("s") and not low.endswith("ss") and len(low) > 3 else low)


def percent_of(text: str, lo: int, start: int, end: int) -> tuple[str, str] | None:
    """(slug, why) of what a percentage is a share of, read in its clause [lo, ...): "of the vote"
    after it, or "turnout was" / "a premium of" right before it; None when its words do not say."""
    words = share_words()
    after = words.of_after.match(text, end)
    if after is not None and after.group("what").lower() not in STOP_WORDS:
        return _thing(after.group("what")), f"a share of '{after.group('what')}'"
    before = words.link_before.search(text, lo, start)
    if before is None:
        return None
    what = before.group("what")
    initial = not text[lo : before.start()].strip(" \t\n\"'“‘(")
    if what.lower() in STOP_WORDS or (what[:1].isupper() and not initial):
        return None  # "it was 5%"; "the AfD at 14.6%": a named holder's share, one of many
    return _thing(what), f"the share '{what}' names"


def market_moment(text: str, lo: int, start: int, sentence: tuple[int, int]) -> str | None:
    """The word that makes a figure a market's reading of one moment ("shares jumped 28% to 14.10
    euros": 'jumped'), read before it in its clause [lo, start) of a sentence about shares."""
    words = share_words()
    if words.market_word.search(text, *sentence) is None:
        return None
    found = list(words.market_move.finditer(text, lo, start))
    return found[-1].group().lower() if found else None


def election_seats(text: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence counting seats speaks of an election or a chamber ("won 85 seats")."""
    return share_words().seat_contest.search(text, *sentence) is not None


# "His sister's family had three homes", "their son lost two boats": one owner's holding, a part
# of whatever the story counts (the village's homes), never its count
_HELD = re.compile(
    r"(?:\b(?i:his|her|their|my|our)\s+(?:[\w-]+\s+){0,2}|\b[\w-]+['’]s\s+(?:[\w-]+\s+){0,2})"
    r"(?i:had|has|have|owned|owns|own|lost)\s+(?:(?i:all|only)\s+)?\Z"
)
# a sum written as the base of a percentage ("80 percent of its $24 billion annual exports")
_BASE_OF_SHARE = re.compile(r"(?:%|\b(?i:percent|per\s+cent))\s+of\s+(?:(?i:its|the|their|a|an)\s+)?\Z")


def held_by_owner(text: str, lo: int, start: int) -> bool:
    """Whether a count is one owner's holding ("his sister's family had three homes"), read in
    its clause [lo, start) right before it."""
    return _HELD.search(text, lo, start) is not None


def base_of_share(text: str, lo: int, start: int) -> bool:
    """Whether a sum is the whole a percentage is taken of ("80 percent of its $24 billion"):
    the text's figure is the share, not the whole."""
    return _BASE_OF_SHARE.search(text, lo, start) is not None
