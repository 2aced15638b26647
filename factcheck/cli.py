"""The `factcheck` command. Each command parses options, calls the library, prints a format."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    from factcheck.config import Config

F = TypeVar("F", bound=Callable[..., Any])
# The grade names, spelt out here so that `--help` and usage errors need no heavy import.
GRADES = click.Choice(["critical", "major", "minor", "info"])
EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 1, 2, 3


def handle_errors(command: F) -> F:
    """Turn input errors into a clear message and exit code 2, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FactcheckError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_USAGE)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except Exception as exc:  # a bug in factcheck, not the user's input
            if os.environ.get("FACTCHECK_DEBUG"):
                raise
            click.echo(
                f"internal error: {type(exc).__name__}: {exc}\n"
                "  this is a bug in factcheck; rerun with FACTCHECK_DEBUG=1 for a traceback",
                err=True,
            )
            sys.exit(EXIT_INTERNAL)

    return wrapper  # type: ignore[return-value]


def registry_option(command: F) -> F:
    """--registry PATH, defaulting to the nearest registry at or above the current folder."""
    return click.option(
        "--registry",
        "registry",
        type=click.Path(path_type=Path, file_okay=False),
        help="Registry root (holds seeds/sources.yaml and claims/). Default: found from the current folder.",
    )(command)


def rules_option(command: F) -> F:
    """--rules PATH, defaulting to <registry>/rules."""
    return click.option(
        "--rules",
        "rules_dir",
        type=click.Path(path_type=Path, file_okay=False),
        help="Folder of rule files. Default: <registry>/rules.",
    )(command)


def resolve_registry(registry: Path | None, config: Config | None = None) -> Path:
    """The registry root to use: the flag, else the config file's, else found from the current folder."""
    from factcheck.review import find_registry

    registry = registry or (config.resolve(config.registry) if config else None)
    if registry is not None:
        if not registry.is_dir():
            raise FactcheckError("registry folder not found", path=registry)
        return registry
    return find_registry(Path.cwd())


def resolve_rules(rules_dir: Path | None, root: Path, config: Config | None = None) -> Path:
    """The rules folder: the flag, else the config file's, else <registry>/rules."""
    return rules_dir or (config.resolve(config.rules) if config else None) or root / "rules"


def output_option(help_text: str) -> Callable[[F], F]:
    """-o/--output FILE: where a command writes what it makes (see `emit`)."""
    return click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help=help_text)


def report_options(command: F) -> F:
    """Options every reporting command shares: format, thresholds, output, baselines, workers."""
    options = [
        click.option(
            "--format",
            "fmt",
            default="text",
            show_default=True,
            help="Output format.",
            type=click.Choice(["text", "json", "markdown", "sarif", "junit", "github", "html"]),
        ),
        click.option(
            "--min-grade",
            type=GRADES,
            default=None,
            help="Show only findings at or above this grade. Default: info, or the config's.",
        ),
        click.option(
            "--fail-on",
            type=GRADES,
            default=None,
            help="Exit 1 when a finding at or above this grade exists.",
        ),
        output_option("Write the report to this file (atomically) instead of standard output."),
        click.option(
            "--baseline",
            type=click.Path(path_type=Path, dir_okay=False),
            help="Ignore findings recorded in this baseline file (only new findings count).",
        ),
        click.option(
            "--write-baseline",
            type=click.Path(path_type=Path, dir_okay=False),
            help="Record the current findings' fingerprints in this file, then report as usual.",
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=0),
            default=0,
            help="Worker processes for the engine (0: one per core for large registries).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck")
def main() -> None:
    """factcheck: a registry of typed claims, hand-written rules, and a graded discrepancy report.

    \b
    Example:
      factcheck review                 # graded report of the bundled registry
      factcheck review --format markdown --min-grade major
    """


@main.command()
@registry_option
@rules_option
@report_options
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Run on a Dask cluster (tcp://host:8786), or 'local[:N]' for a local one.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@handle_errors
def review(
    registry: Path | None,
    rules_dir: Path | None,
    fmt: str,
    min_grade: str | None,
    fail_on: str | None,
    output: Path | None,
    baseline: Path | None,
    write_baseline: Path | None,
    jobs: int,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Review the registry: run every rule and print the graded discrepancy report.

    \b
    Exit codes: 0 ok, 1 a finding at or above --fail-on, 2 bad input or usage.
    Example:
      factcheck review --fail-on major --format json -o report.json
      factcheck review --write-baseline baseline.json   # adopt: accept what is there now
      factcheck review --baseline baseline.json --fail-on major
    """
    from factcheck import suppress
    from factcheck.config import load_config
    from factcheck.models import Grade
    from factcheck.report import FORMATTERS
    from factcheck.review import RunOptions, fails, filter_report, registry_suppressions
    from factcheck.review import review as run_review

    config = load_config(Path.cwd())
    root = resolve_registry(registry, config)
    rules_path = resolve_rules(rules_dir, root, config)
    with _progress(quiet) as progress:
        options = RunOptions(workers=jobs, progress=progress, scheduler=scheduler)
        if write_baseline is not None:
            current = run_review(root, rules_path, registry_suppressions(root), config, options).findings
            accepted = [f for f in current if not suppress.is_meta(f)]
            suppress.write_baseline(write_baseline, accepted)
            click.echo(f"wrote {len(accepted)} fingerprint(s) to {write_baseline}", err=True)
        report = run_review(root, rules_path, registry_suppressions(root, baseline), config, options)
    threshold = Grade(fail_on) if fail_on else config.fail_on
    report.fail_on = threshold
    shown = filter_report(report, Grade(min_grade) if min_grade else config.min_grade or Grade.INFO)
    emit(FORMATTERS[fmt](shown), output)
    if threshold is not None and fails(report, threshold):
        sys.exit(EXIT_FINDINGS)


@contextlib.contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr for long reviews; none when quiet or stderr is not a terminal."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    bar: Any = None

    def advance(done: int) -> None:
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=None, label="partitions", file=sys.stderr, show_pos=True)
            bar.__enter__()
        bar.update(done)

    try:
        yield advance
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)


def _load_rules_for(registry: Path | None, rules_dir: Path | None) -> list[Any]:
    """The rules a command works on, with the configuration's disable list and grades applied."""
    from factcheck.config import apply_to_rules, load_config
    from factcheck.rules import load_rules

    config = load_config(Path.cwd())
    if rules_dir is None:
        rules_dir = resolve_rules(None, resolve_registry(registry, config), config)
    return apply_to_rules(load_rules(rules_dir), config)


def emit(text: str, output: Path | None) -> None:
    """To standard output, or atomically to a file (a crash never leaves half of it)."""
    if output is None:
        click.echo(text, nl=False)
        return
    from factcheck.registry import refuse_curated
    from factcheck.yamlio import atomic_write_text

    refuse_curated(output)
    atomic_write_text(output, text)
    click.echo(f"wrote {output}", err=True)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@registry_option
@rules_option
@click.option(
    "--source",
    "sources",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="A source text the documents summarise; repeatable. Without a registry, the "
    "registry is built from these on the fly.",
)
@report_options
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="The documents' date (YYYY-MM-DD) for relative dates; else front matter `date:`.",
)
@handle_errors
def check(
    files: tuple[Path, ...],
    registry: Path | None,
    rules_dir: Path | None,
    sources: tuple[Path, ...],
    fail_on: str | None,
    min_grade: str | None,
    fmt: str,
    published: Any,
    baseline: Path | None,
    write_baseline: Path | None,
    output: Path | None,
    jobs: int,
) -> None:
    """Check summaries or drafts (text or Markdown) against the claim registry.

    \b
    Exit codes: 0 nothing at or above --fail-on (default major), 1 a finding at or above it,
    2 bad input or usage.
    Example:
      factcheck check examples/inconsistent-summary.md
      factcheck check summary.md --source a.txt --source b.txt --format sarif -o out.sarif
    """
    from factcheck import suppress
    from factcheck.check import check_documents
    from factcheck.config import load_config
    from factcheck.models import DateInterval, Grade, Precision
    from factcheck.report import FORMATTERS
    from factcheck.review import RunOptions, fails, filter_report, find_registry

    config = load_config(Path.cwd())
    root = registry or (config.resolve(config.registry) if config.registry else None)
    if root is None:
        try:
            root = find_registry(Path.cwd())
        except FactcheckError:
            if not sources:
                raise
    if root is not None and not root.is_dir():
        raise FactcheckError("registry folder not found", path=root)
    date = None
    if published is not None:
        day = published.date()
        date = DateInterval(start=day, end=day, precision=Precision.DAY, basis="--published")
    options = RunOptions(workers=jobs)
    args = (list(files), root, list(sources), rules_dir, config, options)
    if write_baseline is not None:
        current = check_documents(*args, published=date).findings
        accepted = [f for f in current if not suppress.is_meta(f)]
        suppress.write_baseline(write_baseline, accepted)
        click.echo(f"wrote {len(accepted)} fingerprint(s) to {write_baseline}", err=True)
    report = check_documents(*args, baseline=baseline, published=date)
    threshold = Grade(fail_on) if fail_on else config.fail_on or Grade.MAJOR
    report.fail_on = threshold
    shown = filter_report(report, Grade(min_grade) if min_grade else config.min_grade or Grade.INFO)
    emit(FORMATTERS[fmt](shown), output)
    if fails(report, threshold):
        sys.exit(EXIT_FINDINGS)


@main.command()
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@handle_errors
def init(folder: Path) -> None:
    """Start a registry for a new story in FOLDER (existing files are kept).

    \b
    Example:
      factcheck init my-story && cd my-story
      factcheck sources add ~/article-1.txt --published 2024-05-01 --outlet "Daily News"
    """
    from factcheck.scaffold import init_registry

    result = init_registry(folder)
    for path in result.created:
        click.echo(f"created {path}")
    for path in result.kept:
        click.echo(f"kept    {path} (already there)")
    click.echo(
        "\nNext steps:\n"
        f"  cd {folder}\n"
        "  factcheck sources add ARTICLE.txt --published YYYY-MM-DD [--outlet NAME] [--tier news|reference]\n"
        "  factcheck extract seeds/ARTICLE.txt --write claims/ARTICLE.yaml   # candidate claims to curate\n"
        "  factcheck claims validate\n"
        "  factcheck review --format html -o report.html"
    )


@main.group()
def sources() -> None:
    """Manage the registry's sources.

    \b
    Example:
      factcheck sources add article.txt --published 2022-06-26 --outlet Reuters
    """


@sources.command("add")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--published",
    required=True,
    help="Publication date: YYYY-MM-DD, YYYY-MM, YYYY, or START..END for a range.",
)
@click.option("--outlet", help="Who published it.")
@click.option("--title", help="Its title (default: its first line).")
@click.option("--tier", type=click.Choice(["news", "reference"]), default="news", show_default=True)
@click.option("--id", "source_id", help="Source id (default: from the file name).")
@click.option("--language", default="en", show_default=True)
@registry_option
@handle_errors
def sources_add(
    file: Path,
    published: str,
    outlet: str | None,
    title: str | None,
    tier: str,
    source_id: str | None,
    language: str,
    registry: Path | None,
) -> None:
    """Add a source text to the registry: copied into seeds/ and listed in seeds/sources.yaml.

    \b
    Example:
      factcheck sources add article.txt --published 2022-06-26 --outlet Reuters
      factcheck sources add report.txt --published 2022-06 --tier reference --id un-report
    """
    from factcheck.config import load_config
    from factcheck.models import Tier
    from factcheck.scaffold import add_source, parse_published

    root = resolve_registry(registry, load_config(Path.cwd()))
    source = add_source(
        root,
        file,
        parse_published(published),
        source_id=source_id,
        title=title,
        outlet=outlet,
        tier=Tier(tier),
        language=language,
    )
    click.echo(f"added source '{source.id}' ({source.file}) to {root / 'seeds' / 'sources.yaml'}")
    click.echo(f"next: factcheck extract seeds/{source.file} --write claims/{source.id}.yaml")


@main.group()
def rules() -> None:
    """List, explain and test the rules.

    \b
    Example:
      factcheck rules list
      factcheck rules explain FC101
    """


@rules.command("list")
@registry_option
@rules_option
@handle_errors
def rules_list(registry: Path | None, rules_dir: Path | None) -> None:
    """List every rule: id, name, grade, summary.

    \b
    Example:
      factcheck rules list
    """
    from tabulate import tabulate

    items = _load_rules_for(registry, rules_dir)
    rows = [[i.rule.id, i.rule.name, i.rule.grade.value, i.rule.check, i.rule.summary] for i in items]
    click.echo(tabulate(rows, headers=["id", "name", "grade", "check", "summary"], tablefmt="simple"))


@rules.command("explain")
@click.argument("rule_id")
@registry_option
@rules_option
@handle_errors
def rules_explain(rule_id: str, registry: Path | None, rules_dir: Path | None) -> None:
    """Explain one rule: summary, rationale, grade, parameters and examples.

    \b
    Example:
      factcheck rules explain FC101
    """
    from factcheck.checks import CHECKS

    items = _load_rules_for(registry, rules_dir)
    found = [i for i in items if rule_id in (i.rule.id, i.rule.name)]
    if not found:
        known = ", ".join(i.rule.id for i in items)
        raise FactcheckError(f"no rule '{rule_id}'", hint=f"known rules: {known}")
    rule = found[0].rule
    spec = CHECKS[rule.check]
    params = {**spec.params, **rule.params}
    lines = [
        f"{rule.id} {rule.name} [{rule.grade.value}]",
        "",
        rule.summary,
        "",
        "Why:",
        textwrap.indent(rule.rationale.strip(), "  "),
        "",
        f"Check: {rule.check} — {spec.doc}",
        "Parameters: " + (", ".join(f"{k}={v}" for k, v in params.items()) or "none"),
    ]
    if rule.outcomes:
        lines.append("Grades by outcome: " + ", ".join(f"{k} → {v.value}" for k, v in rule.outcomes.items()))
    for kind, examples in (("Flags", rule.examples.flag), ("Passes", rule.examples.pass_)):
        lines.append(f"\n{kind}:")
        for example in examples:
            texts = [
                f"“{v.get('text', v.get('canonical', ''))}”"
                for k, v in example.items()
                if isinstance(v, dict)
            ]
            note = f"  ({example['note']})" if example.get("note") else ""
            lines.append("  - " + " vs ".join(texts) + note)
    click.echo("\n".join(lines))


@rules.command("test")
@registry_option
@rules_option
@handle_errors
def rules_test(registry: Path | None, rules_dir: Path | None) -> None:
    """Run every rule's flag and pass examples through the real engine.

    \b
    Example:
      factcheck rules test
    """
    from factcheck.examples import run_examples

    items = _load_rules_for(registry, rules_dir)
    failed = passed = 0
    for item in items:
        for result in run_examples(item):
            mark = "ok  " if result.ok else "FAIL"
            click.echo(f"{mark} {result.rule_id} {result.kind}[{result.index}]: {result.detail}")
            passed, failed = (passed + 1, failed) if result.ok else (passed, failed + 1)
    click.echo(f"\n{passed} passed, {failed} failed")
    if failed:
        sys.exit(EXIT_FINDINGS)


@main.group()
def claims() -> None:
    """Work with the claim registry.

    \b
    Example:
      factcheck claims validate --registry .
    """


@claims.command("validate")
@registry_option
@handle_errors
def claims_validate(registry: Path | None) -> None:
    """Validate the registry: schema, references, and every span against its source text.

    \b
    Example:
      factcheck claims validate --registry .
    """
    from collections import Counter

    from factcheck.registry import load_registry

    loaded = load_registry(resolve_registry(registry))
    kinds = Counter(c.kind for c in loaded.claims)
    click.echo(
        f"ok: {len(loaded.claims)} claims ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}), "
        f"{len(loaded.sources)} sources, {len(loaded.entities)} entities, {len(loaded.subjects)} subjects"
    )


# last: factcheck.cli_export imports `main` and `rules` from this module
from factcheck.cli_export import export as _export  # noqa: E402

main.add_command(_export)
from factcheck.cli_extract import extract as _extract  # noqa: E402

main.add_command(_extract)
