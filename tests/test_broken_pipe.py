"""A reader that closes our output early (`factcheck check … | head -1`) is not a bug: the CLI
stops quietly with the shell's SIGPIPE status instead of printing "internal error"."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_a_closed_reader_is_no_internal_error() -> None:
    script = textwrap.dedent(
        """
        import click
        from factcheck.cli.options import handle_errors

        @click.command()
        @handle_errors
        def talk() -> None:
            for _ in range(200_000):
                click.echo("a line of a long report")

        talk()
        """
    )
    writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert writer.stdout is not None
    assert writer.stderr is not None
    writer.stdout.readline()
    writer.stdout.close()  # the reader goes away after one line, as `head -1` does
    errors = writer.stderr.read().decode()
    assert writer.wait(timeout=60) == 141
    assert "internal error" not in errors
    assert "Traceback" not in errors
