"""Names and quotations of kinds the project rarely saw before (issue 12, session 23, names23):
a feature word ("Mount") before a misspelt place, an umlaut written out by several outlets, one
report's long name one letter off as often as it writes the name, a compound name run together
with a final s dropped, a doubled letter moved to its neighbour, and quotations whose speaker is
named after a passive verb ("was quoted as saying") or behind a body's acronym and a title in
lower case ('…," the WHO director Anna Bellweather said'). Every text is written for these tests,
not taken from any story; each test asserts what `factcheck review` reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from registry_review import CLI, Review

DAY = "2024-05-09"


def findings(report: Any, rule: str) -> list[dict[str, Any]]:
    """A review's findings of one rule graded above info."""
    return [f for f in report["findings"] if f["rule_id"] == rule and f["grade"] != "info"]


def written(finding: dict[str, Any]) -> set[str]:
    """The texts of a finding's sides."""
    return {side["text"] for side in finding["sides"]}


def reports(*texts: str) -> dict[str, tuple[str, str]]:
    """Reports named r0, r1 … of one day. Each is extracted as it is added, its names clustered
    with those of the reports before it, so the report under test comes last."""
    return {f"r{at}": (DAY, text) for at, text in enumerate(texts)}


def slips(report: Any) -> list[str]:
    """The messages of a review's FC401 findings above info."""
    return [f["message"] for f in findings(report, "FC401")]


# --- names ------------------------------------------------------------------------------------

SKARD = "Ash from the Skardsheidarjokull volcano closed the airport on Thursday, officials said."


def test_a_feature_word_before_a_misspelt_place_is_no_part_of_it(review: Review) -> None:
    report = review(
        reports(
            SKARD,
            SKARD,
            SKARD,
            SKARD,
            "Ash from Iceland's Mount Skardsheidjokull volcano closed the airport on Thursday.",
        )
    )
    [message] = slips(report)
    assert "r4 writes “Skardsheidjokull” for Skardsheidarjokull" in message


def test_a_feature_word_before_the_name_itself_is_no_misspelling(review: Review) -> None:
    report = review(
        reports(
            SKARD,
            SKARD,
            SKARD,
            "Ash from Iceland's Mount Skardsheidarjokull volcano closed the airport on Thursday.",
        )
    )
    assert slips(report) == []


def test_an_umlaut_written_out_by_several_outlets_is_their_house_spelling(review: Review) -> None:
    o = "Ash from the Tindfjallajokull glacier closed the airport on Thursday, officials said."
    oe = "Ash from the Tindfjallajoekull glacier closed the airport on Thursday, officials said."
    report = review(reports(o, o, o, o, oe, oe, oe))
    assert slips(report) == []


def test_an_umlaut_written_out_by_one_outlet_is_still_a_slip(review: Review) -> None:
    o = "Ash from the Tindfjallajokull glacier closed the airport on Thursday, officials said."
    report = review(reports(o, o, o, "Ash from the Tindfjallajoekull glacier reached Norway."))
    [message] = slips(report)
    assert "r3 writes “Tindfjallajoekull”" in message


STAR = 'A mannequin named "Moonrider" sat at the wheel of the car, the company said.'


def test_a_long_name_one_letter_off_as_often_as_the_name_is_a_slip(review: Review) -> None:
    report = review(
        reports(
            STAR,
            STAR,
            STAR,
            'The car carried a dummy pilot dubbed "Moonrider". The company wants to send the car '
            "and Moonrieder into orbit around the sun.",
        )
    )
    [message] = slips(report)
    assert "r3 writes “Moonrieder” for Moonrider" in message


def test_a_long_name_one_letter_off_far_from_the_name_stays_apart(review: Review) -> None:
    far = " ".join(["The launch was delayed twice by high winds over the coast."] * 8)
    report = review(
        reports(
            STAR,
            STAR,
            STAR,
            f'Moonrieder flies at last\n\n{far}\n\nA dummy pilot dubbed "Moonrider" sat in the car.',
        )
    )
    assert slips(report) == []


def test_a_short_name_one_letter_off_as_often_as_the_name_stays_apart(review: Review) -> None:
    bara = "Floods cut the road to Bara on Monday, officials said."
    report = review(reports(bara, bara, bara, "Floods reached Bara on Monday. Rescuers later came to Bora."))
    assert slips(report) == []


@pytest.mark.parametrize(
    ("name", "other"),
    [
        # a place, a person and a family English writes one letter off the name: no slips
        ("Kingstown", "Flights to Kingston were cancelled as the storm moved west."),
        ("Kristina", "Her cousin Kristine had called for help from the bank."),
        ("Hamilton", "The Hamiltons, a family of five, were rescued from their roof."),
    ],
)
def test_a_long_name_one_letter_off_that_english_writes_stays_apart(
    review: Review, name: str, other: str
) -> None:
    many = f"Floods reached {name} on Sunday. Rescuers in {name} worked through the night."
    report = review(reports(many, many, many, f"Floods reached {name} on Sunday. {other}"))
    assert slips(report) == []


FIRM = "The votes are counted by GreenfieldHartleys, the accounting firm, officials said."


def test_a_compound_name_with_its_final_s_dropped_is_a_slip(review: Review) -> None:
    report = review(
        reports(
            FIRM,
            FIRM,
            FIRM,
            "The votes were counted by GreenfieldHartley, the accountancy firm. A partner of "
            "GreenfieldHartley apologised.",
        )
    )
    [message] = slips(report)
    assert "r3 writes “GreenfieldHartley” for GreenfieldHartleys" in message


def test_a_compound_name_with_a_final_s_added_is_its_plural(review: Review) -> None:
    # "PlayStations": a product's plural, no slip of "PlayStation"
    ps = "Sony said sales of the PlayStation rose 12 percent. The PlayStation sells best."
    report = review(
        reports(
            ps,
            ps,
            ps,
            "Sales of the PlayStation rose. It sold four million PlayStations. The PlayStation sells best.",
        )
    )
    assert slips(report) == []


def test_an_ordinary_word_and_its_plural_in_one_word_names_stay_apart(review: Review) -> None:
    # no capital inside: "Highlands" and "Highland" may be two places
    many = "Snow closed roads across the Highlands on Monday, police said."
    report = review(reports(many, many, many, "Snow closed roads in Highland on Monday."))
    assert slips(report) == []


def test_a_surname_with_a_prefix_capital_and_its_plural_stay_apart(review: Review) -> None:
    # "MacLachlans" the firm in three reports, "MacLachlan" a manager in one: two names
    firm = "Staff at the MacLachlans warehouse in Leeds were evacuated on Monday, police said."
    report = review(
        reports(firm, firm, firm, "The manager, Mrs MacLachlan, called the police. MacLachlan was unhurt.")
    )
    assert slips(report) == []


def test_a_doubled_letter_moved_to_its_neighbour_is_a_slip_even_when_repeated(review: Review) -> None:
    # written twice, as a house romanisation would be, yet a typist's slip
    right = "Academy president Miriam Krall, 61, apologised on Monday."
    report = review(
        reports(
            right,
            right,
            right,
            "Academy president Miriam Kraal, 61, apologised. Miriam Kraal said the envelope was wrong.",
        )
    )
    assert any("r3 writes “Miriam Kraal” for Miriam Krall" in m for m in slips(report))


def test_a_doubled_consonant_written_by_two_outlets_is_still_a_romanisation(review: Review) -> None:
    one = "Flood waters reached Panno village on Monday, officials said."
    report = review(reports(one, one, one, "Rescuers reached Pano on Monday.", "Pano was cut off."))
    assert slips(report) == []


AIRPORTS = "Flights were grounded at noon, the airport operator said on Thursday."


def test_a_defined_acronym_with_a_doubled_letter_moved_is_a_slip(review: Review) -> None:
    report = review(
        reports(
            AIRPORTS,
            "The Northern Airport Authority (NAA) closed the runways. Passengers should stay at "
            'home, a NNA spokesman said. "Do not travel," he added.',
        )
    )
    [message] = slips(report)
    assert "r1 writes “NNA” for NAA" in message


@pytest.mark.parametrize(
    "other",
    [
        # another body's initials: not the defined acronym's letters
        "The World Health Organization (WHO) met on Thursday. The WTO did not.",
        # written before the definition, or by another report too: not one report's misprint
        "The NNA said so. The Northern Airport Authority (NAA) closed the runways.",
    ],
)
def test_other_acronyms_near_a_defined_one_are_no_slips(review: Review, other: str) -> None:
    report = review(reports(AIRPORTS, other))
    assert slips(report) == []


def test_an_acronym_another_report_writes_is_no_slip(review: Review) -> None:
    report = review(
        reports(
            "The NNA, the pilots' union, said flights were unsafe on Thursday.",
            "The Northern Airport Authority (NAA) closed the runways. The NNA protested.",
        )
    )
    assert slips(report) == []


# --- quotation speakers -------------------------------------------------------------------------


def speakers(cli: CLI, tmp_path: Path, text: str) -> list[str | None]:
    """What `factcheck extract --format json` says each quotation of a text describes."""
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    result = cli("extract", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    [extracted] = json.loads(result.output)
    return [c["claim"].get("describes") for c in extracted["candidates"] if c["claim"]["kind"] == "quote"]


@pytest.mark.parametrize(
    "text",
    [
        '"The club is one of the most ambitious," Rui Costa was quoted as saying in a statement.',
        '"The club is one of the most ambitious," Rui Costa is quoted as saying.',
        'Rui Costa was cited as saying: "The club is one of the most ambitious."',
    ],
)
def test_a_speaker_named_before_was_quoted_as_saying_is_the_speaker(
    cli: CLI, tmp_path: Path, text: str
) -> None:
    assert speakers(cli, tmp_path, text) == ["auto.quote.rui-costa"]


def test_he_was_quoted_as_saying_keeps_the_speaker_of_the_sentence_before(cli: CLI, tmp_path: Path) -> None:
    text = (
        '"We won," Rui Costa said on Monday. The coach was pleased. '
        '"The club is ambitious," he was quoted as saying.'
    )
    assert speakers(cli, tmp_path, text) == ["auto.quote.rui-costa", "auto.quote.rui-costa"]


@pytest.mark.parametrize(
    "text",
    [
        '"This is the first crisis caused by a storm," the WHO director Anna Bellweather said.',
        '"This is the first crisis caused by a storm," said WHO Director-General Anna Bellweather.',
        '"This is the first crisis caused by a storm," WHO director general Anna Bellweather said.',
        '"This is the first crisis caused by a storm," UN Secretary-General Anna Bellweather said.',
    ],
)
def test_a_speaker_behind_a_bodys_acronym_and_title_is_the_speaker(
    cli: CLI, tmp_path: Path, text: str
) -> None:
    assert speakers(cli, tmp_path, text) == ["auto.quote.anna-bellweather"]


@pytest.mark.parametrize(
    "text",
    [
        # the name after "of" is where the mayor is mayor, and a possessive names another speaker
        '"The roads are shut until Monday," the mayor of Kathmandu said.',
        '"The roads are shut until Monday," said WHO Director-General Anna Bellweather\'s office.',
    ],
)
def test_a_place_or_a_possessive_after_a_title_is_no_speaker(cli: CLI, tmp_path: Path, text: str) -> None:
    assert speakers(cli, tmp_path, text) == ["unknown.statement"]


def test_a_hyphenated_title_is_no_part_of_the_name(review: Review) -> None:
    # "Director-General Anna Bellweather" and "Anna Bellweather" are one person, no misspelling
    named = "Anna Bellweather said on Wednesday that the storm was over."
    report = review(reports(named, named, "Director-General Anna Bellweather declared a pandemic."))
    assert slips(report) == []


def test_a_hyphenated_title_is_left_out_of_the_mention(cli: CLI, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("On Wednesday Secretary-General Anna Bellweather declared a pandemic.", encoding="utf-8")
    [extracted] = json.loads(cli("extract", str(path), "--format", "json").output)
    mentions = [c["claim"]["text"] for c in extracted["candidates"] if c["claim"]["kind"] == "mention"]
    assert mentions == ["Anna Bellweather"]
