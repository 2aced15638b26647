"""`factcheck export …`: the registry's checked claims for other tools."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from factcheck.cli.options import (
    emit,
    handle_errors,
    output_option,
    registry_option,
    resolve_registry,
    resolve_rules,
    rules_option,
)
from factcheck.errors import FactcheckError

DEFAULT_AUTHOR = "factcheck"


@click.group()
def export() -> None:
    """Export the registry's checked claims for other tools.

    \b
    Example:
      factcheck export claimreview -o claimreview.json
    """


@export.command("claimreview")
@registry_option
@rules_option
@output_option("Write the JSON-LD to this file (atomically) instead of standard output.")
@click.option(
    "--author",
    default=None,
    help=f"Who publishes the reviews. Default: author in the config file, else '{DEFAULT_AUTHOR}'.",
)
@click.option(
    "--url",
    default=None,
    help="Address of the page that publishes the reviews; each review's url is URL#<claim id> "
    "(required by Google: without it the reviews have no url, and a warning says so).",
)
@handle_errors
def export_claimreview(
    registry: Path | None, rules_dir: Path | None, output: Path | None, author: str | None, url: str | None
) -> None:
    """Export findings as schema.org ClaimReview JSON-LD: one review per news claim they count against.

    Ratings run from 1 (False, a critical finding) to 5 (Correct); see docs/claimreview.md.

    \b
    Example:
      factcheck export claimreview -o claimreview.json --author "Example Desk"
      factcheck export claimreview --url https://example.org/checks/putin-trip
    """
    from factcheck.model import WEB_ADDRESS
    from factcheck.pipeline.run import RunOptions, run
    from factcheck.registry import load_registry
    from factcheck.registry.config import load_config
    from factcheck.report.claimreview import claim_reviews

    if url is not None and (not WEB_ADDRESS.match(url) or "#" in url):
        raise FactcheckError(
            f"--url '{url}' is not a web address for a page", hint="give an http:// or https:// URL without #"
        )
    if url is None:
        click.echo(
            "warning: no --url: the reviews have no `url`, which Google's ClaimReview markup requires; "
            "pass --url PAGE (the page that publishes them) to give each review PAGE#<claim id>",
            err=True,
        )

    config = load_config(Path.cwd())
    root = resolve_registry(registry, config)
    report = run(None, RunOptions(root, resolve_rules(rules_dir, root, config), config))
    reviews = claim_reviews(
        load_registry(root),
        report,
        author=author or config.author or DEFAULT_AUTHOR,
        today=dt.date.today(),
        url=url,
    )
    # "<" escaped as \u003c (still the same JSON) so the output can be pasted into a
    # <script type="application/ld+json"> tag even when a claim's text contains "</script>"
    text = json.dumps(reviews, indent=2, ensure_ascii=False).replace("<", "\\u003c")
    emit(text + "\n", output)
