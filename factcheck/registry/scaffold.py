"""Start a registry for a new story (`factcheck init`) and add sources to it (`factcheck sources add`).

Nothing here overwrites a file a person wrote: `init` keeps existing files and says so, and
`sources add` appends its entry to the manifest as text (comments and layout survive), checks
that the result still loads, and writes it atomically. `sources add` holds the registry lock from
reading the manifest to writing it, so concurrent adds queue instead of losing entries, and the
text copy and the manifest entry go in together or not at all.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.errors import FactcheckError
from factcheck.model import WEB_ADDRESS, DateInterval, Precision, Source, Tier, published_value
from factcheck.registry import CLAIMS_DIR, MANIFEST
from factcheck.registry.standard import STANDARD_RULES
from factcheck.safewrite import DEFAULT_LOCK_TIMEOUT, Area, copy_new_file, registry_lock, write_text
from factcheck.yamlio import dump_yaml, load_yaml, parse_yaml, read_text

_STARTERS = {
    MANIFEST: "# Sources of this registry: one entry per article or reference document.\n"
    "# Add them with `factcheck sources add FILE --published DATE`.\nsources: []\n",
    CLAIMS_DIR
    / "entities.yaml": "# People, places and organisations, with accepted aliases and transliterations.\n"
    "entities: []\n",
    CLAIMS_DIR / "subjects.yaml": "# What claims are about: counted things, events, statements, relations.\n"
    "subjects: []\n",
    Path("factcheck.toml"): '# factcheck configuration (flags override it)\nregistry = "."\nrules = "rules"\n'
    'fail-on = "major"\n# disable = ["FC401"]\n# grades = { FC102 = "minor" }\n',
}


@dataclass(frozen=True)
class InitResult:
    """What `init` created and what it left alone."""

    created: list[Path]
    kept: list[Path]


def init_registry(folder: Path) -> InitResult:
    """Create the registry layout in `folder`, keeping any file that already exists."""
    created: list[Path] = []
    kept: list[Path] = []
    for relative, text in _STARTERS.items():
        path = folder / relative
        if path.exists():
            kept.append(path)
            continue
        write_text(path, text, allow=list(Area))  # a starter file, only where there is none
        created.append(path)
    rules = folder / "rules"
    if rules.exists():
        kept.append(rules)
    elif STANDARD_RULES.is_dir():
        try:
            shutil.copytree(STANDARD_RULES, rules)
        except OSError as exc:
            raise FactcheckError(f"cannot copy the standard rules: {exc}", path=rules) from None
        created.append(rules)
    else:
        raise FactcheckError(
            "the standard rules were not found inside the factcheck package",
            hint="copy a rules/ folder into the registry, or install factcheck from its repository",
        )
    return InitResult(created, kept)


def parse_published(text: str) -> DateInterval:
    """YYYY-MM-DD, YYYY-MM, YYYY, START..END (YYYY-MM-DD each), or a time with its zone
    (2013-07-22T18:00+08:00: the day) as a DateInterval."""
    text = text.strip()
    try:
        if "T" in text:
            return DateInterval.model_validate(published_value(text)[0])
        if ".." in text:
            start, end = (dt.date.fromisoformat(part.strip()) for part in text.split("..", 1))
            return DateInterval(start=start, end=end, precision=Precision.DAYS)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = dt.date.fromisoformat(text)
            return DateInterval(start=day, end=day, precision=Precision.DAY)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = map(int, text.split("-"))
            first = dt.date(year, month, 1)
            last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            return DateInterval(start=first, end=last, precision=Precision.MONTH)
        if re.fullmatch(r"\d{4}", text):
            year = int(text)
            return DateInterval(
                start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), precision=Precision.YEAR
            )
    except ValueError as exc:
        raise FactcheckError(
            f"--published {text!r}: {exc}",
            hint="YYYY-MM-DD, YYYY-MM, YYYY, START..END or YYYY-MM-DDTHH:MM+HH:MM",
        ) from None
    raise FactcheckError(
        f"--published {text!r} is not a date",
        hint="YYYY-MM-DD, YYYY-MM, YYYY, START..END or YYYY-MM-DDTHH:MM+HH:MM",
    )


def parse_published_at(text: str) -> dt.datetime | None:
    """The publication time when `text` gives one with its zone (2013-07-22T18:00+08:00)."""
    if "T" not in text:
        return None
    try:
        return published_value(text.strip())[1]
    except ValueError as exc:
        raise FactcheckError(f"--published {text!r}: {exc}") from None


def source_id_for(path: Path, taken: set[str]) -> str:
    """A source id from the file name, unique in the manifest."""
    base = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "source"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def add_source(
    registry: Path,
    file: Path,
    published: DateInterval,
    *,
    published_at: dt.datetime | None = None,
    source_id: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    tier: Tier = Tier.NEWS,
    language: str = "en",
    url: str | None = None,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
) -> Source:
    """Copy `file` into the registry's seeds/ (unless it is there) and add it to the manifest."""
    registry = registry.resolve()
    manifest = registry / MANIFEST
    if not manifest.is_file():
        raise FactcheckError("no sources manifest", path=manifest, hint="run `factcheck init DIR` first")
    if not file.is_file():
        raise FactcheckError("file not found", path=file)
    read_text(file)  # UTF-8, readable, not too large
    if url is not None and not WEB_ADDRESS.match(url):
        raise FactcheckError(f"--url '{url}' is not a web address", hint="give an http:// or https:// URL")
    fields = {
        "title": title or _title(file),
        "outlet": outlet,
        "language": language,
        "published": published,
        "published_at": published_at,
        "tier": tier,
        "url": url,
    }
    with registry_lock(registry, lock_timeout):
        return _add_locked(registry, manifest, file, source_id, fields)


def _add_locked(
    registry: Path, manifest: Path, file: Path, source_id: str | None, fields: dict[str, Any]
) -> Source:
    """The read-modify-write of the manifest, under the registry lock."""
    data = load_yaml(manifest) or {}
    existing = (data.get("sources") or []) if isinstance(data, dict) else []
    taken = {str(item.get("id")) for item in existing if isinstance(item, dict)}
    source_id = source_id or source_id_for(file, taken)
    if source_id in taken:
        raise FactcheckError(
            f"source id '{source_id}' is already in the manifest", path=manifest, hint="pass --id"
        )
    target = _place(registry, file)
    if (target.parent == manifest.parent) and any(
        isinstance(item, dict) and item.get("file") == target.name for item in existing
    ):
        raise FactcheckError(f"{target.name} is already a source", path=manifest)
    try:
        source = Source(id=source_id, file=target.relative_to(manifest.parent).as_posix(), **fields)
    except ValidationError as exc:
        err = exc.errors()[0]
        name = ".".join(str(p) for p in err["loc"]) or None
        option = {"id": "--id", "title": "--title", "outlet": "--outlet", "language": "--language"}
        raise FactcheckError(
            f"{option.get(name or '', name)}: {err['msg']}",
            field=name,
            hint="ids are letters, digits and . _ : - (no slashes), starting with a letter or digit",
        ) from None
    entry = source.model_dump(mode="json", exclude_none=True)
    text = read_text(manifest)
    text = re.sub(r"^sources:\s*\[\]\s*$", "sources:", text, flags=re.MULTILINE)
    block = "".join("  " + line + "\n" for line in dump_yaml([entry]).splitlines())
    new_text = text.rstrip("\n") + "\n" + block
    parse_yaml(new_text, manifest)  # never write a manifest that does not parse
    copied = target != file.resolve()
    if copied:
        copy_new_file(file, target, allow=[Area.SOURCE_TEXT])
    try:
        write_text(manifest, new_text, allow=[Area.MANIFEST])
    except BaseException:
        if copied:  # the text and its manifest entry go in together, or neither does
            target.unlink(missing_ok=True)
        raise
    return source


def _place(registry: Path, file: Path) -> Path:
    """Where the source text lives: where it is if inside seeds/, else a copy there (never clobbering)."""
    seeds = (registry / MANIFEST).parent.resolve()
    resolved = file.resolve()
    if resolved.is_relative_to(seeds):
        return resolved
    target = seeds / file.name
    if target.exists():
        raise FactcheckError(f"{target} already exists", hint="rename the file or add the one in seeds/")
    return target


def _title(file: Path) -> str | None:
    first = next((line.strip() for line in read_text(file).splitlines() if line.strip()), "")
    return first[:200] or None
