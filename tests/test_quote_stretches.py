"""Two outlets quoting different stretches of one statement (registry/quotes.py `MIN_RUN`,
rules/checks/quotes.py `_shared_stretch`): the printings join, and where both quote a sentence
of their own beside the stretch, FC301 compares only that stretch, so another cut is no altered
wording while a word changed inside it still is; a continuation worded twice or words moved
stay compared. Invented texts."""

from __future__ import annotations

from factcheck.model import QuoteClaim, Tier
from factcheck.registry.quotes import _long_words, _reproduces, joined_quotes
from factcheck.rules.checks.base import CheckInput
from factcheck.rules.checks.quotes import quote_wording

# one statement, quoted by two outlets from different points, with one word changed in the middle
WIRE = (
    "We have spoken with every family tonight, and we owe them answers. We are going to rebuild "
    "the old harbour wall and the whole sea front before the winter storms arrive"
)
PAPER = (
    "Nobody should have to live through a night like this one, with the water rising in every "
    "street and the lights out. We are going to rebuild the old "
    "harbour wall and the entire sea front before the storms arrive"
)


def quote(
    source: str, words: str, describes: str = "unknown.statement", speaker: str | None = None
) -> QuoteClaim:
    return QuoteClaim(
        id=f"{source}.q1", source=source, text=f"“{words}”", words=words, describes=describes, speaker=speaker
    )


def test_two_cuts_of_one_statement_reproduce_each_other() -> None:
    assert _reproduces(_long_words(WIRE), _long_words(PAPER))


def test_a_speakerless_cut_takes_the_speaker_of_another_outlets_cut() -> None:
    wire = quote("wire", WIRE, "auto.quote.mara-voss", "auto.name.mara-voss")
    paper = quote("paper", PAPER)
    texts = {"wire": f"“{WIRE}”\n", "paper": f"“{PAPER}”\n"}
    placed = [
        wire.model_copy(update={"span": (0, len(WIRE) + 2)}),
        paper.model_copy(update={"span": (0, len(PAPER) + 2)}),
    ]
    joined = {c.source: c for c in joined_quotes(placed, texts)}
    paper_joined = joined["paper"]
    assert isinstance(paper_joined, QuoteClaim)
    assert paper_joined.describes == "auto.quote.mara-voss"


def test_scattered_shared_words_are_no_run() -> None:
    # the same content words, never five in a row: two statements of one speaker
    other = "The harbour is old. We rebuild slowly, and the wall waits while the front floods before winter"
    assert not _reproduces(_long_words(WIRE), _long_words(other))


def _pair(a: str, b: str) -> CheckInput:
    first = QuoteClaim(id="x.a", source="x", text=f"“{a}”", words=a, describes="auto.quote.mara-voss")
    second = QuoteClaim(id="y.b", source="y", text=f"“{b}”", words=b, describes="auto.quote.mara-voss")
    return CheckInput(matched={"a": first, "b": second}, tiers={"a": Tier.NEWS, "b": Tier.NEWS}, params={})


def test_only_the_shared_stretch_is_compared() -> None:
    verdict = quote_wording(_pair(WIRE, PAPER))
    assert verdict is not None
    # "whole" for "entire" and "winter" dropped: the lead-ins each outlet quotes are not changes
    assert "every" not in verdict.details["changed"]
    assert "nobody" not in verdict.details["changed"]
    assert verdict.details["changed"] == "whole → entire, winter → ∅"


def test_two_cuts_with_the_shared_stretch_alike_are_no_finding() -> None:
    same_middle = PAPER.replace(
        "the entire sea front before the storms arrive", "the whole sea front before the winter storms arrive"
    )
    assert quote_wording(_pair(WIRE, same_middle)) is None


def test_a_few_words_against_a_longer_sequel_stay_compared() -> None:
    # "could imagine." against "could have expected. Top of the line": one phrase worded twice
    short = (
        "There has been a lot of progress, really very positive. I think better than anybody could imagine."
    )
    long = (
        "A lot of progress, really very positive. I think better than anybody could have expected. "
        "Top of the line, very good. We are going now for a signing."
    )
    verdict = quote_wording(_pair(short, long))
    assert verdict is not None
    assert "imagine" in verdict.details["changed"]


def test_a_continuation_worded_twice_inside_a_sentence_stays_compared() -> None:
    # no sentence break where the two part: "I hope I will get a chance to sail again" may be
    # "I really hope that I will be given another chance to sail" worded twice
    one = "I know that I face consequences and I do not want to end my career this way and I hope I will get a chance to sail again"
    two = (
        "I know that I face consequences and I do not want to end my career this way, she told the "
        "hearing in March. I really hope that I will be given another chance to sail."
    )
    assert quote_wording(_pair(one, two)) is not None


def test_words_moved_past_the_shared_sentence_stay_compared() -> None:
    one = "Northbridge, you won the cup final. This is not a joke, believe me."
    two = "I am afraid they read out the wrong name. This is not a joke, believe me, Northbridge won the cup final."
    assert quote_wording(_pair(one, two)) is not None
