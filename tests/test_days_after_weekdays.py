"""`check` on "N days after X" whose days the sources give as weekdays (issue 14, session 19):
a past weekday of a report published on a known day is the most recent such day on or before
it; a summary sentence writing both ends ("Monday ... Friday") bears out the length they make."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, check_with_registry

# Tuesday 6 May 2025: the ferry runs aground; Saturday 10 May: salvage crews still at work
AGROUND = (
    "Ferry aground\n\nThe Marlow ferry ran aground off Kestrel Point on Tuesday, stranding 200 passengers.\n"
)
REFLOAT = "Marlow salvage\n\nSalvage crews refloated the Marlow ferry on Saturday after the tide rose at Kestrel Point.\n"


def dated(day: str, text: str) -> str:
    """A report with front matter giving its publication day ("" : none)."""
    return f"---\ndate: {day}\n---\n{text}" if day else text


def reports(
    aground_day: str = "2025-05-06", refloat_day: str = "2025-05-10", refloat: str = REFLOAT
) -> dict[str, str]:
    return {"wire.txt": dated(aground_day, AGROUND), "post.txt": dated(refloat_day, refloat)}


@pytest.fixture
def check(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[dict[str, str], str], int]:
    """check --source (these reports) on one sentence dated 2025-05-12: its exit code."""
    monkeypatch.chdir(tmp_path)
    return lambda texts, sentence: check_sentence(cli, tmp_path, texts, "2025-05-12", sentence)[0]


FAITHFUL = "Four days after the Marlow ferry ran aground off Kestrel Point, salvage crews refloated it."


def test_days_after_is_borne_out_by_two_weekdays_of_dated_reports(
    check: Callable[[dict[str, str], str], int],
) -> None:
    assert check(reports(), FAITHFUL) == 0


@pytest.mark.parametrize(
    ("texts", "sentence"),
    [
        # Tuesday 6 to Saturday 10 May is four days, not two
        pytest.param(reports(), FAITHFUL.replace("Four", "Two"), id="a length that does not add up"),
        pytest.param(reports(), FAITHFUL.replace("Four days", "Two weeks"), id="weeks"),
        # counted from another event: no source dates the passengers' rescue
        pytest.param(
            reports(),
            "Four days after the passengers were rescued by lifeboat, salvage crews refloated the ferry.",
            id="another anchor",
        ),
        # the report of the grounding has no date: its "Tuesday" is no known day
        pytest.param(reports(aground_day=""), FAITHFUL, id="undated report"),
        # published a week later, its "Saturday" is 17 May: eleven days
        pytest.param(reports(refloat_day="2025-05-17"), FAITHFUL, id="a report a week later"),
        # a weekday of saying dates the telling: the arrest may be older than Saturday
        pytest.param(
            reports(
                refloat="Marlow salvage\n\nThe operator said on Saturday that salvage crews refloated the "
                "Marlow ferry at Kestrel Point.\n"
            ),
            FAITHFUL,
            id="said on Saturday that",
        ),
        # a present-tense schedule: "refloat ... on Saturday" in a report of Thursday is no past Saturday
        pytest.param(
            reports(
                refloat_day="2025-05-08",
                refloat="Marlow salvage\n\nSalvage crews refloat the Marlow ferry at Kestrel Point on Saturday, "
                "the operator said.\n",
            ),
            FAITHFUL.replace("Four days after", "Three days before"),
            id="present tense",
        ),
        # what is to come is no day that has been: "will try ... on Saturday"
        pytest.param(
            reports(
                refloat_day="2025-05-10",
                refloat="Marlow salvage\n\nSalvage crews will try to refloat the Marlow ferry on Saturday "
                "when the tide rises at Kestrel Point.\n",
            ),
            FAITHFUL,
            id="future tense",
        ),
    ],
)
def test_days_after_from_weekdays_fails_where_the_days_do_not_make_it(
    check: Callable[[dict[str, str], str], int], texts: dict[str, str], sentence: str
) -> None:
    assert check(texts, sentence) == 1


@pytest.mark.parametrize("no_cache", ["", "1"])
def test_days_after_from_weekdays_against_a_registry(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_cache: str
) -> None:
    # each report's weekday is resolved from its own `sources add --published` day, the same
    # from the compiled store and from the YAML
    if no_cache:
        monkeypatch.setenv("FACTCHECK_NO_CACHE", no_cache)
    assert cli("init", str(tmp_path / "reg")).exit_code == 0
    monkeypatch.chdir(tmp_path / "reg")
    for name, text, day in (("wire", AGROUND, "2025-05-06"), ("post", REFLOAT, "2025-05-10")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        added = cli("sources", "add", str(tmp_path / f"{name}.txt"), "--published", day, "--id", name)
        assert added.exit_code == 0, added.output
        written = cli("extract", f"seeds/{name}.txt", "--write", f"claims/{name}.yaml")
        assert written.exit_code == 0, written.output
    registry, rules = tmp_path / "reg", tmp_path / "reg" / "rules"
    for _ in range(2):  # the second check reads the store the first one compiled
        assert check_with_registry(cli, registry, rules, FAITHFUL, "2025-05-12")[0] == 0
    code, findings = check_with_registry(cli, registry, rules, FAITHFUL.replace("Four", "Two"), "2025-05-12")
    assert code == 1
    assert any(f["rule_id"] == "FC602" for f in findings), findings


# --- both ends written in the summary's own sentence -------------------------------------------


def shares(outage_day: str) -> dict[str, str]:
    """A report of Monday 22 July 2024: the outage on `outage_day`, the shares' close on Friday."""
    return {
        "wire.txt": dated(
            "2024-07-22",
            f"Larkspur shares\n\nThe Larkspur outage began on {outage_day}. Larkspur shares were down 9% on "
            "Monday, after closing at $40 on Friday.\n",
        )
    }


WRITTEN = (
    "Three days after the outage, Larkspur shares were down 9% on Monday, after closing at $40 on Friday."
)


@pytest.mark.parametrize(
    ("texts", "sentence", "code"),
    [
        pytest.param(shares("Friday"), WRITTEN, 0, id="Friday to Monday"),
        pytest.param(
            shares("Friday"), WRITTEN.replace("Three", "Two"), 1, id="a length that does not add up"
        ),
        # Friday to Monday is three days, but the outage began on Thursday: the Friday is the close's
        pytest.param(shares("Thursday"), WRITTEN, 1, id="the earlier day is another event's"),
        # one day written: the other end is nowhere
        pytest.param(
            shares("Friday"),
            "Three days after the outage, Larkspur shares were down 9% on Monday.",
            1,
            id="one day",
        ),
        pytest.param(
            shares("Friday"),
            "Three days after the outage, Larkspur shares had not recovered on Monday, after closing at $40 on Friday.",
            1,
            id="negated",
        ),
    ],
)
def test_days_after_from_both_ends_the_sentence_writes(
    cli: Callable[..., Result],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    texts: dict[str, str],
    sentence: str,
    code: int,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert check_sentence(cli, tmp_path, texts, "2024-07-22", sentence)[0] == code
