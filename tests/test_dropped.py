"""Words that make no valid claim are reported, never dropped silently (issue 9, hidden state)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from pydantic import TypeAdapter

from factcheck.extract import Dropped, extract_text
from factcheck.extract import pipeline as extract_pipeline
from factcheck.model import Claim
from factcheck.model.adapters import claim_adapter
from factcheck.pipeline.documents import add_sources, empty_registry

TEXT = "Fourteen people died. Rescuers found 14 bodies on June 3, 2023.\n"


def test_extract_text_hands_back_what_it_left_out() -> None:
    dropped: list[Dropped] = []
    # a source id longer than any id may be: no claim of this text can be valid
    assert extract_text(TEXT, source="s" * 200, dropped=dropped) == []
    assert [(d.kind, d.text) for d in dropped] == [
        ("quantity", "Fourteen people"),
        ("quantity", "14 bodies"),
        ("date", "June 3, 2023"),
    ]
    assert all("at most 120 characters" in d.reason for d in dropped)


def test_a_source_deep_in_folders_keeps_its_claims(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deep = tmp_path / ("d" * 130)
    deep.mkdir()
    (deep / "a.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the source named by its relative path, as a user would give it
    warnings: list[str] = []
    registry = add_sources(empty_registry(tmp_path), [Path("d" * 130) / "a.txt"], None, warnings.append)
    assert warnings == []
    (source,) = registry.sources
    assert [c.text for c in registry.claims if c.source == source] == [
        "Fourteen people",
        "14 bodies",
        "June 3, 2023",
    ]


def test_check_warns_about_every_claim_it_left_out(
    cli: Callable[..., Result], root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the families read today's text as valid claims; a stricter model is how one would not be
    strict = TypeAdapter(Claim)
    real = claim_adapter()

    class NoDates:
        def validate_python(self, data: dict[str, Any]) -> Claim:
            if data["kind"] == "date":
                strict.validate_python({**data, "id": "not an id"})
            return real.validate_python(data)

    monkeypatch.setattr(extract_pipeline, "claim_adapter", NoDates)
    result = cli("check", str(root / "examples" / "inconsistent-summary.md"), "--format", "json")
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings
    assert all(" date “" in w and "(not a valid claim: date.id: String should match" in w for w in warnings)
    assert warnings[0].startswith(
        f"warning: {root}/examples/inconsistent-summary.md: characters 122-138: date “Monday (June 28)”"
    )
    assert json.loads(result.stdout)["title"] == "factcheck check"


def test_a_clean_extraction_prints_no_dropped_section(cli: Callable[..., Result], root: Path) -> None:
    result = cli("extract", str(root / "examples" / "inconsistent-summary.md"), "--format", "json")
    assert result.exit_code == 0
    assert "dropped" not in json.loads(result.stdout)[0]
    assert "warning" not in result.stderr
