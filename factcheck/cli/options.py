"""What the commands share: error handling and exit codes, registry/rules/report options, and
writing or printing what a command made."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
import msgspec

from factcheck.cli.environment import environment
from factcheck.errors import FactcheckError, is_damaged_cache

if TYPE_CHECKING:
    from factcheck.model import Grade, Report
    from factcheck.pipeline.run import RunOptions
    from factcheck.registry.config import Config
    from factcheck.rules import LoadedRule

F = TypeVar("F", bound=Callable[..., Any])
# The grade and format names, spelt out here so that `--help` and usage errors need no heavy
# import; tests/test_cli_contracts.py fails when they drift from the Grade enum or FORMATTERS.
GRADE_NAMES = ("critical", "major", "minor", "info")
FORMAT_NAMES = ("text", "json", "markdown", "sarif", "junit", "github", "html")
GRADES = click.Choice(GRADE_NAMES)
EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 1, 2, 3
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a writer whose reader closed


def warn_user(message: str) -> None:
    """A warning line on stderr (the message may quote hostile input, so it is made visible)."""
    from factcheck.report.escape import visible

    click.echo(f"warning: {visible(message)}", err=True)


def handle_errors(command: F) -> F:
    """Turn input errors into a clear message and exit code 2, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _forget_opened_stores()  # in-process callers run many commands: each answers for its own
        try:
            return command(*args, **kwargs)
        except FactcheckError as exc:
            from factcheck.report.escape import visible

            click.echo(f"error: {visible(str(exc))}", err=True)  # may quote hostile input
            sys.exit(EXIT_USAGE)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            # the reader of our output went away (`factcheck check … | head -1`): not a bug; stop
            # quietly with the shell's SIGPIPE status, and point stdout at nothing so the
            # interpreter's own flush at exit does not raise again
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(EXIT_BROKEN_PIPE)
        except Exception as exc:  # a bug in factcheck, not the user's input
            if is_damaged_cache(exc):
                _report_damaged_store(exc)
                sys.exit(EXIT_USAGE)
            if environment().debug:
                raise
            click.echo(
                f"internal error: {type(exc).__name__}: {exc}\n"
                "  this is a bug in factcheck; rerun with FACTCHECK_DEBUG=1 for a traceback",
                err=True,
            )
            _drop_stores_after_a_bug()
            sys.exit(EXIT_INTERNAL)

    return wrapper  # type: ignore[return-value]


def _forget_opened_stores() -> None:
    """Forget the stores earlier commands of this process opened (the store module is looked
    up, not imported: a command that reads no store imports no SQLite)."""
    store = sys.modules.get("factcheck.registry.store")
    if store is not None:
        store.forget_opened()


def _report_damaged_store(exc: BaseException) -> None:
    """Remove the damaged store and say what happened and what to do."""
    from factcheck.registry.store import discard_opened
    from factcheck.report.escape import visible

    removed = discard_opened()
    if removed:
        where = ", ".join(removed)
        hint = "it was removed; run the command again, which rebuilds it from the YAML files"
    else:
        where = "a file under the registry's .factcheck-cache/ folder"
        hint = "remove that folder and run the command again (it is rebuilt from the YAML files)"
    click.echo(
        f"error: the compiled claim store is damaged ({visible(str(exc))}): {visible(where)}\n  hint: {hint}",
        err=True,
    )


def _drop_stores_after_a_bug() -> None:
    """After an internal error, remove the stores this run read, and say so.

    A row damaged inside an intact page (one flipped byte in a claim's JSON) is no SQLite error:
    it fails where the row is decoded, as a validation error like any bug. The store is only a
    cache of the YAML, so removing it costs one rebuild, while keeping a damaged one would fail
    every later run the same way."""
    if "sqlite3" not in sys.modules:  # no store was read
        return
    from factcheck.registry.store import discard_opened
    from factcheck.report.escape import visible

    removed = discard_opened()
    if removed:
        click.echo(
            f"  the compiled claim store this run read ({visible(', '.join(removed))}) was removed in case it"
            " is damaged; the next run rebuilds it from the YAML files",
            err=True,
        )


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
    from factcheck.registry import find_registry

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
            type=click.Choice(FORMAT_NAMES),
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
            "--select",
            metavar="RULES",
            default=None,
            help="Run only these rules: comma-separated ids, id prefixes (FC1, FC10) or names "
            "(quantity.far-apart, quantity). Replaces the configured set.",
        ),
        click.option(
            "--extend-select",
            metavar="RULES",
            default=None,
            help="Run these rules too (same forms as --select), on top of the configured set.",
        ),
        click.option(
            "--ignore",
            metavar="RULES",
            default=None,
            help="Do not run these rules (same forms as --select); wins over --select.",
        ),
        click.option(
            "--color",
            type=click.Choice(["auto", "always", "never"]),
            default="auto",
            show_default=True,
            help="Colour the text format: auto (a terminal, unless NO_COLOR is set), always, never.",
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=0),
            default=0,
            help="Worker processes for the engine (0: one per core for large registries).",
        ),
        click.option(
            "--curated-only",
            is_flag=True,
            help="Hide findings between uncurated candidates linked by automatic frames (auto-linked).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@contextlib.contextmanager
def progress_bar(quiet: bool) -> Iterator[Callable[[int], None] | None]:
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


def configured_rules(registry: Path | None, rules_dir: Path | None) -> list[LoadedRule]:
    """The rules a command works on, with the configuration's disable list and grades applied."""
    from factcheck.registry.config import load_config
    from factcheck.rules import load_rules
    from factcheck.rules.select import apply_to_rules, checks_for

    config = load_config(Path.cwd())
    if rules_dir is None:
        rules_dir = resolve_rules(None, resolve_registry(registry, config), config)
    return apply_to_rules(load_rules(rules_dir, checks_for(config)), config)


def use_config_frames(root: Path) -> None:
    """Add the automatic-frame cues (factcheck.toml `[frames]`) of the configuration in force at
    a registry's root to the table extraction reads, so a registry's own events and count roles
    meet across its sources. Every command passes the registry root, never the current folder:
    `extract --registry X` run elsewhere frames its claims as `check` does."""
    from factcheck.extract.frames import use_registry_frames
    from factcheck.registry.config import load_config

    config = load_config(root)
    use_registry_frames(config.frames.extra() if config.frames is not None else None)


def frames_root(registry: Path | None) -> Path:
    """Where a command without a registry of its own reads `[frames]` from: --registry, else the
    configuration's registry, else the registry at or above the current folder, else the current
    folder."""
    from factcheck.extract.sources import find_registry_root
    from factcheck.registry.config import load_config

    if registry is not None:
        return registry
    config = load_config(Path.cwd())
    return (
        (config.resolve(config.registry) if config.registry else None)
        or find_registry_root(Path.cwd())
        or Path.cwd()
    )


def emit(text: str | Iterable[str], output: Path | None, *, quiet: bool = False, color: bool = False) -> None:
    """To standard output (piece by piece when given pieces), or atomically to a file (a crash
    never leaves half of it). `color`: keep the colour codes the text has even when standard
    output is not a terminal."""
    if output is None:
        for piece in [text] if isinstance(text, str) else text:
            click.echo(piece, nl=False, color=True if color else None)
        return
    from factcheck.safewrite import write_text

    write_text(output, text)  # pieces written as they come: a big report is never one string
    if not quiet:
        click.echo(f"wrote {output}", err=True)


def selected(config: Config, select: str | None, extend_select: str | None, ignore: str | None) -> Config:
    """The configuration with the command line's rule selection on top (flags replace keys)."""

    def items(value: str | None) -> list[str] | None:
        return [v.strip() for v in value.split(",") if v.strip()] if value is not None else None

    update: dict[str, Any] = {}
    if select is not None:
        update["select"] = items(select)
    if extend_select is not None:
        update["extend_select"] = [*config.extend_select, *(items(extend_select) or [])]
    if ignore is not None:
        update["ignore"] = [*config.ignore, *(items(ignore) or [])]
    return config.model_copy(update=update)


def use_color(choice: str, output: Path | None) -> bool:
    """--color: always, never, or auto (standard output is a terminal and NO_COLOR is unset)."""
    if choice != "auto":
        return choice == "always"
    return output is None and sys.stdout.isatty() and not environment().no_color


class Presentation(msgspec.Struct, frozen=True):
    """How a report is shown: format, thresholds, destination, and the text format's options."""

    fmt: str
    min_grade: str | None
    fail_on: str | None
    output: Path | None
    color: str = "auto"
    quiet: bool = False
    statistics: bool = False


def render(report: Report, how: Presentation) -> str | Iterable[str]:
    """The report in its format (--statistics: per-rule counts instead); JSON and text come in
    pieces (a finding, a few thousand table rows), so a big review's report is never one more
    string in memory."""
    from factcheck.report import FORMATTERS
    from factcheck.report.text import format_statistics, text_chunks

    if how.statistics:
        return format_statistics(report)
    if how.fmt == "text":
        return text_chunks(
            report, color=use_color(how.color, how.output), quiet=how.quiet, width=environment().columns
        )
    if how.fmt == "json":
        from factcheck.report.json_format import json_chunks

        return json_chunks(report)
    return FORMATTERS[how.fmt](report)


CI_FORMATS = frozenset({"sarif", "junit", "github"})


def run_and_report(
    documents: Sequence[Path] | None,
    options: RunOptions,
    *,
    how: Presentation,
    default_fail_on: Grade | None,
    baseline: Path | None,
    write_baseline: Path | None,
    given: Sequence[Path] = (),
) -> None:
    """Run the pipeline (review: documents None; check: the documents) with the environment's
    settings and warnings on stderr, then report and exit as report_and_exit does."""
    from factcheck.cli.startup import resume_collector
    from factcheck.pipeline.run import run

    resume_collector()  # the pipeline is imported: start-up is over
    options = msgspec.structs.replace(options, use_cache=environment().use_cache, warn=warn_user)
    report_and_exit(
        lambda base: run(documents, msgspec.structs.replace(options, baseline=base)),
        how=how,
        default_fail_on=default_fail_on,
        config=options.config,
        baseline=baseline,
        write_baseline=write_baseline,
        registry_root=options.registry_root,
        given=given,
    )


def report_and_exit(
    make_report: Callable[[Path | None], Report],
    *,
    how: Presentation,
    default_fail_on: Grade | None,
    config: Config,
    baseline: Path | None,
    write_baseline: Path | None,
    registry_root: Path | None = None,
    given: Sequence[Path] = (),
) -> None:
    """What `review` and `check` do with a report: write a baseline if asked, filter by grade,
    print or write the format, and exit 1 when a finding reaches the --fail-on threshold or the
    engine reported an error (with or without --fail-on: a run with errors vouches for nothing).

    `make_report(baseline)` runs the pipeline with that baseline file (None: no baseline).
    CI formats get paths relative to the repository root (`registry_root` and the `given` files
    say where the report's paths start)."""
    from factcheck.grade import suppress
    from factcheck.model import Grade
    from factcheck.pipeline.run import fails, filter_report

    if write_baseline is not None:
        accepted = [f for f in make_report(None).findings if not suppress.is_meta(f)]
        suppress.write_baseline(write_baseline, accepted, environment(warn=warn_user).lock_timeout)
        if not how.quiet:
            click.echo(f"wrote {len(accepted)} fingerprint(s) to {write_baseline}", err=True)
    report = make_report(baseline)
    threshold = Grade(how.fail_on) if how.fail_on else config.fail_on or default_fail_on
    report.fail_on = threshold
    shown = filter_report(report, Grade(how.min_grade) if how.min_grade else config.min_grade or Grade.INFO)
    if how.fmt in CI_FORMATS and not how.statistics:
        from factcheck.cli.workspace import for_ci  # git and sockets: only for the CI formats

        shown = for_ci(shown, registry_root, given)
    colored = how.fmt == "text" and use_color(how.color, how.output)
    emit(render(shown, how), how.output, quiet=how.quiet, color=colored)
    if report.errors:
        click.echo(f"error: the engine reported {len(report.errors)} error(s); see the report", err=True)
        sys.exit(EXIT_FINDINGS)
    if threshold is not None and fails(report, threshold):
        sys.exit(EXIT_FINDINGS)
