"""Quotes with speakers: who said the words, which quotation a summary reproduces, and which
quotations of one speaker are one statement."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from factcheck.extract import extract_text
from factcheck.model import QuoteClaim
from factcheck.rules.checks.base import CheckInput
from factcheck.rules.checks.quotes import quote_wording

ROOT = Path(__file__).resolve().parent.parent


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    found = [c.claim for c in extract_text(text) if isinstance(c.claim, QuoteClaim)]
    return [(q.words.rstrip(",."), q.speaker, q.describes) for q in found]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The bridge is closed," Anil Gurung said.', "auto.name.anil-gurung"),
        ('"The bridge is closed," said Anil Gurung.', "auto.name.anil-gurung"),
        ('Anil Gurung told reporters that "the bridge is closed".', "auto.name.anil-gurung"),
        ('The bridge is "closed until further notice", according to Anil Gurung.', "auto.name.anil-gurung"),
        (
            '"The bridge is closed," Anil Gurung, the district officer, told reporters.',
            "auto.name.anil-gurung",
        ),
    ],
)
def test_the_speaker_is_attached(text: str, speaker: str) -> None:
    assert [(s, d) for _, s, d in quotes(text)] == [(speaker, "auto.quote.anil-gurung")]


def test_he_said_and_a_following_quotation_keep_the_named_speaker() -> None:
    text = (
        'Chen Hua, a teacher in the village, said the school had "simply folded". '
        'The road was cut, he said.\n"We had no warning," he said. "Nothing was left."'
    )
    assert {s for _, s, _ in quotes(text)} == {"auto.name.chen-hua"}


def test_a_quotation_with_no_speaker_gets_no_frame() -> None:
    assert quotes('Residents called it "a miracle" on Sunday.') == [("a miracle", None, "unknown.statement")]


def pair(a: str, b: str) -> CheckInput:
    from factcheck.model import Tier

    first = QuoteClaim(id="x.a", source="x", text=f"“{a}”", words=a, describes="auto.quote.chen-hua")
    second = QuoteClaim(id="y.b", source="y", text=f"“{b}”", words=b, describes="auto.quote.chen-hua")
    return CheckInput(matched={"a": first, "b": second}, tiers={"a": Tier.NEWS, "b": Tier.NEWS}, params={})


def test_one_speaker_overlapping_words_is_one_statement() -> None:
    assert quote_wording(
        pair("I have never felt so strong tremors before", "I have never felt such strong tremors before")
    )
    assert quote_wording(pair("We had no warning", "Nothing was left standing in the village")) is None
    assert (
        quote_wording(pair("much, much worse than before", "The aftermath is much much worse than before"))
        is None
    )


def check(cli: Callable[..., Result], source: str, summary: str, tmp_path: Path) -> list[str]:
    (tmp_path / "article.txt").write_text(source, encoding="utf-8")
    (tmp_path / "summary.md").write_text(summary, encoding="utf-8")
    result = cli(
        "check",
        str(tmp_path / "summary.md"),
        "--source",
        str(tmp_path / "article.txt"),
        "--rules",
        str(ROOT / "rules"),
        "--format",
        "json",
    )
    assert result.exit_code in (0, 1), result.output
    return [f["rule_id"] for f in json.loads(result.output)["findings"] if f["grade"] != "info"]


ARTICLE = (
    'A spokesman for the ministry, Tom Reed, said the team "did not get the balance right" on the '
    'timetable. "We will publish a new timetable next week and we apologise for the disruption it '
    'caused to passengers," Mr Reed added.\n'
)


def test_a_faithful_excerpt_is_not_compared_with_the_quote_nearby(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    summary = 'The ministry admitted it "did not get the balance right" and promised a new timetable.\n'
    assert check(cli, ARTICLE, summary, tmp_path) == []


def test_curly_quotes_and_an_excerpt_of_a_longer_quotation_pass(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    summary = "Reed said “we apologise for the disruption” and promised a timetable.\n"
    assert check(cli, ARTICLE, summary, tmp_path) == []


def test_an_altered_quotation_of_the_same_speaker_is_flagged(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    summary = 'Tom Reed said the ministry "did not get the timetable right".\n'
    assert "FC301" in check(cli, ARTICLE, summary, tmp_path)


def test_words_the_article_gives_unquoted_are_not_compared_with_the_quote_nearby(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the trap of issue 14: linked by context words to the spokesman's *other* sentence
    monkeypatch.chdir(tmp_path)
    article = (
        "The spokesman said the government did not get the balance right on the rail timetable. "
        '"We did not get it right for the passengers," the spokesman said of the rail timetable.\n'
    )
    summary = 'The spokesman said the government "did not get the balance right" on the rail timetable.\n'
    assert check(cli, article, summary, tmp_path) == []


def test_quotation_paragraphs_after_a_transcript_line_keep_its_speaker() -> None:
    text = (
        "Surfside Mayor Charles Burkett spoke on Thursday morning about the collapse.\n\n"
        "This is what he said:\n\n"
        '"We have 15 family units that came out of the building on their own."\n\n'
        "\"That is, is heartbreaking, because it doesn't mean to me that we're going to be successful.\"\n"
    )
    assert [s for _, s, _ in quotes(text)] == ["auto.name.charles-burkett"] * 2


def test_a_quotation_paragraph_goes_on_in_the_voice_of_the_one_before() -> None:
    text = (
        '"The building is literally pancaked," said Charles Burkett, the mayor.\n\n'
        '"We had dogs out in the middle of the night, looking for survivors."\n\n'
        "Rescuers worked through the night.\n\n"
        '"It is a tragedy."\n'
    )
    speakers = [s for _, s, _ in quotes(text)]
    assert speakers == ["auto.name.charles-burkett", "auto.name.charles-burkett", None]


@pytest.mark.parametrize(
    "said",
    [
        '"We have recovered 68 bodies so far," the spokesman said.',
        '"We have recovered 68 bodies so far," said the spokesperson.',
        'The spokesman told reporters: "We have recovered 68 bodies so far."',
    ],
)
def test_a_speaker_named_by_role_is_the_person_last_named_with_it(said: str) -> None:
    text = f"Yeti Airlines spokesman Sudarshan Bartaula said the plane was new.\n\n{said}\n"
    assert quotes(text)[-1][1] == "auto.name.sudarshan-bartaula"


def test_a_role_no_one_was_named_with_gives_no_speaker() -> None:
    text = 'Pilot Kamal Thapa flew the plane.\n\n"We have recovered 68 bodies," the spokesman said.\n'
    assert quotes(text)[-1][1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title between the quotation and the name: the name finder leaves titles out of names
        ('"The pass is closed," Mr. Tenzing Sherpa said.', "auto.name.tenzing-sherpa"),
        ('"The pass is closed," said Governor Tenzing Sherpa.', "auto.name.tenzing-sherpa"),
        # an organisation and a title before the name
        ("'The pass is closed,' Nepal Army Spokesman Tenzing Sherpa said.", "auto.name.tenzing-sherpa"),
        # "Chair" is a title as "Chairman" is: it is no part of the name
        ('"The pass is closed," Trekking Board Chair Tenzing Sherpa said.', "auto.name.tenzing-sherpa"),
    ],
)
def test_titles_still_name_the_speaker(text: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'Asha Rai thanked the crews. "They never stopped," she said, praising Mayor Bishnu Thapa.',
        '"We lost everything," a farmer told President Bishnu Thapa.',
        '"We lost everything," the reporter tweeted, citing Mayor Bishnu Thapa.',
        # what was posted is a video of others' words, not the poster's own: "posted" and
        # "tweeted" are no speech verbs
        'Bishnu Thapa posted a video of crowds chanting "we lost everything" outside the court.',
        'Bishnu Thapa tweeted a video of crowds chanting "we lost everything" outside the court.',
        'Bishnu Thapa posted footage of supporters chanting "we lost everything" outside the court.',
        'Bishnu Thapa tweeted footage of crowds chanting "we lost everything".',
        '"We lost everything," chanted the crowd in a clip Bishnu Thapa posted.',
        # a possessive after the name: the speaker is the office or the spokesman, not the person
        '"It is over," said Mayor Bishnu Thapa\'s office.',
        '"It is over," said President Bishnu Thapa\'s spokesman.',
        '"It is over," said Bishnu Thapa\'s spokeswoman.',
    ],
)
def test_a_title_before_someone_else_does_not_make_them_the_speaker(text: str) -> None:
    # the name after the title is whom the speaker praised, told or cited, not the speaker
    assert "auto.name.bishnu-thapa" not in [s for _, s, _ in quotes(text)]


def test_possessives_outside_quotation_marks_make_no_quotation() -> None:
    # no closing mark after punctuation: the apostrophes are possessives, not quotation marks
    assert quotes("The workers' union met the owners' lawyers and the drivers' reps on Monday.") == []


def test_two_statements_of_one_speaker_found_through_titles_stay_apart() -> None:
    # one speaker, two different statements: they share the frame, and the quote rule tells
    # them apart (different content words), so no wording finding is raised
    text = (
        '"The pass is closed until Friday," Mr. Tenzing Sherpa said.\n\n'
        '"We will reopen the school next month," said Governor Tenzing Sherpa.'
    )
    found = [c.claim for c in extract_text(text) if isinstance(c.claim, QuoteClaim)]
    assert {q.describes for q in found} == {"auto.quote.tenzing-sherpa"}
    from factcheck.model import Tier

    tiers = {"a": Tier.NEWS, "b": Tier.NEWS}
    data = CheckInput(matched={"a": found[0], "b": found[1]}, tiers=tiers, params={})
    assert quote_wording(data) is None


def test_a_post_before_a_paragraph_makes_no_block_quotation() -> None:
    # a video of the rally is no statement of the poster's: no block quotation, no speaker
    text = "Bishnu Thapa posted a video of the rally:\n\nThe crowd marched to the court for an hour.\n"
    assert [s for _, s, _ in quotes(text)] in ([], [None])


def test_a_possessive_after_a_title_gives_no_speaker() -> None:
    for text in (
        '"It is over," tweeted Mayor Bishnu Thapa\'s office.',
        '"It is over," said Senator Asha Rai\'s spokesman.',
    ):
        assert [s for _, s, _ in quotes(text)] == [None], text


def test_a_scare_quote_ending_in_s_does_not_swallow_the_next_quotation() -> None:
    # British single quotes: 'a great success' is a scare quote that no punctuation closes, and
    # its s' is a closing mark, not a plural's apostrophe
    text = (
        "Bishnu Thapa called the talks 'a great success' and said the ministers would meet again. "
        "'The closure is a disgrace,' Asha Rai said."
    )
    assert quotes(text) == [("The closure is a disgrace", "auto.name.asha-rai", "auto.quote.asha-rai")]


def test_a_scare_quote_ending_in_s_leaves_the_next_speaker_alone() -> None:
    text = (
        "Asha Rai said the talks were 'a great success' and the ministers would meet again. "
        "'It is a disgrace,' Bishnu Thapa said of the closure."
    )
    assert quotes(text) == [("It is a disgrace", "auto.name.bishnu-thapa", "auto.quote.bishnu-thapa")]
