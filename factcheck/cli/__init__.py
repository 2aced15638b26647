"""Stage 10, the command line: each module parses one command group's options, calls the pipeline
and prints a format."""

from factcheck.cli.app import entry, main

__all__ = ["entry", "main"]
