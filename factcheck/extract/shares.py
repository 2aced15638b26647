"""What a percentage is a share of, when a price is one moment of a market, and which seats are
an election's (data/shares.yaml): figures that one automatic frame must not join across reports."""

from __future__ import annotations

import functools
import re
from importlib import resources

import msgspec

from factcheck.extract.text import STOP_WORDS
from factcheck.lazyre import lazy
from factcheck.model.names import name_slug
from factcheck.wordlists import phrase_alternation
from factcheck.yamlio import parse_data_file


class ShareWords(msgspec.Struct, frozen=True):
    """The compiled patterns of data/shares.yaml."""

    of_after: re.Pattern[str]  # "N% of the vote"
    link_before: re.Pattern[str]  # "turnout was N%", "a premium of N%"
    link_through: re.Pattern[str]  # "turnout in the referendum was N%": the vote's own turnout
    links: frozenset[str]  # "was", "stood at": the links themselves
    market_move: re.Pattern[str]  # "jumped", "closed", "close"
    market_word: re.Pattern[str]  # "shares", "stock"
    seat_contest: re.Pattern[str]  # "won", "majority", "election"
    progress: re.Pattern[str]  # "counted" of "95% of the vote counted"
    at_nouns: frozenset[str]  # "turnout", "inflation": the nouns "at" links to a share
    generic: frozenset[str]  # "rate", "stake": a head that says of what only with its modifier
    collapse: frozenset[str]  # "rate" of "the inflation rate": the modifier alone is the thing
    held: re.Pattern[str]  # "his sister's family had": one relative's holding
    deal: re.Pattern[str]  # "buy", "deal": a sum's sentence naming a deal's price


def _words(items: list[str]) -> str:
    """An alternation of phrases, any whitespace between their words."""
    return phrase_alternation([str(i) for i in items])


@functools.cache
def share_words() -> ShareWords:
    """The patterns, built on first use from the shipped data/shares.yaml."""
    text = resources.files("factcheck.extract").joinpath("data/shares.yaml").read_text(encoding="utf-8")
    data = parse_data_file(text, "shares.yaml") or {}
    hedge = rf"(?:(?:{_words(data['hedges'])})\s+)?"
    # a link of several words ("stood at") is never read as a noun and a shorter link ("at")
    multi = rf"(?i:{_words([w for w in data['links'] if ' ' in str(w)])})"
    what_word = r"(?P<what>[A-Za-z][\w-]*)"
    return ShareWords(
        of_after=re.compile(
            r"\s*of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?(?P<what>[A-Za-z][\w-]*)"
        ),
        link_before=re.compile(
            rf"(?:(?P<owner>[A-Za-z][\w-]*)(?:['’]s|s['’])\s+)?(?:(?P<mod>[A-Za-z][\w-]*)\s+)?"
            rf"(?!{multi}\s){what_word}\s+(?P<link>(?i:{_words(data['links'])}))\s+{hedge}\Z"
        ),
        link_through=re.compile(
            rf"(?:(?P<owner>[A-Za-z][\w-]*)(?:['’]s|s['’])\s+)?(?:(?P<mod>[A-Za-z][\w-]*)\s+)?"
            rf"(?P<what>[A-Za-z][\w-]*)\s+(?i:in|at|for|of)\s+(?i:the\s+|this\s+|its\s+)?"
            rf"(?i:{_words(data['contests'])})\s+(?P<link>(?i:{_words(data['links'])}))\s+{hedge}\Z"
        ),
        links=frozenset(" ".join(str(w).lower().split()) for w in data["links"]),
        market_move=re.compile(rf"\b(?i:{_words(data['market_moves'])})\b"),
        market_word=re.compile(rf"\b(?i:{_words(data['market_words'])})\b"),
        seat_contest=re.compile(rf"\b(?i:{_words(data['seat_contests'])})\b"),
        progress=re.compile(rf"\s+(?i:{_words(data['count_progress'])})\b"),
        at_nouns=frozenset(str(w).lower() for w in data["at_nouns"]),
        generic=frozenset(str(w) for w in data["generic_heads"]),
        collapse=frozenset(str(w) for w in data["collapsing_heads"]),
        held=re.compile(
            rf"\b(?i:his|her|their|my|our|[\w-]+['’]s)\s+(?i:{_words(data['relatives'])})(?:['’]s)?\s+"
            r"(?:(?i:family|home|house|farm|shop)\s+)?(?i:had|has|have|owned|owns|own|lost)\s+"
            r"(?:(?i:all|only)\s+)?\Z"
        ),
        deal=re.compile(rf"\b(?i:{_words(data['deal_words'])})\b"),
    )


def _thing(word: str) -> str:
    """The slug of what a share is of, singular ("votes" and "vote" are one thing)."""
    low = word.lower()
    return name_slug(low[:-1] if low.endswith("s") and not low.endswith("ss") and len(low) > 3 else low)


def percent_of(text: str, lo: int, start: int, end: int) -> tuple[str, str] | None:
    """(slug, why) of what a percentage is a share of, read in its clause [lo, ...): "of the vote"
    after it, or "turnout was" / "the inflation rate was" right before it; None when its words do
    not say ("a stake of 12%": whose, the text says elsewhere; "95% of the vote counted": the
    count's progress, no share)."""
    words = share_words()
    after = words.of_after.match(text, end)
    if after is not None and after.group("what").lower() not in STOP_WORDS:
        if words.progress.match(text, after.end()):
            return None  # "with 95% of the vote counted": how far the count is, not a share won
        return _thing(after.group("what")), f"a share of '{after.group('what')}'"
    before = words.link_through.search(text, lo, start) or words.link_before.search(text, lo, start)
    if before is None:
        return None
    return _linked_thing(text, lo, before, words)


def _linked_thing(text: str, lo: int, before: re.Match[str], words: ShareWords) -> tuple[str, str] | None:
    """(slug, why) of the noun phrase linked to a percentage ("Labour's vote share was"), or None
    for a pronoun, a named holder in a list, or a generic head no modifier or owner pins down."""
    what, mod, owner = before.group("what"), before.group("mod"), before.group("owner")
    if mod is not None and mod.lower() in STOP_WORDS:
        mod = None  # "the turnout was": an article, not a modifier
    first = owner or mod or what
    initial = not text[lo : before.start()].strip(" \t\n\"'“‘(")
    if what.lower() in STOP_WORDS or (first[:1].isupper() and not initial and owner is None):
        return None  # "it was 5%"; "the AfD at 14.6%": a named holder's share, one of many
    if before.group("link").lower() == "at" and (
        what.lower() not in words.at_nouns
        or first[:1].isupper()
        or not initial
        or str(before.group("mod")).lower() in words.links
    ):
        # "with turnout at 72.2%" only: "at" hangs on a noun of shares.yaml `at_nouns` that opens
        # its clause; "with the count at 95%", "the lead at 4%" say how far a count or one side
        # has come; "The AfD at 14.6%" names a holder; "turnout was high at 72%": an adjective
        return None
    head = what.lower()
    if head in words.generic:
        if owner is None and (mod is None or _indefinite(text, lo, before.start())):
            return None  # "the rate was 5%", "Brixel holds a stake of 12%": whose, said elsewhere
        parts = [owner, mod] if head in words.collapse and mod is not None else [owner, mod, what]
    else:
        parts = [owner, mod, what]
    slug = "-".join(_thing(p) for p in parts if p is not None)
    return slug, f"the share '{' '.join(p for p in (owner, mod, what) if p)}' names"


_INDEFINITE = lazy(r"\b(?i:a|an|one)\s+\Z")


def _indefinite(text: str, lo: int, at: int) -> bool:
    """Whether an indefinite article stands right before `at` ("a market share of 20%": one of
    the holders the text names elsewhere)."""
    return _INDEFINITE.search(text, lo, at) is not None


def market_moment(text: str, lo: int, start: int, sentence: tuple[int, int]) -> str | None:
    """The word that makes a figure a market's reading of one moment ("shares jumped 28% to 14.10
    euros": 'jumped'), read before it in its clause [lo, start) of a sentence about shares."""
    words = share_words()
    if words.market_word.search(text, *sentence) is None:
        return None
    moved = _MOVED_TO.search(text, lo, start)
    if moved is not None:
        return (
            moved.group(1) or moved.group(2)
        ).lower()  # "... settling up 26 per cent at €13.87": a price after a move
    found = list(words.market_move.finditer(text, lo, start))
    if not found or _BEYOND_MOVE.search(text, found[-1].end(), start):
        return None  # "shares fell 5% after the company lost $300 million": the results, not the market
    return found[-1].group().lower()


# a price given right after the move that reached it, whatever the verb ("settled up 26 per cent
# at €13.87", "ended 3% higher at $45.10")
_MOVED_TO = lazy(
    r"\b(?i:(up|down|higher|lower)\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)|\d[\d.,]*\s*(?:%|per\s*cent|percent)"
    r"\s+(higher|lower))\s+(?i:at|to)\s+\Z"
)


# a word that opens another clause between a market's move and a figure ("shares fell 5% after
# it lost $300 million", "shares rose because sales reached $2 billion"): the figure is not the move's
_BEYOND_MOVE = lazy(r"\b(?i:after|because|since|when|while|which|though|although|as\s+it|as\s+the)\b")


def election_seats(text: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence counting seats speaks of an election or a chamber ("won 85 seats")."""
    return share_words().seat_contest.search(text, *sentence) is not None


# a sum written as the base of a percentage ("80 percent of its $24 billion annual exports")
_BASE_OF_SHARE = lazy(r"(?:%|\b(?i:percent|per\s+cent))\s+of\s+(?:(?i:its|the|their|a|an)\s+)?\Z")


def held_by_owner(text: str, lo: int, start: int) -> bool:
    """Whether a count is one relative's private holding ("his sister's family had three homes",
    "their son lost two boats"), read in its clause [lo, start) right before it: a part of
    whatever the story counts, never its count ("their village lost 40 homes" is the count)."""
    return share_words().held.search(text, lo, start) is not None


def base_of_share(text: str, lo: int, start: int) -> bool:
    """Whether a sum is the whole a percentage is taken of ("80 percent of its $24 billion"):
    the text's figure is the share, not the whole."""
    return _BASE_OF_SHARE.search(text, lo, start) is not None
