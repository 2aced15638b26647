"""The `factcheck` command group: every subcommand lives in a module of its own."""

from __future__ import annotations

import click

from factcheck.cli.check import check
from factcheck.cli.export import export
from factcheck.cli.extract import extract
from factcheck.cli.registry import claims, init, sources
from factcheck.cli.review import review
from factcheck.cli.rules import rules


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck")
def main() -> None:
    """factcheck: a registry of typed claims, hand-written rules, and a graded discrepancy report.

    \b
    Example:
      factcheck review                 # graded report of the bundled registry
      factcheck review --format markdown --min-grade major
    """


def with_version(command: click.Command) -> click.Command:
    """`--version` on the command and, for a group, on each of its subcommands (as ruff has)."""
    click.version_option(package_name="factcheck")(command)
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            with_version(sub)
    return command


for command in (review, check, extract, init, sources, claims, rules, export):
    main.add_command(with_version(command))
