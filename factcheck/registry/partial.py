"""A partial registry read from the compiled store: only the claims a checked document can meet.

`factcheck check` compares a summary with the registry claims on the subjects the summary
speaks about, and with whatever those claims are joined to. Everything else in a large registry
is never looked at, so it is not read: the partial registry holds every entity (names are
matched fuzzily, so any of them may be misspelt in the document) as its stored JSON, each record
built only when a check asks for it by id (`StoredEntities`), the subjects whose cue words may
occur in the document, the claims connected to the given subject keys, their subjects and
sources, and every source text as a file read only if asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from pathlib import Path
from typing import Any, Literal

import msgspec

from factcheck.model import ClaimStatus, DateClaim, Entity, Precision, Source, Subject, Tier, claim_keys
from factcheck.model.ids import Family, auto_frame
from factcheck.model.names import listed_names
from factcheck.model.records import WEEKDAYS, check_order
from factcheck.model.stored import from_json, read_records
from factcheck.registry.loader import Registry, SourceDate, SourceText, claims_from_rows, links_from_json
from factcheck.registry.store import Store


class LazySourceText(SourceText):
    """A source text read from its file on first use (most are never needed by a check); its
    path is made a Path on first use too (parsing 5,000 of them cost 0.1 s a check)."""

    def __init__(self, path: str) -> None:
        self._where = path

    def __getattr__(self, name: str) -> Any:
        if name == "path":
            self.path = Path(self._where)
            return self.path
        if name != "text":
            raise AttributeError(name)
        self.text = Path(self._where).read_text(encoding="utf-8")
        return self.text


class _Names(msgspec.Struct):
    """The fields of a stored entity that make its accepted names (`Entity.accepted_names`)."""

    canonical: str
    aliases: list[str] = msgspec.field(default_factory=list)
    transliterations: list[str] = msgspec.field(default_factory=list)


class StoredEntities(Mapping[str, Entity]):
    """The store's entities, each record read from its JSON when first asked for by id.

    A check looks a handful of entities up by id (the ones its names and mentions meet); what
    it needs of all of them is their names (the entity-names text, the automatic names' exclusion
    list), which `names` reads from the stored JSON without building 11,558 records (~0.1 s at
    100k claims). Iterating values or items reads every record, as a dict of them would.
    """

    def __init__(self, rows: Iterable[tuple[str, str]], listed: frozenset[str] | None = None) -> None:
        self._json = dict(rows)  # id -> the record's JSON
        # the store's `listed_names` (a view's, `_view`, are worked out: it may hold others)
        self._listed = listed
        self._extra: dict[str, Entity] = {}  # records not in the store (`after`)
        self._order = list(self._json)
        self._keys = set(self._order)
        self._read: dict[str, Entity] = {}  # records read so far (shared by views of one store)

    def __getitem__(self, key: str) -> Entity:
        if key not in self._keys:
            raise KeyError(key)
        # `_extra` first: a view's store tables are the whole store's, so they may hold a record
        # for an id that this view took from elsewhere (`after` of a `where` that dropped it)
        if key in self._extra:
            return self._extra[key]
        found = self._read.get(key)
        if found is None:
            found = self._read[key] = from_json(Entity, self._json[key])
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def _view(self, order: list[str], extra: dict[str, Entity]) -> StoredEntities:
        """These ids of the store's records and `extra`'s, in this order."""
        view = StoredEntities(())
        view._json, view._read, view._extra = self._json, self._read, extra
        view._order, view._keys = order, set(order)
        return view

    def after(self, first: Mapping[str, Entity]) -> StoredEntities:
        """`{**first, **self}` without reading the records: an id this view holds keeps its
        record, any other id of `first` has `first`'s (even where the store has one that a
        `where` left out)."""
        extra = {**{k: e for k, e in first.items() if k not in self._keys}, **self._extra}
        return self._view([*first, *(k for k in self._order if k not in first)], extra)

    def where(self, keep: Callable[[str], bool]) -> StoredEntities:
        """`{k: e for k, e in self.items() if keep(k)}` without reading the records."""
        return self._view(
            [k for k in self._order if keep(k)], {k: e for k, e in self._extra.items() if keep(k)}
        )

    def names(self) -> Iterator[tuple[str, list[str]]]:
        """(id, accepted names) of every entity, in order."""
        decode = msgspec.json.Decoder(_Names).decode
        for key in self._order:
            if key in self._extra or key in self._read:  # a built record (see __getitem__)
                yield key, self[key].accepted_names()
            else:
                found = decode(self._json[key])
                yield key, [found.canonical, *found.aliases, *found.transliterations]


class _Published(msgspec.Struct):
    """The last day of a stored source's publication interval (`DateInterval.end`)."""

    end: dt.date


class _Dating(msgspec.Struct):
    """The fields of a stored source a check asks of every source: its tier and date."""

    tier: Tier = Tier.NEWS
    published: _Published | None = None


class StoredSources(MutableMapping[str, Source]):
    """The store's sources, each record read from its JSON when first asked for by id.

    A check asks a handful of sources by id (those of the claims it meets and of their findings);
    what it asks of all of them is each one's tier (the engine's facts) and the latest date (what
    an undated summary is read against), which `tiers` and `latest_published` read from the stored
    JSON without building 5,000 records (~0.05 s at 100k claims: each source's validators run in
    Python). Sources added by a check (its documents) are kept as given, after the store's, as a
    dict would keep them. Iterating values or items reads every record, as a dict of them would.
    """

    def __init__(self, rows: Iterable[tuple[str, str]]) -> None:
        self._json = dict(rows)  # id -> the record's JSON
        self._read: dict[str, Source] = {}  # records read so far (shared by copies of one store)
        self._extra: dict[str, Source] = {}  # records set by the caller, in the order first set
        self._order = list(self._json)

    def __getitem__(self, key: str) -> Source:
        if key in self._extra:
            return self._extra[key]
        if key not in self._json:
            raise KeyError(key)
        found = self._read.get(key)
        if found is None:
            found = self._read[key] = from_json(Source, self._json[key])
        return found

    def __setitem__(self, key: str, value: Source) -> None:
        if key not in self:
            self._order.append(key)
        self._extra[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self._order.remove(key)
        self._extra.pop(key, None)
        if key in self._json:  # this copy's own table: the store's rows stay shared
            self._json = {k: j for k, j in self._json.items() if k != key}

    def __contains__(self, key: object) -> bool:
        return key in self._extra or key in self._json

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def copy(self) -> StoredSources:
        """A copy that can grow without touching this one (`dict(sources)` would read them all)."""
        twin = StoredSources(())
        twin._json, twin._read = self._json, self._read
        twin._extra, twin._order = dict(self._extra), list(self._order)
        return twin

    def _dating(self) -> Iterator[tuple[str, Tier, dt.date | None]]:
        """(id, tier, last day published or None) of every source, in order, read from the
        stored JSON where no record was built or set."""
        decode = msgspec.json.Decoder(_Dating).decode
        for key in self._order:
            if key in self._extra or key in self._read:
                source = self[key]
                yield key, source.tier, source.published.end if source.published else None
            else:
                found = decode(self._json[key])
                yield key, found.tier, found.published.end if found.published else None


def source_tiers(sources: Mapping[str, Source]) -> dict[str, Tier]:
    """Source id -> tier, without reading every stored source when they are the store's."""
    if isinstance(sources, StoredSources):
        return {key: tier for key, tier, _ in sources._dating()}
    return {key: source.tier for key, source in sources.items()}


class _Day(msgspec.Struct):
    """A stored source's publication interval, its first and last day (`DateInterval`)."""

    start: dt.date
    end: dt.date


class _Publication(msgspec.Struct):
    """The publication interval of a stored source."""

    published: _Day | None = None


def published_days(sources: Mapping[str, Source]) -> dict[str, dt.date]:
    """Source id -> the day it was published, for every source published on one day, in order;
    read from the stored JSON where the sources are the store's (a check against 100k claims asks
    it of 5,000 sources, and building their records cost ~0.3 s)."""
    if not isinstance(sources, StoredSources):
        return {
            key: source.published.start
            for key, source in sources.items()
            if source.published is not None and source.published.start == source.published.end
        }
    decode = msgspec.json.Decoder(_Publication).decode
    days: dict[str, dt.date] = {}
    for key in sources._order:
        if key in sources._extra or key in sources._read:  # a built or set record (see __getitem__)
            published = sources[key].published
            day = (published.start, published.end) if published is not None else None
        else:
            found = decode(sources._json[key]).published
            day = (found.start, found.end) if found is not None else None
        if day is not None and day[0] == day[1]:
            days[key] = day[0]
    return days


def latest_published(sources: Mapping[str, Source]) -> dt.date | None:
    """The last day of the latest publication interval of any source (None: none is dated)."""
    if isinstance(sources, StoredSources):
        days = [day for _, _, day in sources._dating() if day is not None]
    else:
        days = [s.published.end for s in sources.values() if s.published is not None]
    return max(days, default=None)


def copied_sources(sources: MutableMapping[str, Source]) -> MutableMapping[str, Source]:
    """A copy of a registry's sources that can grow alone, without reading the store's records."""
    return sources.copy() if isinstance(sources, StoredSources) else dict(sources)


def entity_names(entities: Mapping[str, Entity]) -> Iterator[tuple[str, list[str]]]:
    """(id, accepted names) of every entity of a registry, in order, read from the store's JSON
    where the entities are the store's (StoredEntities)."""
    if isinstance(entities, StoredEntities):
        return entities.names()
    return ((key, entity.accepted_names()) for key, entity in entities.items())


def entities_listed_names(entities: Mapping[str, Entity]) -> frozenset[str] | set[str]:
    """The folded accepted names of the entities that are not automatic name frames
    (model.names.listed_names), the store's where the entities are all of its (StoredEntities)."""
    if isinstance(entities, StoredEntities) and entities._listed is not None:
        return entities._listed
    return listed_names(entity_names(entities))


def entities_where(entities: Mapping[str, Entity], keep: Callable[[str], bool]) -> Mapping[str, Entity]:
    """The entities whose ids `keep` accepts, without reading every stored entity."""
    if isinstance(entities, StoredEntities):
        return entities.where(keep)
    return {k: e for k, e in entities.items() if keep(k)}


def entities_after(first: Mapping[str, Entity], entities: Mapping[str, Entity]) -> Mapping[str, Entity]:
    """`{**first, **entities}`, without reading every stored entity when they are the store's."""
    if isinstance(entities, StoredEntities):
        return entities.after(first)
    return {**first, **entities}


def partial_registry(
    root: Path,
    opened: Store,
    text: str,
    keys: Iterable[str] = (),
    claim_ids: Iterable[str] = (),
    base: Registry | None = None,
) -> Registry:
    """The registry as far as a document with this text can reach it: subjects cued in the
    text, the claims `claim_ids`, and every claim connected to `keys` or to their keys, with
    the frames of every source figure (`Registry.all_figures`).
    `base`: a partial registry of the same store read before, whose sources, texts and
    entities (every one of the store's) are taken instead of being read again."""
    claim_ids = set(claim_ids)
    wanted = set(keys) | opened.keys_of(claim_ids)
    # the claims asked for themselves too: one joining no key (a quotation credited to nobody,
    # on a stand-in statement) is reached by nothing else, and the whole registry has it
    rows = sorted(set(opened.component(wanted) if wanted else ()) | opened.rows_of(claim_ids))
    claims, locations = claims_from_rows(opened.claims(rows) if rows else [])
    subject_ids = set(opened.subjects_cued_in(text))
    subject_ids |= {k for c in claims for k in claim_keys(c) if k}
    # the store's sources, subjects and entities were validated when it was built: a few are read
    # back without building their validators (claims are validated: extraction builds that one)
    subjects = read_records(Subject, opened.subjects(subject_ids))
    # every date of the sources, whatever the document reaches (the index weighs its dates and
    # weekdays against all of them: the full registry's answer)
    dates = base.source_dates() if base is not None else stored_dates(opened.dates())
    figures = base.all_figures if base is not None else figure_frames(opened)
    if base is None:
        # every source's tier and date is asked (the engine's facts, an undated summary's date),
        # each record only by id (StoredSources)
        sources: MutableMapping[str, Source] = StoredSources((i, j) for i, _, j in opened.sources())
        texts: dict[str, SourceText] = {i: LazySourceText(p) for i, p in opened.text_paths()}
        entities: Mapping[str, Entity] = StoredEntities(opened.entity_rows(), opened.listed_names())
    else:
        sources, texts, entities = copied_sources(base.sources), dict(base.texts), base.entities
    return Registry(
        root,
        sources,
        texts,
        entities,
        {s.id: s for s in subjects},
        claims,
        locations,
        frames=links_from_json(opened.links()),
        all_dates=dates,
        all_figures=figures,
    )


class StoredDate(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A stored date claim as the fields a check reads of every one (loader.SourceDate), read
    from the store's JSON without building the claim. The store's JSON is the validated record's
    dump, so the claim's validators leave these fields as written; what the decoder checks is the
    claim's shape: every field of a `DateClaim` and no other (the rest are decoded, never read),
    the types, and the span's and the dates' order. Any other row makes `stored_dates` validate
    every row as a claim, whose errors a corrupt store then gives as on the YAML path."""

    id: str
    source: str
    text: str
    span: tuple[int, int] | None
    event: str
    start: dt.date
    end: dt.date
    precision: Precision
    relative: bool
    # the claim's other fields, in the stored JSON (typed so that a field the claim would refuse
    # is refused here too; no check reads them)
    kind: Literal["date"] = "date"
    status: ClaimStatus = ClaimStatus.CURATED
    note: str | None = None
    weekday: str | None = None
    qualifiers: tuple[str, ...] = ()
    time_start: str | None = None
    time_end: str | None = None
    utc_offset: int | None = None
    zone: str | None = None
    local_clock: bool = True
    time_again: str | None = None
    zone_again: str | None = None
    zone_gap: int | None = None

    def __post_init__(self) -> None:
        # the claim's own order checks (ClaimBase._span_ordered, DateClaim._ordered)
        if self.span is not None and not 0 <= self.span[0] < self.span[1]:
            raise ValueError("span must be [start, end) with 0 <= start < end")
        check_order(self.start, self.end)
        if self.weekday is not None and self.weekday.lower() not in WEEKDAYS:
            raise ValueError(f"weekday '{self.weekday}' is not a day of the week")
        if (self.time_start is None) != (self.time_end is None):
            raise ValueError("time_start and time_end go together")


def stored_dates(rows: list[tuple[str, str, int, str]]) -> Sequence[SourceDate]:
    """The store's date claim rows as `StoredDate`s (at 100k claims, 32k of them: 0.05 s read so,
    0.8 s validated as claims); any row that does not read so makes them all claims, validated
    (a row the claim refuses too raises its ValidationError: a corrupt store)."""
    decode = msgspec.json.Decoder(StoredDate).decode
    try:
        return [decode(j) for *_, j in rows]
    except msgspec.DecodeError:  # its ValidationError too (__post_init__'s ValueError included)
        return date_claims(rows)


FIGURE_FAMILIES = (Family.COUNT, Family.MEASURE)  # the frames a source figure is weighed by (link/figures.py)


def figure_frames(opened: Store) -> list[tuple[str, tuple[int, int], str]]:
    """(source, span, frame) of every source figure of the store with a count or measure frame."""
    prefixes = [auto_frame(family, "") for family in FIGURE_FAMILIES]
    return [(source, (start, end), frame) for source, start, end, frame in opened.figures(prefixes)]


def date_claims(rows: list[tuple[str, str, int, str]]) -> list[DateClaim]:
    """The store's date claim rows as claims."""
    claims, _ = claims_from_rows(rows)
    return [c for c in claims if isinstance(c, DateClaim)]
