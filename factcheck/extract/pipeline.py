"""extract_text: run every family over a text, settle overlaps, attach subjects, build claims."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from factcheck.extract.candidates import PLACEHOLDERS, Candidate, Extraction, SubjectMatch
from factcheck.extract.dates import find_dates
from factcheck.extract.frames import frame_for_date, frame_for_quantity
from factcheck.extract.names import find_names
from factcheck.extract.numbers import find_numbers
from factcheck.extract.quotes import find_quotes
from factcheck.extract.sources import source_for_file, source_id_for
from factcheck.extract.subjects import Nearby, Occurrences, SubjectIndex, subject_index
from factcheck.extract.text import Found, Sentences, SpanSet
from factcheck.model import Claim, ClaimStatus, DateInterval, Precision, SubjectKind
from factcheck.registry import Registry
from factcheck.yamlio import read_text

_CLAIM: TypeAdapter[Claim] = TypeAdapter(Claim)
MIN_SCORE = 0.25
CUE_WINDOW = 300  # at least one cue in the sentence before a subject is proposed


def extract_text(
    text: str,
    *,
    published: DateInterval | None = None,
    registry: Registry | None = None,
    source: str = "draft",
    published_at: dt.datetime | None = None,
) -> list[Candidate]:
    """Candidate claims in `text`, in order of position; never raises on odd text."""
    sentences = Sentences(text)
    mentions = find_names(text, registry.entities if registry else {})
    dates, date_spans = find_dates(text, published, sentences)
    taken = SpanSet(date_spans + [(m.start, m.end) for m in mentions])
    numbers = [n for n in find_numbers(text) if _number_is_free(n, taken)]
    quotes = find_quotes(text, sentences, mentions)
    subjects = subject_index(registry.subjects if registry else {})
    builder = _Builder(text, sentences, subjects, mentions, dates, numbers, quotes, source)
    builder.when = _report_time(published, published_at)
    builder.year = (
        published.start.year if published is not None and published.start.year == published.end.year else None
    )
    candidates = [builder.build(item) for item in sorted([*mentions, *dates, *numbers, *quotes], key=_order)]
    return [c for c in candidates if c is not None]


def _order(item: Found) -> tuple[int, int, str]:
    return item.start, item.end, item.kind


def _number_is_free(number: Found, taken: SpanSet) -> bool:
    """A number inside a date ('June 30') or a name ('Rossiya 1', 'G20') is not a count."""
    core_start, core_end = number.extras.get("core", (number.start, number.end))
    return taken.free(core_start, core_end)


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
        self.named: dict[int, list[str]] = {}
        self.occurrences: dict[int, Occurrences] = {}
        self.starts: dict[int, list[int]] = {}  # id of a per-sentence list -> its claims' starts
        self.when: dt.datetime | dt.date | None = None  # the report's time: what a running figure is as of
        self.year: int | None = None  # the report's year: a figure dated to another year gets its own frame

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
        else:
            extra = {
                "spelling": item.extras.get("spelling"),
                "matched_name": item.extras.get("matched_name"),
                "similarity": item.extras.get("similarity"),
            }
        try:
            claim = _CLAIM.validate_python(data)
        except ValidationError:
            return None  # odd text the families could not read as a claim: leave it out
        return Candidate(claim=claim, sentence=sentence, entities=self._entities(sentence), **extra)

    def _framed(self, item: Found, data: dict[str, Any], sentence: tuple[int, int]) -> str | None:
        """Give a quantity with no registry subject its automatic frame; return why (or None)."""
        if data.get("unit") == "" or data.get("unit") is None:
            data["unit"] = "people"  # "45 were injured": the verb counts people
        frame = frame_for_quantity(
            self.text, (item.start, item.end), str(data["unit"]), sentence, self.year, item.extras.get("noun")
        )
        if frame is None or data.get("vague") in SMALL_VAGUE:
            return None  # "a few toppled buildings" names no figure another report could give
        data["subject"] = frame.id
        why = frame.why
        if frame.running and self.when is not None:
            earlier = EARLIER.search(self.text, *sentence) is not None
            # "initially put the toll at 150": an earlier figure of unknown time, known to the day
            when = self.when.date() if earlier and isinstance(self.when, dt.datetime) else self.when
            data["as_of"] = when
            why += f"; running figure as of {when.isoformat()}" + (" or earlier" if earlier else "")
        if REVISED.search(self.text, *sentence):
            data["revised"] = True
            why += "; called a revision"
        return why

    def _id(self, item: Found) -> str:
        base = f"{self.source}.x-{item.kind}-{item.start}"
        claim_id, n = base, 1
        while claim_id in self.ids:
            n += 1
            claim_id = f"{base}-{n}"
        self.ids.add(claim_id)
        return claim_id

    def _best(self, matches: list[SubjectMatch], placeholder: str) -> str:
        return matches[0].id if matches and matches[0].score >= MIN_SCORE else PLACEHOLDERS[placeholder]

    def _by_sentence(self, items: list[Found]) -> dict[int, list[Found]]:
        grouped: dict[int, list[Found]] = {}
        for item in sorted(items, key=_order):
            grouped.setdefault(self.sentences.index(item.start), []).append(item)
        return grouped

    def _score(
        self,
        kind: SubjectKind,
        item: Found,
        rivals: dict[int, list[Found]],
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
        if id(here) not in self.starts:
            self.starts[id(here)] = [r.start for r in here]
        starts = self.starts[id(here)]
        lo = bisect.bisect_left(starts, window[0] - CUE_WINDOW)
        spans = [(r.start, r.end) for r in here[lo : bisect.bisect_right(starts, window[1])] if r is not item]
        near = Nearby(self.occurrences[index], (item.start, item.end), window, spans)
        return self.subjects.score(kind, item.focus if focus is None else focus, near, unit)

    def _quantity(self, item: Found, data: dict[str, Any]) -> dict[str, Any]:
        matches = self._score(SubjectKind.QUANTITY, item, self.numbers, unit=str(data.get("unit") or ""))
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
        return {"subjects": matches, "events": events, "noun": item.extras.get("noun"), "frame_why": why}

    def _date(self, item: Found, data: dict[str, Any]) -> dict[str, Any]:
        matches = self._score(SubjectKind.EVENT, item, self.dates, focus="")
        data["event"] = self._best(matches, "event")
        why = None
        if data["event"] == PLACEHOLDERS["event"]:
            frame = frame_for_date(self.text, (item.start, item.end), self.sentences.span_at(item.start))
            if frame is not None:
                year = item.fields["start"].year if isinstance(item.fields.get("start"), dt.date) else None
                # a date in another year than the report's is another event ("the 1970 quake")
                suffix = (
                    f".y{year}" if year is not None and self.year is not None and year != self.year else ""
                )
                data["event"], why = frame.id + suffix, frame.why
        return {"subjects": matches, "frame_why": why}

    def _quote(self, item: Found, data: dict[str, Any]) -> dict[str, Any]:
        matches = self._score(SubjectKind.STATEMENT, item, self.quotes)
        data["describes"] = self._best(matches, "statement")
        events = self._score(SubjectKind.EVENT, item, self.quotes)
        if events and events[0].score >= MIN_SCORE:
            data["event"] = events[0].id
        attributed = self._date_near(item)
        if attributed is not None:
            data["attributed_date"] = attributed
        return {"subjects": matches, "events": events, "thing": item.extras.get("thing")}

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


# words that call a figure a correction: a lower later figure is then no conflict
REVISED = re.compile(r"\b(?:revised|corrected|lowered|downgraded|revision)\b", re.IGNORECASE)


EARLIER = re.compile(r"\b(?:initially|at first|earlier|previously|had put|first reported)\b", re.IGNORECASE)
SMALL_VAGUE = frozenset({"a few", "several", "a couple", "few", "some"})


def _report_time(
    published: DateInterval | None, published_at: dt.datetime | None
) -> dt.datetime | dt.date | None:
    """The time a report speaks of: its publication time, else its day when known to the day."""
    if published_at is not None:
        return published_at
    if published is not None and published.start == published.end:
        return published.start
    return None


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
    candidates = extract_text(
        text, published=published, registry=registry, source=source_id, published_at=published_at
    )
    return Extraction(
        file=str(path),
        source=source_id,
        registered=source is not None,
        published=published,
        candidates=candidates,
    )
