"""Load and verify a claim registry: sources manifest, entities, subjects and claims.

Layout of a registry (the project root is one):

    seeds/sources.yaml   the sources manifest: `sources:` list; `file:` paths relative to it
    claims/*.yaml        any mix of `entities:`, `subjects:` and `claims:` sections;
                         a top-level `source:` gives the default source of that file's claims

Every claim that comes from a source text carries `span: [start, end)`; loading checks that the
source's characters at those offsets are exactly the claim's `text`. All problems are collected
and raised together as one ErrorList, each naming file and line.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import json
import os
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import msgspec
from pydantic import ValidationError

from factcheck.errors import ErrorList, FactcheckError, RegistryError
from factcheck.model import (
    SUBJECT_FIELDS,
    Claim,
    ClaimStatus,
    DateClaim,
    Entity,
    LinkNote,
    Precision,
    Side,
    Source,
    Subject,
    claim_keys,
    is_auto,
    is_auto_linked,
)
from factcheck.model.adapters import claim_adapter
from factcheck.model.ids import is_stand_in, parse_ref
from factcheck.model.names import derived_entities, listed_names
from factcheck.model.plain import constructed
from factcheck.registry import store
from factcheck.registry.counts import joined_counts
from factcheck.registry.facts import partitioned
from factcheck.registry.links import SECTIONS as LINK_SECTIONS
from factcheck.registry.links import Links, check_claim_ids, read_links
from factcheck.registry.quotes import joined_quotes
from factcheck.yamlio import LineDict, line_of, load_yaml

MANIFEST = Path("seeds") / "sources.yaml"
CLAIMS_DIR = Path("claims")


class Location(NamedTuple):
    """Where a claim was written: its YAML file and line (a tuple: registries hold 100k+ of them)."""

    path: Path
    line: int


@dataclass
class SourceText:
    """A source file's text, with a line index for offset -> (line, column)."""

    path: Path
    text: str

    @functools.cached_property
    def line_starts(self) -> list[int]:
        """Offsets where lines start; built on first use (most sources never need it in a run)."""
        # accumulated line lengths: a Python loop over every character cost 0.1 ms per source text
        return [0, *itertools.accumulate(len(line) + 1 for line in self.text.split("\n")[:-1])]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def lines_around(self, start: int, end: int) -> str:
        """The whole line(s) holding characters [start, end), without the final newline."""
        first = self.line_starts[bisect.bisect_right(self.line_starts, start) - 1]
        stop = self.text.find("\n", max(end - 1, start))
        return self.text[first : stop if stop >= 0 else len(self.text)]


class TextView(Mapping[str, str]):
    """Source id -> text over `SourceText`s, each text read only when asked for: a check against
    a large registry reads the few texts a document can meet, not every one (the registry's
    texts may be files read on first use, registry/partial.py)."""

    def __init__(self, texts: Mapping[str, SourceText], extra: Mapping[str, str] | None = None) -> None:
        self._texts = texts
        self._extra = dict(extra or {})

    @property
    def extra(self) -> Mapping[str, str]:
        """The texts given as strings (not files)."""
        return self._extra

    def __getitem__(self, source: str) -> str:
        if source in self._extra:
            return self._extra[source]
        return self._texts[source].text

    def __iter__(self) -> Iterator[str]:
        # the order of {**texts, **extra}: a text given again keeps its place
        yield from self._texts
        yield from (s for s in self._extra if s not in self._texts)

    def __len__(self) -> int:
        return len(self._texts) + sum(1 for s in self._extra if s not in self._texts)


class SourceDate(Protocol):
    """What a check reads of every date claim of a registry (`Registry.source_dates`): a
    DateClaim, or a store's date row decoded into just these fields (registry/partial.py
    `StoredDate`, so a check against a large registry validates none of them)."""

    @property
    def id(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def span(self) -> tuple[int, int] | None: ...
    @property
    def event(self) -> str: ...
    @property
    def start(self) -> dt.date: ...
    @property
    def end(self) -> dt.date: ...
    @property
    def precision(self) -> Precision: ...
    @property
    def relative(self) -> bool: ...


class Registry(msgspec.Struct, dict=True):
    """A validated registry: every reference between its parts resolves."""

    root: Path
    sources: MutableMapping[str, Source]  # a dict, or the store's read on demand (registry/partial.py)
    texts: dict[str, SourceText]
    entities: Mapping[str, Entity]  # a dict, or the store's records read on demand (registry/partial.py)
    subjects: dict[str, Subject]
    claims: list[Claim]
    locations: dict[str, Location]
    # Run-time notes on claims that did not come from YAML (`factcheck check` marks a summary's
    # claims it could not link to the registry): claim id -> why.
    links: dict[str, LinkNote] = msgspec.field(default_factory=dict)
    # an editor's corrections to automatic frames (claims/links.yaml): merges and not-same pairs
    frames: Links = msgspec.field(default_factory=Links)
    # every date claim of the registry when `claims` holds only some of them (a partial registry
    # read from the store, registry/partial.py); None: the dates among `claims` are all of them
    all_dates: Sequence[SourceDate] | None = None
    # (source, span, frame) of every source figure with an automatic count or measure frame when
    # `claims` holds only some of them (a partial registry); None: `claims` holds them all. A
    # check weighs a summary's figure against every source sentence holding the same number, and
    # the frame of the source's figure decides (link/figures.py): a whole registry's answer
    all_figures: list[tuple[str, tuple[int, int], str]] | None = None

    def source_dates(self) -> Sequence[SourceDate]:
        """Every date claim of the registry, however few of its claims were read."""
        if self.all_dates is not None:
            return self.all_dates
        return [c for c in self.claims if isinstance(c, DateClaim)]

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id (KeyError when unknown)."""
        return self._by_id[claim_id]

    @functools.cached_property
    def _by_id(self) -> dict[str, Claim]:
        # built on first lookup, after `factcheck check` has added a document's claims
        return {c.id: c for c in self.claims}

    def source_file(self, source_id: str) -> str | None:
        """The source's text file relative to the registry root, if it has one."""
        files = self._files
        if source_id not in files:  # resolving paths costs a system call each: once per source
            text = self.texts.get(source_id)
            files[source_id] = _relative(text.path, self.root) if text is not None else None
        return files[source_id]

    @functools.cached_property
    def _files(self) -> dict[str, str | None]:
        return {}

    def side(self, claim: Claim, value: str | None = None) -> Side:
        """One side of a finding for this claim: source, tier, exact words and position."""
        source = self.sources[claim.source]
        text = self.texts.get(claim.source)
        line = column = None
        file = context = None
        if text is not None and claim.span is not None:
            line, column = text.position(claim.span[0])
            file = self.source_file(claim.source)
            context = text.lines_around(*claim.span)
        return constructed(
            Side,
            claim_id=claim.id,
            source=claim.source,
            tier=source.tier,
            text=claim.text,
            file=file,
            line=line,
            column=column,
            value=value,
            context=context,
            auto_linked=is_auto_linked(claim),
            frame=self._frame_of(claim),
            as_of=_as_of(claim, source),
        )

    def _frame_of(self, claim: Claim) -> str | None:
        key = claim_keys(claim)[0]
        return self.frames.frame(key) if key and is_auto(key) else key


def _as_of(claim: Claim, source: Source) -> str | None:
    """The time a running figure speaks of, as ISO text; for a report dated only to the month
    (or year), that interval ("2015-07"), which is unordered against the days inside it."""
    fields = vars(claim)  # not getattr(claim, "as_of", None): a model's missing attribute
    # raises through pydantic's __getattr__, ~10 µs a time, twice per side of every finding
    moment = fields.get("as_of")
    if moment is not None:
        return str(moment.isoformat())
    published = source.published
    if fields.get("running", False) and published is not None and published.start != published.end:
        return published.iso()
    return None


def find_registry(start: Path) -> Path:
    """The nearest folder at or above `start` that holds a registry (seeds/sources.yaml + claims/)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / MANIFEST).is_file() and (folder / CLAIMS_DIR).is_dir():
            return folder
    raise FactcheckError(
        f"no registry found in {start} or above it",
        hint=f"run from a registry root (with {MANIFEST} and {CLAIMS_DIR}/) or pass --registry PATH",
    )


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def load_registry(root: Path, use_cache: bool = True) -> Registry:
    """Load and verify the registry under `root`; raise ErrorList naming every problem.

    A registry that verified cleanly before and whose files have not changed since comes from
    the compiled store (factcheck.registry.store) instead of being parsed again; `use_cache`
    False (the CLI: FACTCHECK_NO_CACHE) neither reads nor writes the store.
    """
    root = check_root(root)
    if use_cache:
        opened = open_store(root)
        if opened is not None:
            try:
                return _from_store(root, opened)
            finally:
                opened.close()
    registry = _load_and_verify(root)
    if use_cache:
        compile_store(registry)
    return registry


def check_root(root: Path) -> Path:
    """`root` when it is a registry folder; else a RegistryError saying what to do."""
    root = Path(root)
    if not root.is_dir():
        raise RegistryError(
            "registry folder not found", path=root, hint="pass --registry PATH to a registry root"
        )
    if not (root / MANIFEST).exists() and not (root / CLAIMS_DIR).exists():
        raise RegistryError(
            f"not a registry: neither {MANIFEST} nor {CLAIMS_DIR}/ is there",
            path=root,
            hint="start one with `factcheck init DIR`, or pass --registry PATH to an existing one",
        )
    return root


def _claims_file_names(root: Path) -> list[str]:
    """`_claims_files` as strings, without making a Path of each (a check opening the store of
    a 100k-claim registry made and sorted 5,000 of them: 0.07 s)."""
    folder = (root / CLAIMS_DIR).resolve()
    with os.scandir(folder) as entries:
        return [
            str(Path(entry.path).resolve()) if entry.is_symlink() else entry.path
            for entry in entries
            if entry.name.endswith(".yaml")
        ]


def _claims_files(root: Path) -> list[Path]:
    """The claims files, resolved (as `glob("*.yaml")` and `resolve()` give them, with one
    resolve for the folder instead of one per file: a million-claim registry has 50k files)."""
    return sorted(map(Path, _claims_file_names(root)))


def open_store(root: Path) -> store.Store | None:
    """The registry's compiled store when it is fresh, else None."""
    if not ((root / MANIFEST).is_file() and (root / CLAIMS_DIR).is_dir()):
        return None
    return store.open_fresh(root, (root / MANIFEST).resolve(), _claims_file_names(root))


def compile_store(registry: Registry) -> bool:
    """Compile a verified registry into its store (best effort: False when not written)."""
    root = registry.root
    if not ((root / MANIFEST).is_file() and (root / CLAIMS_DIR).is_dir()):
        return False
    files = [store.InputFile((root / MANIFEST).resolve(), "manifest")]
    files += [store.InputFile(p, "claims") for p in _claims_files(root)]
    files += [store.InputFile(t.path.resolve(), "text") for t in registry.texts.values()]
    return store.build(root, _compiled(registry), files)


def _compiled(registry: Registry) -> store.Compiled:
    texts = registry.texts
    rows = []
    for claim in registry.claims:
        loc = registry.locations[claim.id]
        raw = [k for k in claim_keys(claim) if k and not is_stand_in(k)]
        keys = tuple(dict.fromkeys([*raw, *(registry.frames.frame(k) for k in raw if is_auto(k))]))
        words = claim.words if claim.kind == "quote" else None
        rows.append(
            store.ClaimRow(
                claim.id, claim.kind, claim.source, str(loc.path), loc.line, keys, words, _json(claim)
            )
        )
    return store.Compiled(
        sources=[
            (s.id, str(texts[s.id].path) if s.id in texts else None, _json(s))
            for s in registry.sources.values()
        ],
        entities=[(e.id, _json(e)) for e in registry.entities.values()],
        subjects=[(s.id, s.cues, _json(s)) for s in registry.subjects.values()],
        claims=rows,
        links=links_to_json(registry.frames),
        listed=json.dumps(
            sorted(listed_names((e.id, e.accepted_names()) for e in registry.entities.values()))
        ),
        partitions=_partitions(registry),
    )


def _partitions(registry: Registry) -> list[list[tuple[dict[str, str], int | None]]]:
    """The engine's partitions, each fact with the store row of its claim (None: an entity)."""
    rows = {claim.id: n for n, claim in enumerate(registry.claims)}
    tiers = {sid: source.tier for sid, source in registry.sources.items()}
    groups = partitioned(registry.claims, tiers, registry.entities, registry.frames)
    return [
        [(fact, rows.get(parse_ref(fact["ref"])[1]) if fact["t"] == "claim" else None) for fact in group]
        for group in groups
    ]


def links_to_json(links: Links) -> str:
    """An editor's merges and not-same pairs, as the store keeps them."""
    return json.dumps({"merge": links.merge, "not_same": sorted(sorted(p) for p in links.not_same)})


def links_from_json(text: str) -> Links:
    """The merges and not-same pairs back from the store."""
    data = json.loads(text)
    return Links(merge=dict(data["merge"]), not_same={frozenset(p) for p in data["not_same"]})


def _json(record: Any) -> str:
    return str(record.model_dump_json(by_alias=True))


def claims_from_rows(rows: list[tuple[str, str, int, str]]) -> tuple[list[Claim], dict[str, Location]]:
    """Validated claims and where each was written, from the store's (source, path, line, json) rows."""
    claims = [claim_adapter().validate_json(j) for *_, j in rows]
    files: dict[str, Path] = {}  # one Path object per claims file, shared by its claims
    locations = {}
    for claim, (_, path, line, _) in zip(claims, rows, strict=True):
        file = files.get(path)
        if file is None:  # a Path is made once a file, not once a claim (36k of them at 100k claims)
            file = files[path] = Path(path)
        locations[claim.id] = Location(file, line)
    return claims, locations


def _from_store(root: Path, opened: store.Store) -> Registry:
    """The whole registry from its store (review, validate): every record, every text."""
    sources = [Source.model_validate_json(j) for _, _, j in opened.sources()]
    paths = dict(opened.text_paths())
    texts = {i: SourceText(Path(p), Path(p).read_text(encoding="utf-8")) for i, p in paths.items()}
    claims, locations = claims_from_rows(opened.claims())
    return Registry(
        root,
        {s.id: s for s in sources},
        texts,
        {e.id: e for e in (Entity.model_validate_json(j) for j in opened.entities())},
        {s.id: s for s in (Subject.model_validate_json(j) for j in opened.subjects())},
        claims,
        locations,
        frames=links_from_json(opened.links()),
    )


def _load_and_verify(root: Path) -> Registry:
    errors: list[FactcheckError] = []
    sources, texts = _load_sources(root, errors)
    entities: dict[str, Entity] = {}
    subjects: dict[str, Subject] = {}
    raw_claims: list[tuple[Path, LineDict]] = []
    links = Links()
    claims_dir = root / CLAIMS_DIR
    if not claims_dir.is_dir():
        errors.append(RegistryError("claims folder not found", path=claims_dir))
    else:
        for path in sorted(claims_dir.glob("*.yaml")):
            _load_claims_file(path, entities, subjects, raw_claims, links, errors)
    claims, locations = _validate_claims(raw_claims, errors)
    # names extracted without an entity list: one entity per spelling cluster, from its mentions
    entities.update({k: v for k, v in derived_entities(claims).items() if k not in entities})
    _check_references(claims, locations, sources, texts, entities, subjects, errors)
    check_claim_ids(links, set(locations), errors)
    if errors:
        raise ErrorList(errors)
    claims = joined(claims, sources, texts)
    return Registry(root, sources, texts, entities, subjects, claims, locations, frames=links)


def joined(
    claims: Sequence[Claim], sources: Mapping[str, Source], texts: Mapping[str, SourceText]
) -> list[Claim]:
    """The claims as a loaded registry holds them: a quotation printed without a speaker takes
    the statement another outlet's printing has (registry/quotes.py), a count printed with no
    cue the frame other outlets' counts of its noun have (registry/counts.py)."""
    claims = joined_quotes(claims, {k: t.text for k, t in texts.items()})
    return joined_counts(claims, {key: source.report_time() for key, source in sources.items()})


def _load_sources(
    root: Path, errors: list[FactcheckError]
) -> tuple[dict[str, Source], dict[str, SourceText]]:
    manifest = root / MANIFEST
    sources: dict[str, Source] = {}
    texts: dict[str, SourceText] = {}
    try:
        data = load_yaml(manifest)
    except FactcheckError as exc:
        errors.append(exc)
        return sources, texts
    items = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(items, list):
        errors.append(RegistryError("expected a top-level 'sources:' list", path=manifest, hint="see README"))
        return sources, texts
    for index, item in enumerate(items):
        line = getattr(item, "line", None)
        try:
            source = Source.model_validate(item)
        except ValidationError as exc:
            errors.extend(_validation_errors(exc, manifest, item, ("sources", index)))
            continue
        if source.id in sources:
            errors.append(RegistryError(f"duplicate source id '{source.id}'", path=manifest, line=line))
            continue
        sources[source.id] = source
        if source.file is not None:
            text = _read_source_text(root, manifest, source, line, errors)
            if text is not None:
                texts[source.id] = text
    return sources, texts


def _read_source_text(
    root: Path, manifest: Path, source: Source, line: int | None, errors: list[FactcheckError]
) -> SourceText | None:
    assert source.file is not None
    path = (manifest.parent / source.file).resolve()
    if not path.is_relative_to(root.resolve()):
        errors.append(
            RegistryError(
                f"source file '{source.file}' is outside the registry folder",
                path=manifest,
                line=line,
                field="file",
                hint="keep source texts inside the project",
            )
        )
        return None
    try:
        return SourceText(path, path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        errors.append(
            RegistryError(
                f"source file '{source.file}' not found",
                path=manifest,
                line=line,
                field="file",
                hint=f"looked for {path}",
            )
        )
    except (OSError, UnicodeDecodeError) as exc:
        errors.append(RegistryError(f"cannot read source file: {exc}", path=manifest, line=line))
    return None


def _load_claims_file(
    path: Path,
    entities: dict[str, Entity],
    subjects: dict[str, Subject],
    raw_claims: list[tuple[Path, LineDict]],
    links: Links,
    errors: list[FactcheckError],
) -> None:
    try:
        data = load_yaml(path)
    except FactcheckError as exc:
        errors.append(exc)
        return
    if data is None:
        return
    if not isinstance(data, dict):
        errors.append(RegistryError("expected a mapping with claims:, entities: or subjects:", path=path))
        return
    unknown = set(data) - {"source", "claims", "entities", "subjects", *LINK_SECTIONS}
    for key in sorted(unknown):
        errors.append(
            RegistryError(
                f"unknown section '{key}'",
                path=path,
                line=data.key_lines.get(key) if isinstance(data, LineDict) else None,
                hint="sections are: source, claims, entities, subjects, not-same, merge",
            )
        )
    read_links(data, path, links, errors)
    for key, model, target in (("entities", Entity, entities), ("subjects", Subject, subjects)):
        for index, item in enumerate(_section(data, key, path, errors)):
            try:
                obj = model.model_validate(item)
            except ValidationError as exc:
                errors.extend(_validation_errors(exc, path, item, (key, index)))
                continue
            if obj.id in target:
                errors.append(
                    RegistryError(
                        f"duplicate {key[:-1] if key != 'entities' else 'entity'} id '{obj.id}'",
                        path=path,
                        line=getattr(item, "line", None),
                    )
                )
                continue
            target[obj.id] = obj  # type: ignore[assignment]
    default_source = data.get("source")
    for item in _section(data, "claims", path, errors):
        if isinstance(item, LineDict) and default_source is not None and "source" not in item:
            item["source"] = default_source
            item.key_lines["source"] = item.line
        raw_claims.append((path, item))


def _section(data: dict[str, Any], key: str, path: Path, errors: list[FactcheckError]) -> list[Any]:
    items = data.get(key)
    if items is None:
        return []
    if not isinstance(items, list):
        line = data.key_lines.get(key) if isinstance(data, LineDict) else None
        errors.append(RegistryError(f"'{key}' must be a list", path=path, line=line))
        return []
    return items


def _validate_claims(
    raw_claims: list[tuple[Path, LineDict]], errors: list[FactcheckError]
) -> tuple[list[Claim], dict[str, Location]]:
    claims: list[Claim] = []
    locations: dict[str, Location] = {}
    for path, item in raw_claims:
        line = getattr(item, "line", 0)
        if not isinstance(item, dict):
            errors.append(RegistryError("each claim must be a mapping", path=path, line=line or None))
            continue
        if "kind" not in item:
            errors.append(
                RegistryError(
                    "claim has no 'kind'",
                    path=path,
                    line=line,
                    field="kind",
                    hint="kind is one of: quantity, date, duration, quote, mention, relation",
                )
            )
            continue
        try:
            claim = claim_adapter().validate_python(item)
        except ValidationError as exc:
            errors.extend(_validation_errors(exc, path, item, (), strip_kind=True))
            continue
        if claim.id in locations:
            first = locations[claim.id]
            errors.append(
                RegistryError(
                    f"duplicate claim id '{claim.id}' (first at {first.path}:{first.line})",
                    path=path,
                    line=line,
                    field="id",
                    hint="claim ids must be unique across the registry",
                )
            )
            continue
        locations[claim.id] = Location(path, line)
        claims.append(claim)
    return claims, locations


def _validation_errors(
    exc: ValidationError,
    path: Path,
    data: Any,
    prefix: tuple[str | int, ...],
    strip_kind: bool = False,
) -> Iterable[FactcheckError]:
    for err in exc.errors():
        loc = list(err["loc"])
        if strip_kind and loc and isinstance(loc[0], str) and loc[0] in SUBJECT_FIELDS:
            loc = loc[1:]  # the discriminated union puts the kind first
        field_name = ".".join(str(p) for p in loc) or None
        message = err["msg"]
        if err["type"] == "extra_forbidden":
            message = "unknown field"
            hint = "remove it or check its spelling"
        elif err["type"] == "missing":
            message = "required field is missing"
            hint = None
        else:
            hint = None
        line = line_of(data, loc)
        where = f"{'.'.join(str(p) for p in prefix)} " if prefix else ""
        yield RegistryError(f"{where}{message}".strip(), path=path, line=line, field=field_name, hint=hint)


def _check_references(
    claims: list[Claim],
    locations: dict[str, Location],
    sources: dict[str, Source],
    texts: dict[str, SourceText],
    entities: dict[str, Entity],
    subjects: dict[str, Subject],
    errors: list[FactcheckError],
) -> None:
    for claim in claims:
        loc = locations[claim.id]

        def fail(message: str, field: str, hint: str | None = None, loc: Location = loc) -> None:
            errors.append(RegistryError(message, path=loc.path, line=loc.line, field=field, hint=hint))

        source = sources.get(claim.source)
        if source is None:
            fail(f"unknown source '{claim.source}'", "source", f"add it to {MANIFEST}")
            continue
        _check_span(claim, source, texts.get(claim.source), fail)
        for field_name, kind in SUBJECT_FIELDS[claim.kind]:
            ref = getattr(claim, field_name)
            if ref is None:
                continue
            subject = subjects.get(ref)
            if subject is None and is_stand_in(ref) and claim.status is ClaimStatus.CANDIDATE:
                continue  # a candidate waiting for its subject: allowed, never compared as is
            if subject is None and is_auto(ref):
                continue  # an automatic frame: needs no definition, joins claims with the same frame
            if subject is None:
                fail(f"unknown subject '{ref}'", field_name, "define it under 'subjects:' in claims/")
            elif subject.kind is not kind:
                fail(f"subject '{ref}' is a {subject.kind.value}, expected a {kind.value}", field_name)
        if claim.kind == "mention" and claim.entity not in entities and not is_auto(claim.entity):
            fail(f"unknown entity '{claim.entity}'", "entity", "define it under 'entities:' in claims/")
        if claim.kind == "quote" and claim.speaker is not None and claim.speaker not in entities:
            fail(f"unknown entity '{claim.speaker}'", "speaker")


def _check_span(claim: Claim, source: Source, text: SourceText | None, fail: Any) -> None:
    if source.file is None:
        if claim.span is not None:
            fail("a claim from a source without a file cannot have a span", "span")
        return
    if text is None:
        return  # the missing file was already reported
    where = text.text.find(claim.text)
    found = f"'{claim.text}' occurs at span [{where}, {where + len(claim.text)}]" if where >= 0 else None
    if claim.span is None:
        fail("missing span", "span", f"{found}" if found else "the text does not occur in the source")
        return
    start, end = claim.span
    actual = text.text[start:end]
    if actual != claim.text:
        hint = found or "the claim's text does not occur in the source at all"
        fail(
            f"span [{start}, {end}] of {source.file} reads {actual!r}, not {claim.text!r}",
            "span",
            hint,
        )
