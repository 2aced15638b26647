"""Documents and --source texts joined to a registry: extracted, linked, and added as sources.

A checked document becomes a draft-tier source whose claims are linked to the registry's subjects;
a --source text becomes a news-tier source whose claims keep the extractor's cue subjects, so the
texts given on the command line act as a registry made on the fly.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import msgspec

from factcheck.errors import FactcheckError
from factcheck.extract import extract_text
from factcheck.extract.candidates import Candidate, Dropped
from factcheck.extract.dates import DAY_MONTH, MONTH_DAY, days_listed
from factcheck.extract.lexicon import calendar_capitals, caseless, name_like, written_alike
from factcheck.extract.roles import parse_role, role_conflict
from factcheck.extract.text import SpanSet, quote_words
from factcheck.extract.zones import is_city
from factcheck.lazyre import lazy
from factcheck.link import claim_id, isolate, link
from factcheck.link.document import Document, read_document
from factcheck.link.figures import FigureFrames, figure_frame
from factcheck.link.linking import BOUND_WORDS, is_excerpt
from factcheck.link.support import (
    MONTHS,
    STATED_YEAR,
    Accept,
    Evidence,
    SourceIndex,
    Support,
    bound_holds,
    century_named,
    figures_in,
    frame_words,
    hyphened_figures,
    name_words,
    sentence_at,
    sentence_span_at,
    sentences,
    stands_for,
    strict_count_bound,
    strip_possessive,
    unit_names,
    weekday_of,
)
from factcheck.link.texttables import TextTables, index_texts
from factcheck.model import (
    WEEKDAYS,
    Claim,
    DateClaim,
    DateInterval,
    DurationClaim,
    Finding,
    Grade,
    MentionClaim,
    Precision,
    QuantityClaim,
    QuoteClaim,
    RelationClaim,
    Source,
    Tier,
    claim_keys,
)
from factcheck.model.ids import (
    StandIn,
    draft_source,
    is_auto,
    is_draft_source,
    is_stand_in,
    listed_source,
    stand_in,
)
from factcheck.model.keys import LinkNote
from factcheck.model.names import derived_entities, is_auto_name, name_frame
from factcheck.model.quantifiers import points_apart
from factcheck.pipeline.bodies import bodies_replaced
from factcheck.pipeline.bounds import broken_by, exact, met_by
from factcheck.pipeline.margins import margin_support
from factcheck.pipeline.ordinals import ordinals_judged
from factcheck.pipeline.owners import other_owners
from factcheck.pipeline.ranks import ranks_judged
from factcheck.pipeline.roles import is_role, judge_roles, other_countries
from factcheck.pipeline.scores import scores_judged
from factcheck.pipeline.speakers import speakers_judged
from factcheck.pipeline.spoken import (
    clause_event,
    event_of,
    event_words,
    speaking_days,
    spoken_day,
    spoken_phrase,
)
from factcheck.pipeline.swapped import names_swapped
from factcheck.pipeline.timespans import days_between, days_from_event, duration_support
from factcheck.registry import Registry, SourceText
from factcheck.registry.loader import SourceDate
from factcheck.registry.partial import (
    copied_sources,
    entities_after,
    latest_published,
    source_tiers,
)
from factcheck.registry.quotes import joined_quotes
from factcheck.rules.checks.dates import precise_enough, span_fits
from factcheck.rules.checks.support import (
    CLOSEST,
    ELSEWHERE,
    LEXICON_NAME,
    OTHER_BOUND,
    OTHER_SURNAME,
    OTHER_WEEKDAY,
)
from factcheck.wordlists import word_list

UNSUPPORTED = LinkNote.UNSUPPORTED
TENURE_MARK = ".tenure."  # the frame of one holder's tenure in one role (extract/tenures.py)
_MONTH_NAMES = frozenset(month.capitalize() for month in MONTHS)


def draft_id(doc: Document) -> str:
    """The source id of a checked document."""
    return draft_source(doc.display)


Warn = Callable[[str], None]  # where to say something the user should know (the CLI: stderr)


def empty_registry(root: Path) -> Registry:
    """A registry with nothing in it, for checking against --source files alone."""
    return Registry(root, {}, {}, {}, {}, [], {})


def extendable(registry: Registry) -> Registry:
    """A copy whose sources, texts, claims and links can grow without touching the original."""
    return msgspec.structs.replace(
        registry,
        sources=copied_sources(registry.sources),
        texts=dict(registry.texts),
        claims=list(registry.claims),
        subjects=dict(registry.subjects),
        links=dict(registry.links),
    )


def add_sources(
    registry: Registry,
    files: Sequence[Path],
    published: DateInterval | None,
    warn: Warn | None = None,
    undated: DateInterval | None = None,
) -> Registry:
    """The registry plus claims extracted from source files (`--source`): a registry on the fly.
    Names are clustered over all the files at once, so each spelling gets the same frame in every
    file, and each cluster becomes an entity (its dominant spelling canonical). `undated`: what a
    file with no date of its own is read against (the checked documents' date), so its times of
    day are kept as they are when the same file is a registry source with a date."""
    registry = extendable(registry)
    docs = {}
    for path in files:
        doc = read_document(path, published)
        source_id = listed_source(doc.display)
        if source_id in registry.sources or source_id in docs:
            raise FactcheckError("given twice", path=path)
        docs[source_id] = doc
    corpus = {**{k: t.text for k, t in registry.texts.items()}, **{k: d.prose for k, d in docs.items()}}
    extracted: list[Claim] = []
    unknown_week: list[tuple[str, Document]] = []  # files with no date, read against `undated`
    for source_id, doc in docs.items():
        dropped: list[Dropped] = []
        candidates = extract_text(
            doc.prose,
            published=doc.published or undated,
            registry=registry,
            source=source_id,
            corpus=corpus,
            dropped=dropped,
        )
        _report(dropped, doc, warn)
        if doc.published is None:
            # "today", "yesterday" of a file with no date: `undated` is when the summary was
            # written, not when the file spoke, so they date nothing (pipeline/spoken.py)
            candidates = [c for c in candidates if not spoken_phrase(c.claim)]
            if undated is not None:
                unknown_week.append((source_id, doc))
        extracted += _numbered(candidates, source_id)
        registry.sources[source_id] = Source(
            id=source_id, file=doc.display, title=doc.title, published=doc.published, tier=Tier.NEWS
        )
        registry.texts[source_id] = SourceText(doc.path, doc.prose)  # no front matter: it states nothing
    if unknown_week:
        extracted = _weekdays_unweeked(extracted, unknown_week, registry, corpus, undated)
        extracted = _clocks_undayed(extracted, {source for source, _ in unknown_week}, undated)
    # as the registry loader does: a quotation credited to nobody takes another outlet's statement
    registry.claims.extend(_isolated(joined_quotes(extracted, {k: d.prose for k, d in docs.items()})))
    registry.entities = entities_after(derived_entities(registry.claims), registry.entities)
    return registry


def _weekdays_unweeked(
    claims: list[Claim],
    unknown_week: Sequence[tuple[str, Document]],
    registry: Registry,
    corpus: Mapping[str, str],
    written: DateInterval | None = None,
) -> list[Claim]:
    """A file with no date of its own says "on Tuesday" of a week only its own day would tell.
    Read against the summary's date (`undated`), that Tuesday is the summary's week's: right for
    a summary written days after its sources, but where the other claims date their Tuesday
    (`_weekdays_pinned`: "Tuesday, March 14", a dated report's "on Tuesday") and never to that
    day, a summary's "Tuesday, March 21" would be borne out by a report of Tuesday 14 March. Such
    a weekday is read against the sources' time frame instead (the year they state most often,
    as a summary with no date is): any such weekday of that year, a weekday of no known week; with
    the summary's date (`written`), any of the year up to it, as an undated clock's day is
    (`_clocks_undayed`)."""
    pinned = _weekdays_pinned(claims, {source for source, _ in unknown_week})
    redone: dict[str, Claim] = {}
    for source, doc in unknown_week:
        moved = [
            c for c in claims if c.source == source and _bare_weekday(c) and _pinned_elsewhere(c, pinned)
        ]
        if not moved:
            continue
        framed = extract_text(
            doc.prose,
            published=_weeks_frame(corpus, written),
            registry=registry,
            source=source,
            corpus=corpus,
        )
        spans = {c.claim.span: c.claim for c in framed if isinstance(c.claim, DateClaim) and c.claim.relative}
        for claim in moved:
            other = spans.get(claim.span)
            if isinstance(other, DateClaim):
                update = {"start": other.start, "end": other.end, "precision": other.precision}
                redone[claim.id] = claim.model_copy(update=update)
    return [redone.get(c.id, c) for c in claims]


def _clocks_undayed(claims: list[Claim], undated: set[str], written: DateInterval | None) -> list[Claim]:
    """A file with no date of its own gives a time of day with no day ("Around 1:30 a.m. the
    ship hit the bridge", "at 3 p.m. today"): read against the summary's date, its day is that
    date or the day before, a guess that faults a summary written days later for the day the
    sources meant (session 31, a new story checked with --source files). Its day is unknown
    instead: any day of the year up to the summary's date (`written`), so only its clock is
    weighed. A clock whose sentence gives its day ("Tuesday at 1:28 a.m.") keeps that day."""
    if written is None:
        return claims
    year = _year_up_to(written)
    days = {"start": year.start, "end": year.end}
    redone: list[Claim] = []
    for claim in claims:
        if (
            isinstance(claim, DateClaim)
            and claim.source in undated
            and claim.relative
            and claim.precision is Precision.TIME
            and claim.start != claim.end  # the summary's date or the day before: no day of its own
        ):
            claim = claim.model_copy(update=days)
        redone.append(claim)
    return redone


UNDAYED_CLOCK_DAYS = 365  # how far before a summary's date its undated sources' clocks may fall


def _weekdays_pinned(claims: Sequence[Claim], unknown_week: set[str]) -> dict[str, set[dt.date]]:
    """Per weekday, the days the claims date it to: one-day dates that name their weekday ("Tuesday,
    March 14") or a day that falls on it ("On September 10, Storm Daniel made landfall": a Sunday;
    session 33); never a relative day ("on Tuesday"), which a file with no date of its own reads
    against the summary's week."""
    pinned: dict[str, set[dt.date]] = {}
    for claim in claims:
        if not isinstance(claim, DateClaim) or claim.start != claim.end:
            continue
        if claim.relative:
            continue  # a resolved "on Saturday" may be misread ("will appear ... on Tuesday")
        pinned.setdefault(weekday_of(claim.start), set()).add(claim.start)
    return pinned


def _pinned_elsewhere(claim: Claim, pinned: Mapping[str, set[dt.date]]) -> bool:
    """Whether the other claims date the claim's weekday, and never to its day."""
    assert isinstance(claim, DateClaim)
    days = pinned.get(weekday_of(claim.start), set())
    return bool(days) and claim.start not in days


def _bare_weekday(claim: Claim) -> bool:
    """A day named by its weekday alone ("on Tuesday", "Tuesday night"), with no date or clock
    (a part of the day, "on Sunday night", is no clock: session 33)."""
    return (
        isinstance(claim, DateClaim)
        and claim.relative
        and not any(char.isdigit() for char in claim.text)
        and claim.start == claim.end
        and bool(_WEEKDAY_NAMED.search(claim.text.lower()))
    )


_WEEKDAY_NAMED = lazy(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b")


def _weeks_frame(corpus: Mapping[str, str], written: DateInterval | None) -> DateInterval:
    """The days an undated text's weekday may fall on: the year up to the summary's date (the
    sources' most stated year misleads where they dwell on the past: "cracked since 1998" in two,
    "Sept 16, 2023" in one; session 33), else `_texts_frame`."""
    return _texts_frame(corpus) if written is None else _year_up_to(written)


def _year_up_to(written: DateInterval) -> DateInterval:
    """The days an undated source's clock or weekday may fall on: the UNDAYED_CLOCK_DAYS up to the
    summary's date."""
    return DateInterval(
        start=written.start - dt.timedelta(days=UNDAYED_CLOCK_DAYS),
        end=written.end,
        precision=Precision.DAY,
        basis="the year up to the summary's date",
    )


def _texts_frame(corpus: Mapping[str, str]) -> DateInterval:
    """The year the texts state most often (else this year): the days a weekday of an undated
    text may fall on."""
    years = Counter(int(y) for text in corpus.values() for y in STATED_YEAR.findall(text))
    year = years.most_common(1)[0][0] if years else dt.date.today().year
    return DateInterval(
        start=dt.date(year, 1, 1),
        end=dt.date(year, 12, 31),
        precision=Precision.YEAR,
        basis="the sources' year",
    )


def _report(dropped: Sequence[Dropped], doc: Document, warn: Warn | None) -> None:
    """Say which words of a document made no valid claim (positions are in its prose)."""
    if warn is not None:
        for item in dropped:
            warn(item.warning(doc.display))


def link_sources(candidates: Sequence[Candidate], source_id: str) -> list[Claim]:
    """Source claims keep the extractor's cue subjects: they are the registry here. A claim with
    a stand-in subject gets subject ids of its own instead, so a document's quotation can still
    be linked to that very quotation (by its words) without pairing with every other one."""
    return _isolated(_numbered(candidates, source_id))


def _numbered(candidates: Sequence[Candidate], source_id: str) -> list[Claim]:
    """The candidates' claims with their ids in source `source_id`."""
    seen: Counter[str] = Counter()
    return [
        c.claim.model_copy(update={"id": claim_id(source_id, c.claim, seen), "source": source_id})
        for c in candidates
    ]


def _isolated(extracted: Sequence[Claim]) -> list[Claim]:
    """Claims with a stand-in subject given subject ids of their own (link_sources)."""
    claims: list[Claim] = []
    for claim in extracted:
        placeholder = any(is_stand_in(k) for k in claim_keys(claim))
        if placeholder and isinstance(claim, DurationClaim) and is_auto(claim.subject):
            claims.append(_span_kept(claim))  # what it measures joins; its stand-in ends do not
            continue
        claims.append(isolate(claim) if placeholder else claim)
    return claims


def _span_kept(claim: DurationClaim) -> DurationClaim:
    """A duration with an automatic span frame (auto.span.capsized.after-departed) and stand-in
    ends: the ends get ids of their own, the frame stays, so FC205 compares the sources' figures."""
    isolated = isolate(claim)
    assert isinstance(isolated, DurationClaim)
    update = {
        name: getattr(isolated, name)
        for name in ("from_event", "to_event")
        if is_stand_in(getattr(claim, name))
    }
    return claim.model_copy(update=update)


class Checked(msgspec.Struct):
    """What `check` found about a document's values before the rules run: each claim's support
    in the source texts (None: nothing to look up), and the name words it looked up."""

    support: dict[str, Support] = msgspec.field(default_factory=dict)
    index: SourceIndex | None = None
    # values linked to a frame that no source claim of it and no source text states: supported
    # by no comparison (pipeline/introduced.py), with what the texts said
    introduced: dict[str, Support] = msgspec.field(default_factory=dict)
    names: list[tuple[str, str, tuple[int, int], Support]] = msgspec.field(default_factory=list)
    # the automatic frame extraction gave each document figure ("auto.count.deaths"), by claim
    # id, though linking left it unlinked: what a source figure must be of to compete with it
    frames: dict[str, str] = msgspec.field(default_factory=dict)


def with_documents(
    registry: Registry,
    documents: Sequence[Document],
    warn: Warn | None = None,
    extracted: Mapping[tuple[str, DateInterval | None], tuple[list[Candidate], list[Dropped]]] | None = None,
    tables: TextTables | None = None,
) -> tuple[Registry, frozenset[str], Checked]:
    """The registry plus each document's linked claims, as draft-tier sources, and what the
    source texts say about each of its values. `extracted`: candidates (and dropped words)
    already found in a document's prose with that date against this registry (pipeline.reach);
    `tables`: the registry's source texts indexed once (pipeline/textstore.py)."""
    combined = extendable(registry)
    index = source_index(registry, tables)
    days = speaking_days(registry)
    checked = Checked(index=index)
    lower_sources = index.caseless()
    drafts = []
    # undated documents are dated by the sources (read once) and their own prose
    frame_of = time_frames(registry) if any(doc.published is None for doc in documents) else None
    for doc in documents:
        source_id = draft_source(doc.display)
        if source_id in combined.sources:
            continue  # the same file named twice
        drafts.append(source_id)
        published = doc.published
        if published is None:
            assert frame_of is not None  # built above for any undated document
            published = frame_of(doc.prose)
        lower_case = lower_sources and caseless(doc.prose)  # names and dates written in lower case
        prose = calendar_capitals(doc.prose) if lower_case else doc.prose
        found = (extracted or {}).get((prose, published))  # not when the prose was recased
        dropped: list[Dropped] = list(found[1]) if found else []
        candidates = (
            list(found[0])
            if found
            else extract_text(prose, published=published, registry=registry, dropped=dropped)
        )
        _report(dropped, doc, warn)
        introduced_before = set(checked.introduced)
        claims, links = link(candidates, registry, source_id, doc.prose, index.tables)
        judge_roles(claims, links, registry, index, checked.support, doc.prose)
        other_countries(claims, links, index, checked.support, doc.prose)
        claims = framed(claims, links, candidates, registry, doc.prose, index.texts)
        figures = _figure_test(registry, index, candidates, doc.prose)
        claims = unbacked_in_frame(claims, links, registry, index, checked, figures)
        look_up(claims, links, index, checked, Dated(doc.prose, published), figures, days)
        claims = bounds_compared(claims, links, candidates, registry, checked, index.texts)
        borne_out_tenures(claims, links, candidates, registry, checked)
        counted_from_event(claims, links, candidates, index, checked, doc.prose)
        counted_from_date(claims, links, candidates, index, checked, doc.prose)
        _note_frames(claims, candidates, checked)
        claims += unsupported_figures(doc, source_id, claims, index, checked, links)
        claims += unsupported_names(doc, source_id, claims, index, checked, links, lower_case)
        claims = other_owners(doc.prose, source_id, claims, index, checked.support, links, lower_case)
        claims = names_swapped(doc.prose, claims, index, checked.support, links, lower_case)
        claims = bodies_replaced(doc.prose, source_id, claims, index, checked.support, links, lower_case)
        claims = ordinals_judged(doc.prose, source_id, claims, index, checked.support, links)
        claims = scores_judged(doc.prose, source_id, claims, index, checked.support, links)
        claims = ranks_judged(doc.prose, source_id, claims, index, checked.support, links)
        claims = speakers_judged(claims, registry, index, checked.support, links, doc.prose)
        # a claim a later step replaced (an ordinal judged against the sources' ordinals) is no
        # longer this document's to report as introduced
        kept = {c.id for c in claims}
        for stale in set(checked.introduced) - introduced_before - kept:
            del checked.introduced[stale]
        combined.sources[source_id] = Source.model_construct(
            id=source_id, file=doc.display, title=doc.title, published=doc.published, tier=Tier.DRAFT
        )
        combined.texts[source_id] = SourceText(doc.path, doc.text)
        combined.claims.extend(claims)
        combined.links.update(links)
    return combined, frozenset(drafts), checked


def framed(
    claims: list[Claim],
    links: dict[str, LinkNote],
    candidates: Sequence[Candidate],
    registry: Registry,
    prose: str,
    texts: Mapping[str, str] | None = None,
) -> list[Claim]:
    """Unlinked counts, measures and dates take the automatic frame extraction gave them when a
    source claim of that frame agrees with them, or, for an open bound ("more than 12", "dozens"),
    is a figure of the same thing it is true of (14; pipeline/bounds.py, given the `texts`): the frames `review` joins the sources by, so a
    summary that follows one outlet is weighed against the others (a curated subject, chosen by
    linking, always comes first). A value no source claim of its frame agrees with stays
    unlinked and is looked up in the texts (FC602), since the frame may be wrong ("wound up on
    Monday, a day after the derailment" is not the derailment's date). A date after a bound
    word ("by Monday") stays unlinked: it says as of when, not when the event happened."""
    peers: dict[tuple[str, str], list[Claim]] = {}
    for claim in registry.claims:
        if not is_draft_source(claim.source):
            peers.setdefault((claim.kind, claim_keys(claim)[0] or ""), []).append(claim)
    frames: dict[tuple[str, tuple[int, int] | None], str | None] = {
        (c.kind, c.span): _frame_of(c.claim) for c in candidates
    }
    dated: dict[tuple[int, int] | None, Claim] = {
        c.span: c.claim for c in candidates if isinstance(c.claim, DurationClaim)
    }
    result = []
    for claim in claims:
        frame = frames.get((claim.kind, claim.span))
        if isinstance(claim, DurationClaim) and links.get(claim.id) is LinkNote.UNLINKED:
            claim = _dated_span(claim, dated.get(claim.span), peers, prose)
        elif links.get(claim.id) is LinkNote.UNLINKED and frame:
            field = "event" if isinstance(claim, DateClaim) else "subject"
            candidate = claim.model_copy(update={field: frame})
            agreeing = any(_agrees(candidate, peer) for peer in peers.get((claim.kind, frame), []))
            if not agreeing and isinstance(candidate, QuantityClaim) and texts is not None:
                agreeing = met_by(candidate, _counts(peers.get((claim.kind, frame), [])), texts)
            if agreeing and not (isinstance(claim, DateClaim) and _after_bound(claim, prose)):
                claim = candidate
                del links[claim.id]
        result.append(claim)
    return result


def unbacked_in_frame(
    claims: list[Claim],
    links: dict[str, LinkNote],
    registry: Registry,
    index: SourceIndex,
    checked: Checked,
    figures: Callable[[QuantityClaim], Accept],
) -> list[Claim]:
    """A count linked to a frame (curated or automatic) that no source claim of the frame states
    (`_backs`) and no source text states in any form is a figure the summary introduced: the
    rules may still compare it with the frame's figures, but a comparison that finds no material
    difference does not support it (pipeline/introduced.py then reports it unsupported, FC602).
    One linked to an automatic frame whose source figures it only overlaps ("at least 11 people"
    where the source says "at least 17": no rule compares two overlapping ranges) is unlinked at
    once and unsupported. A range of days no source date covers is introduced the same way."""
    peers: dict[str, list[QuantityClaim]] = {}
    for claim in registry.claims:
        if isinstance(claim, QuantityClaim) and not is_draft_source(claim.source):
            peers.setdefault(claim.subject, []).append(claim)
    dates = [d for d in registry.source_dates() if not is_draft_source(d.source)]
    result: list[Claim] = []
    for claim in claims:
        if claim.id in links:
            pass
        elif isinstance(claim, DateClaim) and _days_unstated(claim, dates, index):
            checked.introduced[claim.id] = Support(False)
        elif isinstance(claim, QuantityClaim) and not is_stand_in(claim.subject):
            frame = peers.get(claim.subject, [])
            curated = not is_auto(claim.subject)
            if strict_count_bound(claim) and _broken_by_exact(claim, frame, index.texts):
                # "more than 14" where every exact count of its frame is 14: the sources give
                # the figure the bound leaves out, so no look-up of a figure beyond it may stand
                # for it (session 26, issue 14)
                checked.introduced[claim.id] = Support(False)
            elif not any(_backs(claim, peer, curated) for peer in frame) and not met_by(
                claim, frame, index.texts
            ):
                # a bound of a curated frame holds for any figure of the same thing beyond it
                open_bound = curated and not claim.qualifiers  # not "civilians" for a text's whole toll
                support = index.number(claim, figures(claim), open_bound=open_bound)
                if support is not None and not support.found:
                    if frame and is_auto(claim.subject) and all(_overlap(claim, peer) for peer in frame):
                        claim = isolate(claim)
                        links[claim.id] = UNSUPPORTED
                        checked.support[claim.id] = support
                    else:
                        checked.introduced[claim.id] = support
        result.append(claim)
    return result


def _broken_by_exact(claim: QuantityClaim, frame: list[QuantityClaim], texts: Mapping[str, str]) -> bool:
    """True when the frame's exact counts of the same thing all break a strict bound ("more than
    14" against 14 killed) and no source writes the bound itself ("more than 1,200 houses" in two
    reports beside a headline's "1,200 homes": the headline rounds the reports' bound)."""
    if broken_by(claim, frame, texts) is None:
        return False
    return not any(p.approx is not None and p.value == claim.value for p in frame)


def _counts(claims: Sequence[Claim]) -> list[QuantityClaim]:
    return [c for c in claims if isinstance(c, QuantityClaim)]


def bounds_compared(
    claims: list[Claim],
    links: dict[str, LinkNote],
    candidates: Sequence[Candidate],
    registry: Registry,
    checked: Checked,
    texts: Mapping[str, str],
) -> list[Claim]:
    """An open bound no source text states ("more than 20 people died") whose automatic frame's
    exact source counts of the same thing all break it (14 killed) is contradicted by them:
    FC602 says so (`bound-broken`, with the source's figure and sentence), not that no source
    states it. Only values already unsupported are judged, so no finding is added; a bound
    is never linked to the frame, where a tally's higher figure would read as an update."""
    frames: dict[tuple[str, tuple[int, int] | None], str | None] = {
        (c.kind, c.span): _frame_of(c.claim) for c in candidates
    }
    peers: dict[str, list[QuantityClaim]] = {}
    for claim in registry.claims:
        if isinstance(claim, QuantityClaim) and not is_draft_source(claim.source) and is_auto(claim.subject):
            peers.setdefault(claim.subject, []).append(claim)
    result: list[Claim] = []
    for claim in claims:
        frame = frames.get((claim.kind, claim.span))
        if (
            isinstance(claim, QuantityClaim)
            and frame
            and links.get(claim.id) is UNSUPPORTED
            and not claim.note
        ):
            breaking = broken_by(claim, peers.get(frame, []), texts)
            if breaking is not None:
                claim = claim.model_copy(update={"note": f"{OTHER_BOUND}{_stated(breaking, texts)}"})
        result.append(claim)
    return result


def _stated(peer: QuantityClaim, texts: Mapping[str, str]) -> str:
    """A source count with its sentence, as FC602 quotes it: 14 people (“… killing 14 people …”)."""
    text = texts.get(peer.source, "")
    sentence = " ".join(sentence_at(text, peer.span[0]).split()) if peer.span is not None and text else ""
    return f"“{peer.text}”: “{sentence}”" if sentence else f"“{peer.text}”"


def _days_listed(claim: DateClaim, prose: str) -> bool:
    """True for a date that lists its days with their numbers ("July 1 and 2", "the nights of 21
    and 22 March"), not a range ("June 14-16", "from May 1 to June 30", "between March 21 and
    23": sources giving its first and last days seldom write the days between), nor a weekday or
    a weekend the document's date leaves open."""
    if (
        claim.precision is not Precision.DAYS
        or claim.start >= claim.end
        or claim.relative
        or claim.weekday_in_words()
        or claim.span is None
        or len(re.findall(r"\d+", claim.text)) < 2
    ):
        return False
    return days_listed(claim.text, prose[max(0, claim.span[0] - 12) : claim.span[0]])


def _days_unstated(claim: DateClaim, dates: Sequence[SourceDate], index: SourceIndex) -> bool:
    """True for a date listing two or more days ("on July 1 and 2") one day of which no source
    states: neither a source date to the day covering it nor a source text. Sources that
    say "June 30 and July 1" do not state July 1 and 2; sources that say "opens on 14 May and
    closes on 15 May" state "on 14 and 15 May", a day at a time."""
    if claim.precision is not Precision.DAYS or claim.start == claim.end:
        return False
    day_like = (Precision.DAY, Precision.DAYS, Precision.TIME)
    # a relative source date longer than the claim states none of its days: "Friday and Sunday"
    # in a report whose week is unknown may be any of four weeks
    length = claim.end - claim.start
    dates = [d for d in dates if d.precision in day_like and (not d.relative or d.end - d.start <= length)]
    if any(d.start <= claim.start and claim.end <= d.end for d in dates):
        return False
    # "June 23 and 25" lists two days, not the 24th between them
    listed = days_listed(claim.text, "")
    written = {int(n) for n in re.findall(r"\d+", claim.text) if int(n) <= 31}
    day = claim.start
    while day <= claim.end:
        if (not listed or day.day in written) and not any(d.start <= day <= d.end for d in dates):
            one = claim.model_copy(update={"start": day, "end": day, "precision": Precision.DAY})
            support = index.date(one)
            if support is None or not support.found:
                return True
        day += dt.timedelta(days=1)
    return False


def _backs(claim: QuantityClaim, peer: QuantityClaim, curated: bool = False) -> bool:
    """True when a source count states the claim's figure: they agree, and where either is a
    one-sided bound ("at least 17", "up to 3,460") the two figures are the same; or the claim
    rounds the source's figure ("more than 4,700" for "at least 4,731"), as it may a text's.
    Of a `curated` frame (its figures are of one thing, a curator's), a one-sided bound at or
    below (a lower one: "at least 1,100") or at or above (an upper one: "fewer than 1,400")
    the source's exact figure of the same kind (qualifiers) also holds (`bound_holds`)."""
    if peer.value is not None and stands_for(claim, peer.value):
        return True
    same_kind = sorted(claim.qualifiers) == sorted(peer.qualifiers)  # not civilians for a whole toll
    if curated and same_kind and peer.value is not None and bound_holds(claim, peer.value):
        return True
    if claim.vague is not None and peer.value is not None:
        low, high = claim.interval()
        return low <= peer.value <= high  # "thousands" for 4,731
    if not _agrees(claim, peer):
        return False
    one_sided = any(low <= 0 or math.isinf(high) for low, high in (claim.interval(), peer.interval()))
    return not one_sided or central_figure(claim) == central_figure(peer)


def _dated_span(
    claim: DurationClaim,
    extracted: Claim | None,
    peers: dict[tuple[str, str], list[Claim]],
    prose: str = "",
) -> DurationClaim:
    """A duration whose sentence dates its end ("on July 22, two days after the quake struck")
    counts from its anchor's event frame when a source dates that event, so FC204 judges it by
    those dates; its figure is still looked up in the texts (FC602), since a source's date of
    that frame may be another event's. One right after "in" or "within" ("the second setback in
    a week after Tuesday's explosion") bounds the time since the anchor: up to its figure
    (`_BOUNDING`; an approximated one, "within about a week", keeps its approximation)."""
    if not isinstance(extracted, DurationClaim) or extracted.ends_on is None:
        return claim
    frame = extracted.from_event
    if not is_auto(frame) or not peers.get(("date", frame)):
        return claim
    update: dict[str, Any] = {"from_event": frame, "ends_on": extracted.ends_on}
    if _bounding_word_before(claim, prose) and claim.approx is None and claim.value is not None:
        update["approx"] = "up to"  # "within about a week": judged by its approximation, as before
    return claim.model_copy(update=update)


# "within" always bounds; "in" only after a noun of a "for"/"of" phrase ("the second setback for
# commercial spaceflight in a week after ..."): after a verb it is a particle ("moved in a week
# after", "sworn in", "came in"), and a word alone cannot tell a noun from a verb
_BOUNDING = lazy(
    r"(?:\b[Ww]ithin|\b(?:for|of)\s+(?:[a-z]+\s+)?[a-z]+(?<!ed)(?<!ing)(?<!en)(?<!rn)(?<!wn)\s+in)\s+\Z"
)
_BOUNDING_OPENING = lazy(r"within\s", re.IGNORECASE)


def _bounding_word_before(claim: Claim, prose: str) -> bool:
    """Whether "within", or "in" after a noun (`_BOUNDING`), stands right before the claim's words
    ("in a week after ...") or "within" opens them ("within a week after ...")."""
    if claim.span is None:
        return False
    if _BOUNDING_OPENING.match(claim.text):
        return True
    return _BOUNDING.search(prose, max(0, claim.span[0] - 60), claim.span[0]) is not None


def _agrees(claim: Claim, peer: Claim) -> bool:
    """True when a source claim states the claim's value, not merely a range that holds it:
    "more than 100" does not agree with 124, and a month does not agree with a day in it."""
    if isinstance(claim, QuantityClaim) and isinstance(peer, QuantityClaim):
        if strict_count_bound(claim) and exact(peer) and peer.value == claim.value:
            return False  # "more than 14" and 14 killed: the bound leaves the figure out
        (a, b), (c, d) = claim.interval(), peer.interval()
        if points_apart(claim.approx, peer.approx) and central_figure(claim) == central_figure(peer):
            return False  # "more than 300" and "nearly 300" meet at 300 but point apart
        return a <= central_figure(peer) <= b and c <= central_figure(claim) <= d
    if isinstance(claim, DateClaim) and isinstance(peer, DateClaim):
        if claim.start <= peer.start and peer.end <= claim.end:
            return True
        # a clock whose day its report leaves open (`_clocks_undayed`: an undated file's "around
        # 1:30 a.m.") meets a clock on a day it allows: the rules then weigh the two clocks
        return peer.relative and _clock_on_allowed_day(claim, peer)
    return False


def central_figure(claim: QuantityClaim) -> float:
    """The figure a count states: its value, else its lower bound, else its upper one."""
    for value in (claim.value, claim.low, claim.high):
        if value is not None:
            return value
    return 0.0


def _frame_of(claim: Claim) -> str | None:
    """The automatic frame extraction gave a count, measure or date (None for anything else)."""
    frame = claim.event if isinstance(claim, DateClaim) else getattr(claim, "subject", None)
    return frame if claim.kind in ("quantity", "date") and is_auto(frame) else None


def _after_bound(claim: DateClaim, prose: str) -> bool:
    """True when a bound word ("by", "until", "as of") stands right before the date."""
    if claim.span is None:
        return False
    before = prose[max(0, claim.span[0] - 12) : claim.span[0]].lower().split()
    return bool(before) and (before[-1] in BOUND_WORDS or " ".join(before[-2:]) in BOUND_WORDS)


def source_index(registry: Registry, tables: TextTables | None = None) -> SourceIndex:
    """Numbers, dates and names of the registry's source texts (and its entities' names), each
    text read when a look-up needs it; `tables`: those texts indexed once (pipeline/textstore.py)."""
    texts = index_texts(registry)
    if tables is not None and not tables.holds(texts):
        tables = None  # tables of other texts (not the store's registry): look everything up
    # all of them, not only a partial registry's (the sources' own dates say which day their
    # "Saturday" was, whatever the document reaches)
    return SourceIndex(texts, registry.source_dates(), tables)


def drafts_date(documents: Sequence[Document]) -> DateInterval | None:
    """The latest date of the checked documents that have one: what undated `--source` files
    are read against (a summary is written after its sources)."""
    dated = [d.published for d in documents if d.published is not None]
    if not dated:
        return None
    latest = max(p.end for p in dated)
    return DateInterval(
        start=latest, end=latest, precision=Precision.DAY, basis="the checked document's date"
    )


def time_frames(registry: Registry) -> Callable[[str], DateInterval]:
    """What a summary without a date of its own is dated by, given its prose: its sources'
    latest publication date, else the year of the summary's own full dates, else the year its
    sources state most often, else the year the summary states most often, else this year. The
    sources are read once, for every summary."""
    latest = latest_published(registry.sources)
    if latest is not None:
        sources_date = DateInterval(
            start=latest, end=latest, precision=Precision.DAY, basis="the sources' dates"
        )
        return lambda prose: sources_date
    years: Counter[int] = Counter()
    for sid, text in registry.texts.items():  # the years the sources' texts state
        if not is_draft_source(sid):
            years.update(int(y) for y in STATED_YEAR.findall(text.text))

    def frame(prose: str) -> DateInterval:
        # undated sources: the summary's own full date ("on Saturday night, October 29, 2022")
        # says when the story is, better than the years the sources mention (most are
        # background: "the deadliest since the Sewol sinking in 2014"), and this year would make
        # the summary's 2022 another year's figure (`.y2022`) that no source figure could
        # support (session 30, a new story checked with --source files)
        dated = Counter(
            int(m["y"]) for pattern in (MONTH_DAY, DAY_MONTH) for m in pattern.finditer(prose) if m["y"]
        )
        own = Counter(int(y) for y in STATED_YEAR.findall(prose))
        if dated:
            year, basis = dated.most_common(1)[0][0], "the checked document's dates"
        elif years:
            year, basis = years.most_common(1)[0][0], "the sources' year"
        elif own:
            year, basis = own.most_common(1)[0][0], "the checked document's year"
        else:
            # nothing dates the story: "17 July" is still a day and month to look up in the sources
            year, basis = dt.date.today().year, "no date anywhere: this year"
        return DateInterval(
            start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), precision=Precision.YEAR, basis=basis
        )

    return frame


class Dated(msgspec.Struct, frozen=True):
    """A document's prose and the date it speaks as of (its own, else its sources')."""

    prose: str
    as_of: DateInterval | None


def _figure_test(
    registry: Registry, index: SourceIndex, candidates: Sequence[Candidate], prose: str
) -> Callable[[QuantityClaim], Accept]:
    """For each summary figure, the source figures that may support it: of a compatible frame
    (link/figures.py), not merely the same number about another quantity."""
    frames = FigureFrames(
        (c for c in registry.claims if not is_draft_source(c.source)), index.texts, registry.all_figures
    )
    extracted = {c.span: figure_frame(c.claim) for c in candidates if c.claim.kind == "quantity"}

    def test(claim: QuantityClaim) -> Accept:
        frame = figure_frame(claim) or (extracted.get(claim.span) if claim.span else None)
        subject = registry.subjects.get(claim.subject)
        # a qualified count ("civilians") is not the whole that the subject's cues describe
        cues = subject.cues if subject is not None and not claim.qualifiers else ()
        return frames.accept(claim, frame, prose, cues)

    return test


def look_up(
    claims: list[Claim],
    links: dict[str, LinkNote],
    index: SourceIndex,
    checked: Checked,
    doc: Dated,
    figures: Callable[[QuantityClaim], Accept] | None = None,
    days: Mapping[str, dt.date] | None = None,
) -> None:
    """Look up each unlinked value in the source texts: found, it is supported (and compared with
    nothing); not found, it is unsupported (FC602); a value-less claim stays unlinked (FC601).
    Days a date lists ("July 1 and 2", not a range) are supported when a source states each day
    (`_days_listed`, `_days_unstated`).
    A day no source writes out is supported where a source says it from the day it speaks
    from (`days`, by source: "this morning" in a report of that day; pipeline/spoken.py).
    A length of days "after X" no source states is supported when days the sources write out
    for X and for what followed are that far apart (timespans.days_between).
    A bound ("by Monday", "until June") up to the document's own date says as of when, not when
    something happened: it is not looked up."""
    for position, claim in enumerate(claims):
        support: Support | None = None
        if isinstance(claim, MentionClaim) and claim.id not in links and _wrong_part(claim, index):
            claims[position] = claim.model_copy(
                update={"entity": name_frame(claim.text), "note": LEXICON_NAME}
            )
            checked.support[claim.id] = Support(False)
            links[claim.id] = UNSUPPORTED
            continue
        if isinstance(claim, MentionClaim) and links.get(claim.id) is LinkNote.UNLINKED:
            support = _name_support(claim, index)
            if support.found and _conflated(claim, index):
                support = Support(False)
                claims[position] = claim.model_copy(update={"note": LEXICON_NAME})
                checked.support[claim.id] = support
                links[claim.id] = UNSUPPORTED
                continue
            note = f"{CLOSEST}{support.closest}" if support.closest else None
            if not support.found and note is None:
                note = _proper_name(_name_words(claim), index) or _wrong_given_name(claim, index)
            if note:  # FC602 tells a misspelling or a proper name from a name no source has
                claims[position] = claim.model_copy(update={"note": note})
        elif isinstance(claim, DurationClaim):
            sentence = sentence_at(doc.prose, claim.span[0]) if claim.span is not None else ""
            support = duration_support(claim, index, sentence)
            if support is not None and not support.found:
                between = days_between(claim, sentence, index)
                support = Support(True, between) if between is not None else support
        elif isinstance(claim, QuantityClaim):
            century = _century_support(claim, doc.prose, index)
            support = (
                century if century is not None else index.number(claim, figures(claim) if figures else None)
            )
            if century is None and support is not None and not support.found:
                margin = margin_support(claim, doc.prose, index)  # "won by 1.3 million votes"
                support = Support(True, margin) if margin is not None else support
            if century is None and support is not None and not support.found and figures is not None:
                support = _said_of_another(claim, index, support)
                if support.elsewhere and support.evidence is not None:
                    note = f"{ELSEWHERE}{index.sentence_words(support.evidence)}"
                    claims[position] = claim.model_copy(update={"note": note})
        elif isinstance(claim, DateClaim):
            if _as_of_bound(claim, doc):
                continue
            context = _frame_context(claim, doc.prose)
            # "Thursday and Friday, June 30 and July 1": the days carry the last weekday for
            # FC202, but the weekdays are a claim of their own, looked up on their own
            carried = claim.weekday is not None and not claim.weekday_in_words()
            looked = claim.model_copy(update={"weekday": None}) if carried else claim
            support = _day_of_other_event(claim, doc.prose, index, index.date(looked, context))
            if support is None and _days_listed(claim, doc.prose):
                # "on July 1 and 2": each day stated by a source date or text, else unsupported
                dates = [d for d in index.dates if not is_draft_source(d.source)]
                support = Support(not _days_unstated(looked, dates, index))
            if support is not None and not support.found and not support.elsewhere and days:
                event = _date_event(claim, doc.prose)
                spoken = spoken_day(claim, context, index, days, event)
                support = Support(True, spoken) if spoken is not None else support
            if support is not None and not support.found and claim.precision is Precision.TIME:
                # the text look-up needs the day written near the clock; a source's own extracted
                # time ("04:30 on Saturday", "01:20 (23:20 GMT Wednesday)") may give the moment
                moment = _same_moment(claim, index.dates)
                support = Support(True, moment) if moment is not None else support
            if support is not None and support.elsewhere and support.evidence is not None:
                note = f"{ELSEWHERE}{index.sentence_words(support.evidence)}"
                claims[position] = claim.model_copy(update={"note": note})
            elif support is not None and not support.found:
                note = _weekday_note(claim, index)
                if note:
                    claims[position] = claim.model_copy(update={"note": note})
        elif claim.kind == "quote" and links.get(claim.id) is LinkNote.UNSOURCED:
            support = Support(False)
        if support is None:
            continue
        checked.support[claim.id] = support
        if links.get(claim.id) is LinkNote.UNLINKED:
            if support.found:
                del links[claim.id]
            else:
                links[claim.id] = UNSUPPORTED


def _weekday_note(claim: DateClaim, index: SourceIndex) -> str | None:
    """For a date no source states whose weekday the sources name only on other days ("Tuesday,
    April 15" where they write "Tuesday, April 8"), what FC602 says instead of "no source states
    this weekday": the days the sources mean by it (two at most), each with its words."""
    days = index.weekday_days(claim)
    if not days:
        return None
    named = WEEKDAYS[days[0].start.weekday()].capitalize()
    said = " and ".join(f"{_day_words(d.start)} (“{d.text}”)" for d in days[:2])
    return (
        f"{OTHER_WEEKDAY}the sources' {named}s are {said}"
        if len(days) > 1
        else f"{OTHER_WEEKDAY}the sources' {named} is {said}"
    )


def _day_words(day: dt.date) -> str:
    """8 April 2025."""
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def _note_frames(claims: Sequence[Claim], candidates: Sequence[Candidate], checked: Checked) -> None:
    """Keep the automatic frame extraction gave each figure the sources do not state."""
    extracted = {c.span: frame for c in candidates if (frame := figure_frame(c.claim)) is not None}
    for claim in claims:
        support = checked.support.get(claim.id)
        if claim.span in extracted and support is not None and not support.found:
            checked.frames[claim.id] = extracted[claim.span]


def borne_out_tenures(
    claims: list[Claim],
    links: dict[str, LinkNote],
    candidates: Sequence[Candidate],
    registry: Registry,
    checked: Checked,
) -> None:
    """A tenure the sources' own tenure of that holder and role bears out is supported, though
    written another way: "has ruled for 30 years" against "in power since 1994", or back. Only
    the tenure frame (one holder, one role) is trusted so far; other dated spans are still looked
    up by their figures, since a source's date of an event frame may be another event's."""
    peers: dict[str, list[Claim]] = {}
    for claim in registry.claims:
        if not is_draft_source(claim.source):
            key = _tenure_key(claim)
            if TENURE_MARK in key:
                peers.setdefault(key, []).append(claim)
    extracted: dict[tuple[str, tuple[int, int] | None], Claim] = {
        (c.kind, c.span): c.claim for c in candidates
    }
    for claim in claims:
        if links.get(claim.id) is not UNSUPPORTED:
            continue
        mine = extracted.get((claim.kind, claim.span))
        frame = _tenure_key(mine)
        if TENURE_MARK not in frame or not _tenure_fits(mine, peers.get(frame, [])):
            continue
        del links[claim.id]
        checked.support[claim.id] = Support(True)


def _unsupported_lengths(
    claims: list[Claim], links: dict[str, LinkNote]
) -> Iterator[tuple[DurationClaim, tuple[int, int]]]:
    """The summary's lengths with a span that no source supports: what the two length fallbacks
    below (counted from an event, counted from a date) try to support."""
    for claim in claims:
        if isinstance(claim, DurationClaim) and links.get(claim.id) is UNSUPPORTED and claim.span is not None:
            yield claim, claim.span


def counted_from_event(
    claims: list[Claim],
    links: dict[str, LinkNote],
    candidates: Sequence[Candidate],
    index: SourceIndex,
    checked: Checked,
    prose: str,
) -> None:
    """A length "N days after X" no source states is supported when the sources date X and
    date the rest of the sentence N days later (timespans.days_from_event): X is the event frame
    extraction gave the length's anchor ("the quake": auto.event.struck), dated by the day the
    most sources give that frame (a source may give the frame another event's day, an
    aftershock's "early on Friday"; one such day does not outweigh the others)."""
    extracted = {c.span: c.claim for c in candidates if isinstance(c.claim, DurationClaim)}
    for claim, span in _unsupported_lengths(claims, links):
        mine = extracted.get(span)
        days = _event_days(index, mine.from_event) if isinstance(mine, DurationClaim) else []
        found = days_from_event(claim, sentence_at(prose, span[0]), index, days) if days else None
        if found is not None:
            del links[claim.id]
            checked.support[claim.id] = Support(True, found)


# what stands between a length's words and the day it writes for its start: "more than four months
# after Russian troops entered Ukraine on 24 February"
_ON_DAY = lazy(r"\s+(?:on|in)\s+\Z")


def counted_from_date(
    claims: list[Claim],
    links: dict[str, LinkNote],
    candidates: Sequence[Candidate],
    index: SourceIndex,
    checked: Checked,
    prose: str,
) -> None:
    """A length "N months after X on <day>" no source states is supported when the summary's day
    for X is one the sources state (supported) and the sources date the length's other end, the
    event it counts to (the `to_event` extraction gave it from the sentence's cues: an unlinked
    length keeps no event of its own), that many days later:
    "Putin's first stop came more than four months after Russian troops entered Ukraine on 24
    February" by the trip's 28 June in the sources. Every day the sources give that event must fit
    (two days, one inside the length and one outside, say nothing). Session 26, issue 14."""
    dated = [c for c in claims if isinstance(c, DateClaim) and c.span is not None]
    extracted = {c.span: c.claim for c in candidates if isinstance(c.claim, DurationClaim)}
    for claim, span in _unsupported_lengths(claims, links):
        start = _day_written_after(claim, dated, prose, checked)
        if start is None or " after " not in f" {claim.text.lower()} ":
            continue  # "N days before X on <day>" counts back from that day: not handled
        mine = extracted.get(span)
        if not isinstance(mine, DurationClaim):
            continue
        ends = {d.start for d in index.dates if _one_day_of(d, mine.to_event)}
        if not ends:
            ends = _other_end_written(claim, dated, prose, checked)
        low, high = claim.interval_days()
        if ends and all(low <= (end - start).days <= high for end in ends):
            del links[claim.id]
            checked.support[claim.id] = Support(True, checked.support[_start_id(dated, start)].evidence)


def _one_day_of(date: SourceDate, event: str) -> bool:
    """A source's date of `event` that is one day."""
    return (
        date.event == event
        and date.start == date.end
        and date.precision in (Precision.DAY, Precision.TIME)
        and not is_draft_source(date.source)
    )


def _day_written_after(
    claim: DurationClaim, dated: list[DateClaim], prose: str, checked: Checked
) -> dt.date | None:
    """The one day the summary writes right after a length's words ("... after X on 24 February"),
    when the sources state it; else None."""
    assert claim.span is not None
    for date in dated:
        assert date.span is not None
        inside = claim.span[0] < date.span[0] and date.span[1] <= claim.span[1]  # "the February 24 invasion"
        if not inside and (
            date.span[0] < claim.span[1] or not _ON_DAY.search(prose[claim.span[1] : date.span[0]])
        ):
            continue
        support = checked.support.get(date.id)
        if date.start == date.end and support is not None and support.found:
            return date.start
    return None


def _other_end_written(
    claim: DurationClaim, dated: list[DateClaim], prose: str, checked: Checked
) -> set[dt.date]:
    """The first and last day of the date the summary's sentence writes outside the length, when
    the sources state it: the length's other end when no event of it is dated ("More than four
    months after ordering the February 24 invasion, Putin is set this week to make his first
    journey": this week). Both days must fit the length. Empty for none, or for two such dates."""
    assert claim.span is not None
    sentence = sentence_span_at(prose, claim.span[0]) or claim.span
    outside = [
        d
        for d in dated
        if d.span is not None
        and sentence[0] <= d.span[0] < sentence[1]
        and not (claim.span[0] <= d.span[0] < claim.span[1])
    ]
    if len(outside) != 1:
        return set()
    support = checked.support.get(outside[0].id)
    if support is None or not support.found:
        return set()
    return {outside[0].start, outside[0].end}


def _start_id(dated: list[DateClaim], day: dt.date) -> str:
    """The id of the summary's date of that day."""
    return next(d.id for d in dated if d.start == day)


def _event_days(index: SourceIndex, frame: str) -> list[dt.date]:
    """The day the most sources give an automatic event frame (one day a date, a time on its
    day); none for another frame or when two days tie."""
    if not is_auto(frame):
        return []
    sources: dict[dt.date, set[str]] = {}
    for date in index.dates:
        one_day = date.start == date.end and date.precision in (Precision.DAY, Precision.TIME)
        if date.event == frame and one_day and not is_draft_source(date.source):
            sources.setdefault(date.start, set()).add(date.source)
    most = max((len(s) for s in sources.values()), default=0)
    top = sorted(day for day, given in sources.items() if len(given) == most)
    # a tie (the quake's day and an aftershock's, one report each) cannot say which day the
    # event was: counting from either could bear out a wrong length, so date nothing
    return top if len(top) == 1 else []


def _tenure_key(claim: Claim | None) -> str:
    """The frame a duration counts from or a date is of ("" for any other claim)."""
    if isinstance(claim, DurationClaim):
        return claim.from_event
    return claim.event if isinstance(claim, DateClaim) else ""


def _tenure_fits(claim: Claim | None, peers: list[Claim]) -> bool:
    """True when the sources' tenure claims of the frame that can be compared with this one all
    fit it (a span against a since-date, a since-date against a span), and there is one."""
    pairs: list[tuple[DurationClaim, DateClaim]] = []
    for peer in peers:
        if isinstance(claim, DurationClaim) and isinstance(peer, DateClaim):
            pairs.append((claim, peer))
        elif isinstance(claim, DateClaim) and isinstance(peer, DurationClaim):
            pairs.append((peer, claim))
    comparable = [(d, start) for d, start in pairs if d.ends_on is not None and precise_enough(d, start)]
    return bool(comparable) and all(span_fits(d, start) for d, start in comparable)


def _name_support(claim: MentionClaim, index: SourceIndex) -> Support:
    """A name is supported when a source has every word of it (any case, possessive dropped);
    the name of a scale ("Celsius") names nobody."""
    words = [w for w in _name_words(claim) if w.lower() not in unit_names()]
    if not words:
        return Support(True)
    for word in words:
        support = index.name(word)
        if not support.found:
            return support
    return index.name(words[-1])


def _name_words(claim: MentionClaim) -> list[str]:
    """The capitalised words of a name, possessive dropped (all of it when none is)."""
    return [strip_possessive(w) for w in claim.text.split() if w[:1].isupper()] or [claim.text]


def _century_support(claim: QuantityClaim, prose: str, index: SourceIndex) -> Support | None:
    """For a figure that is a century's ordinal ("built in the 19th century"): supported by a
    source naming that century or a year in it, else unsupported; None for any other figure."""
    rank = century_named(prose, claim.span[0]) if claim.span is not None else None
    return None if rank is None else _century(rank, index)


def _century(rank: int, index: SourceIndex) -> Support:
    """Whether a source names the `rank`th century or a year in it."""
    evidence = index.century(rank)
    return Support(evidence is not None, evidence)


def _said_of_another(claim: QuantityClaim, index: SourceIndex, support: Support) -> Support:
    """An unsupported figure that a source does state, about something else (another noun
    counted, another person's age): marked so, with where; else `support` unchanged."""
    anywhere = index.number(claim)
    if anywhere is None or not anywhere.found:
        return support
    return Support(False, anywhere.evidence, elsewhere=True)


def _frame_context(claim: Claim, prose: str) -> frozenset[str]:
    """The `frame_words` of the sentence holding a claim, its own words left out: what a source
    sentence stating the same value must share to be about the same thing."""
    if claim.span is None:
        return frozenset()
    start, end = claim.span
    for first, last in sentences(prose):
        if first <= start < last:
            return frame_words(prose[first:start] + " " + prose[end:last])
    return frozenset()


def _day_of_other_event(
    claim: DateClaim, prose: str, index: SourceIndex, support: Support | None
) -> Support | None:
    """A day the sources state only of something else: the summary's "the fire broke out on
    Wednesday" where every source date of the fire's event frame is another day (Tuesday) and
    the sources' Wednesday is when police opened an inquiry. Found by its words alone, it is
    the day of another event (`date-of-other-event`, with the source's date of the summary's
    event). Only a weekday resolved from the summary's date ("on Wednesday"), never a day written
    out ("the election went ahead on Sunday, July 10" is looked up as written: its clause's
    frame may be the sentence's other event), whose own clause's verb is its event frame's cue
    (`clause_event`), a frame the sources date to single days, none of them the summary's."""
    if support is None or not support.found or claim.span is None or claim.start != claim.end:
        return support
    if not claim.relative or "last " in claim.text.lower():
        return support  # "on Sunday, July 10" is written out: its day is looked up as written;
        # "last Tuesday" may be either of two weeks
    event = clause_event(prose, claim.span)
    if event is None or claim.time_start is not None:
        return support
    theirs = [d for d in index.dates if d.event == event and not is_draft_source(d.source)]
    if not theirs or any(d.start != d.end or d.start == claim.start for d in theirs):
        return support
    return Support(False, Evidence(theirs[0].source, theirs[0].span or (0, 1)), elsewhere=True)


def _date_event(claim: DateClaim, prose: str) -> str | frozenset[str]:
    """What a date of the summary dates: its event frame id, else the `event_words` of its
    sentence, its own words left out (pipeline/spoken.py)."""
    if claim.span is None:
        return frozenset()
    event = event_of(prose, claim.span)
    if event is not None:
        return event
    start, end = claim.span
    bounds = sentence_span_at(prose, start)
    if bounds is None:
        return frozenset()
    return event_words(prose[bounds[0] : start] + " " + prose[end : bounds[1]], prose)


def _as_of_bound(claim: DateClaim, doc: Dated) -> bool:
    """True for "by Monday" (a bound word before the date) when the date is not after the
    document's own date."""
    if doc.as_of is None or claim.end > doc.as_of.end:
        return False
    return _after_bound(claim, doc.prose)


def unsupported_figures(
    doc: Document,
    source_id: str,
    claims: list[Claim],
    index: SourceIndex,
    checked: Checked,
    links: dict[str, LinkNote],
) -> list[Claim]:
    """Figures in digits, or number words hyphened onto a unit ("a four-year contract"), that no
    extracted claim holds ("a 10,000-seater arena") and no source
    states: a claim each, for FC602. A summary must not introduce a figure, whatever it counts."""
    taken = SpanSet([c.span for c in claims if c.span is not None])
    seen: Counter[str] = Counter()
    found: list[Claim] = []
    for value, span in figures_in(doc.prose) + hyphened_figures(doc.prose):
        if not taken.free(*span):
            continue
        years = bool(re.match(r"[\s-]*years?\b", doc.prose[span[1] : span[1] + 8], re.IGNORECASE))
        rank = century_named(doc.prose, span[0])
        support = index.figure(value, years) if rank is None else _century(rank, index)
        if support.found:  # a supported figure needs no claim: nothing else judges it
            continue
        claim: Claim = QuantityClaim(
            id="x",
            source=source_id,
            text=doc.prose[span[0] : span[1]],
            span=span,
            subject=stand_in(StandIn.QUANTITY),
            unit="",
            value=value,
        )
        claim = isolate(claim.model_copy(update={"id": claim_id(source_id, claim, seen)}))
        checked.support[claim.id] = support
        links[claim.id] = UNSUPPORTED
        found.append(claim)
    return found


def unsupported_names(
    doc: Document,
    source_id: str,
    claims: list[Claim],
    index: SourceIndex,
    checked: Checked,
    links: dict[str, LinkNote],
    lower_case: bool = False,
) -> list[Claim]:
    """Capitalised words of the document no source has: a claim each (a name frame), for FC602.
    In `lower_case` text, also the words word frequencies say are names (extract/lexicon.py).

    A sentence's first word is only taken when a source spells a name one or two letters from
    it ("Dahl" for "Dahal"): otherwise it is just a capital letter. Words inside claims already
    found (quotations, dates, known names) are not looked at again.
    """
    taken = [c.span for c in claims if c.span is not None and c.kind in ("quote", "date", "mention")]
    seen: Counter[str] = Counter()
    found: list[Claim] = []
    if lower_case:  # names are written in lower case here: word frequencies tell them from words
        for word, span, spelled in index.lower_case_names(doc.prose, taken):
            said = f"{CLOSEST}{spelled}" if spelled else LEXICON_NAME  # a misspelling, else a name
            claim = MentionClaim(
                id="x", source=source_id, text=word, span=span, entity=name_frame(word), note=said
            )
            claim = claim.model_copy(update={"id": claim_id(source_id, claim, seen)})
            links[claim.id] = UNSUPPORTED
            found.append(claim)
            taken.append(span)
    for word, span, first in name_words(doc.prose, taken):
        bare = strip_possessive(word)
        if bare in _MONTH_NAMES or bare.lower() in WEEKDAYS or bare.lower() in unit_names():
            continue
        support = index.name(bare)
        if first and (support.found or support.closest is None):
            continue
        checked.names.append((source_id, bare, span, support))
        if support.found:
            continue
        note = f"{CLOSEST}{support.closest}" if support.closest else _proper_name([bare], index)
        if note is None:
            note = _wrong_part_beside(doc.prose, span, source_id, index)
        claim = MentionClaim(
            id="x", source=source_id, text=word, span=span, entity=name_frame(bare), note=note
        )
        claim = claim.model_copy(update={"id": claim_id(source_id, claim, seen)})
        links[claim.id] = UNSUPPORTED
        found.append(claim)
    if not lower_case:  # in lower-cased text an acronym is a lower-case word, read by its frequencies
        for word, span in acronyms(doc.prose, taken):
            support = index.name(word)
            checked.names.append((source_id, word, span, support))
            if support.found:
                continue
            claim = MentionClaim(id="x", source=source_id, text=word, span=span, entity=name_frame(word))
            claim = claim.model_copy(update={"id": claim_id(source_id, claim, seen)})
            links[claim.id] = UNSUPPORTED
            found.append(claim)
    return found


# an acronym: MIN_INITIALS to MAX_INITIALS capitals as a word of their own, with a plural or
# possessive "s" ("NGOs", "FBI's"); a capital I for a small l or digits around make no acronym
_ACRONYM = lazy(r"(?<![\w'’.&/-])([A-Z]{3,6})(?:['’]?s)?(?![\w'’&/-]|\.[A-Z])")
_ROMAN = lazy(r"[IVXLCDM]+")
_CAPITALS_WORD = lazy(r"\b[A-Z]{2,}\b")
_LINE_WORD = lazy(r"\b[A-Za-z]{2,}\b")


def acronyms(prose: str, skip: Sequence[tuple[int, int]] = ()) -> list[tuple[str, tuple[int, int]]]:
    """Acronyms of a cased text ("CIA", "NGOs", "FBI's") as (acronym, span), outside `skip`: the
    name of a body is as much a name as a capitalised word, and a summary must not introduce one
    ("the CIA took charge" where the sources say "the FBI"). Left out: Roman numerals ("XIV"),
    the words of data/acronym_words.txt (time zones, "CEO", "DNA") and a line written mostly in
    capitals (a shouted heading: "POLICE NAME SUSPECT"), whose words are no acronyms."""
    found = []
    ignored = word_list("acronym_words")
    for match in _ACRONYM.finditer(prose):
        word = match.group(1)
        if any(a <= match.start() < b for a, b in skip) or word in ignored or _ROMAN.fullmatch(word):
            continue
        start = prose.rfind("\n", 0, match.start()) + 1
        end = prose.find("\n", match.end())
        line = prose[start : end if end >= 0 else len(prose)]
        if 2 * len(_CAPITALS_WORD.findall(line)) > len(_LINE_WORD.findall(line)):
            continue
        found.append((word, match.span(1)))
    return found


# a capitalised word right before a name word (one space between)
_WORD_BEFORE = lazy(r"(?<![\w'’-])([A-Z][\w'’-]+) $")
# a heading: a Markdown one, or a line whose words of four letters or more are all capitalised
_HEADING_WORD = lazy(r"\b[a-z][a-z]{3,}\b")


def _wrong_part_beside(prose: str, span: tuple[int, int], source_id: str, index: SourceIndex) -> str | None:
    """The note of a capitalised word no source has, written after a person's first name the
    sources give another surname (major): "the sources write Yevgeny Prigozhin" for "Primakov"
    of "Yevgeny Primakov", as `_wrong_given_name` judges a name extraction found whole; else None.
    Only a word in a name's place: not in a heading ("# Trump Attacks Prosecutors"), not a word
    the sources or the summary also write in lower case ("attacks"), and only after a word the
    sources write as a first name, never as a surname ("Trump" of "Donald Trump", "Trump Tower")."""
    before = _WORD_BEFORE.search(prose[max(0, span[0] - 40) : span[0]])
    if before is None:
        return None
    word = prose[span[0] : span[1]]
    end = prose.find("\n", span[1])
    line = prose[prose.rfind("\n", 0, span[0]) + 1 : end if end >= 0 else len(prose)]
    if line.lstrip().startswith("#") or not _HEADING_WORD.search(line):
        return None  # a heading's words are capitalised whatever they are
    lower = re.compile(rf"\b{re.escape(strip_possessive(word).lower())}\b")
    if any(lower.search(text) for text in [*index.texts.values(), prose]):
        return None  # "attacks": a word, not a surname
    given = before.group(1)
    if not index.first_name(given):
        return None
    claim = MentionClaim(
        id="x", source=source_id, text=f"{given} {word}", entity=name_frame(f"{given} {word}")
    )
    if _wrong_given_name(claim, index) is None:
        return None
    written = index.full_name(given)
    return f"{OTHER_SURNAME}{written}" if written else LEXICON_NAME


def _wrong_part(claim: MentionClaim, index: SourceIndex) -> bool:
    """True for a name joined to a source's name by its automatic cluster ("Chancellor Angela
    Schulz" with "Chancellor Angela Merkel") that is that person with a surname or first name
    the sources never give them: not another spelling of the name (FC401), a wrong name (FC602).
    A near miss ("Merkle") stays FC401's misspelling."""
    if not is_auto_name(claim.entity) or len(_name_words(claim)) < 2:
        return False
    support = _name_support(claim, index)
    return not support.found and support.closest is None and _wrong_given_name(claim, index) is not None


def _person_words(claim: MentionClaim) -> list[str]:
    """`_name_words` without the common words written before a person's name with a capital
    ("Producer Fred Horowitz" at a sentence's start, "Democrat Clinton"): what is left when at
    least two words remain, each word dropped being no name by its frequencies (`name_like`,
    `written_alike`), so "Fred Horowitz" is judged as the name it is."""
    words = _name_words(claim)
    while len(words) > 2 and not (name_like(words[0].lower()) or written_alike(words[0].lower())):
        words = words[1:]
    return words


def _wrong_given_name(claim: MentionClaim, index: SourceIndex) -> str | None:
    """LEXICON_NAME (a proper name no source has, major) for "Jamie Swift" where the sources
    write "David Swift", and for "Nico Afandi" where they write "Nico Afinta": the person they
    name, with a first name or a surname they never give; else None."""
    words = _person_words(claim)
    if len(words) < 2:
        return None
    if not index.name(words[-1]).found:  # the surname is the wrong part ("Minister Rajnath Sinha")
        given, surname = words[-2], words[-1]
        return LEXICON_NAME if index.name(given).found and index.other_surname(given, surname) else None
    given, surname = words[0], words[1]
    if index.name(given).found or not written_alike(given.lower()):
        return None  # "Democrat Clinton": a word before the surname that is no given name
    return LEXICON_NAME if index.other_given_name(given, surname) else None


def _conflated(claim: MentionClaim, index: SourceIndex) -> bool:
    """True for a full name whose words the sources all have, but never together: a given name
    they write only with another surname ("Naveen Mohapatra" where they write "Naveen Patnaik",
    and "Mohapatra" of someone else). Middle names between the two still join them ("Daljeet
    Choudhary" of "Daljeet Singh Choudhary")."""
    words = _person_words(claim)
    if len(words) != 2 or not all(w[1:].islower() for w in words):
        return False
    given, surname = words
    together = re.compile(rf"\b{re.escape(given)}(?:\s+[A-Z][\w.'’-]*){{0,2}}\s+{re.escape(surname)}\b")
    if any(together.search(text) for text in index.texts.values()):
        return False
    return index.other_surname(given, surname)


def _proper_name(words: list[str], index: SourceIndex) -> str | None:
    """The note of a name no source has when word frequencies say it is a proper name ("Gary
    Neville"), not a common word written with a capital ("Government"); else None. A name one
    of whose words a source has ("Helen Glover" where the sources say "Glover") is a person
    they name: its other words stay minor. A capitalised word as frequent in French, Spanish and
    German as in English is a name however common ("Paris", "Twitter"): an English word with a
    capital ("Government", "Britain") is far rarer in the other languages."""
    if any(index.name(w).found for w in words):
        return None
    if any(name_like(w.lower()) or written_alike(w.lower()) for w in words) or is_city(" ".join(words)):
        return LEXICON_NAME
    return None


def settled_by_reference(
    findings: list[Finding], registry: Registry, drafts: frozenset[str]
) -> list[Finding]:
    """Drop a document claim's findings against news claims when it agrees with a reference.

    A summary that gives the OHCHR count must not be faulted for differing from a news report
    that got the count wrong: where the registry holds reference claims on the same subject and
    the document's claim has no finding of that rule with any of them, the reference settles it.
    """
    references: dict[tuple[str, str], list[str]] = {}
    tiers = source_tiers(registry.sources)  # read from the store's JSON, not a record per source
    for claim in registry.claims:
        if tiers[claim.source] is Tier.REFERENCE:
            references.setdefault((claim.kind, claim_keys(claim)[0]), []).append(claim.id)
    against_reference = {
        (f.rule_id, s.claim_id)
        for f in findings
        if any(x.tier is Tier.REFERENCE for x in f.sides)
        for s in f.sides
        if s.source in drafts
    }
    kept = []
    for finding in findings:
        draft = next((s for s in finding.sides if s.source in drafts), None)
        others = [s for s in finding.sides if s is not draft and s.tier is not Tier.REFERENCE]
        if draft is not None and others and len(finding.sides) == 2:
            claim = registry.claim(draft.claim_id)
            settled = references.get((claim.kind, claim_keys(claim)[0]))
            if settled and (finding.rule_id, draft.claim_id) not in against_reference:
                continue
        kept.append(finding)
    return kept


COMPARED_KINDS = ("quantity", "date", "duration")
WORDING_RULE = "FC301"  # quote.wording: a quotation's words against another's
ATTRIBUTION_RULE = "FC302"  # quote.attribution: the event or date a quotation is tied to


def quoted_verbatim(
    findings: list[Finding], registry: Registry, drafts: frozenset[str], index: SourceIndex
) -> list[Finding]:
    """Findings on a document's quotation that a source reproduces word for word, judged by that
    source: the quotation is compared with the quotation it reproduces, not with another sentence
    the same speaker said ("The building is literally pancaked," in two reports, set against a
    third's "and literally half of that building is not there anymore").

    A wording finding (FC301) goes when a source of as high a tier as the other side has the
    words; an attribution finding (FC302) when such a source also ties them to the document's
    event. Where only a less authoritative source has them (an outlet's "no boundaries" against
    the joint statement's "no limits"), the document follows that outlet's misquotation: the
    finding is kept at most minor, saying so ("follows s000; kremlin-2022-02-04 says otherwise"),
    as for a figure that follows an outlier; the outlet's own error is review's business."""
    kept = []
    for finding in findings:
        draft = next((s for s in finding.sides if s.source in drafts), None)
        rules = (WORDING_RULE, ATTRIBUTION_RULE)
        claim = registry.claim(draft.claim_id) if finding.rule_id in rules and draft else None
        if not isinstance(claim, QuoteClaim):
            kept.append(finding)
            continue
        having = [s for s in index.quoting(claim.words) if s in registry.sources]
        if finding.rule_id == ATTRIBUTION_RULE:
            having = [s for s in having if _ties_alike(registry, s, claim)]
        others = [s for s in finding.sides if s is not draft]
        if not having:
            kept.append(finding)
        elif max(registry.sources[s].tier.rank for s in having) < max(
            (s.tier.rank for s in others), default=-9
        ):
            kept.append(
                _follows(
                    finding, _outlets_of(registry, having), _outlets_of(registry, [s.source for s in others])
                )
            )
    return kept


def _ties_alike(registry: Registry, source: str, claim: QuoteClaim) -> bool:
    """Whether `source` quotes the document's words (either an excerpt of the other) for the same
    statement subject and ties them to the same event as the document, or to an overlapping date
    when neither names one. Only claims of the document's statement subject are read: the store's
    partial registry loads those, so a cached check and a YAML one judge alike."""
    wanted = quote_words(claim.words)
    for other in registry.claims:
        if other.source != source or not isinstance(other, QuoteClaim) or other.describes != claim.describes:
            continue
        if not is_excerpt(wanted, quote_words(other.words)):
            continue
        if claim.event and other.event:
            if claim.event == other.event:
                return True
        elif claim.attributed_date and other.attributed_date:
            a, b = claim.attributed_date, other.attributed_date
            if a.start <= b.end and b.start <= a.end:
                return True
    return False


def _follows(finding: Finding, follows: list[str], others: list[str]) -> Finding:
    """The finding at most minor, saying which sources the document follows and which not."""
    says = "says" if len(others) == 1 else "say"
    note = f"follows {', '.join(follows)}; {' and '.join(others)} {says} otherwise"
    grade = Grade.MINOR if finding.grade.at_least(Grade.MINOR) else finding.grade
    return finding.model_copy(update={"grade": grade, "message": f"{finding.message} ({note})"})


def _outlets_of(registry: Registry, sources: list[str]) -> list[str]:
    """Source ids by outlet name where the manifest gives one."""
    return [
        (registry.sources[s].outlet if s in registry.sources else None) or s for s in dict.fromkeys(sources)
    ]


def blamed_on_sources(findings: list[Finding], drafts: frozenset[str]) -> list[Finding]:
    """Findings less those whose rule blames a source's claim and not the document's (a source
    calls Dingxi a province; the summary rightly puts it in Gansu province): the registry's own
    disagreements are review's business, not the document's."""
    kept = []
    for finding in findings:
        wrong = finding.likely_wrong
        # a pair only: a grouped finding's outlier is picked by count, not by the rule's reading
        if wrong is not None and len(finding.sides) == 2 and any(s.source in drafts for s in finding.sides):
            blamed = next((s for s in finding.sides if s.claim_id == wrong), None)
            if blamed is not None and blamed.source not in drafts:
                continue
        kept.append(finding)
    return kept


def weighed_by_sources(findings: list[Finding], registry: Registry, drafts: frozenset[str]) -> list[Finding]:
    """A document's number or date is judged by every source of its frame, not by one pairing.

    Of the source claims in the same frame, those a rule paired with the document's claim
    disagree; the rest agree. When more sources agree than disagree, or a source of a higher
    tier than every disagreeing one agrees, the document follows the sources and its findings
    go. When it agrees with some but fewer, it follows an outlier: its findings become at most
    minor, saying so ("follows X; Y and Z say otherwise"). A finding within the document alone
    (a weekday that is not its date's) is not a comparison and stays as it is. A person's role
    (FC505) is weighed so too: sources giving the person the document's role (the same noun, at
    no other rank or kind) agree ("Prime Minister Pedro Sanchez" in most reports, "President" in
    one); another person's role (`other-holder`) is no agreement.
    """
    peers: dict[tuple[str, str], list[Claim]] = {}
    for claim in registry.claims:
        if claim.source not in drafts and (claim.kind in COMPARED_KINDS or is_role(claim)):
            peers.setdefault((claim.kind, claim_keys(claim)[0] or ""), []).append(claim)
    against: dict[str, set[str]] = {}
    for finding in findings:
        draft = next((s for s in finding.sides if s.source in drafts), None)
        if draft is not None and finding.grade is not Grade.INFO:
            against.setdefault(draft.claim_id, set()).update(
                s.claim_id for s in finding.sides if s.source not in drafts
            )
    verdicts: dict[str, tuple[str, list[str], list[str]]] = {}
    for draft_claim, disagreeing in against.items():
        claim = registry.claim(draft_claim)
        if claim.kind not in COMPARED_KINDS and not is_role(claim):
            continue
        if isinstance(claim, DurationClaim) and claim.ends_on is not None:
            # a dated span is judged by every source's date of the event it counts from
            frame = peers.get(("date", claim.from_event), [])
            dates: list[Claim] = [c for c in frame if isinstance(c, DateClaim) and precise_enough(claim, c)]
            agree: list[Claim] = [c for c in dates if isinstance(c, DateClaim) and span_fits(claim, c)]
            disagree = [c for c in dates if c not in agree]
            if agree and not disagree:
                verdicts[draft_claim] = ("majority", [], [])  # every date precise enough fits
                continue
        else:
            frame = peers.get((claim.kind, claim_keys(claim)[0] or ""), [])
            agree = [c for c in frame if c.id not in disagreeing and _states(claim, c)]
            disagree = [c for c in frame if c.id in disagreeing]
        if agree and disagree:
            verdicts[draft_claim] = (
                _weigh(registry, agree, disagree),
                _outlets(registry, agree),
                _outlets(registry, disagree),
            )
    kept = []
    for finding in findings:
        draft = next((s for s in finding.sides if s.source in drafts), None)
        compared = any(s.source not in drafts for s in finding.sides)  # not a check within one text
        judged = verdicts.get(draft.claim_id) if draft is not None and compared else None
        if judged is None or judged[0] == "against-authority":
            kept.append(finding)
        elif judged[0] == "outlier":
            kept.append(_follows(finding, judged[1], judged[2]))
    return kept


def _weigh(registry: Registry, agree: list[Claim], disagree: list[Claim]) -> str:
    """'majority' when the document follows the most authoritative sources, or most of them;
    'against-authority' when a more authoritative source than any it follows disagrees; else
    'outlier'."""
    agree_sources = {c.source for c in agree}
    disagree_sources = {c.source for c in disagree} - agree_sources
    top_agree = max(registry.sources[s].tier.rank for s in agree_sources)
    top_disagree = max((registry.sources[s].tier.rank for s in disagree_sources), default=-9)
    if top_agree > top_disagree:
        return "majority"
    if top_disagree > top_agree:
        return "against-authority"
    return "majority" if len(agree_sources) > len(disagree_sources) else "outlier"


def _states(claim: Claim, source: Claim) -> bool:
    """True when a source claim of the document's frame states what the document says: figures
    overlap, and a source date lies within the document's ("June 28" for "this week"). A wider
    source date only allows it ("this week" for "June 27"): with a source that gives the day
    otherwise, the document does not follow the majority."""
    if isinstance(claim, DateClaim) and isinstance(source, DateClaim):
        if claim.start <= source.start and source.end <= claim.end:
            return True
        return _same_clock(claim, source)
    if isinstance(claim, RelationClaim) and isinstance(source, RelationClaim):
        return _same_role(claim, source)
    return _overlap(claim, source)


def _same_clock(claim: DateClaim, source: DateClaim) -> bool:
    """Whether a source states the document's clock time on a span of days that holds the
    document's day: "1:30 a.m." in a report dated only to its month states the time of "1:30
    a.m. on Tuesday, March 26" (session 30), its day being only what the report's date allows.
    The clocks must overlap in the event's local time."""
    if not _clock_on_allowed_day(claim, source):
        return False
    mine, theirs = claim.clock_minutes(utc=False), source.clock_minutes(utc=False)
    return mine is not None and theirs is not None and mine[0] <= theirs[1] and theirs[0] <= mine[1]


def _clock_on_allowed_day(claim: DateClaim, source: DateClaim) -> bool:
    """Whether both give a clock time and the source's span of days holds the document's days."""
    return (
        claim.precision is Precision.TIME
        and source.precision is Precision.TIME
        and source.start <= claim.start
        and claim.end <= source.end
    )


def _same_role(claim: RelationClaim, source: RelationClaim) -> bool:
    """True when a source gives the document's person the document's role: the same role noun,
    with no conflict of rank or kind ("prime minister" and "Spanish prime minister")."""
    if not (is_role(claim) and is_role(source)) or claim.agent != source.agent:
        return False
    mine, theirs = parse_role((claim.item or "").split()), parse_role((source.item or "").split())
    return (
        mine is not None
        and theirs is not None
        and mine.noun == theirs.noun
        and mine.past == theirs.past
        and role_conflict(mine, theirs) is None
    )


def _overlap(claim: Claim, other: Claim) -> bool:
    """True when two claims of one frame state overlapping values (they agree)."""
    if isinstance(claim, QuantityClaim) and isinstance(other, QuantityClaim):
        (a, b), (c, d) = claim.interval(), other.interval()
        return a <= d and c <= b
    if isinstance(claim, DateClaim) and isinstance(other, DateClaim):
        return claim.start <= other.end and other.start <= claim.end
    if isinstance(claim, DurationClaim) and isinstance(other, DurationClaim):
        (a, b), (c, d) = claim.interval_days(), other.interval_days()
        return a <= d and c <= b
    return False


def _outlets(registry: Registry, claims: list[Claim]) -> list[str]:
    """The sources of these claims, by outlet name where the manifest gives one."""
    return _outlets_of(registry, [c.source for c in claims])


MOMENT_SLACK = 5  # minutes: "23:20 GMT" against "01:20 (23:20 GMT)" or a rounded clock


def _same_moment(claim: DateClaim, dates: Sequence[SourceDate]) -> Evidence | None:
    """Where a source's own time of day on one day is this claim's moment: the same UTC instant
    (within a few minutes) when both give an offset, else the same local day and clock. A claim
    and a source of which only one gives an offset are not compared (a local clock is not UTC)."""
    mine = _moment(claim.start, claim.time_start, claim.utc_offset)
    if mine is None or claim.start != claim.end:
        return None
    for date in dates:
        if date.precision is not Precision.TIME or date.start != date.end or is_draft_source(date.source):
            continue
        offset = getattr(date, "utc_offset", None)
        if (offset is None) != (claim.utc_offset is None) or date.span is None:
            continue
        theirs = _moment(date.start, getattr(date, "time_start", None), offset)
        slack = MOMENT_SLACK if offset is not None else 0
        if theirs is not None and abs((mine - theirs).total_seconds()) <= slack * 60:
            return Evidence(date.source, date.span)
    return None


def _moment(day: dt.date, clock: str | None, offset: int | None) -> dt.datetime | None:
    """A day and clock as one instant: in UTC given the offset in minutes, else local."""
    if clock is None:
        return None
    hours, minutes = clock.split(":")
    local = dt.datetime.combine(day, dt.time(int(hours), int(minutes)))
    return local - dt.timedelta(minutes=offset or 0)
