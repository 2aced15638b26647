"""`factcheck init`, `factcheck sources …` and `factcheck claims …`: start a registry, add sources, validate it."""

from __future__ import annotations

from pathlib import Path

import click

from factcheck.cli.options import handle_errors, registry_option, resolve_registry


@click.command()
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@handle_errors
def init(folder: Path) -> None:
    """Start a registry for a new story in FOLDER (existing files are kept).

    \b
    Example:
      factcheck init my-story && cd my-story
      factcheck sources add ~/article-1.txt --published 2024-05-01 --outlet "Daily News"
    """
    from factcheck.registry.scaffold import init_registry

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


@click.group()
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
    help="Publication date: YYYY-MM-DD, YYYY-MM, YYYY, START..END for a range, or a time with its "
    "zone (2013-07-22T18:00+08:00).",
)
@click.option("--outlet", help="Who published it.")
@click.option("--url", help="Where it is published (http or https); ClaimReview and the HTML report show it.")
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
    url: str | None,
    title: str | None,
    tier: str,
    source_id: str | None,
    language: str,
    registry: Path | None,
) -> None:
    """Add a source text to the registry: copied into seeds/ and listed in seeds/sources.yaml.

    \b
    Example:
      factcheck sources add article.txt --published 2022-06-26 --outlet Reuters \\
          --url https://example.org/news/putin-trip
      factcheck sources add report.txt --published 2022-06 --tier reference --id un-report
    """
    from factcheck.model import Tier
    from factcheck.registry.config import load_config
    from factcheck.registry.scaffold import add_source, parse_published, parse_published_at

    root = resolve_registry(registry, load_config(Path.cwd()))
    source = add_source(
        root,
        file,
        parse_published(published),
        published_at=parse_published_at(published),
        source_id=source_id,
        title=title,
        outlet=outlet,
        tier=Tier(tier),
        language=language,
        url=url,
    )
    click.echo(f"added source '{source.id}' ({source.file}) to {root / 'seeds' / 'sources.yaml'}")
    click.echo(f"next: factcheck extract seeds/{source.file} --write claims/{source.id}.yaml")


@click.group()
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
