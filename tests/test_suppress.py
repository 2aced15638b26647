"""Suppressions: inline comments with reasons, waivers with expiry, baselines of known findings."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from factcheck.errors import FactcheckError
from factcheck.grade import suppress
from factcheck.grade.suppress import Suppressions, Waiver, parse_inline
from factcheck.model import Finding, Grade, Side, Tier


def finding(line: int, rule: str = "FC301", claim: str = "d1") -> Finding:
    side = Side(claim_id=claim, source="draft", tier=Tier.DRAFT, text="x", file="s.md", line=line, column=1)
    return Finding(
        rule_id=rule,
        rule_name="quote.wording",
        grade=Grade.MAJOR,
        outcome="o",
        confidence=1.0,
        message="m",
        sides=[side],
        fingerprint=f"fp-{rule}-{line}",
    )


DOC = """Intro line.

<!-- factcheck-ignore FC301 -- the wire copy used this wording -->
First line of the block.
Second line of the block.

After the block.
<!-- factcheck-ignore FC101 -->
No reason given here.
"""


def test_inline_comment_covers_the_next_block_only() -> None:
    found = parse_inline(DOC, "s.md")
    assert [(s.first, s.last, s.reason) for s in found] == [
        (4, 5, "the wire copy used this wording"),
        (9, 9, None),
    ]
    outcome = suppress.apply([finding(4), finding(5), finding(7)], Suppressions(inline=found))
    assert [f.sides[0].line for f in outcome.kept] == [7]
    assert outcome.suppressed == 2


def test_inline_comment_without_reason_silences_nothing_and_is_reported() -> None:
    outcome = suppress.apply([finding(9, rule="FC101")], Suppressions(inline=parse_inline(DOC, "s.md")))
    assert len(outcome.kept) == 1
    assert {f.rule_id for f in outcome.meta} == {"FC902", "FC901"}  # no reason; and FC301 one unused


def test_unused_inline_suppression_is_reported() -> None:
    outcome = suppress.apply([], Suppressions(inline=parse_inline(DOC, "s.md")))
    unused = [f for f in outcome.meta if f.rule_id == "FC901"]
    assert unused
    assert unused[0].sides[0].line == 3


def test_waiver_by_claim_and_by_fingerprint_with_expiry() -> None:
    today = dt.date(2026, 1, 1)
    waivers = [
        Waiver(rule="FC301", claim="d1", reason="accepted paraphrase"),
        Waiver(
            rule="FC301", fingerprint="fp-FC301-8", reason="accepted for now", expires=dt.date(2025, 12, 31)
        ),
    ]
    outcome = suppress.apply([finding(4), finding(8, claim="d2")], Suppressions(waivers=waivers), today)
    assert [f.sides[0].line for f in outcome.kept] == [8]  # the expired waiver does not silence
    assert [f.rule_id for f in outcome.meta] == ["FC903"]


def test_waivers_file_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "waivers.yaml"
    path.write_text("waivers:\n  - rule: FC301\n    reason: no target\n")
    with pytest.raises(FactcheckError) as caught:
        suppress.load_waivers(path)
    assert "waivers.yaml:2" in str(caught.value)
    assert "exactly one of 'claim' or 'fingerprint'" in str(caught.value)


def test_review_baseline_flow(cli: Callable[..., Result], registry_copy: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    first = cli(
        "review", "--registry", str(registry_copy), "--write-baseline", str(baseline), "--fail-on", "minor"
    )
    assert first.exit_code == 1
    data = json.loads(baseline.read_text())
    assert data["findings"]
    second = cli("review", "--registry", str(registry_copy), "--baseline", str(baseline), "--fail-on", "info")
    assert second.exit_code == 0, second.output
    assert "suppressed" in second.output


def test_review_waiver_flow(cli: Callable[..., Result], registry_copy: Path) -> None:
    (registry_copy / "waivers.yaml").write_text(
        "waivers:\n"
        "  - rule: FC501\n    claim: s000.gold-ban\n    reason: known wire error\n"
        "  - rule: FC101\n    claim: no.such-claim\n    reason: stale\n"
    )
    result = cli("review", "--registry", str(registry_copy), "--format", "json")
    data = json.loads(result.output)
    rules = [f["rule_id"] for f in data["findings"]]
    assert "FC501" not in rules
    assert "FC901" in rules  # the stale waiver is reported
    assert data["suppressed"] >= 1


def test_bad_baseline_file_is_a_usage_error(cli: Callable[..., Result], root: Path, tmp_path: Path) -> None:
    bad = tmp_path / "b.json"
    bad.write_text("{not json")
    result = cli("review", "--registry", str(root), "--baseline", str(bad))
    assert result.exit_code == 2
    assert "not a factcheck baseline file" in result.output
