"""Text tables as tabulate draws them ("simple", "simple_grid", "plain"), without importing it.

tabulate (and wcwidth, which it imports to measure East Asian and combining characters) cost
about 13 ms of a 0.2 s `check`. The tables factcheck prints are narrow in kind: each column
holds ints or numbers written with a decimal point, or text. `table()` draws those itself,
character for character as tabulate would (tests/test_table.py compares the two on many
tables), when every cell is plain: ASCII or Latin letters and the usual typographic punctuation,
all one column wide. Anything else (a CJK or combining character, a text cell tabulate would
read as a number, a table without rows) goes to tabulate itself, so the output never differs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# tabulate's table formats, for the three factcheck draws:
# (line above, line below header, line between rows, line below) as (begin, fill, sep, end);
# a data row as (begin, sep, end); padding each side of a cell
_Line = tuple[str, str, str, str]
_FORMATS: dict[
    str, tuple[_Line | None, _Line | None, _Line | None, _Line | None, tuple[str, str, str], int]
] = {
    "simple": (None, ("", "-", "  ", ""), None, None, ("", "  ", ""), 0),
    "plain": (None, None, None, None, ("", "  ", ""), 0),
    "simple_grid": (
        ("┌", "─", "┬", "┐"),
        ("├", "─", "┼", "┤"),
        ("├", "─", "┼", "┤"),
        ("└", "─", "┴", "┘"),
        ("│", "│", "│"),
        1,
    ),
}
MIN_PADDING = 2  # tabulate's: a column is at least its header plus two
# characters one column wide in every terminal (and in wcwidth): printable ASCII, Latin-1 and
# Latin Extended-A/B letters (not the soft hyphen), dashes, quotes, bullets, ellipsis, primes,
# super- and subscripts, currency signs, letterlike symbols and number forms, arrows and
# mathematical operators (the messages' ≥, →, ∅, ×), and the ✗ marking a wrong side
_NARROW = re.compile(
    r"[\n\x20-\x7e\xa0-\xac\xae-\u024f\u2010-\u2027\u2030-\u205e\u2070-\u209c\u20a0-\u20c0"
    r"\u2100-\u218b\u2190-\u22ff\u2717]*"
)
_INT = re.compile(r"[0-9]+")
_FLOAT = re.compile(r"[0-9]+\.[0-9]+")
# what tabulate may read as a number, bool or ANSI code: such a text cell goes to tabulate
_NUMBERISH = re.compile(r"\s*[+-]?[0-9.,_]*\s*")
_NONE, _INT_KIND, _FLOAT_KIND, _STR = 0, 2, 3, 5  # tabulate's order of generality


def table(rows: Sequence[Sequence[object]], headers: Sequence[str], tablefmt: str) -> str:
    """`tabulate(rows, headers=headers, tablefmt=tablefmt)`, drawn here when the cells allow."""
    drawn = _draw(rows, headers, tablefmt)
    if drawn is not None:
        return drawn
    from tabulate import tabulate

    return str(tabulate([list(row) for row in rows], headers=list(headers), tablefmt=tablefmt))


def _kind(cell: object) -> int | None:
    """tabulate's type of a cell (_NONE, _INT_KIND, _FLOAT_KIND, _STR); None: leave it to
    tabulate (a bool, a float, a wide character, a text that looks like a number)."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int):
        return _INT_KIND
    if not isinstance(cell, str) or not _NARROW.fullmatch(cell):
        return None
    if not cell:
        return _NONE
    if _INT.fullmatch(cell):
        return _INT_KIND
    if _FLOAT.fullmatch(cell):
        return _FLOAT_KIND
    if cell in ("True", "False", "\n") or _NUMBERISH.fullmatch(cell) or _parses(cell):
        return None
    return _STR


def _parses(text: str) -> bool:
    """Whether float() reads `text` ("1e5", "nan", "infinity": tabulate would call it a number)."""
    try:
        float(text)
    except ValueError:
        return False
    return True


def _draw(rows: Sequence[Sequence[object]], headers: Sequence[str], tablefmt: str) -> str | None:
    """The table, or None when tabulate must draw it."""
    if tablefmt not in _FORMATS or not rows or any(len(row) != len(headers) for row in rows):
        return None
    if not all(_NARROW.fullmatch(h) and "\n" not in h for h in headers):
        return None
    columns = list(zip(*rows, strict=True))
    kinds = []
    for column in columns:
        cell_kinds = [_kind(cell) for cell in column]
        if None in cell_kinds:
            return None
        kinds.append(max(_NONE, *(k for k in cell_kinds if k is not None)))
    cells = [
        _aligned(column, kind, len(header) + MIN_PADDING)
        for column, kind, header in zip(columns, kinds, headers, strict=True)
    ]
    widths = [
        max(len(header) + MIN_PADDING, *(_width(cell) for cell in column))
        for column, header in zip(cells, headers, strict=True)
    ]
    numeric = [kind in (_INT_KIND, _FLOAT_KIND) for kind in kinds]
    head = [h.rjust(w) if n else h.ljust(w) for h, w, n in zip(headers, widths, numeric, strict=True)]
    multiline = any("\n" in cell for column in cells for cell in column)
    return _layout(
        _FORMATS[tablefmt], head, [list(row) for row in zip(*cells, strict=True)], widths, multiline
    )


def _width(cell: str) -> int:
    """The widest line of a cell (every character drawn is one column wide)."""
    return max(len(line) for line in re.split("[\r\n]", cell))


def _aligned(column: Sequence[object], kind: int, min_width: int) -> list[str]:
    """A column's cells formatted and padded as tabulate does: numbers right-aligned on their
    decimal point, everything else stripped and left-aligned."""
    if kind in (_INT_KIND, _FLOAT_KIND):
        texts = [_number(cell, kind) for cell in column]
        decimals = [_after_point(text) for text in texts]
        most = max(decimals)
        texts = [text + (most - d) * " " for text, d in zip(texts, decimals, strict=True)]
        width = max(min_width, *(_width(t) for t in texts))
        return [_pad_lines(text, width, right=True) for text in texts]
    texts = [str(cell).strip() for cell in column]
    width = max(min_width, *(_width(t) for t in texts))
    return [_pad_lines(text, width, right=False) for text in texts]


def _number(cell: object, kind: int) -> str:
    """An int as written; a number with a point as format(float, "g") writes it."""
    if cell == "":
        return ""
    return format(float(str(cell)), "g") if kind == _FLOAT_KIND else str(cell)


def _after_point(text: str) -> int:
    """Digits after the decimal point (or exponent), -1 without one (tabulate's _afterpoint)."""
    if not text or _INT.fullmatch(text):
        return -1
    position = text.rfind(".")
    if position < 0:
        position = text.lower().rfind("e")
    return len(text) - position - 1 if position >= 0 else -1


def _pad_lines(text: str, width: int, *, right: bool) -> str:
    """Each line of a cell padded to `width`."""
    if not text:
        return text
    return "\n".join(line.rjust(width) if right else line.ljust(width) for line in text.splitlines())


def _layout(
    fmt: tuple[_Line | None, _Line | None, _Line | None, _Line | None, tuple[str, str, str], int],
    head: list[str],
    rows: list[list[str]],
    widths: list[int],
    multiline: bool,
) -> str:
    """The lines of the table: rules, the header, the rows (a row of several lines per line)."""
    above, below_header, between, below, row_format, pad = fmt
    padded = [w + 2 * pad for w in widths]
    lines: list[str] = []
    if above is not None:
        lines.append(_rule(above, padded))
    lines.extend(_row_lines(head, widths, row_format, pad, multiline))
    if below_header is not None:
        lines.append(_rule(below_header, padded))
    for index, row in enumerate(rows):
        if index and between is not None:
            lines.append(_rule(between, padded))
        lines.extend(_row_lines(row, widths, row_format, pad, multiline))
    if below is not None:
        lines.append(_rule(below, padded))
    return "\n".join(lines)


def _rule(line: _Line, widths: list[int]) -> str:
    """A horizontal rule."""
    begin, fill, sep, end = line
    return (begin + sep.join(fill * w for w in widths) + end).rstrip()


def _row_lines(
    cells: list[str], widths: list[int], row_format: tuple[str, str, str], pad: int, multiline: bool
) -> list[str]:
    """One row, as many lines as its tallest cell (in a table with a multi-line cell, a row of
    empty cells has no line at all, as tabulate draws it)."""
    begin, sep, end = row_format
    split = [cell.splitlines() for cell in cells]
    height = max(len(lines) for lines in split) if multiline else 1
    space = " " * pad
    out = []
    for number in range(height):
        parts = [
            space + (lines[number] if number < len(lines) else " " * width) + space
            for lines, width in zip(split, widths, strict=True)
        ]
        out.append((begin + sep.join(parts) + end).rstrip())
    return out
