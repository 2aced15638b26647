"""`factcheck check`: summaries and drafts against the registry or source texts (CI, pre-commit)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from factcheck.cli.options import (
    Presentation,
    handle_errors,
    registry_option,
    report_options,
    rules_option,
    run_and_report,
    selected,
    use_config_frames,
    warn_user,
)
from factcheck.errors import FactcheckError


@click.command()
@click.argument("files", nargs=-1, required=True)
@registry_option
@rules_option
@click.option(
    "--source",
    "sources",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="A source text the documents summarise; repeatable. The documents are checked against "
    "these texts alone, unless --registry is given too (a registry in a folder above is not used). "
    "Its publication day, for its 'today' or 'on Monday': front matter `date: YYYY-MM-DD` "
    "(`published:` wins over `date:`; a month alone or any other value is bad input, exit 2: "
    "leave `date:` out for an article known only by its month).",
)
@report_options
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="The documents' date (YYYY-MM-DD) for relative dates; else front matter `date:`.",
)
@click.option("-q", "--quiet", is_flag=True, help="Print the findings only: no summary, no messages.")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule made, not the findings.")
@handle_errors
def check(
    files: tuple[str, ...],
    registry: Path | None,
    rules_dir: Path | None,
    sources: tuple[Path, ...],
    published: Any,
    quiet: bool,
    statistics: bool,
    baseline: Path | None,
    write_baseline: Path | None,
    jobs: int,
    curated_only: bool,
    select: str | None,
    extend_select: str | None,
    ignore: str | None,
    **shown: Any,
) -> None:
    """Check summaries or drafts (text or Markdown) against the claim registry.

    FILES are files, folders (searched for .md and .txt files, skipping what .gitignore
    ignores), glob patterns, or - for standard input. Without --registry, the registry is found
    from the first file's folder upward, else from the current folder.

    \b
    Exit codes: 0 nothing at or above --fail-on (default major), 1 a finding at or above it,
    2 bad input or usage.
    Example:
      factcheck check examples/inconsistent-summary.md
      factcheck check drafts/ --select FC1,FC2 --statistics
      cat draft.md | factcheck check - --format github
      factcheck check summary.md --source a.txt --source b.txt --format sarif -o out.sarif
    """
    from factcheck.cli.inputs import expand
    from factcheck.model import DateInterval, Grade, Precision
    from factcheck.pipeline.run import RunOptions
    from factcheck.registry.config import load_config

    if registry is not None and not registry.is_dir():
        raise FactcheckError("registry folder not found", path=registry)
    documents = expand(files)
    start = _start_folder(documents)
    config = selected(load_config(start), select, extend_select, ignore)
    root = _registry_root(registry, config, start, bool(sources))
    # the registry's [frames] cues, read from its root as `extract` reads them; with --source
    # texts and no registry, the summary folder's configuration
    use_config_frames(root or start)
    date = None
    if published is not None:
        day = published.date()
        date = DateInterval(start=day, end=day, precision=Precision.DAY, basis="--published")
    options = RunOptions(
        root, rules_dir, config, sources=sources, published=date, workers=jobs, curated_only=curated_only
    )
    run_and_report(
        documents,
        options,
        how=Presentation(quiet=quiet, statistics=statistics, **shown),
        default_fail_on=Grade.MAJOR,
        baseline=baseline,
        write_baseline=write_baseline,
        given=[*documents, *sources],
    )


def _start_folder(documents: list[Path]) -> Path:
    """Where configuration and the registry are looked for: the first file's folder (so a
    pre-commit hook run from the repository root finds a registry in a subfolder)."""
    first = next((d for d in documents if d.as_posix() != "-"), None)
    return first.resolve().parent if first is not None else Path.cwd()


def _registry_above(folder: Path) -> Path | None:
    """The nearest registry at or above `folder`, or None."""
    from factcheck.registry import find_registry

    try:
        return find_registry(folder)
    except FactcheckError:
        return None


def _registry_root(registry: Path | None, config: Any, start: Path, has_sources: bool) -> Path | None:
    """--registry; else, with --source texts, none (the texts are the registry: a summary kept in
    a repository that happens to hold another registry is still checked against its sources);
    else the config's, else the nearest registry above `start` or the current folder."""
    from factcheck.registry import find_registry

    if registry is None and has_sources:
        return None
    root: Path | None = registry or (config.resolve(config.registry) if config.registry else None)
    if root is None:
        found = [_registry_above(folder) for folder in dict.fromkeys([start, Path.cwd().resolve()])]
        if len(found) == 2 and None not in found and found[0] != found[1]:
            # the document's own registry wins (a pre-commit hook runs from the repository root),
            # but someone working in another registry must see which one their text met
            warn_user(
                f"checking against the registry at {found[0]} (the document's folder), not the one "
                f"at {found[1]} (the current folder); pass --registry to choose"
            )
        for candidate in found:
            if candidate is not None:
                return candidate
        if not has_sources:
            return find_registry(Path.cwd())  # raises the usual "no registry found" error
        return None
    if not root.is_dir():
        raise FactcheckError("registry folder not found", path=root)
    return root
