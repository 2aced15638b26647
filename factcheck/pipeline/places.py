"""A document's place statement that a source states in its own words is supported: "hospitals
in central London" in a summary is no fault where a source says so, whichever other part
another source names (a text naming two parts of one place contributes no claim of its own)."""

from __future__ import annotations

from factcheck.lazyre import lazy
from factcheck.link.texttables import index_texts
from factcheck.model import Finding, RelationClaim
from factcheck.model.ids import Family, in_family
from factcheck.registry import Registry

_SPACE = lazy(r"\s+")


def stated_places(findings: list[Finding], registry: Registry, drafts: frozenset[str]) -> list[Finding]:
    """Findings less those on a document's place relation (a journey's origin, a part of a
    place) whose words a source text holds ("took off from Kathmandu", "central London")."""
    texts: list[str] | None = None  # read only when a finding asks
    kept = []
    for finding in findings:
        draft = next((s for s in finding.sides if s.source in drafts), None)
        claim = registry.claim(draft.claim_id) if draft is not None else None
        if isinstance(claim, RelationClaim) and in_family(claim.relation, Family.PLACE) and claim.text:
            if texts is None:
                texts = [_plain(t) for s, t in index_texts(registry).items() if s not in drafts]
            words = _plain(claim.text)
            if any(words in text for text in texts):
                continue
        kept.append(finding)
    return kept


def _plain(text: str) -> str:
    """Text lower-cased with its runs of whitespace as one space."""
    return _SPACE.sub(" ", text).lower()
