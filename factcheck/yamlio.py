"""YAML in and out: safe loading that remembers line numbers, within limits, and atomic writes.

Only PyYAML's safe loader is used (no arbitrary Python objects from data files), in its libyaml
(C) build when available: it parses about twice as fast. Mappings come back
as `LineDict`, which remembers the line of the mapping and of each key, so a validation error
deep inside a claims file can still name the line a curator must fix.

Limits (documented in docs/claims.md), so a hostile file gets a clear error instead of a crash,
a hang or a memory blow-up:

* a file is read up to `MAX_FILE_BYTES` (64 MB; `factcheck check` documents: 10 MB), never
  further, so `/dev/zero` is refused rather than read forever;
* nesting deeper than `MAX_DEPTH` (64) levels is refused before anything is constructed;
* aliases may add at most `MAX_ALIAS_EXPANSION` nodes beyond the document's own (a "billion
  laughs" bomb is refused), and an alias that contains itself is refused;
* a date-looking scalar that is not a real calendar date (`2022-02-30`) stays a string, so the
  field that holds it is reported by validation instead of crashing the parser.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import FactcheckError

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64
MAX_ALIAS_EXPANSION = 100_000


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

    # False when the text has no "*", so no alias: its node graph is a tree (parse_yaml sets it)
    aliases_possible = True

    def get_single_data(self) -> Any:
        """Compose the document, check its shape is bounded, then construct it."""
        node = self.get_single_node()
        if node is None:
            return None
        if self.aliases_possible:
            check_bounded(node)
        else:
            check_depth(node)
        return self.construct_document(node)

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        """A date or time; a date-looking scalar that is no calendar date stays a string, so
        validation names its field ("2022-02-30" is not a date) instead of the parser crashing."""
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return str(node.value)


_LineLoader.add_constructor(
    "tag:yaml.org,2002:map",
    lambda loader, node: loader.construct_mapping(node, deep=True),
)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _LineLoader.construct_yaml_timestamp)


def check_bounded(root: yaml.Node) -> None:
    """Refuse a node graph nested too deep, with an alias inside itself, or whose aliases
    expand far beyond the document's own size (checked on the graph: nothing is expanded)."""
    expanded: dict[int, int] = {}  # id(node) -> size with aliases expanded
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            expanded[key] = 1 + sum(expanded[id(c)] for c in _children(node))
            continue
        if key in on_path:
            raise _bound_error("an alias refers to a node that contains it", node)
        if key in expanded:
            continue
        if depth > MAX_DEPTH:
            raise _bound_error(f"nested more than {MAX_DEPTH} levels deep", node)
        on_path.add(key)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in _children(node))
    if expanded[id(root)] - len(expanded) > MAX_ALIAS_EXPANSION:
        raise _bound_error(
            f"aliases expand to more than {MAX_ALIAS_EXPANSION:,} extra values (an alias bomb?)", root
        )


def check_depth(root: yaml.Node) -> None:
    """`check_bounded` of a node graph without aliases (a tree: no node is shared, so nothing can
    contain itself or expand beyond the document): only the depth is checked, in the same order,
    so a refused file names the same node. A package data file, read by every check, is one."""
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _bound_error(f"nested more than {MAX_DEPTH} levels deep", node)
        if isinstance(node, yaml.CollectionNode):
            stack.extend((child, depth + 1) for child in _children(node))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _bound_error(problem: str, node: yaml.Node) -> yaml.constructor.ConstructorError:
    return yaml.constructor.ConstructorError(None, None, problem, node.start_mark)


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """A text file's contents; FactcheckError for a missing, unreadable, non-UTF-8 file or one
    larger than `limit` bytes (read no further than that: /dev/zero is refused, not read forever)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise FactcheckError(
                f"larger than the {limit // (1024 * 1024)} MB limit for one file",
                path=path,
                hint="split it into smaller files",
            )
        return data.decode("utf-8")
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
        loader = _LineLoader(text)  # what yaml.load does, with the loader told whether aliases can occur
        try:
            loader.aliases_possible = "*" in text  # an alias is written "*name"
            return loader.get_single_data()
        finally:
            loader.dispose()
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
    except RecursionError:
        raise FactcheckError(f"nested too deeply (limit {MAX_DEPTH} levels)", path=path) from None


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


def dump_yaml(data: Any) -> str:
    """Readable block-style YAML, keys in the order given."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
