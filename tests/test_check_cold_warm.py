"""`check` against a registry says the same on the first run (no store yet: the run builds it)
and on every later one (the part of the store the document can meet), and what a whole registry
read without a store says: exit code, stdout and stderr, text and JSON. The later checks used to
read only the claims the summary reaches, so they knew the frames of those claims' figures only
(a figure two sources state was backed by one source's sentence cold and another's warm), and
never a quotation credited to nobody (it joins no subject key)."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import registry_from
from test_check_speakers import MAYOR, RESIDENT

from factcheck.cli.environment import NO_CACHE
from factcheck.registry import store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import stories  # noqa: E402

TAZREEN = ROOT / "devdata" / "stories" / "2012-tazreen-garment-factory-fire"
CASES = {
    # a quotation one outlet credits to nobody it names ("one resident told reporters"): who said
    # the words is open, so a summary giving them to a third person passes
    "speakerless quotation": (
        {"c": RESIDENT, "d": MAYOR},
        'Tom Reyes said "we cannot afford to wait another winter for this barrier."\n',
    ),
    "dates and numbers": (
        {
            "wire": "Engineers inspected the river barrier on Tuesday, 5 March 2024. The repairs will cost"
            " 4.2 million euros, council member Tom Reyes said, and 35 homes were flooded.\n",
            "paper": "Some 40 homes were flooded in the river district, officials said on Monday.\n",
        },
        "Engineers inspected the barrier on Wednesday, 6 March 2024; repairs will cost 4.2 million euros"
        " and 35 homes were flooded.\n",
    ),
    # a role the sources give another person: the warm run used to read only the claims on the
    # summary's own person, never the other holder's role (FC505 `other-holder` cold only)
    "another person's role": (
        {
            "a": "Governor Laura Whitfield declared a state of emergency on Tuesday.\n"
            "Mayor Tom Becker said 40 homes were flooded.\n",
        },
        "Laura Whitfield, the mayor, declared a state of emergency.\n",
    ),
}


def _same_every_way(
    cli: Callable[..., Result], registry: Path, args: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Check twice from a fresh store (built by the cold run, kept for the warm one), and once
    without a store: the same exit code, stdout and stderr each time."""
    runs = {}
    for attempt in ("first", "second"):
        shutil.rmtree(registry / store.STORE_DIR, ignore_errors=True)
        runs[f"cold {attempt}"] = cli(*args)
        runs[f"warm {attempt}"] = cli(*args)
    monkeypatch.setenv(NO_CACHE, "1")
    runs["no store"] = cli(*args)
    seen = {name: (r.exit_code, r.stdout, r.stderr) for name, r in runs.items()}
    assert all(code in (0, 1) for code, _, _ in seen.values()), seen
    assert len(set(seen.values())) == 1, seen


@pytest.mark.parametrize("fmt", ["json", "text"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_check_says_the_same_cold_warm_and_without_a_store(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, fmt: str
) -> None:
    texts, summary = CASES[case]
    registry_from(cli, tmp_path, monkeypatch.chdir, texts, "2024-03-05")
    path = tmp_path / "summary.md"
    path.write_text(f"---\ndate: 2024-03-05\n---\n{summary}", encoding="utf-8")
    _same_every_way(
        cli, tmp_path / "reg", ("check", str(path), "--registry", ".", "--format", fmt), monkeypatch
    )


@pytest.mark.parametrize("summary_name", ["faithful.md", "planted.md"])
def test_a_story_summary_is_checked_the_same_cold_warm_and_without_a_store(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, summary_name: str
) -> None:
    """The Tazreen fire's faithful summary against its registry as the story benchmark builds it:
    the Irish Times' "twelve workers died in hospital" and Newsday's "12 other people ... died at
    hospitals" both hold the summary's 12; which backs it depends on the frames of every source
    figure, which later checks used to know only for the claims the summary reaches; the planted
    summary's 100 was shown against another source's sentence warm (the competing figure of the
    same frame, pipeline/verdicts.py)."""
    story = stories.load_story(TAZREEN)
    registry = tmp_path / "reg"
    assert cli("init", str(registry)).exit_code == 0
    monkeypatch.chdir(registry)
    for art in story.articles:
        added = cli(
            "sources",
            "add",
            str(TAZREEN / art.file),
            "--published",
            stories.cli_date(art.published),
            "--outlet",
            art.outlet,
        )
        assert added.exit_code == 0, added.output
    for source_id, name in stories.source_files(registry).items():
        written = cli("extract", f"seeds/{name}", "--write", f"claims/{source_id}.yaml")
        assert written.exit_code == 0, written.output
    summary = TAZREEN / "summaries" / summary_name
    _same_every_way(
        cli, registry, ("check", str(summary), "--registry", ".", "--format", "json"), monkeypatch
    )
