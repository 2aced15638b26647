"""An editor's corrections to automatic frames, kept as data that survives re-extraction.

In any claims file (by convention `claims/links.yaml`):

    not-same:                      # these claims share a frame but are not about one thing
      - [xinhua.x-quantity-120, dw.x-quantity-455]
    merge:                         # these frames are one thing: the key joins the value's frame
      auto.count.dead: auto.count.deaths

Re-running `extract --write` rewrites a source's candidate file, never this one, so the
corrections stay. Claim ids are checked once every claim has loaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec

from factcheck.errors import FactcheckError, RegistryError
from factcheck.lazyre import lazy
from factcheck.model import ID_PATTERN, is_auto
from factcheck.yamlio import LineDict

SECTIONS = ("not-same", "merge")
_ID = lazy(ID_PATTERN)


class Links(msgspec.Struct):
    """Frames merged into others, and claim pairs kept apart."""

    merge: dict[str, str] = msgspec.field(default_factory=dict)
    not_same: set[frozenset[str]] = msgspec.field(default_factory=set)
    # where each not-same pair was written, to report unknown claim ids at their line
    written: dict[frozenset[str], tuple[Path, int | None]] = msgspec.field(default_factory=dict)

    def frame(self, key: str) -> str:
        """The frame a key joins after merges (the key itself when not merged)."""
        seen = {key}
        while key in self.merge:
            key = self.merge[key]
            if key in seen:
                break  # a cycle was already reported at load; stop rather than loop
            seen.add(key)
        return key

    def apart(self, claim_ids: list[str]) -> bool:
        """True when an editor said two of these claims are not about the same thing."""
        if not self.not_same:
            return False
        return any(
            frozenset((a, b)) in self.not_same for i, a in enumerate(claim_ids) for b in claim_ids[i + 1 :]
        )


def read_links(data: dict[str, Any], path: Path, links: Links, errors: list[FactcheckError]) -> None:
    """Add a claims file's `not-same:` and `merge:` sections to `links`, reporting bad entries."""
    lines = data.key_lines if isinstance(data, LineDict) else {}
    if "not-same" in data:
        _read_not_same(data["not-same"], path, lines.get("not-same"), links, errors)
    if "merge" in data:
        _read_merge(data["merge"], path, lines.get("merge"), links, errors)


def _read_not_same(
    items: Any, path: Path, line: int | None, links: Links, errors: list[FactcheckError]
) -> None:
    hint = "write each entry as a pair of claim ids: - [claim-a, claim-b]"
    if not isinstance(items, list):
        errors.append(RegistryError("'not-same' must be a list of claim-id pairs", path=path, line=line))
        return
    for index, pair in enumerate(items):
        where = line + index + 1 if line is not None else None  # one `- [a, b]` per line
        ok = isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        if not ok or pair[0] == pair[1]:
            errors.append(
                RegistryError(
                    f"not-same entry {index + 1} is not a pair of two different claim ids",
                    path=path,
                    line=where,
                    field=f"not-same.{index}",
                    hint=hint,
                )
            )
            continue
        key = frozenset(pair)
        links.not_same.add(key)
        links.written.setdefault(key, (path, where))


def _read_merge(items: Any, path: Path, line: int | None, links: Links, errors: list[FactcheckError]) -> None:
    if not isinstance(items, dict):
        errors.append(
            RegistryError(
                "'merge' must map a frame to the frame it joins",
                path=path,
                line=line,
                hint="merge: {auto.count.dead: auto.count.deaths}",
            )
        )
        return
    item_lines = items.key_lines if isinstance(items, LineDict) else {}
    for source, target in items.items():
        where = item_lines.get(source) or line
        for value in (source, target):
            if not isinstance(value, str) or not _ID.match(value) or not is_auto(value):
                errors.append(
                    RegistryError(
                        f"merge: {value!r} is not an automatic frame id",
                        path=path,
                        line=where,
                        field=f"merge.{source}",
                        hint="only auto.* frames are merged; give curated claims a shared subject instead",
                    )
                )
                break
        else:
            if source in links.merge and links.merge[source] != target:
                errors.append(
                    RegistryError(f"merge: '{source}' is merged twice", path=path, line=where, field="merge")
                )
                continue
            links.merge[source] = target
            if _cycles(links, source):
                errors.append(
                    RegistryError(
                        f"merge: '{source}' merges back into itself",
                        path=path,
                        line=where,
                        field=f"merge.{source}",
                        hint="merge every frame of the group into one of them",
                    )
                )


def _cycles(links: Links, start: str) -> bool:
    seen, key = {start}, start
    while key in links.merge:
        key = links.merge[key]
        if key in seen:
            return True
        seen.add(key)
    return False


def check_claim_ids(links: Links, known: set[str], errors: list[FactcheckError]) -> None:
    """Every claim a not-same pair names must exist."""
    for pair in sorted(links.not_same, key=sorted):
        missing = sorted(pair - known)
        if missing:
            path, line = links.written[pair]
            errors.append(
                RegistryError(
                    f"not-same names unknown claim id(s): {', '.join(missing)}",
                    path=path,
                    line=line,
                    field="not-same",
                    hint="copy the ids from the claims files (re-extraction keeps ids stable per position)",
                )
            )
