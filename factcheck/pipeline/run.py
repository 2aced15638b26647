"""The one pipeline behind `review` and `check`:

    registry (+ --source texts) (+ documents, linked) -> partitions -> engine -> graded findings
    -> suppressions -> Report

`run(None, options)` reviews a whole registry; `run(documents, options)` checks documents against
it and reports only findings about the documents (the registry's own disagreements are review's
business), each pointing at the document's line and quoting the registry side with its source.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

import msgspec

from factcheck.engine.classes import classes_in
from factcheck.engine.runner import Match, RunResult, plan
from factcheck.engine.schedule import run_rules
from factcheck.engine.sweep import Sweep
from factcheck.grade import grade_matches, rule_docs, summarise, suppress
from factcheck.grade.grading import sort_key
from factcheck.link.document import read_document
from factcheck.link.texttables import TablesFailed, TextTables
from factcheck.link.venues import with_venues
from factcheck.model import DateInterval, Finding, Grade, Report, Rule, Side, Tier
from factcheck.model.ids import draft_source, partition_side
from factcheck.pipeline.documents import (
    Checked,
    add_sources,
    blamed_on_sources,
    drafts_date,
    empty_registry,
    quoted_verbatim,
    settled_by_reference,
    weighed_by_sources,
    with_documents,
)
from factcheck.pipeline.introduced import introduced_values
from factcheck.pipeline.places import stated_places
from factcheck.pipeline.reach import Extracted, registry_for_documents
from factcheck.pipeline.textstore import discard
from factcheck.pipeline.verdicts import claim_verdicts
from factcheck.registry import Registry, load_registry
from factcheck.registry.config import Config
from factcheck.registry.standard import STANDARD_RULES
from factcheck.registry.store import STORE_DIR
from factcheck.rules import LoadedRule, load_rules
from factcheck.rules.raised import ENGINE_CRASH, raised_rules
from factcheck.rules.select import apply_to_rules, checks_for, select_rules
from factcheck.yamlio import data_files_kept_in

AUTO_PARALLEL_FACTS = 20_000


class RunOptions(msgspec.Struct, frozen=True):
    """What to run on and how: the registry, rules, extra source texts, suppressions, workers."""

    registry_root: Path | None = None  # None: no registry, only --source texts (check)
    rules_dir: Path | None = None  # default: the config's, else <registry>/rules
    config: Config = msgspec.field(default_factory=Config)
    sources: Sequence[Path] = ()  # --source texts the documents summarise
    published: DateInterval | None = None  # the documents' date for relative dates
    baseline: Path | None = None  # fingerprints to ignore
    waivers: bool = True  # apply the registry's waivers.yaml
    workers: int = 1  # 0: one per core for large registries
    progress: Callable[[int], None] | None = None
    scheduler: str | None = None  # a Dask scheduler address
    curated_only: bool = False  # hide findings between auto-linked candidates (--curated-only)
    rules: Sequence[LoadedRule] | None = None  # these rules instead of a rules folder (prose cases)
    warn: Callable[[str], None] | None = None  # warnings for the user (words that made no valid claim)
    use_cache: bool = True  # read and write the registry's compiled store (FACTCHECK_NO_CACHE: no)


def run(documents: Sequence[Path] | None, options: RunOptions) -> Report:
    """Review the registry (documents None) or check documents against it; grade and suppress.
    With a registry and its cache, the package's data files are taken as parsed before from the
    registry's cache folder (yamlio.data_files_kept_in): no YAML parsing for them once it is warm."""
    folder = (
        options.registry_root / STORE_DIR if options.registry_root is not None and options.use_cache else None
    )
    with data_files_kept_in(folder):
        said: set[str] = set()
        try:
            return _run(documents, msgspec.structs.replace(options, warn=_noted(options.warn, said)))
        except TablesFailed as failed:
            # a tables file that fails a look-up is no tables: the texts are read, each warning
            # given once, and the file goes, to be built again by the next check
            assert options.registry_root is not None  # only a registry's store keeps tables
            if failed.path is not None:
                discard(options.registry_root, failed.path)
            return _run(documents, msgspec.structs.replace(options, warn=_noted(options.warn, said)), False)


def _noted(warn: Callable[[str], None] | None, said: set[str]) -> Callable[[str], None] | None:
    """`warn` for each message not in `said` yet, noted there."""
    if warn is None:
        return None

    def once(message: str) -> None:
        if message not in said:
            said.add(message)
            warn(message)

    return once


def _run(documents: Sequence[Path] | None, options: RunOptions, text_tables: bool = True) -> Report:
    """`run`, the data cache chosen; `text_tables` False: the registry's texts are read, not
    their tables."""
    if documents is None and not options.sources and options.registry_root is not None and options.use_cache:
        streamed = review_from_store(options)
        if streamed is not None:
            return streamed
    docs = [read_document(path, options.published) for path in documents or ()]
    extracted: Extracted = {}  # the documents' candidates, when reaching the registry found them
    tables: TextTables | None = None  # the registry's source texts indexed once (a store's)
    if options.registry_root is None:
        registry = empty_registry(Path.cwd())
    elif documents is not None and not options.sources:
        # only what they can meet; an undated document is dated by its sources first (what it
        # can meet depends on that date)
        reached = registry_for_documents(
            options.registry_root, docs, options.use_cache, extracted, text_tables
        )
        registry, docs, tables = reached.registry, reached.documents, reached.tables
    else:
        registry = load_registry(options.registry_root, options.use_cache)
    undated = (
        drafts_date(docs) if options.sources else None
    )  # what undated --source files are extracted against
    if options.sources:
        registry = add_sources(registry, options.sources, None, options.warn, undated)
    configured = rules_for(options)
    rules = [item for item in select_rules(configured, options.config) if item.on_engine]
    raised = raised_rules(configured)
    focus: frozenset[str] | None = None
    checked: Checked | None = None
    inline: list[suppress.InlineSuppression] = []
    if documents is not None:
        registry, focus, checked = with_documents(registry, docs, options.warn, extracted, tables)
        for doc in docs:
            file = registry.source_file(draft_source(doc.display)) or doc.display
            inline.extend(suppress.parse_inline(doc.text, file))
    registry = with_venues(registry)  # where each statement was made, from its sentence
    result = run_engine(registry, rules, options, focus)
    findings = grade_matches(result.matches, registry, result.classes)
    if options.curated_only:
        findings = [f for f in findings if not f.auto_linked]
    if focus is not None:
        findings = weighed_by_sources(settled_by_reference(findings, registry, focus), registry, focus)
        findings = stated_places(blamed_on_sources(findings, focus), registry, focus)
        if checked is not None and checked.index is not None:
            findings = quoted_verbatim(findings, registry, focus, checked.index)
        if checked is not None:
            findings = introduced_values(findings, registry, checked, rules)
    verdicts = claim_verdicts(registry, focus, checked, findings) if focus and checked else []
    claims = len(registry.claims) if focus is None else sum(1 for c in registry.claims if c.source in focus)
    title = "factcheck review" if documents is None else "factcheck check"
    report = finish_report(title, findings, registry, rules, raised, result, options, inline, focus)
    return report.model_copy(update={"claims": claims, "verdicts": verdicts})


def finish_report(
    title: str,
    findings: list[Finding],
    registry: Registry,
    rules: list[LoadedRule],
    raised: dict[str, Rule],
    result: RunResult,
    options: RunOptions,
    inline: list[suppress.InlineSuppression] | None = None,
    focus: frozenset[str] | None = None,
    claim_counts: dict[str, int] | None = None,
) -> Report:
    """Crash findings added, suppressions applied, sources summarised: the report."""
    crash = raised.get(ENGINE_CRASH)
    if crash is not None:
        findings += [crash_finding(crash, c) for c in result.crashed]
    suppressions = suppressions_for(options, raised)
    suppressions.inline.extend(inline or ())
    outcome = suppress.apply(findings, suppressions)
    docs_used = (
        rule_docs(r.rule for r in rules)
        + outcome.rule_docs()
        + (rule_docs([crash]) if crash is not None and result.crashed else [])
    )
    # made of records built and checked above: constructed, not validated, so a text report never
    # builds the Report validator (the JSON format builds its serializer when it writes)
    return Report.model_construct(
        title=title,
        findings=outcome.kept + outcome.meta,
        sources=summarise(outcome.kept, registry, only=focus, claims=claim_counts),
        claims=sum(claim_counts.values()) if claim_counts is not None else 0,
        rules=docs_used,
        errors=result.errors,
        suppressed=outcome.suppressed,
    )


def review_from_store(options: RunOptions) -> Report | None:
    """Review the registry from its compiled store, streaming partitions (engine.stored); None
    when there is no store (a folder that cannot be written): the caller loads it whole."""
    from factcheck.engine.stored import StoredWork, read_context, review_stored
    from factcheck.registry.loader import check_root, open_store
    from factcheck.registry.store import store_path

    assert options.registry_root is not None
    root = check_root(options.registry_root)
    opened = open_store(root)
    if opened is None:
        load_registry(root)  # verify the YAML and compile the store (dropped at once: the store serves)
        opened = open_store(root)
        if opened is None:
            return None
    try:
        context = read_context(root, opened, store_path(root))
        counts = opened.claims_by_source()
    finally:
        opened.close()
    configured = rules_for(options)
    rules = [item for item in select_rules(configured, options.config) if item.on_engine]
    work = StoredWork(store_path(root), context, rules, graded_partition, prepare=with_venues)
    if options.scheduler is not None:
        from factcheck.engine.distributed import review_on_dask

        streamed = review_on_dask(work, options.scheduler, options.progress)
    else:
        workers = options.workers or (
            (os.cpu_count() or 1) if sum(counts.values()) >= AUTO_PARALLEL_FACTS else 1
        )
        streamed = review_stored(work, workers, options.progress)
    findings = sorted(streamed.findings, key=sort_key)
    if options.curated_only:
        findings = [f for f in findings if not f.auto_linked]
    result = RunResult(errors=streamed.errors, crashed=streamed.crashed)
    registry = context.view([])
    return finish_report(
        "factcheck review",
        findings,
        registry,
        rules,
        raised_rules(configured),
        result,
        options,
        claim_counts=counts,
    )


def graded_partition(
    matches: list[Match], registry: Registry, classes: dict[str, tuple[str, ...]], sweeps: list[Sweep]
) -> list[Finding]:
    """One partition's matches (and swept subjects) graded and grouped (run where the partition ran)."""
    return grade_matches(matches, registry, classes, sweeps)


def rules_for(options: RunOptions) -> list[LoadedRule]:
    """The rules with the configuration applied (switched off ones included): the given ones, or
    those of --rules, else the config's folder, else the registry's rules/, else (no registry, or
    one without a rules/ folder) the standard rules shipped with the package."""
    if options.rules is not None:
        return list(options.rules)
    rules_dir = options.rules_dir or options.config.resolve(options.config.rules)
    if rules_dir is None and options.registry_root is not None and (options.registry_root / "rules").is_dir():
        rules_dir = options.registry_root / "rules"
    return apply_to_rules(load_rules(rules_dir or STANDARD_RULES, checks_for(options.config)), options.config)


def suppressions_for(options: RunOptions, raised: dict[str, Rule]) -> suppress.Suppressions:
    """The registry's waivers (when there is a registry) and the baseline's fingerprints."""
    baseline = suppress.load_baseline(options.baseline) if options.baseline is not None else set()
    if options.registry_root is None or not options.waivers:
        return suppress.Suppressions(baseline=baseline, rules=raised)
    return suppress.Suppressions(
        waivers=suppress.load_waivers(options.registry_root / suppress.WAIVERS_FILE),
        waivers_file=suppress.WAIVERS_FILE,
        baseline=baseline,
        rules=raised,
    )


def run_engine(
    registry: Registry, rules: list[LoadedRule], options: RunOptions, focus: frozenset[str] | None = None
) -> RunResult:
    """Partition, prune and run on the engine: in process, on worker processes, or on Dask."""
    partitions = plan(registry, rules, focus)
    if options.scheduler is not None:
        from factcheck.engine.distributed import run_on_dask

        result = run_on_dask(registry, rules, partitions, options.scheduler, options.progress)
        result.classes = classes_in(partitions)
        return result
    workers = options.workers or auto_workers(partitions)
    return run_rules(registry, rules, partitions, workers=workers, progress=options.progress, focus=focus)


def auto_workers(partitions: list[list[dict[str, str]]]) -> int:
    """One process per core for large registries; in-process below that (forking costs more)."""
    facts = sum(len(p) for p in partitions)
    return (os.cpu_count() or 1) if facts >= AUTO_PARALLEL_FACTS else 1


def crash_finding(rule: Rule, partition: str) -> Finding:
    """An error finding for a partition whose findings are missing."""
    side = Side(claim_id=partition_side(partition), source="engine", tier=Tier.REFERENCE, text=partition)
    return Finding(
        rule_id=rule.id,
        rule_name=rule.name,
        grade=rule.grade,
        outcome="crashed",
        confidence=1.0,
        message=f"the engine crashed twice on the partition of {partition}; its findings are missing",
        sides=[side],
        fingerprint=Finding.make_fingerprint(rule.id, [side.claim_id], [partition]),
    )


def filter_report(report: Report, min_grade: Grade) -> Report:
    """The same report showing only findings at or above `min_grade` (summaries unchanged)."""
    kept = [f for f in report.findings if f.grade.at_least(min_grade)]
    return report.model_copy(update={"findings": kept})


def fails(report: Report, fail_on: Grade) -> bool:
    """True when a finding at or above `fail_on` exists, or the engine reported errors."""
    return bool(report.errors) or any(f.grade.at_least(fail_on) for f in report.findings)
