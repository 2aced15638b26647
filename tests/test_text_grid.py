"""The text report's tables drawn a chunk at a time (report/textgrid.py) are tabulate's, character
for character: on random tables of the report's column kinds, wide and combining characters,
empty and multi-line cells, and tables longer than one chunk."""

from __future__ import annotations

import random

import pytest
from tabulate import tabulate

from factcheck.report import textgrid
from factcheck.report.textgrid import Kind, draw, text_column

WORDS = ["fire", "killed", "十二", "Zürich", "e\u0301te", "“quoted”", "✗", "", "  ", "a-b", "x" * 40, "\t"]
HEADERS = ["#", "rule", "conf", "finding", "sides (✗ wrong)"]
KINDS: list[Kind] = ["int", "text", "float", "text", "text"]


def _text(rng: random.Random) -> str:
    """A cell of words, some lines, some padding."""
    lines = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(1, 4))]
    return rng.choice(["", " ", "  "]) + "\n".join(lines) + rng.choice(["", " "])


def _row(rng: random.Random, number: int) -> list[object]:
    return [
        str(number),
        _text(rng),
        f"{rng.choice([0.0, 0.5, 0.8, 0.84, 1.0, 0.05, rng.random()]):.2f}",
        _text(rng),
        _text(rng),
    ]


def _drawn(rows: list[list[object]], headers: list[str], kinds: list[Kind], style: str) -> str:
    pieces = draw(rows, headers, kinds, style)
    assert pieces is not None
    return "".join(pieces)


@pytest.mark.parametrize("seed", range(40))
def test_grid_tables_are_tabulates(seed: int) -> None:
    rng = random.Random(seed)  # noqa: S311 - seeded test tables, not secrets
    rows = [_row(rng, n) for n in range(1, rng.randint(2, 30))]
    assert _drawn(rows, HEADERS, KINDS, "simple_grid") == tabulate(
        rows, headers=HEADERS, tablefmt="simple_grid"
    )


@pytest.mark.parametrize("seed", range(20))
def test_simple_tables_are_tabulates(seed: int) -> None:
    rng = random.Random(seed)  # noqa: S311 - seeded test tables, not secrets
    headers = ["source", "tier", "claims", "critical", "grade", "why"]
    kinds: list[Kind] = ["text", "text", "int", "int", "text", "text"]
    rows: list[list[object]] = [
        [
            f"s{n:03d}",
            rng.choice(["news", "reference"]),
            rng.randint(0, 5000),
            rng.randint(0, 3),
            rng.choice("ABCDF"),
            rng.choice(["", "1 major finding(s)", "十二 ok", " x "]),
        ]
        for n in range(rng.randint(1, 25))
    ]
    assert _drawn(rows, headers, kinds, "simple") == tabulate(rows, headers=headers, tablefmt="simple")


def test_a_long_table_comes_in_chunks_that_join_to_tabulates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textgrid, "CHUNK_ROWS", 7)
    rng = random.Random(7)  # noqa: S311 - seeded test tables, not secrets
    rows = [_row(rng, n) for n in range(1, 50)]
    pieces = list(draw(rows, HEADERS, KINDS, "simple_grid") or [])
    assert len(pieces) == 7
    assert "".join(pieces) == tabulate(rows, headers=HEADERS, tablefmt="simple_grid")


def test_a_text_column_of_numbers_is_left_to_tabulate() -> None:
    assert not text_column(["12", "1,000", "", "3.5e2", "nan", "True"])
    assert text_column(["12", "twelve"])
    assert text_column(["", ""])
    assert draw([["1", "12"]], ["#", "finding"], ["int", "text"], "simple") is None
    assert draw([], ["#", "finding"], ["int", "text"], "simple") is None


def test_a_cell_that_fits_is_wrapped_as_textwrap_wraps_it() -> None:
    import textwrap

    from factcheck.report.text import _wrap

    rng = random.Random(3)  # noqa: S311 - seeded test strings, not secrets
    pieces = ["a", "word", " ", "  ", "\t", "\n", "-", "十二", "x" * 12, "", "\r", "“q”"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        width = rng.randint(1, 30)
        assert _wrap(text, width) == ("\n".join(textwrap.wrap(text, width)) or text), (text, width)
