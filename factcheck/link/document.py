"""Read a document to check: plain text or Markdown, with the parts that are not prose masked.

Masking replaces every character of front matter, fenced and indented code blocks, inline code
and HTML comments with a space (newlines are kept), so offsets, lines and columns in the masked
text are those of the file and the extractor never reads code. YAML front matter may give the
document's date (`date:` or `published:`), which relative dates are resolved against.

A document larger than `MAX_DOCUMENT_BYTES` (10 MB) is refused, and no more than that is ever
read (`factcheck check /dev/zero` ends at once with a clear message).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.lazyre import lazy
from factcheck.model import DateInterval, Precision
from factcheck.yamlio import parse_yaml, read_text

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd", ".mdx"}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
# inline code; the first branch is a TeX-style quotation (``like this'', the opening mark of
# tokenised news text), which is prose: two of them on one line would otherwise pair as code
_INLINE_CODE = re.compile(r"``[^`]*?''|(`+)(?:(?!\1).)+?\1")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_LIST_ITEM = lazy(r"^\s*(?:[-*+]|\d+[.)])\s")


@dataclass(frozen=True)
class Document:
    """A checked document: its text as written, the prose-only view, and its date if known."""

    path: Path
    display: str
    text: str
    prose: str
    published: DateInterval | None
    title: str | None


STDIN = Path("-")  # `factcheck check -` reads the document from standard input, as Markdown
_stdin_read: tuple[object, str] | None = None


def _stdin_text() -> str:
    """Standard input, read once however often the document is read (per stream)."""
    global _stdin_read
    if _stdin_read is None or _stdin_read[0] is not sys.stdin:
        _stdin_read = (sys.stdin, sys.stdin.read())
    return _stdin_read[1]


def read_document(path: Path, published: DateInterval | None = None) -> Document:
    """Read and mask one document ('-': standard input, read as Markdown); a missing or
    undecodable file is a FactcheckError."""
    text = _stdin_text() if path == STDIN else read_text(path, MAX_DOCUMENT_BYTES)
    text = text.replace("\r\n", "\n")
    front = _front_matter(text, path)
    markdown = path == STDIN or path.suffix.lower() in MARKDOWN_SUFFIXES
    prose = mask_markdown(text) if markdown else mask_front_matter(text)
    return Document(
        path=path,
        display=path.as_posix(),
        text=text,
        prose=prose,
        published=published or _date_from(front, path),
        title=str(front["title"]) if isinstance(front.get("title"), str) else None,
    )


def _blank(text: str) -> str:
    return "".join("\n" if ch == "\n" else " " for ch in text)


def _code_blanked(match: re.Match[str]) -> str:
    """An inline code span blanked; a TeX-style quotation kept as written."""
    return match.group(0) if match.group(1) is None else _blank(match.group(0))


def mask_front_matter(text: str) -> str:
    """Blank out front matter: its date is the document's date, not a value its prose states
    (a `--source` file's "date: 2025-03-11" bears out no summary's "March 11")."""
    match = _FRONT_MATTER.match(text)
    return _blank(match.group(0)) + text[match.end() :] if match else text


def mask_markdown(text: str) -> str:
    """Blank out front matter, code (fenced, indented, inline) and HTML comments."""
    text = mask_front_matter(text)
    text = _COMMENT.sub(lambda m: _blank(m.group(0)), text)
    lines = text.split("\n")
    out: list[str] = []
    fence: str | None = None
    previous = ""
    for line in lines:
        opening = _FENCE.match(line)
        if fence is not None:
            out.append(_blank(line))
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
        elif opening:
            fence = opening.group(1)
            out.append(_blank(line))
        elif _indented_code(line, previous, out):
            out.append(_blank(line))
        else:
            out.append(_INLINE_CODE.sub(_code_blanked, line))
        previous = line if line.strip() else previous if out and out[-1].strip() else ""
    return join_soft_breaks("\n".join(out))


_BLOCK_START = lazy(r"^\s*(?:[-*+>#|]|\d+[.)]\s)")


def join_soft_breaks(text: str) -> str:
    """Markdown's soft line breaks are spaces: a sentence wrapped over two lines is one sentence.

    A newline between two lines of prose becomes a space (one character for one, so offsets do
    not move); blank lines, list items, headings, quotes and tables still start new blocks.
    """
    lines = text.split("\n")
    joined = []
    for index, line in enumerate(lines):
        joined.append(line)
        if index + 1 == len(lines):
            break
        following = lines[index + 1]
        soft = line.strip() and following.strip() and not _BLOCK_START.match(following)
        soft = soft and not line.lstrip().startswith(("#", "|"))
        joined.append(" " if soft else "\n")
    return "".join(joined)


def _indented_code(line: str, previous: str, out: list[str]) -> bool:
    """CommonMark's indented code: 4+ spaces after a blank line (or more code), not in a list."""
    if not (line.startswith("    ") or line.startswith("\t")) or not line.strip():
        return False
    after_blank = not out or not out[-1].strip()
    return after_blank and not _LIST_ITEM.match(previous)


def _front_matter(text: str, path: Path) -> dict[str, object]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}
    try:
        data = parse_yaml(match.group(1), path)
    except FactcheckError as exc:
        raise FactcheckError(
            f"front matter: {exc.message}", path=path, line=exc.line + 1 if exc.line else None
        ) from None
    return data if isinstance(data, dict) else {}


def _date_from(front: dict[str, object], path: Path) -> DateInterval | None:
    value = front.get("published", front.get("date"))
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:  # the whole value: "2025-09-17x" is no date; a date-time is its own day
            text = value.strip()
            if len(text) > 10 and text[10] not in "Tt ":
                raise ValueError(text)  # fromisoformat takes any one character between day and time
            value = dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text).date()
        except ValueError:
            raise FactcheckError(
                f"front matter date {value!r} is not a calendar date",
                path=path,
                field="date",
                hint="write it as YYYY-MM-DD",
            ) from None
    if not isinstance(value, dt.date):
        raise FactcheckError("front matter date is not a date", path=path, hint="write it as YYYY-MM-DD")
    return DateInterval.model_construct(start=value, end=value, precision=Precision.DAY, basis="front matter")
