"""Typed data: sources, entities, subjects, claims, rules, findings and the report.

Everything a user writes (YAML) is validated into these pydantic models; everything factcheck
prints is produced from them. Nothing here reads files or knows about the engine.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import math
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    computed_field,
    field_validator,
    model_validator,
)

from factcheck.lazyre import lazy
from factcheck.model import quantifiers
from factcheck.model.defaults import new_dict, new_list
from factcheck.model.verdicts import ClaimVerdict

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"
Ident = Annotated[str, Field(pattern=ID_PATTERN, max_length=120)]
# a web page address: http(s), a host, no spaces or control characters
WEB_ADDRESS = lazy(r"^https?://[^\s/?#]+[^\s]*$")


class Strict(BaseModel):
    """Base for user-written data: unknown fields are errors, not silently ignored, and NaN or
    ±Inf are never numbers (a NaN count would silently compare false with everything)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True, allow_inf_nan=False)


_ISO_DATE = lazy(r"\d{4}-\d{2}-\d{2}")


def iso_date(value: Any) -> Any:
    """A date written YYYY-MM-DD (a YAML date, or that text) that is a real calendar date.

    Numbers are refused: pydantic would read `date: 1656201600` as a unix time."""
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0):
            raise ValueError("give a date (YYYY-MM-DD) without a time")
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            raise ValueError(f"'{value}' is not a calendar date ({exc})") from None
    raise ValueError(f"expected a date written YYYY-MM-DD, got {value!r}")


IsoDate = Annotated[dt.date, BeforeValidator(iso_date)]
# a clock time "HH:MM", 24-hour ("07:45", "23:05")
ClockTime = Annotated[str, Field(pattern=r"^(?:[01]\d|2[0-3]):[0-5]\d$")]


# --------------------------------------------------------------------------- grades


class Grade(enum.StrEnum):
    """How much a finding matters; one scale for every rule (see docs/grading.md)."""

    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more severe."""
        return _GRADE_RANK[self]

    def at_least(self, other: Grade) -> bool:
        """True when this grade is as severe as `other` or more."""
        return self.rank >= other.rank


_GRADE_RANK = {Grade.INFO: 0, Grade.MINOR: 1, Grade.MAJOR: 2, Grade.CRITICAL: 3}


class Tier(enum.StrEnum):
    """How authoritative a source is; a reference settles a disagreement with news."""

    DRAFT = "draft"  # a document being checked (`factcheck check`), not part of the registry
    NEWS = "news"
    REFERENCE = "reference"

    @property
    def rank(self) -> int:
        """Higher is more authoritative."""
        return {Tier.DRAFT: -1, Tier.NEWS: 0, Tier.REFERENCE: 1}[self]


class Precision(enum.StrEnum):
    """How precisely a date is known; intervals carry the rest."""

    TIME = "time"
    DAY = "day"
    DAYS = "days"  # an explicit span of days ("June 30 and July 1")
    WEEK = "week"
    MONTH_PART = "month-part"  # "early February", "mid-June", "late August"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"


# --------------------------------------------------------------------------- sources


def single_date(data: Any, key: str = "date", start: str = "start", end: str = "end") -> Any:
    """`date: D` as `start: D, end: D` (a day written once), before a date model validates; the
    same for any value written once where a model keeps an interval (`time:`)."""
    if isinstance(data, dict) and key in data:
        data = dict(data)
        value = data.pop(key)
        data.setdefault(start, value)
        data.setdefault(end, value)
    return data


def check_order(start: dt.date, end: dt.date) -> None:
    """A ValueError when a date interval ends before it starts."""
    if end < start:
        raise ValueError(f"end {end} is before start {start}")


class DateInterval(Strict):
    """A date known to lie between `start` and `end` (inclusive)."""

    start: IsoDate
    end: IsoDate
    precision: Precision
    basis: str | None = Field(default=None, description="what in the text supports this date")

    @model_validator(mode="before")
    @classmethod
    def _single_date(cls, data: Any) -> Any:
        return single_date(data)

    @model_validator(mode="after")
    def _ordered(self) -> DateInterval:
        check_order(self.start, self.end)
        return self

    def overlaps(self, other: DateInterval) -> bool:
        """True when the two intervals share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def iso(self) -> str:
        """ISO text of the interval: "2015-07-02", "2015-07" (a calendar month), "2015" (a
        year), else "start/end"."""
        start, end = self.start, self.end
        if start == end:
            return start.isoformat()
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
            return str(start.year)
        whole_month = start.day == 1 and (end + dt.timedelta(days=1)).day == 1
        if whole_month and (start.year, start.month) == (end.year, end.month):
            return f"{start.year}-{start.month:02d}"
        return f"{start.isoformat()}/{end.isoformat()}"


def published_value(value: object) -> tuple[dict[str, Any], dt.datetime | None]:
    """A publication date written as one value: a date, a time with its zone, a month or a year.
    Raises ValueError for anything else."""
    if isinstance(value, dt.datetime):
        return {"date": value.date(), "precision": Precision.TIME}, _aware(value)
    if isinstance(value, dt.date):
        return {"date": value, "precision": Precision.DAY}, None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        year = int(text)
        return {"start": dt.date(year, 1, 1), "end": dt.date(year, 12, 31), "precision": Precision.YEAR}, None
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = (int(p) for p in text.split("-"))
        first = dt.date(year, month, 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return {"start": first, "end": last, "precision": Precision.MONTH}, None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return {"date": dt.date.fromisoformat(text), "precision": Precision.DAY}, None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"published {text!r} is not a date (YYYY-MM-DD, YYYY-MM, YYYY, or YYYY-MM-DDTHH:MM+HH:MM)"
        ) from None
    return {"date": moment.date(), "precision": Precision.TIME}, _aware(moment)


def _aware(moment: dt.datetime) -> dt.datetime | None:
    """A time without a zone cannot be ordered against other outlets' times: dropped."""
    return moment if moment.tzinfo is not None else None


class Citation(Strict):
    """Where a reference source can be found."""

    publisher: str
    title: str
    date: IsoDate | None = None
    url: str | None = None


def report_time(
    published: DateInterval | None, published_at: dt.datetime | None
) -> dt.datetime | dt.date | None:
    """The time a report speaks of: its publication time, else its day when known to the day."""
    if published_at is not None:
        return published_at
    if published is not None and published.start == published.end:
        return published.start
    return None


class Source(Strict):
    """One article or reference document claims are taken from."""

    id: Ident
    file: str | None = Field(default=None, description="text file, relative to the manifest")
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str = "en"
    published: DateInterval | None = None
    published_at: dt.datetime | None = Field(
        default=None, description="publication time with its zone, when `published` gives one"
    )
    tier: Tier = Tier.NEWS
    citation: Citation | None = None
    url: str | None = Field(default=None, description="where the article is published (http or https)")
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _published_text(cls, data: Any) -> Any:
        """`published: "2013-07-22T18:00+08:00"` (or a date, "2013-07", "2013") as one value."""
        if isinstance(data, dict) and isinstance(data.get("published"), str | dt.date):
            data = dict(data)
            interval, moment = published_value(data["published"])
            data["published"] = interval
            if moment is not None:
                data.setdefault("published_at", moment)
        return data

    def report_time(self) -> dt.datetime | dt.date | None:
        """The time the report speaks of (what a running figure in it is as of)."""
        return report_time(self.published, self.published_at)

    @field_validator("url")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        if value is not None and not WEB_ADDRESS.match(value):
            raise ValueError(f"'{value}' is not an http:// or https:// address")
        return value

    @model_validator(mode="after")
    def _file_or_citation(self) -> Source:
        if self.file is None and self.citation is None:
            raise ValueError("a source needs a 'file' (its text) or a 'citation' (where to find it)")
        return self


# --------------------------------------------------------------------------- entities & subjects


class EntityKind(enum.StrEnum):
    """What sort of thing an entity is."""

    PERSON = "person"
    PLACE = "place"
    COUNTRY = "country"
    ORGANISATION = "organisation"
    OTHER = "other"


class Entity(Strict):
    """A named person, place or organisation, with every accepted way to write its name."""

    id: Ident
    kind: EntityKind
    canonical: str
    aliases: list[str] = Field(default_factory=new_list, description="accepted other names")
    transliterations: list[str] = Field(
        default_factory=new_list, description="accepted spellings from other scripts"
    )
    note: str | None = None

    def accepted_names(self) -> list[str]:
        """Canonical name first, then aliases and transliterations."""
        return [self.canonical, *self.aliases, *self.transliterations]


class SubjectKind(enum.StrEnum):
    """What claims about a subject state."""

    QUANTITY = "quantity"  # a count or measure
    EVENT = "event"  # something that happened at a time
    STATEMENT = "statement"  # a declaration or saying that can be quoted
    RELATION = "relation"  # who does what to whom


class Subject(Strict):
    """A thing claims are about: the thing counted, the event dated, the statement quoted."""

    id: Ident
    kind: SubjectKind
    description: str
    unit: str | None = None
    cues: list[str] = Field(default_factory=new_list, description="words that signal this subject")


# --------------------------------------------------------------------------- claims


class ClaimStatus(enum.StrEnum):
    """Whether a person has checked the claim."""

    CURATED = "curated"
    CANDIDATE = "candidate"  # proposed by the extractor, not yet checked


class ClaimBase(Strict):
    """Fields every claim has: identity, source and the exact words it rests on."""

    id: Ident
    source: Ident
    text: str = Field(min_length=1, description="the source's exact words")
    span: tuple[int, int] | None = Field(
        default=None, description="[start, end) character offsets of `text` in the source file"
    )
    status: ClaimStatus = ClaimStatus.CURATED
    note: str | None = None

    @field_validator("span")
    @classmethod
    def _span_ordered(cls, value: tuple[int, int] | None) -> tuple[int, int] | None:
        if value is not None and not 0 <= value[0] < value[1]:
            raise ValueError("span must be [start, end) with 0 <= start < end")
        return value


class QuantityClaim(ClaimBase):
    """A count or measure, always as an interval ("hundreds" is 200–999)."""

    kind: Literal["quantity"] = "quantity"
    subject: Ident
    unit: str
    qualifiers: list[str] = Field(
        default_factory=new_list, description="narrowing words: civilian, confirmed, by-2022-06-26"
    )
    # counts and measures are magnitudes: a fall, or a temperature below zero, is written as a
    # positive value with a qualifier
    value: float | None = Field(default=None, ge=0)
    vague: str | None = Field(default=None, description="a key of the vague-quantifier table")
    approx: str | None = Field(default=None, description="an approximator: nearly, more than…")
    low: float | None = Field(default=None, ge=0)
    high: float | None = Field(default=None, ge=0)
    as_of: dt.date | dt.datetime | None = Field(
        default=None, description="the time the figure speaks of (a running figure's report time)"
    )
    revised: bool = Field(default=False, description="the text calls this figure a revision")
    running: bool = Field(
        default=False,
        description="a figure that grows while a story unfolds (a toll); without as_of its time is unknown",
    )
    stage: str | None = Field(
        default=None,
        description=(
            "the words that mark a running figure as one stage of a count still changing ('rose to',"
            " 'so far', 'initially'): reports of unknown order are an update only with such words"
        ),
    )
    report_toll: float | None = Field(
        default=None,
        ge=0,
        description=(
            "a running figure's report's own death toll (its highest): two reports of one day that"
            " give different tolls were written at different stages of the story"
        ),
    )
    report_rescued: float | None = Field(
        default=None,
        ge=0,
        description=(
            "a running figure's report's own count of people rescued (its first), set with"
            " report_toll: a report that gives a rescue and one that does not (or gives another"
            " number) were written at different stages, though their death tolls agree"
        ),
    )
    noun_frame: bool = Field(
        default=False,
        description=(
            "the frame came from the counted noun alone when the registry loaded (registry/counts.py),"
            " not from the claim's own words: a summary's figure is borne out by it as by an unframed one"
        ),
    )

    @model_validator(mode="after")
    def _one_way_to_state_it(self) -> QuantityClaim:
        ways = [self.value is not None, self.vague is not None, self.low is not None]
        if sum(ways) != 1:
            raise ValueError("give exactly one of: value (with optional approx), vague, or low/high")
        if self.vague is not None and quantifiers.normalise(self.vague) not in quantifiers.VAGUE_QUANTIFIERS:
            known = ", ".join(quantifiers.VAGUE_QUANTIFIERS)
            raise ValueError(f"unknown vague quantifier '{self.vague}' (known: {known})")
        if self.approx is not None and quantifiers.normalise(self.approx) not in quantifiers.APPROXIMATORS:
            known = ", ".join(quantifiers.APPROXIMATORS)
            raise ValueError(f"unknown approximator '{self.approx}' (known: {known})")
        low, high = self.interval()
        if high < low:
            raise ValueError(f"high {high} is below low {low}")
        return self

    def interval(self) -> tuple[float, float]:
        """[low, high]; high may be math.inf for 'more than N'."""
        if self.vague is not None:
            return quantifiers.vague_interval(self.vague)
        if self.value is not None:
            return quantifiers.approximate(self.value, self.approx)
        assert self.low is not None
        return (self.low, self.high if self.high is not None else math.inf)


class DateClaim(ClaimBase):
    """When an event happened (or will), as an interval with its precision."""

    kind: Literal["date"] = "date"
    event: Ident
    start: IsoDate
    end: IsoDate
    precision: Precision
    weekday: str | None = Field(
        default=None,
        description="weekday written with the date, or the last of two weekdays listed right before its listed days",
    )
    relative: bool = Field(default=False, description="resolved against the publication date")
    qualifiers: list[str] = Field(default_factory=new_list)
    time_start: ClockTime | None = Field(default=None, description="clock time the event began, HH:MM")
    time_end: ClockTime | None = Field(default=None, description="clock time the interval ends, HH:MM")
    utc_offset: int | None = Field(
        default=None, ge=-14 * 60, le=14 * 60, description="minutes the clock is ahead of UTC, when known"
    )
    zone: str | None = Field(default=None, description="the time zone as the text names it")
    local_clock: bool = Field(
        default=True, description="the clock is the event's local time (false for a GMT/UTC time)"
    )
    time_again: ClockTime | None = Field(
        default=None,
        description="the same moment as the text writes it again in a second zone, HH:MM",
    )
    zone_again: str | None = Field(default=None, description="the second zone, as the text names it")
    zone_gap: int | None = Field(
        default=None,
        ge=0,
        le=12 * 60,
        description="minutes between the moments the two zones' clocks name (0: one moment)",
    )

    @model_validator(mode="before")
    @classmethod
    def _single_date(cls, data: Any) -> Any:
        return single_date(single_date(data), "time", "time_start", "time_end")

    @model_validator(mode="after")
    def _ordered(self) -> DateClaim:
        check_order(self.start, self.end)
        if self.weekday is not None and self.weekday.lower() not in WEEKDAYS:
            raise ValueError(f"weekday '{self.weekday}' is not a day of the week")
        if (self.time_start is None) != (self.time_end is None):
            raise ValueError("time_start and time_end go together (or write `time` for one clock time)")
        return self

    def weekday_in_words(self) -> bool:
        """Whether the claim's own words write its weekday ("Sunday 26 June"), not one it carries
        from weekdays listed right before its days ("Thursday and Saturday, June 23 and 25")."""
        return self.weekday is not None and self.weekday.lower() in self.text.lower()

    def clock_minutes(self, utc: bool) -> tuple[int, int] | None:
        """The clock interval in minutes after midnight, in UTC or in the event's local time;
        None when the claim has no time or cannot say it in that frame."""
        if self.time_start is None or self.time_end is None:
            return None
        if (utc and self.utc_offset is None) or (not utc and not self.local_clock):
            return None
        shift = -(self.utc_offset or 0) if utc else 0
        start, end = _minutes(self.time_start) + shift, _minutes(self.time_end) + shift
        if end < start:
            end += 24 * 60  # an interval across midnight ("shortly after 11.50pm")
        return start % (24 * 60), start % (24 * 60) + (end - start)

    def interval(self) -> DateInterval:
        """The claim's dates as a DateInterval."""
        return DateInterval(start=self.start, end=self.end, precision=self.precision)


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

DAYS_PER_UNIT = {"days": 1.0, "weeks": 7.0, "months": 30.44, "years": 365.25}


class DurationClaim(ClaimBase):
    """A length of time between two events ("100 days after the war began")."""

    kind: Literal["duration"] = "duration"
    subject: Ident
    from_event: Ident
    to_event: Ident
    unit: Literal["days", "weeks", "months", "years"]
    value: float | None = Field(default=None, ge=0)
    approx: str | None = None
    low: float | None = Field(default=None, ge=0)
    high: float | None = Field(default=None, ge=0)
    ends_on: DateInterval | None = Field(
        default=None,
        description="the date its own sentence gives for the end its anchor does not name "
        "(July 22 in 'on July 22, two days after the quake struck')",
    )
    as_of: dt.date | None = Field(
        default=None,
        description="a state's length ('his six days on the run', 'trapped for 17 days'): the "
        "report's day, which the state lasted to at most (a later report may give it longer)",
    )

    @model_validator(mode="after")
    def _stated(self) -> DurationClaim:
        if (self.value is None) == (self.low is None):
            raise ValueError("give exactly one of: value (with optional approx), or low/high")
        if self.approx is not None and quantifiers.normalise(self.approx) not in quantifiers.APPROXIMATORS:
            raise ValueError(f"unknown approximator '{self.approx}'")
        if self.low is not None and self.high is not None and self.high < self.low:
            raise ValueError(f"high {self.high} is below low {self.low}")
        return self

    def interval_days(self) -> tuple[float, float]:
        """The duration in days, as [low, high]."""
        if self.value is not None:
            low, high = quantifiers.approximate(self.value, self.approx)
        else:
            assert self.low is not None
            low, high = self.low, self.high if self.high is not None else math.inf
        factor = DAYS_PER_UNIT[self.unit]
        return (low * factor, high * factor)


VENUE_DOC = (
    "the outlet or channel the source credits the statement to ('Rossiya 1' in 'the Rossiya 1 "
    "correspondent said'); read from the sentence at review when not curated"
)


class QuoteClaim(ClaimBase):
    """Words a source puts inside quotation marks, and what they describe."""

    kind: Literal["quote"] = "quote"
    words: str = Field(min_length=1, description="the words inside the quotation marks")
    describes: Ident = Field(description="the statement subject the words are quoted for")
    speaker: Ident | None = None
    event: Ident | None = Field(default=None, description="the event the statement is tied to")
    attributed_date: DateInterval | None = None
    venue: str | None = Field(default=None, description=VENUE_DOC)

    @model_validator(mode="after")
    def _words_in_text(self) -> QuoteClaim:
        if self.words not in self.text:
            raise ValueError("'words' must appear inside 'text'")
        return self


class MentionClaim(ClaimBase):
    """A named entity as the source spells it."""

    kind: Literal["mention"] = "mention"
    entity: Ident


class RelationClaim(ClaimBase):
    """Who does what to whom: a visit, a ban, a meeting, a membership."""

    kind: Literal["relation"] = "relation"
    relation: Ident = Field(description="the relation subject: which stated fact this is")
    predicate: str
    agent: str | None = None
    item: str | None = None
    from_: str | None = Field(default=None, alias="from")
    to: str | None = None
    members: list[str] | None = None
    complete: bool = Field(default=True, description="false when the list is open ('including…')")
    venue: str | None = Field(default=None, description=VENUE_DOC)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


Claim = Annotated[
    QuantityClaim | DateClaim | DurationClaim | QuoteClaim | MentionClaim | RelationClaim,
    Field(discriminator="kind"),
]

# which subject kind each claim kind's subject field must name
SUBJECT_FIELDS: dict[str, tuple[tuple[str, SubjectKind], ...]] = {
    "quantity": (("subject", SubjectKind.QUANTITY),),
    "date": (("event", SubjectKind.EVENT),),
    "duration": (
        ("subject", SubjectKind.QUANTITY),
        ("from_event", SubjectKind.EVENT),
        ("to_event", SubjectKind.EVENT),
    ),
    "quote": (("describes", SubjectKind.STATEMENT), ("event", SubjectKind.EVENT)),
    "mention": (),
    "relation": (("relation", SubjectKind.RELATION),),
}


# --------------------------------------------------------------------------- rules


class JoinSpec(Strict):
    """A comparison between this pattern's fact and an earlier one's."""

    field: str
    op: Literal["==", "!=", "<", "<=", ">", ">="]
    other: str = Field(description="'<pattern>.<field>' of an earlier pattern")


class PatternSpec(Strict):
    """One fact a rule matches: alpha conditions, and at most one equality join to an earlier fact."""

    fact: Literal["claim", "entity"] = "claim"
    where: dict[str, str | int | float | bool] = Field(default_factory=new_dict)
    same: dict[str, str] = Field(
        default_factory=new_dict, description="field -> '<earlier pattern>.<field>' equality join"
    )
    compare: list[JoinSpec] = Field(
        default_factory=new_list, description="other join comparisons (rejected: unsafe on durable)"
    )
    any_of: list[dict[str, str | int | float | bool]] = Field(
        default_factory=new_list, description="alternatives (rejected: durable fires twice)"
    )


class RuleExamples(Strict):
    """Examples a rule must flag and examples it must pass."""

    flag: list[dict[str, Any]] = Field(min_length=1)
    pass_: list[dict[str, Any]] = Field(min_length=1, alias="pass")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Rule(Strict):
    """A hand-written rule: what to match on the engine, which check to run, how to report.

    A rule with `raised_by` is reported by factcheck itself (the engine, the suppressions), not
    matched on the engine: it has no match, check or examples, only its docs and grade.
    """

    id: Annotated[str, Field(pattern=r"^FC\d{3}$")]
    name: Annotated[str, Field(pattern=r"^[a-z]+(\.[a-z-]+)+$")]
    grade: Grade
    since: Annotated[str, Field(pattern=r"^\d+\.\d+(\.\d+)?$", description="version that added it")]
    link: Annotated[str, Field(pattern=r"^(https://|docs/)\S+$", description="where to read more")]
    raised_by: Literal["engine", "suppressions"] | None = Field(
        default=None, description="set for rules factcheck reports itself (no match or check)"
    )
    outcomes: dict[str, Grade] = Field(
        default_factory=new_dict, description="grade per check outcome, when it differs from 'grade'"
    )
    check_outcomes: dict[str, Grade] = Field(
        default_factory=new_dict,
        description="grade per outcome in `factcheck check`, when the checked document is the side likely wrong",
    )
    summary: str
    rationale: str
    message: str = ""
    match: dict[str, PatternSpec] = Field(default_factory=new_dict)
    check: str = ""
    params: dict[str, Any] = Field(default_factory=new_dict)
    examples: RuleExamples | None = None
    unordered: list[str] = Field(
        default_factory=new_list, description="two pattern names whose order does not matter"
    )
    distinct_sources: list[str] = Field(
        default_factory=new_list, description="pattern names that must come from different sources"
    )
    group_by: list[str] = Field(
        default_factory=new_list, description="report one finding per claim(s) in these patterns"
    )
    enabled: bool = True

    @model_validator(mode="after")
    def _engine_rule_complete(self) -> Rule:
        """An engine rule needs match, check, message and examples; a raised one has none."""
        engine_fields = {"match": self.match, "check": self.check, "examples": self.examples}
        if self.raised_by is None:
            missing = [
                name for name, value in {**engine_fields, "message": self.message}.items() if not value
            ]
            if missing:
                raise ValueError(f"a rule needs {', '.join(missing)} (or raised_by for a built-in report)")
        else:
            given = [name for name, value in engine_fields.items() if value]
            if given:
                raise ValueError(f"a rule raised by the {self.raised_by} has no {', '.join(given)}")
        return self

    @property
    def pass_examples(self) -> list[dict[str, Any]]:
        """The rule's pass examples (none for a raised rule)."""
        return self.examples.pass_ if self.examples else []

    @property
    def flag_examples(self) -> list[dict[str, Any]]:
        """The rule's flag examples (none for a raised rule)."""
        return self.examples.flag if self.examples else []

    def grade_for(self, outcome: str, in_check: bool = False) -> Grade:
        """The grade of a finding with this check outcome (`in_check`: the checked document is
        the side likely wrong)."""
        if in_check and outcome in self.check_outcomes:
            return self.check_outcomes[outcome]
        return self.outcomes.get(outcome, self.grade)


# --------------------------------------------------------------------------- findings & report


class Side(BaseModel):
    """One side of a finding: a claim, where it stands, and its exact words."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    claim_id: str
    source: str
    tier: Tier
    text: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    value: str | None = Field(default=None, description="the claim's normalised value")
    context: str | None = Field(
        default=None, description="the whole source line(s) holding `text`; it starts at column 1"
    )
    auto_linked: bool = Field(
        default=False, description="an uncurated candidate joined to others by an automatic frame"
    )
    frame: str | None = Field(default=None, description="the subject or frame id the claim joins on")
    as_of: str | None = Field(default=None, description="the time the claim's figure speaks of")


# how a running figure's check says that two reports dated a day apart may be of one moment
# (rules/checks/quantities.py), and how grouping knows to show them unordered (grade/grouping.py)
NEXT_DAY_UNORDERED = "reports a day apart, order unknown"


class Finding(BaseModel):
    """A discrepancy a rule found: every output format is made from this one model."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    rule_id: str
    rule_name: str
    grade: Grade
    outcome: str
    confidence: float = Field(ge=0.0, le=1.0)
    message: str
    sides: list[Side]
    likely_wrong: str | None = Field(default=None, description="claim id of the side likely wrong")
    fingerprint: str
    outliers: list[str] = Field(
        default_factory=new_list, description="grouped findings: claim ids of the sides that stand apart"
    )
    split: bool = Field(
        default=False, description="sources fall into camps and nothing settles which is right: blame none"
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def auto_linked(self) -> bool:
        """True when any side is an uncurated candidate joined by an automatic frame."""
        return any(side.auto_linked for side in self.sides)

    def primary_side(self) -> Side | None:
        """Where line-oriented outputs point: the checked document's side, else the side likely
        wrong, else the first side that has a file and line."""
        with_file = [s for s in self.sides if s.file is not None and s.line is not None]
        for side in with_file:
            if side.tier is Tier.DRAFT:
                return side
        for side in with_file:
            if side.claim_id == self.likely_wrong:
                return side
        return with_file[0] if with_file else None

    @staticmethod
    def make_fingerprint(rule_id: str, claim_ids: list[str], values: list[str]) -> str:
        """Stable id from the rule, the claims and their values; independent of line numbers."""
        payload = "\x1f".join([rule_id, *sorted(claim_ids), *sorted(values)])
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


class SourceSummary(BaseModel):
    """Per-source tally of findings and an overall letter grade."""

    model_config = ConfigDict(defer_build=True)

    source: str
    title: str | None
    file: str | None = None
    url: str | None = Field(default=None, description="where the source is published")
    tier: Tier
    claims: int
    counts: dict[Grade, int]
    letter: str
    reason: str


class RuleDoc(BaseModel):
    """What a report says about each rule it ran (SARIF and the HTML report need it)."""

    model_config = ConfigDict(defer_build=True)

    id: str
    name: str
    grade: Grade
    summary: str
    rationale: str


REPORT_SCHEMA_VERSION = "1"


class RunContext(BaseModel):
    """Where and when a report was made, for outputs that point into a repository (SARIF, JUnit,
    GitHub): file paths in the report's CI formats are relative to `root_uri`."""

    model_config = ConfigDict(defer_build=True)

    root_uri: str = Field(description="file:// URI of the folder paths are relative to, ending in /")
    in_git: bool = Field(default=False, description="root is a git work tree's top level")
    repository_uri: str | None = Field(default=None, description="the git remote 'origin', if any")
    revision: str | None = Field(default=None, description="the commit checked out")
    branch: str | None = None
    hostname: str = "localhost"
    started: dt.datetime | None = None


class Report(BaseModel):
    """The result of a review: findings most severe first, and per-source summaries."""

    model_config = ConfigDict(defer_build=True)

    schema_version: str = Field(
        default=REPORT_SCHEMA_VERSION, description="version of this JSON layout (docs/report.schema.json)"
    )
    title: str = Field(default="factcheck review", description="what produced it: review or check")
    findings: list[Finding]
    sources: list[SourceSummary]
    claims: int
    rules: list[RuleDoc]
    errors: list[str] = Field(default_factory=new_list)
    fail_on: Grade | None = Field(default=None, description="the grade that fails the run, if any")
    suppressed: int = Field(default=0, description="findings silenced by suppressions, waivers, baseline")
    context: RunContext | None = Field(default=None, description="repository and time of the run")
    verdicts: list[ClaimVerdict] = Field(
        default_factory=new_list,
        description="`check`: every checkable value of the documents, with its verdict",
    )

    def by_grade(self) -> list[tuple[Grade, list[tuple[int, Finding]]]]:
        """The findings by grade, most severe first, leaving out empty grades; each finding
        numbered as the reports show it (1, 2, … on through the groups)."""
        groups: list[tuple[Grade, list[tuple[int, Finding]]]] = []
        number = 0
        for grade in Grade:
            group = []
            for finding in (f for f in self.findings if f.grade is grade):
                number += 1
                group.append((number, finding))
            if group:
                groups.append((grade, group))
        return groups

    def failing(self, finding: Finding) -> bool:
        """True when this finding makes the run fail: it is at or above --fail-on (none fail
        when no threshold is set, as the exit code then is 0)."""
        return self.fail_on is not None and finding.grade.at_least(self.fail_on)
