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

import contextlib
import functools
import hashlib
import math
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    import yaml

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64
MAX_ALIAS_EXPANSION = 100_000


class LineDict(dict[str, Any]):
    """A dict that remembers where it (and each of its keys) stood in the YAML file."""

    line: int = 0
    key_lines: dict[str, int]


@functools.cache
def _line_loader() -> type[Any]:
    """The safe loader (libyaml) that records line numbers and rejects duplicate keys; made on
    first use, so a process that parses no YAML (a check with a fresh store, the package's data
    files taken from the data cache, a summary without front matter) never imports PyYAML."""
    import yaml

    base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class _LineLoader(base):  # type: ignore[valid-type,misc]
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
    return _LineLoader


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
        if node.id != "scalar":  # type: ignore[attr-defined]  # a sequence or a mapping
            stack.extend((child, depth + 1) for child in _children(node))


def _children(node: yaml.Node) -> list[yaml.Node]:
    # by PyYAML's node ids ("scalar", "sequence", "mapping"): no import of yaml on each node
    if node.id == "sequence":  # type: ignore[attr-defined]
        return list(node.value)
    if node.id == "mapping":  # type: ignore[attr-defined]
        return [part for pair in node.value for part in pair]
    return []


def _bound_error(problem: str, node: yaml.Node) -> yaml.constructor.ConstructorError:
    import yaml

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
    import yaml

    try:
        loader = _line_loader()(text)  # what yaml.load does, with the loader told whether aliases can occur
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
    import yaml

    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


DATA_CACHE_FILE = "data-files-v1.json"  # in a registry's .factcheck-cache folder, beside its store
DATA_CACHE_FORMAT = 2  # 2: each value kept with the digest of its JSON; keys hold the code's version


class DataCache:
    """The package's own data files (frames.yaml and friends) as an earlier run parsed them, kept
    as JSON in a registry's cache folder (beside its compiled store). Each is kept under its name
    in the package ("places.yaml", "link/conversions.yaml": the same wherever factcheck is
    installed) with a key, the SHA-256 of the cache's format, factcheck's version and the file's
    text, and the SHA-256 of its value's JSON: a data file whose text changed, a new version of
    factcheck, or a kept value that is not the JSON it was written as (a damaged file) means a
    parse, and what is kept is exactly what parsing that text gave (a file whose values JSON
    cannot keep as they are, such as a date, is not kept). The digests catch accidents, not an
    attacker: whoever can write the cache folder can write a matching digest (as they can write
    the store's rows). A cache file that cannot be read, is not this format or was written by
    another version is ignored and written anew with only the current entries; one that cannot
    be written (a symlink, a read-only folder) is left as it was."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, tuple[str, str, Any]] | None = None  # read on first use
        self.changed = False

    def entries(self) -> dict[str, tuple[str, str, Any]]:
        """name -> (key, digest of the value's JSON, the value), read from the file on first use."""
        if self._entries is None:
            self._entries = {}
            with contextlib.suppress(Exception):  # missing, damaged, another format: start empty
                import msgspec

                from factcheck import __version__

                data = msgspec.json.decode(self.path.read_bytes())
                current = (
                    isinstance(data, dict)
                    and data.get("format") == DATA_CACHE_FORMAT
                    and data.get("version") == __version__
                )
                files = data.get("files") if current else None
                if isinstance(files, dict):
                    self._entries = {
                        name: (kept[0], kept[1], kept[2])
                        for name, kept in files.items()
                        if isinstance(kept, list)
                        and len(kept) == 3
                        and isinstance(kept[0], str)
                        and isinstance(kept[1], str)
                    }
        return self._entries

    def save(self) -> None:
        """Write the file when a data file was parsed that it did not hold, into a cache folder
        that exists (the store's build makes it, with its .gitignore): never a folder of its own."""
        if not self.changed or self._entries is None or not self.path.parent.is_dir():
            return
        import msgspec

        from factcheck import __version__
        from factcheck.safewrite import write_atomic

        files = {name: list(kept) for name, kept in self._entries.items()}
        body = msgspec.json.encode({"format": DATA_CACHE_FORMAT, "version": __version__, "files": files})
        with contextlib.suppress(FactcheckError, OSError):
            write_atomic(self.path, body)
        self.changed = False


_data_cache: DataCache | None = None


@contextlib.contextmanager
def data_files_kept_in(folder: Path | None) -> Iterator[None]:
    """Within the block, the package's data files are taken from (and added to) the data cache in
    `folder` (None: parsed as ever); the cache is written, if it changed, when the block ends."""
    global _data_cache
    if folder is None or _data_cache is not None:  # no folder, or a cache is in use already
        yield
        return
    _data_cache = DataCache(folder / DATA_CACHE_FILE)
    try:
        yield
    finally:
        cache, _data_cache = _data_cache, None
        cache.save()


def parse_data_file(text: str, name: str) -> Any:
    """A data file shipped with the package (`name`: its path in the package, as error messages
    give it): parsed as `parse_yaml` does, with mappings as plain dicts (nothing reads line
    numbers from a data file: its errors are the package's, found by its tests); from the data
    cache when one is in use and it holds this text's value, intact."""
    cache = _data_cache
    if cache is None:
        return _plain(parse_yaml(text, Path(name)))
    import msgspec

    from factcheck import __version__

    key = _sha256(f"{DATA_CACHE_FORMAT}\n{__version__}\n{text}".encode())
    kept = cache.entries().get(name)
    if kept is not None and kept[0] == key:
        with contextlib.suppress(Exception):  # a value msgspec cannot encode: not what was written
            if _sha256(msgspec.json.encode(kept[2])) == kept[1]:
                return kept[2]
    value = _plain(parse_yaml(text, Path(name)))
    if _json_keeps(value):
        cache.entries()[name] = (key, _sha256(msgspec.json.encode(value)), value)
        cache.changed = True
    return value


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _plain(value: Any) -> Any:
    """`value` with every LineDict a plain dict, recursively."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _json_keeps(value: Any) -> bool:
    """Whether JSON gives `value` back as it is: dicts with str keys, lists, str, int, finite
    float, bool and None only (a YAML date, set or binary is not kept)."""
    if value is None or type(value) in (str, int, bool):
        return True
    if type(value) is float:
        return math.isfinite(value)
    if type(value) is list:
        return all(_json_keeps(item) for item in value)
    if type(value) is dict:
        return all(type(key) is str and _json_keeps(item) for key, item in value.items())
    return False


def load_data_file(path: Path) -> Any:
    """`parse_data_file` of a data file beside a module (link/*.yaml), named by its path in the
    package ("link/conversions.yaml"), so the data cache keeps one entry for it however many
    places the package is installed in."""
    return parse_data_file(read_text(path), _package_name(path))


def _package_name(path: Path) -> str:
    """`path` relative to the factcheck package's folder (as given if it is not inside it)."""
    package = Path(__file__).resolve().parent
    try:
        return path.resolve().relative_to(package).as_posix()
    except ValueError:
        return str(path)
