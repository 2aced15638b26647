"""Candidate claims in the registry's own claims-file format (docs/claims.md), for an editor to
curate, merged into an existing file without changing a character of what is already there.

New items are inserted as text after the last item of the file's `claims:` list (or a `claims:`
section is added), so comments, flow-style entries and curated claims stay exactly as written.
The result is parsed back and checked (every old claim still there, every new one reads back as
the same claim) before it is written atomically; candidates duplicating an existing claim (same
source and kind, overlapping span) are left out, and new ids never collide with existing ones.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from factcheck.errors import FactcheckError
from factcheck.extract.candidates import Candidate
from factcheck.model import Claim
from factcheck.model.adapters import claim_adapter
from factcheck.safewrite import DEFAULT_LOCK_TIMEOUT, Area, check_target, registry_lock, write_text
from factcheck.yamlio import parse_yaml, read_text

HEADER = (
    "# Candidate claims proposed by `factcheck extract`. Curate each one: check its words and\n"
    "# values, replace unknown.* subjects with registry subjects, then set status: curated.\n"
)
FIRST_KEYS = ("id", "kind", "status", "source", "text", "span")
# characters YAML does not allow raw in a double-quoted scalar, or reads as line breaks
_UNSAFE_CHARS = re.compile("[\x7f-\x84\x86-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
_PLAIN = re.compile(r"^[A-Za-z][\w.:/-]*(?: [\w.:/-]+)*$")


def write_candidates(
    path: Path,
    candidates: list[Candidate],
    known: Iterable[Claim] = (),
    default_source: str | None = None,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
) -> int:
    """Merge `candidates` into the claims file at `path` (created if missing); return how many
    were added. `known` are claims elsewhere in the registry: not duplicated, ids not reused.

    Only a claims file may be written (never a rule, the manifest, a source text or a config
    file), and under the registry lock, so concurrent writers each keep their candidates."""
    check_target(path, allow=[Area.CLAIMS])
    with registry_lock(path.parent if path.parent.is_dir() else Path.cwd(), lock_timeout):
        return _merge(path, candidates, known, default_source)


def _merge(
    path: Path, candidates: list[Candidate], known: Iterable[Claim], default_source: str | None
) -> int:
    existing = _read(path)
    text = existing if existing is not None else ""
    data = parse_yaml(text, path) if text.strip() else None
    if data is not None and not isinstance(data, dict):
        raise FactcheckError("expected a mapping with a 'claims:' list", path=path)
    old_items = _claims_of(data, path)
    file_source = data.get("source") if isinstance(data, dict) else None
    if file_source is not None:
        default: str | None = str(file_source)
    elif text.strip():
        default = None  # a file that names no source of its own: each new claim names its source
    else:
        default = default_source  # a new file: its `source:` line is written with the claims
    taken_ids = {str(i.get("id")) for i in old_items} | {c.id for c in known}
    taken_spans = [_span_key(i, default) for i in old_items] + [
        (c.source, c.kind, *c.span) for c in known if c.span is not None
    ]
    fresh = _fresh(candidates, taken_ids, taken_spans)
    if not fresh:
        return 0
    new_text = _insert(text, data, fresh, default, path)
    _verify(new_text, path, old_items, fresh, default)
    write_text(path, new_text, allow=[Area.CLAIMS])
    return len(fresh)


def render(candidates: list[Candidate], source: str) -> str:
    """A new claims file holding `candidates` (what --write makes when the file does not exist)."""
    return _insert("", None, candidates, source, Path("<new>"))


def _read(path: Path) -> str | None:
    if not path.exists():
        return None
    return read_text(path)


def _claims_of(data: Any, path: Path) -> list[dict[str, Any]]:
    if not isinstance(data, dict):
        return []
    items = data.get("claims")
    if items is None:
        return []
    if not isinstance(items, list):
        raise FactcheckError("'claims' must be a list", path=path)
    return [i for i in items if isinstance(i, dict)]


def _span_key(item: dict[str, Any], default: str | None) -> tuple[Any, ...]:
    span = item.get("span")
    start, end = (span[0], span[1]) if isinstance(span, list) and len(span) == 2 else (None, None)
    return (str(item.get("source", default)), str(item.get("kind")), start, end)


def _fresh(candidates: list[Candidate], ids: set[str], spans: list[tuple[Any, ...]]) -> list[Candidate]:
    """Candidates that duplicate nothing, with ids that collide with nothing. A candidate
    duplicates a claim of the same source and kind whose span overlaps its own: those words
    are already curated ("RIA" curated, "RIA news agency" proposed)."""
    fresh = []
    for candidate in candidates:
        claim = candidate.claim
        start, end = candidate.span
        if any(
            key[:2] == (claim.source, claim.kind)
            and isinstance(key[2], int)
            and key[2] < end
            and start < key[3]
            for key in spans
        ):
            continue
        spans.append((claim.source, claim.kind, start, end))
        new_id, n = claim.id, 1
        while new_id in ids:
            n += 1
            new_id = f"{claim.id}-{n}"
        ids.add(new_id)
        fresh.append(candidate if new_id == claim.id else _with_id(candidate, new_id))
    return fresh


def _with_id(candidate: Candidate, new_id: str) -> Candidate:
    return candidate.model_copy(update={"claim": candidate.claim.model_copy(update={"id": new_id})})


# --------------------------------------------------------------------------- inserting


def _insert(text: str, data: Any, candidates: list[Candidate], default: str | None, path: Path) -> str:
    """`text` with the candidates added to its claims list (text outside the list is untouched)."""
    if not text.strip():
        head = HEADER + (f"source: {default}\n" if default else "") + "claims:\n"
        return text + head + _items(candidates, 2, default)
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    assert isinstance(root, yaml.MappingNode)  # parse_yaml already checked it is a mapping
    node = next((v for k, v in root.value if k.value == "claims"), None)
    if node is None:
        sep = "" if text.endswith("\n") else "\n"
        return text + sep + "claims:\n" + _items(candidates, 2, default)
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        at = _after_last_item(text, node)
        first = node.value[0].start_mark
        # the item's dash: "  - id: …" has its dash at column 2, its mapping at column 4
        indent = text.rfind("-", 0, first.index) - (first.index - first.column)
        sep = "" if text[:at].endswith("\n") else "\n"
        return text[:at] + sep + _items(candidates, indent, default) + text[at:]
    if (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")) or (
        isinstance(node, yaml.SequenceNode) and not node.value
    ):
        start, end = node.start_mark.index, node.end_mark.index
        rest = text[end:]
        return (
            text[:start].rstrip(" ") + "\n" + _items(candidates, 2, default) + rest.lstrip(" ").lstrip("\n")
        )
    raise FactcheckError(
        "cannot add to this 'claims:' list safely (flow style)",
        path=path,
        hint="write the candidates to a new file with --write",
    )


def _after_last_item(text: str, seq: yaml.SequenceNode) -> int:
    """Offset just after the last item's last line (before trailing comments and blank lines)."""
    node: yaml.Node = seq.value[-1]
    while isinstance(node, yaml.MappingNode | yaml.SequenceNode) and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(last, tuple) else last
    end = node.end_mark.index
    if end > 0 and text[end - 1] == "\n":
        return end  # a block scalar ends after its newline
    newline = text.find("\n", end)
    return len(text) if newline < 0 else newline + 1


def _items(candidates: list[Candidate], indent: int, default: str | None) -> str:
    return "".join(_item(c, indent, default) for c in candidates)


def _item(candidate: Candidate, indent: int, default: str | None) -> str:
    """One claim as block YAML, with a comment on what the extractor weighed."""
    pad = " " * indent
    fields = _fields(candidate.claim, default)
    lines = [f"{pad}# {note}" for note in _notes(candidate)]
    for index, (key, value) in enumerate(fields.items()):
        lead = f"{pad}- " if index == 0 else f"{pad}  "
        lines.append(f"{lead}{key}: {_value(value)}")
    return "\n".join(lines) + "\n"


def _fields(claim: Claim, default: str | None) -> dict[str, Any]:
    data = claim.model_dump(mode="json", by_alias=True, exclude_none=True, exclude_defaults=True)
    data["kind"] = claim.kind
    data["status"] = claim.status.value
    if claim.source == default:
        data.pop("source", None)  # the file's `source:` says it
    else:
        data["source"] = claim.source
    if data.get("start") is not None and data.get("start") == data.get("end"):
        data["date"] = data.pop("start")
        data.pop("end")
    ordered = {k: data.pop(k) for k in FIRST_KEYS if k in data}
    return {**ordered, **data}


def _notes(candidate: Candidate) -> list[str]:
    notes = []
    if candidate.subjects:
        notes.append("subjects: " + ", ".join(f"{m.id} ({m.score:.2f})" for m in candidate.subjects))
    if candidate.events:
        notes.append("events: " + ", ".join(f"{m.id} ({m.score:.2f})" for m in candidate.events))
    if candidate.spelling == "variant":
        notes.append(f"variant of '{candidate.matched_name}' (similarity {candidate.similarity:.0f})")
    return [n.replace("\n", " ") for n in notes]


def _value(value: Any) -> str:
    """A value in YAML flow syntax that reads back as exactly the same value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, str):
        # a date is quoted too: unquoted, `text: 2022-06-29` would read back as a date, not words
        return value if _plain_ok(value) else _quoted(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        if value.get("start") is not None and value.get("start") == value.get("end"):
            value = {"date": value["start"], **{k: v for k, v in value.items() if k not in ("start", "end")}}
        return "{" + ", ".join(f"{k}: {_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} as YAML")


def _plain_ok(text: str) -> bool:
    """True when `text` can be written unquoted and reads back as the same string."""
    if not _PLAIN.match(text):
        return False
    try:
        return bool(yaml.safe_load(f"k: {text}") == {"k": text})
    except yaml.YAMLError:
        return False


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax, which YAML reads the same way)."""
    return _UNSAFE_CHARS.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))


def _verify(
    new_text: str, path: Path, old_items: list[dict[str, Any]], fresh: list[Candidate], default: str | None
) -> None:
    """Parse the merged file back: every old claim unchanged, every new one the same claim."""
    data = parse_yaml(new_text, path)
    items = _claims_of(data, path)
    if items[: len(old_items)] != old_items or len(items) != len(old_items) + len(fresh):
        raise FactcheckError(
            "internal error: merging would change existing claims; nothing written", path=path
        )
    for item, candidate in zip(items[len(old_items) :], fresh, strict=True):
        item = dict(item)
        item.setdefault("source", default)
        try:
            same = claim_adapter().validate_python(item) == candidate.claim
        except ValidationError:
            same = False
        if not same:
            raise FactcheckError(
                f"internal error: candidate {candidate.claim.id} would not read back; nothing written",
                path=path,
            )
