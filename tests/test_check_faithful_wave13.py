"""`check --source` (issue 14, session 13): faithful sentences that failed, a figure glued to a unit
of time, and the evidence an editor is shown for a figure no source states.

- "235 kph" is the "235 kilometers per hour" a source writes (a unit and its abbreviation);
- "regional police chief X" and "police chief superintendent X": a post named inside a rank;
- "a 15-year sentence" is a length of time, not 15 people;
- an unsupported figure's evidence is the source sentence with the competing figure of the same
  thing, not the sentence most like the summary's.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import Result
from summary_check import check_sentence

from factcheck.extract.numbers import find_numbers
from factcheck.extract.roles import parse_role, role_conflict


def report(
    cli: Callable[..., Result], folder: Path, source: str, sentence: str
) -> tuple[int, dict[str, Any]]:
    """Exit code and JSON report of `check --source a.txt` on one undated sentence."""
    (folder / "a.txt").write_text(source, encoding="utf-8")
    (folder / "summary.md").write_text(sentence + "\n", encoding="utf-8")
    result = cli("check", str(folder / "summary.md"), "--source", str(folder / "a.txt"), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.output)


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


# --- a post inside a rank -----------------------------------------------------------------------


def test_a_post_named_inside_a_rank_is_no_conflicting_role() -> None:
    post, rank = (
        parse_role(["regional", "police", "chief"]),
        parse_role(["police", "chief", "superintendent"]),
    )
    assert post is not None
    assert rank is not None
    assert role_conflict(post, rank) is None
    assert role_conflict(rank, post) is None


def test_two_ranks_of_a_service_still_conflict() -> None:
    inspector, superintendent = parse_role(["police", "inspector"]), parse_role(["superintendent"])
    assert inspector is not None
    assert superintendent is not None
    assert role_conflict(inspector, superintendent) is not None
    chief, commissioner = parse_role(["fire", "chief"]), parse_role(["commissioner"])
    assert chief is not None
    assert commissioner is not None
    assert role_conflict(chief, commissioner) is not None


def test_the_police_chief_of_a_chief_superintendent_passes(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    source = (
        "The storm destroyed most of the houses in its path, police chief superintendent Elmer Soria "
        "said on Saturday.\n"
    )
    sentence = "On Sunday regional police chief Elmer Soria said most of the houses were destroyed."
    _code, findings = check_sentence(cli, tmp_path, {"a.txt": source}, "", sentence)
    assert not [f for f in findings if f["rule_id"] == "FC505"], findings


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


def test_a_name_in_place_of_the_sources_name_is_contradicted(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    sentence = "Heavy rain flooded dozens of homes in Dorset on Monday, the Environment Agency said."
    code, found = report(cli, tmp_path, FLOOD, sentence)
    assert code == 1
    flagged = [f for f in found["findings"] if f["rule_id"] == "FC602"]
    assert [(f["outcome"], f["grade"]) for f in flagged] == [("name-replaced", "major")]
    assert "“Devon”" in flagged[0]["message"]
    verdict = next(v for v in found["verdicts"] if v["text"] == "Dorset")
    assert verdict["verdict"] == "contradicted"
    assert verdict["evidence"]["words"].startswith("Heavy rain flooded dozens of homes in Devon")


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
