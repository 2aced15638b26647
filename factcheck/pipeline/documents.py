"""Documents and --source texts joined to a registry: extracted, linked, and added as sources.

A checked document becomes a draft-tier source whose claims are linked to the registry's subjects;
a --source text becomes a news-tier source whose claims keep the extractor's cue subjects, so the
texts given on the command line act as a registry made on the fly.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.extract import extract_text
from factcheck.extract.candidates import Candidate, Dropped
from factcheck.link import claim_id, isolate, link
from factcheck.link.document import Document, read_document
from factcheck.model import Claim, DateInterval, Finding, Source, Tier, claim_keys
from factcheck.model.ids import draft_source, is_stand_in, listed_source
from factcheck.model.names import derived_entities
from factcheck.registry import Registry, SourceText

Warn = Callable[[str], None]  # where to say something the user should know (the CLI: stderr)


def empty_registry(root: Path) -> Registry:
    """A registry with nothing in it, for checking against --source files alone."""
    return Registry(root, {}, {}, {}, {}, [], {})


def extendable(registry: Registry) -> Registry:
    """A copy whose sources, texts, claims and links can grow without touching the original."""
    return dataclasses.replace(
        registry,
        sources=dict(registry.sources),
        texts=dict(registry.texts),
        claims=list(registry.claims),
        subjects=dict(registry.subjects),
        links=dict(registry.links),
    )


def add_sources(
    registry: Registry, files: Sequence[Path], published: DateInterval | None, warn: Warn | None = None
) -> Registry:
    """The registry plus claims extracted from source files (`--source`): a registry on the fly.
    Names are clustered over all the files at once, so each spelling gets the same frame in every
    file, and each cluster becomes an entity (its dominant spelling canonical)."""
    registry = extendable(registry)
    docs = {}
    for path in files:
        doc = read_document(path, published)
        source_id = listed_source(doc.display)
        if source_id in registry.sources or source_id in docs:
            raise FactcheckError("given twice", path=path)
        docs[source_id] = doc
    corpus = {**{k: t.text for k, t in registry.texts.items()}, **{k: d.prose for k, d in docs.items()}}
    for source_id, doc in docs.items():
        dropped: list[Dropped] = []
        candidates = extract_text(
            doc.prose,
            published=doc.published,
            registry=registry,
            source=source_id,
            corpus=corpus,
            dropped=dropped,
        )
        _report(dropped, doc, warn)
        claims = link_sources(candidates, source_id)
        registry.sources[source_id] = Source(
            id=source_id, file=doc.display, title=doc.title, published=doc.published, tier=Tier.NEWS
        )
        registry.texts[source_id] = SourceText(doc.path, doc.text)
        registry.claims.extend(claims)
    registry.entities = {**derived_entities(registry.claims), **registry.entities}
    return registry


def _report(dropped: Sequence[Dropped], doc: Document, warn: Warn | None) -> None:
    """Say which words of a document made no valid claim (positions are in its prose)."""
    if warn is not None:
        for item in dropped:
            warn(item.warning(doc.display))


def link_sources(candidates: Sequence[Candidate], source_id: str) -> list[Claim]:
    """Source claims keep the extractor's cue subjects: they are the registry here. A claim with
    a stand-in subject gets subject ids of its own instead, so a document's quotation can still
    be linked to that very quotation (by its words) without pairing with every other one."""
    seen: Counter[str] = Counter()
    claims: list[Claim] = []
    for candidate in candidates:
        claim = candidate.claim
        claim = claim.model_copy(update={"id": claim_id(source_id, claim, seen), "source": source_id})
        placeholder = any(is_stand_in(k) for k in claim_keys(claim))
        claims.append(isolate(claim) if placeholder else claim)
    return claims


def with_documents(
    registry: Registry, documents: Sequence[Document], warn: Warn | None = None
) -> tuple[Registry, frozenset[str]]:
    """The registry plus each document's linked claims, as draft-tier sources."""
    combined = extendable(registry)
    drafts = []
    for doc in documents:
        source_id = draft_source(doc.display)
        if source_id in combined.sources:
            continue  # the same file named twice
        drafts.append(source_id)
        dropped: list[Dropped] = []
        candidates = extract_text(doc.prose, published=doc.published, registry=registry, dropped=dropped)
        _report(dropped, doc, warn)
        claims, links = link(candidates, registry, source_id, doc.prose)
        combined.sources[source_id] = Source(
            id=source_id, file=doc.display, title=doc.title, published=doc.published, tier=Tier.DRAFT
        )
        combined.texts[source_id] = SourceText(doc.path, doc.text)
        combined.claims.extend(claims)
        combined.links.update(links)
    return combined, frozenset(drafts)


def settled_by_reference(
    findings: list[Finding], registry: Registry, drafts: frozenset[str]
) -> list[Finding]:
    """Drop a document claim's findings against news claims when it agrees with a reference.

    A summary that gives the OHCHR count must not be faulted for differing from a news report
    that got the count wrong: where the registry holds reference claims on the same subject and
    the document's claim has no finding of that rule with any of them, the reference settles it.
    """
    references: dict[tuple[str, str], list[str]] = {}
    for claim in registry.claims:
        if registry.sources[claim.source].tier is Tier.REFERENCE:
            references.setdefault((claim.kind, claim_keys(claim)[0]), []).append(claim.id)
    against_reference = {
        (f.rule_id, s.claim_id)
        for f in findings
        if any(x.tier is Tier.REFERENCE for x in f.sides)
        for s in f.sides
        if s.source in drafts
    }
    kept = []
    for finding in findings:
        draft = next((s for s in finding.sides if s.source in drafts), None)
        others = [s for s in finding.sides if s is not draft and s.tier is not Tier.REFERENCE]
        if draft is not None and others and len(finding.sides) == 2:
            claim = registry.claim(draft.claim_id)
            settled = references.get((claim.kind, claim_keys(claim)[0]))
            if settled and (finding.rule_id, draft.claim_id) not in against_reference:
                continue
        kept.append(finding)
    return kept
