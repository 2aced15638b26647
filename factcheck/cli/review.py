"""`factcheck review`: the graded discrepancy report of a whole registry."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from factcheck.cli.options import (
    Presentation,
    handle_errors,
    progress_bar,
    registry_option,
    report_and_exit,
    report_options,
    resolve_registry,
    resolve_rules,
    rules_option,
    selected,
)


@click.command()
@registry_option
@rules_option
@report_options
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Run on a Dask cluster (tcp://host:8786), or 'local[:N]' for a local one.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary: the findings only.")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule made, not the findings.")
@handle_errors
def review(
    registry: Path | None,
    rules_dir: Path | None,
    baseline: Path | None,
    write_baseline: Path | None,
    jobs: int,
    curated_only: bool,
    scheduler: str | None,
    quiet: bool,
    statistics: bool,
    select: str | None,
    extend_select: str | None,
    ignore: str | None,
    **shown: Any,
) -> None:
    """Review the registry: run every rule and print the graded discrepancy report.

    \b
    Exit codes: 0 ok, 1 a finding at or above --fail-on or an engine error, 2 bad input or usage.
    Example:
      factcheck review --fail-on major --format json -o report.json
      factcheck review --write-baseline baseline.json   # adopt: accept what is there now
      factcheck review --baseline baseline.json --fail-on major
    """
    from factcheck.pipeline.run import RunOptions, run
    from factcheck.registry.config import load_config

    if scheduler is not None:
        from factcheck.engine.distributed import check_scheduler

        scheduler = check_scheduler(scheduler)  # before minutes of loading, not after
    config = selected(load_config(Path.cwd()), select, extend_select, ignore)
    root = resolve_registry(registry, config)
    rules_path = resolve_rules(rules_dir, root, config)
    with progress_bar(quiet) as progress:
        options = RunOptions(
            root,
            rules_path,
            config,
            workers=jobs,
            progress=progress,
            scheduler=scheduler,
            curated_only=curated_only,
        )
        report_and_exit(
            lambda base: run(None, replace(options, baseline=base)),
            how=Presentation(quiet=quiet, statistics=statistics, **shown),
            default_fail_on=None,
            config=config,
            baseline=baseline,
            write_baseline=write_baseline,
            registry_root=root,
        )
