"""Start a registry for a new story (`factcheck init`) and add sources to it (`factcheck sources add`).

Nothing here overwrites a file a person wrote: `init` keeps existing files and says so, and
`sources add` appends its entry to the manifest as text (comments and layout survive), checks
that the result still loads, and writes it atomically.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.model import DateInterval, Precision, Source, Tier
from factcheck.registry import CLAIMS_DIR, MANIFEST
from factcheck.yamlio import atomic_write_text, dump_yaml, load_yaml, parse_yaml

# the standard rules shipped as package data (factcheck.rules.select.STANDARD_RULES; computed here
# as a path because the registry stage comes before the rules stage)
STANDARD_RULES = Path(__file__).resolve().parents[1] / "rules" / "standard"

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
        atomic_write_text(path, text)
        created.append(path)
    rules = folder / "rules"
    if rules.exists():
        kept.append(rules)
    elif STANDARD_RULES.is_dir():
        shutil.copytree(STANDARD_RULES, rules)
        created.append(rules)
    else:
        raise FactcheckError(
            "the standard rules were not found inside the factcheck package",
            path=STANDARD_RULES,
            hint="reinstall factcheck (`pip install --force-reinstall factcheck`), or copy a rules/ folder in",
        )
    return InitResult(created, kept)


def parse_published(text: str) -> DateInterval:
    """YYYY-MM-DD, YYYY-MM, YYYY, or START..END (YYYY-MM-DD each) as a DateInterval."""
    text = text.strip()
    try:
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
            f"--published {text!r}: {exc}", hint="YYYY-MM-DD, YYYY-MM, YYYY or START..END"
        ) from None
    raise FactcheckError(
        f"--published {text!r} is not a date", hint="YYYY-MM-DD, YYYY-MM, YYYY or START..END"
    )


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
    source_id: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    tier: Tier = Tier.NEWS,
    language: str = "en",
) -> Source:
    """Copy `file` into the registry's seeds/ (unless it is there) and add it to the manifest."""
    manifest = registry / MANIFEST
    if not manifest.is_file():
        raise FactcheckError("no sources manifest", path=manifest, hint="run `factcheck init DIR` first")
    if not file.is_file():
        raise FactcheckError("file not found", path=file)
    try:
        file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise FactcheckError("not valid UTF-8", path=file, hint="save the article as UTF-8 text") from None
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
    source = Source(
        id=source_id,
        file=target.relative_to(manifest.parent).as_posix(),
        title=title or _title(file),
        outlet=outlet,
        language=language,
        published=published,
        tier=tier,
    )
    entry = source.model_dump(mode="json", exclude_none=True)
    text = manifest.read_text(encoding="utf-8")
    text = re.sub(r"^sources:\s*\[\]\s*$", "sources:", text, flags=re.MULTILINE)
    block = "".join("  " + line + "\n" for line in dump_yaml([entry]).splitlines())
    new_text = text.rstrip("\n") + "\n" + block
    parse_yaml(new_text, manifest)  # never write a manifest that does not parse
    if target != file.resolve():
        shutil.copyfile(file, target)
    atomic_write_text(manifest, new_text)
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
    first = next((line.strip() for line in file.read_text(encoding="utf-8").splitlines() if line.strip()), "")
    return first[:200] or None
