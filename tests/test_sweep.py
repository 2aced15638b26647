"""A big subject of plain figures that all differ is swept in sorted order (engine/sweep.py,
grade/swept.py): `review` reports the same findings as comparing every pair, and the checks'
tolerance data (CheckSpec.point) says what the checks themselves say."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.engine import sweep
from factcheck.model import Finding, QuantityClaim, Report, Tier
from factcheck.pipeline.run import RunOptions, run
from factcheck.rules import load_rules
from factcheck.rules.checks import CheckInput
from factcheck.rules.checks.quantities import exact_point, plain_point

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402


def review(root: Path) -> Report:
    return run(None, RunOptions(root, workers=1))


def seen(
    findings: list[Finding],
) -> list[tuple[str, str, str, str, frozenset[str], frozenset[str], bool, float]]:
    """What a reader of the report sees of each finding, but the order of its sides."""
    return sorted(
        (
            f.rule_id,
            str(f.grade),
            f.outcome,
            f.fingerprint,
            frozenset(s.claim_id for s in f.sides),
            frozenset(f.outliers),
            f.split,
            f.confidence,
        )
        for f in findings
    )


def swept_and_paired(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Report, Report]:
    swept = review(root)
    monkeypatch.setattr(sweep, "SWEEP_MIN", 10**9)
    paired = review(root)
    monkeypatch.undo()
    return swept, paired


@pytest.mark.parametrize(("claims", "seed"), [(60, 1), (90, 2)])
def test_all_distinct_figures_give_the_findings_of_every_pair(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, claims: int, seed: int
) -> None:
    synth.write(synth.hot_subject(claims, claims // 5, seed=seed, figures=0), tmp_path)
    swept, paired = swept_and_paired(tmp_path, monkeypatch)
    assert swept.errors == []
    assert paired.errors == []
    # far apart; close counts are major too (docs/grading.md), so grouping folds them into it
    assert [f.rule_id for f in swept.findings] == ["FC101"]
    assert [f.rule_id for f in paired.findings] == ["FC101"]
    assert seen(swept.findings) == seen(paired.findings)
    assert [s.letter for s in swept.sources] == [s.letter for s in paired.sources]
    # the counts of pairs the finding stands for are the same as well
    assert [f.message.rsplit("[", 1)[1] for f in swept.findings] == [
        f.message.rsplit("[", 1)[1] for f in paired.findings
    ]


@pytest.mark.parametrize("far", [90_000, 1_000])
def test_one_figure_apart_from_the_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, far: int) -> None:
    """A figure far from every other is the decisive outlier grouping picks first, and the pairs
    that do not touch it may be an error of their own (grouping's `_by_level`): swept, the
    report is the same."""
    out = synth.hot_subject(50, 10, figures=0)
    claims = [c for group in out.claims.values() for c in group]
    for serial, claim in enumerate(claims):
        claim["value"] = 100 + serial  # its words stay as written: no check reads them
    claims[0]["value"] = far
    synth.write(out, tmp_path)
    planned: list[object] = []
    plan = sweep.plan_sweep

    def recorded(*args: Any) -> Any:
        planned.append(plan(*args))
        return planned[-1]

    monkeypatch.setattr(sweep, "plan_sweep", recorded)
    swept, paired = swept_and_paired(tmp_path, monkeypatch)
    assert planned
    assert planned[0] is not None  # the first review: swept
    assert seen(swept.findings) == seen(paired.findings)
    assert claims[0]["id"] in {s.claim_id for f in swept.findings if f.rule_id == "FC101" for s in f.sides}


def test_a_subject_with_approximate_figures_is_not_swept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synth.write(synth.hot_subject(60, 12, figures=40), tmp_path)
    swept, paired = swept_and_paired(tmp_path, monkeypatch)
    assert seen(swept.findings) == seen(paired.findings)


RULES = {item.rule.id: item for item in load_rules(ROOT / "rules")}
VALUES = st.one_of(
    st.integers(1, 3000).map(float),
    st.integers(1, 40).map(lambda n: float(n * 100)),  # whole hundreds: held to rel_tol
    st.floats(0.5, 5000, allow_nan=False).map(lambda v: round(v, 1)),  # measures written with decimals
)


@settings(max_examples=400, deadline=None)
@given(a=VALUES, b=VALUES, unit=st.sampled_from(["deaths", "people", "km"]))
def test_tolerance_data_is_what_the_checks_say(a: float, b: float, unit: str) -> None:
    """FC101's and FC102's point functions give the check's own outcome and confidence for any
    two plain figures (the sweep's bands rest on them)."""
    x = QuantityClaim(id="s1.c1", source="s1", subject="toll", unit=unit, value=a, text=f"{a}")
    y = QuantityClaim(id="s2.c1", source="s2", subject="toll", unit=unit, value=b, text=f"{b}")
    assert plain_point(x)
    assert plain_point(y)
    exact = exact_point(x) and exact_point(y)
    for rule_id in ("FC101", "FC102"):
        item = RULES[rule_id]
        assert item.spec is not None
        assert item.spec.point is not None
        verdict = item.spec.function(
            CheckInput({"a": x, "b": y}, {"a": Tier.NEWS, "b": Tier.NEWS}, item.params)
        )
        point = item.spec.point(item.params, min(a, b), max(a, b), exact)
        assert (verdict.outcome, verdict.confidence) == point if verdict else point is None


def test_one_report_giving_two_figures_runs_pair_by_pair(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In an automatic frame, one report's two different figures are an FC103 finding that
    grouping joins with the frame's pairs between reports: such a subject is compared pair by
    pair (the sweep does not model that group), and the report is the one every pair gives."""
    out = synth.hot_subject(60, 12, figures=0)
    out.subjects[0]["id"] = "auto.count.deaths"
    for group in out.claims.values():
        for claim in group:
            claim["subject"] = "auto.count.deaths"
    synth.write(out, tmp_path)
    swept, paired = swept_and_paired(tmp_path, monkeypatch)
    assert swept.errors == []
    assert any("quantity.within-source" in f.message for f in paired.findings)
    assert seen(swept.findings) == seen(paired.findings)
