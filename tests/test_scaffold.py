"""`factcheck init` and `factcheck sources add`: a newcomer's first registry, nothing clobbered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from factcheck.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent


def test_init_creates_a_registry_that_validates(cli: Callable[..., Result], tmp_path: Path) -> None:
    folder = tmp_path / "story"
    result = cli("init", str(folder))
    assert result.exit_code == 0, result.output
    assert "Next steps" in result.output
    for name in ("seeds/sources.yaml", "claims/entities.yaml", "claims/subjects.yaml", "factcheck.toml"):
        assert (folder / name).is_file(), name
    assert sorted(p.name for p in (folder / "rules").glob("*.yaml")) == sorted(
        p.name for p in (ROOT / "rules").glob("*.yaml")
    )
    assert cli("claims", "validate", "--registry", str(folder)).exit_code == 0


def test_init_never_overwrites(cli: Callable[..., Result], tmp_path: Path) -> None:
    folder = tmp_path / "story"
    (folder / "claims").mkdir(parents=True)
    mine = folder / "claims" / "entities.yaml"
    mine.write_text("entities: []  # mine\n")
    result = cli("init", str(folder))
    assert result.exit_code == 0
    assert "kept" in result.output
    assert mine.read_text() == "entities: []  # mine\n"


def test_sources_add_copies_lists_and_keeps_comments(cli: Callable[..., Result], tmp_path: Path) -> None:
    folder = tmp_path / "story"
    cli("init", str(folder))
    article = tmp_path / "Flood Report.txt"
    article.write_text("River floods displace thousands\n\nThousands fled on Monday.\n", encoding="utf-8")
    result = cli(
        "sources",
        "add",
        str(article),
        "--published",
        "2024-05-06",
        "--outlet",
        "Daily News",
        "--registry",
        str(folder),
    )
    assert result.exit_code == 0, result.output
    manifest = (folder / "seeds" / "sources.yaml").read_text()
    assert manifest.startswith("# Sources of this registry")
    assert "id: flood-report" in manifest
    assert (folder / "seeds" / "Flood Report.txt").read_text() == article.read_text()
    second = tmp_path / "other.txt"
    second.write_text("More rain.\n")
    assert (
        cli(
            "sources",
            "add",
            str(second),
            "--published",
            "2024-05",
            "--tier",
            "reference",
            "--registry",
            str(folder),
        ).exit_code
        == 0
    )
    registry = load_registry(folder)
    assert registry.sources["flood-report"].outlet == "Daily News"
    assert registry.sources["flood-report"].title == "River floods displace thousands"
    assert registry.sources["other"].tier == "reference"
    assert registry.sources["other"].published is not None
    assert registry.sources["other"].published.precision == "month"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt", "--published", "2024-05-06"], "file not found"),
        (["ARTICLE", "--published", "May 2024"], "is not a date"),
        (["ARTICLE", "--published", "2024-13-01"], "--published"),
    ],
)
def test_sources_add_errors(
    cli: Callable[..., Result], tmp_path: Path, args: list[str], message: str
) -> None:
    folder = tmp_path / "story"
    cli("init", str(folder))
    article = tmp_path / "a.txt"
    article.write_text("Text.\n")
    args = [str(article) if a == "ARTICLE" else str(tmp_path / a) if a.endswith(".txt") else a for a in args]
    result = cli("sources", "add", *args, "--registry", str(folder))
    assert result.exit_code == 2
    assert message in result.output


def test_adding_the_same_file_twice_is_refused(cli: Callable[..., Result], tmp_path: Path) -> None:
    folder = tmp_path / "story"
    cli("init", str(folder))
    article = tmp_path / "a.txt"
    article.write_text("Text.\n")
    assert (
        cli("sources", "add", str(article), "--published", "2024", "--registry", str(folder)).exit_code == 0
    )
    again = cli("sources", "add", str(article), "--published", "2024", "--registry", str(folder))
    assert again.exit_code == 2
    assert "already exists" in again.output


def test_newcomer_flow_from_two_articles_to_an_html_report(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """init -> sources add x2 -> extract --write x2 -> curate one subject -> review --format html."""
    folder = tmp_path / "story"
    assert cli("init", str(folder)).exit_code == 0
    for name, date in (
        ("000_fae8cf41b6720a97.txt", "2022-06-26"),
        ("004_8387f48603647457.txt", "2023-08-29"),
    ):
        article = tmp_path / name
        article.write_bytes((ROOT / "seeds" / name).read_bytes())
        assert (
            cli("sources", "add", str(article), "--published", date, "--registry", str(folder)).exit_code == 0
        )
        written = cli(
            "extract", str(folder / "seeds" / name), "--write", str(folder / "claims" / f"{name[:3]}.yaml")
        )
        assert written.exit_code == 0, written.output
    assert cli("claims", "validate", "--registry", str(folder)).exit_code == 0
    # the editor's curation: both quotations are of one statement
    (folder / "claims" / "subjects.yaml").write_text(
        "subjects:\n  - {id: pact, kind: statement, description: the friendship declaration}\n"
    )
    for name, words in (("000.yaml", "no boundaries"), ("004.yaml", "friendship without limits.")):
        path = folder / "claims" / name
        lines = path.read_text().splitlines()
        index = next(i for i, line in enumerate(lines) if line.strip() == f"words: {words}")
        following = next(i for i in range(index, len(lines)) if "describes: unknown.statement" in lines[i])
        lines[following] = lines[following].replace("unknown.statement", "pact")
        path.write_text("\n".join(lines) + "\n")
    assert cli("claims", "validate", "--registry", str(folder)).exit_code == 0
    report = folder / "report.html"
    result = cli("review", "--registry", str(folder), "--format", "html", "-o", str(report))
    assert result.exit_code == 0, result.output
    html = report.read_text()
    assert "FC301" in html
    assert "no boundaries" in html
