"""`factcheck export …` and `factcheck rules docs`: documents made from the registry and the rules.

factcheck/cli.py attaches the `export` group at its very end, after `main` and `rules` exist, so
importing them here does not form a cycle that fails.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from factcheck.cli import (
    emit,
    handle_errors,
    output_option,
    registry_option,
    resolve_registry,
    resolve_rules,
    rules,
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
    help="Address of the page that publishes the reviews; each review's url is URL#<claim id>.",
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
    from factcheck.export.claimreview import claim_reviews
    from factcheck.registry import load_registry
    from factcheck.review import registry_suppressions, review

    if url is not None and not url.startswith(("https://", "http://")):
        raise FactcheckError(f"--url '{url}' is not a web address", hint="give an http:// or https:// URL")
    from factcheck.config import load_config

    config = load_config(Path.cwd())
    root = resolve_registry(registry, config)
    report = review(root, resolve_rules(rules_dir, root, config), registry_suppressions(root), config)
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


def _rules_group() -> click.Group:
    """The `factcheck rules` group; a function so that mypy reads it after cli.py (an import cycle)."""
    return rules


@_rules_group().command("docs")
@registry_option
@rules_option
@output_option("Write the page to this file (atomically), e.g. docs/rules.md. Default: standard output.")
@handle_errors
def rules_docs(registry: Path | None, rules_dir: Path | None, output: Path | None) -> None:
    """Generate the rules reference (Markdown) from the rule files.

    The page describes the rule files as written: the config file's disable list and grade
    overrides are local choices and are not applied.

    \b
    Example:
      factcheck rules docs -o docs/rules.md
    """
    from factcheck.config import load_config
    from factcheck.docs import rules_markdown
    from factcheck.rules import load_rules

    if rules_dir is None:
        config = load_config(Path.cwd())
        rules_dir = resolve_rules(None, resolve_registry(registry, config), config)
    emit(rules_markdown(item.rule for item in load_rules(rules_dir)), output)
