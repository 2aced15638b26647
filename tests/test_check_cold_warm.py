"""`check` says the same whether the registry's store was just built by this run or kept from an
earlier one: the first check after `extract --write` (no store yet) used to read the whole
registry, the later ones only the part the summary reaches, and a figure two sources state was
backed by one source's sentence cold and another's warm."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import registry_from
from test_check_speakers import MAYOR, RESIDENT

from factcheck.registry import store

STORY = Path(__file__).resolve().parent.parent / "devdata" / "stories" / "2012-tazreen-garment-factory-fire"
# both state the 12 who died in hospital: newsday's "12 other people ... died at hospitals", the
# Irish Times' "twelve workers died in hospital"; only the latter's claim is of the summary's frame
SOURCES = (("newsday", "2012-11-25"), ("irishtimes", "2012-11-26"))
SUMMARY = (
    "At least 112 people were killed, the fire department said on Sunday, and 12 of them died in"
    " hospital after jumping from the building.\n"
)


def _evidence(result: Result) -> dict[str, tuple[str, str]]:
    """Each verdict's (source, words) by the claim's words."""
    assert result.exit_code in (0, 1), result.output
    return {
        v["text"]: (v["evidence"]["source"], v["evidence"]["words"])
        for v in json.loads(result.stdout)["verdicts"]
        if v.get("evidence")
    }


def test_check_says_the_same_with_a_store_just_built_and_a_kept_one(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = tmp_path / "reg"
    assert cli("init", str(registry)).exit_code == 0
    monkeypatch.chdir(registry)
    for name, published in SOURCES:
        added = cli("sources", "add", str(STORY / f"{name}.txt"), "--published", published, "--id", name)
        assert added.exit_code == 0, added.output
        extracted = cli("extract", f"seeds/{name}.txt", "--write", f"claims/{name}.yaml")
        assert extracted.exit_code == 0, extracted.output
    summary = tmp_path / "summary.md"
    summary.write_text(SUMMARY, encoding="utf-8")
    args = ("check", str(summary), "--registry", str(registry), "--format", "json")
    runs = []
    for _ in range(2):  # twice from a fresh store: built by the first check, kept for the second
        shutil.rmtree(registry / store.STORE_DIR, ignore_errors=True)
        runs += [cli(*args), cli(*args)]
    assert len({(r.exit_code, r.stdout) for r in runs}) == 1
    cold, warm = _evidence(runs[0]), _evidence(runs[1])
    assert cold["12"] == warm["12"]  # the same source sentence backs the 12, cold and warm
    assert cold["12"][0] in {"newsday", "irishtimes"}


def test_a_quotation_credited_to_nobody_is_read_by_every_check(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One outlet gives the words to the mayor, another to "one resident": who said them is open,
    so a summary giving them to someone else passes, in the first check and the later ones (the
    resident's printing joins no subject: the later checks, reading only what the summary reaches,
    used to miss it and give the words to the mayor alone)."""
    registry_from(cli, tmp_path, monkeypatch.chdir, {"c": RESIDENT, "d": MAYOR}, "2024-03-05")
    summary = tmp_path / "s.md"
    summary.write_text(
        '---\ndate: 2024-03-05\n---\nTom Reyes said "we cannot afford to wait another winter for this barrier."\n',
        encoding="utf-8",
    )
    args = ("check", str(summary), "--registry", ".", "--format", "json")
    assert [cli(*args).exit_code for _ in range(3)] == [0, 0, 0]
