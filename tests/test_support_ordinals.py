"""FC602 reads every ordinal word of a source text in one scan: the same numbers, in the same
order, as searching for each ordinal word in turn."""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.extract.numbers import ORDINAL_WORDS
from factcheck.link.support import _word_numbers

ROOT = Path(__file__).resolve().parent.parent


def one_ordinal_at_a_time(text: str) -> list[tuple[float, tuple[int, int]]]:
    return [
        (float(rank), hit.span())
        for ordinal, rank in ORDINAL_WORDS.items()
        for hit in re.finditer(rf"\b{ordinal}\b", text, re.IGNORECASE)
    ]


def test_ordinal_words_are_read_as_one_search_for_each_would() -> None:
    texts = [
        "The Third day, a third-fourth split; THIRD time. ſixth and Fifth, fifths, fifth.",
        "Twentieth-century, 12th, twentieth; fourthfifth fourth_fifth fourth-fifth Thirteenth.",
        *(p.read_text(encoding="utf-8") for p in sorted((ROOT / "devdata" / "stories").glob("*/*.txt"))[:40]),
    ]
    found = 0
    for text in texts:
        expected = one_ordinal_at_a_time(text)
        read = _word_numbers(text)  # number words first, then the ordinals
        assert read[len(read) - len(expected) :] == expected
        found += len(expected)
    assert found >= 10
