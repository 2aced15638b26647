"""The `factcheck` command. Each command parses options, calls the library, prints a format."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from factcheck.config import Config, load_config
from factcheck.errors import FactcheckError
from factcheck.models import Grade

F = TypeVar("F", bound=Callable[..., Any])
GRADES = click.Choice([g.value for g in Grade])
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
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown", "sarif", "junit", "github", "html"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--min-grade",
    type=GRADES,
    default=None,
    help="Show only findings at or above this grade. Default: info, or min-grade in the config.",
)
@click.option(
    "--fail-on", type=GRADES, default=None, help="Exit 1 when a finding at or above this grade exists."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the report to this file (atomically) instead of standard output.",
)
@click.option(
    "--baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Ignore findings recorded in this baseline file (only new findings count).",
)
@click.option(
    "--write-baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Record the current findings' fingerprints in this file, then report as usual.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    help="Worker processes for the engine (0: one per core for large registries).",
)
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
    _emit(FORMATTERS[fmt](shown), output)
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
    from factcheck.config import apply_to_rules
    from factcheck.rules import load_rules

    config = load_config(Path.cwd())
    if rules_dir is None:
        rules_dir = resolve_rules(None, resolve_registry(registry, config), config)
    return apply_to_rules(load_rules(rules_dir), config)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    from factcheck.yamlio import atomic_write_text

    atomic_write_text(output, text)
    click.echo(f"wrote {output}", err=True)


@main.group()
def rules() -> None:
    """List, explain and test the rules."""


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
    """Work with the claim registry."""


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
