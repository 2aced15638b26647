"""Dates: absolute and partial dates, ranges and pairs, weekdays and relative expressions, each
as an interval with its precision.

Two kinds of date expression:
- absolute ("June 30", "early February", "2022-06-29"): when the year is not written it is taken
  from the publication date (the year that puts the date nearest to it), else from the nearest
  year the text states, else the date is left out;
- relative ("on Sunday", "this week", "this fall"): resolved against the publication date. With
  no publication date they are bounded only by the year the text states (precision `year`), so a
  text with no publication date gives day-precision dates only where the text states them.

A publication date known only as an interval (published some day between 26 and 29 June) is
handled honestly: the expression is resolved against every day of it and the results joined.
Weeks start on Sunday, as in the US press ("this week", said on Sunday 26 June 2022, is 26 June
to 2 July).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import partial

import msgspec

from factcheck.extract.text import Found, Sentences, SpanSet
from factcheck.lazyre import lazy
from factcheck.model import WEEKDAYS, DateInterval, Precision

Interval = tuple[dt.date, dt.date]

# written out, not calendar.month_name: that follows the locale
MONTH_NAMES = [
    ("January", "Jan"),
    ("February", "Feb"),
    ("March", "Mar"),
    ("April", "Apr"),
    ("May",),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug"),
    ("September", "Sept", "Sep"),
    ("October", "Oct"),
    ("November", "Nov"),
    ("December", "Dec"),
]
MONTHS = {name: index for index, names in enumerate(MONTH_NAMES, start=1) for name in names}
FULL_MONTHS = [names[0] for names in MONTH_NAMES]
WEEKDAY_NAMES = [w.capitalize() for w in WEEKDAYS]

# a full month name, or an abbreviation that may end with a full stop ("Feb.", never "February.")
_M = (
    "(?P<m>" + "|".join(FULL_MONTHS) + "|(?:" + "|".join(n for n in MONTHS if n not in FULL_MONTHS) + r")\.?)"
)
_FULL_M = "(?P<m>" + "|".join(FULL_MONTHS) + ")"
_WD = "(?P<wd>" + "|".join(WEEKDAY_NAMES) + ")"
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
_Y = r"(?P<y>(?:1[89]|20)\d\d)(?!\d)"
_TIME = r"(?P<time>,?\s+\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\b\.?)?"

ISO = re.compile(
    r"(?<![\d-])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
    r"(?:(?:T|\s)(?P<h>\d{2}):(?P<mi>\d{2})(?::\d{2}(?:\.\d+)?)?Z?)?(?!\d)"
)
SLASHED = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?![\d/])")
# "September 14", "Sept. 14", "Sept.14", "September the 14th": an ordinal after "the" only, and only
# one that closes the phrase (punctuation, the end, a year); "In June the 2nd round of talks", "By
# May the 1st battalion", "In June the 2nd of the candidates" are a month and an ordinal
_THE_DAY_ENDS = r"(?:\s*(?:[.,;:!?)\]\"”’']|\Z)|\s+(?:1[89]|20)\d\d\b)"
_DAY_AFTER_MONTH = rf"(?:\s+(?:the\s+(?=[0-3]?\d(?:st|nd|rd|th)\b{_THE_DAY_ENDS}))?|(?<=\.)(?=\d))"
# a weekday's part of the day may stand between it and the date: "on Saturday night, October 29"
_WD_PART = rf"{_WD}(?:\s+(?:morning|afternoon|evening|night))?"
MONTH_DAY = re.compile(
    rf"(?:{_WD_PART},?\s+(?P<paren>\(\s*)?)?\b{_M}{_DAY_AFTER_MONTH}{_D}(?:,?\s+{_Y})?(?(paren)\s*\)){_TIME}"
)
DAY_MONTH = re.compile(rf"(?:{_WD_PART},?\s+)?(?<![\d/.])\b{_D}\s+(?:of\s+)?{_M}(?:,?\s+{_Y})?")
_RANGE_JOIN = r"\s*(?:-|–|\band\b|\bto\b)\s*"
# two weekdays listed right before two listed days, which they go with in turn
_PAIRED_WEEKDAYS = lazy(rf"\b{_WD}\s*(?:\band\b|&)\s*(?P<wd2>{'|'.join(WEEKDAY_NAMES)}),?\s+\Z")
# another day of the month listed right after one ("June 23 and 25")
_ANOTHER_DAY = lazy(
    rf"\s*(?:\band\b|&)\s*(?:(?:{'|'.join(MONTHS)})\.?\s+)?[0-3]?\d(?:st|nd|rd|th)?\b(?![\d:])"
)
DAY_RANGES = (
    re.compile(
        rf"(?<![\d/.])\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?{_RANGE_JOIN}(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?"
        rf"\s+{_M}(?:,?\s+{_Y})?"
    ),
    re.compile(
        rf"\b{_M}\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?{_RANGE_JOIN}(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
        rf"(?:,?\s+{_Y})?"
    ),
)
MONTH_PART = re.compile(
    rf"\b(?P<part>(?i:early|mid|late|the\s+(?:beginning|start|middle|end)\s+of))[\s-]*{_M}(?:,?\s+{_Y})?"
)
# not a decade: "the late 1990s" is some years of ten, not the last months of 1990
YEAR_PART = re.compile(rf"\b(?P<part>(?i:early|mid|late))[\s-]*{_Y}(?!['’]?s\b)")
MONTH_YEAR = re.compile(rf"\b{_M},?\s+{_Y}")
BARE_MONTH = re.compile(rf"(?:\b(?i:in)\s+)?\b{_FULL_M}\b(?!\s*\d)")
YEAR = re.compile(rf"\b(?P<prep>(?i:in|since|by|until|from|before|after|during))\s+{_Y}\b")
SEASON_YEAR = re.compile(rf"\b(?P<season>(?i:spring|summer|fall|autumn|winter))\s+(?:of\s+)?{_Y}")
SEASON_REL = re.compile(
    r"\b(?:(?P<mod>(?i:earlier|later))\s+)?(?P<rel>(?i:this|last|next))\s+(?P<season>(?i:spring|summer|fall|autumn|winter))\b"
)
PERIOD_REL = re.compile(
    r"\b(?:(?P<mod>(?i:earlier|later))\s+)?(?P<rel>(?i:this|last|next|past|previous))\s+(?P<unit>(?i:week|weekend|month|year))\b"
)
COMING = re.compile(r"\b(?i:in\s+the\s+(?:coming|next)\s+(?P<unit>days|weeks|months))\b")
BY_END = re.compile(r"\b(?i:by\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?P<unit>year|month|week))\b")
DAY_WORD = re.compile(r"\b(?P<w>today|yesterday|tomorrow|tonight)\b")
WEEKDAY = re.compile(rf"(?:\b(?P<prep>on|last|next|this|On|Last|Next|This)\s+)?\b{_WD}\b")

# The sentence speaks of what is to come: a bare weekday then means the next one, not the last.
FUTURE = re.compile(
    r"\b(?:will|'ll|’ll|shall|is\s+to|are\s+to|going\s+to|plans?\s+to|planned|scheduled|intends?|"
    r"upcoming|expected\s+to|(?:predicted|forecast|projected)\s+to|on\s+the\s+agenda|is\s+leaving|are\s+leaving|next|"
    # waiting for what comes ("were waiting for Sunday's morning light"), a forecast's span
    r"waiting\s+for|awaiting|through\s+early|through\s+late)\b",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\bthat\b")
JOIN = lazy(r"\s*(?:\band\b|\bto\b|\buntil\b|\bthrough\b|-|–|—)\s*")
BETWEEN = lazy(r"\b(?:between|from)\s+\Z", re.IGNORECASE)
# days listed ("July 1 and 2"), not joined as a range ("June 14-16", "May 1 to June 30")
LISTED = lazy(r"\d(?:st|nd|rd|th)?\s*(?:\band\b|&)\s*\D{0,12}\d")
RANGE_JOIN = lazy(r"\b(?:to|until|till|through|thru)\b|[-–—]", re.IGNORECASE)
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
COARSER = [
    Precision.TIME,
    Precision.DAY,
    Precision.DAYS,
    Precision.WEEK,
    Precision.MONTH_PART,
    Precision.MONTH,
    Precision.SEASON,
    Precision.YEAR,
]
MAX_BASES = 62  # resolve against every day of a publication interval up to two months long


class DateHit(msgspec.Struct):
    """A date expression before resolution: how to turn a year or a base day into an interval."""

    start: int
    end: int
    precision: Precision
    order: int  # pattern priority: lower wins a tie between overlapping hits of equal length
    weekday: str | None = None
    year: int | None = None
    on_year: Callable[[int], Interval] | None = None
    on_base: Callable[[dt.date], Interval] | None = None
    resolved: dict[str, object] = msgspec.field(default_factory=dict)
    note: str | None = None  # how it was read, for `extract --format table` ("in a quotation: …")


# whether the date at `span` of `sentence` in `text` is a plan's (frames.py `planned`)
PlanTest = Callable[[str, tuple[int, int], tuple[int, int]], bool]


def find_dates(
    text: str,
    published: DateInterval | None,
    sentences: Sentences | None = None,
    is_plan: PlanTest | None = None,
) -> tuple[list[Found], list[tuple[int, int]]]:
    """Every date expression in `text` resolved to an interval (unresolvable ones are left out),
    and the spans of all date expressions, resolved or not ("February 30" holds no count).
    `is_plan(text, sentence, span)` tells a plan's date (frames.py `planned`, passed in by the
    pipeline because frames imports this module); without it no weekday picks a year."""
    sentences = sentences or Sentences(text)
    hits = _choose(_hits(text, sentences))
    bases = _bases(published)
    years = _stated_years(hits)
    found: list[Found] = []
    for hit in hits:
        # only a plan's weekday may pick the year of a yearless day (`_nearest`)
        ahead = (
            is_plan is not None
            and hit.weekday is not None
            and hit.year is None
            and _ahead(text, hit, sentences, is_plan)
        )
        interval = _resolve(hit, bases, years, ahead)
        if interval is not None:
            found.append(_found(hit, interval))
    return _merge_pairs(text, found), [(h.start, h.end) for h in hits]


# --------------------------------------------------------------------------- finding


def _hits(text: str, sentences: Sentences) -> list[DateHit]:
    hits: list[DateHit] = []
    finders: list[Callable[[str, Sentences], list[DateHit]]] = [
        _iso,
        _slashed,
        _day_ranges,
        _month_days,
        _day_months,
        _month_parts,
        _month_years,
        _seasons,
        _relative_periods,
        _weekdays,
        _bare_months,
        _years,
    ]
    for order, finder in enumerate(finders):
        for hit in finder(text, sentences):
            hit.order = order
            hits.append(hit)
    return hits


def _choose(hits: list[DateHit]) -> list[DateHit]:
    """Non-overlapping hits, longest first, then by pattern priority."""
    kept: list[DateHit] = []
    taken = SpanSet()
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.order, h.start)):
        if taken.free(hit.start, hit.end):
            kept.append(hit)
            taken.add(hit.start, hit.end)
    return sorted(kept, key=lambda h: h.start)


def _day(year: int, month: int, day: int) -> Interval:
    one = dt.date(year, month, day)
    return one, one


def _month(year: int, month: int, first: int = 1, last: int = 31) -> Interval:
    days = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(first, days)), dt.date(year, month, min(last, days))


def _season(year: int, season: str) -> Interval:
    month = SEASONS[season.lower()]
    start = dt.date(year, month, 1)
    end_year, end_month = (year + 1, 2) if month == 12 else (year, month + 2)
    return start, _month(end_year, end_month)[1]


def _on_day(month: int, day: int, year: int) -> Interval:
    return _day(year, month, day)


def _on_days(month: int, first: int, last: int, year: int) -> Interval:
    return _day(year, month, first)[0], _day(year, month, last)[0]


def _on_month(month: int, first: int, last: int, year: int) -> Interval:
    return _month(year, month, first, last)


def _on_year_part(first_month: int, year: int) -> Interval:
    """'early 2022': January to April; 'mid': May to August; 'late': September to December."""
    return dt.date(year, first_month, 1), _month(year, first_month + 3)[1]


def _on_whole_year(year: int) -> Interval:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _on_season(season: str, year: int) -> Interval:
    return _season(year, season)


def _coming(days: int, base: dt.date) -> Interval:
    """'in the coming months': from `base` to `days` later."""
    return base, base + dt.timedelta(days=days)


def _shifted(days: int, base: dt.date) -> Interval:
    """'yesterday', 'today', 'tomorrow'."""
    day = base + dt.timedelta(days=days)
    return day, day


def _iso(text: str, _: Sentences) -> list[DateHit]:
    hits = []
    for m in ISO.finditer(text):
        y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
        precision = Precision.TIME if m["h"] else Precision.DAY
        hits.append(DateHit(m.start(), m.end(), precision, 0, year=y, on_year=partial(_on_day, mo, d)))
    return hits


def _slashed(text: str, _: Sentences) -> list[DateHit]:
    """'28/06/2022' or '6/28/2022'; left out when both readings are possible ('5/6/2022')."""
    hits = []
    for m in SLASHED.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        else:
            continue
        hits.append(
            DateHit(
                m.start(),
                m.end(),
                Precision.DAY,
                0,
                year=int(m["y"]),
                on_year=partial(_on_day, month, day),
            )
        )
    return hits


def _month_days(text: str, _: Sentences) -> list[DateHit]:
    hits = []
    for m in MONTH_DAY.finditer(text):
        start, weekday = m.start(), m["wd"]
        if weekday and not m["y"] and not m["time"] and _ANOTHER_DAY.match(text, m.end()):
            # "Thursday and Saturday, June 23 and 25", "…, June 30 and July 1": the weekdays go
            # with the days in turn, so the last weekday is not the first day's
            start, weekday = m.start("m"), None
        month, day = MONTHS[m["m"].rstrip(".")], int(m["d"])
        precision = Precision.TIME if m["time"] else Precision.DAY
        hits.append(
            DateHit(
                start,
                m.end(),
                precision,
                0,
                weekday=weekday,
                year=int(m["y"]) if m["y"] else None,
                on_year=partial(_on_day, month, day),
            )
        )
    return hits


def _day_months(text: str, _: Sentences) -> list[DateHit]:
    hits = []
    for m in DAY_MONTH.finditer(text):
        month, day = MONTHS[m["m"].rstrip(".")], int(m["d"])
        hits.append(
            DateHit(
                m.start(),
                m.end(),
                Precision.DAY,
                0,
                weekday=m["wd"],
                year=int(m["y"]) if m["y"] else None,
                on_year=partial(_on_day, month, day),
            )
        )
    return hits


def _day_ranges(text: str, _: Sentences) -> list[DateHit]:
    hits = []
    for pattern in DAY_RANGES:
        for m in pattern.finditer(text):
            first, last = int(m["d1"]), int(m["d2"])
            if not 1 <= first < last <= 31:
                continue

            year = int(m["y"]) if m["y"] else None
            on_year = partial(_on_days, MONTHS[m["m"].rstrip(".")], first, last)
            # "Thursday and Saturday, June 23 and 25": the last weekday is the last day's (FC202)
            weekday = _weekday_listed_before(text, m.start(), m.end())
            hits.append(
                DateHit(m.start(), m.end(), Precision.DAYS, 0, weekday=weekday, year=year, on_year=on_year)
            )
    return hits


def _month_parts(text: str, _: Sentences) -> list[DateHit]:
    hits = []
    for m in MONTH_PART.finditer(text):
        first, last = PARTS[_part_key(m["part"])]
        month = MONTHS[m["m"].rstrip(".")]
        hits.append(
            DateHit(
                m.start(),
                m.end(),
                Precision.MONTH_PART,
                0,
                year=int(m["y"]) if m["y"] else None,
                on_year=partial(_on_month, month, first, last),
            )
        )
    for m in YEAR_PART.finditer(text):
        first_month = {"early": 1, "mid": 5, "late": 9}[m["part"].lower()]
        hits.append(
            DateHit(
                m.start(),
                m.end(),
                Precision.YEAR,
                0,
                year=int(m["y"]),
                on_year=partial(_on_year_part, first_month),
            )
        )
    return hits


def _part_key(words: str) -> str:
    """'early', 'mid' or 'late' for 'early', 'the beginning of', 'the middle of', 'the end of' …"""
    word = words.lower().split()[1] if " " in words.strip() else words.lower()
    return {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}.get(word, word)


def _month_years(text: str, _: Sentences) -> list[DateHit]:
    return [
        DateHit(
            m.start(),
            m.end(),
            Precision.MONTH,
            0,
            year=int(m["y"]),
            on_year=partial(_on_month, MONTHS[m["m"].rstrip(".")], 1, 31),
        )
        for m in MONTH_YEAR.finditer(text)
    ]


def _bare_months(text: str, _: Sentences) -> list[DateHit]:
    hits = []
    for m in BARE_MONTH.finditer(text):
        if m["m"] == "May" and not m.group().lower().startswith("in"):
            continue  # "May" is also a verb and a surname; only "in May" is surely the month
        month = MONTHS[m["m"].rstrip(".")]
        hits.append(DateHit(m.start(), m.end(), Precision.MONTH, 0, on_year=partial(_on_month, month, 1, 31)))
    return hits


def _years(text: str, _: Sentences) -> list[DateHit]:
    return [
        DateHit(
            m.start(),
            m.end(),
            Precision.YEAR,
            0,
            year=int(m["y"]),
            on_year=_on_whole_year,
        )
        for m in YEAR.finditer(text)
    ]


def _seasons(text: str, _: Sentences) -> list[DateHit]:
    hits = [
        DateHit(
            m.start(),
            m.end(),
            Precision.SEASON,
            0,
            year=int(m["y"]),
            on_year=partial(_on_season, m["season"]),
        )
        for m in SEASON_YEAR.finditer(text)
    ]
    for m in SEASON_REL.finditer(text):
        hits.append(
            DateHit(
                m.start(),
                m.end(),
                Precision.SEASON,
                0,
                on_base=partial(_relative_season, m["season"], m["rel"], m["mod"]),
            )
        )
    return hits


def _relative_season(season: str, rel: str, mod: str | None, base: dt.date) -> Interval:
    """'this fall', 'last summer', 'earlier this summer' seen from `base`."""
    year = base.year - 1 if season.lower() == "winter" and base.month <= 2 else base.year
    start, end = _season(year, season)
    rel = rel.lower()
    if rel == "last" and end >= base:
        start, end = _season(year - 1, season)
    elif rel == "next" and start <= base:
        start, end = _season(year + 1, season)
    if mod and mod.lower() == "earlier":
        end = max(start, min(end, base))
    elif mod and mod.lower() == "later":
        start = min(end, max(start, base))
    return start, end


def _relative_periods(text: str, _: Sentences) -> list[DateHit]:
    hits = []
    for m in PERIOD_REL.finditer(text):
        unit = m["unit"].lower()
        precision = {"week": Precision.WEEK, "weekend": Precision.DAYS, "month": Precision.MONTH}.get(
            unit, Precision.YEAR
        )
        hits.append(
            DateHit(
                m.start(),
                m.end(),
                precision,
                0,
                on_base=partial(_relative_period, unit, m["rel"].lower(), m["mod"]),
            )
        )
    for m in COMING.finditer(text):
        unit = m["unit"].lower()
        span = {"days": 14, "weeks": 56, "months": 183}[unit]
        precision = {"days": Precision.DAYS, "weeks": Precision.WEEK}.get(unit, Precision.MONTH)
        hits.append(DateHit(m.start(), m.end(), precision, 0, on_base=partial(_coming, span)))
    for m in BY_END.finditer(text):
        unit = m["unit"].lower()
        precision = {"week": Precision.WEEK, "month": Precision.MONTH}.get(unit, Precision.YEAR)
        hits.append(
            DateHit(
                m.start(),
                m.end(),
                precision,
                0,
                on_base=partial(_relative_period, unit, "this", None),
            )
        )
    for m in DAY_WORD.finditer(text):
        shift = {"yesterday": -1, "tomorrow": 1}.get(m["w"], 0)
        quoted = _quoted(text, m.start())
        hits.append(
            DateHit(
                m.start(),
                m.end(),
                Precision.DAYS if quoted else Precision.DAY,
                0,
                on_base=partial(_spoken if quoted else _shifted, shift),
                note="in a quotation: the speaker's day, the publication day or the one before"
                if quoted
                else None,
            )
        )
    return hits


def _quoted(text: str, offset: int) -> bool:
    """True when `offset` is inside a direct quotation of its paragraph ("… happened today," said
    Kitts): an odd number of straight double quotes before it, or more opening curly ones."""
    before = text[text.rfind("\n", 0, offset) + 1 : offset]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _spoken(days: int, base: dt.date) -> Interval:
    """'today' in a quotation: the speaker's day, which a report published the morning after
    ("… whatever happened today," said an official on the day of the explosion) is the day
    before; so the day the publication date gives, or the one before it."""
    day = base + dt.timedelta(days=days)
    return day - dt.timedelta(days=1), day


def _week_of(day: dt.date) -> Interval:
    """The Sunday-to-Saturday week holding `day`."""
    start = day - dt.timedelta(days=(day.weekday() + 1) % 7)
    return start, start + dt.timedelta(days=6)


def _relative_period(unit: str, rel: str, mod: str | None, base: dt.date) -> Interval:
    """'this week', 'last month', 'next year', 'earlier this year' seen from `base`."""
    step = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1}[rel]
    if unit in ("week", "weekend"):
        if unit == "weekend" and base.weekday() == calendar.SUNDAY:
            base -= dt.timedelta(days=1)  # on a Sunday, "this weekend" is the one ending today
        start, end = _week_of(base + dt.timedelta(days=7 * step))
        if unit == "weekend":
            start, end = end, end + dt.timedelta(days=1)  # Saturday and Sunday
    elif unit == "month":
        month_index = base.year * 12 + base.month - 1 + step
        start, end = _month(month_index // 12, month_index % 12 + 1)
    else:
        year = base.year + step
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if mod and mod.lower() == "earlier":
        end = max(start, min(end, base))
    elif mod and mod.lower() == "later":
        start = min(end, max(start, base))
    return start, end


def _weekdays(text: str, sentences: Sentences) -> list[DateHit]:
    hits = []
    for m in WEEKDAY.finditer(text):
        prep = (m["prep"] or "").lower()
        target = WEEKDAY_NAMES.index(m["wd"])
        if prep == "last":
            on_base = partial(_last_weekday, target)
        elif prep == "next" or FUTURE.search(_clause(text, m.start(), m.end(), sentences)):
            on_base = partial(_weekday_from, target, 1)
        else:
            on_base = partial(_weekday_from, target, -1)
        hits.append(DateHit(m.start(), m.end(), Precision.DAY, 0, on_base=on_base))
    return hits


def _clause(text: str, start: int, end: int, sentences: Sentences) -> str:
    """The clause around [start, end): the tense of its verb says whether a bare weekday is the
    last one ("told television on Sunday") or the next ("will visit on Sunday")."""
    first, last = sentences.span_at(start)
    before = CLAUSE_BREAK.split(text[first:start])[-1]
    after = CLAUSE_BREAK.split(text[end:last])[0]
    return f"{before} {after}"


def _last_weekday(target: int, base: dt.date) -> Interval:
    """'last Saturday' seen from `base`: a day before it, never `base` itself ("last Sunday" in a
    Sunday report is a week back). Said a day or two after that day it may also mean the one a
    week earlier ("injured in last Saturday's earthquake" in a report of Sunday 22 August 2021 is
    14 August: a writer meaning the day before writes "Saturday" or "yesterday"), so the reading
    spans both and no date is faulted for either."""
    day = base - dt.timedelta(days=(base.weekday() - target - 1) % 7 + 1)
    if (base - day).days <= LAST_WEEKDAY_AMBIGUOUS:
        return day - dt.timedelta(days=7), day
    return day, day


LAST_WEEKDAY_AMBIGUOUS = 2  # days after the weekday within which "last <weekday>" may mean a week earlier


def _weekday_from(target: int, direction: int, base: dt.date) -> Interval:
    """The nearest `target` weekday on or before (direction -1) or on or after (+1) `base`."""
    if direction < 0:
        day = base - dt.timedelta(days=(base.weekday() - target) % 7)
    else:
        day = base + dt.timedelta(days=(target - base.weekday()) % 7)
    return day, day


# --------------------------------------------------------------------------- resolving


def _bases(published: DateInterval | None) -> list[dt.date]:
    if published is None:
        return []
    days = (published.end - published.start).days
    if days > MAX_BASES:
        return [published.start, published.end]
    return [published.start + dt.timedelta(days=i) for i in range(days + 1)]


def _stated_years(hits: list[DateHit]) -> list[tuple[int, int]]:
    """(offset, year) of every year the text writes."""
    return [(h.start, h.year) for h in hits if h.year is not None]


def _resolve(
    hit: DateHit, bases: list[dt.date], years: list[tuple[int, int]], ahead: bool = False
) -> dict[str, object] | None:
    """The hit's interval, precision and whether it was resolved against the publication date;
    `ahead`: the date is a plan's, whose weekday may pick its year."""
    try:
        if hit.on_base is not None:
            return _resolve_relative(hit, bases, years)
        assert hit.on_year is not None
        if hit.year is not None:
            start, end = hit.on_year(hit.year)
            return {"start": start, "end": end, "precision": hit.precision}
        if bases:
            weekday = hit.weekday if ahead else None
            readings = [_nearest(hit.on_year, base, weekday) for base in bases]
            return _join(readings, hit.precision)
        year = _year_near(hit.start, years)
        if year is None:
            return None
        start, end = hit.on_year(year)
        return {"start": start, "end": end, "precision": hit.precision}
    except (ValueError, OverflowError):
        return None  # "February 30", a year out of range: not a date


def _resolve_relative(
    hit: DateHit, bases: list[dt.date], years: list[tuple[int, int]]
) -> dict[str, object] | None:
    assert hit.on_base is not None
    if bases:
        result = _join([hit.on_base(base) for base in bases], hit.precision)
        result["relative"] = True
        return result
    year = _year_near(hit.start, years)
    if year is None:
        return None
    return {
        "start": dt.date(year, 1, 1),
        "end": dt.date(year, 12, 31),
        "precision": Precision.YEAR,
        "relative": True,
    }


def _nearest(on_year: Callable[[int], Interval], base: dt.date, weekday: str | None = None) -> Interval:
    """The reading of a yearless date nearest to `base` (the year before, of, or after it). A
    weekday written with the date may pick another of them: "Saturday, October 14" in a report
    of January 2023 is 14 October 2023 (a Saturday), not the nearer 14 October 2022 (a Friday).
    Only for a plan's date (`_ahead`; find_dates passes no weekday for any other), and only
    when the nearest reading is more than FAR_READING days from `base`: a day that near is
    the one meant, and a weekday that does not fit it is a slip ("Saturday, June 24" the day
    after Friday 24 June 2016), which FC202 reports, not a day a year away."""
    years = (base.year - 1, base.year, base.year + 1)
    nearest = _nearest_of(on_year, base, years)
    if weekday is None or _gap(nearest, base) <= FAR_READING:
        return nearest
    fitting = [year for year in years if _weekday_fits(on_year, year, weekday)]
    return _nearest_of(on_year, base, fitting) if fitting else nearest


FAR_READING = 62  # days from the publication date past which a weekday may pick the year


def _gap(reading: Interval, base: dt.date) -> int:
    """Days from `base` to the middle of a reading."""
    start, end = reading
    return abs(((start + (end - start) / 2) - base).days)


def _nearest_of(on_year: Callable[[int], Interval], base: dt.date, years: Sequence[int]) -> Interval:
    """The reading of a yearless date in one of `years` nearest to `base`."""
    best: Interval | None = None
    best_gap = None
    for year in years:
        try:
            reading = on_year(year)
        except ValueError:
            continue  # 29 February in a common year
        gap = _gap(reading, base)
        if best_gap is None or gap < best_gap:
            best, best_gap = reading, gap
    if best is None:
        raise ValueError("no year fits")
    return best


def _ahead(text: str, hit: DateHit, sentences: Sentences, is_plan: PlanTest) -> bool:
    """Whether a date is told as a plan or of what is to come ("would be held on Saturday,
    October 14", "is due to open on", "will meet on": frames.py `planned`). A past event's
    weekday that fits no nearby year is a slip FC202 reports ("The plant closed on Wednesday,
    November 15" where November 15 was a Tuesday), never a day a year away."""
    return is_plan(text, sentences.span_at(hit.start), (hit.start, hit.end))


def _weekday_fits(on_year: Callable[[int], Interval], year: int, weekday: str) -> bool:
    """Whether the yearless day read in `year` falls on `weekday` (a name of WEEKDAY_NAMES)."""
    try:
        start, end = on_year(year)
    except ValueError:
        return False
    return start == end and WEEKDAY_NAMES[start.weekday()].lower() == weekday.lower()


def _join(intervals: list[Interval], precision: Precision) -> dict[str, object]:
    """One interval covering all readings; a day known only within a span becomes `days`."""
    start = min(i[0] for i in intervals)
    end = max(i[1] for i in intervals)
    if (len(set(intervals)) > 1 or start != end) and precision in (Precision.DAY, Precision.TIME):
        precision = Precision.DAYS
    return {"start": start, "end": end, "precision": precision}


def _year_near(offset: int, years: list[tuple[int, int]]) -> int | None:
    """The nearest year the text states before `offset`, else the first after it."""
    before = [year for at, year in years if at <= offset]
    if before:
        return before[-1]
    return years[0][1] if years else None


def _found(hit: DateHit, resolved: dict[str, object]) -> Found:
    fields: dict[str, object] = {
        "start": resolved["start"],
        "end": resolved["end"],
        "precision": resolved["precision"],
        "weekday": hit.weekday,
        "relative": bool(resolved.get("relative", False)),
    }
    return Found("date", hit.start, hit.end, dict(fields), extras={"note": hit.note} if hit.note else {})


def _merge_pairs(text: str, found: list[Found]) -> list[Found]:
    """'June 30 and July 1', 'between February 2020 and February 2022': one date over both."""
    merged: list[Found] = []
    for item in found:
        prev = merged[-1] if merged else None
        if prev is not None and _pair(text, prev, item):
            merged[-1] = Found(
                "date",
                prev.start,
                item.end,
                {
                    "start": prev.fields["start"],
                    "end": item.fields["end"],
                    "precision": _pair_precision(prev.fields["precision"], item.fields["precision"]),
                    "weekday": _paired_weekday(text, prev, item),
                    "relative": prev.fields["relative"] or item.fields["relative"],
                },
            )
            continue
        merged.append(item)
    return merged


def days_listed(text: str, before: str) -> bool:
    """True for days a date's `text` lists with "and" ("July 1 and 2", "21 and 22 March"), not a
    range: days joined by "to", "through" or a dash ("June 14-16", "from May 1 to June 30"), or
    "between"/"from" in the words `before` it ("between March 21 and 23")."""
    return (
        LISTED.search(text) is not None
        and RANGE_JOIN.search(text) is None
        and BETWEEN.search(before[-12:]) is None
    )


def _paired_weekday(text: str, first: Found, second: Found) -> str | None:
    """The weekday two written days merged into one date carry (`_weekday_listed_before`)."""
    if first.fields["relative"] or second.fields["relative"]:
        return None
    return _weekday_listed_before(text, first.start, second.end)


def _weekday_listed_before(text: str, start: int, end: int) -> str | None:
    """The last of two weekdays listed right before the days listed at [start, end), which it
    goes with ("Wednesday and Thursday, June 30 and July 1": Thursday, July 1), for FC202; None
    when no weekdays are listed there or the days are a range ("June 14-16")."""
    if not days_listed(text[start:end], text[max(0, start - 12) : start]):
        return None
    paired = _PAIRED_WEEKDAYS.search(text, max(0, start - 40), start)
    return paired["wd2"] if paired is not None else None


def _pair(text: str, first: Found, second: Found) -> bool:
    if not JOIN.fullmatch(text[first.end : second.start]):
        return False
    start, end = first.fields["start"], second.fields["end"]
    assert isinstance(start, dt.date)
    assert isinstance(end, dt.date)
    if end <= start:
        return False
    if BETWEEN.search(text[max(0, first.start - 12) : first.start]):
        return True
    day_like = (Precision.DAY, Precision.DAYS)
    return (
        first.fields["precision"] in day_like
        and second.fields["precision"] in day_like
        and (end - start).days <= 62
    )


def _pair_precision(a: object, b: object) -> Precision:
    assert isinstance(a, Precision)
    assert isinstance(b, Precision)
    coarsest = max(COARSER.index(a), COARSER.index(b))
    if coarsest <= COARSER.index(Precision.DAYS):
        return Precision.DAYS
    return COARSER[coarsest]


# "didn't start trading until", "was not opened till": a negation, one to four words (a clause
# break stops it), then until/till right before the date or time
_NOT_UNTIL = lazy(r"(?i:\b(?:not|never)\b|n[’']t\b)(?:\s+[a-z][\w’'-]*){1,4}\s+(?i:until|till)\s+\Z")
NOT_UNTIL_REACH = 80  # characters before a date searched for such a negation


def negated_until(text: str, start: int) -> bool:
    """Whether "until" before a date or time follows a negated verb: "shares didn't start trading
    until 11 a.m." gives the moment they started, not a state that held until then ("the road
    stayed closed until Monday"), so the time is the event's (issue 12, session 23)."""
    return _NOT_UNTIL.search(text, max(0, start - NOT_UNTIL_REACH), start) is not None
