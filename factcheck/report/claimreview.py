"""schema.org ClaimReview JSON-LD: one review per news claim that findings count against.

Pure: a registry and its report in, a list of JSON-LD objects out (no clock, no files). Which
claims are reviewed and how grades become ratings is documented in docs/claimreview.md; keep
the two in step (tests/test_claimreview.py compares them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from factcheck.model import Claim, Finding, Grade, Report, Source, Tier
from factcheck.registry import Registry

CONTEXT = "https://schema.org"


@dataclass(frozen=True)
class Rating:
    """A point on the review scale and the words readers see for it."""

    value: int
    name: str


WORST_RATING, BEST_RATING = 1, 5

# the worst finding a claim is charged with decides its rating (docs/claimreview.md)
RATINGS: dict[Grade, Rating] = {
    Grade.CRITICAL: Rating(1, "False"),
    Grade.MAJOR: Rating(2, "Mostly false"),
    Grade.MINOR: Rating(3, "Inaccurate detail"),
    Grade.INFO: Rating(4, "Accepted variant"),
}
# a claim no finding counts against; not exported yet (the engine reports conflicts only),
# but it is the top of the scale that the other ratings are read against
CORRECT = Rating(BEST_RATING, "Correct")


def charged_claims(finding: Finding) -> list[str]:
    """Ids of the claims a finding counts against: the side likely wrong, else every news side."""
    if finding.likely_wrong is not None:
        return [finding.likely_wrong]
    return [side.claim_id for side in finding.sides if side.tier is Tier.NEWS]


def reviewable(finding: Finding) -> bool:
    """Info-grade findings are accepted variants (a transliteration, a known alias): nobody
    publishes a review of a correct spelling, so they are not exported."""
    return finding.grade is not Grade.INFO


def findings_by_claim(registry: Registry, report: Report) -> dict[str, list[Finding]]:
    """News claims of the registry and the reviewable findings charged to them, in report order."""
    known = {claim.id: claim for claim in registry.claims}
    charged: dict[str, list[Finding]] = {}
    for finding in filter(reviewable, report.findings):
        for claim_id in charged_claims(finding):
            claim = known.get(claim_id)
            # findings about suppressions and entity sides name no registry claim
            if claim is not None and registry.sources[claim.source].tier is Tier.NEWS:
                charged.setdefault(claim_id, []).append(finding)
    return charged


def worst_grade(findings: list[Finding]) -> Grade:
    """The most severe grade among the findings."""
    return max((f.grade for f in findings), key=lambda grade: grade.rank)


def _organization(name: str) -> dict[str, Any]:
    """A schema.org Organization."""
    return {"@type": "Organization", "name": name}


def source_url(source: Source) -> str | None:
    """Where the source is published: its manifest `url`, else its citation's."""
    return source.url or (source.citation.url if source.citation is not None else None)


def _appearance(source: Source) -> dict[str, Any]:
    """Where the claim appeared: the news article, as much of it as the manifest knows."""
    article: dict[str, Any] = {"@type": "NewsArticle", "identifier": source.id}
    if source.title:
        article["headline"] = source.title
    if source_url(source):
        article["url"] = source_url(source)
    if source.author:
        article["author"] = {"@type": "Person", "name": source.author}
    if source.outlet:
        article["publisher"] = _organization(source.outlet)
    return article


def _item_reviewed(source: Source) -> dict[str, Any]:
    """The schema.org Claim: where it appeared, who made it (the outlet) and when."""
    # the claim as reviewed was taken from this one article: its first appearance as far as
    # the registry knows
    article = _appearance(source)
    item: dict[str, Any] = {"@type": "Claim", "appearance": [article], "firstAppearance": article}
    if source.outlet:
        item["author"] = _organization(source.outlet)
    if source.published is not None:
        item["datePublished"] = source.published.start.isoformat()
    return item


def _rating(grade: Grade) -> dict[str, Any]:
    """The schema.org Rating for a grade."""
    rating = RATINGS[grade]
    return {
        "@type": "Rating",
        "ratingValue": rating.value,
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": rating.name,
    }


def _finding_line(finding: Finding) -> str:
    """A finding for readers; says so when no source settles which side is wrong."""
    news_sides = sum(side.tier is Tier.NEWS for side in finding.sides)
    unresolved = finding.likely_wrong is None and news_sides > 1
    note = "; no source settles which side is wrong" if unresolved else ""
    return f"{finding.rule_id} ({finding.grade.value}{note}): {finding.message}"


def claim_review(
    claim: Claim, source: Source, findings: list[Finding], *, author: str, today: dt.date, url: str | None
) -> dict[str, Any]:
    """One ClaimReview of one claim."""
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "identifier": claim.id,
        "claimReviewed": claim.text,
        "itemReviewed": _item_reviewed(source),
        "reviewRating": _rating(worst_grade(findings)),
        "reviewBody": "\n".join(_finding_line(f) for f in findings),
        "author": _organization(author),
        "datePublished": today.isoformat(),
    }
    if url is not None:
        review["url"] = review_url(url, claim)
    return review


def review_url(page: str, claim: Claim) -> str:
    """The review's own address: the page that publishes the reviews, anchored at the claim."""
    return f"{page}#{quote(claim.id, safe='.:-_')}"


def claim_reviews(
    registry: Registry, report: Report, *, author: str, today: dt.date, url: str | None = None
) -> list[dict[str, Any]]:
    """ClaimReviews of every news claim a finding counts against: worst rating first, then registry order."""
    charged = findings_by_claim(registry, report)
    order = {claim.id: index for index, claim in enumerate(registry.claims)}
    claim_ids = sorted(charged, key=lambda cid: (-worst_grade(charged[cid]).rank, order[cid]))
    reviews = []
    for claim_id in claim_ids:
        claim = registry.claim(claim_id)
        source = registry.sources[claim.source]
        reviews.append(claim_review(claim, source, charged[claim_id], author=author, today=today, url=url))
    return reviews
