"""Link a checked document's extracted claims to the registry, so the rules can compare them.

Claims meet registry claims on subject ids. The extractor proposes scored subjects from cue
words; linking keeps the best proposed subject that the registry actually holds claims about
(of the same kind), and marks a claim `unlinked` when there is none: such claims are reported
as unverifiable (FC601, info), never as errors. Quotations are linked by their words: to the
registry quotation they reproduce (same speaker where both name one, and an excerpt or most of the
content words shared; FC301 then compares the wording), else to nothing when a source's full text
contains the words (a faithful quotation), else `unsourced` (FC303). A quotation is never linked
to another statement merely because it sits nearby. A quotation also takes the date and event of a date stated in the same sentence, so
FC302 can see a statement tied to the wrong occasion, unless the date stands in a clause counting
from another event ("since the invasion on February 24").
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from rapidfuzz import fuzz

from factcheck.extract.candidates import Candidate
from factcheck.extract.frames import default_table
from factcheck.extract.quotes import SPEECH_VERBS
from factcheck.extract.text import STOP_WORDS, quote_words, same_statement
from factcheck.lazyre import lazy
from factcheck.link.support import TextTables
from factcheck.model import Claim, DateClaim, DateInterval, DurationClaim, LinkNote, QuoteClaim, claim_keys
from factcheck.model.ids import is_stand_in, linked_claim, unlinked, unlinked_statement
from factcheck.registry import Registry
from factcheck.yamlio import load_data_file

# what linking says of a claim: a subject (or nothing) and, when unlinked or unsourced, why
Linked = tuple[Claim, LinkNote | None]
# the event a duration's own words name, the span where a date dates it (None: nowhere), and
# the duration's own span
Anchor = tuple[str, tuple[int, int] | None, tuple[int, int]]
DATE_CUE_REACH = 60  # characters between a date and the cue that ties it to an event
CONTEXT_REACH = 30  # characters just before a quotation that say what it is about ("a friendship with")
# what cannot say what a quotation is about: stop words, and month and weekday names
CONTEXT_STOPWORDS = STOP_WORDS | {name.lower() for name in [*calendar.month_name, *calendar.day_name] if name}
BOUND_WORDS = {"by", "until", "till", "through", "before", "after", "as of", "up to"}
_CLAUSE_BREAK = lazy(r"[,;:()\u2013\u2014]|\s-\s")
QUOTE_LINK_MIN = 40.0  # enough when what they describe is the statement's cue word
# a date this many calendar years or more from every date the registry gives an event is another
# occurrence of it (next year's forum on the same days, last year's summit), not a date of that event
OTHER_OCCURRENCE_YEARS = 1
# small words inside a capitalised name of several words ("Belt and Road Forum", "Bank of England")
NAME_JOINERS = frozenset({"and", "of", "for", "on", "the", "&"})
_WRITTEN_YEAR = lazy(r"\b(?:1[89]|20)\d\d\b")
# "in Minsk", "at the Elmau": where a common noun's event took place (see `_placed_elsewhere`)
_PLACED = lazy(r"\s+(?:in|at)\s+(?:the\s+)?([A-Z][\w'’-]*)")
_NAME_WORD = lazy(r"[\w&](?:[\w'’&-]|\.(?=\w))*")  # "U.S." inside, not a full stop after
_CALENDAR_WORDS = frozenset(name.lower() for name in [*calendar.month_name, *calendar.day_name] if name)


class Linker:
    """Everything about the registry that linking needs, computed once. `tables`: the
    registry's source texts indexed once (link/texttables.py), when a check has them."""

    def __init__(self, registry: Registry, tables: TextTables | None = None) -> None:
        self.registry = registry
        self.tables = tables
        self.keys_by_kind: dict[str, set[str]] = defaultdict(set)
        self.quotes: list[QuoteClaim] = []
        self.event_dates: dict[str, list[DateClaim]] = defaultdict(list)
        for claim in registry.claims:
            key, _from_key, _to_key = claim_keys(claim)
            self.keys_by_kind[claim.kind].add(key)
            if isinstance(claim, DateClaim):
                self.keys_by_kind["event"].add(key)
                self.event_dates[key].append(claim)
            if claim.kind == "quote":
                self.quotes.append(claim)

    def cues(self, subject_id: str) -> list[str]:
        """The cue words of a registry subject."""
        subject = self.registry.subjects.get(subject_id)
        return subject.cues if subject is not None else []

    def best(self, candidate: Candidate, kind: str, pool: str) -> str | None:
        """The best scored subject the registry holds `kind` claims about."""
        for match in candidate.subjects if pool == "subjects" else candidate.events:
            if match.id in self.keys_by_kind[kind]:
                return match.id
        return None

    @functools.cached_property
    def source_words(self) -> list[str]:
        """Every source text as a run of quote words (only needed for a quotation no registry
        quotation resembles, so computed then: it reads every source)."""
        return [" ".join(quote_words(t.text)) for t in self.registry.texts.values()]

    def verbatim(self, joined: str) -> bool:
        """Whether a source text has these quote words (joined by spaces) in a row. With tables,
        only the texts holding every word of them but the first and last are read: a run of a
        text's words has its inner words whole, while its ends may be parts of longer words."""
        if self.tables is None:
            return any(joined in text for text in self.source_words)
        texts = self.registry.texts
        covered = set(self.tables.sources)
        holding = [s for s in self.tables.sources_quoting(joined.split(" ")[1:-1]) if s in texts]
        rest = [s for s in texts if s not in covered]
        return any(joined in " ".join(quote_words(texts[s].text)) for s in [*holding, *rest])

    def quote_context(self, quote: QuoteClaim) -> set[str]:
        """Words that say what a registry quotation is about: its subject's cues, its text around
        the quoted words, and the words just before it in its source."""
        subject = self.registry.subjects.get(quote.describes)
        found = {w for cue in (subject.cues if subject else []) for w in quote_words(cue)}
        found |= set(quote_words(quote.text)) - set(quote_words(quote.words))
        source = self.registry.texts.get(quote.source)
        if source is not None and quote.span is not None:
            found |= set(quote_words(source.text[max(0, quote.span[0] - CONTEXT_REACH) : quote.span[0]]))
        return _content(found)

    def quote_target(self, claim: QuoteClaim, described: set[str]) -> tuple[str | None, LinkNote | None]:
        """(statement subject, link) for a document's quotation: the quotation it reproduces.

        A quotation is compared only with a quotation it reproduces, never with whatever quote
        sits nearby: the speakers must not differ (when both are known), and either the words are
        an excerpt of the registry quotation (or it of them), or they share most of their content
        words, or the registry quotation's curated statement is what the document's words around
        the quotation describe. Words found verbatim in a source are a faithful quotation; words
        found nowhere are `unsourced` (FC303).
        """
        wanted = quote_words(claim.words)
        joined = " ".join(wanted)
        candidates = [q for q in self.quotes if _speakers_agree(claim.speaker, q.speaker)]
        excerpt = [q for q in candidates if is_excerpt(wanted, quote_words(q.words))]
        if excerpt:
            return max(excerpt, key=lambda q: len(quote_words(q.words))).describes, None
        if joined and self.verbatim(joined):
            return None, None
        best_score, best_subject = 0.0, None
        for quote in candidates:
            if is_stand_in(quote.describes):
                # a printing credited to nobody joins no statement: words reproduced from it
                # otherwise than verbatim are compared with nothing, and stay `unsourced`, as
                # when the registry read for a check holds no such printing
                continue
            theirs = quote_words(quote.words)
            score = fuzz.token_set_ratio(joined, " ".join(theirs))
            reproduces = same_statement(wanted, theirs)
            curated = (
                quote.describes in self.registry.subjects
                and score >= QUOTE_LINK_MIN
                and bool(described & self.quote_context(quote))
            )
            if (reproduces or curated) and score > best_score:
                best_score, best_subject = score, quote.describes
        if best_subject is not None:
            return best_subject, None
        return None, LinkNote.UNSOURCED


def _speakers_agree(a: str | None, b: str | None) -> bool:
    """Two quotations can be one statement unless both name a speaker and the speakers differ."""
    return a is None or b is None or a == b


def is_excerpt(a: list[str], b: list[str]) -> bool:
    """True when one run of words is a contiguous part of the other (or the same)."""
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _content(words: set[str]) -> set[str]:
    """Words that can say what a quotation is about: no function words, dates or numbers."""
    return {w for w in words if w not in CONTEXT_STOPWORDS and not any(ch.isdigit() for ch in w)}


def claim_id(source: str, claim: Claim, seen: Counter[str]) -> str:
    """An id from the claim's kind and words, not its position: moving a line keeps fingerprints."""
    base = linked_claim(source, claim.kind, claim.text)
    seen[base] += 1
    return linked_claim(source, claim.kind, claim.text, seen[base])


def link(
    candidates: Iterable[Candidate],
    registry: Registry,
    source: str,
    text: str,
    tables: TextTables | None = None,
) -> tuple[list[Claim], dict[str, LinkNote]]:
    """Typed claims for `source`, and link notes for those the rules should treat specially
    (`tables`: the registry's source texts indexed once, which quotations are looked up in)."""
    linker = Linker(registry, tables)
    candidates = outermost(list(candidates))
    anchors: dict[tuple[int, int], list[Anchor]] = defaultdict(list)
    for candidate in candidates:
        if isinstance(candidate.claim, DurationClaim):
            anchors[candidate.sentence].append(_anchor(candidate, candidate.claim, text))
    dates_by_sentence: dict[tuple[int, int], list[DateClaim]] = defaultdict(list)
    linked: list[tuple[Candidate, Claim, LinkNote | None]] = []
    for candidate in candidates:
        if isinstance(candidate.claim, DateClaim):
            claim, note = _link_date(candidate, linker, anchors[candidate.sentence], text)
            linked.append((candidate, claim, note))
            if not note:
                dates_by_sentence[candidate.sentence].append(claim)  # type: ignore[arg-type]
        else:
            linked.append((candidate, candidate.claim, None))
    claims: list[Claim] = []
    links: dict[str, LinkNote] = {}
    seen: Counter[str] = Counter()
    for candidate, claim, note in linked:
        if not isinstance(claim, DateClaim):
            claim, note = _link_one(candidate, linker, dates_by_sentence[candidate.sentence], text)
        claim = claim.model_copy(update={"id": claim_id(source, claim, seen), "source": source})
        if note is LinkNote.UNLINKED:
            claim = isolate(claim)
        claims.append(claim)
        if note:
            links[claim.id] = note
    return claims, links


def isolate(claim: Claim) -> Claim:
    """The claim with subject ids of its own, so it pairs with nothing (placeholders would pair
    every unlinked count with every other)."""
    names = ("subject", "event", "from_event", "to_event", "describes")
    fields = [name for name in names if hasattr(claim, name)]
    return claim.model_copy(update={name: unlinked(name, claim.id) for name in fields})


def _link_one(candidate: Candidate, linker: Linker, sentence_dates: list[DateClaim], text: str) -> Linked:
    claim = candidate.claim
    registry = linker.registry
    if claim.kind == "mention":
        return claim, None if claim.entity in registry.entities else LinkNote.UNLINKED
    if claim.kind == "quantity":
        subject = linker.best(candidate, "quantity", "subjects")
        if subject is None:
            return claim, LinkNote.UNLINKED
        unit = registry.subjects[subject].unit if subject in registry.subjects else None
        return claim.model_copy(update={"subject": subject, "unit": _linked_unit(claim.unit, unit)}), None
    if claim.kind == "duration":
        return _link_duration(candidate, claim, linker, sentence_dates)
    if claim.kind == "quote":
        dates = [d for d in sentence_dates if d.span != claim.span]
        return _link_quote(claim, linker, dates, candidate, text)
    return claim, LinkNote.UNLINKED


def _linked_unit(own: str | None, subject_unit: str | None) -> str | None:
    """The unit a linked count is compared in: the subject's, which names what is counted ("days",
    "trips"), unless the document wrote a measure unit of the same dimension as the subject's
    ("500 miles" for a range kept in km): that figure is in miles, and FC102 compares it after
    conversion, so a range given in the wrong unit is a gap, not a match (session 26)."""
    if own and subject_unit and own != subject_unit and _convertible(own, subject_unit):
        return own
    return subject_unit or own


def _convertible(one: str, other: str) -> bool:
    """True when both are measure units of one dimension (km and miles, sq km and sq miles),
    which FC102 converts (extract/frames.py's unit table names them as pint does)."""
    units = default_table().units
    a, b = units.get(one.lower()), units.get(other.lower())
    return a is not None and b is not None and _dimension(a) == _dimension(b)


def _dimension(pint_unit: str) -> tuple[str, str]:
    """A pint unit's dimension, told apart without pint: the table's units are lengths (with
    " ** 2" areas and " / hour" speeds after them) and the tonne."""
    base, _, rest = pint_unit.partition(" ")
    return ("mass" if base == "tonne" else "length", rest)


def outermost(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a candidate lying inside another of the same kind ("days after…" in "100 days after…")."""
    kept = []
    for c in candidates:
        inside = any(
            o is not c
            and o.kind == c.kind
            and o.span[0] <= c.span[0]
            and c.span[1] <= o.span[1]
            and (o.span[1] - o.span[0]) > (c.span[1] - c.span[0])
            for o in candidates
        )
        if not inside:
            kept.append(c)
    return kept


def _link_date(candidate: Candidate, linker: Linker, anchors: list[Anchor], text: str) -> Linked:
    """The event a date is about: of the events cued in its sentence, the one whose cue stands
    nearest the date, within DATE_CUE_REACH characters; never the event a duration in the same
    sentence names as one of its ends, unless the date stands in that event's own phrase ("on
    June 28, 100 days after the war began": June 28 is not the start of the war; "a day before
    the summit opened on 4 March": 4 March is the summit's). Sentence-wide cues alone would tie
    every date of a long sentence to one event."""
    claim = candidate.claim
    kept_off = {
        event: span
        for event, phrase, span in anchors
        if phrase is None or not phrase[0] <= candidate.span[0] < phrase[1]
    }
    before = text[max(candidate.sentence[0], candidate.span[0] - 12) : candidate.span[0]].lower().split()
    if before and (before[-1] in BOUND_WORDS or " ".join(before[-2:]) in BOUND_WORDS):
        return claim, LinkNote.UNLINKED  # "by late June": a bound on something else, not an event's date
    best: tuple[int, int, int, str] | None = None
    said = _SAID_ON.search(text, max(candidate.sentence[0], candidate.span[0] - 30), candidate.span[0])
    for match in [*candidate.subjects, *candidate.events]:
        if match.id not in linker.keys_by_kind["event"]:
            continue
        if isinstance(claim, DateClaim) and _other_occurrence(claim, linker.event_dates[match.id]):
            continue
        near = _cues_near(text, candidate.sentence, candidate.span, linker.cues(match.id))
        if match.id in kept_off and not _cued_apart(near, kept_off[match.id], candidate.span):
            continue
        if near and said is not None and all(start >= candidate.span[1] for start, _ in near):
            continue  # "said on Sunday that he would visit": the day of the saying, not of the visit
        if near:
            # more distinct cues nearby first ("forum in Grodno" beats "Lukashenko"), then nearest,
            # then the more specific wording: "the G7 summit" is the event cued "G7 summit", not
            # one cued "summit" alone, though both cues end the same distance from the date
            written = sum(end - start for start, end in near)
            score = (-len(near), min(near.values()), -written, match.id)
            best = score if best is None or score < best else best
    if best is None:
        return claim, LinkNote.UNLINKED
    return claim.model_copy(update={"event": best[-1]}), None


def _cued_apart(near: dict[tuple[int, int], int], duration: tuple[int, int], date: tuple[int, int]) -> bool:
    """True when a date names the event a duration of its sentence counts from by a cue of its own:
    one outside the duration's words and nearer the date than the duration ("to Beijing in early
    February, ... hours before the Winter Olympics opened": the visit is cued "Beijing", beside the
    date). "On June 28, 100 days after the war began" has the war's cue only inside the duration,
    so June 28 stays off the war's start (session 26)."""
    gap = max(date[0] - duration[1], duration[0] - date[1])
    return any(
        distance < gap
        for (start, end), distance in near.items()
        if end <= duration[0] or start >= duration[1]
    )


# a speech verb right before a date ("said on Sunday", "told reporters on Monday"): the date is
# when it was said
_SAID_ON = lazy(rf"\b(?:{SPEECH_VERBS}|reported)(?:\s+[a-z]+){{0,2}}?(?:\s+(?:on|last))?\s*\Z", re.IGNORECASE)


def _cues_near(
    text: str, sentence: tuple[int, int], span: tuple[int, int], cues: list[str]
) -> dict[tuple[int, int], int]:
    """Places of whole-word cues within DATE_CUE_REACH of the span -> their distance to it.

    Overlapping cues count once ("trip" inside "foreign trip"), and the span's own words never
    count ("February" is no evidence that "February 24" is a visit). A cue written as one word
    of another thing's name ("Forum" in "the Belt and Road Forum", for a forum cued "Grodno,
    forum") is no cue: the document names a different event of the same common noun.
    """
    lowered = text[sentence[0] : sentence[1]].lower()
    cue_words = {w for cue in cues for w in cue.lower().split()}
    placed = any(cue[:1].isupper() for cue in cues)  # the subject names where it happened
    found: list[tuple[int, int]] = []
    for cue in cues:
        word = cue.lower()
        if word not in lowered:  # most cues are absent: no pattern to compile for them
            continue
        for match in re.finditer(r"\b" + re.escape(word) + r"\b", lowered):
            start, end = match.start() + sentence[0], match.end() + sentence[0]
            if start < span[1] and span[0] < end:
                continue
            if _in_other_name(text, sentence, (start, end), cue_words):
                continue
            if placed and cue.islower() and _placed_elsewhere(text, end, cue_words):
                continue
            if _ANNOUNCED.match(text, end) or _outside_its_clause(text, sentence, span, (start, end)):
                continue
            found.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    near = {}
    for start, end in merged:
        distance = max(span[0] - end, start - span[1])
        if distance <= DATE_CUE_REACH:
            near[(start, end)] = distance
    return near


# a cue followed by a passive verb of telling ("the day the trip was announced, Sunday 26 June"):
# the date near it is the day it was told of, not the day it happened
_ANNOUNCED = lazy(
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:first\s+|formally\s+|officially\s+)?"
    r"(?:announced|reported|unveiled|confirmed|revealed|disclosed|made\s+public)\b"
)
# a relative clause between commas ("Putin, who made three trips before the invasion, went ..."),
# and an attribution after a date (", Bloomberg reported", ", the Kremlin said")
_RELATIVE_PRONOUN = r"who|which|whose|whom"
_RELATIVE = lazy(rf",\s+(?:{_RELATIVE_PRONOUN})\b[^,;:()]*")
_ATTRIBUTION = lazy(
    rf"\s*,\s+(?:(?:the|a|an|state)\s+)?(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:{SPEECH_VERBS}|reported|reports)\b"
)


def _outside_its_clause(
    text: str, sentence: tuple[int, int], date: tuple[int, int], cue: tuple[int, int]
) -> bool:
    """True when a cue stands in a clause that does not hold the date: a relative clause
    describing a noun of the sentence ("Putin, who made three trips before the invasion, went to
    Turkmenistan on Wednesday": the invasion is not Wednesday's), or an attribution right after the
    date ("the forum in October, Bloomberg reported": October is the forum's, not the report's).
    Session 26, issue 14."""
    for found in _RELATIVE.finditer(text, sentence[0], sentence[1]):
        inside = found.start() <= cue[0] < found.end()
        if inside and not found.start() <= date[0] < found.end():
            return True
    attribution = _ATTRIBUTION.match(text, date[1], sentence[1])
    return attribution is not None and cue[0] < attribution.end() and cue[1] > date[1]


def _other_occurrence(claim: DateClaim, dated: list[DateClaim]) -> bool:
    """True when the registry dates the event and the claim's date, written without its year
    (the year comes from the document's date), lies a year or more from every one of its dates:
    another occurrence of a recurring event ("the forum in October" a year after last June's
    forum), not a wrong date of the one the registry holds. A year written out is the writer's
    own ("on 3 June 2024" for a speech of May 2023): a wrong date, compared as one. A year from
    a date is the same day of the month in the next year (28 February for 29 February): "on 14
    and 15 May" next year is another occurrence of a forum held on 14 and 15 May; 13 May next
    year, a day short of a year after 14 May, is not."""
    if _WRITTEN_YEAR.search(claim.text):
        return False
    years = OTHER_OCCURRENCE_YEARS
    return bool(dated) and all(
        claim.start >= _years_on(d.start, years) or claim.end <= _years_on(d.end, -years) for d in dated
    )


def _years_on(day: dt.date, years: int) -> dt.date:
    """The same day of the month `years` later (earlier when negative); 28 February for a 29th
    in a year without one."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _placed_elsewhere(text: str, end: int, cue_words: set[str]) -> bool:
    """True when a common-noun cue is placed by "in" or "at" a capitalised word the subject's
    cues do not name ("a forum in Minsk" for a forum cued "Grodno, forum"): the same kind of
    event somewhere else. A month or weekday there says when, not where ("the forum in June")."""
    found = _PLACED.match(text, end)
    if found is None:
        return False
    place = found.group(1).lower().removesuffix("'s").removesuffix("’s")
    return place not in cue_words and place not in CONTEXT_STOPWORDS


def _in_other_name(text: str, sentence: tuple[int, int], cue: tuple[int, int], cue_words: set[str]) -> bool:
    """True when the cue at `cue` is capitalised inside a name of several capitalised words
    ("Belt and Road Forum") none of whose other words is a cue of the subject ("Grodno Forum"
    is the subject's own name); a possessive before the name is its owner, not part of it."""
    if not text[cue[0] : cue[0] + 1].isupper():
        return False  # "the forum": the common noun
    words = [
        (m.start() + sentence[0], m.group()) for m in _NAME_WORD.finditer(text[sentence[0] : sentence[1]])
    ]
    at = next((i for i, (start, _) in enumerate(words) if start == cue[0]), None)
    if at is None:
        return False
    after = _name_words(text, words, at, 1)
    others = _name_words(text, words, at, -1) + after
    if not others or any(w.lower() in cue_words for w in others):
        return False
    # "the Forum of Regions in Grodno" for a forum cued "Grodno, forum": the subject's own name,
    # placed where the subject is
    last = next((i for i in range(at + 1, len(words)) if words[i][1] == after[-1]), at) if after else at
    end = words[last][0] + len(words[last][1])
    placed = _PLACED.match(text, end)
    return placed is None or placed.group(1).lower().removesuffix("'s").removesuffix("’s") not in cue_words


def _name_words(text: str, words: list[tuple[int, str]], at: int, step: int) -> list[str]:
    """The capitalised words running from words[at] in direction `step` (joined by NAME_JOINERS
    between two capitalised words; only spaces between words, since a comma or a full stop ends
    a name), up to a possessive, which owns the name rather than names it. "On" before a month or
    weekday name says when, not which: "Grodno on July 1" is a place and a date, not a name of
    three words ("Theresa May", "Good Friday Agreement" stay names)."""
    taken: list[str] = []
    i = at + step
    while 0 <= i < len(words) and _adjacent(text, words[i - step], words[i]):
        word = words[i][1]
        if word.lower() in NAME_JOINERS and 0 <= i + step < len(words) and words[i + step][1][:1].isupper():
            if word.lower() == "on" and words[i + step][1].lower() in _CALENDAR_WORDS:
                break  # "Grodno on July 1", "Helsinki on Monday": a place and a date
            i += step
            continue
        possessive = word.lower().endswith(("'s", "’s"))
        if not word[:1].isupper() or word.lower() in STOP_WORDS or (possessive and step < 0):
            break
        taken.append(word)
        if possessive:
            break
        i += step
    return taken


def _adjacent(text: str, one: tuple[int, str], other: tuple[int, str]) -> bool:
    """True when only spaces stand between two words of the text (either order)."""
    first, second = sorted((one, other))
    return not text[first[0] + len(first[1]) : second[0]].strip()


def _anchor(candidate: Candidate, claim: DurationClaim, text: str) -> Anchor:
    """The end of a duration its own words name (where "100 days after the war began" starts,
    where "hours before the opening ceremony" ends), and the stretch of its sentence where a date
    dates that event: from the duration's end to the clause's end, through a relative clause
    ("a day before the summit, which opened on 4 March"). A date elsewhere in the sentence ("on
    3 March, a day before the summit opened") is not that event's date; with no anchor word, no
    date of the sentence is."""
    if not candidate.anchor_word:
        return claim.from_event, None, candidate.span
    event = claim.to_event if candidate.anchor_word in anchor_words("span_end_words") else claim.from_event
    start = candidate.span[1]
    end = candidate.sentence[1]
    for brk in _CLAUSE_BREAK.finditer(text, start, end):
        following = _NAME_WORD.search(text, brk.end(), end)
        if (
            brk.group() == ","
            and following is not None
            and following.group().lower() in anchor_words("relative_words")
        ):
            continue
        end = brk.start()
        break
    return event, (start, end), candidate.span


@functools.cache
def anchor_words(key: str) -> frozenset[str]:
    """One list of anchor_words.yaml: `span_end_words` (after which a duration's named event is
    where it ends), `reference_words` (opening a clause that counts from another event) or
    `relative_words` (after a comma, going on describing a duration's named event)."""
    data = load_data_file(Path(__file__).with_name("anchor_words.yaml"))
    return frozenset(str(word).lower() for word in data[key])


def _link_duration(
    candidate: Candidate, claim: DurationClaim, linker: Linker, sentence_dates: list[DateClaim]
) -> Linked:
    """Both ends must be registry events; the far end defaults to the event of a date stated in
    the same sentence ("left on June 28, 100 days after the war began"). An end the duration's
    own words name ("hours before the opening ceremony") is never replaced by another event: one
    the registry does not date leaves the duration unlinked, not measured to whatever event its
    sentence dates. A stand-in end (`unknown.event`) is no event, though a registry read from
    YAML holds dates about it: linked there, an unknown length of time ("a 15-year sentence") met
    the registry's other unknown ones and was judged by nothing."""
    events = {key for key in linker.keys_by_kind["event"] if not is_stand_in(key)}
    start = claim.from_event if claim.from_event in events else None
    end = claim.to_event if claim.to_event in events else None
    if end is None and candidate.anchor_word not in anchor_words("span_end_words"):
        end = next((d.event for d in sentence_dates if d.event in events and d.event != start), None)
    if start is None or end is None:
        return claim, LinkNote.UNLINKED
    return claim.model_copy(update={"from_event": start, "to_event": end}), None


def _link_quote(
    claim: QuoteClaim, linker: Linker, sentence_dates: list[DateClaim], candidate: Candidate, text: str
) -> Linked:
    before = text[max(candidate.sentence[0], candidate.span[0] - CONTEXT_REACH) : candidate.span[0]]
    described = _content(set(quote_words(candidate.thing or "")) | set(quote_words(before)))
    described -= set(quote_words(claim.words))
    subject, note = linker.quote_target(claim, described)
    update: dict[str, object] = {}
    if subject is not None:
        update["describes"] = subject
    else:
        # its own statement: nothing in the registry to compare the wording with
        update["describes"] = unlinked_statement(claim.words)
    # A quotation is tied to an occasion only through a date stated in its sentence: cue words
    # alone ("in Beijing") name occasions too loosely to accuse a document of misattribution.
    update["event"] = None
    update["attributed_date"] = None
    sentence_dates = [
        d
        for d in sentence_dates
        if not _dates_a_reference(d, claim, candidate.sentence, text)
        and not _dates_the_speaker(d, claim, candidate.sentence, text)
        and not _dates_the_report(d, claim, text)
    ]
    if sentence_dates:
        date = sentence_dates[0]
        update["attributed_date"] = DateInterval(start=date.start, end=date.end, precision=date.precision)
        update["event"] = date.event
    return claim.model_copy(update=update), note


# an apposition describing who speaks, between commas ("Tokayev, one of the leaders at Wednesday's
# summit, stressed …"; "Putin, who arrived on Tuesday, said …")
_DESCRIBING = lazy(rf",\s+(?:one\s+of|{_RELATIVE_PRONOUN})\b[^,;:()\"“”]*,")
# a report of what another said: "Naumann reported that Putin … spoke of …", "Reuters said on
# Monday that the minister had told …"
_REPORTED_THAT = lazy(rf"\b(?:{SPEECH_VERBS}|reported|reports)\b[^\"“”]*?\bthat\b", re.IGNORECASE)
_SPEECH = lazy(rf"\b(?:{SPEECH_VERBS}|saying)\b", re.IGNORECASE)


def _dates_the_speaker(date: DateClaim, quote: QuoteClaim, sentence: tuple[int, int], text: str) -> bool:
    """True when the date stands in an apposition between commas that describes someone and
    holds no quotation: "Kassym-Jomart Tokayev, one of the leaders at Wednesday's Caspian
    summit, stressed in mid-June … saying "…"" dates the summit he is described by, not his words
    (seed summaries, session 40)."""
    if date.span is None or quote.span is None:
        return False
    for found in _DESCRIBING.finditer(text, sentence[0], sentence[1]):
        if found.start() < date.span[0] and date.span[1] <= found.end():
            return not found.start() <= quote.span[0] < found.end()
    return False


def _dates_the_report(date: DateClaim, quote: QuoteClaim, text: str) -> bool:
    """True when the date comes before a report of speech ("reported that", "said that") and
    another speech verb stands between that report and the quotation: "In a ticker created on
    June 29, Naumann reported that Putin … spoke in Tajikistan of a "common responsibility""
    dates the report, not the words it reports Putin spoke (seed summaries, session 40)."""
    if date.span is None or quote.span is None or date.span[1] > quote.span[0]:
        return False
    between = text[date.span[1] : quote.span[0]]
    report = _REPORTED_THAT.search(between)
    return report is not None and _SPEECH.search(between, report.end()) is not None


def _dates_a_reference(date: DateClaim, quote: QuoteClaim, sentence: tuple[int, int], text: str) -> bool:
    """True when the date stands in a clause that counts from another event ("his first trip
    abroad since Russia invaded Ukraine on February 24"): it dates that event, not the words
    quoted in the sentence. The clause runs from the nearest comma, semicolon, colon, dash or
    bracket before the date, outside the quotation (the comma in 'said "act now, before it is too
    late" on 9 February' starts no clause); it must not hold the quotation itself."""
    if date.span is None or quote.span is None:
        return False
    breaks = _CLAUSE_BREAK.finditer(text, sentence[0], date.span[0])
    clause_start = max(
        [sentence[0], *(m.end() for m in breaks if not quote.span[0] <= m.start() < quote.span[1])]
    )
    if clause_start <= quote.span[0] < date.span[0]:
        return False  # 'said "…" after the talks on Monday': the quotation is in the clause
    words = _NAME_WORD.findall(text[clause_start : date.span[0]].lower())
    return any(word in anchor_words("reference_words") for word in words)
