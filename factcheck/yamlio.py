"""YAML in and out: safe loading that remembers line numbers, and atomic writes.

Only PyYAML's safe loader is used (no arbitrary Python objects from data files), in its libyaml
(C) build when available: it parses about twice as fast. Mappings come back
as `LineDict`, which remembers the line of the mapping and of each key, so a validation error
deep inside a claims file can still name the line a curator must fix.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import FactcheckError


class LineDict(dict[str, Any]):
    """A dict that remembers where it (and each of its keys) stood in the YAML file."""

    line: int = 0
    key_lines: dict[str, int]


_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeBase):  # type: ignore[valid-type,misc]
    """Safe loader (libyaml) that records line numbers and rejects duplicate keys."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineDict:
        self.flatten_mapping(node)
        mapping = LineDict()
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str | int | float | bool) and key is not None:
                raise yaml.constructor.ConstructorError(
                    None, None, "mapping keys must be plain scalars", key_node.start_mark
                )
            key = str(key)
            if key in mapping:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key '{key}'", key_node.start_mark
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
            mapping.key_lines[key] = key_node.start_mark.line + 1
        return mapping


_LineLoader.add_constructor(
    "tag:yaml.org,2002:map",
    lambda loader, node: loader.construct_mapping(node, deep=True),
)


def read_text(path: Path) -> str:
    """A text file's contents; FactcheckError for a missing, unreadable or non-UTF-8 file."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FactcheckError("file not found", path=path) from None
    except IsADirectoryError:
        raise FactcheckError("is a folder, not a text file", path=path) from None
    except UnicodeDecodeError as exc:
        raise FactcheckError(
            f"not valid UTF-8 (byte {exc.start})", path=path, hint="save the file as UTF-8 text"
        ) from None
    except OSError as exc:
        raise FactcheckError(f"cannot read: {exc.strerror}", path=path) from None


def load_yaml(path: Path) -> Any:
    """Parse one YAML file safely; any problem becomes a FactcheckError with the line."""
    return parse_yaml(read_text(path), path)


def parse_yaml(text: str, path: Path) -> Any:
    """Parse YAML text that came from `path` (used in error messages)."""
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise FactcheckError(
            f"invalid YAML: {problem}",
            path=path,
            line=line,
            hint="check indentation and quoting near that line",
        ) from None
    except yaml.YAMLError as exc:
        raise FactcheckError(f"invalid YAML: {exc}", path=path) from None


def line_of(data: Any, loc: Sequence[str | int]) -> int | None:
    """Best line number for a pydantic error location inside data loaded by `load_yaml`."""
    best: int | None = getattr(data, "line", None) or None
    node = data
    for part in loc:
        if isinstance(node, LineDict) and isinstance(part, str) and part in node:
            best = node.key_lines.get(part, best)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            best = getattr(node, "line", best) or best
        else:
            break
    return best


def atomic_write_text(path: Path, text: str) -> None:
    """Write via a temp file in the same folder and rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def dump_yaml(data: Any) -> str:
    """Readable block-style YAML, keys in the order given."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
