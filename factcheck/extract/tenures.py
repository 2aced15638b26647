"""Tenure frames: durations and since-dates about one holder in one role.

"President Velk, who has ruled Ruritania for 30 years" and "Velk has been in power since 1994"
tell of one span: Velk's time in power. Both get the frame `auto.event.tenure.<holder>.<role>`
(the start of that tenure): the since-date as the date of that start, the ongoing duration as
counting from it to the report's date (`ends_on`). So FC204 compares a summary's "for 20 years"
with a source's "since 1994". The holder is the nearest name before the cue in the sentence (a
title dropped, its last word kept: "President Anton Velk" -> velk); with no name there ("He has
ruled since 1994") nothing is framed, so a different holder or role never meets. The cue words
live in data/tenures.yaml.
"""

from __future__ import annotations

import calendar
import functools
import re
from importlib import resources
from pathlib import Path
from typing import Any

import msgspec

from factcheck.errors import FactcheckError
from factcheck.extract.frames import Frame
from factcheck.lazyre import lazy
from factcheck.model.ids import Family, auto_frame
from factcheck.model.names import name_slug
from factcheck.wordlists import DATA_PACKAGE, word_list
from factcheck.yamlio import parse_data_file

_WORD = r"[A-Za-z][\w'’-]*"
# up to four words of a role's object, no punctuation between ("the Liberal Party")
_OBJECT = rf"(?P<object>(?:\s+{_WORD}){{0,4}}?)"
# "has ruled", "have long led", "who has been": the perfect that makes a span run to the report
_PERFECT = r"\b(?:has|have)\s+(?:(?:long|now|already|since|also|effectively)\s+)?"
_NAME_RUN = lazy(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
# both readings of a since-date need the word: tested before the table is read (most dates have none)
_SINCE = re.compile(r"since", re.IGNORECASE)
# words between a name and the cue that show the cue has another subject ("Ruritania, the
# party, which has governed"): then the holder is not named
_OTHER_SUBJECT = frozenset({"the", "a", "an", "which", "that", "its", "their", "whose"})
# month and weekday names start a capitalised run but never name a holder ("May 2")
_CALENDAR = frozenset(w.lower() for w in [*calendar.month_name[1:], *calendar.day_name])


class TenureTable(msgspec.Struct, frozen=True, dict=True):
    """The cues of data/tenures.yaml, compiled."""

    cues: dict[str, tuple[str, bool]]  # cue words -> (role, whether its object is part of the role)
    offices: tuple[str, ...]  # offices that make "has been <office>" a tenure
    starts: dict[str, str]  # "taking office" -> role

    @functools.cached_property
    def cue_pattern(self) -> str:
        """The cues as one alternation, longest first so "been in power" beats "been"."""
        words = sorted(self.cues, key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)

    @functools.cached_property
    def duration_before(self) -> re.Pattern[str]:
        """What stands right before an ongoing tenure's duration: "has ruled Ruritania "."""
        return re.compile(rf"{_PERFECT}(?P<cue>{self.cue_pattern})\b{_OBJECT}\s*,?\s*\Z", re.IGNORECASE)

    @functools.cached_property
    def duration_after(self) -> re.Pattern[str]:
        """What follows a duration spent in a role: "30 years in power"."""
        return re.compile(r"\A\s+(?P<cue>in\s+power|in\s+office)\b", re.IGNORECASE)

    @functools.cached_property
    def since_before(self) -> re.Pattern[str]:
        """What stands right before a since-date's own words: "in power " ("since 1994")."""
        return re.compile(
            rf"\b(?P<cue>{self.cue_pattern})\b{_OBJECT}\s+(?:ever\s+)?(?:since\s+)?\Z", re.IGNORECASE
        )

    @functools.cached_property
    def start_before(self) -> re.Pattern[str]:
        """What stands before a tenure's first date: "since taking office " ("in 2012" may be the
        date's own words)."""
        starts = "|".join(
            r"\s+".join(map(re.escape, w.split())) for w in sorted(self.starts, key=len, reverse=True)
        )
        return re.compile(
            rf"\bsince\s+(?:(?:he|she|they|it|{_WORD})\s+)?(?P<start>{starts})\s+(?:in\s+(?:a\s+|an\s+)?)?\Z",
            re.IGNORECASE,
        )


def build_tenures(data: Any, path: Path | str) -> TenureTable:
    """The table from tenures.yaml data; a malformed entry is a FactcheckError naming the file."""
    if not isinstance(data, dict) or not isinstance(data.get("roles"), dict):
        raise FactcheckError(
            "expected a mapping with 'roles'", path=path, hint="see the comments in tenures.yaml"
        )
    cues: dict[str, tuple[str, bool]] = {}
    for role, entry in data["roles"].items():
        if not isinstance(entry, dict) or not isinstance(entry.get("cues"), list):
            raise FactcheckError(f"role '{role}' needs a list 'cues'", path=path)
        for cue in entry["cues"]:
            cues[str(cue).lower()] = (str(role), bool(entry.get("object", False)))
    offices = tuple(str(o).lower() for o in data.get("offices") or [])
    starts = {str(k).lower(): str(v) for k, v in (data.get("starts") or {}).items()}
    return TenureTable(cues, offices, starts)


@functools.cache
def default_tenures() -> TenureTable:
    """The shipped table (data/tenures.yaml)."""
    text = resources.files(DATA_PACKAGE).joinpath("tenures.yaml").read_text(encoding="utf-8")
    return build_tenures(parse_data_file(text, "tenures.yaml") or {}, "tenures.yaml")


def tenure_of_duration(
    text: str, start: int, end: int, sentence: tuple[int, int], table: TenureTable | None = None
) -> Frame | None:
    """The tenure an ongoing duration measures ("who has ruled Ruritania for 30 years", "has
    spent 30 years in power"), or None. Only a perfect ("has ruled") runs to the report's date;
    "ruled for 37 years" ended some time before it, so it is not framed."""
    table = table or default_tenures()
    before = text[sentence[0] : start]
    found = table.duration_before.search(before)
    if found is not None:
        return _frame(text, sentence[0], found, table, "duration")
    after = table.duration_after.match(text, end, sentence[1])
    perfect = re.search(rf"{_PERFECT}(?:spent|been)\s+(?:{_WORD}\s+){{0,2}}\Z", before, re.IGNORECASE)
    if after is not None and perfect is not None:
        return _frame(text, sentence[0], after, table, "duration", holder_end=sentence[0] + perfect.start())
    return None


def tenure_of_date(
    text: str, start: int, sentence: tuple[int, int], table: TenureTable | None = None
) -> Frame | None:
    """The tenure a date starts ("in power since 1994", "since taking office in 2012"), or None."""
    before = text[sentence[0] : start]
    own_since = re.match(r"(?:ever\s+)?since\b", text[start : start + 12], re.IGNORECASE) is not None
    if not own_since and _SINCE.search(before) is None:
        return None  # both readings below need a "since": the table and its patterns are not needed
    table = table or default_tenures()
    found = table.since_before.search(before)
    if found is not None and (own_since or re.search(r"since\s+\Z", found.group(), re.IGNORECASE)):
        return _frame(text, sentence[0], found, table, "since-date")
    began = table.start_before.search(before)
    if began is not None:
        role = table.starts[" ".join(began.group("start").lower().split())]
        holder = _holder(text, sentence[0], sentence[0] + began.start(), (start, sentence[1]))
        if holder is None:
            return None
        return Frame(
            auto_frame(Family.EVENT, f"tenure.{holder}.{role}"),
            f"tenure start '{began.group().strip()}' of '{holder}' ({role})",
        )
    return None


def _frame(
    text: str,
    offset: int,
    found: re.Match[str],
    table: TenureTable,
    what: str,
    holder_end: int | None = None,
) -> Frame | None:
    """The frame of a matched cue: its holder and its role (with its object where that counts)."""
    cue = " ".join(found.group("cue").lower().split())
    role, with_object = table.cues.get(cue, ("power", False))
    words = [
        w
        for w in (found.groupdict().get("object") or "").lower().split()
        if w not in word_list("determiners")
    ]
    if cue == "been":  # "has been president": a tenure only when an office follows
        office = next((o for o in table.offices if " ".join(words[: len(o.split())]) == o), None)
        if office is None:
            return None
        words = office.split()
    elif cue == "served as" and not words:
        return None
    if with_object and words:
        role = f"{role}.{'-'.join(name_slug(w) for w in words)}"
    cue_start = offset + found.start("cue")
    holder = _holder(text, offset, holder_end if holder_end is not None else cue_start)
    if holder is None:
        return None
    return Frame(
        auto_frame(Family.EVENT, f"tenure.{holder}.{role}"), f"{what} of '{holder}' ({role}), cue '{cue}'"
    )


def _holder(text: str, start: int, end: int, after: tuple[int, int] | None = None) -> str | None:
    """The slug of the nearest name before `end` in the sentence (else the first in `after`):
    its last word, titles dropped ("President Anton Velk" -> velk); None when there is none."""
    runs = [(m, _name_word(text, m)) for m in _NAME_RUN.finditer(text, start, end)]
    named = [(m, word) for m, word in runs if word is not None]
    if named:
        run, word = named[-1]
        between = set(re.findall(r"[a-z]+", text[run.end() : end].lower()))
        # "In Ruritania, the party, which has governed": another subject stands between
        return None if between & _OTHER_SUBJECT else word
    if after is not None:
        later = [_name_word(text, m) for m in _NAME_RUN.finditer(text, *after)]
        return next((r for r in later if r is not None), None)
    return None


def _name_word(text: str, run: re.Match[str]) -> str | None:
    """The last word of a capitalised run that names someone, or None for a run of titles,
    months, weekdays or a capitalised stop word ("The", "He")."""
    titles = {t.lower() for t in word_list("titles")}
    stop = word_list("stopwords") | {"he", "she", "they", "it", "we", "i", "you"}
    words = [w.rstrip(".").removesuffix("'s").removesuffix("’s") for w in run.group().split()]
    kept = [
        w for w in words if w.lower() not in titles and w.lower() not in stop and w.lower() not in _CALENDAR
    ]
    if not kept or (run.start() > 0 and text[run.start() - 1] in "'’\"“"):
        return None
    return name_slug(kept[-1])
