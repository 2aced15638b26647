"""Generated and hand-written CLI docs stay true: docs/rules.md, --help examples, completion."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import click
from click.testing import CliRunner, Result

from factcheck.cli import main
from factcheck.rules import load_rules
from factcheck.rules.docs import anchor, folder_markdown

ROOT = Path(__file__).resolve().parent.parent
RULES_DOC = ROOT / "docs" / "rules.md"


def commands(command: click.Command, path: str = "factcheck") -> Iterator[tuple[str, click.Command]]:
    """Every command and group under `command`, with its full name."""
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from commands(sub, f"{path} {name}")


def test_rules_doc_is_up_to_date() -> None:
    expected = folder_markdown(ROOT / "rules")
    actual = RULES_DOC.read_text(encoding="utf-8")
    assert actual == expected, "docs/rules.md is stale: run `factcheck rules docs -o docs/rules.md`"


SECTIONS = ["### What it flags", "### Why it matters", "### Example", "### Parameters", "### Since"]


def test_rules_doc_covers_every_rule_in_fixed_sections() -> None:
    page = RULES_DOC.read_text(encoding="utf-8")
    for item in load_rules(ROOT / "rules"):
        rule = item.rule
        heading = f"## {rule.id} {rule.name}\n"
        assert heading in page
        section = page.split(heading, 1)[1].split("\n## ", 1)[0]
        positions = [section.find(title + "\n") for title in SECTIONS]
        assert -1 not in positions, (rule.id, positions)
        assert positions == sorted(positions), (rule.id, positions)
        assert f"(#{anchor(f'{rule.id} {rule.name}')})" in page
        assert section.split("### Since\n", 1)[1].strip() == rule.since
        if item.spec is not None:
            assert f"`{rule.check}`" in section
            for name in item.params:
                assert f"| `{name}` |" in section


def test_every_rule_link_points_at_its_section() -> None:
    for item in load_rules(ROOT / "rules"):
        rule = item.rule
        assert rule.link == f"docs/rules.md#{anchor(f'{rule.id} {rule.name}')}", rule.id


def test_anchor_is_githubs() -> None:
    assert anchor("FC101 quantity.magnitude") == "fc101-quantitymagnitude"


def test_rules_docs_command_writes_the_page(cli: Callable[..., Result], root: Path, tmp_path: Path) -> None:
    target = tmp_path / "rules.md"
    result = cli("rules", "docs", "--registry", str(root), "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == RULES_DOC.read_text(encoding="utf-8")


def test_every_command_help_shows_an_example(cli: Callable[..., Result]) -> None:
    missing = set()
    for path, _command in commands(main):
        result = cli(*path.split()[1:], "--help")
        assert result.exit_code == 0, result.output
        if "Example" not in result.output:
            missing.add(path)
    assert missing == set()


def test_shell_completion_script_is_what_docs_cli_md_says() -> None:
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for shell in ("bash", "zsh", "fish"):
        assert f"_FACTCHECK_COMPLETE={shell}_source factcheck" in page
    # the console script runs main() under the name "factcheck", which names the variable
    result = CliRunner().invoke(main, [], prog_name="factcheck", env={"_FACTCHECK_COMPLETE": "bash_source"})
    assert "complete -o nosort -F _factcheck_completion factcheck" in result.output, result.output
