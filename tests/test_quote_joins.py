"""Quotations printed without a speaker nearby, joined to the same statement in another outlet
(registry/quotes.py), and compared by FC301 in `review`. Invented texts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import review_from

from factcheck.model import QuoteClaim
from factcheck.pipeline.documents import add_sources, empty_registry
from factcheck.registry.quotes import joined_quotes

STATEMENT = (
    "The new bridge will carry forty thousand vehicles a day and ease traffic across the whole valley."
)


def quote(
    source: str, words: str, describes: str = "unknown.statement", speaker: str | None = None
) -> QuoteClaim:
    return QuoteClaim(
        id=f"{source}.q{abs(hash(words)) % 1000}",
        source=source,
        text=f"“{words}”",
        words=words,
        describes=describes,
        speaker=speaker,
    )


def _joined(claims: list[QuoteClaim]) -> list[QuoteClaim]:
    """joined_quotes on claims whose sources are their sentences, one a line."""
    texts: dict[str, str] = {}
    placed = []
    for claim in claims:
        start = len(texts.get(claim.source, ""))
        texts[claim.source] = texts.get(claim.source, "") + claim.text + "\n"
        placed.append(claim.model_copy(update={"span": (start, start + len(claim.text))}))
    return joined_quotes(placed, texts)  # type: ignore[return-value]


def test_a_speakerless_quotation_takes_the_statement_and_speaker_of_another_outlets() -> None:
    wire = quote("wire", STATEMENT, "auto.quote.ana-ruiz", "ana-ruiz")
    paper = quote("paper", STATEMENT.replace("ease traffic", "relieve traffic"))
    joined = {c.source: c for c in _joined([wire, paper])}
    assert joined["paper"].describes == "auto.quote.ana-ruiz"
    assert joined["paper"].speaker == "ana-ruiz"


def test_speakerless_printings_of_one_statement_share_a_frame_of_their_own() -> None:
    a = quote("a", STATEMENT)
    b = quote("b", STATEMENT.replace("the whole valley", "the valley"))
    c = quote("c", "Nobody asked the farmers whose fields the road will cut in half before the vote.")
    joined = {q.source: q.describes for q in _joined([a, b, c])}
    assert joined["a"] == joined["b"]
    assert joined["a"].startswith("auto.quote.unattributed-")
    assert joined["c"] == "unknown.statement"


@pytest.mark.parametrize(
    "words",
    [
        "very sad",  # a short common phrase
        "we are working on it",
        # the same long words in another order: another sentence
        "traffic across the valley will ease when the bridge carries vehicles",
    ],
)
def test_a_short_phrase_or_another_sentence_joins_nothing(words: str) -> None:
    wire = quote("wire", STATEMENT + " We are working on it. Very sad.", "auto.quote.ana-ruiz", "ana-ruiz")
    paper = quote("paper", words)
    assert _joined([wire, paper])[1].describes == "unknown.statement"


def test_a_quotation_two_speakers_are_quoted_for_joins_neither() -> None:
    one = quote("one", STATEMENT, "auto.quote.ana-ruiz", "ana-ruiz")
    two = quote("two", STATEMENT, "auto.quote.li-wei", "li-wei")
    three = quote("three", STATEMENT)
    assert _joined([one, two, three])[2].describes == "unknown.statement"


def test_one_outlet_printing_a_statement_twice_is_not_joined_to_itself() -> None:
    a = quote("a", STATEMENT)
    b = quote("a", STATEMENT.replace("whole ", ""))
    assert {q.describes for q in _joined([a, b])} == {"unknown.statement"}


WIRE = (
    "Officials opened the Harlow valley bridge on Monday.\n\n"
    f'"{STATEMENT}" transport minister Ana Ruiz said at the ceremony.\n'
)
PAPER = (
    "The valley's new bridge opened on Monday after four years of work.\n\n"
    "The ceremony drew hundreds of residents.\n\n"
    f'"{STATEMENT.replace("forty", "fifty")}"\n'
)
ECHO = f'The valley\'s new bridge opened on Monday.\n\nResidents cheered.\n\n"{STATEMENT}"\n'


def _review(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, texts: dict[str, str]
) -> list[dict]:  # type: ignore[type-arg]
    return review_from(cli, tmp_path, monkeypatch.chdir, texts, "2024-05-06")


def test_review_compares_a_speakerless_printing_with_the_attributed_one(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    findings = _review(cli, tmp_path, monkeypatch, {"paper": PAPER, "wire": WIRE})
    (finding,) = [f for f in findings if f["rule_id"] == "FC301"]
    assert finding["outcome"] == "number-changed"
    assert {s["source"] for s in finding["sides"]} == {"paper", "wire"}


def test_review_finds_nothing_in_a_verbatim_repeat(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    findings = _review(cli, tmp_path, monkeypatch, {"echo": ECHO, "wire": WIRE})
    assert not [f for f in findings if f["rule_id"].startswith("FC30")], findings


def test_one_statement_printed_three_ways_is_one_wording_finding(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two pairwise wording findings (the paper against the wire and against the echo) about
    one statement are one finding naming the paper's printing as the one apart."""
    findings = _review(cli, tmp_path, monkeypatch, {"echo": ECHO, "paper": PAPER, "wire": WIRE})
    (finding,) = [f for f in findings if f["rule_id"] == "FC301"]
    assert {s["source"] for s in finding["sides"]} == {"echo", "paper", "wire"}
    (outlier,) = finding["outliers"]
    assert outlier.startswith("paper.")


def test_a_sentence_meets_a_long_quotation_only_in_one_stretch_of_it() -> None:
    """Two statements of one speaker: a short one shares long words ("confirm", "this", "will",
    "recovery", "operation") with a long transcript only when they are scattered across it."""
    briefing = quote(
        "wire",
        "Sadly I can confirm that there are now twelve people who have died, that we know of. This is "
        "going to be a long and complex recovery operation and I do not anticipate that we will find "
        "any more survivors. This will take many weeks, and the recovery teams will work day and "
        "night on this operation.",
        "auto.quote.stuart-cundy",
        "stuart-cundy",
    )
    early = quote(
        "paper", "I can confirm six fatalities at this time but this will rise during the recovery operation."
    )
    assert _joined([briefing, early])[1].describes == "unknown.statement"


GOVERNOR = (
    'Governor Ann Lee visited the valley on Monday. "We will rebuild every home that the flood destroyed, '
    'and we will do it this year," Governor Ann Lee said.\n'
)
TEACHERS = (
    'Teachers gathered outside the district office on Tuesday. Their banner read "they will rebuild every '
    'school that the storm destroyed, but they will not do it this year". The union has called another protest.\n'
)
BRIEFED = (
    'Governor Ann Lee spoke to reporters on Wednesday. "Nobody in this state will be left without help '
    'after this disaster," she said. "We are working with the federal agencies on the money," Governor Ann Lee added.\n'
)
VOLUNTEERS = (
    'Volunteers handed out food on Wednesday. "Nobody in this town will be left without a meal after this '
    'disaster," a volunteer said. "We are working around the clock," another said.\n'
)


def test_a_banner_or_a_volunteer_is_never_joined_to_a_named_speaker(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two template sentences (function words alike: "will … every … that … this") printed by a
    banner and a volunteer are not the governor's statements: no wording finding."""
    texts = {"g": GOVERNOR, "h": TEACHERS, "k": BRIEFED, "m": VOLUNTEERS}
    findings = _review(cli, tmp_path, monkeypatch, texts)
    assert not [f for f in findings if f["rule_id"].startswith("FC30")], findings


@pytest.mark.parametrize(
    "credit",
    ['"{}," a volunteer said.', '"{}," one resident told reporters.', 'Placards carried the slogan "{}".'],
)
def test_a_quotation_credited_to_a_role_or_a_thing_keeps_its_own_speaker(credit: str) -> None:
    wire = quote("wire", STATEMENT, "auto.quote.ana-ruiz", "ana-ruiz")
    sentence = "Officials spoke on Monday. " + credit.format(STATEMENT) + " The bridge opened."
    at = sentence.index(STATEMENT)
    paper = quote("paper", STATEMENT).model_copy(update={"span": (at - 1, at + len(STATEMENT) + 1)})
    texts = {"wire": f"“{STATEMENT}”", "paper": sentence}
    wire = wire.model_copy(update={"span": (0, len(STATEMENT) + 2)})
    joined = {c.source: c for c in joined_quotes([wire, paper], texts)}
    assert joined["paper"].describes == "unknown.statement"  # type: ignore[union-attr]
    assert joined["paper"].speaker is None  # type: ignore[union-attr]


def test_function_words_alone_make_no_join() -> None:
    """ "will … every … that … this … after" are not content: sharing them is not reproducing."""
    said = quote(
        "g",
        "We will rebuild every home that the flood destroyed, and we will do it this year",
        "auto.quote.ann-lee",
        "ann-lee",
    )
    loose = quote(
        "h", "they will rebuild every school that the storm destroyed, but they will not do it this year"
    )
    joined = {c.source: c for c in _joined([said, loose])}
    assert joined["h"].describes == "unknown.statement"


def test_source_files_are_joined_as_a_registry_is(tmp_path: Path) -> None:
    """`check --source` builds its registry on the fly; its quotations join as the loader's do."""
    for name, text in {"wire": WIRE, "paper": PAPER}.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    registry = add_sources(empty_registry(tmp_path), [tmp_path / "wire.txt", tmp_path / "paper.txt"], None)
    said = {c.source.rsplit("-", 1)[-1]: c.describes for c in registry.claims if isinstance(c, QuoteClaim)}
    assert said["paper.txt"] == said["wire.txt"]
    assert said["paper.txt"].startswith("auto.quote.")
