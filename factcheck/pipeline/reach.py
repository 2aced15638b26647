"""What a checked document can meet: the part of the registry `check` reads from the store.

Instead of loading and validating a whole registry for a summary that speaks of five subjects,
`check` extracts the document's claims against the subjects its words can cue (an index look-up
in the compiled store), collects every subject key those claims could link to, and the registry
quotations whose words come near the document's, and loads only the claims connected to them.
Linking, the engine and grading then see exactly what they would see in the whole registry for
this document, so the findings are the same (tests compare both paths).

What extraction reads of a registry (its entities, source texts and cued subjects) is the same in
the partial registry the document's claims are extracted against here and in the one returned,
so the candidates found here are handed on (`Extracted`) rather than extracted a second time.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import fuzz, process

from factcheck.extract import extract_text
from factcheck.extract.candidates import Candidate, Dropped
from factcheck.extract.roles import parse_role
from factcheck.extract.text import quote_words
from factcheck.link.document import Document
from factcheck.link.linking import QUOTE_LINK_MIN
from factcheck.link.texttables import TextTables
from factcheck.model import Claim, DateInterval, RelationClaim, claim_keys, is_auto
from factcheck.model.ids import Family, auto_frame, is_stand_in
from factcheck.pipeline.documents import time_frames
from factcheck.pipeline.namestore import stored_names
from factcheck.pipeline.roles import is_role
from factcheck.pipeline.textstore import stored_texts
from factcheck.registry import Registry, load_registry
from factcheck.registry.loader import open_store
from factcheck.registry.partial import partial_registry
from factcheck.registry.store import Store

# (prose, publication date) -> the candidates extracted from it and the words dropped on the way
Extracted = dict[tuple[str, DateInterval | None], tuple[list[Candidate], list[Dropped]]]


@dataclass(frozen=True)
class Reached:
    """What a check's documents reach: the registry as far as they can meet it, the documents
    (dated), and the registry's source texts indexed once (None: no store to keep them by)."""

    registry: Registry
    documents: list[Document]
    tables: TextTables | None = None


def registry_for_documents(
    root: Path,
    documents: Sequence[Document],
    use_cache: bool = True,
    extracted: Extracted | None = None,
    text_tables: bool = True,
) -> Reached:
    """The registry as far as `documents` reach it, and the documents, each undated one dated
    by the registry's sources and its own prose (pipeline.documents.time_frames). The whole
    registry when there is no fresh store (that load compiles one for the next run) or no store
    is to be used. Each document's candidates go into `extracted`, when given
    (pipeline.documents takes them).
    `text_tables` False: the source texts are read, not their tables (one failed a look-up)."""
    opened = open_store(root) if use_cache else None
    if opened is None:
        registry = load_registry(root, use_cache)
        built = open_store(root) if use_cache else None  # the load compiled one: count its names now
        if built is not None:
            with contextlib.closing(built):
                stored_names(root, built, registry)
        return Reached(registry, dated(documents, registry))
    try:
        text = "\n".join(doc.prose for doc in documents)
        base = partial_registry(root, opened, text)
        names = stored_names(root, opened, base)
        tables = stored_texts(root, opened, base) if text_tables else None
        index = tables.name_index() if tables is not None else None  # of `base`'s entities: every one
        documents = dated(documents, base)  # every source and text is in `base`: the same date
        keys: set[str] = set()
        quoted: list[str] = []
        nouns: set[str] = set()
        for doc in documents:
            dropped: list[Dropped] = []
            candidates = extract_text(
                doc.prose,
                published=doc.published,
                registry=base,
                dropped=dropped,
                names=names,
                name_index=index,
            )
            if extracted is not None:
                extracted[(doc.prose, doc.published)] = (candidates, dropped)
            for candidate in candidates:
                keys.update(m.id for m in [*candidate.subjects, *candidate.events])
                keys.update(k for k in claim_keys(candidate.claim) if k)
                keys.update(candidate.entities)
                if candidate.claim.kind == "quote":
                    quoted.append(candidate.claim.words)
                nouns |= role_nouns(candidate.claim)
        keys = {k for k in keys if not is_stand_in(k)}
        keys |= {base.frames.frame(k) for k in keys if is_auto(k)}  # an editor's merges join frames
        reached = [*near_quotations(opened, quoted, tables), *other_holders(opened, nouns)]
        found = partial_registry(root, opened, text, keys, reached, base)
        return Reached(found, documents, tables)
    finally:
        opened.close()


def role_nouns(claim: Claim) -> set[str]:
    """The role noun of a person's role claim ("mayor" of "Laura Whitfield, the mayor"), if any."""
    return role_nouns_of(claim.item) if is_role(claim) and isinstance(claim, RelationClaim) else set()


def other_holders(opened: Store, nouns: set[str]) -> list[str]:
    """Ids of the registry's role claims of these role nouns, whoever holds them: a document's
    role is weighed against the person the sources give it ("Laura Whitfield, the mayor" where
    they write "Mayor Tom Becker": pipeline/roles.py, FC505 `other-holder`), whose claims share
    no key with the document's, so the whole registry's answer needs them read too."""
    if not nouns:
        return []
    rows = opened.claims_on_keys_from(auto_frame(Family.ROLE, ""))
    return [claim_id for claim_id, item in rows if role_nouns_of(item) & nouns]


def role_nouns_of(item: str | None) -> set[str]:
    """The role noun these words name ("mayor" of "deputy mayor"), as a set (empty: none)."""
    role = parse_role((item or "").split())
    return {role.noun} if role is not None else set()


def dated(documents: Sequence[Document], registry: Registry) -> list[Document]:
    """The documents, each without a date of its own dated by the registry's sources and its own
    prose (`time_frames`)."""
    if all(doc.published is not None for doc in documents):
        return list(documents)
    frame_of = time_frames(registry)
    return [replace(doc, published=doc.published or frame_of(doc.prose)) for doc in documents]


def near_quotations(opened: Store, quoted: Sequence[str], tables: TextTables | None = None) -> list[str]:
    """Ids of registry quotations that linking could tie one of `quoted` to: those scoring at
    least linking's lowest threshold on the same similarity, over the same normalised words
    (the store's quotations folded once, in its text tables, when they have them)."""
    if not quoted:
        return []
    rows = tables.quotations() if tables is not None else None
    if rows is None:
        rows = [(" ".join(quote_words(words)), claim) for words, claim in opened.quotations()]
    choices = [folded for folded, _ in rows]
    found: set[str] = set()
    for words in quoted:
        wanted = " ".join(quote_words(words))
        for _, _, index in process.extract(
            wanted, choices, scorer=fuzz.token_set_ratio, score_cutoff=QUOTE_LINK_MIN, limit=None
        ):
            found.add(rows[index][1])
    return sorted(found)
