"""Wording findings between two excerpts of different parts of one statement.

Reports often quote a few words each from one long sentence ("the alarming levels of inaction",
"alarming levels of spread and severity"), and FC301 compares them pairwise, as it must: it sees
two quotations, not the statement. Where a third quotation of the same statement holds one of
the two word for word, it shows where that excerpt stands in the statement; when the other
excerpt's best-matching stretch of it lies elsewhere, the two quote different parts of the
statement, and a wording finding between them compares words the speaker said in two places.
The finding goes; each excerpt is still compared with the quotations that cover its own part
(a dropped word there stays a finding). `check` keeps every finding: a summary's quotation is
judged pair by pair against its sources (pipeline/documents.py, quoted_verbatim).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz.distance import Indel

from factcheck.extract.text import quote_words
from factcheck.model import Finding, QuoteClaim, Tier
from factcheck.registry import Registry

WORDING_RULE = "quote.wording"
MIN_EXCERPT = 3  # words an excerpt must have before its place in a longer quotation says anything
MIN_PLACED = 0.6  # similarity from which an excerpt's best stretch of a quotation is its place


def apart_in_statement(findings: list[Finding], registry: Registry) -> list[Finding]:
    """The findings less the wording findings between excerpts of different parts of one
    statement (see the module's docstring)."""
    statements: dict[str, list[QuoteClaim]] | None = None
    kept = []
    for finding in findings:
        pair = _quote_pair(finding, registry)
        if pair is not None:
            if statements is None:
                statements = _statements(registry.claims)
            others = [
                c for c in statements.get(pair[0].describes, []) if c.id not in (pair[0].id, pair[1].id)
            ]
            if _parts_apart(pair[0], pair[1], others):
                continue
        kept.append(finding)
    return kept


def _quote_pair(finding: Finding, registry: Registry) -> tuple[QuoteClaim, QuoteClaim] | None:
    """The two quotations of a two-sided wording finding between sources, else None."""
    if finding.rule_name != WORDING_RULE or len(finding.sides) != 2:
        return None
    if any(side.tier is Tier.DRAFT for side in finding.sides):
        return None
    try:
        a, b = (registry.claim(side.claim_id) for side in finding.sides)
    except KeyError:
        return None
    if not isinstance(a, QuoteClaim) or not isinstance(b, QuoteClaim) or a.describes != b.describes:
        return None
    return a, b


def _statements(claims: Iterable[object]) -> dict[str, list[QuoteClaim]]:
    """The quotations of the registry by the statement they describe."""
    by_statement: dict[str, list[QuoteClaim]] = defaultdict(list)
    for claim in claims:
        if isinstance(claim, QuoteClaim):
            by_statement[claim.describes].append(claim)
    return by_statement


def _parts_apart(a: QuoteClaim, b: QuoteClaim, others: list[QuoteClaim]) -> bool:
    """Whether a third quotation holds one of the two word for word, and the other's best
    stretch of it lies elsewhere."""
    wa, wb = quote_words(a.words), quote_words(b.words)
    for other in others:
        wc = quote_words(other.words)
        for placed, loose in ((wb, wa), (wa, wb)):
            at = _verbatim_at(placed, wc)
            if at is None or len(loose) >= len(wc):
                continue
            where = _best_stretch(loose, wc)
            if where is not None and (where[1] <= at[0] or at[1] <= where[0]):
                return True
    return False


def _verbatim_at(words: list[str], longer: list[str]) -> tuple[int, int] | None:
    """Where `words` stand word for word in `longer` (first place), when long enough to tell."""
    n = len(words)
    if n < MIN_EXCERPT or n >= len(longer):
        return None
    return next(((i, i + n) for i in range(len(longer) - n + 1) if longer[i : i + n] == words), None)


def _best_stretch(words: list[str], longer: list[str]) -> tuple[int, int] | None:
    """The stretch of `longer` as long as `words` that is most like them, when like enough (the
    first of equals)."""
    n = len(words)
    best, where = 0.0, None
    for i in range(len(longer) - n + 1):
        score = Indel.normalized_similarity(words, longer[i : i + n])
        if score > best:
            best, where = score, (i, i + n)
    return where if best >= MIN_PLACED else None
