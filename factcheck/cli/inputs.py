"""What `factcheck check FILE...` checks: files as given, `-` for standard input, folders walked
for text and Markdown files, and glob patterns expanded; what .gitignore ignores is skipped
(pathspec reads the ignore files, as git does)."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    import pathspec

STDIN = "-"
# what a folder or glob yields: the files `check` reads as prose
CHECKED_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".txt", ".text"})
_GLOB_CHARS = frozenset("*?[")


class IgnoreRules:
    """The .gitignore files that apply under a folder: each one's patterns relative to its folder."""

    def __init__(self) -> None:
        self._specs: dict[Path, pathspec.GitIgnoreSpec | None] = {}

    def _spec(self, folder: Path) -> pathspec.GitIgnoreSpec | None:
        if folder not in self._specs:
            ignore = folder / ".gitignore"
            lines = (
                ignore.read_text(encoding="utf-8", errors="replace").splitlines() if ignore.is_file() else []
            )
            import pathspec  # only folders given as inputs need it: a one-file check never does

            self._specs[folder] = pathspec.GitIgnoreSpec.from_lines(lines) if lines else None
        return self._specs[folder]

    def ignored(self, path: Path, top: Path) -> bool:
        """True when a .gitignore in `top` or a folder between `top` and `path` ignores `path`."""
        path = path.resolve()
        for folder in (path.parent, *path.parent.parents):
            spec = self._spec(folder)
            if spec is not None:
                relative = path.relative_to(folder).as_posix() + ("/" if path.is_dir() else "")
                if spec.match_file(relative):
                    return True
            if folder == top:
                break
        return False


def _ignore_top(start: Path) -> Path:
    """Where .gitignore files stop applying: the git work tree's top (the folder holding .git)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


def _walk(folder: Path, rules: IgnoreRules, top: Path) -> Iterable[Path]:
    """Checkable files under `folder`, sorted, skipping hidden and ignored folders and files."""
    for current, dirs, files in os.walk(folder):
        here = Path(current)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not rules.ignored(here / d, top))
        for name in sorted(files):
            path = here / name
            if path.suffix.lower() in CHECKED_SUFFIXES and not rules.ignored(path, top):
                yield path


def expand(arguments: Sequence[str]) -> list[Path]:
    """The files to check, in the order given, each once; an argument that names nothing is an error."""
    rules = IgnoreRules()
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if argument == STDIN or path.is_file():
            found.append(path)  # named explicitly: checked even when ignored, as ruff does
        elif path.is_dir():
            found.extend(_walk(path, rules, _ignore_top(path)))
        elif _GLOB_CHARS & set(argument):
            matches = [Path(m) for m in sorted(glob.glob(argument, recursive=True)) if Path(m).is_file()]
            top = _ignore_top(Path.cwd())
            matches = [m for m in matches if not rules.ignored(m, top)]
            if not matches:
                raise FactcheckError(f"no file matches '{argument}'", hint="check the pattern")
            found.extend(matches)
        else:
            raise FactcheckError("file not found", path=path, hint="give a file, a folder, a glob or -")
    unique = list(dict.fromkeys(found))
    if not unique:
        raise FactcheckError(
            "nothing to check", hint=f"folders are searched for {', '.join(sorted(CHECKED_SUFFIXES))} files"
        )
    return unique
