"""Values a checked document introduces: linked to a frame, yet stated by no source.

A summary's figure linked to a curated subject (or an automatic frame) is compared by the rules
with the frame's source figures. When none of them states it and no source text states it in any
form (pipeline/documents.py `unbacked_in_frame` records these in `Checked.introduced`), finding no
material difference is no support: "4,371 deaths" against a frame whose sources say "hundreds of
deaths" and "at least 4,731 civilians" is a figure the summary made up. Such a value is
unsupported (FC602, the rule's grade: major) unless a rule found it contradicted at the gate's
grade or above (FC101, FC102 major: then the contradiction, which names the source figure, is the
finding). A slight disagreement graded minor ("close-counts", "bound-crossed") on such a value is
replaced by FC602: the summary states a figure its sources do not contain, which CI should block.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.engine.runner import Match
from factcheck.grade.grading import grade_matches, sort_key
from factcheck.model import Finding, Grade, Tier
from factcheck.pipeline.documents import Checked
from factcheck.registry import Registry
from factcheck.rules import LoadedRule
from factcheck.rules.checks.base import CheckInput

UNSUPPORTED_CHECK = "unsupported"  # the check behind FC602 (rules/checks/support.py)
CONTRADICTED_AT = Grade.MAJOR  # a finding at this grade or above is the contradiction itself


def introduced_values(
    findings: list[Finding],
    registry: Registry,
    checked: Checked,
    rules: Sequence[LoadedRule],
) -> list[Finding]:
    """The findings with an FC602 finding for each introduced value no rule contradicted at major
    or above, in place of the lesser findings about it alone."""
    rule = next((r for r in rules if r.spec is not None and r.spec.name == UNSUPPORTED_CHECK), None)
    if rule is None or rule.spec is None or not checked.introduced:
        return findings
    about: dict[str, list[Finding]] = {claim_id: [] for claim_id in checked.introduced}
    for finding in findings:
        for side in finding.sides:
            if side.claim_id in about:
                about[side.claim_id].append(finding)
    replaced: set[int] = set()
    matches = []
    for claim_id, mine in about.items():
        if any(f.grade.at_least(CONTRADICTED_AT) for f in mine):
            continue
        claim = registry.claim(claim_id)
        verdict = rule.spec.function(CheckInput({"a": claim}, {"a": Tier.DRAFT}, rule.params))
        if verdict is None:
            continue  # a kind the project does not gate on (FC602's `kinds`)
        matches.append(Match(rule.rule, verdict, {"a": claim}))
        checked.support.setdefault(claim_id, checked.introduced[claim_id])
        replaced |= {id(f) for f in mine if _only_about(f, claim_id)}
    if not matches:
        return findings
    kept = [f for f in findings if id(f) not in replaced]
    return sorted([*kept, *grade_matches(matches, registry)], key=sort_key)


def _only_about(finding: Finding, claim_id: str) -> bool:
    """True when the finding's only checked-document side is this claim (its other sides are
    the sources'), so the FC602 finding says all it said about the document."""
    return all(s.claim_id == claim_id for s in finding.sides if s.tier is Tier.DRAFT)
