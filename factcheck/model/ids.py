"""Every id factcheck makes up, built and read back in one place.

Ids are text: they stand in claim files, reports, fingerprints and engine facts, so their text is
a contract and never changes. Each form has a builder here, and where some code needs to read one
back, a parser or a test; nothing else in factcheck joins or splits id text by hand.

| form | example | made by |
|---|---|---|
| stand-in subject | `unknown.quantity` | extraction, when no cue matched (never compared) |
| automatic frame | `auto.count.deaths`, `auto.event.struck.y1970` | extraction (joins across sources) |
| unlinked subject | `unlinked.subject:<claim id>`, `unlinked.statement:<digest>` | linking: joins nothing |
| checked document | `draft:examples-summary.md` (and `draft` before linking) | `factcheck check` |
| --source text | `source:a.txt` | `factcheck check --source` |
| rule example source | `example-a` | rule examples |
| candidate claim | `<source>.x-quantity-120`, `-2` on a repeat | extraction |
| linked claim | `<source>.quantity:<slug>:<digest>`, `:2` on a repeat | linking |
| join key | `unknown.quantity@<claim id>` | engine: a stand-in pairs with nothing |
| match ref | `c:<claim id>`, `e:<entity id>` | engine facts |
| finding ref | `finding:<n>:<rule id>:<refs>` | engine chaining |
| partition side | `partition:<key>` | a crashed partition's finding |
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from enum import StrEnum

import msgspec

STAND_IN_PREFIX = "unknown."
AUTO_PREFIX = "auto."
UNLINKED_PREFIX = "unlinked."
DRAFT_SOURCE = "draft"  # extraction's source id for a checked document, before linking names it
DRAFT_PREFIX = "draft:"
LISTED_PREFIX = "source:"
EXAMPLE_PREFIX = "example-"
JOIN_SEPARATOR = "@"
PARTITION_PREFIX = "partition:"
FINDING_PREFIX = "finding:"
# a source id leaves room under the 120-character id limit for the candidate ids made from it
# ('<source>.x-duration-<start>'); ids up to this length are kept as they always were (baselines
# hold them), a longer one used to crash `check` or lose every claim of its file
MAX_SOURCE_ID = 100

_UNSAFE = re.compile(r"[^A-Za-z0-9._:-]+")  # what a source id may not hold (see ID_PATTERN)
_SLUG = re.compile(r"[^a-z0-9]+")


class StandIn(StrEnum):
    """What an extracted claim's subject field stands in for when no cue named a subject."""

    QUANTITY = "quantity"
    EVENT = "event"
    STATEMENT = "statement"


class Family(StrEnum):
    """The families of automatic frames (`auto.<family>.<slug>`)."""

    COUNT = "count"
    MEASURE = "measure"
    EVENT = "event"
    NAME = "name"
    QUOTE = "quote"
    PLACE = "place"
    SPAN = "span"  # what a duration measures: auto.span.capsized.after-departed
    ROLE = "role"  # what a person is: auto.role.<the person's name cluster>


class RefKind(StrEnum):
    """What an engine fact's `ref` points at."""

    CLAIM = "c"
    ENTITY = "e"


class AutoFrame(msgspec.Struct, frozen=True):
    """An automatic frame id read back: its family and the slug after it."""

    family: Family
    slug: str

    def __str__(self) -> str:
        return auto_frame(self.family, self.slug)


# subject ids ---------------------------------------------------------------------------------


def stand_in(kind: StandIn) -> str:
    """The stand-in subject for `kind`: 'unknown.quantity'."""
    return STAND_IN_PREFIX + kind.value


def is_stand_in(ident: str | None) -> bool:
    """True for an extractor's stand-in subject (`unknown.quantity`, `unknown.event`, …)."""
    return bool(ident) and str(ident).startswith(STAND_IN_PREFIX)


def auto_frame(family: Family, slug: str) -> str:
    """The automatic frame id: auto_frame(Family.COUNT, 'deaths') -> 'auto.count.deaths'."""
    return f"{AUTO_PREFIX}{family.value}.{slug}"


PART_MARK = ".part-"  # what a count frame for a part of the count carries before the part's slug


def part_frame(frame: str, parts: Iterable[str]) -> str:
    """The frame of a part of a count: part_frame('auto.count.deaths', ['child', 'in-minxian'])
    -> 'auto.count.deaths.part-child.in-minxian'. A part meets other sources' parts of the same
    kind, never the whole count."""
    return frame + PART_MARK + ".".join(sorted(_SLUG.sub("-", p.lower()).strip("-") for p in parts))


SCOPE_MARK = ".scope-"  # what a count frame for another period than the event carries before its slug


def scope_suffix(scope: str) -> str:
    """The frame suffix of a count over another period than the event's: scope_suffix('past 20
    years') -> '.scope-past-20-years'. Such a count (migrants drowned over two decades) never
    meets the event's own count, only other reports' counts over the same period."""
    return SCOPE_MARK + _SLUG.sub("-", scope.lower()).strip("-")


def is_part_frame(ident: str | None) -> bool:
    """True for the frame of a part of a count (`part_frame`)."""
    return in_family(ident, Family.COUNT) and PART_MARK in str(ident)


def whole_frame(frame: str) -> str:
    """The frame of the count a part's frame is taken from: whole_frame('auto.count.deaths.part-
    child') -> 'auto.count.deaths'; any other frame as it is."""
    return frame.split(PART_MARK, 1)[0]


def is_auto(ident: str | None) -> bool:
    """True for an automatic frame id of any family."""
    return bool(ident) and str(ident).startswith(AUTO_PREFIX)


def in_family(ident: str | None, family: Family) -> bool:
    """True for an automatic frame id of `family` ('auto.count.deaths' is in Family.COUNT)."""
    return bool(ident) and str(ident).startswith(auto_frame(family, ""))


def parse_auto(ident: str | None) -> AutoFrame | None:
    """The family and slug of an automatic frame id; None for any other id (or an unknown family)."""
    if not is_auto(ident):
        return None
    family, dot, slug = str(ident)[len(AUTO_PREFIX) :].partition(".")
    if not dot or family not in {f.value for f in Family}:
        return None
    return AutoFrame(Family(family), slug)


def frame_slug(ident: str, family: Family) -> str:
    """The slug of a frame id of `family`: frame_slug('auto.name.li-wei', Family.NAME) -> 'li-wei'."""
    if not in_family(ident, family):
        raise ValueError(f"{ident!r} is not an auto.{family.value} frame")
    return ident[len(auto_frame(family, "")) :]


def unlinked(field: str, owner: str) -> str:
    """A subject of its own for a claim linking found nothing for: 'unlinked.subject:<claim id>'."""
    return f"{UNLINKED_PREFIX}{field}:{owner}"


def unlinked_statement(words: str) -> str:
    """A statement of its own for quoted words nothing reproduces: 'unlinked.statement:<digest>'."""
    return unlinked("statement", hashlib.sha1(words.encode()).hexdigest()[:8])  # noqa: S324 - an id


def parse_unlinked(ident: str | None) -> tuple[str, str] | None:
    """(field, owner) of an unlinked subject id; None for any other id."""
    if not ident or not ident.startswith(UNLINKED_PREFIX):
        return None
    field, colon, owner = ident[len(UNLINKED_PREFIX) :].partition(":")
    return (field, owner) if colon else None


# source ids ----------------------------------------------------------------------------------


def safe_part(text: str) -> str:
    """Text made fit for a source id (ids allow no slashes: 'examples/a.md' -> 'examples-a.md')."""
    return _UNSAFE.sub("-", text).strip("-")


def draft_source(display: str) -> str:
    """The source id of a checked document shown as `display`: 'draft:examples-a.md'."""
    return _file_source(DRAFT_PREFIX, display)


def listed_source(display: str) -> str:
    """The source id of a --source text shown as `display`: 'source:a.txt'."""
    return _file_source(LISTED_PREFIX, display)


def _file_source(prefix: str, display: str) -> str:
    """prefix + the file's name made safe; a long one keeps its end and a digest of the whole
    ('source:…deep-folder-a.txt-1a2b3c4d'), so every claim id made from it stays valid."""
    ident = prefix + safe_part(display)
    if len(ident) <= MAX_SOURCE_ID:
        return ident
    digest = hashlib.sha1(display.encode("utf-8")).hexdigest()[:8]  # noqa: S324 - an id, not security
    tail = safe_part(display)[-(MAX_SOURCE_ID - len(prefix) - len(digest) - 1) :].lstrip("-._:")
    return f"{prefix}{tail}-{digest}"


def is_draft_source(source_id: str) -> bool:
    """True for a checked document's source id, before linking ('draft') or after ('draft:…')."""
    return source_id == DRAFT_SOURCE or source_id.startswith(DRAFT_PREFIX)


def example_source(pattern: str) -> str:
    """The source of a rule example's claim for pattern `pattern`: 'example-a'."""
    return EXAMPLE_PREFIX + pattern


# claim ids -----------------------------------------------------------------------------------


def candidate_claim(source: str, kind: str, start: int, repeat: int = 1) -> str:
    """An extracted claim's id from its place: '<source>.x-quantity-120', '…-120-2' on a repeat."""
    base = f"{source}.x-{kind}-{start}"
    return base if repeat == 1 else f"{base}-{repeat}"


def linked_claim(source: str, kind: str, text: str, repeat: int = 1) -> str:
    """A linked claim's id from its kind and words, not its place (moving a line keeps
    fingerprints): '<source>.quantity:<slug>:<digest>', ':2' on a repeat."""
    slug = _SLUG.sub("-", text.lower()).strip("-")[:40] or "x"
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]  # noqa: S324 - an id, not security
    base = f"{source}.{kind}:{slug}:{digest}"
    return base if repeat == 1 else f"{base}:{repeat}"


# engine ids ----------------------------------------------------------------------------------


def join_key(key: str, claim_id: str) -> str:
    """A key that joins only its own claim: 'unknown.quantity@<claim id>'."""
    return f"{key}{JOIN_SEPARATOR}{claim_id}"


def claim_ref(claim_id: str) -> str:
    """An engine fact's reference to a claim: 'c:<id>'."""
    return f"{RefKind.CLAIM.value}:{claim_id}"


def entity_ref(entity_id: str) -> str:
    """An engine fact's reference to an entity: 'e:<id>'."""
    return f"{RefKind.ENTITY.value}:{entity_id}"


def parse_ref(ref: str) -> tuple[RefKind, str]:
    """(kind, id) of a match ref; ValueError for anything else."""
    kind, colon, ident = ref.partition(":")
    if not colon or kind not in {k.value for k in RefKind}:
        raise ValueError(f"{ref!r} is not a claim or entity ref")
    return RefKind(kind), ident


def finding_ref(serial: int, rule_id: str, refs: list[str]) -> str:
    """A chained finding fact's ref: unique per run, naming the rule and what it matched."""
    return f"{FINDING_PREFIX}{serial}:{rule_id}:{'|'.join(sorted(refs))}"


def partition_side(partition: str) -> str:
    """The claim id a crashed partition's finding shows: 'partition:<key>'."""
    return PARTITION_PREFIX + partition
