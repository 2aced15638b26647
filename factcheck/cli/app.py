"""The `factcheck` command group: every subcommand lives in a module of its own, imported only
when that command runs (or `--help` lists them), so `factcheck check` loads no other command."""

from __future__ import annotations

import atexit
import gc
import importlib

import click

from factcheck.cli.startup import pause_collector, resume_collector

# commands that resume the garbage collector themselves, once the pipeline is imported
# (cli.options.run_and_report); every other command resumes it as soon as its module is imported
RESUME_AFTER_IMPORTS = frozenset({"check", "review"})
# command name -> (module, attribute); `--help` lists them alphabetically, as click does
COMMANDS = {
    "review": ("factcheck.cli.review", "review"),
    "check": ("factcheck.cli.check", "check"),
    "extract": ("factcheck.cli.extract", "extract"),
    "init": ("factcheck.cli.registry", "init"),
    "sources": ("factcheck.cli.registry", "sources"),
    "claims": ("factcheck.cli.registry", "claims"),
    "rules": ("factcheck.cli.rules", "rules"),
    "export": ("factcheck.cli.export", "export"),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command name, sorted (click's order for a plain group)."""
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command, imported now (with --version on it and its subcommands)."""
        if cmd_name not in COMMANDS:
            return None
        if cmd_name not in self.commands:
            module, attribute = COMMANDS[cmd_name]
            command = getattr(importlib.import_module(module), attribute)
            self.commands[cmd_name] = with_version(command)
        if cmd_name not in RESUME_AFTER_IMPORTS:
            resume_collector()
        return self.commands[cmd_name]


def with_version(command: click.Command) -> click.Command:
    """`--version` on the command and, for a group, on each of its subcommands (as ruff has)."""
    if not any(param.name == "version" for param in command.params):
        click.version_option(package_name="factcheck")(command)
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            with_version(sub)
    return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck")
def main() -> None:
    """factcheck: a registry of typed claims, hand-written rules, and a graded discrepancy report.

    \b
    Example:
      factcheck review                 # graded report of the bundled registry
      factcheck review --format markdown --min-grade major
    """


def entry() -> None:
    """The console script and `python -m factcheck`: `main` in a process of its own, started fast
    (see cli/startup.py: the garbage collector waits until start-up is over, and what is left at
    exit is frozen, not traversed once more just before the process ends)."""
    pause_collector()
    atexit.register(gc.freeze)
    main()
