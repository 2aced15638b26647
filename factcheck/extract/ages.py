"""A person's age is framed by the person's name cluster, so reports that spell the name
differently ("eight-year-old Savita", "Savita Kumari, 12") meet on one frame."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from factcheck.extract.candidates import PLACEHOLDERS, Candidate
from factcheck.extract.frames import SAID_ALONE, default_table
from factcheck.extract.text import Sentences
from factcheck.lazyre import lazy
from factcheck.model import MentionClaim, QuantityClaim
from factcheck.model.ids import Family, auto_frame, frame_slug, in_family
from factcheck.model.names import name_slug

AGE = "age."


def ages_by_name_cluster(candidates: list[Candidate]) -> list[Candidate]:
    """Each age framed by a name (age of `savita`) takes the slug of the name cluster the text's
    mention of that name belongs to (age of `savita-kumari`), so other spellings meet it."""
    clusters: dict[str, str] = {}
    for cand in candidates:
        claim = cand.claim
        if isinstance(claim, MentionClaim) and in_family(claim.entity, Family.NAME):
            clusters.setdefault(name_slug(claim.text), frame_slug(claim.entity, Family.NAME))
    out = []
    for cand in candidates:
        claim = cand.claim
        if isinstance(claim, QuantityClaim) and in_family(claim.subject, Family.MEASURE):
            slug = frame_slug(claim.subject, Family.MEASURE)
            person = slug.removeprefix(AGE)
            cluster = clusters.get(person) if slug.startswith(AGE) else None
            if cluster is not None and cluster != person:
                frame = auto_frame(Family.MEASURE, AGE + cluster)
                why = f"{cand.frame_why}; '{person}' is the name cluster {cluster}"
                cand = cand.model_copy(
                    update={"claim": claim.model_copy(update={"subject": frame}), "frame_why": why}
                )
        out.append(cand)
    return out


def said_ages_confirmed(candidates: list[Candidate], corpus: Mapping[str, str]) -> list[Candidate]:
    """Candidates with the ages said of a one-word name with "is" ("Ford is 99 years old")
    unframed where no source sets an age off after that name ("Ford, 68,", "Guzman, 56, escaped"): a lone
    capitalised word before "is" may be a firm, a place or a team, and only a name the coverage
    gives an apposed age is known to be a person's."""
    out = []
    for cand in candidates:
        claim = cand.claim
        if (
            isinstance(claim, QuantityClaim)
            and SAID_ALONE in (cand.frame_why or "")
            and in_family(claim.subject, Family.MEASURE)
        ):
            name = frame_slug(claim.subject, Family.MEASURE).removeprefix(AGE)
            if not any(_apposed_age(name, text) for text in corpus.values()):
                # kept as a figure of no frame, as before the form was read (`check` still sees it)
                unframed = claim.model_copy(update={"subject": PLACEHOLDERS["quantity"], "as_of": None})
                cand = cand.model_copy(update={"claim": unframed, "frame_why": None})
        out.append(cand)
    return out


def _apposed_age(name: str, text: str) -> bool:
    """Whether `text` sets an age of 1 to 120 off by commas after the name standing alone
    ("Guzman, 56,"): after a full name ("Tom Reed, 45,") it is that person's, and another of the
    surname ("Anna Reed is 41 years old") may be meant by the lone word."""
    pattern = (
        r"(?<![\w'’-])" + re.escape(name) + r",\s(\d{1,3})(?=,|\s(?:said|says|told|who|was|is|of|has|had)\b)"
    )
    return any(
        1 <= int(m.group(1)) <= 120
        and _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None
        for m in re.finditer(pattern, text, re.IGNORECASE)
    )


# a capitalised word right before a name: the name is the last word of a longer one ("Tom Reed")
_CAPITALISED_BEFORE = lazy(r"\b[A-Z][\w'’-]*[^\S\n]+\Z")


# "the 29-year-old", "The 28-year-old Russian": an age written after "the", as a noun or before
# a description, tells of someone the text has already named
_THE_BEFORE = lazy(r"\b[Tt]he\s+\Z")
# what follows the age: "-year-old" and the words up to the next punctuation mark
_AGED_WORDS = lazy(r"\s?-?\s?years?\s?-?\s?old\b(?P<words>[^.,;:!?()\"“”\n]{0,60})")
_LOOK_BACK = 3  # sentences an age may look back through for the person it is of (its own first)


def definite_ages_of_named(
    candidates: list[Candidate],
    text: str,
    sentences: Sentences,
    people: frozenset[str],
    report_day: dt.date | None = None,
) -> list[Candidate]:
    """Each age written after "the" that no name frames ("The 28-year-old Russian revealed",
    "the 29-year-old's suspension") takes the frame of the person the text last named: the one
    person (a name in `people`, entity ids) named in the nearest sentence, its own or up to two
    before, that names anyone; else, when those sentences name no one (nor a name of two words
    or more no text gives a person's cue), the one person the text names before it. Reports call
    the person their story is about "the 29-year-old", so another report's "Maria Sharapova,
    28" meets it.

    Left alone: an age of 120 or more, one before a thing's noun ("the 40-year-old building":
    frames.yaml `aged_things`), one whose nearest named sentence names two people ("A dispute
    between Williams and Carlos Ramos, who gave the 36-year-old ..."), or a person named after it
    in its own sentence, and every age that disagrees with another age the same text gives that
    person: a text gives one person one age, so such a reading is the wrong person's. As any
    framed age, it holds as of `report_day` (FC102's close ages)."""
    mentioned: list[tuple[int, str]] = []  # (where, entity) of each person's mention
    strangers: list[int] = []  # where each name of two words or more that is no known person is
    # an age framed by a person's name keeps it ("the 22-year-old Bolt"); one framed by another
    # name is a description ("the 29-year-old five-time Grand Slam champion")
    named_slugs: set[str] = set()
    for cand in candidates:
        claim = cand.claim
        if not isinstance(claim, MentionClaim) or claim.span is None:
            continue
        if claim.entity in people:
            mentioned.append((claim.span[0], claim.entity))
            named_slugs.add(name_slug(claim.text))
            if in_family(claim.entity, Family.NAME):
                named_slugs.add(frame_slug(claim.entity, Family.NAME))
        elif len(claim.text.split()) > 1:
            strangers.append(claim.span[0])  # no text gives it a person's cue: maybe one all the same
    if not mentioned:
        return candidates
    read: dict[int, tuple[str, str]] = {}  # candidate index -> (frame, the person's slug)
    for index, cand in enumerate(candidates):
        person = _definite_age_person(cand, text, sentences, mentioned, strangers, named_slugs)
        if person is not None:
            slug = _entity_slug(person)
            read[index] = (auto_frame(Family.MEASURE, AGE + slug), slug)
    if not read:
        return candidates
    # ages the text gives each frame, read here or framed by a name
    given: dict[str, set[float]] = {}
    for index, cand in enumerate(candidates):
        claim = cand.claim
        frame = read[index][0] if index in read else getattr(claim, "subject", None)
        if (
            isinstance(claim, QuantityClaim)
            and claim.value is not None
            and frame
            and frame.startswith(auto_frame(Family.MEASURE, AGE))
        ):
            given.setdefault(frame, set()).add(float(claim.value))
    out = list(candidates)
    for index, (frame, slug) in read.items():
        if len(given[frame]) > 1:
            continue  # two ages for one person in one text: one reading is someone else's
        cand = out[index]
        assert isinstance(cand.claim, QuantityClaim)
        why = f"years-old; 'the N-year-old': the age of {slug}, the person the text last named"
        update: dict[str, object] = {"subject": frame}
        if cand.claim.as_of is None and report_day is not None:
            update["as_of"] = report_day
            why += f"; an age as of {report_day.isoformat()} (report day)"
        out[index] = cand.model_copy(update={"claim": cand.claim.model_copy(update=update), "frame_why": why})
    return out


def _entity_slug(entity: str) -> str:
    return (
        frame_slug(entity, Family.NAME)
        if in_family(entity, Family.NAME)
        else name_slug(entity.split(".")[-1])
    )


def _definite_age_person(
    cand: Candidate,
    text: str,
    sentences: Sentences,
    mentioned: list[tuple[int, str]],
    strangers: list[int],
    named_slugs: set[str],
) -> str | None:
    """The entity id of the person an age written "the N-year-old" is of, if one is read."""
    claim = cand.claim
    if not isinstance(claim, QuantityClaim) or claim.unit != "years-old" or claim.span is None:
        return None
    if claim.value is None or not 1 <= claim.value < 120:
        return None
    subject = claim.subject
    if subject != PLACEHOLDERS["quantity"]:
        if not in_family(subject, Family.MEASURE):
            return None
        slug = frame_slug(subject, Family.MEASURE)
        person = slug.removeprefix(AGE).split(".")[0]  # a year suffix (".y2018") left out
        if not slug.startswith(AGE) or person in named_slugs or _set_role(person):
            return None  # framed by a name, a role the story has one of, or a baby
    start, end = claim.span
    if _THE_BEFORE.search(text, max(0, start - 8), start) is None:
        return None
    after = _AGED_WORDS.match(text, end)
    if after is not None and _thing_after(after.group("words")):
        return None
    lo, hi = sentences.span_at(start)
    if any(start < at < hi for at, _ in mentioned):
        return None  # "the 18-year-old, Salvador Ramos, ...": a name after it may be whose
    index, looked = sentences.index(start), 0
    while index >= 0 and looked < _LOOK_BACK:
        lo, hi = sentences.span_at(sentences.starts[index])
        if lo < hi:  # the blank between two paragraphs is no sentence
            people = {entity for at, entity in mentioned if lo <= at < min(hi, start)}
            if people:
                return people.pop() if len(people) == 1 else None
            looked += 1
        index -= 1
    if any(lo <= at < start for at in strangers):
        return None  # "set by Mizuki Noguchi of Japan. The 35-year-old Kenyan": maybe that name's
    # further back: the one person the text has named before it, if only one
    before = {entity for at, entity in mentioned if at < start}
    return before.pop() if len(before) == 1 else None


def _set_role(slug: str) -> bool:
    """A role the story has one of ("driver") or a baby ("infant-boy"): frames.yaml `unique_people`,
    `infants`."""
    return slug in default_table().unique_people or slug.startswith("infant-")


def _thing_after(words: str) -> bool:
    """Whether the words after an age name a thing ("building", "40-year-old Gothic monument")."""
    thing = default_table().aged_things
    return thing is not None and thing.search(" " + words.lower()) is not None
