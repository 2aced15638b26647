"""`check --source` (issue 14, session 13): faithful sentences that failed, a figure glued to a unit
of time, and the evidence an editor is shown for a figure no source states.

- "235 kph" is the "235 kilometers per hour" a source writes (a unit and its abbreviation);
- "kg" is no "km", "mph" no "miles": a unit matches its own abbreviation only;
- "goalkeeper coach" is another role than "goalkeeper";
- "a 15-year sentence" is a length of time, not 15 people;
- an unsupported figure's evidence is the source sentence with the competing figure of the same
  thing, not the sentence most like the summary's.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence
from summary_check import report_one_source as report

from factcheck.extract.numbers import find_numbers
from factcheck.extract.roles import parse_role, role_conflict

# --- a unit and its abbreviation ------------------------------------------------------------------

STORM = (
    "The bulletin placed the typhoon 62 kilometers southeast of the town, packing maximum sustained "
    "winds of 235 kilometers per hour near the center and gusts of up to 275 kph.\n"
)


def test_kph_is_the_kilometers_per_hour_a_source_writes(cli: Callable[..., Result], tmp_path: Path) -> None:
    sentence = "The typhoon struck with sustained winds of 235 kph and gusts of up to 275 kph."
    code, findings = check_sentence(cli, tmp_path, {"a.txt": STORM}, "", sentence)
    assert code == 0, findings


def test_another_speed_in_kph_is_still_unsupported(cli: Callable[..., Result], tmp_path: Path) -> None:
    sentence = "The typhoon struck with sustained winds of 250 kph and gusts of up to 275 kph."
    code, findings = check_sentence(cli, tmp_path, {"a.txt": STORM}, "", sentence)
    assert code == 1
    assert any(f["rule_id"] == "FC602" and "250" in f["message"] for f in findings)


def test_an_abbreviation_is_no_other_unit_of_its_stem(cli: Callable[..., Result], tmp_path: Path) -> None:
    source = (
        "Winds of 80 mph were recorded at the coast, forecasters said.\n"
        "The parcel of supplies weighed 20 kg and was carried 3 km to the village.\n"
    )
    for sentence in (
        "The parcel of supplies weighed 3 kg.",
        "The parcel of supplies weighed 20 km.",
        "The floods spread 80 miles inland, forecasters said.",
    ):
        code, found = report(cli, tmp_path, source, sentence)
        assert code == 1, sentence
        assert [f["outcome"] for f in found["findings"] if f["rule_id"] == "FC602"], sentence


def test_a_unit_spelled_out_is_its_own_abbreviation(cli: Callable[..., Result], tmp_path: Path) -> None:
    source = "The parcel of supplies weighed 20 kg and was carried 3 km to the village.\n"
    code, found = report(cli, tmp_path, source, "The parcel was carried 3 kilometers to the village.")
    assert code == 0, found["findings"]


# --- a role inside another role -----------------------------------------------------------------------


def test_a_role_inside_another_role_conflicts() -> None:
    # session 13 review: an exemption for a phrase holding the other's words passed these; no data
    # list tells a post named inside a rank ("regional police chief", "police chief
    # superintendent") from two posts, so the exemption is gone and Haiyan's pair conflicts again
    for short, long in (
        (["police", "chief"], ["police", "chief", "inspector"]),
        (["chief"], ["chief", "superintendent"]),
        (["goalkeeper"], ["goalkeeper", "coach"]),
    ):
        a, b = parse_role(short), parse_role(long)
        assert a is not None
        assert b is not None
        assert role_conflict(a, b) is not None, (short, long)
        assert role_conflict(b, a) is not None, (long, short)


def test_a_goalkeeper_coach_for_a_goalkeeper_is_another_role(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    source = 'The team lost 2-1 on Sunday. "We were unlucky," said goalkeeper Tom Hale after the match.\n'
    sentence = "The team lost 2-1 on Sunday, said goalkeeper coach Tom Hale."
    code, findings = check_sentence(cli, tmp_path, {"a.txt": source}, "", sentence)
    assert code == 1
    assert [f for f in findings if f["rule_id"] == "FC505"], findings


def test_two_ranks_of_a_service_still_conflict() -> None:
    inspector, superintendent = parse_role(["police", "inspector"]), parse_role(["superintendent"])
    assert inspector is not None
    assert superintendent is not None
    assert role_conflict(inspector, superintendent) is not None
    chief, commissioner = parse_role(["fire", "chief"]), parse_role(["commissioner"])
    assert chief is not None
    assert commissioner is not None
    assert role_conflict(chief, commissioner) is not None


# --- a unit of time glued to a figure -------------------------------------------------------------


def test_a_figure_hyphened_to_a_unit_of_time_is_a_length_of_time() -> None:
    text = "The judge handed him a 15-year sentence after a 10-day trial; the 15-year-old watched."
    found = [(f.kind, text[f.start : f.end], f.fields.get("unit")) for f in find_numbers(text)]
    assert ("duration", "15-year", "years") in found
    assert ("duration", "10-day", "days") in found
    assert ("quantity", "15", "years-old") in found  # an age stays an age


def test_a_glued_sentence_length_is_checked_as_a_length(cli: Callable[..., Result], tmp_path: Path) -> None:
    source = "The judge handed Smith a 12-year sentence after an eight-day trial.\n"
    code, found = report(cli, tmp_path, source, "The judge handed Smith a 15-year sentence.")
    assert code == 1
    flagged = [f for f in found["findings"] if f["rule_id"] == "FC602"]
    assert flagged
    assert "people" not in flagged[0]["message"]
    assert "length of time" in flagged[0]["message"]


def test_a_glued_length_the_source_states_in_words_passes(cli: Callable[..., Result], tmp_path: Path) -> None:
    source = "Smith was sentenced to 15 years in prison for the fraud.\n"
    code, found = report(cli, tmp_path, source, "Smith was given a 15-year sentence for the fraud.")
    assert code == 0, found["findings"]


# --- the evidence of an unsupported figure --------------------------------------------------------


def test_the_evidence_is_the_sentence_with_the_competing_figure(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    source = (
        "The fire broke out in the town of Elm on Monday night and spread through the old market.\n"
        "Officials said 35 people died.\n"
        "In the town of Elm, 14 homes burned in the fire on Monday.\n"
    )
    code, found = report(cli, tmp_path, source, "The fire in the town of Elm on Monday killed 40 people.")
    assert code == 1
    verdict = next(v for v in found["verdicts"] if v["text"].startswith("40"))
    assert verdict["verdict"] == "unsupported"
    assert verdict["evidence"]["words"] == "Officials said 35 people died."


def test_without_a_competing_figure_the_nearest_sentence_stays(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    source = "The fire broke out in the town of Elm on Monday night.\nThe mayor visited the market.\n"
    code, found = report(cli, tmp_path, source, "The fire in the town of Elm on Monday destroyed 12 shops.")
    assert code == 1
    verdict = next(v for v in found["verdicts"] if v["text"].startswith("12"))
    assert verdict["evidence"]["words"] == "The fire broke out in the town of Elm on Monday night."


def test_a_competing_length_of_time_is_the_evidence(cli: Callable[..., Result], tmp_path: Path) -> None:
    source = (
        "Smith served in the army and retired in 2010 after 12 years.\n"
        "On Monday the judge handed Smith a 12-year sentence for the fraud.\n"
    )
    code, found = report(
        cli, tmp_path, source, "On Monday the judge handed Smith a 15-year sentence for the fraud."
    )
    assert code == 1
    verdict = next(v for v in found["verdicts"] if v["text"] == "15-year")
    assert "12-year sentence" in verdict["evidence"]["words"]


# --- a name in place of the sources' name ----------------------------------------------------------

FLOOD = (
    "Heavy rain flooded dozens of homes in Devon on Monday, the Environment Agency said.\n"
    "The agency urged residents to stay away from rivers.\n"
)


def test_a_person_in_place_of_the_sources_person_is_contradicted(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    source = "The storm destroyed most of the houses in the town, Mayor John Reed said on Saturday.\n"
    sentence = "The storm destroyed most of the houses in the town, Mayor Peter Lang said on Saturday."
    code, found = report(cli, tmp_path, source, sentence)
    assert code == 1
    flagged = [f for f in found["findings"] if f["rule_id"] == "FC602"]
    assert [(f["outcome"], f["grade"]) for f in flagged] == [("name-replaced", "major")]
    assert "“John Reed”" in flagged[0]["message"]
    verdict = next(v for v in found["verdicts"] if v["text"] == "Peter Lang")
    assert verdict["verdict"] == "contradicted"


def test_a_wider_or_narrower_place_stays_minor(cli: Callable[..., Result], tmp_path: Path) -> None:
    # no gazetteer tells "South West England" holds "Devon": a place stays unsupported (minor)
    for sentence in (
        "Heavy rain flooded dozens of homes in South West England on Monday, the Environment Agency said.",
        "Heavy rain flooded dozens of homes in Dorset on Monday, the Environment Agency said.",
    ):
        code, found = report(cli, tmp_path, FLOOD, sentence)
        assert code == 0, found["findings"]
        assert [f["outcome"] for f in found["findings"] if f["rule_id"] == "FC602"] == ["unsupported-name"]


def test_a_name_added_beside_the_sources_name_stays_minor(cli: Callable[..., Result], tmp_path: Path) -> None:
    sentence = "Heavy rain flooded dozens of homes in Devon and Dorset on Monday."
    code, found = report(cli, tmp_path, FLOOD, sentence)
    assert code == 0, found["findings"]
    assert [f["outcome"] for f in found["findings"] if f["rule_id"] == "FC602"] == ["unsupported-name"]


def test_a_name_in_a_sentence_no_source_says_stays_minor(cli: Callable[..., Result], tmp_path: Path) -> None:
    sentence = "Rescuers in Dorset pulled walkers from a cliff on Monday."
    code, found = report(cli, tmp_path, FLOOD, sentence)
    assert code == 0, found["findings"]


def test_another_name_of_a_country_or_a_demonym_stays_minor(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    source = (
        "The US government said on Monday that the new tariffs would take effect next month.\n"
        "Officials in Myanmar said the border would reopen on Friday.\n"
    )
    for sentence in (
        "The American government said on Monday that the new tariffs would take effect next month.",
        "Officials in Burma said the border would reopen on Friday.",
    ):
        code, found = report(cli, tmp_path, source, sentence)
        assert code == 0, found["findings"]


# --- the YAML path and the store agree; a length is shown in its own unit -------------------------


@pytest.mark.parametrize("no_cache", ["", "1"])
def test_a_glued_length_is_judged_with_and_without_the_store(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_cache: str
) -> None:
    if no_cache:
        monkeypatch.setenv("FACTCHECK_NO_CACHE", no_cache)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(
        "Looting trial\n\nA local man, John Reed, was handed a 12-year sentence for looting last year.\n",
        encoding="utf-8",
    )
    assert cli("init", ".").exit_code == 0
    assert cli("sources", "add", "a.txt", "--published", "2026-11-29").exit_code == 0
    assert cli("extract", "seeds/a.txt", "--write", "claims/a.yaml").exit_code == 0
    for sentence, unsupported in (
        ("John Reed was handed a 15-year sentence.", True),
        ("John Reed was sentenced to 15 years.", True),
        ("John Reed was handed a 12-year sentence.", False),
    ):
        (tmp_path / "summary.md").write_text(sentence + "\n", encoding="utf-8")
        result = cli("check", "summary.md", "--format", "json")
        found = json.loads(result.output)["findings"]
        assert (result.exit_code == 1) is unsupported, (sentence, found)
        assert bool([f for f in found if f["rule_id"] == "FC602"]) is unsupported, sentence


def test_a_length_is_shown_in_the_unit_its_text_gives(cli: Callable[..., Result], tmp_path: Path) -> None:
    source = "A curfew was imposed in the town on Monday, the police said.\n"
    for sentence, shown in (
        ("A 36-hour curfew was imposed in the town on Monday, the police said.", "(36 hours)"),
        ("A curfew was imposed in the town for 30 minutes on Monday, the police said.", "(30 minutes)"),
    ):
        _code, found = report(cli, tmp_path, source, sentence)
        messages = [f["message"] for f in found["findings"] if f["rule_id"] == "FC602"]
        assert any(shown in m for m in messages), messages
