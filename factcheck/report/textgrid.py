"""The text report's tables drawn a chunk of rows at a time, as tabulate draws them.

tabulate lays out a whole table in memory: every cell padded, every line, then one string.
A review of a million claims has about 110,000 findings in one table: tabulate's copies of
them took about 0.8 GiB and half a minute more than the JSON report. The column widths and
alignments depend on every row, so they are measured first (one pass over the rows' cells);
then the lines are drawn and handed on a chunk of rows at a time.

Only what the text report's tables use is drawn here: tabulate's "simple_grid" and "simple"
formats, columns of whole numbers (right-aligned), of numbers with decimals (formatted as
tabulate's default "g" and aligned on the decimal point) and of text (stripped, left-aligned),
widths counted as tabulate counts them (wcwidth when it is installed, as tabulate does).
tabulate decides a column's type by its values: a text column whose every value reads as a
number would be aligned as numbers, and `draw` then says so (None) and the caller uses
tabulate itself. tests/test_text_grid.py compares both on random and hostile tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Literal

import msgspec

Kind = Literal["int", "float", "text"]
CHUNK_ROWS = 2000  # rows drawn per piece handed on: a few MB of text at most


class _Style(msgspec.Struct, frozen=True):
    """One of tabulate's formats: its rules (begin, fill, separator, end) and row borders."""

    above: tuple[str, str, str, str] | None
    below_header: tuple[str, str, str, str]
    between: tuple[str, str, str, str] | None
    below: tuple[str, str, str, str] | None
    row: tuple[str, str, str]
    pad: int


STYLES = {
    "simple_grid": _Style(
        above=("┌", "─", "┬", "┐"),
        below_header=("├", "─", "┼", "┤"),
        between=("├", "─", "┼", "┤"),
        below=("└", "─", "┴", "┘"),
        row=("│", "│", "│"),
        pad=1,
    ),
    # "simple" hides its lines above and below when the table has headers (ours always have)
    "simple": _Style(
        above=None, below_header=("", "-", "  ", ""), between=None, below=None, row=("", "  ", ""), pad=0
    ),
}
_MIN_PADDING = 2  # tabulate: a column is at least its header's width and two more


def _width_function() -> Callable[[str], int]:
    """How tabulate counts a line's width: wcwidth's when installed (wide characters count two)."""
    import tabulate

    if tabulate.WIDE_CHARS_MODE:
        from wcwidth import wcswidth

        # printable ASCII is one column a character: most lines, counted without wcwidth's tables
        return lambda line: len(line) if line.isascii() and line.isprintable() else int(wcswidth(line))
    return len


def text_column(values: Sequence[str]) -> bool:
    """Whether tabulate reads a column of these strings as text: some value is neither empty
    nor something it parses as a number or a truth value (else it aligns them as numbers)."""
    every_empty = True
    for value in values:
        if not value:
            continue
        every_empty = False
        if value in ("True", "False"):
            continue
        try:
            float(value.replace(",", ""))
        except ValueError:
            return True
    return every_empty


def _afterpoint(value: str) -> int:
    """How many characters follow the decimal point (or the exponent mark) of a formatted
    number; -1 for a whole number (tabulate's `_afterpoint` of what `format(x, "g")` gives)."""
    point = value.rfind(".")
    if point < 0:
        point = value.lower().rfind("e")
        if point < 0:
            return -1
    return len(value) - point - 1


def _cells(rows: Sequence[Sequence[object]], kinds: Sequence[Kind]) -> list[list[str]]:
    """Each column's cells as tabulate formats and aligns them before padding."""
    columns: list[list[str]] = []
    for n, kind in enumerate(kinds):
        if kind == "text":
            columns.append([str(row[n]).strip() for row in rows])
        elif kind == "int":
            columns.append([str(row[n]) for row in rows])
        else:
            shown = [format(float(str(row[n])), "g") for row in rows]
            decimals = [_afterpoint(s) for s in shown]
            most = max(decimals, default=-1)
            columns.append([s + " " * (most - d) for s, d in zip(shown, decimals, strict=True)])
    return columns


def draw(
    rows: Sequence[Sequence[object]], headers: Sequence[str], kinds: Sequence[Kind], style: str
) -> Iterator[str] | None:
    """The table's text (no final newline), a chunk of rows at a time, exactly as `tabulate(rows,
    headers, tablefmt=style)` gives it; None when tabulate would read a text column as numbers
    or there are no rows (the caller asks tabulate)."""
    if not rows or any(
        kind == "text" and not text_column([str(row[n]) for row in rows]) for n, kind in enumerate(kinds)
    ):
        return None
    return _lines(rows, headers, kinds, STYLES[style])


def _lines(
    rows: Sequence[Sequence[object]], headers: Sequence[str], kinds: Sequence[Kind], style: _Style
) -> Iterator[str]:
    """The table drawn: columns measured over every row, then lines a chunk of rows at a time."""
    width = _width_function()
    columns = _cells(rows, kinds)
    widths = [
        max(width(header) + _MIN_PADDING, *(width(line) for cell in column for line in cell.split("\n")))
        for header, column in zip(headers, columns, strict=True)
    ]
    right = [kind != "text" for kind in kinds]
    padded = [w + 2 * style.pad for w in widths]
    head: list[str] = []
    if style.above:
        head.append(_rule(padded, style.above))
    head.extend(_row_lines(list(headers), widths, right, style, width))
    head.append(_rule(padded, style.below_header))
    between = _rule(padded, style.between) if style.between else None
    piece = head
    for start in range(0, len(rows), CHUNK_ROWS):
        for n in range(start, min(start + CHUNK_ROWS, len(rows))):
            if n and between is not None:
                piece.append(between)
            piece.extend(_row_lines([column[n] for column in columns], widths, right, style, width))
        if start + CHUNK_ROWS >= len(rows) and style.below:
            piece.append(_rule(padded, style.below))
        yield ("\n" if start else "") + "\n".join(piece)
        piece = []


def _rule(padded: Sequence[int], line: tuple[str, str, str, str]) -> str:
    """A horizontal rule across columns this wide (padding included)."""
    begin, fill, separator, end = line
    return (begin + separator.join(fill * w for w in padded) + end).rstrip()


def _row_lines(
    cells: Sequence[str],
    widths: Sequence[int],
    right: Sequence[bool],
    style: _Style,
    width: Callable[[str], int],
) -> list[str]:
    """The lines of one row: each cell's lines padded to its column (numbers to the right), a
    cell with fewer lines than the row continued by blank ones."""
    split = [cell.splitlines() for cell in cells]
    height = max(1, *(len(lines) for lines in split))
    pad = " " * style.pad
    begin, separator, end = style.row
    drawn = []
    for at in range(height):
        parts = []
        for lines, w, to_right in zip(split, widths, right, strict=True):
            if at < len(lines):
                line = lines[at]
                fill = " " * (w - width(line))
                parts.append(pad + (fill + line if to_right else line + fill) + pad)
            else:
                parts.append(pad + " " * w + pad)
        drawn.append((begin + separator.join(parts) + end).rstrip())
    return drawn
