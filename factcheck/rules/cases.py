"""Prose cases: a rule's fixtures written as short source texts and a summary, with the exact
findings the rule must report (grade, file, line), as sqlfluff's per-rule YAML `pass_str` /
`fail_str` and Vale's `file:line:col:rule` fixtures. One file per rule, `rules/cases/<ID>.yaml`:

    rule: FC101
    cases:
      - name: a toll far below the agency's count
        subjects:                    # the small registry the texts are checked in (optional)
          - {id: floods.deaths, kind: quantity, unit: people, description: ..., cues: [killed]}
        sources:
          - text: The agency counted 1,200 deaths in the floods.
            tier: reference          # news (default), reference, ...
        claims:                      # optional: curated claims (the sources then are a
          - {source: 1, text: 1,200 deaths, kind: quantity, subject: floods.deaths, value: 1200}
                                     # registry holding only these; nothing is extracted from
                                     # them) for what extraction cannot read, such as relations
        summary: |                   # optional: without one, the sources are reviewed
          About 90 deaths were reported.
        findings:                    # exactly these, nothing more; [] for a passing case
          - {grade: critical, file: summary, line: 1}

This module only reads and validates them; factcheck.pipeline.cases runs them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck.errors import ErrorList, FactcheckError, RuleError
from factcheck.model import Grade, Tier
from factcheck.model.defaults import new_list
from factcheck.yamlio import line_of, load_yaml

CASES_FOLDER = "cases"


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CaseSource(_Data):
    """One source text of a case."""

    text: str = Field(min_length=1)
    tier: Tier = Tier.NEWS


class ExpectedFinding(_Data):
    """A finding the case must produce: its grade and where its primary side is."""

    grade: Grade
    file: str = Field(description="'summary', or 'source1', 'source2', ... in the order given")
    line: int = Field(ge=1)


class ProseCase(_Data):
    """Source texts, an optional summary checked against them, and the exact findings expected."""

    name: str = Field(min_length=1)
    subjects: list[dict[str, Any]] = Field(default_factory=new_list, description="the registry's subjects")
    entities: list[dict[str, Any]] = Field(default_factory=new_list, description="the registry's entities")
    sources: list[CaseSource] = Field(min_length=1)
    claims: list[dict[str, Any]] = Field(
        default_factory=new_list,
        description="curated claims: `source` (1, 2, … in the order given), `text` (words of that "
        "source: the span is found), and the claim's own fields",
    )
    summary: str | None = None
    published: str | None = Field(default=None, description="ISO date of the texts, for relative dates")
    findings: list[ExpectedFinding]

    @field_validator("findings")
    @classmethod
    def _files_known(cls, findings: list[ExpectedFinding]) -> list[ExpectedFinding]:
        for finding in findings:
            if finding.file != "summary" and not finding.file.removeprefix("source").isdigit():
                raise ValueError(f"file '{finding.file}': use 'summary' or 'source<N>'")
        return findings

    @field_validator("claims")
    @classmethod
    def _claims_placed(cls, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for claim in claims:
            if not isinstance(claim.get("source"), int) or not isinstance(claim.get("text"), str):
                raise ValueError("a claim needs `source` (1, 2, …) and `text` (its words in that source)")
        return claims


class RuleCases(_Data):
    """The prose cases of one rule."""

    rule: str = Field(pattern=r"^FC\d{3}$")
    cases: list[ProseCase] = Field(min_length=1)
    kind: Literal["prose"] = "prose"


def cases_path(rules_dir: Path, rule_id: str) -> Path:
    """Where a rule's prose cases live."""
    return rules_dir / CASES_FOLDER / f"{rule_id}.yaml"


def load_cases(path: Path) -> RuleCases:
    """One rule's prose cases, or an error naming the file, line and field."""
    data = load_yaml(path)
    try:
        return RuleCases.model_validate(data)
    except ValidationError as exc:
        errors: list[FactcheckError] = [
            RuleError(
                err["msg"],
                path=path,
                line=line_of(data, list(err["loc"])),
                field=".".join(map(str, err["loc"])),
            )
            for err in exc.errors()
        ]
        raise ErrorList(errors) from None


def all_cases(rules_dir: Path) -> dict[str, list[ProseCase]]:
    """Every rule's prose cases in a rules folder, by rule id (a file naming another rule is an error)."""
    found: dict[str, list[ProseCase]] = {}
    for path in sorted((rules_dir / CASES_FOLDER).glob("*.yaml")):
        cases = load_cases(path)
        if path.stem != cases.rule:
            raise RuleError(f"cases for {cases.rule} must be in {cases.rule}.yaml", path=path, field="rule")
        found[cases.rule] = cases.cases
    return found
