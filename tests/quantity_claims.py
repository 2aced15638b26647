"""The quantities extraction finds in a short invented text, by their words: shared by the frame
tests (each reads its sentences as published on a day of its own)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from factcheck.extract import extract_text
from factcheck.model import DateInterval, Precision, QuantityClaim
from factcheck.model.ids import DRAFT_SOURCE


def published_on(day: str) -> DateInterval:
    """A publication date of one day ("2024-03-05")."""
    date = dt.date.fromisoformat(day)
    return DateInterval(start=date, end=date, precision=Precision.DAY)


def quantity_claims(
    text: str, published: DateInterval, source: str = DRAFT_SOURCE
) -> dict[str, QuantityClaim]:
    """Each quantity's words -> its claim, read as `source`'s (a checked draft's unless told)."""
    return {
        c.claim.text: c.claim
        for c in extract_text(text, published=published, source=source)
        if isinstance(c.claim, QuantityClaim)
    }


def claims_published(
    published: DateInterval, source: str = DRAFT_SOURCE
) -> Callable[[str], dict[str, QuantityClaim]]:
    """`quantity_claims` with the publication date (and source) fixed: a test module's `claims`."""
    return functools.partial(quantity_claims, published=published, source=source)
