"""A measure written with an article ("more than a metre", "about a mile") is a figure of one
that a summary may copy (link/support.py `source_numbers`); units of time stay out, and `check`
still rejects another figure. Invented texts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from summary_check import check_sentence

from factcheck.link.support import source_numbers

ARTICLE = "The quake set off tsunami waves more than a metre high and cut the coast road about a mile from the port.\n"


def test_a_unit_with_an_article_is_a_figure_of_one() -> None:
    found = {(value, noun.split()[0]) for value, _, noun in source_numbers(ARTICLE)}
    assert (1.0, "metre") in found
    assert (1.0, "mile") in found


def test_half_a_unit_and_units_of_time_are_not_one() -> None:
    found = source_numbers(
        "The water rose half a metre. Patrols run twice a week and the dam was built a year ago."
    )
    assert all(
        noun.split()[:1] not in (["metre"], ["week"], ["year"]) for value, _, noun in found if value == 1.0
    )


def _check(cli: Callable[..., Result], tmp_path: Path, summary: str) -> list[str]:
    _, findings = check_sentence(cli, tmp_path, {"article.txt": ARTICLE}, "", summary)
    return [f["outcome"] for f in findings if f["grade"] != "info"]


def test_check_passes_the_same_figure_and_rejects_another(cli: Callable[..., Result], tmp_path: Path) -> None:
    assert _check(cli, tmp_path, "Tsunami waves more than a metre high hit the coast.") == []
    assert _check(cli, tmp_path, "Tsunami waves more than three metres high hit the coast.") != []
