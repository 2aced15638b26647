"""Run a rule's prose cases (rules/cases/<ID>.yaml) through the whole pipeline: the texts are
written to a fresh registry, extracted, linked, run on the engine with that one rule, graded, and
the findings compared with the expected ones exactly (grade, file, line; nothing more, nothing
less). A case whose check function never ran fails: it would prove nothing about the check.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import RuleError
from factcheck.model import Finding
from factcheck.pipeline.examples import counting
from factcheck.pipeline.run import RunOptions, run
from factcheck.registry.scaffold import add_source, init_registry, parse_published
from factcheck.rules import LoadedRule
from factcheck.rules.cases import ExpectedFinding, ProseCase
from factcheck.safewrite import Area, write_text
from factcheck.yamlio import dump_yaml

SUMMARY = "summary"


@dataclass(frozen=True)
class CaseResult:
    """One prose case's outcome: whether it held, and what was found instead when not."""

    rule_id: str
    name: str
    ok: bool
    detail: str
    found: list[ExpectedFinding]


def run_case(item: LoadedRule, case: ProseCase) -> CaseResult:
    """Run one prose case of `item` and compare its findings with the expected ones."""
    with tempfile.TemporaryDirectory(prefix="factcheck-case-") as tmp:
        folder = Path(tmp)
        _write_registry(folder, case)
        sources = []
        for index, source in enumerate(case.sources, 1):
            path = folder / f"source{index}.txt"
            _write_scratch(path, source.text)
            sources.append(path)
        if case.claims:  # the texts are the registry's curated sources, not --source texts
            _curate(folder, case, sources)
            sources = []
        documents = None
        if case.summary is not None:
            documents = [folder / f"{SUMMARY}.md"]
            _write_scratch(documents[0], case.summary)
        published = parse_published(case.published) if case.published else None
        with counting(item) as (counted, count):
            options = RunOptions(folder, sources=sources, rules=[counted], published=published, waivers=False)
            report = run(documents, options)
    found = [_expected(f) for f in report.findings if f.rule_id == item.rule.id]
    return CaseResult(item.rule.id, case.name, *_verdict(case, found, count.calls, report.errors), found)


def _verdict(
    case: ProseCase, found: list[ExpectedFinding], calls: int, errors: list[str]
) -> tuple[bool, str]:
    """(ok, what to say) for a case's findings against the expected ones."""
    if errors:
        return False, "engine errors: " + "; ".join(errors)
    if not calls:
        return False, "the check never ran: nothing in the texts reached it, so the case tests nothing"
    key = [(f.file, f.line, f.grade.value) for f in case.findings]
    got = [(f.file, f.line, f.grade.value) for f in found]
    if sorted(key) == sorted(got):
        return True, f"{len(found)} finding(s) as expected" if found else "no finding, as expected"
    return False, f"expected {_describe(key)}, found {_describe(got)}"


def _describe(items: list[tuple[str, int, str]]) -> str:
    return ", ".join(f"{grade} at {file}:{line}" for file, line, grade in sorted(items)) or "nothing"


def _expected(finding: Finding) -> ExpectedFinding:
    """A finding as the case file writes it: grade, file (summary or sourceN) and line."""
    side = finding.primary_side()
    file = Path(side.file).stem if side is not None and side.file else "?"
    line = side.line if side is not None and side.line else 1
    return ExpectedFinding(grade=finding.grade, file=file, line=line)


def _curate(folder: Path, case: ProseCase, texts: list[Path]) -> None:
    """Register the case's texts as sources and write its claims, each placed on its words."""
    published = parse_published(case.published or "2024-01-01")
    for index, (path, source) in enumerate(zip(texts, case.sources, strict=True), 1):
        add_source(folder, path, published, source_id=f"source{index}", tier=source.tier)
    claims = []
    for number, given in enumerate(case.claims, 1):
        claim = dict(given)
        index = claim.pop("source")
        if not 1 <= index <= len(texts):
            raise RuleError(
                f"claim {number}: there is no source {index}", field=f"claims.{number - 1}.source"
            )
        start = case.sources[index - 1].text.find(claim["text"])
        if start < 0:
            raise RuleError(
                f"claim {number}: “{claim['text']}” is not in source {index}",
                field=f"claims.{number - 1}.text",
            )
        claim.setdefault("id", f"source{index}.c{number}")
        claims.append({**claim, "source": f"source{index}", "span": [start, start + len(claim["text"])]})
    _write_scratch(folder / "claims" / "case.yaml", dump_yaml({"claims": claims}))


def _write_registry(folder: Path, case: ProseCase) -> None:
    """A fresh registry holding the case's subjects and entities (rules come from the caller)."""
    (folder / "rules").mkdir()  # the rules come from the caller: no copy of the standard ones
    init_registry(folder)
    claims = folder / "claims"
    _write_scratch(claims / "subjects.yaml", dump_yaml({"subjects": case.subjects}))
    _write_scratch(claims / "entities.yaml", dump_yaml({"entities": case.entities}))


def _write_scratch(path: Path, text: str) -> None:
    """Write a file of the case's own scratch registry through the guarded writer (every write
    factcheck makes goes through it; this registry is the case's, so every area is allowed)."""
    write_text(path, text, allow=list(Area))
