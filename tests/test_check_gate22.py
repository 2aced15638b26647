"""`check --source` as a faithfulness gate (issue 14, session 22), on invented reports: what a
summary's days, clock times and roles must meet, as a user sees it (exit code, rule, grade).

- a `--source` file with no date reads its bare "on Tuesday" against no week: it does not bear
  out a summary's "Tuesday, March 21" where another report dates that Tuesday 14 March;
- a summary's resolved "on Tuesday" (from its own date) is borne out by the word only where the
  sources' own Tuesday is that day;
- "the fire broke out on Wednesday" is not borne out by the sources' Wednesday of a police
  inquiry where they date the fire Tuesday (`date-of-other-event`, major), while a summary that
  dates the inquiry Wednesday passes;
- a summary's own clock reading off its source's ("at 4 p.m." for "3:40 p.m.") is major, as a
  wrong day is; its "around 4 p.m." stays minor, and "around 3:30 p.m." passes;
- "Laura Whitfield, the mayor" where the sources make her governor and Tom Becker mayor is a
  role of another person (FC505 `other-holder`, major); the right roles pass;
- FC602's rule text names the acronym aliases list it consults.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

Cli = Callable[..., Result]

FIRE_UNDATED = (
    "A fire broke out at the Harbour Street warehouse in Portsmouth on Tuesday, firefighters said.\n"
    "Crews from three stations fought the blaze for six hours before it was brought under control.\n"
    "The city council said an inquiry would report by March 31, 2023.\n"
)
FIRE_DATED_DAY = (
    "Firefighters spent six hours tackling a blaze at a warehouse on Harbour Street in Portsmouth "
    "on Tuesday, March 14.\n"
)


def _grades(findings: list[dict], rule: str) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(f["grade"], f["outcome"]) for f in findings if f["rule_id"] == rule]


def test_an_undated_sources_weekday_is_no_week_of_the_summarys(cli: Cli, tmp_path: Path) -> None:
    reports = {"a.txt": FIRE_UNDATED, "b.txt": FIRE_DATED_DAY}
    sentence = "A fire broke out at a Portsmouth warehouse on Tuesday, March {day}, and crews fought it for six hours."
    code, findings = check_sentence(cli, tmp_path, reports, "2023-03-22", sentence.format(day=21))
    assert code == 1
    assert ("major", "unsupported-date") in _grades(findings, "FC602"), findings
    code, findings = check_sentence(cli, tmp_path, reports, "2023-03-22", sentence.format(day=14))
    assert code == 0, findings


def test_a_resolved_weekday_needs_the_sources_own_day(cli: Cli, tmp_path: Path) -> None:
    sentence = "A fire broke out at a Portsmouth warehouse on Tuesday, and crews fought it for six hours."
    # a week after the sources' Tuesday, "on Tuesday" is 21 March: the word alone is no support
    code, findings = check_sentence(cli, tmp_path, {"b.txt": FIRE_DATED_DAY}, "2023-03-22", sentence)
    assert code == 1
    assert _grades(findings, "FC602") == [("major", "unsupported-date")], findings
    # the day after it, "on Tuesday" is the sources' own Tuesday
    code, findings = check_sentence(cli, tmp_path, {"b.txt": FIRE_DATED_DAY}, "2023-03-15", sentence)
    assert code == 0, findings


INQUIRY = (
    "---\ndate: 2023-03-16\n---\n"
    "A fire broke out at the Harbour Street warehouse in Portsmouth on Tuesday, firefighters said.\n"
    "Crews from three stations fought the blaze for six hours before it was brought under control.\n"
    "Police opened an investigation into the cause of the fire on Wednesday.\n"
)


def test_a_day_the_sources_give_another_event_is_not_the_events(cli: Cli, tmp_path: Path) -> None:
    wrong = "A fire broke out at a Portsmouth warehouse on Wednesday, and crews fought it for six hours."
    code, findings = check_sentence(cli, tmp_path, {"a.txt": INQUIRY}, "2023-03-16", wrong)
    assert code == 1
    assert _grades(findings, "FC602") == [("major", "date-of-other-event")], findings
    assert "another day" in findings[0]["message"]
    assert "on Tuesday" in findings[0]["message"]
    right = "A fire broke out at a Portsmouth warehouse on Tuesday, and police opened an investigation on Wednesday."
    code, findings = check_sentence(cli, tmp_path, {"a.txt": INQUIRY}, "2023-03-16", right)
    assert code == 0, findings


QUAKE = (
    "---\ndate: 2023-06-10\n---\n"
    "A magnitude 5.8 earthquake struck the coast of Espirito Santo state at 3:40 p.m. local time on "
    "Friday, Brazil's geological service said.\nNo injuries were reported, the state civil defence agency said.\n"
)


@pytest.mark.parametrize(
    ("clock", "code", "grades"),
    [
        ("at 4 p.m.", 1, [("major", "different-times")]),
        ("at 5:40 p.m.", 1, [("major", "different-times")]),
        ("at around 4 p.m.", 0, [("minor", "close-times")]),
        ("at around 3:30 p.m.", 0, []),
        ("at 3:40 p.m.", 0, []),
    ],
)
def test_a_summarys_own_clock_off_its_sources_is_major(
    cli: Cli, tmp_path: Path, clock: str, code: int, grades: list[tuple[str, str]]
) -> None:
    sentence = (
        f"A magnitude 5.8 earthquake struck off Espirito Santo {clock} on Friday, with no injuries reported."
    )
    exit_code, findings = check_sentence(cli, tmp_path, {"a.txt": QUAKE}, "2023-06-10", sentence)
    assert (exit_code, _grades(findings, "FC201")) == (code, grades), findings


FLOOD = (
    "---\ndate: 2023-03-16\n---\n"
    "Governor Laura Whitfield declared a state of emergency after floods swept through Millbrook on Tuesday.\n"
    "Mayor Tom Becker said more than 200 homes had been damaged.\n"
    '"We will rebuild," Becker told reporters.\n'
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Laura Whitfield, the mayor, said more than 200 homes in Millbrook had been damaged by floods.",
        "Mayor Laura Whitfield declared a state of emergency after floods swept through Millbrook.",
        "Governor Tom Becker declared a state of emergency after floods swept through Millbrook.",
    ],
)
def test_a_known_person_in_anothers_role_is_major(cli: Cli, tmp_path: Path, sentence: str) -> None:
    code, findings = check_sentence(cli, tmp_path, {"a.txt": FLOOD}, "2023-03-16", sentence)
    assert code == 1
    assert _grades(findings, "FC505") == [("major", "other-holder")], findings


def test_the_right_roles_pass(cli: Cli, tmp_path: Path) -> None:
    sentence = (
        "Governor Laura Whitfield declared a state of emergency, and Mayor Tom Becker said more than "
        "200 homes in Millbrook had been damaged."
    )
    code, findings = check_sentence(cli, tmp_path, {"a.txt": FLOOD}, "2023-03-16", sentence)
    assert code == 0, findings
    assert not _grades(findings, "FC505"), findings


def test_fc602s_text_names_the_acronym_aliases_it_consults(cli: Cli) -> None:
    result = cli("rules", "explain", "FC602")
    assert result.exit_code == 0, result.output
    assert "acronym_aliases.yaml" in result.output


# Found by the branch's review: a dated report's resolved "on Saturday" can be a week off ("They
# were arrested on Saturday and will appear before magistrates on Tuesday"), so only the sources'
# written-out dates pin a weekday; and "last Tuesday" is the week before, not the summary's day.
ROBBERY_UNDATED = (
    "Police arrested two men on Saturday after a jewellery shop in Leeds was robbed on Friday afternoon. "
    "The men, aged 24 and 31, were held on suspicion of robbery.\n"
)
ROBBERY_DATED = (
    "---\ndate: 2025-04-13\n---\nTwo men have been charged over the robbery of a jewellery shop in Leeds "
    "on Friday, West Yorkshire Police said. They were arrested on Saturday and will appear before "
    "magistrates on Tuesday.\n"
)
STORM_DATED = "---\ndate: 2025-04-09\n---\nStorm Elin hit Cornwall on Tuesday with gusts of up to 80mph, cutting power to 20,000 homes.\n"


@pytest.mark.parametrize(
    ("date", "sentence"),
    [
        (
            "2025-04-13",
            "Two men were arrested on Saturday after a Leeds jewellery shop was robbed on Friday.",
        ),
        (
            "2025-04-14",
            "Two men arrested on Saturday over Friday's robbery of a Leeds jewellery shop will appear "
            "before magistrates on Tuesday.",
        ),
    ],
)
def test_a_faithful_weekday_passes_where_a_report_resolves_its_own_a_week_off(
    cli: Cli, tmp_path: Path, date: str, sentence: str
) -> None:
    reports = {"a.txt": ROBBERY_UNDATED, "b.txt": ROBBERY_DATED}
    code, findings = check_sentence(cli, tmp_path, reports, date, sentence)
    assert code == 0, findings


def test_last_weekday_is_the_week_before(cli: Cli, tmp_path: Path) -> None:
    sentence = "Storm Elin hit Cornwall last Tuesday, cutting power to 20,000 homes."
    code, findings = check_sentence(cli, tmp_path, {"a.txt": STORM_DATED}, "2025-04-15", sentence)
    assert code == 0, findings
