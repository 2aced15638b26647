"""Scale words of headlines: a title-case or capitalised "Million"/"Billion" and a spaced "bn" give
the whole figure, not the bare digits ("$5 Billion Penalty" was read as $5). Session 19 (fa19)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_text
from factcheck.model import QuantityClaim


def quantities(text: str) -> list[QuantityClaim]:
    return [c.claim for c in extract_text(text) if isinstance(c.claim, QuantityClaim)]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        (
            "Facebook Will Pay An Unprecedented $5 Billion Penalty Over Privacy Breaches",
            "$5 Billion",
            5e9,
            "USD",
        ),
        ("Mexico Offers $3.8 Million Reward for Capture", "$3.8 Million", 3.8e6, "USD"),
        ("Hong Kong: 2 MILLION People March Against the Extradition Law", "2 MILLION People", 2e6, None),
        ("Facebook to pay record $5 bn US fine over privacy", "$5 bn", 5e9, "USD"),
        # Reuters' scale abbreviations, with or without a currency (session 20)
        ("* Market cap destruction estimated at $100 bln", "$100 bln", 100e9, "USD"),
        ("Output fell to 9.5 mln barrels per day in May.", "9.5 mln", 9.5e6, None),
        ("The central bank holds 1.2 trln yen of bonds.", "1.2 trln", 1.2e12, None),
        ("Equifax: Cyberattack Might Have Affected 143 Million Consumers", "143 Million", 143e6, None),
    ],
)
def test_headline_scale_word_gives_the_whole_figure(
    text: str, span: str, value: float, unit: str | None
) -> None:
    found = [q for q in quantities(text) if q.text.startswith(span)]
    assert found, [q.text for q in quantities(text)]
    assert found[0].value == pytest.approx(value)
    if unit is not None:
        assert found[0].unit == unit


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The regulator fined the company $5 billion on Wednesday.", "$5 billion", 5e9),
        ("It paid £200m to the banks.", "£200m", 200e6),
        ("The bus had travelled 5 km when it crashed.", "5 km", 5),
        ("Tickets cost $5 at the door for 300 fans.", "$5", 5),
        # a title-case compound and a place name keep the bare figure
        ("Top 10 Million-Dollar Homes Sold In March", "10 Million-Dollar Homes", 10),
        ("The 3 Thousand Islands tours were cancelled.", "3 Thousand Islands", 3),
    ],
)
def test_other_figures_read_as_before(text: str, span: str, value: float) -> None:
    found = [q for q in quantities(text) if q.text.startswith(span)]
    assert found, [q.text for q in quantities(text)]
    assert found[0].value == pytest.approx(value)


def test_a_spaced_bn_needs_the_digits_before_it() -> None:
    """'bn' after a space is a scale only right after a figure: a word starting with bn is not."""
    texts = [q.text for q in quantities("The 5 bnei brith members met 12 donors.")]
    assert "5 bn" not in texts


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # review19_fa19 item 1: the next line's first word is capitalised, it is no scale of the headline
        (
            "Earthquake In Turkey Kills 300\nMillions Left Without Power As Aftershocks Continue\n\n"
            "ANKARA (Reuters) - A magnitude 7.1 earthquake killed 300 people.",
            "300",
            300,
        ),
        # item 2: after a year, in a compound, or on a line of running text the figure stays bare
        ("It was 25 years after the 1995 Million Man March, which drew about 400,000 people.", "1995", 1995),
        ("Marchers Mark The 2017 Million Woman March", "2017", 2017),
        ("Remembering The 1956 Million Dollar Quartet", "1956", 1956),
        ("The 10 Million Dollar Homes list was topped by a $12 million mansion.", "10", 10),
        ("Top 10 Million Dollar Homes Sold In March", "10", 10),
        ("United Sign 3 Million Pound Striker", "3", 3),
        ("Fans said 3 Million Pound Striker Was Worth It, the club said.", "3", 3),
        ("Meet The 2 Million Pound Drop Winners", "2", 2),
    ],
)
def test_no_title_case_scale_outside_a_headline_figure(text: str, span: str, value: float) -> None:
    """No figure of the text is the span's digits times a million or a billion."""
    claims = quantities(text)
    scaled = [q.text for q in claims if q.value in (pytest.approx(value * 1e6), pytest.approx(value * 1e9))]
    assert scaled == [], scaled
