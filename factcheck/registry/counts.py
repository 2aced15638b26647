"""Counts printed with no cue, met across outlets by the noun they count.

Extraction frames a count from the words around it: a verb ("were injured"), a role noun
("passengers"), a thing ("helicopters"). A count with none of these ("accompanied by 15
teachers", "involving 12,900 workers", "16 legs") keeps a stand-in subject (`unknown.quantity`)
and joins nothing, so "15 teachers" in one report and "14 teachers" in another were never
compared. Here, once every source's claims are loaded, a stand-in count of a
plural noun takes a frame from that noun:

- the frame other outlets' framed counts of the same noun carry ("12,700 workers were walking
  off the job" is auto.count.strikers, so "12,900 workers" is too), when they carry one whole
  count's frame (a bare figure is never a part: "two million protesters" is not the
  "black-clad protesters" one report counted);
- when no framed count has the noun, a frame of its own (`auto.count.<noun>`), shared by the
  stand-ins of at least two sources.

A noun that counts several things in a story must not join them, so a stand-in stays apart when:
- its noun measures an amount or names nothing ("45 miles", "$3 million", "26 others", "208
  times": data/measure_nouns.txt), or is no plural;
- its own words count another group ("at least 14 other terrorists", "another 15 workers":
  data/set_apart.txt);
- its own source gives the noun two different stand-in figures ("14 of the 129 girls"), or a
  figure other than the one its source gives in the frame it would join;
- it is not a whole number of at least MIN_FIGURE: "1.8 children" is a rate, and "three balls",
  "four games", "two Britons" are each one of the many small counts a story gives of its noun;
- it is not within a factor of NEAR of what the other sources say (the median of their figures,
  each source's own median): in the frame it joins, when framed counts have it ("the school's 500
  children" is not "20 children were killed", however the nouns agree; "about 3,600 workers" at
  one plant is not the strike's 12,700 because one report gave 1,300), else among the other
  stand-ins.

Candidates only: a curated claim keeps its subject, and a stand-in never joins a curated subject.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from statistics import median

from factcheck.lazyre import lazy
from factcheck.model import Claim, ClaimStatus, QuantityClaim
from factcheck.model.ids import Family, auto_frame, in_family, is_part_frame, is_stand_in
from factcheck.wordlists import demonyms, is_plural, word_list

NEAR = 2.0  # figures within this factor of each other may count one thing; further apart, two
MIN_FIGURE = 10  # a smaller figure is one of the many small counts a story gives of its noun
_WORD = lazy(r"[^\W\d_]+")
MEASURE_LIST = "measure_nouns"  # nouns that measure or name nothing (read when first used)
SET_APART_LIST = "set_apart"  # "other", "more", "another": a count of another group


def joined_counts(
    claims: Sequence[Claim], report_times: Mapping[str, dt.date | dt.datetime | None]
) -> list[Claim]:
    """`claims` with each stand-in count that counts what another source's counts of its noun
    count given their frame (see the module's docstring). `report_times`: each source's report
    time (Source.report_time), what a count joining a running frame is as of."""
    loose: dict[str, list[QuantityClaim]] = defaultdict(list)  # noun -> stand-in counts of it
    frames_of: dict[str, set[str]] = defaultdict(set)  # noun -> the frames its framed counts carry
    # frame -> source -> the figures its framed counts give
    held: dict[str, dict[str, set[float]]] = defaultdict(lambda: defaultdict(set))
    running: dict[str, set[bool]] = defaultdict(set)  # frame -> whether its counts run
    narrowed: dict[str, set[tuple[str, ...]]] = defaultdict(set)  # frame -> its counts' qualifiers
    for claim in claims:
        if not isinstance(claim, QuantityClaim) or claim.value is None:
            continue
        noun = _counted_noun(claim)
        if is_stand_in(claim.subject):
            if (
                noun is not None
                and claim.status is ClaimStatus.CANDIDATE
                and _whole_count(claim.value)
                and not _set_apart(claim)
            ):
                loose[noun].append(claim)
        elif in_family(claim.subject, Family.COUNT):
            held[claim.subject][claim.source].add(claim.value)
            running[claim.subject].add(claim.running)
            narrowed[claim.subject].add(tuple(claim.qualifiers))
            if noun is not None:
                frames_of[noun].add(claim.subject)
    updates: dict[str, dict[str, object]] = {}
    for noun, stand_ins in loose.items():
        frame = _frame_of_noun(frames_of.get(noun, set()), noun)
        if frame is None:
            continue  # the noun counts several things: which one a bare figure counts is unknown
        joining = _one_figure_each(stand_ins, held.get(frame, {}))
        # what a stand-in must be near: the frame's own figures, else the other stand-ins'
        figures = held.get(frame) or {c.source: {c.value or 0.0} for c in joining}
        # as the frame's own counts: running when any of them runs (a gap is then an update, as
        # between them; as of its report's time, as extraction dates a running figure), and
        # narrowed by the same words (a kind of people the whole count names, "12 firefighters":
        # a bare figure without them would be a broader count that may exceed it freely)
        update: dict[str, object] = {
            "subject": frame,
            "running": any(running.get(frame, ())),
            "noun_frame": True,
        }
        if len(qualifiers := narrowed.get(frame, set())) == 1:
            update["qualifiers"] = list(next(iter(qualifiers)))
        for claim in joining:
            others = [median(values) for source, values in figures.items() if source != claim.source]
            if others and _near(claim.value or 0.0, median(others)):
                updates[claim.id] = (
                    {**update, "as_of": report_times.get(claim.source)} if update["running"] else update
                )
    if not updates:
        return list(claims)
    return [c.model_copy(update=updates[c.id]) if c.id in updates else c for c in claims]


def _frame_of_noun(frames: set[str], noun: str) -> str | None:
    """The frame a stand-in count of `noun` joins, given the frames framed counts of it carry:
    the one whole count among them; a frame of its own when there is none at all; None when the
    noun counts several things, or only parts (a bare figure counts a whole: "two million
    protesters" is not the "black-clad protesters" one report counted)."""
    if not frames:
        return auto_frame(Family.COUNT, noun)
    wholes = {frame for frame in frames if not is_part_frame(frame)}
    return next(iter(wholes)) if len(wholes) == 1 else None


def _counted_noun(claim: QuantityClaim) -> str | None:
    """The plural noun a figure counts, lower case ("workers", "cutters"); None for a unit of
    measure, a scale word, a noun that names nothing, anything but one plural word, or a name
    ("180,000 Thomas Cook holidaymakers": a capitalised word other than a people's, "Australians")."""
    noun = claim.unit.lower()
    if not noun.isalpha() or not is_plural(noun) or noun in word_list(MEASURE_LIST):
        return None
    written = _WORD.findall(claim.text)
    if any(w.lower() == noun and w[0].isupper() and w not in demonyms() for w in written):
        return None
    return noun


def _one_figure_each(stand_ins: list[QuantityClaim], framed: dict[str, set[float]]) -> list[QuantityClaim]:
    """The stand-ins whose source gives their noun one figure: the same in every stand-in of it,
    and, where the source has counts in the frame, one of theirs."""
    figures: dict[str, set[float]] = defaultdict(set)
    for claim in stand_ins:
        figures[claim.source].add(claim.value or 0.0)
    return [
        claim
        for claim in stand_ins
        if len(figures[claim.source]) == 1
        and (claim.source not in framed or claim.value in framed[claim.source])
    ]


def _set_apart(claim: QuantityClaim) -> bool:
    """Whether the figure's own words count another group than its noun's in the story: "at
    least 14 other terrorists", "another 15 workers" (data/set_apart.txt)."""
    return any(w.lower() in word_list(SET_APART_LIST) for w in _WORD.findall(claim.text))


def _whole_count(value: float) -> bool:
    """Whether a figure can be a story's count of a noun: a whole number of MIN_FIGURE or more
    ("1.8 children" is a rate; "three balls", "four games", "two Britons" are each one of many
    small counts a story gives of its noun)."""
    return float(value).is_integer() and value >= MIN_FIGURE


def _near(one: float, other: float) -> bool:
    """Whether two figures are within a factor of NEAR of each other (zero only near zero)."""
    low, high = sorted((one, other))
    return high == low or (low > 0 and high / low <= NEAR)
