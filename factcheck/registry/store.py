"""The compiled claim store: a verified registry compiled into one SQLite file, read lazily.

The YAML files stay the truth; the store is a cache in `<registry>/.factcheck-cache/`. It holds
claims as plain rows (the validated record as JSON, with kind, source, file and line), the
subject keys every claim joins on, subjects and the first letters of their cue words (an index,
so `check` finds the subjects a document can meet without reading the others), entities (and,
in one row, the folded names of those that are not automatic name frames), sources with the
path of their text, and quoted words.

Why SQLite rather than the JSON file this replaces: a JSON cache has to be read and validated
whole (3.2 s at 100k claims) even when a summary meets five subjects; SQLite answers indexed
look-ups from a file, ships with Python, and a reader never sees a half-written file.

Freshness: the store records every file the registry read (the manifest, every claims file,
every source text wherever the manifest points) with its SHA-256. A file whose size, mtime,
ctime and inode are unchanged since the build is taken as unchanged (ctime cannot be set back
from user space: any write moves it); any other file is hashed again and compared. A new or
removed claims file, another factcheck version or another store format also make it stale, and
so do changed package files (its modules, and the word lists, spellings, frames and linking
tables that extraction and linking read, `data_digest`): what the store and the tables and names
kept beside it hold was derived with them, and the version stays the same between releases.

Building writes a temporary file in the same folder, fsyncs it and renames it over the store
(os.replace is atomic), so two processes building at once each install a complete store and a
reader sees the old store or the new one, never a mixture. A folder that cannot be written runs
without a store and says so once on stderr; an unreadable store is rebuilt with a warning.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import msgspec

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.safewrite import install_file, registry_lock, write_atomic

STORE_DIR = ".factcheck-cache"
STORE_FILE = "registry.sqlite"
FORMAT = "7"  # bump when what is stored changes (5: speakerless quotations joined, registry/quotes.py; 6: the listed entities' folded names; 7: only quotations credited to nobody join, on content words)
PREFIX_LETTERS = 4
PACKAGE = Path(__file__).resolve().parent.parent  # the factcheck package's folder
# the package's data files extraction and linking read: every file in the `data` folder of a
# subpackage (extract/data: word lists, spellings, frames), and the linking tables
DATA_FOLDER = "data"
LINK_TABLES = ("link", ".yaml")  # folder, ending
# the subpackages whose modules shape what the cache folder keeps: the store (model, registry),
# the tables of the source texts and the names counted in them (extract, link, pipeline)
CODE_FOLDERS = ("model", "registry", "extract", "link", "pipeline")


@functools.cache
def data_digest() -> str:
    """A digest of the package files what is kept in the cache folder is derived with (its
    top-level modules, those of `CODE_FOLDERS`, every file of a `DATA_FOLDER`, `LINK_TABLES`):
    their names, sizes and mtimes, once per process (~130 stats). An upgrade, or an edit of such a
    module, word list or frames file, makes every store stale: factcheck's version alone does not
    say the code changed (it stays the same between releases, and an editable install runs
    whatever the working tree holds)."""
    return data_digest_of(PACKAGE)


def data_digest_of(package: Path) -> str:
    """The digest `data_digest` gives for the package at `package` (os.scandir, not Path.glob:
    this runs in every check, ~1 ms)."""
    digest = hashlib.sha256()
    folders = [("", ".py")]  # (folder, ending of the files that count): the top-level modules
    folders += [(f"{sub.name}/{DATA_FOLDER}", "") for sub in _entries(str(package)) if sub.is_dir()]
    folders += [(code, ".py") for code in CODE_FOLDERS]
    folders.append(LINK_TABLES)
    for folder, ending in sorted(set(folders)):
        for entry in sorted(_entries(os.path.join(package, folder)), key=lambda e: e.name):
            if entry.name.endswith(ending) and entry.is_file():
                with contextlib.suppress(OSError):
                    stat = entry.stat()
                    digest.update(f"{folder}/{entry.name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def _entries(folder: str) -> list[os.DirEntry[str]]:
    """The entries of a folder; none when it does not exist."""
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError:
        return []


_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (path TEXT PRIMARY KEY, role TEXT NOT NULL, size INTEGER, mtime_ns INTEGER,
                    ctime_ns INTEGER, ino INTEGER, sha256 TEXT NOT NULL);
CREATE TABLE sources (id TEXT PRIMARY KEY, text_path TEXT, json TEXT NOT NULL);
CREATE TABLE entities (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE subjects (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE cues (prefix TEXT NOT NULL, subject TEXT NOT NULL);
CREATE TABLE claims (id TEXT PRIMARY KEY, kind TEXT NOT NULL, source TEXT NOT NULL,
                     path TEXT NOT NULL, line INTEGER NOT NULL, words TEXT, json TEXT NOT NULL);
CREATE TABLE claim_keys (key TEXT NOT NULL, claim INTEGER NOT NULL);
CREATE TABLE facts (part INTEGER NOT NULL, t TEXT NOT NULL, kind TEXT, tier TEXT, flag TEXT, link TEXT,
                    key TEXT, from_key TEXT, to_key TEXT, src TEXT, ref TEXT NOT NULL, claim INTEGER);
"""
_INDEXES = """
CREATE INDEX cues_by_prefix ON cues (prefix);
CREATE INDEX keys_by_key ON claim_keys (key);
CREATE INDEX keys_by_claim ON claim_keys (claim);
CREATE INDEX quotes ON claims (kind) WHERE kind = 'quote';
CREATE INDEX facts_by_part ON facts (part);
"""
# a fact's fields in the facts table's column order (registry/facts.py); absent ones are NULL
FACT_COLUMNS = ("t", "kind", "tier", "flag", "link", "key", "from_key", "to_key", "src", "ref")

_warned: set[str] = set()
_opened: set[str] = set()  # every store file this process opened, for `discard_opened`


def warn_once(message: str) -> None:
    """Say something about the store on stderr, once per process."""
    if message not in _warned:
        _warned.add(message)
        print(f"factcheck: {message}", file=sys.stderr)


def opened(path: Path | str) -> None:
    """Remember that this process reads the store at `path` (see `discard_opened`)."""
    _opened.add(str(path))


def forget_opened() -> None:
    """Start a new command: the stores earlier ones opened are not its to remove."""
    _opened.clear()


def discard_opened() -> list[str]:
    """Remove every store file this process opened; the paths removed.

    Called when SQLite says a store is damaged ("database disk image is malformed" in the middle
    of a read: a disk error, a copy cut short). The store is a cache of the YAML, so removing it
    loses nothing, and the next run rebuilds it; left in place it would fail every run. Only a
    regular file is removed (never what a symlink points at)."""
    removed = []
    for path in sorted(_opened):
        try:
            if os.path.isfile(path) and not os.path.islink(path):
                os.unlink(path)
                removed.append(path)
        except OSError:
            continue
    _opened.clear()
    return removed


def store_path(root: Path) -> Path:
    """Where the store of the registry under `root` lives."""
    return root / STORE_DIR / STORE_FILE


def cue_prefix(cue: str) -> str:
    """The index term of a cue: the first letters of its first word, lower-cased.

    Every match of a cue in a text contains them: extract.subjects matches a cue's first word
    whole, or (a one-word cue) its stem, and a stem keeps at least four letters of the word.
    So the subjects whose prefixes occur in a document are a superset of those it can meet.
    """
    return cue.split()[0].lower()[:PREFIX_LETTERS]


# --------------------------------------------------------------------------- what a build writes


class ClaimRow(msgspec.Struct, frozen=True):
    """One claim as the store keeps it."""

    id: str
    kind: str
    source: str
    path: str
    line: int
    keys: tuple[str, ...]  # subject ids it joins on, before and after frame merges (no placeholders)
    words: str | None  # a quotation's quoted words
    json: str


class Compiled(msgspec.Struct, frozen=True):
    """Everything a verified registry puts in the store, as plain data."""

    sources: Sequence[tuple[str, str | None, str]]  # id, resolved text path, json
    entities: Sequence[tuple[str, str]]  # id, json
    subjects: Sequence[tuple[str, Sequence[str], str]]  # id, cues, json
    claims: Sequence[ClaimRow]
    links: str = '{"merge": {}, "not_same": []}'  # an editor's frame merges and not-same pairs, JSON
    # the folded accepted names of the entities that are not automatic name frames, a JSON list
    # (model.names.listed_names: what extraction's automatic names are tested against)
    listed: str = "[]"
    # the engine's partitions (registry/facts.py), in order: each fact's fields, and the row of
    # its claim in `claims` (None for an entity)
    partitions: Sequence[Sequence[tuple[dict[str, str], int | None]]] = ()


class InputFile(msgspec.Struct, frozen=True):
    """A file the registry was read from, and its role (manifest, claims or text)."""

    path: Path
    role: str


def build(root: Path, compiled: Compiled, files: Iterable[InputFile]) -> bool:
    """Compile into a temporary file and rename it over the store; False when it cannot be written."""
    folder = root / STORE_DIR
    try:
        folder.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{STORE_FILE}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        warn_once(f"cannot write the compiled store in {folder} ({exc.strerror}); running without it")
        return False
    os.close(fd)
    try:
        _write(Path(tmp), compiled, files)
        with registry_lock(root, timeout=0):  # another writer busy: this run goes without a store
            install_file(Path(tmp), folder / STORE_FILE)
            _fsync_folder(folder)
            gitignore = folder / ".gitignore"
            if not gitignore.exists():
                write_atomic(gitignore, "*\n")
        with contextlib.suppress(OSError):
            (folder / "registry.json").unlink()  # the JSON cache this store replaces
    except (OSError, sqlite3.Error, FactcheckError) as exc:
        warn_once(f"cannot write the compiled store in {folder} ({exc}); running without it")
        return False
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return True


def _write(path: Path, compiled: Compiled, files: Iterable[InputFile]) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        meta = {
            "version": __version__,
            "format": FORMAT,
            "data": data_digest(),
            "links": compiled.links,
            "listed": compiled.listed,
        }
        conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        conn.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)", _stamps(files))
        conn.executemany("INSERT INTO sources VALUES (?, ?, ?)", compiled.sources)
        conn.executemany("INSERT INTO entities VALUES (?, ?)", compiled.entities)
        conn.executemany("INSERT INTO subjects VALUES (?, ?)", ((i, j) for i, _, j in compiled.subjects))
        conn.executemany(
            "INSERT INTO cues VALUES (?, ?)",
            {(cue_prefix(c), i): None for i, cues, _ in compiled.subjects for c in cues if c.strip()},
        )
        conn.executemany(
            "INSERT INTO claims (rowid, id, kind, source, path, line, words, json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (n, c.id, c.kind, c.source, c.path, c.line, c.words, c.json)
                for n, c in enumerate(compiled.claims)
            ),
        )
        conn.executemany(
            "INSERT INTO claim_keys VALUES (?, ?)",
            ((key, n) for n, c in enumerate(compiled.claims) for key in dict.fromkeys(c.keys)),
        )
        conn.executemany(
            "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (part, *(fact.get(name) for name in FACT_COLUMNS), row)
                for part, facts in enumerate(compiled.partitions)
                for fact, row in facts
            ),
        )
        conn.executescript(_INDEXES)
        conn.commit()
    finally:
        conn.close()


def _stamps(files: Iterable[InputFile]) -> Iterable[tuple[str, str, int, int, int, int, str]]:
    for item in files:
        stat = item.path.stat()
        digest = hashlib.sha256(item.path.read_bytes()).hexdigest()
        yield (
            str(item.path),
            item.role,
            stat.st_size,
            stat.st_mtime_ns,
            stat.st_ctime_ns,
            stat.st_ino,
            digest,
        )


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# --------------------------------------------------------------------------- reading


class Store:
    """An open, fresh store: indexed look-ups answered from the file."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._fingerprint: str | None = None

    def close(self) -> None:
        """Close the file."""
        self.conn.close()

    def sources(self, ids: Iterable[str] | None = None) -> list[tuple[str, str | None, str]]:
        """(id, text path, json) of the given sources (all when None), in manifest order."""
        if ids is None:
            return self.conn.execute("SELECT id, text_path, json FROM sources ORDER BY rowid").fetchall()
        return self.conn.execute(
            "SELECT id, text_path, json FROM sources WHERE id IN (SELECT value FROM json_each(?)) "
            "ORDER BY rowid",
            (json.dumps(sorted(set(ids))),),
        ).fetchall()

    def links(self) -> str:
        """The registry's frame merges and not-same pairs, as JSON."""
        row = self.conn.execute("SELECT value FROM meta WHERE name = 'links'").fetchone()
        return str(row[0])

    def listed_names(self) -> frozenset[str] | None:
        """The folded accepted names of every entity that is not an automatic name frame (one
        row, not 11,558 entities' JSON read and folded at 100k claims); None when the row is
        missing or does not read back (the caller folds the entities' names)."""
        row = self.conn.execute("SELECT value FROM meta WHERE name = 'listed'").fetchone()
        try:
            return None if row is None else frozenset(msgspec.json.decode(row[0], type=list[str]))
        except (msgspec.DecodeError, TypeError):
            return None

    def text_paths(self) -> list[tuple[str, str]]:
        """(source id, text path) of every source with a text, in manifest order."""
        return self.conn.execute(
            "SELECT id, text_path FROM sources WHERE text_path IS NOT NULL ORDER BY rowid"
        ).fetchall()

    def entities(self) -> list[str]:
        """Every entity, as JSON."""
        return [row[0] for row in self.conn.execute("SELECT json FROM entities ORDER BY rowid")]

    def entity_rows(self) -> list[tuple[str, str]]:
        """(id, JSON) of every entity, in the order they were written."""
        return self.conn.execute("SELECT id, json FROM entities ORDER BY rowid").fetchall()

    def entity(self, entity_id: str) -> str | None:
        """One entity, as JSON (None when there is none by that id)."""
        row = self.conn.execute("SELECT json FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return None if row is None else str(row[0])

    def subjects(self, ids: Iterable[str] | None = None) -> list[str]:
        """The given subjects (all when None), as JSON, in the order they were written."""
        if ids is None:
            return [row[0] for row in self.conn.execute("SELECT json FROM subjects ORDER BY rowid")]
        return [
            row[0]
            for row in self.conn.execute(
                "SELECT json FROM subjects WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid",
                (json.dumps(sorted(set(ids))),),
            )
        ]

    def subjects_cued_in(self, text: str) -> list[str]:
        """Ids of the subjects with a cue whose index term occurs in `text` (a superset of
        the subjects whose cues match it), in the order they were written."""
        lowered = text.lower()
        prefixes = [p for (p,) in self.conn.execute("SELECT DISTINCT prefix FROM cues") if p in lowered]
        return [
            row[0]
            for row in self.conn.execute(
                "SELECT id FROM subjects WHERE id IN (SELECT subject FROM cues WHERE prefix IN "
                "(SELECT value FROM json_each(?))) ORDER BY rowid",
                (json.dumps(prefixes),),
            )
        ]

    def quotations(self) -> list[tuple[str, str]]:
        """(quoted words, claim id) of every quotation claim."""
        return self.conn.execute(
            "SELECT words, id FROM claims WHERE kind = 'quote' AND words IS NOT NULL ORDER BY rowid"
        ).fetchall()

    def dates(self) -> list[tuple[str, str, int, str]]:
        """(source, path, line, json) of every date claim, in registry order: what the sources
        date (link/support.py's SourceIndex weighs a summary's date and weekday against all of them)."""
        return self.conn.execute(
            "SELECT source, path, line, json FROM claims WHERE kind = 'date' ORDER BY rowid"
        ).fetchall()

    def rows_of(self, claim_ids: Iterable[str]) -> set[int]:
        """Row numbers of the given claims."""
        return {
            row[0]
            for row in self.conn.execute(
                "SELECT rowid FROM claims WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted(set(claim_ids))),),
            )
        }

    def figures(self, prefixes: Sequence[str]) -> list[tuple[str, int, int, str]]:
        """(source, start, end, subject) of every quantity claim with a span whose subject
        begins with one of `prefixes` (automatic count and measure frames), in registry order:
        what a check weighs a summary's figure against in every source sentence holding it
        (link/figures.py), read without building the claims. A frame the claim's noun alone gave
        it (`noun_frame`, registry/counts.py) is left out, as link/figures.py `figure_frame` does."""
        return self.conn.execute(
            "SELECT source, span ->> 0, span ->> 1, subject FROM ("
            "SELECT rowid, source, json -> '$.span' AS span, json ->> '$.subject' AS subject "
            "FROM claims WHERE kind = 'quantity' AND NOT coalesce(json ->> '$.noun_frame', 0)) "
            "WHERE span IS NOT NULL AND span != 'null' AND EXISTS "
            "(SELECT 1 FROM json_each(?) WHERE substr(subject, 1, length(value)) = value) ORDER BY rowid",
            (json.dumps(list(prefixes)),),
        ).fetchall()

    def claims_on_keys_from(self, prefix: str) -> list[tuple[str, str | None]]:
        """(claim id, item) of every claim joining a key that begins with `prefix` (automatic role
        frames: the prefix auto.role.), in registry order, read without building the claims: a range of
        the key index, since every such key sorts between the prefix and its successor."""
        after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        return self.conn.execute(
            "SELECT c.id, c.json ->> '$.item' FROM claim_keys AS k JOIN claims AS c ON c.rowid = k.claim "
            "WHERE k.key >= ? AND k.key < ? ORDER BY c.rowid",
            (prefix, after),
        ).fetchall()

    def keys_of(self, claim_ids: Iterable[str]) -> set[str]:
        """Every subject key the given claims join on."""
        return {
            row[0]
            for row in self.conn.execute(
                "SELECT key FROM claim_keys WHERE claim IN (SELECT rowid FROM claims WHERE id IN "
                "(SELECT value FROM json_each(?)))",
                (json.dumps(sorted(set(claim_ids))),),
            )
        }

    def component(self, keys: Iterable[str]) -> list[int]:
        """Row numbers of every claim connected to `keys`: claims on those keys, and, through
        claims joining several keys (a duration's events), everything those reach in turn."""
        seen_keys = set(keys)
        frontier = set(seen_keys)
        claims: set[int] = set()
        while frontier:
            found = {
                row[0]
                for row in self.conn.execute(
                    "SELECT claim FROM claim_keys WHERE key IN (SELECT value FROM json_each(?))",
                    (json.dumps(sorted(frontier)),),
                )
            } - claims
            claims |= found
            reached = {
                row[0]
                for row in self.conn.execute(
                    "SELECT key FROM claim_keys WHERE claim IN (SELECT value FROM json_each(?))",
                    (json.dumps(sorted(found)),),
                )
            }
            frontier = reached - seen_keys
            seen_keys |= reached
        return sorted(claims)

    def claims(self, rows: Sequence[int] | None = None) -> list[tuple[str, str, int, str]]:
        """(source, path, line, json) of the given claim rows (all when None), in registry order."""
        if rows is None:
            return self.conn.execute("SELECT source, path, line, json FROM claims ORDER BY rowid").fetchall()
        return self.conn.execute(
            "SELECT source, path, line, json FROM claims WHERE rowid IN (SELECT value FROM json_each(?)) "
            "ORDER BY rowid",
            (json.dumps(list(rows)),),
        ).fetchall()

    def fingerprint(self) -> str:
        """A digest of what the store was built from (its files' contents, factcheck's version,
        the store's format and the package's data files): what is derived from the same files
        may be kept under it. Computed once per open store (a check asks for it twice: ~6 ms each at 100k claims)."""
        if self._fingerprint is None:
            self._fingerprint = self._digest()
        return self._fingerprint

    def _digest(self) -> str:
        digest = hashlib.sha256(f"{__version__}\0{FORMAT}\0{data_digest()}".encode())
        for path, sha256 in self.conn.execute("SELECT path, sha256 FROM files ORDER BY path"):
            digest.update(f"\0{path}\0{sha256}".encode())
        return digest.hexdigest()

    def claim_count(self) -> int:
        """How many claims the registry holds."""
        return int(self.conn.execute("SELECT count(*) FROM claims").fetchone()[0])

    def claims_by_source(self) -> dict[str, int]:
        """Source id -> how many claims it has."""
        return dict(self.conn.execute("SELECT source, count(*) FROM claims GROUP BY source").fetchall())

    def partition_count(self) -> int:
        """How many engine partitions the store holds (numbered from 0)."""
        row = self.conn.execute("SELECT max(part) FROM facts").fetchone()
        return 0 if row[0] is None else int(row[0]) + 1

    def partitions(self, first: int, stop: int) -> Iterator[tuple[int, list[dict[str, str]], list[str]]]:
        """(number, facts, its claims' JSON) of partitions first..stop-1, in order, read as a
        stream: only one partition is in memory at a time."""
        rows = self.conn.execute(
            "SELECT f.part, f.t, f.kind, f.tier, f.flag, f.link, f.key, f.from_key, f.to_key, f.src, f.ref, "
            "c.json FROM facts f LEFT JOIN claims c ON c.rowid = f.claim "
            # (part, rowid) is the order of the index the range is read through: no sort of the
            # whole range before its first row (rows are written partition by partition, so it
            # is also the order they were written in)
            "WHERE f.part >= ? AND f.part < ? ORDER BY f.part, f.rowid",
            (first, stop),
        )
        current = -1
        facts: list[dict[str, str]] = []
        claims: list[str] = []
        columns = FACT_COLUMNS  # the query's columns 1..10, in this order
        for row in rows:
            if row[0] != current:
                if facts:
                    yield current, facts, claims
                current, facts, claims = row[0], [], []
            claim = row[11]
            if claim is None:  # an entity's fact has no claim fields
                facts.append({k: v for k, v in zip(columns, row[1:11], strict=False) if v is not None})
            else:
                facts.append(dict(zip(columns, row[1:11], strict=False)))
                claims.append(claim)
        if facts:
            yield current, facts, claims


def open_fresh(root: Path, manifest: Path, claims_files: Sequence[Path | str]) -> Store | None:
    """The store when it is fresh for these files, else None (absent, stale, or unreadable:
    an unreadable one is reported, and the caller rebuilds it)."""
    path = store_path(root)
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        warn_once(f"the compiled store {path} could not be opened; rebuilding it")
        return None
    opened(path)
    try:
        fresh = _fresh(conn, manifest, claims_files)
    except sqlite3.Error:
        conn.close()
        warn_once(f"the compiled store {path} was unreadable; rebuilding it from the YAML")
        return None
    if not fresh:
        conn.close()
        return None
    return Store(conn)


def _fresh(conn: sqlite3.Connection, manifest: Path, claims_files: Sequence[Path | str]) -> bool:
    meta = dict(conn.execute("SELECT name, value FROM meta").fetchall())
    if (
        meta.get("version") != __version__
        or meta.get("format") != FORMAT
        or meta.get("data") != data_digest()
    ):
        return False  # another factcheck, or its data files changed
    files = conn.execute("SELECT path, role, size, mtime_ns, ctime_ns, ino, sha256 FROM files").fetchall()
    # compared as the strings the build wrote (str of each resolved Path), not parsed back into
    # Paths: 5,000 claims files at 100k claims
    recorded = {path for path, role, *_ in files if role in ("manifest", "claims")}
    if recorded != {str(manifest), *map(str, claims_files)}:
        return False  # a claims file was added or removed
    return all(_unchanged(path, *rest) for path, _role, *rest in files)


def _unchanged(path: str, size: int, mtime_ns: int, ctime_ns: int, ino: int, sha256: str) -> bool:
    try:
        stat = os.stat(path)  # not Path(path).stat(): one file per source, 50k at a million claims
    except OSError:
        return False
    if (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino) == (size, mtime_ns, ctime_ns, ino):
        return True
    if stat.st_size != size:
        return False
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest() == sha256
    except OSError:
        return False
