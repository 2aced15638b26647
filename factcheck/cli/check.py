"""`factcheck check`: summaries and drafts against the registry or source texts (CI, pre-commit)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from factcheck.cli.options import (
    handle_errors,
    registry_option,
    report_and_exit,
    report_options,
    rules_option,
)
from factcheck.errors import FactcheckError


@click.command()
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
    curated_only: bool,
) -> None:
    """Check summaries or drafts (text or Markdown) against the claim registry.

    \b
    Exit codes: 0 nothing at or above --fail-on (default major), 1 a finding at or above it,
    2 bad input or usage.
    Example:
      factcheck check examples/inconsistent-summary.md
      factcheck check summary.md --source a.txt --source b.txt --format sarif -o out.sarif
    """
    from factcheck.model import DateInterval, Grade, Precision
    from factcheck.pipeline.run import RunOptions, run
    from factcheck.registry import find_registry
    from factcheck.registry.config import load_config

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
    options = RunOptions(
        root, rules_dir, config, sources=sources, published=date, workers=jobs, curated_only=curated_only
    )
    report_and_exit(
        lambda base: run(files, replace(options, baseline=base)),
        fmt=fmt,
        min_grade=min_grade,
        fail_on=fail_on,
        default_fail_on=Grade.MAJOR,
        config=config,
        output=output,
        baseline=baseline,
        write_baseline=write_baseline,
    )
