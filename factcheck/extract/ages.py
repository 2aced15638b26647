"""A person's age is framed by the person's name cluster, so reports that spell the name
differently ("eight-year-old Savita", "Savita Kumari, 12") meet on one frame."""

from __future__ import annotations

from factcheck.extract.candidates import Candidate
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
