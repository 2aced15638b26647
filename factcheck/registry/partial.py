"""A partial registry read from the compiled store: only the claims a checked document can meet.

`factcheck check` compares a summary with the registry claims on the subjects the summary
speaks about, and with whatever those claims are joined to. Everything else in a large registry
is never looked at, so it is not read: the partial registry holds every entity (names are
matched fuzzily, so any of them may be misspelt in the document), the subjects whose cue words
may occur in the document, the claims connected to the given subject keys, their subjects and
sources, and every source text as a file read only if asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from factcheck.model import Entity, Source, Subject, claim_keys
from factcheck.model.stored import read_records
from factcheck.registry.loader import Registry, SourceText, claims_from_rows, links_from_json
from factcheck.registry.store import Store


class LazySourceText(SourceText):
    """A source text read from its file on first use (most are never needed by a check); its
    path is made a Path on first use too (parsing 5,000 of them cost 0.1 s a check)."""

    def __init__(self, path: str) -> None:
        self._where = path

    def __getattr__(self, name: str) -> Any:
        if name == "path":
            self.path = Path(self._where)
            return self.path
        if name != "text":
            raise AttributeError(name)
        self.text = Path(self._where).read_text(encoding="utf-8")
        return self.text


def partial_registry(
    root: Path,
    opened: Store,
    text: str,
    keys: Iterable[str] = (),
    claim_ids: Iterable[str] = (),
    base: Registry | None = None,
) -> Registry:
    """The registry as far as a document with this text can reach it: subjects cued in the
    text, and every claim connected to `keys` or to the claims `claim_ids` (with their keys).
    `base`: a partial registry of the same store read before, whose sources, texts and
    entities (every one of the store's) are taken instead of being read again."""
    wanted = set(keys) | opened.keys_of(claim_ids)
    claims, locations = claims_from_rows(opened.claims(opened.component(wanted)) if wanted else [])
    subject_ids = set(opened.subjects_cued_in(text))
    subject_ids |= {k for c in claims for k in claim_keys(c) if k}
    # the store's sources, subjects and entities were validated when it was built: a few are read
    # back without building their validators (claims are validated: extraction builds that one)
    subjects = read_records(Subject, opened.subjects(subject_ids))
    if base is None:
        # every source (a handful of rows): an undated summary is dated by all its sources' dates
        sources = {s.id: s for s in read_records(Source, [j for _, _, j in opened.sources()])}
        texts: dict[str, SourceText] = {i: LazySourceText(p) for i, p in opened.text_paths()}
        entities = {e.id: e for e in read_records(Entity, opened.entities())}
    else:
        sources, texts, entities = dict(base.sources), dict(base.texts), base.entities
    return Registry(
        root,
        sources,
        texts,
        entities,
        {s.id: s for s in subjects},
        claims,
        locations,
        frames=links_from_json(opened.links()),
    )
