"""Plain text for people: one table per grade, most severe first, then per-source grades.

Tables follow the terminal's width (COLUMNS, else the terminal's size, else 150); grade headings
are coloured when asked (the CLI decides: a terminal, NO_COLOR, --color).

Every string taken from data is shown with its control characters escaped (factcheck.report.
escape.visible): an ANSI or OSC sequence in a source text never reaches the terminal."""

from __future__ import annotations

import os
import sys
import textwrap
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from factcheck.model import ClaimVerdict, Finding, Grade, Report, Side
from factcheck.report.escape import escape_record, visible

PIPE_WIDTH = 150  # output that goes to no terminal: wide enough that logs keep phrases whole
MIN_COLUMN = 15  # the narrowest a wrapped column gets, however narrow the terminal
# what the table spends besides the message and sides columns: "#", rule, conf and the borders
_FIXED = 48
_COLORS = {Grade.CRITICAL: "1;31", Grade.MAJOR: "31", Grade.MINOR: "33", Grade.INFO: "36"}


def table(rows: Sequence[Sequence[object]], headers: Sequence[str], tablefmt: str) -> str:
    """The rows drawn by tabulate (imported here: only text output needs it)."""
    from tabulate import tabulate

    return str(tabulate([list(row) for row in rows], headers=list(headers), tablefmt=tablefmt))


def side_label(side: Side) -> str:
    """`s000:9 “hundreds of deaths”` (reference sources have no line)."""
    where = f"{side.source}:{side.line}" if side.line else side.source
    return f"{where} “{side.text}”"


def terminal_width() -> int:
    """The terminal's width, else (a pipe, a log file) PIPE_WIDTH (the CLI passes COLUMNS as the
    formatter's `width`)."""
    try:
        if sys.stdout.isatty():
            return os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError):
        pass  # stdout is no terminal after all (closed, or redirected under us): a pipe's width
    return PIPE_WIDTH


def _widths(width: int) -> tuple[int, int]:
    """How wide the message and sides columns may be in a table `width` characters wide."""
    room = max(width - _FIXED, 2 * MIN_COLUMN)
    message = max(MIN_COLUMN, room * 11 // 20)
    return message, max(MIN_COLUMN, room - message)


_WRAP_SPACES = frozenset("\t\n\x0b\x0c\r")  # whitespace textwrap turns into spaces (and " ")


def _wrap(text: str, width: int) -> str:
    """The text in lines of at most `width` characters (textwrap's); a text that fits in one,
    with no whitespace for textwrap to change or drop, is that line: most sides and short
    messages, without textwrap's chunking."""
    if 0 < len(text) <= width and text[-1] != " " and _WRAP_SPACES.isdisjoint(text):
        return text
    return "\n".join(textwrap.wrap(text, width)) or text


def _row(number: int, finding: Finding, widths: tuple[int, int]) -> list[str]:
    """A finding's table row, every string from data escaped (`visible` works character by
    character, so escaping a cell's text is escaping each field in it; a million-claim review
    escapes its 110,000 findings' shown fields instead of copying every finding escaped)."""
    sides = "\n".join(
        _wrap(("✗ " if _wrong(finding, s) else "  ") + visible(side_label(s)), widths[1])
        for s in finding.sides
    )
    return [
        str(number),
        visible(f"{finding.rule_id}\n{finding.rule_name}") + ("\nauto-linked" if finding.auto_linked else ""),
        f"{finding.confidence:.2f}",
        _wrap(visible(finding.message), widths[0]),
        sides,
    ]


def _wrong(finding: Finding, side: Side) -> bool:
    return side.claim_id == finding.likely_wrong or side.claim_id in finding.outliers


def _heading(grade: Grade, count: int, color: bool) -> str:
    text = f"{grade.value.upper()} ({count})"
    return f"\033[{_COLORS[grade]}m{text}\033[0m" if color else text


def format_text(report: Report, *, color: bool = False, quiet: bool = False, width: int | None = None) -> str:
    """Tables per grade, a per-source summary and any engine errors (quiet: the findings only)."""
    return "".join(text_chunks(report, color=color, quiet=quiet, width=width))


FINDING_HEADERS = ("#", "rule", "conf", "finding", "sides (✗ wrong)")
SOURCE_HEADERS = ("source", "tier", "claims", *(g.value for g in Grade), "grade", "why")
# tabulate lays a whole table out in memory (every cell padded, then one string): a review of a
# million claims has ~110,000 findings, whose one table took ~0.8 GiB and half a minute more than
# the JSON report. A longer table is printed as consecutive tables of this many rows, each with
# its header: the same rows and cells, each block's columns as wide as its own widest cell.
CHUNK_ROWS = 2000


def text_chunks(
    report: Report, *, color: bool = False, quiet: bool = False, width: int | None = None
) -> Iterator[str]:
    """format_text's text in pieces of a few thousand table rows: a review's hundred thousand
    findings are laid out and written a chunk at a time, never as one string. Each string from
    data is escaped as its row is made (escape_report of the whole report would copy every finding)."""
    pieces = _joined(_parts(report, color=color, quiet=quiet, width=width), first_stripped=quiet)
    started = False
    for piece in pieces:
        started = True
        yield piece
    if started or not quiet:
        yield "\n"


def _joined(parts: Iterator[Iterable[str]], *, first_stripped: bool) -> Iterator[str]:
    """The parts' pieces, a newline between one part and the next (the first part's leading
    newlines stripped when asked: the quiet report starts with its first table)."""
    first = True
    for part in parts:
        for n, piece in enumerate(part):
            if n == 0 and not first:
                piece = "\n" + piece
            elif n == 0 and first_stripped:
                piece = piece.lstrip("\n")
            yield piece
        first = False


def _parts(report: Report, *, color: bool, quiet: bool, width: int | None) -> Iterator[Iterable[str]]:
    """The report's parts in order: the title line, each grade's heading and table, the engine's
    errors, the per-source table and the verdicts (quiet: the tables and errors only)."""
    widths = _widths(width or terminal_width())
    if not quiet:
        yield [
            f"{visible(report.title)}: {len(report.findings)} finding(s) over {report.claims} claims, "
            f"{len(report.rules)} rules" + (f" ({report.suppressed} suppressed)" if report.suppressed else "")
        ]
    for grade, group in report.by_grade():
        rows = [_row(number, finding, widths) for number, finding in group]
        yield [f"\n{_heading(grade, len(rows), color)}"]
        yield _table_pieces(rows, FINDING_HEADERS, "simple_grid")
    if report.errors:
        yield ["\nENGINE ERRORS (findings may be missing):"]
        yield from ([f"  - {visible(e)}"] for e in report.errors)
    if quiet:
        return
    if not report.findings:
        yield ["\nNo findings."]
    yield ["\nPer source (a finding counts against the side likely wrong, else every news side)"]
    summary_rows: list[list[object]] = [
        [
            visible(s.source),
            s.tier.value,
            s.claims,
            *(s.counts[g] for g in Grade),
            visible(s.letter),
            visible(s.reason),
        ]
        for s in report.sources
    ]
    yield _table_pieces(summary_rows, SOURCE_HEADERS, "simple")
    verdicts = [escape_record(v, visible) for v in report.verdicts]
    yield from ([line] for line in _verdict_lines(verdicts))


def _table_pieces(rows: Sequence[Sequence[object]], headers: Sequence[str], style: str) -> Iterator[str]:
    """A table's text in pieces: one tabulate table per CHUNK_ROWS rows, blocks a newline apart."""
    for start in range(0, max(len(rows), 1), CHUNK_ROWS):
        yield ("\n" if start else "") + table(rows[start : start + CHUNK_ROWS], headers, style)


def _verdict_lines(verdicts: Sequence[ClaimVerdict]) -> list[str]:
    """`check`: the tally of verdicts, and each contradicted or unsupported value with what the
    nearest source sentence does say (every string from data escaped)."""
    if not verdicts:
        return []
    tally = Counter(v.verdict.value for v in verdicts)
    kinds = ("supported", "contradicted", "unsupported")
    lines = ["\nVerdicts: " + ", ".join(f"{tally[k]} {k}" for k in kinds)]
    for verdict in verdicts:
        if verdict.verdict.value == "supported":
            continue
        where = f"{verdict.file}:{verdict.line}" if verdict.line else verdict.file or ""
        lines.append(visible(f"  {where} {verdict.verdict.value} {verdict.kind} “{verdict.text}”"))
        if verdict.evidence is not None:
            place = f"{verdict.evidence.file or verdict.evidence.source}"
            place += f":{verdict.evidence.line}" if verdict.evidence.line else ""
            lines.append(_wrap(visible(f"    sources ({place}): “{verdict.evidence.words}”"), 100))
    return lines


def format_statistics(report: Report) -> str:
    """Findings counted per rule, most frequent first (as `ruff check --statistics`)."""
    counts = Counter(f.rule_id for f in report.findings)
    names = {f.rule_id: (f.rule_name, f.grade) for f in report.findings}
    rows = [
        [count, rule_id, names[rule_id][0], names[rule_id][1].value]
        for rule_id, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
    if not rows:
        return "No findings.\n"
    return table(rows, ["count", "rule", "name", "grade"], "plain") + "\n"
