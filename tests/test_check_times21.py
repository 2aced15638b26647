"""`check` (issue 14, session 21): a time of day on a day the sources do not give, and a length
"N days after" an event that the sources' dates bear out, on invented reports, in both ways of
checking (against a registry, and with `--source`).

- "struck at 04:12 on 11 March" where every report dates the quake 10 March is not left
  unverifiable (FC601, no verdict): a time's day is looked up as a day's is, so the summary
  fails (FC602) and its verdict says so; the right day still passes;
- "the mayor said 9 people were missing two days after the quake" is supported where the
  sources date the quake Wednesday 10 March and the mayor's words Friday: the quake's day is the
  one the most reports give its event, the end day the one the sentence most like the rest of
  the summary's gives; any other length (one day, five days) still fails;
- a time the sources give only through a weekday or across midnight in UTC ("04:30 on Saturday",
  "01:20 (23:20 GMT Wednesday)", "0350 GMT on Sunday") still passes: a source's own time on one
  day at the same moment supports it, and is its evidence; a day later still fails;
- where two reports each date a different event of the frame (a quake on Monday, an aftershock on
  Wednesday), neither day is the quake's: "two days after the quake" for a Friday is not borne out.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

Cli = Callable[..., Result]
Reports = dict[str, tuple[str, str]]  # source id: (published, text)

REPORTS: Reports = {
    "wire": (
        "2021-03-11",
        "Quake toll rises to 41\n\nThe magnitude-5.9 earthquake struck at 04:12 (03:12 GMT) on 10 March, "
        "60km east of Valdoro.\n\nRescuers worked through the night in the hill town of Lusenta.\n",
    ),
    "daily": (
        "2021-03-11",
        "Rescuers search rubble\n\nThe 5.9-magnitude quake hit at 04:12 (03:12 GMT) on Wednesday near Valdoro.\n"
        "\nMore than 600 rescuers are at work.\n",
    ),
    "agency": (
        "2021-03-12",
        "Nine missing in Lusenta\n\nThe civil protection agency said the death toll in Wednesday's earthquake "
        "had reached 41.\n\nAt least 9 people are still missing in Lusenta, a hill town flattened in the "
        "quake, the regional news agency quoted Mayor Paolo Verdi as saying on Friday.\n",
    ),
}
SUMMARY_DATE = "2021-03-20"
FRONT = f"---\ndate: {SUMMARY_DATE}\n---\n"


def with_sources(cli: Cli, folder: Path, summary: str, reports: Reports = REPORTS) -> dict[str, Any]:
    """`check --source` of every report (each dated in front matter) on the summary, as JSON."""
    args = []
    for name, (published, text) in reports.items():
        path = folder / f"{name}.txt"
        path.write_text(f"---\ndate: {published}\n---\n{text}", encoding="utf-8")
        args += ["--source", str(path)]
    (folder / "summary.md").write_text(FRONT + summary + "\n", encoding="utf-8")
    result = cli("check", str(folder / "summary.md"), *args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return {"code": result.exit_code, **json.loads(result.output)}


def with_registry(
    cli: Cli, folder: Path, monkeypatch: pytest.MonkeyPatch, summary: str, reports: Reports = REPORTS
) -> dict[str, Any]:
    """`check` of the summary against a registry built from the reports by the CLI, as JSON."""
    assert cli("init", str(folder / "reg")).exit_code == 0
    monkeypatch.chdir(folder / "reg")
    for name, (published, text) in reports.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        added = cli("sources", "add", str(folder / f"{name}.txt"), "--published", published, "--id", name)
        assert added.exit_code == 0, added.output
        extracted = cli("extract", f"seeds/{name}.txt", "--write", f"claims/{name}.yaml")
        assert extracted.exit_code == 0, extracted.output
    (folder / "summary.md").write_text(FRONT + summary + "\n", encoding="utf-8")
    result = cli("check", str(folder / "summary.md"), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return {"code": result.exit_code, **json.loads(result.output)}


def checked(
    cli: Cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
    summary: str,
    reports: Reports = REPORTS,
) -> Any:
    """The summary's check as JSON (with its exit code) in `mode`: "sources" or "registry"."""
    if mode == "sources":
        return with_sources(cli, tmp_path, summary, reports)
    return with_registry(cli, tmp_path, monkeypatch, summary, reports)


def verdict_of(report: dict[str, Any], text: str) -> str:
    """The verdict of the checked claim written `text` (it must have one)."""
    found = [v["verdict"] for v in report["verdicts"] if v["text"] == text]
    assert found, [v["text"] for v in report["verdicts"]]
    return str(found[0])


def major_rules(report: dict[str, Any]) -> set[str]:
    """The rules of the findings at major or above."""
    return {f["rule_id"] for f in report["findings"] if f["grade"] in ("major", "critical")}


MODES = ["sources", "registry"]


@pytest.mark.parametrize("mode", MODES)
def test_a_time_on_a_day_no_source_gives_fails_with_a_verdict(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    summary = "A magnitude-5.9 earthquake struck at 04:12 on 11 March 2021, 60km east of Valdoro."
    report = checked(cli, tmp_path, monkeypatch, mode, summary)
    assert report["code"] == 1, report["findings"]
    assert major_rules(report) & {"FC201", "FC602"}
    assert verdict_of(report, "04:12 on 11 March 2021") in ("unsupported", "contradicted")


@pytest.mark.parametrize("mode", MODES)
def test_a_time_on_the_sources_day_passes(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    summary = "A magnitude-5.9 earthquake struck at 04:12 on 10 March 2021, 60km east of Valdoro."
    report = checked(cli, tmp_path, monkeypatch, mode, summary)
    assert report["code"] == 0, report["findings"]
    assert verdict_of(report, "04:12 on 10 March 2021") == "supported"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("length", "code"), [("two days", 0), ("one day", 1), ("five days", 1)])
def test_a_length_after_a_dated_event_ends_on_the_day_the_sources_give(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str, length: str, code: int
) -> None:
    summary = (
        f"Mayor Paolo Verdi said at least 9 people were still missing in Lusenta {length} after the quake."
    )
    report = checked(cli, tmp_path, monkeypatch, mode, summary)
    assert report["code"] == code, report["findings"]
    expected = "supported" if code == 0 else "unsupported"
    assert verdict_of(report, f"{length} after the quake") == expected


# A quake at 01:20 local time on Thursday 18 May, given in UTC only as "23:20 GMT Wednesday".
NORVALE: Reports = {
    "seismic": (
        "2023-05-18",
        "Quake kills 12 in Norvale\n\nA magnitude-6.1 earthquake struck the mountain region of Norvale at "
        "01:20 local time on Thursday, 18 May, the national seismic institute said.\n",
    ),
    "daily": (
        "2023-05-18",
        "Deadly quake hits Norvale\n\nThe 6.1-magnitude quake hit at 01:20 (23:20 GMT Wednesday) near the "
        "town of Norvale.\n\nThe civil defence agency said 12 people had died.\n",
    ),
}
# A fire on Friday night brought under control "at 04:30 on Saturday", in a report of that Saturday.
HARWICK: Reports = {
    "service": (
        "2024-02-10",
        "Fire destroys Harwick warehouse\n\nA fire broke out at the Delmont warehouse in Harwick at about "
        "22:15 on Friday, the fire service said.\n",
    ),
    "local": (
        "2024-02-10",
        "Harwick blaze under control\n\nThe blaze at the Delmont warehouse started shortly after 10pm on "
        "Friday and was brought under control at 04:30 on Saturday, officials said.\n",
    ),
}
# A runway accident at 11:50 p.m. ET on Saturday 5 November, "0350 GMT on Sunday".
DALLOW: Reports = {
    "airline": (
        "2022-11-07",
        "Jet skids off runway in Dallow\n\nA passenger jet skidded off the runway at Dallow airport at "
        "11:50 p.m. ET on Saturday, Nov. 5, the airline said.\n",
    ),
    "aviation": (
        "2022-11-06",
        "Dallow runway accident\n\nThe jet left the runway at 0350 GMT on Sunday, aviation officials said. "
        "All 140 passengers were evacuated.\n",
    ),
}
# A quake on Monday 12 September and an aftershock on Wednesday 14 September, one report each;
# the mayor spoke on Friday, four days after the quake.
SARNO: Reports = {
    "quake": (
        "2022-09-13",
        "Quake hits Sarno hills\n\nA magnitude-5.6 earthquake struck the Sarno hills on Monday, 12 September, "
        "damaging churches and homes.\n",
    ),
    "aftershock": (
        "2022-09-15",
        "Aftershock in Sarno\n\nA magnitude-4.9 aftershock struck the Sarno hills on Wednesday, 14 September, "
        "officials said.\n",
    ),
    "mayor": (
        "2022-09-17",
        "Sarno rebuild\n\nMayor Luca Ferri said on Friday that 200 families were living in tents in Sarno.\n",
    ),
}
MOMENTS = [
    # (reports, summary, the time's words, the sources whose time may support it, or None: it fails;
    # 11:50 p.m. ET on 5 November 2022, still daylight time, is 03:50 GMT on the 6th)
    (
        NORVALE,
        "A magnitude-6.1 earthquake struck Norvale at 23:20 GMT on 17 May 2023.",
        "23:20 GMT on 17 May 2023",
        ("daily",),
    ),
    (
        NORVALE,
        "A magnitude-6.1 earthquake struck Norvale at 23:20 GMT on 16 May 2023.",
        "23:20 GMT on 16 May 2023",
        None,
    ),
    (
        HARWICK,
        "The blaze at the Delmont warehouse was brought under control at 04:30 on 10 February 2024.",
        "04:30 on 10 February 2024",
        ("local",),
    ),
    (
        HARWICK,
        "The blaze at the Delmont warehouse was brought under control at 04:30 on 11 February 2024.",
        "04:30 on 11 February 2024",
        None,
    ),
    (
        DALLOW,
        "A passenger jet skidded off the runway at Dallow airport at 03:50 GMT on 6 November 2022.",
        "03:50 GMT on 6 November 2022",
        ("airline", "aviation"),
    ),
    (
        DALLOW,
        "A passenger jet skidded off the runway at Dallow airport at 03:50 GMT on 7 November 2022.",
        "03:50 GMT on 7 November 2022",
        None,
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("reports", "summary", "words", "sources"), MOMENTS)
def test_a_time_a_source_gives_at_the_same_moment_passes_with_that_source(
    cli: Cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
    reports: Reports,
    summary: str,
    words: str,
    sources: tuple[str, ...] | None,
) -> None:
    report = checked(cli, tmp_path, monkeypatch, mode, summary, reports)
    if sources is None:
        assert report["code"] == 1, report["findings"]
        assert "FC602" in major_rules(report)
        assert verdict_of(report, words) == "unsupported"
        return
    assert report["code"] == 0, report["findings"]
    [verdict] = [v for v in report["verdicts"] if v["text"] == words]
    assert verdict["verdict"] == "supported"
    assert any(name in verdict["evidence"]["source"] for name in sources), verdict["evidence"]


@pytest.mark.parametrize("mode", MODES)
def test_a_length_from_an_event_two_reports_date_differently_is_not_borne_out(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    summary = "Mayor Luca Ferri said 200 families were living in tents in Sarno two days after the quake."
    report = checked(cli, tmp_path, monkeypatch, mode, summary, SARNO)
    assert report["code"] == 1, report["findings"]
    assert "FC602" in major_rules(report)
    assert verdict_of(report, "two days after the quake") == "unsupported"
