"""Where a text comes from: the nearest registry, the registered source for a file, and the
publication date relative expressions are resolved against.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from factcheck.errors import ErrorList, FactcheckError
from factcheck.model import DateInterval, Entity, Precision, Source, Subject
from factcheck.model.ids import DRAFT_SOURCE
from factcheck.registry import CLAIMS_DIR, MANIFEST, Registry, load_registry
from factcheck.registry import loader as registry_module
from factcheck.registry.links import Links
from factcheck.yamlio import LineDict


def find_registry_root(*starts: Path) -> Path | None:
    """The nearest folder at or above any of `starts` (tried in order) that holds a registry."""
    for start in starts:
        start = start.resolve()
        for folder in (start, *start.parents):
            if (folder / MANIFEST).is_file() and (folder / CLAIMS_DIR).is_dir():
                return folder
    return None


def load_registry_leniently(root: Path, use_cache: bool = True) -> tuple[Registry, list[FactcheckError]]:
    """The registry, and its problems. Extraction only needs sources, entities and subjects, so a
    registry with invalid claims (say, candidates still waiting for their subjects) still loads:
    everything that validates is kept and the problems are returned instead of raised."""
    try:
        return load_registry(root, use_cache), []
    except ErrorList as exc:
        problems = exc.errors
    errors: list[FactcheckError] = []
    sources, texts = registry_module._load_sources(root, errors)
    entities: dict[str, Entity] = {}
    subjects: dict[str, Subject] = {}
    raw: list[tuple[Path, LineDict]] = []
    links = Links()
    claims_dir = root / CLAIMS_DIR
    for path in sorted(claims_dir.glob("*.yaml")) if claims_dir.is_dir() else []:
        registry_module._load_claims_file(path, entities, subjects, raw, links, errors)
    claims, locations = registry_module._validate_claims(raw, errors)
    claims = registry_module.joined(claims, sources, texts)  # as load_registry does
    return Registry(root, sources, texts, entities, subjects, claims, locations, frames=links), problems


def source_for_file(registry: Registry, path: Path) -> Source | None:
    """The registered source whose text file is `path`, if any."""
    wanted = path.resolve()
    for source_id, text in registry.texts.items():
        if text.path.resolve() == wanted:
            return registry.sources[source_id]
    return None


def source_id_for(path: Path) -> str:
    """A claim-id-safe source id made from a file name ('My summary.txt' -> 'My-summary')."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip("-._")
    return stem[:60] or DRAFT_SOURCE


def parse_published(value: str) -> DateInterval:
    """'2022-06-26' or '2022-06-26..2022-06-29' as a DateInterval; FactcheckError otherwise."""
    parts = value.strip().split("..")
    try:
        days = [dt.date.fromisoformat(p.strip()) for p in parts]
    except ValueError:
        days = []
    if len(days) not in (1, 2) or len(parts) != len(days) or days[-1] < days[0]:
        raise FactcheckError(
            f"bad --published date '{value}'",
            field="published",
            hint="write YYYY-MM-DD, or YYYY-MM-DD..YYYY-MM-DD for a span of days",
        )
    precision = Precision.DAY if days[0] == days[-1] else Precision.DAYS
    return DateInterval(start=days[0], end=days[-1], precision=precision, basis="--published")
