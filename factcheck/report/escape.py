"""Escaping for the human-readable formats: text for a terminal and Markdown for a renderer.

Source texts, claims and documents are data a stranger may have written. Nothing taken from them
may drive the terminal (ANSI/OSC escape sequences: clear screen, window title, hyperlinks) or the
Markdown renderer (raw HTML such as `<script>` or `<img onerror>`, links, emphasis, table cells).

* `visible` replaces every control character except newline and tab (C0, DEL, C1) and the
  bidirectional-override characters (which can make text read differently from what it is) with
  a visible escape such as `\\x1b` or `\\u202e`. Letters of any script and emoji are kept.
* `markdown` does that, then turns `&`, `<`, `>` into entities and backslash-escapes every
  character Markdown gives a meaning to, so the text renders as the words it is.
* `escape_report` applies one of them to every string of a report, so a formatter cannot forget
  a field.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from factcheck.lazyre import lazy
from factcheck.model import Report

# C0 controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates, and
# the line/paragraph separators that some terminals treat as line breaks
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
# what Markdown (CommonMark + GitHub tables) gives a meaning to inline: code, emphasis, links
# and images, headings, table cells, strike-through
_MARKDOWN_SPECIAL = lazy(r"([\\`*_\[\]#!|~])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with control and bidi-override characters shown as escapes (newline, tab kept)."""
    return _INVISIBLE.sub(_escape_char, text)


def markdown(text: str) -> str:
    """`text` as literal Markdown: no HTML, no formatting, no links, nothing invisible."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", visible(text))
    return "".join(_HTML.get(ch, ch) for ch in text)


def escape_report(report: Report, escape: Callable[[str], str]) -> Report:
    """A copy of `report` with `escape` applied to every string taken from data."""
    return _escaped(report, escape)  # type: ignore[no-any-return]


Record = TypeVar("Record", bound=BaseModel)


def escape_record(record: Record, escape: Callable[[str], str]) -> Record:
    """A copy of one record of a report (a finding, a source's summary, a verdict) with `escape`
    applied to every string in it: a formatter that writes records one at a time escapes them
    as it goes instead of copying the whole report first."""
    return _escaped(record, escape)  # type: ignore[no-any-return]


def _escaped(value: Any, escape: Callable[[str], str]) -> Any:
    """`value` with every string in it escaped, records rebuilt field by field. They are copied
    with model_construct, not dumped and validated again: the fields were validated when the
    records were made, and escaping keeps every type (an enum's value is never data)."""
    if isinstance(value, BaseModel):
        fields = {name: _escaped(item, escape) for name, item in value.__dict__.items()}
        return type(value).model_construct(_fields_set=set(value.model_fields_set), **fields)
    if isinstance(value, enum.Enum):
        return value
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, dict):
        return {key: _escaped(item, escape) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return type(value)(_escaped(item, escape) for item in value)
    return value
