"""Properties of extraction on arbitrary text: it never raises, and every span is exact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_text
from factcheck.extract.sources import load_registry_leniently
from factcheck.model import DateInterval, Precision, QuoteClaim
from factcheck.registry import Registry

ROOT = Path(__file__).resolve().parent.parent
REGISTRY: Registry = load_registry_leniently(ROOT)[0]

# pieces of news English that exercise every family, mixed with arbitrary unicode
PIECES = [
    "Putin",
    "Zoko",
    "Tajikists",
    "two small former Soviet states",
    "nearly 30 years",
    "hundreds of deaths",
    "tens of thousands",
    "between 10 and 20",
    "£50m",
    "7.1 million",
    "6th",
    "June 30 and July 1",
    "Tuesday (June 28)",
    "on Sunday",
    "this week",
    "early February",
    "2022-06-29T03:20:58.718Z",
    "24/7",
    "February 30",
    "“no boundaries” friendship pact",
    '"',
    "‘",
    "’",
    "“",
    "said:\n",
    " ",
    "\n",
    ".",
    ",",
    "İ",
    "ß",
    "ﬁ",
]
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=30).map(" ".join)
PUBLISHED = st.one_of(
    st.none(),
    st.builds(
        lambda start, days: DateInterval(
            start=start, end=start + dt.timedelta(days=days), precision=Precision.DAYS
        ),
        st.dates(min_value=dt.date(1, 1, 10), max_value=dt.date(9999, 9, 30)),
        st.integers(min_value=0, max_value=90),
    ),
)


def check_spans(text: str, published: DateInterval | None) -> None:
    """Every candidate's span is exactly its text, and quote words lie inside the text."""
    for candidate in extract_text(text, published=published, registry=REGISTRY):
        claim = candidate.claim
        assert claim.span is not None
        start, end = claim.span
        assert text[start:end] == claim.text
        assert claim.text
        assert candidate.sentence[0] <= start
        if isinstance(claim, QuoteClaim):
            assert claim.words in claim.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400), published=PUBLISHED)
def test_arbitrary_unicode_never_raises_and_spans_are_exact(
    text: str, published: DateInterval | None
) -> None:
    check_spans(text, published)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=PUBLISHED)
def test_newsy_text_never_raises_and_spans_are_exact(text: str, published: DateInterval | None) -> None:
    check_spans(text, published)


@pytest.mark.parametrize("path", sorted((ROOT / "seeds").glob("*.txt")), ids=lambda p: p.name)
def test_seed_spans_are_exact(path: Path) -> None:
    check_spans(path.read_text(encoding="utf-8"), None)
