"""extract_text: run every family over a text, settle overlaps, attach subjects, build claims."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.extract.acronyms import acronym_slips
from factcheck.extract.agencies import credit_across_sources
from factcheck.extract.ages import ages_by_name_cluster, definite_ages_of_named, said_ages_confirmed
from factcheck.extract.autonames import NameClusters, find_auto_names
from factcheck.extract.candidates import PLACEHOLDERS, Candidate, Dropped, Extraction, SubjectMatch
from factcheck.extract.dates import find_dates
from factcheck.extract.durations import (
    duration_ends,
    masked,
    record_frame,
    running_state,
    since_bound,
    span_frame,
)
from factcheck.extract.frames import (
    NOT_EVENT_DAYS,
    STAGE_FRAME,
    Frame,
    breakdown_part,
    clause_bounds,
    date_frame,
    default_table,
    frame_for_quantity,
    is_nationality,
    is_partial,
    listed_after_another,
    listed_after_count,
    month_mark,
    narrowing_words,
    nationality_part,
    part_closes_clause,
    period_of,
    planned,
    rank_by,
)
from factcheck.extract.names import NameIndex, describes_someone, find_names
from factcheck.extract.numbers import find_numbers
from factcheck.extract.numberwords import SMALL_NUMBERS, TENS
from factcheck.extract.occurrences import later_occurrences
from factcheck.extract.places import find_places
from factcheck.extract.quotes import find_quotes
from factcheck.extract.roles import find_roles
from factcheck.extract.sources import source_for_file, source_id_for
from factcheck.extract.storednames import StoredNames
from factcheck.extract.subjects import Nearby, Occurrences, SubjectIndex, subject_index
from factcheck.extract.sums import with_one_untyped_sum
from factcheck.extract.tenures import tenure_of_date, tenure_of_duration
from factcheck.extract.text import Found, Sentences, SpanSet
from factcheck.extract.times import clock_key, find_times
from factcheck.extract.venues import venue_in
from factcheck.lazyre import lazy
from factcheck.model import (
    ClaimStatus,
    DateInterval,
    Entity,
    EntityKind,
    Precision,
    QuantityClaim,
    SubjectKind,
)
from factcheck.model.adapters import claim_adapter
from factcheck.model.ids import (
    DRAFT_SOURCE,
    Family,
    StandIn,
    auto_frame,
    candidate_claim,
    in_family,
    parse_auto,
    part_frame,
    stand_in,
    whole_frame,
)
from factcheck.model.names import fold, is_auto_name, quote_frame
from factcheck.model.plain import constructed
from factcheck.model.quantifiers import pointing
from factcheck.model.records import report_time
from factcheck.registry import Registry
from factcheck.registry.loader import TextView
from factcheck.registry.partial import entities_listed_names, entities_where
from factcheck.yamlio import read_text

MIN_SCORE = 0.25
CUE_WINDOW = 300  # at least one cue in the sentence before a subject is proposed


def extract_text(
    text: str,
    *,
    published: DateInterval | None = None,
    registry: Registry | None = None,
    source: str = DRAFT_SOURCE,
    published_at: dt.datetime | None = None,
    corpus: Mapping[str, str] | None = None,
    dropped: list[Dropped] | None = None,
    names: StoredNames | None = None,
    name_index: NameIndex | None = None,
) -> list[Candidate]:
    """Candidate claims in `text`, in order of position; never raises on odd text.

    Names the registry's entities do not cover are clustered with their spellings in `corpus`
    (source id -> text; default: the registry's source texts, plus this text), or with those
    `names` counted in the registry's texts (the same clusters, read once). `name_index`: the
    index of the registry's entities (other than automatic ones), when the caller kept it. Words
    that do not make a valid claim are added to `dropped` (with why) for the caller to report.
    """
    sentences = Sentences(text)
    # entities derived from earlier automatic frames are not an entity list: the clusters decide
    listed = listed_entities(registry) if registry is not None else {}
    mentions = find_names(text, listed, name_index)
    given = corpus is not None
    # the registry's texts read only when asked for: with stored name statistics, only a bare
    # agency reading (credit_across_sources) reads them
    corpus = (
        TextView(registry.texts if registry is not None else {}, {source: text})
        if corpus is None
        else {**corpus, source: text}
    )
    clusters = names.clusters_with(source, text) if names is not None and not given else None
    mentions += _auto_names(text, sentences, mentions, registry, source, corpus, clusters)
    dates, date_spans = find_dates(text, published, sentences, planned)
    times, time_spans = find_times(text, published, sentences, dates, corpus=corpus)
    taken = SpanSet(date_spans + time_spans + [(m.start, m.end) for m in mentions])
    numbers = [n for n in find_numbers(text) if _number_is_free(n, taken)]
    quotes = find_quotes(text, sentences, mentions)
    subjects = subject_index(registry.subjects if registry else {})
    builder = _Builder(text, sentences, subjects, mentions, dates, numbers, quotes, source)
    builder.when = report_time(published, published_at)
    builder.year = (
        published.start.year if published is not None and published.start.year == published.end.year else None
    )
    builder.month = (
        published.start.month
        if published is not None
        and (published.start.year, published.start.month) == (published.end.year, published.end.month)
        else None
    )
    places = find_places(text)
    roles = find_roles(text, mentions, sentences, places)
    candidates = [
        builder.build(item)
        for item in sorted([*mentions, *dates, *times, *numbers, *quotes, *places, *roles], key=_order)
    ]
    if dropped is not None:
        dropped.extend(builder.dropped)
    own = said_ages_confirmed([c for c in candidates if c is not None], corpus)
    own = ages_by_name_cluster(one_size_per_thing(credit_same_readings(own)))
    own = definite_ages_of_named(own, text, sentences, _people(mentions, registry), builder.report_day)
    own = with_report_toll(with_repeated_stage(with_rising_stage(own, text, sentences)))
    own = with_one_untyped_sum(own, text, source)
    return credit_across_sources(own, corpus, source)


def with_rising_stage(candidates: list[Candidate], text: str, sentences: Sentences) -> list[Candidate]:
    """Running figures of a role the text says will change ("The number of missing is expected to
    rise", frames.yaml `running: rising`) marked as one stage of it, wherever the text gives them."""
    rising = default_table().running.get("rising")
    marked: dict[str, str] = {}
    for cue in rising.finditer(text) if rising is not None else ():
        lo, hi = sentences.span_at(cue.start())
        for role, (pattern, running) in default_table().roles.items():
            if running and pattern.search(text, lo, hi) is not None:
                marked.setdefault(auto_frame(Family.COUNT, role), cue.group().lower())
    return _with_stage(candidates, lambda claim: marked.get(claim.subject))


def with_repeated_stage(candidates: list[Candidate]) -> list[Candidate]:
    """A running figure the text repeats with a stage word takes it ("Quake kills 22" over
    "killing at least 22 people"): a headline or summary restates the body's figure in short."""
    staged: dict[tuple[str, float], str] = {}
    for claim in (c.claim for c in candidates):
        if isinstance(claim, QuantityClaim) and claim.running and claim.value is not None:
            words = claim.stage or (claim.approx if pointing(claim.approx) is True else None)
            if words:
                staged.setdefault((claim.subject, float(claim.value)), words)
    return _with_stage(
        candidates,
        lambda claim: None if claim.value is None else staged.get((claim.subject, float(claim.value))),
    )


def _with_stage(
    candidates: list[Candidate], stage_of: Callable[[QuantityClaim], str | None]
) -> list[Candidate]:
    """`candidates` with each running figure that has no stage yet given `stage_of` its claim,
    when that names one."""
    out = []
    for candidate in candidates:
        claim = candidate.claim
        stage = (
            stage_of(claim)
            if isinstance(claim, QuantityClaim) and claim.running and claim.stage is None
            else None
        )
        if stage is not None:
            candidate = candidate.model_copy(update={"claim": claim.model_copy(update={"stage": stage})})
        out.append(candidate)
    return out


def with_report_toll(candidates: list[Candidate]) -> list[Candidate]:
    """Running figures marked with their report's own death toll (the first it gives of its own
    time, its lead figure, not an earlier figure it recalls): reports of one day without hours that give
    different tolls were written at different stages, so their other figures may differ by time.
    The report's own rescued count goes with it (`report_rescued`): a rescue moves the missing
    count while the toll stays where it was."""
    tolls = _own_figures(candidates, lambda subject: subject == STAGE_FRAME)
    rescued = _own_figures(candidates, lambda subject: _role(subject) == "rescued")
    if not tolls and not rescued:
        return candidates
    # a report with a rescue and no death toll keeps its rescued count alone: "115 were pulled out
    # alive, while 38 remained trapped" says why 153 trapped fell to 38 (rules/checks/quantities.py
    # `_rescue_explains`)
    toll = tolls[0] if tolls else None  # the lead figure: the first the report gives of its own time
    stage = {"report_toll": toll, "report_rescued": rescued[0] if rescued else None}
    why = f"; its report's stage: a death toll of {toll:g}" if toll is not None else "; its report's stage:"
    if rescued:
        why += f"{',' if toll is not None else ''} {rescued[0]:g} rescued"
    return [
        c.model_copy(
            update={
                "claim": c.claim.model_copy(update=stage),
                "frame_why": f"{c.frame_why}{why}",
            }
        )
        if isinstance(c.claim, QuantityClaim) and c.claim.running
        else c
        for c in candidates
    ]


def _own_figures(candidates: list[Candidate], counts: Callable[[str], bool]) -> list[float]:
    """The values, in text order, of a report's exact figures of its own time (not an earlier
    figure it recalls: frames.yaml `running: earlier`) whose subject `counts` accepts."""
    earlier = default_table().running.get("earlier")
    return [
        claim.value
        for claim in (c.claim for c in candidates)
        if isinstance(claim, QuantityClaim)
        and counts(claim.subject)
        and claim.value is not None
        and not (claim.stage and earlier is not None and earlier.fullmatch(claim.stage))
    ]


# metres in one of the length units extraction writes (frames.py LENGTH_UNITS)
_METRES = {
    "m": 1.0,
    "meters": 1.0,
    "metres": 1.0,
    "km": 1000.0,
    "kilometers": 1000.0,
    "mile": 1609.344,
    "miles": 1609.344,
    "feet": 0.3048,
    "ft": 0.3048,
}
SIZE_PREFIX = auto_frame(Family.MEASURE, "size.")  # auto.measure.size.<thing>.<dimension>


def one_size_per_thing(candidates: list[Candidate]) -> list[Candidate]:
    """Sizes framed as one thing's (frames.yaml `sized_things`) left unframed where the text gives
    that kind of thing two sizes that are not one size converted ("the 333-metre tanker ... the
    180-metre cargo ship", "the 160-metre asteroid ... Didymos, a 780-metre asteroid"): the text
    speaks of two things of one kind, so neither size is the story's one thing (review 26)."""
    sizes: dict[str, list[float]] = {}
    for claim in (c.claim for c in candidates):
        if (
            isinstance(claim, QuantityClaim)
            and claim.subject.startswith(SIZE_PREFIX)
            and claim.value is not None
        ):
            sizes.setdefault(claim.subject, []).append(claim.value * _METRES.get(str(claim.unit), 1.0))
    two = {subject for subject, metres in sizes.items() if max(metres) > 1.1 * min(metres)}
    if not two:
        return candidates
    out = []
    for cand in candidates:
        claim = cand.claim
        if isinstance(claim, QuantityClaim) and claim.subject in two:
            why = f"{cand.frame_why}; unframed: this text gives two sizes of {claim.subject} (two things of one kind)"
            cand = cand.model_copy(
                update={
                    "claim": claim.model_copy(update={"subject": stand_in(StandIn.QUANTITY)}),
                    "frame_why": why,
                }
            )
        out.append(cand)
    return out


def credit_same_readings(candidates: list[Candidate]) -> list[Candidate]:
    """A reading with no agency takes the agency its own text credits the same figure to
    elsewhere ("the USGS measured it at 5.6 ... the 5.6 quake"): one text repeating a figure
    means one measurement, so the bare repeat is compared as that agency's, not as the figure
    reports print bare (usually the national agency's)."""
    credited: dict[tuple[str, float, str], set[str]] = {}
    for cand in candidates:
        claim = cand.claim
        if isinstance(claim, QuantityClaim) and ".by-" in claim.subject and claim.value is not None:
            key = (_unattributed(claim.subject), claim.value, claim.unit)
            credited.setdefault(key, set()).add(claim.subject)
    out = []
    for cand in candidates:
        claim = cand.claim
        frames = (
            credited.get((claim.subject, claim.value, claim.unit), set())
            if isinstance(claim, QuantityClaim) and claim.value is not None
            else set()
        )
        if len(frames) == 1:
            frame = next(iter(frames))
            why = f"{cand.frame_why}; credited as {frame} where this text names who measured the same figure"
            cand = cand.model_copy(
                update={"claim": claim.model_copy(update={"subject": frame}), "frame_why": why}
            )
        out.append(cand)
    return out


def listed_entities(registry: Registry) -> Mapping[str, Entity]:
    """The registry's entity list: its entities but those derived from automatic name frames
    (the clusters decide those)."""
    return entities_where(registry.entities, lambda k: not is_auto_name(k))


def _auto_names(
    text: str,
    sentences: Sentences,
    mentions: list[Found],
    registry: Registry | None,
    source: str,
    corpus: Mapping[str, str],
    clusters: NameClusters | None = None,
) -> list[Found]:
    """Name mentions with automatic frames, where no registry entity was found (`clusters`:
    the corpus's, when the caller has them)."""
    taken = SpanSet([(m.start, m.end) for m in mentions])
    # where there is an entity list, its names are the entity finder's to find
    listed = entities_listed_names(registry.entities if registry else {})
    return [
        m
        for m in [*find_auto_names(text, corpus, sentences, clusters), *acronym_slips(text, corpus)]
        if taken.free(m.start, m.end)
        and not describes_someone(text, m.start, m.end)
        and fold(str(m.extras["matched_name"])) not in listed
    ]


def _people(mentions: list[Found], registry: Registry | None) -> frozenset[str]:
    """The entity ids of the people among the mentions: a listed person, or a name cluster some
    text writes with a person's cue (autonames.NameClusters.is_person)."""
    entities = registry.entities if registry is not None else {}
    people = set()
    for found in mentions:
        entity = str(found.fields.get("entity") or "")
        listed = entities.get(entity)
        if found.extras.get("person") or (listed is not None and listed.kind == EntityKind.PERSON):
            people.add(entity)
    return frozenset(people)


def _order(item: Found) -> tuple[int, int, str]:
    return item.start, item.end, item.kind


def _number_is_free(number: Found, taken: SpanSet) -> bool:
    """A number inside a date ('June 30') or a name ('Rossiya 1', 'G20') is not a count."""
    core_start, core_end = number.extras.get("core", (number.start, number.end))
    return taken.free(core_start, core_end)


# partial cues that only say a count is a breakdown of a total ("among the dead", "including");
# "of the" only when the part's kind ends the clause (`part_closes_clause`)
BREAKDOWN_WORDS = frozenset({"among", "including"})
# qualifiers that say a count is some part of a total but not which part ("31 of the injured",
# "including nine", "four others"): two reports' such parts need not be the same part
KINDLESS_PARTS = frozenset({"partial-of-the", "partial-among", "partial-including", "other"})


class BySentence(dict[int, list[Found]]):
    """One family's claims by sentence index, in order of position, and where each starts (for
    bisecting the claims near a position); built once per text."""

    starts: dict[int, list[int]]


def _unattributed(frame: str) -> str:
    """A measure frame without its agency (auto.measure.depth.by-usgs -> auto.measure.depth)."""
    return re.sub(r"\.by-[a-z0-9]+", "", frame)


# "including" right before a count: a part of the list member before it, not the list's head
_INCLUDED = lazy(r"\bincluding\s+(?:some\s+|about\s+|at\s+least\s+)?\Z", re.IGNORECASE)


# words for people in general: a count of a nation's "citizens" or "nationals" counts its people
_PEOPLE_WORDS = frozenset({"people", "persons", "citizens", "nationals"})


def _people_unit(unit: str) -> bool:
    """Whether a count's unit names only people: a word for people in general, or a people's
    own word ("australians", "britons", "dutch")."""
    return unit in _PEOPLE_WORDS or any(is_nationality(n) for n in (unit, unit.removesuffix("s")))


class _Builder:
    """Turns Found items into validated candidate claims with subjects and context."""

    def __init__(
        self,
        text: str,
        sentences: Sentences,
        subjects: SubjectIndex,
        mentions: list[Found],
        dates: list[Found],
        numbers: list[Found],
        quotes: list[Found],
        source: str,
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.subjects = subjects
        # claims by sentence: rivals for cues, the entities named there, the date of a quote
        self.mentions = self._by_sentence(mentions)
        self.dates = self._by_sentence(dates)
        self.numbers = self._by_sentence(numbers)
        self.quotes = self._by_sentence(quotes)
        self.source = source
        self.ids: set[str] = set()
        self.dropped: list[Dropped] = []
        self.named: dict[int, list[str]] = {}
        self.occurrences: dict[int, Occurrences] = {}
        self.when: dt.datetime | dt.date | None = None  # the report's time: what a running figure is as of
        self.year: int | None = None  # the report's year: a figure dated to another year gets its own frame
        self.month: int | None = None  # the report's month: "In June, ..." in October dates a figure apart
        # (event frame, whether the offset is known) -> the times this text gives it
        self.clocks: dict[tuple[str, bool], list[int]] = {}
        self.masked: str | None = None  # the text with duration anchors blanked, for date frames
        self.event_days: frozenset[dt.date] | None = None  # days the text dates its events to
        # start of each date of a later occurrence of its event (an aftershock) -> why
        self.later_days: dict[int, str] | None = None

    @property
    def report_day(self) -> dt.date | None:
        """The report's day: `when` without its hour."""
        return self.when.date() if isinstance(self.when, dt.datetime) else self.when

    def build(self, item: Found) -> Candidate | None:
        """One candidate, or None when the words do not make a valid claim."""
        sentence = self.sentences.span_at(item.start)
        data: dict[str, Any] = {
            "id": self._id(item),
            "kind": item.kind,
            "source": self.source,
            "text": self.text[item.start : item.end],
            "span": (item.start, item.end),
            "status": ClaimStatus.CANDIDATE,
            **{k: v for k, v in item.fields.items() if v is not None},
        }
        extra: dict[str, Any] = {}
        if item.kind in ("quantity", "duration"):
            extra = self._quantity(item, data)
        elif item.kind == "date":
            extra = self._date(item, data)
        elif item.kind == "quote":
            extra = self._quote(item, data)
        elif item.kind == "relation":
            what = str(item.extras.get("what") or ("role" if item.extras.get("role") else "place kind"))
            extra = {"frame_why": f"{what}: {item.extras['why']}"}
        else:
            extra = {
                "spelling": item.extras.get("spelling"),
                "matched_name": item.extras.get("matched_name"),
                "similarity": item.extras.get("similarity"),
            }
            if is_auto_name(str(data["entity"])):
                role = f"; same role: {item.extras['role']}" if item.extras.get("role") else ""
                role += f"; {item.extras['why']}" if item.extras.get("why") else ""
                extra["frame_why"] = (
                    f"name cluster of “{item.extras.get('matched_name')}” across the sources "
                    f"({item.extras.get('spelling')} spelling{role})"
                )
        try:
            claim = claim_adapter().validate_python(data)
        except ValidationError as exc:
            # odd text the families could not read as a claim: no candidate, but said so
            self.dropped.append(
                Dropped(kind=item.kind, span=(item.start, item.end), text=data["text"], reason=_why(exc))
            )
            return None
        # the claim was validated just now and the rest is the extractor's own: constructing the
        # wrapper without validating spares building its validator (the whole Claim union again);
        # `constructed`, not model_construct, which asks each default factory's signature per call
        return constructed(
            Candidate, claim=claim, sentence=sentence, entities=self._entities(sentence), **extra
        )

    def _framed(self, item: Found, data: dict[str, Any], sentence: tuple[int, int]) -> str | None:
        """Give a quantity with no registry subject its automatic frame; return why (or None)."""
        if item.extras.get("ordinal"):
            if rank_by(self.text, item.start, item.end) is None:
                return None  # "the 11th floor", "a third team": an ordinal orders, it counts nothing
            # "the 10th largest port" is a rank, a measure two reports may give differently
            # ("third biggest"): its unit is the rank, whatever superlative says it
            data["unit"] = "rank"
        if data.get("unit") == "" or data.get("unit") is None:
            data["unit"] = "people"  # "45 were injured": the verb counts people
        rivals = [(r.start, r.end) for r in self._rivals(item, data)]
        frame = self._another_occurrence(
            item,
            self._quantity_frame(item, str(data["unit"]), sentence, rivals)
            or self._listed_nationality(item, sentence),
            sentence,
        )
        if frame is None or data.get("vague") in SMALL_VAGUE:
            return None  # "a few toppled buildings" names no figure another report could give
        if data.get("vague") and _role(frame.id) in default_table().last_resort:
            return None  # "thousands of employees": a settled count (a workforce) given as no figure
        if self._two_readings(item, data, frame.id, sentence):
            return None  # "6.4, while others gave 5.6": readings whose makers we cannot tell apart
        data["subject"] = frame.id
        why = frame.why
        if self.when is not None and frame.id.startswith(auto_frame(Family.MEASURE, "age.")):
            # a person's age holds from one birthday to the next: the report's day says which
            # year of it (FC102: 82 and 83 in reports 30 days or more apart may both be right)
            data["as_of"] = self.report_day
            why += f"; an age as of {data['as_of'].isoformat()} (report day)"
        if data.get("approx") in CEILING_WORDS and _role(frame.id) in default_table().ceilings:
            # "licensed to carry up to 200 people": the capacity is 200, not anything below it
            why += f"; '{data.pop('approx')}' states a ceiling: the figure itself"
        running = frame.running
        if frame.running:
            # only a running figure has per-day counts apart from its total ("13 aftershocks on
            # Thursday"); "189 passengers on Thursday" is the one count of those aboard
            period = period_of(
                self.text, (item.start, item.end), sentence, self._days(item), self._event_days()
            )
            if period is not None:
                # "13 aftershocks on Thursday" never meets "more than 200 aftershocks" so far
                data["subject"], why = frame.id + period[0], f"{why}; {period[1]}"
                running = running and not self._closed(period[0])
        place = local_place(self.text, (item.start, item.end), sentence)
        thing = str(item.extras.get("noun") or "").lower() in default_table().thing_nouns
        state = _role(frame.id) in default_table().states
        if place is not None and frame.id == auto_frame(Family.COUNT, "population"):
            # "1,000 people live in the village": the population of the place named after it
            data["subject"] = auto_frame(Family.COUNT, f"population.{place}")
            why += f"; the population of {place}"
        if place is not None and in_family(frame.id, Family.COUNT) and not thing and not state:
            # (a state's place is where its people are: "79 enrolled in the school" is the school's
            # whole roll, "189 aboard the ferry" all aboard, never a part)
            # "53 deaths in Minxian": a part of the toll; a whole toll may exceed it freely
            data["qualifiers"] = [*data.get("qualifiers", []), f"in-{place}"]
            why += f"; local count in {place}"
        part = (
            is_partial(self.text, item.start, item.end, sentence)
            if in_family(frame.id, Family.COUNT)
            else None
        )
        if part == "of the" and _role(frame.id) in default_table().of_them:
            part = None  # "71 of them in critical condition": the injured's part is the role itself
        counted = in_family(frame.id, Family.COUNT)
        narrow = self._narrowing(item, data) if counted else []
        breakdown = (
            breakdown_part(self.text, item.end, item.extras.get("noun"))
            if counted and _role(frame.id) not in default_table().unbroken
            else None
        )
        nation = next((w for w in narrow if is_nationality(w)), None) if breakdown is None else None
        if nation is not None:
            # "154 Dutch passengers", "12 Nepali Sherpas": a nationality before the noun breaks the
            # count down as "154 Dutch" or "12 Nepalese" do, and must meet them
            breakdown, narrow = nation, [w for w in narrow if w != nation]
        if breakdown is not None and is_nationality(breakdown) and _people_unit(str(data.get("unit"))):
            # "28 Australians", "27 from Australia", "43 citizens of Malaysia": one people's count,
            # in one unit whichever word names them
            data["unit"] = "people"
        listed = part is None and counted and self._listed(item, frame.id, sentence)
        if listed:
            # "34 hostages and 15 Islamists died": the Islamists' part of the dead, of their kind
            part = breakdown or str(item.extras.get("noun")).lower()
        kind_said = (
            part in BREAKDOWN_WORDS
            or (part == "of the" and part_closes_clause(self.text, item.end))
            or (listed and breakdown is not None)  # the breakdown's qualifier names the part
        )
        if part is not None and not (breakdown is not None and kind_said):
            # "12 firefighters were among the dead" is the firefighters' count, as "12 firefighters
            # were killed" is: the breakdown says it is a part, and both meet
            data["qualifiers"] = [*data.get("qualifiers", []), f"partial-{part.replace(' ', '-')}"]
            why += f"; a part of the count ('{part}')"
        if (
            breakdown is not None
            and breakdown not in narrow
            and breakdown not in (data.get("qualifiers") or [])
        ):
            # "53 Nepalis", "three infants": a breakdown of the total by nationality or kind
            data["qualifiers"] = [*data.get("qualifiers", []), breakdown]
            why += f"; a breakdown ('{breakdown}'), a part of the count"
        if narrow:
            data["qualifiers"] = [*data.get("qualifiers", []), *narrow]
            why += f"; narrowed by '{' '.join(narrow)}' (a part of the count)"
        if (
            data.get("qualifiers")
            and in_family(frame.id, Family.COUNT)
            and _role(frame.id) not in default_table().groups
            and (part is not None or set(data["qualifiers"]) - {breakdown, self._named(place, sentence)})
        ):
            # the text says it is a part: a cue ("including", "among", "of the dead"), a place
            # in the stricken area ("in a collapsed hotel", "in one courtyard") or a narrowing
            # word. A kind of people alone ("58 schoolchildren were taken ill", "12 firefighters
            # were killed") or a named place alone ("stranded in the Alps", "53 deaths in
            # Minxian") may be all of them, so it keeps the frame with its qualifier; nor is a
            # group's noun ("2,500 soldiers deployed") a part of those sent
            why += self._part_of(data)
        if running:
            data["running"] = True
            why += self._as_of(item, data, sentence)
            why += self._stage(item, data, sentence)
        if running_cue("revised", self.text, sentence):
            data["revised"] = True
            why += "; called a revision"
        return why

    def _listed(self, item: Found, frame: str, sentence: tuple[int, int]) -> bool:
        """Whether a count is listed after a count of other things that its verb tells of too
        ("34 hostages and 15 Islamists died"), so it counts a part. Not where its own words
        name its role ("146 passengers and 5 crew members on board": the crew are counted apart
        already)."""
        cues = default_table().roles.get(_role(frame) or "")
        if cues is None:
            # no role an act tells of ("in all 50 states and 32 countries"): a count of things
            # beside another count of things is no part of a toll, it is the whole of its kind
            return False
        if cues[0].search(self.text, item.start, item.end) is not None:
            return False
        before = listed_after_another(self.text, item.start, sentence, item.extras.get("noun"))
        if before is None:
            return False
        # the earlier figure must be a count ("at 10 pm and 15 people died" lists a clock time,
        # "for two hours and 15 people were rescued" a duration) that no act of its own counts
        # ("arrested 3 suspects and 15 people were evacuated": the arrests are another count)
        here = self.numbers.get(self.sentences.index(item.start), [])
        earlier = next((n for n in here if n.kind == "quantity" and n.start <= before < n.end), None)
        if earlier is None:
            return False
        other = self._quantity_frame(earlier, str(earlier.fields.get("unit") or ""), sentence, [])
        return other is None or _role(other.id) in (None, _role(frame))

    def _named(self, place: str | None, sentence: tuple[int, int]) -> str | None:
        """The qualifier of a place the sentence names with a capital ("in Minxian"), if any."""
        if place is None:
            return None
        found = re.search(rf"\b{re.escape(place)}\b", self.text[sentence[0] : sentence[1]], re.IGNORECASE)
        return f"in-{place}" if found is not None and found.group()[:1].isupper() else None

    def _part_of(self, data: dict[str, Any]) -> str:
        """Give a part of a count ("including 10 children", "26 bodies in one courtyard", "12 of
        them children") a frame of its own, so it never meets the whole count (nor joins its
        "figure updated" group) but meets other reports' parts of the same kind; a part of no
        kind ("31 of the injured", "including nine") is never compared. Returns the why."""
        kinds = [str(q).removeprefix("partial-") for q in data["qualifiers"] if q not in KINDLESS_PARTS]
        if not kinds:
            data["subject"] = PLACEHOLDERS["quantity"]
            return "; a part of the count of no kind: never compared"
        data["subject"] = part_frame(str(data["subject"]), kinds)
        return f"; a part's own frame ({', '.join(sorted(kinds))})"

    def _days(self, item: Found) -> list[tuple[int, dt.date]]:
        """(start, day) of the single-day dates in the item's sentence."""
        here = self.dates.get(self.sentences.index(item.start), [])
        return [
            (d.start, d.fields["start"])
            for d in here
            if isinstance(d.fields.get("start"), dt.date) and d.fields.get("start") == d.fields.get("end")
        ]

    def _event_days(self) -> frozenset[dt.date]:
        """The day the text dates its event to: the earliest single day with an event cue other
        than a report's or a figure's, within EVENT_REACH days before the report (a date in a
        sentence about aftershocks often has the cue 'quake' too, but comes later). A count on
        that day is the event's toll, not one day's."""
        if self.event_days is None:
            report = self.report_day
            days, undated = set(), set()
            for here in self.dates.values():
                for date in here:
                    day = date.fields.get("start")
                    if not isinstance(day, dt.date) or day != date.fields.get("end"):
                        continue
                    if report is not None and not 0 <= (report - day).days <= EVENT_REACH:
                        continue
                    sentence = self.sentences.span_at(date.start)
                    frame = date_frame(self._date_text(), (date.start, date.end), sentence)[0]
                    if frame is None:
                        undated.add(day)
                    elif frame.id.rsplit(".", 1)[-1] not in NOT_EVENT_DAYS:
                        days.add(day)
            # an event of a kind no cue names ("a crush at the stadium on Saturday"): the earliest
            # day the text gives is its day, so the toll "killed 125 on Saturday" stays the total
            # and only a later day ("17 more died on Sunday") is one day's count
            days = days or undated
            self.event_days = frozenset({min(days)}) if days else frozenset()
        return self.event_days

    def _closed(self, suffix: str) -> bool:
        """Whether a `.on-<day>` period ended before the report's day (its count no longer grows)."""
        report = self.report_day
        if report is None or not suffix.startswith(".on-"):
            return False
        return dt.date.fromisoformat(suffix.removeprefix(".on-")) < report

    def _quantity_frame(
        self, item: Found, unit: str, sentence: tuple[int, int], rivals: list[tuple[int, int]]
    ) -> Frame | None:
        """The automatic frame of a number this text holds, read in its sentence against the
        spans of its rivals (the sentence's other readings in the same unit). A figure listed
        before another that it shares its noun with ("36 and 29 solar masses") has none: its
        words say what it measures, not which of the list's members it is, and a frame would join
        it to the list's other figures as two readings of one thing."""
        if item.extras.get("listed"):
            return None
        return frame_for_quantity(
            self.text,
            (item.start, item.end),
            unit,
            sentence,
            self.year,
            item.extras.get("noun"),
            published_month=self.month,
            rivals=rivals,
        )

    def _listed_nationality(self, item: Found, sentence: tuple[int, int]) -> Frame | None:
        """The frame of a count of a nationality that no cue of its own frames, taken from the
        count it is listed after: "Also on board were 154 Dutch passengers, 45 Malaysians, ...,
        27 Australians", "of which 193 were Dutch, 44 Malaysian and 39 Australian". Back through
        the sentence's earlier counts while only the list's words stand between (numbers,
        nationalities, "including", "from": `listed_after_count`), to the first one framed."""
        if nationality_part(self.text, item.end, item.extras.get("noun")) is None:
            return None
        here = self.numbers.get(self.sentences.index(item.start), [])
        at = item.start
        for other in sorted(
            (n for n in here if n.kind == "quantity" and n.end <= item.start), key=lambda n: -n.end
        ):
            if not listed_after_count(self.text, other.end, at):
                return None
            if nationality_part(self.text, other.end, other.extras.get("noun")) is None and _INCLUDED.search(
                self.text, max(sentence[0], other.start - 16), other.start
            ):
                at = other.start
                continue  # "45 Malaysians, including 15 crew, 27 Australians": a part of a member
            unit = str(other.fields.get("unit") or "people")
            frame = self._quantity_frame(other, unit, sentence, [])
            if frame is not None:
                if not in_family(frame.id, Family.COUNT):
                    return None
                return Frame(
                    whole_frame(frame.id),
                    f"{frame.why}; listed after '{self.text[other.start : other.end]}'",
                    frame.running,
                )
            at = other.start
        return None

    def _rivals(self, item: Found, data: dict[str, Any]) -> list[Found]:
        """The sentence's other numbers in the same unit (other readings of a measure)."""
        unit = data.get("unit")
        here = self.numbers.get(self.sentences.index(item.start), [])
        return [n for n in here if n is not item and n.fields.get("unit") == unit]

    def _two_readings(self, item: Found, data: dict[str, Any], frame: str, sentence: tuple[int, int]) -> bool:
        """Whether the sentence gives another value for the same measure, in this frame or, when
        this reading names no agency, in any agency's: one sentence stating two figures for one
        measure reports two readings (two agencies, or a reading and a revision), so one whose
        maker is not told stands for nothing another report could be held to."""
        if not in_family(frame, Family.MEASURE):
            return False
        unattributed = ".by-" not in frame
        for rival in self._rivals(item, data):
            if rival.fields.get("value") == data.get("value"):
                continue
            other = self._quantity_frame(rival, str(data["unit"]), sentence, [(item.start, item.end)])
            if other is not None and (
                other.id == frame or (unattributed and _unattributed(other.id) == frame)
            ):
                return True
        return False

    def _narrowing(self, item: Found, data: dict[str, Any]) -> list[str]:
        """Words before the counted noun that narrow the count ("four AC coaches"), not yet
        among its qualifiers."""
        noun, core = item.extras.get("noun"), item.extras.get("core")
        if not noun or core is None or not self.text.startswith(str(noun), item.end - len(str(noun))):
            return []
        had = set(data.get("qualifiers") or [])
        words = narrowing_words(self.text, core[1], item.end - len(str(noun)))
        return [w for w in words if w not in had]

    def _as_of(self, item: Found, data: dict[str, Any], sentence: tuple[int, int]) -> str:
        """Set a running figure's as_of: a date the text ties it to ("as of Monday"), else the
        report's time; none when the text calls it an earlier figure. Returns the why."""
        if running_cue("earlier", self.text, sentence):
            return "; running figure, an earlier one of unknown time"
        stated = self._stated_as_of(item)
        if stated is not None:
            data["as_of"] = stated
            return f"; running figure as of {stated.isoformat()} (stated)"
        if self.when is None:
            return "; running figure, report time unknown"
        data["as_of"] = self.when
        return f"; running figure as of {self.when.isoformat()} (report time)"

    def _stage(self, item: Found, data: dict[str, Any], sentence: tuple[int, int]) -> str:
        """Record the words that mark a running figure as one stage of a changing count ("rose
        to", "so far", "initially"): without them, reports of unknown order are rivals."""
        cue = stage_cue(self.text, sentence, (item.start, item.end))
        if cue is None:
            return ""
        data["stage"] = cue
        return f"; a stage of a changing count ('{cue}')"

    def _stated_as_of(self, item: Found) -> dt.date | None:
        """The day of a date written right after an as-of cue in the figure's sentence."""
        for date in self.dates.get(self.sentences.index(item.start), []):
            before = self.text[max(0, date.start - 12) : date.start]
            cue = default_table().running.get("as_of")
            if cue is None or not any(m.end() >= len(before) - 1 for m in cue.finditer(before)):
                continue
            start, end = date.fields.get("start"), date.fields.get("end")
            if isinstance(start, dt.date) and start == end:
                return start
        return None

    def _id(self, item: Found) -> str:
        claim_id, n = candidate_claim(self.source, item.kind, item.start), 1
        while claim_id in self.ids:
            n += 1
            claim_id = candidate_claim(self.source, item.kind, item.start, n)
        self.ids.add(claim_id)
        return claim_id

    def _best(self, matches: list[SubjectMatch], placeholder: str) -> str:
        return matches[0].id if matches and matches[0].score >= MIN_SCORE else PLACEHOLDERS[placeholder]

    def _by_sentence(self, items: list[Found]) -> BySentence:
        grouped = BySentence()
        for item in sorted(items, key=_order):
            grouped.setdefault(self.sentences.index(item.start), []).append(item)
        grouped.starts = {index: [item.start for item in here] for index, here in grouped.items()}
        return grouped

    def _score(
        self,
        kind: SubjectKind,
        item: Found,
        rivals: BySentence,
        focus: str | None = None,
        unit: str = "",
    ) -> list[SubjectMatch]:
        """Cue-scored subjects of `kind` for `item`, rivals being same-kind claims in its sentence.
        Cues are looked for within CUE_WINDOW characters: further away they weigh next to nothing,
        and a bound keeps a text with no sentence breaks linear."""
        index = self.sentences.index(item.start)
        first, last = self.sentences.span_at(item.start)
        if index not in self.occurrences:
            self.occurrences[index] = Occurrences(self.text, (first, max(last, item.end)))
        window = (max(first, item.start - CUE_WINDOW), item.end + CUE_WINDOW)
        here = rivals.get(index, [])
        starts = rivals.starts.get(index, [])
        lo = bisect.bisect_left(starts, window[0] - CUE_WINDOW)
        spans = [(r.start, r.end) for r in here[lo : bisect.bisect_right(starts, window[1])] if r is not item]
        near = Nearby(self.occurrences[index], (item.start, item.end), window, spans)
        return self.subjects.score(kind, item.focus if focus is None else focus, near, unit)

    def _quantity(self, item: Found, data: dict[str, Any]) -> dict[str, Any]:
        matches = self._score(SubjectKind.QUANTITY, item, self.numbers, unit=str(data.get("unit") or ""))
        if item.extras.get("first"):
            # "his first known trip since …" counts one of its own noun: a subject cued only by
            # the sentence around it ("two nations" in a "state television" report) is another count
            matches = [m for m in matches if _in_focus([m], item.focus)]
        data["subject"] = self._best(matches, "quantity")
        why = None
        if item.kind == "quantity" and data["subject"] == PLACEHOLDERS["quantity"]:
            why = self._framed(item, data, self.sentences.span_at(item.start))
        subject = self.subjects.get(data["subject"])
        if (
            item.kind == "quantity"
            and subject is not None
            and subject.unit
            and _in_focus(matches, item.focus)
        ):
            data["unit"] = subject.unit  # "nations" counted for a subject in countries
        events: list[SubjectMatch] = []
        if item.kind == "duration":
            anchor = self.text[item.anchor[0] : item.anchor[1]] if item.anchor else ""
            anchored = self.subjects.score(SubjectKind.EVENT, anchor) if anchor else []
            events = self._score(SubjectKind.EVENT, item, self.numbers, focus=anchor)
            others = [m for m in events if not anchored or m.id != anchored[0].id]
            # "hours before Y": Y is where the time ends; "100 days after X": X is where it starts
            ends_at_anchor = item.extras.get("anchor_word") == "before"
            data["to_event" if ends_at_anchor else "from_event"] = self._best(anchored, "event")
            data["from_event" if ends_at_anchor else "to_event"] = self._best(others, "event")
            if item.anchor is None:
                why = self._tenure(item, data)
            elif data["from_event"] == PLACEHOLDERS["event"]:
                why = self._anchored(item, data)
            if data["subject"] == PLACEHOLDERS["quantity"]:
                sentence = self.sentences.span_at(item.start)
                span = record_frame(self.text, item, sentence) or span_frame(self.text, item, sentence)
                if span is not None:  # what it measures: "capsized ... 10 minutes after leaving port"
                    data["subject"] = span.id
                    why = f"{span.why}; {why}" if why else span.why
                    day = self.report_day
                    if day is not None and running_state(span.id):
                        data["as_of"] = day  # "has been on the run for six days" grows by the day
        anchor_word = item.extras.get("anchor_word") if item.kind == "duration" and item.anchor else None
        return {
            "subjects": matches,
            "events": events,
            "noun": item.extras.get("noun"),
            "frame_why": why,
            "anchor_word": anchor_word,
        }

    def _tenure(self, item: Found, data: dict[str, Any]) -> str | None:
        """Frame an ongoing tenure ("who has ruled Ruritania for 30 years") as counting from its
        start to the report's day; returns the why (None when it is no tenure)."""
        frame = tenure_of_duration(self.text, item.start, item.end, self.sentences.span_at(item.start))
        day = self.report_day
        if frame is None or day is None:
            return None
        data["from_event"] = frame.id
        data["ends_on"] = DateInterval(start=day, end=day, precision=Precision.DAY)
        return f"{frame.why}; runs to the report's date"

    def _anchored(self, item: Found, data: dict[str, Any]) -> str | None:
        """Frame the event a duration counts from by its anchor's cue, and date its other end
        from its sentence ("on July 22, two days after the quake struck"); returns the why."""
        here = self.dates.get(self.sentences.index(item.start), [])
        ends = duration_ends(self.text, item, here, self.year)
        if ends.from_frame is None:
            return None
        data["from_event"] = ends.from_frame.id
        if ends.ends_on is None:
            return ends.from_frame.why
        data["ends_on"] = ends.ends_on
        return f"{ends.from_frame.why}; ends on its sentence's date"

    def _date_text(self) -> str:
        """The text with every duration anchor blanked: a date is not the event its sentence
        counts from ("on July 22, two days after the quake struck" is not the quake's date)."""
        if self.masked is None:
            anchors = [n.anchor for here in self.numbers.values() for n in here if n.anchor is not None]
            self.masked = masked(self.text, anchors) if anchors else self.text
        return self.masked

    def _date(self, item: Found, data: dict[str, Any]) -> dict[str, Any]:
        if item.extras.get("report"):
            # a report's own time, kept only for its two zones' check (FC206): no event's time
            data["event"] = PLACEHOLDERS["event"]
            return {"subjects": [], "frame_why": "a report's time given in two zones: compared with no event"}
        tenure = tenure_of_date(self.text, item.start, self.sentences.span_at(item.start))
        if tenure is not None:
            # "in power since 1994", "since taking office in 2012": the start of a tenure
            data["event"] = tenure.id
            return {"subjects": [], "frame_why": tenure.why}
        if since_bound(self.text, item.start):
            # "in power since 1992": where a span starts, never the date of the sentence's event
            data["event"] = PLACEHOLDERS["event"]
            return {"subjects": [], "frame_why": None}
        matches = self._score(SubjectKind.EVENT, item, self.dates, focus="")
        data["event"] = self._best(matches, "event")
        why = None
        if data["event"] == PLACEHOLDERS["event"]:
            here = self.dates.get(self.sentences.index(item.start), [])
            frame, why_not = date_frame(
                self._date_text(),
                (item.start, item.end),
                self.sentences.span_at(item.start),
                others=[(d.start, d.end) for d in here],
            )
            why = why_not or None  # the event frame decision, shown by `extract --format table`
            if frame is not None:
                year = _one_year(item.fields.get("start"), item.fields.get("end"))
                # a date in another year than the report's is another event ("the 1970 quake"); a
                # span across a new year (a time in a report dated only "2023-01" may fall on
                # 31 December) is in no one other year
                other_year = year is not None and self.year is not None and year != self.year
                data["event"], why = frame.id + (f".y{year}" if other_year else ""), frame.why
                if other_year:
                    why += f"; {year}, not the report's year: another occurrence"
                elif (month := self._other_month(item)) is not None:
                    # "killed 50 at two mosques in March" in an April report: a month named whole
                    # is another occurrence's, as a past year is; the report's own event has a day
                    data["event"] = frame.id + month_mark(*month)
                    why += f"; {calendar.month_name[month[1]]}, not the report's month: another occurrence"
                later = self._later_days().get(item.start)
                if later is not None and data["event"] == frame.id:
                    # "Wednesday's earthquake ... hit by a 4.8-magnitude temblor on Friday": an
                    # aftershock's day, which two reports rarely give of one aftershock
                    data["event"], why = PLACEHOLDERS["event"], f"{why}; {later}"
                elif item.extras.get("clock") and not item.extras.get("worded"):
                    # (a time of day in words is too loose to tell two occurrences apart)
                    data["event"], why = self._occurrence(data["event"], item, why or "")
        if item.extras.get("note"):  # "today" in a quotation: read as the speaker's day
            why = f"{why}; {item.extras['note']}" if why else str(item.extras["note"])
        return {"subjects": matches, "frame_why": why}

    def _another_occurrence(
        self, item: Found, frame: Frame | None, sentence: tuple[int, int]
    ) -> Frame | None:
        """A measure in the clause of a later occurrence's day ("hit by a 4.8-magnitude temblor
        early on Friday", the text's quake being Wednesday's) is that occurrence's, as an
        aftershock's is: `.secondary`, never the main event's reading."""
        if frame is None or not in_family(frame.id, Family.MEASURE) or ".secondary" in frame.id:
            return frame
        lo, hi = clause_bounds(self.text, item.start, item.end, sentence)
        here = self.dates.get(self.sentences.index(item.start), [])
        later = self._later_days()
        if any(d.start in later and lo <= d.start and d.end <= hi for d in here):
            return Frame(frame.id + ".secondary", f"{frame.why}; in the clause of another occurrence's day")
        return frame

    def _later_days(self) -> dict[int, str]:
        """The dates of later occurrences of the text's events (extract/occurrences.py)."""
        if self.later_days is None:
            self.later_days = later_occurrences(
                self.text,
                [d for here in self.dates.values() for d in here],
                self.sentences.span_at,
                self._event_frame,
            )
        return self.later_days

    def _event_frame(self, item: Found) -> str | None:
        """The automatic event frame of a date of this text, None for none or an uncompared one
        (a day someone spoke, a figure rose)."""
        sentence = self.sentences.span_at(item.start)
        here = self.dates.get(self.sentences.index(item.start), [])
        frame = date_frame(
            self._date_text(), (item.start, item.end), sentence, others=[(d.start, d.end) for d in here]
        )[0]
        if frame is None or frame.id.rsplit(".", 1)[-1] in (
            *NOT_EVENT_DAYS,
            *default_table().uncompared_events,
        ):
            return None
        year = _one_year(item.fields.get("start"), item.fields.get("end"))
        if year is not None and self.year is not None and year != self.year:
            return None  # "the April 6, 2009 quake": another year's event, never the text's first day
        return frame.id

    def _other_month(self, item: Found) -> tuple[int, int] | None:
        """(year, month) of a date given only by its month ("in March", "last month", "early
        February") when the report is dated to another month of the same year; else None. A
        date with its day ("on March 15") may be the text's own event, told weeks later."""
        start, end = item.fields.get("start"), item.fields.get("end")
        if (
            item.fields.get("precision") not in (Precision.MONTH, Precision.MONTH_PART)
            or self.month is None
            or not isinstance(start, dt.date)
            or not isinstance(end, dt.date)
            or (start.year, start.month) != (end.year, end.month)
            or start.year != self.year
        ):
            return None
        return (start.year, start.month) if start.month != self.month else None

    def _occurrence(self, frame: str, item: Found, why: str) -> tuple[str, str]:
        """A text that gives one event frame two different times tells of two occurrences ("the
        initial quake hit at 7.45am ... a second tremor struck at 9.12am"): the first time keeps
        the frame, each later different time gets its own (`.n2`, `.n3`); not an event that
        happens once (frames.yaml `once`: a debut's first trade), whose two times are two accounts
        of one moment and are compared."""
        parsed = parse_auto(frame)
        if parsed is not None and parsed.slug.split(".")[0] in default_table().once_events:
            return frame, why
        # a local clock with no known offset and a UTC time cannot be told apart ("7 p.m. local
        # time (1100 GMT)" is one moment): each is set only against times of its own kind
        seen = self.clocks.setdefault((frame, isinstance(item.fields.get("utc_offset"), int)), [])
        key = clock_key(item.fields)
        if key not in seen:
            seen.append(key)
        index = seen.index(key)
        if index == 0:
            return frame, why
        return f"{frame}.n{index + 1}", f"{why}; occurrence {index + 1} of this event in the text"

    def _quote(self, item: Found, data: dict[str, Any]) -> dict[str, Any]:
        matches = self._score(SubjectKind.STATEMENT, item, self.quotes)
        data["describes"] = self._best(matches, "statement")
        speaker = item.fields.get("speaker")
        why = None
        if data["describes"] == PLACEHOLDERS["statement"] and speaker:
            # no curated statement: the speaker's frame (same speaker + overlapping words = one
            # statement, decided by the quote rules); an unknown speaker is never compared
            data["describes"] = quote_frame(str(speaker))
            why = f"quoted speaker {speaker}"
        events = self._score(SubjectKind.EVENT, item, self.quotes)
        if events and events[0].score >= MIN_SCORE:
            data["event"] = events[0].id
        attributed = self._date_near(item)
        if attributed is not None:
            data["attributed_date"] = attributed
        venue = venue_in(self.text, (item.start, item.end), self.sentences)
        if venue is not None:
            # where the words were said (FC304 compares it); shown so an editor sees why
            data["venue"] = venue.name
            why = f"{why + '; ' if why else ''}venue {venue.name} ({venue.why})"
        return {"subjects": matches, "events": events, "thing": item.extras.get("thing"), "frame_why": why}

    def _date_near(self, item: Found) -> DateInterval | None:
        """The date stated in the quote's sentence, when there is exactly one."""
        here = self.dates.get(self.sentences.index(item.start), [])
        if len(here) != 1:
            return None
        fields = here[0].fields
        precision = fields["precision"]
        assert isinstance(precision, Precision)
        return DateInterval(start=fields["start"], end=fields["end"], precision=precision)

    def _entities(self, sentence: tuple[int, int]) -> list[str]:
        index = self.sentences.index(sentence[0])
        if index not in self.named:
            here = self.mentions.get(index, [])
            self.named[index] = list(dict.fromkeys(str(m.fields["entity"]) for m in here))
        return self.named[index]


# frames.yaml `running` groups that mark a stage
STAGE_CUES = ("current", "holds", "earlier", "revised", "rising")


# a short opening phrase with no figure of its own ("As of Thursday evening", "By nightfall",
# "In the first hour of trading", "In the first hours after the quake"): its cue governs the
# clause it opens, not one that gives its own count ("12 are still missing")
_OPENING_PHRASE = lazy(r"\s*(?:[^\W\d]+[\s'-]*){1,7}", re.IGNORECASE)


def _figureless_opening(phrase: str) -> bool:
    """Whether a sentence's opening phrase is short and gives no figure of its own."""
    words = phrase.lower().split()
    return bool(_OPENING_PHRASE.fullmatch(phrase)) and not any(w in SMALL_NUMBERS or w in TENS for w in words)


_UP_TO = lazy(r"\bup\s+\Z", re.IGNORECASE)  # "up to date" is being current, not "to date" (so far)


def stage_cue(text: str, sentence: tuple[int, int], span: tuple[int, int] | None = None) -> str | None:
    """The words nearest the figure in its clause that mark it as one stage of a count still
    changing (frames.yaml `running`: current, holds, earlier, revised), else those of the sentence's
    opening phrase ("As of Thursday evening, 127 had been rescued"), lower-cased; None without.
    Without a span, the sentence's first."""
    table = default_table().running
    found = [
        m
        for name in STAGE_CUES
        if (p := table.get(name)) is not None
        for m in p.finditer(text, *sentence)
        if not _UP_TO.search(text, max(sentence[0], m.start() - 8), m.start())
    ]
    if span is None or not found:
        return min(found, key=lambda m: m.start()).group().lower() if found else None
    lo, hi = clause_bounds(text, span[0], span[1], sentence)
    opening = clause_bounds(text, sentence[0], sentence[0], sentence)[1]
    near = [m for m in found if lo <= m.start() and m.end() <= hi]
    if not near and _figureless_opening(text[sentence[0] : opening]):
        near = [m for m in found if m.end() <= opening]  # "As of Thursday evening, 127 were rescued"
    if not near:
        return None
    best = min(near, key=lambda m: min(abs(m.start() - span[1]), abs(span[0] - m.end())))
    return best.group().lower()


def running_cue(name: str, text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence holds one of the running-figure cues `name` (frames.yaml `running`)."""
    pattern = default_table().running.get(name)
    return pattern is not None and pattern.search(text, *sentence) is not None


# "53 deaths in Minxian", "122 residents killed ... in Ludian County alone", "Minxian reported 53"
_IN_PLACE = lazy(
    r"\bin\s+(?:the\s+)?([A-Z][a-z]+)(?:\s+(?:County|Province|District|Township|City|Prefecture|State))?\b"
)
# right after a place: more places listed with it ("at three plants in Missouri, Michigan and
# Ohio"): the count spans them all, never one place's part (issue 12, session 25)
_PLACE_LIST = lazy(r"(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)*,?\s+(?:and|or)\s+[A-Z]")
# right before such a list: the counted places it names ("at three plants in Missouri, ..."), so
# the list is every place of the count. Without them ("1,400 flights were cancelled in Texas,
# Florida and Georgia", "911 services affected in Alaska, Arizona, ...") the list may be a region
# of a wider event, and its first place still keeps the count apart from the event's whole
# (session 25 review: such a count met the worldwide total once unscoped)
_COUNTED_PLACES = lazy(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple)"
    r"\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*s\s+\Z"
)
_PLACE_REPORTED = lazy(r"\b([A-Z][a-z]+)(?:,[^,]{0,40},)?\s+(?:reported|recorded|counted|registered)\s+\Z")


def local_place(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """The place a count is limited to, when its clause says so ("in Minxian", "X reported N")."""
    start, end = span
    before = text[max(sentence[0], start - 60) : start]
    reported = _PLACE_REPORTED.search(before)
    if reported is not None and reported.group(1).lower() not in _NOT_PLACES:
        return reported.group(1).lower()
    clause_end = re.search(r"[,;.]|\band\b|\bwhile\b", text[end : sentence[1]])
    after = text[end : end + clause_end.start()] if clause_end is not None else text[end : sentence[1]]
    described = _described_place(text, start, sentence, after)
    if described is not None:
        return described
    event = _event_verb(after)
    if event is not None:
        # "a ferry carrying 16 crew members capsized in Central Philippines": where the event
        # happened, not where the count was made
        after = after[: event.start()]
    # "in Zhangxian" in its own clause, or "... in Ludian County alone" closing a list of counts
    found = _IN_PLACE.search(after) or _IN_PLACE_ALONE.search(text, end, sentence[1])
    area = _fronted_area(text, start, sentence) if found is None else None
    if area is not None:
        # "In Jajarkot district, closest to the epicenter, 92 deaths and 55 injuries were
        # reported; in nearby Rukum West district, 37 people died": one district's counts
        return area
    # "four of the dead were found in a collapsed hotel", "12 dead at Harlow station", and
    # fronted: "At the Marshal Hotel, 12 people were rescued"
    building = default_table().part_places
    fronted = re.compile(_FRONTED).match(text, sentence[0], start)  # re caches it
    inside = (
        None
        if building is None
        else building.search(after) or (building.match(fronted.group(1)) if fronted is not None else None)
    )
    # "pulled five bodies from the ruins of the Hotel Roma in Amatrice": one fallen building the
    # count was made in, inside the town named after it (a part of the town's count). Only its
    # ruins say it is one building of several: "killed at two mosques in Christchurch", "at a
    # stadium in Indonesia" name where the whole event happened, and the town still scopes them
    hotel_first = (
        inside is not None
        and found is not None
        and found.string is after
        and inside.string is after
        and inside.start() < found.start()
        and _RUINS_OF.search(inside.group()) is not None
    )
    listed = (
        found is not None
        and found.string is after
        and _PLACE_LIST.match(text, end + found.end(), sentence[1]) is not None
        and _COUNTED_PLACES.search(after, 0, found.start()) is not None
    )
    if found is not None and found.group(1).lower() not in _NOT_PLACES and not hotel_first and not listed:
        return found.group(1).lower()
    if inside is not None:
        return inside.group(1).lower()
    if building is None:
        return None
    one = _IN_ONE.search(after)
    # "26 bodies were found in one courtyard", "at a single house": one place of several
    return f"one-{one.group(1).lower()}" if one is not None else None


def _described_place(text: str, start: int, sentence: tuple[int, int], after: str) -> str | None:
    """A place a count is scoped to by a description, not a name, before the count in its clause
    or after it ("raising the death toll in the worst-hit town to 230", "230 died in the hardest-hit
    village"): frames.yaml `described_places`, as a slug (worst-hit-town)."""
    pattern = default_table().described_places
    if pattern is None:
        return None
    breaks = list(_CLAUSE_BREAK.finditer(text, sentence[0], start))
    before = pattern.search(text, breaks[-1].end() if breaks else sentence[0], start)
    if before is not None and start - before.end() > _DESCRIBED_REACH:
        before = None  # "rescuers in the worst-hit town said the toll had risen to 300": not its scope
    # only the count's own clause after it: not "190 people as rescuers in the worst-hit town dug"
    opens = _AFTER_CLAUSE_OPENS.search(after)
    found = before or pattern.search(after, 0, opens.start() if opens is not None else len(after))
    if found is None:
        return None
    return "-".join(found.group().lower().replace("-", " ").split()[2:])


_CLAUSE_BREAK = lazy(r"[,;:]")
_AFTER_CLAUSE_OPENS = lazy(
    r"\b(?:as|when|after|before|because|although|though|but|yet|where|who|which|that)\b"
)
_RUINS_OF = lazy(r"\b(?:ruins|rubble|wreckage|debris|remains)\s+of\b", re.IGNORECASE)
# characters between a described place and the count it scopes: "in the worst-hit town to 230",
# "in the hardest-hit province has risen to 230"
_DESCRIBED_REACH = 20


# a phrase fronted before the sentence's first comma: "At the Marshal Hotel, 12 people ..."
_FRONTED = r"\s*((?:In|At|Inside|From)\s[^,.;]{1,60}),"
# a clause that opens with an area of a country named with its kind, then a comma: "In Jajarkot
# district,", "in nearby Rukum West district,", "In Ludian County,". Its kind word is needed: "In
# Nepal, 129 people died" is the whole event's country, never a part of its toll
_FRONTED_AREA = lazy(
    r"(?:^|[;:])\s*(?i:in)\s+(?:(?i:nearby|neighbouring|neighboring|the)\s+)?"
    r"(?P<name>[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2}\s+(?i:district|county|province|prefecture|township|municipality)"
    r"\s*,[^;]*\Z"
)


def _fronted_area(text: str, start: int, sentence: tuple[int, int]) -> str | None:
    """The area a count's clause opens with ("In Jajarkot district, ... 92 deaths"), as the first
    word of its name lower-cased (as `_IN_PLACE` gives it), when no clause break parts them."""
    found = _FRONTED_AREA.search(text[sentence[0] : start])  # its own string: ^ is the sentence's start
    name = found.group("name").lower() if found is not None else None
    return None if name is None or name in _NOT_PLACES else name


def _one_year(start: object, end: object) -> int | None:
    """The year a date's days all fall in, None when they span two years or are unknown."""
    if isinstance(start, dt.date) and isinstance(end, dt.date) and start.year == end.year:
        return start.year
    return None


def _event_verb(words: str) -> re.Match[str] | None:
    """The first cue of the story's event (struck, derailed, capsized...) in `words`, if any."""
    table = default_table()
    found = [
        m
        for event, pattern in table.events.items()
        if event not in NOT_EVENT_DAYS
        for m in pattern.finditer(words)
        # "in a collapsed school", "the flooded village": a participle describing a place
        if not (m.group().endswith("ed") and _ATTRIBUTIVE.search(words, 0, m.start()))
    ]
    return min(found, key=lambda m: m.start()) if found else None


_ATTRIBUTIVE = lazy(r"\b(?:a|an|the|its|their|one)\s+\Z", re.IGNORECASE)


# a count limited to one place of several, whatever the place: "in one courtyard", "at a single
# house", "in one collapsed building"
_IN_ONE = lazy(r"\b(?:in|at|inside|from|on)\s+(?:one|a\s+single)\s+(?:[a-z]+ed\s+)?([a-z]+)\b", re.IGNORECASE)
_IN_PLACE_ALONE = lazy(_IN_PLACE.pattern + r"\s+alone\b")
_NOT_PLACES = frozenset({"the", "it", "this", "that", "officials", "police", "authorities"})
EVENT_REACH = 31  # days before a report within which a dated event is the story's own
CEILING_WORDS = frozenset({"up to", "at most", "no more than"})


def _role(frame: str) -> str | None:
    """The role of a count frame (auto.count.capacity.y2014 -> capacity)."""
    parsed = parse_auto(frame)
    return parsed.slug.split(".")[0] if parsed is not None and parsed.family is Family.COUNT else None


SMALL_VAGUE = frozenset({"a few", "several", "a couple", "few", "some"})


def _why(error: ValidationError) -> str:
    """The first problem of a validation error, as 'field: message'."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "claim"
    return f"{where}: {first['msg']}"


def _in_focus(matches: list[SubjectMatch], focus: str) -> bool:
    """True when the best subject's cue is in the claim's own words, not just its sentence."""
    if not matches:
        return False
    return any(re.search(rf"(?<!\w){re.escape(cue)}", focus, re.IGNORECASE) for cue in matches[0].cues)


def extract_file(
    path: Path, *, published: DateInterval | None = None, registry: Registry | None = None
) -> Extraction:
    """Extract from a text file. Relative dates resolve against `published`, else against the
    registered source's publication date when `path` is a source of `registry`, else not at all."""
    text = read_text(path)
    source = source_for_file(registry, path) if registry is not None else None
    if published is None and source is not None:
        published = source.published
    source_id = source.id if source is not None else source_id_for(path)
    published_at = source.published_at if source is not None else None
    dropped: list[Dropped] = []
    candidates = extract_text(
        text,
        published=published,
        registry=registry,
        source=source_id,
        published_at=published_at,
        dropped=dropped,
    )
    return Extraction(
        file=str(path),
        source=source_id,
        registered=source is not None,
        published=published,
        candidates=candidates,
        dropped=dropped,
    )
