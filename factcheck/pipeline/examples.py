"""Run a rule's own `flag` and `pass` examples through the real engine.

Each example gives, per pattern name, the fields of a claim (or of an entity); the source, id,
text and subjects are filled in; `params:` may override the rule's parameters for that example
(as sqlfluff's per-case `configs`). `factcheck rules test` and pytest run the same cases.

An example passes only if the rule's check function actually ran on it: a pass example that
the engine match already excludes proves nothing about the check, and fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
from pydantic import ValidationError

from factcheck.engine.schedule import run_rules
from factcheck.errors import RuleError
from factcheck.grade import grade_matches
from factcheck.model import (
    SUBJECT_FIELDS,
    Citation,
    Claim,
    Entity,
    Finding,
    Grade,
    LinkNote,
    Source,
    Subject,
    Tier,
)
from factcheck.model.adapters import claim_adapter
from factcheck.model.ids import example_source
from factcheck.registry import Registry
from factcheck.rules import LoadedRule
from factcheck.rules.checks import CheckInput, Verdict


@dataclass(frozen=True)
class ExampleResult:
    """One example's outcome."""

    rule_id: str
    kind: str  # "flag" or "pass"
    index: int
    ok: bool
    detail: str
    findings: list[Finding]


def example_registry(item: LoadedRule, example: dict[str, Any]) -> Registry:
    """A small registry holding just the example's claims and entities."""
    sources: dict[str, Source] = {}
    entities: dict[str, Entity] = {}
    subjects: dict[str, Subject] = {}
    claims: list[Claim] = []
    links: dict[str, LinkNote] = {}
    for name, spec in item.rule.match.items():
        fields = dict(example.get(name) or {})
        if not fields:
            raise RuleError(f"example gives nothing for pattern '{name}'", path=item.path, field="examples")
        try:
            if spec.fact == "entity":
                entity = Entity.model_validate(fields)
                entities[entity.id] = entity
                continue
            tier = Tier(fields.pop("tier", "news"))
            link = fields.pop("link", None)
            source_id = example_source(name)
            sources[source_id] = Source(
                id=source_id, tier=tier, citation=Citation(publisher="example", title=source_id)
            )
            fields.setdefault("kind", spec.where.get("kind"))
            fields.setdefault("id", f"{name}")
            fields.setdefault("source", source_id)
            fields.setdefault("text", "example")
            claim = claim_adapter().validate_python(fields)
        except (ValidationError, ValueError) as exc:
            raise RuleError(
                f"example for pattern '{name}' is not a valid claim: {exc}",
                path=item.path,
                field="examples",
            ) from None
        claims.append(claim)
        if link:
            links[claim.id] = LinkNote(link)
        for field, kind in SUBJECT_FIELDS[claim.kind]:
            ref = getattr(claim, field)
            if ref is not None:
                subjects[ref] = Subject(id=ref, kind=kind, description="example")
    return Registry(Path("."), sources, {}, entities, subjects, claims, {}, links)


@dataclass
class CallCount:
    """How many times a check function ran."""

    calls: int = 0


@contextmanager
def counting(
    item: LoadedRule, params: dict[str, Any] | None = None
) -> Iterator[tuple[LoadedRule, CallCount]]:
    """`item`, switched on, with its check wrapped to count calls (and example params applied)."""
    spec = item.spec
    if spec is None:
        raise RuleError("this rule is raised by factcheck itself; it has no examples", path=item.path)
    count = CallCount()

    def counted(data: CheckInput) -> Verdict | None:
        count.calls += 1
        return spec.function(data)

    merged = dict(item.params)
    if params:
        try:
            merged = spec.params.model_validate({**item.rule.params, **params}).model_dump()
        except ValidationError as exc:
            raise RuleError(f"example params are invalid: {exc}", path=item.path, field="examples") from None
    yield (
        LoadedRule(
            item.rule.model_copy(update={"enabled": True}),
            item.path,
            item.shape,
            msgspec.structs.replace(spec, function=counted),
            merged,
        ),
        count,
    )


def run_example(item: LoadedRule, kind: str, index: int, example: dict[str, Any]) -> ExampleResult:
    """Run one example through the real engine and say whether the rule behaved as promised."""
    with counting(item, example.get("params")) as (item, count):
        registry = example_registry(item, example)
        result = run_rules(registry, [item])
    findings = grade_matches(result.matches, registry)
    if result.errors:
        return ExampleResult(item.rule.id, kind, index, False, "; ".join(result.errors), findings)
    if not count.calls:
        detail = "the check never ran: the engine match excluded the example, so it tests nothing"
        return ExampleResult(item.rule.id, kind, index, False, detail, findings)
    if kind == "pass":
        ok = not findings
        detail = "no finding" if ok else f"fired: {findings[0].message}"
    else:
        expected = Grade(example["expect"]) if example.get("expect") else item.rule.grade
        grades = [f.grade for f in findings]
        ok = expected in grades
        detail = (
            f"{expected.value}: {findings[0].message}"
            if ok
            else f"expected a {expected.value} finding, got {[g.value for g in grades] or 'none'}"
        )
    return ExampleResult(item.rule.id, kind, index, ok, detail, findings)


def run_examples(item: LoadedRule) -> list[ExampleResult]:
    """Every flag and pass example of one rule."""
    results = []
    for kind, examples in (("flag", item.rule.flag_examples), ("pass", item.rule.pass_examples)):
        for index, example in enumerate(examples):
            results.append(run_example(item, kind, index, example))
    return results
