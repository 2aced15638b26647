"""The text tables drawn without tabulate are tabulate's, character for character."""

from __future__ import annotations

import random

import pytest
import wcwidth
from tabulate import tabulate

from factcheck.report.table import _NARROW, table

FORMATS = ("simple", "simple_grid", "plain")
WORDS = [
    "FC201",
    "count.conflict",
    "auto-linked",
    "s000:9 “hundreds”",
    "✗ s001",
    "Dushanbe",
    "—",
    "é",
    "",
    "a b",
]


def _cell(rng: random.Random, kind: str) -> object:
    """A random cell of a column kind."""
    if kind == "int":
        return rng.choice([rng.randint(0, 2000), str(rng.randint(0, 99))])
    if kind == "float":
        return rng.choice(["0.93", "1.00", "0.50", "0.07", "12.25"])
    if kind == "empty":
        return ""
    lines = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 3))]
    text = "\n".join(lines)
    return ("  " if rng.random() < 0.3 else "") + text


@pytest.mark.parametrize("seed", range(60))
def test_random_tables_match_tabulate(seed: int) -> None:
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    kinds = [rng.choice(["int", "float", "text", "text", "empty"]) for _ in range(rng.randint(1, 6))]
    headers = [
        rng.choice(["#", "rule", "conf", "sides (✗ wrong)", "why", "a long header here"]) for _ in kinds
    ]
    rows = [[_cell(rng, kind) for kind in kinds] for _ in range(rng.randint(1, 5))]
    for fmt in FORMATS:
        assert table(rows, headers, fmt) == tabulate(rows, headers=headers, tablefmt=fmt)


@pytest.mark.parametrize(
    "cell",
    [
        "42",
        "1,000",
        "True",
        "nan",
        "1e5",
        " 7 ",
        "北京",
        "e\u0301",
        "\x1b[31mred\x1b[0m",
        "tab\there",
        "12\n",
    ],
)
def test_cells_tabulate_reads_otherwise_are_left_to_it(cell: str) -> None:
    rows = [[cell, "x"], ["word", "y"]]
    for fmt in FORMATS:
        assert table(rows, ["source", "why"], fmt) == tabulate(rows, headers=["source", "why"], tablefmt=fmt)


def test_every_character_drawn_here_is_one_column_wide_for_wcwidth() -> None:
    narrow = [chr(c) for c in range(0x20, 0x2800) if _NARROW.fullmatch(chr(c)) and chr(c) != "\n"]
    assert len(narrow) > 500
    assert [c for c in narrow if wcwidth.wcwidth(c) != 1] == []
