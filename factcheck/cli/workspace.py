"""Where a run happens: the repository root (git top level, else the current folder), its commit,
and the report's file paths rewritten relative to that root, so that SARIF, JUnit and GitHub
annotations point at real files whatever the registry's folder and the working folder."""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
from collections.abc import Sequence
from pathlib import Path

from factcheck.model import Report, RunContext, Side

STDIN = "-"
_GIT_TIMEOUT = 10  # seconds; a hung git must not hang CI


def _git(cwd: Path, *args: str) -> str | None:
    """One line of git output, or None when git is missing, fails or this is not a repository."""
    try:
        done = subprocess.run(  # noqa: S603 - a fixed git command, no user input
            ["git", *args],  # noqa: S607 - git from PATH, as every CI tool does; args are ours
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=_GIT_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    out = done.stdout.strip()
    return out if done.returncode == 0 and out else None


def find_root(cwd: Path) -> tuple[Path, bool]:
    """The git work tree's top level holding `cwd` (True), else `cwd` itself (False)."""
    top = _git(cwd, "rev-parse", "--show-toplevel")
    if top is not None:
        return Path(top).resolve(), True
    return cwd.resolve(), False


def run_context(cwd: Path) -> RunContext:
    """The repository root, its commit, branch and remote, the host and the time."""
    root, in_git = find_root(cwd)
    branch = _git(root, "rev-parse", "--abbrev-ref", "HEAD") if in_git else None
    return RunContext(
        root_uri=root.as_uri().rstrip("/") + "/",
        in_git=in_git,
        repository_uri=_git(root, "config", "--get", "remote.origin.url") if in_git else None,
        revision=_git(root, "rev-parse", "HEAD") if in_git else None,
        branch=None if branch == "HEAD" else branch,  # "HEAD": a detached checkout
        hostname=socket.gethostname() or "localhost",
        started=dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None),
    )


def _shown_as(path: Path, registry_root: Path | None) -> str:
    """How the registry names a file given on the command line (Registry.source_file)."""
    if registry_root is not None:
        try:
            return path.resolve().relative_to(registry_root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


class Relocator:
    """Rewrites the report's file paths relative to the repository root."""

    def __init__(self, root: Path, registry_root: Path | None, given: Sequence[Path], cwd: Path) -> None:
        self.root = root
        self.registry_root = registry_root.resolve() if registry_root is not None else None
        self.cwd = cwd
        # files named on the command line, keyed the way the registry shows them
        self.given = {_shown_as(p, registry_root): p for p in given if p.as_posix() != STDIN}

    def absolute(self, file: str) -> Path:
        """The file a report path names."""
        if file in self.given:
            return (self.cwd / self.given[file]).resolve()
        path = Path(file)
        if path.is_absolute():
            return path
        return ((self.registry_root or self.cwd) / path).resolve()

    def relocate(self, file: str | None) -> str | None:
        """`file` relative to the root (POSIX), absolute when outside it, None for standard input."""
        if file is None or file == STDIN:
            return None
        path = self.absolute(file)
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def side(self, side: Side) -> Side:
        """The side with its file relative to the root."""
        return side.model_copy(update={"file": self.relocate(side.file)})

    def report(self, report: Report) -> Report:
        """Every finding's sides and every source's file relative to the root."""
        findings = [f.model_copy(update={"sides": [self.side(s) for s in f.sides]}) for f in report.findings]
        sources = [s.model_copy(update={"file": self.relocate(s.file)}) for s in report.sources]
        return report.model_copy(update={"findings": findings, "sources": sources})


def for_ci(
    report: Report, registry_root: Path | None, given: Sequence[Path], cwd: Path | None = None
) -> Report:
    """The report with its run context, and paths relative to the repository root."""
    cwd = cwd or Path.cwd()
    root, _ = find_root(cwd)
    relocated = Relocator(root, registry_root, given, cwd).report(report)
    return relocated.model_copy(update={"context": run_context(cwd)})
