"""A person's age is framed by the person's name cluster, so reports that spell the name
differently ("eight-year-old Savita", "Savita Kumari, 12") meet on one frame."""

from __future__ import annotations

import re
from collections.abc import Mapping

from factcheck.extract.candidates import PLACEHOLDERS, Candidate
from factcheck.extract.frames import SAID_ALONE
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
