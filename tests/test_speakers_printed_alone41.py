"""`check` (session 41, the MH17 tune story's planted summary): a quotation given to another
speaker is judged when one source names who said the words and the other printings credit them
to nobody ('Mr Abbott told Parliament.' then the words as a paragraph of their own), and a title
word closing a name after a title ("Foreign Minister Julie Bishop", "Ms Bishop") is a surname.

Before, any printing without a speaker in its own sentence left the words unjudged, and "Julie
Bishop" was the name "Julie" (Bishop read as a title), so the summary's quotation had no speaker.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

PARLIAMENT = (
    "Prime Minister Tony Abbott spoke in Canberra on Friday. Mr Abbott told Parliament.\n\n"
    '"As things stand this looks less like an accident than a crime and if so the perpetrators '
    'should be brought to justice."\n\n'
    "Foreign Minister Julie Bishop confirmed that 28 Australians were on board.\n"
)
WIRE = (
    '"As this stands this looks less like an accident than a crime," Tony Abbott told parliament on '
    "Friday, adding that the plane seemed to have been brought down by rebels.\n"
)
# the words printed alone after a sentence naming the summary's speaker: they may well be hers
HERS = (
    "Foreign Minister Julie Bishop spoke in Canberra on Friday. Ms Bishop told Parliament.\n\n"
    '"As things stand this looks less like an accident than a crime and if so the perpetrators '
    'should be brought to justice."\n'
)
# the words credited to someone unnamed: who said them is open
OFFICIAL = (
    "Foreign Minister Julie Bishop confirmed that 28 Australians were on board on Friday. "
    '"This looks less like an accident than a crime," one official told reporters.\n'
)
BISHOP = 'Foreign Minister Julie Bishop told parliament that the downing looked "less like an accident than a crime".'
ABBOTT = (
    'Prime Minister Tony Abbott told parliament that the downing looked "less like an accident than a crime".'
)


def other_speaker(findings: list[dict]) -> list[dict]:  # type: ignore[type-arg]
    return [f for f in findings if f["outcome"] == "other-speaker"]


def test_words_a_source_names_another_for_are_contradicted(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    code, findings = check_sentence(
        cli, tmp_path, {"afr.txt": PARLIAMENT, "wire.txt": WIRE}, "2014-07-18", BISHOP
    )
    assert code == 1
    (found,) = other_speaker(findings)
    assert found["grade"] == "major"
    assert "Tony Abbott" in found["message"]


def test_the_right_speaker_passes(cli: Callable[..., Result], tmp_path: Path) -> None:
    _, findings = check_sentence(
        cli, tmp_path, {"afr.txt": PARLIAMENT, "wire.txt": WIRE}, "2014-07-18", ABBOTT
    )
    assert other_speaker(findings) == []


@pytest.mark.parametrize("other", [HERS, OFFICIAL])
def test_words_a_source_may_give_to_the_summarys_speaker_are_not_judged(
    cli: Callable[..., Result], tmp_path: Path, other: str
) -> None:
    _, findings = check_sentence(cli, tmp_path, {"b.txt": other, "wire.txt": WIRE}, "2014-07-18", BISHOP)
    assert other_speaker(findings) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Foreign Minister Julie Bishop told parliament on Friday.", "Julie Bishop"),
        ("Ms Bishop told parliament on Friday.", "Bishop"),
        ("Bishop Desmond Tutu spoke on Friday.", "Desmond Tutu"),
        ("President Joe Biden spoke on Friday.", "Joe Biden"),
        # an office one is addressed by stays a title after an honorific: no name
        ("Thank you, Mr President, for the welcome on Friday.", None),
        ('"Yes, Mr Chairman," the clerk said on Friday.', None),
    ],
)
def test_a_title_word_closing_a_name_is_a_surname(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, name: str | None
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(text + "\n", encoding="utf-8")
    result = cli("extract", "a.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    names = [
        c["claim"]["text"]
        for c in json.loads(result.stdout)[0]["candidates"]
        if c["claim"]["kind"] == "mention"
    ]
    assert names == ([name] if name else [])


CBC = (
    "Temperatures broke records across British Columbia on Tuesday.\n\n"
    "Armel Castellan, a meteorologist with the weather agency, said the number of records falling "
    "has left him at a loss for words.\n\n"
    '"There\'s really no hyperbole strong enough for this," he said.\n'
)
CTV = "Senior climatologist Dave Phillips told CTV News on Saturday that the record would fall.\n"
# the sentence before "he said" names two people: whose words they are is open
TWO = CBC.replace(
    "Armel Castellan, a meteorologist", "Armel Castellan, who spoke after Dave Phillips, a meteorologist"
)
PHILLIPS = 'Meteorologist Dave Phillips said: "There\'s really no hyperbole strong enough for this."'


def test_he_said_after_a_sentence_naming_one_person_gives_the_words_to_that_person(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    code, findings = check_sentence(cli, tmp_path, {"cbc.txt": CBC, "ctv.txt": CTV}, "2021-06-29", PHILLIPS)
    (found,) = other_speaker(findings)
    assert "Armel Castellan" in found["message"]
    assert code == 1


def test_he_said_after_a_sentence_naming_two_people_is_not_judged(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    _, findings = check_sentence(cli, tmp_path, {"cbc.txt": TWO, "ctv.txt": CTV}, "2021-06-29", PHILLIPS)
    assert other_speaker(findings) == []
