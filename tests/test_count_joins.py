"""Counts printed with no cue, met across outlets by the noun they count (registry/counts.py),
and compared by the quantity rules in `review`. Invented texts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import review_from

from factcheck.link.figures import figure_frame
from factcheck.model import ClaimStatus, QuantityClaim
from factcheck.registry import load_registry
from factcheck.registry.counts import joined_counts
from factcheck.registry.loader import open_store

STAND_IN = "unknown.quantity"


def count(source: str, value: float, unit: str, subject: str = STAND_IN, **more: object) -> QuantityClaim:
    """An extracted candidate, unless `status` says otherwise."""
    fields: dict[str, object] = {"status": ClaimStatus.CANDIDATE, **more}
    slug = "".join(ch for ch in unit + subject if ch.isalnum())
    return QuantityClaim(
        id=f"{source}.q{int(value)}{slug}",
        source=source,
        text=f"{value:g} {unit}",
        subject=subject,
        unit=unit,
        value=value,
        **fields,  # type: ignore[arg-type]
    )


def subjects(*claims: QuantityClaim) -> dict[str, list[str]]:
    """Each source's subjects after joining, in order."""
    found: dict[str, list[str]] = {}
    for claim in joined_counts(list(claims), {}):
        found.setdefault(claim.source, []).append(claim.subject)  # type: ignore[union-attr]
    return found


def test_bare_counts_of_one_noun_in_two_outlets_share_a_frame_of_their_own() -> None:
    joined = subjects(count("wire", 15, "cutters"), count("paper", 16, "cutters"))
    assert joined == {"wire": ["auto.count.cutters"], "paper": ["auto.count.cutters"]}


def test_a_bare_count_takes_the_frame_other_outlets_counts_of_its_noun_have() -> None:
    wire = count("wire", 12_700, "workers", "auto.count.strikers", running=True)
    (_, paper) = joined_counts([wire, count("paper", 12_900, "workers")], {"paper": dt.date(2023, 9, 16)})
    assert paper.subject == "auto.count.strikers"  # type: ignore[union-attr]
    # as the strike's own counts: a running figure as of its report's day (a later one is an update)
    assert paper.running  # type: ignore[union-attr]
    assert paper.as_of == dt.date(2023, 9, 16)  # type: ignore[union-attr]


def test_a_bare_count_far_from_the_frames_figures_stays_apart() -> None:
    """ "the school's 500 children" is not "20 children were killed"."""
    joined = subjects(count("wire", 20, "children", "auto.count.deaths"), count("paper", 500, "children"))
    assert joined["paper"] == [STAND_IN]


def test_outlets_agreeing_with_each_other_but_far_from_the_frame_stay_apart() -> None:
    """Three reports' "seven states" never join the frame of another's "India's 28 states"."""
    joined = subjects(
        count("a", 28, "states", "auto.count.population"),
        count("b", 7, "states"),
        count("c", 7, "states"),
        count("d", 7, "states"),
    )
    assert joined["b"] == joined["c"] == joined["d"] == [STAND_IN]


def test_a_noun_an_outlet_gives_two_figures_for_stays_apart_in_that_outlet() -> None:
    joined = subjects(
        count("a", 14, "girls"), count("a", 129, "girls"), count("b", 130, "girls"), count("c", 129, "girls")
    )
    assert joined["a"] == [STAND_IN, STAND_IN]
    assert joined["b"] == joined["c"] == ["auto.count.girls"]


def test_a_bare_count_never_joins_a_frame_its_outlet_gives_another_figure() -> None:
    joined = subjects(
        count("a", 24, "children", "auto.count.deaths"),
        count("a", 22, "children"),
        count("b", 23, "children", "auto.count.deaths"),
    )
    assert joined["a"] == ["auto.count.deaths", STAND_IN]


def test_a_noun_counted_in_two_frames_joins_neither() -> None:
    joined = subjects(
        count("a", 300, "workers", "auto.count.strikers"),
        count("b", 280, "workers", "auto.count.evacuated"),
        count("c", 290, "workers"),
    )
    assert joined["c"] == [STAND_IN]


def test_a_bare_count_joins_the_whole_not_a_part() -> None:
    joined = subjects(
        count("a", 35, "hostages", "auto.count.deaths"),
        count("a", 20, "hostages", "auto.count.deaths.part-foreign"),
        count("b", 34, "hostages"),
    )
    assert joined["b"] == ["auto.count.deaths"]
    parts_only = subjects(
        count("a", 2_000_000, "protesters", "auto.count.protesters-insisted.part-black-clad"),
        count("b", 2_000_000, "protesters"),
        count("c", 1_900_000, "protesters"),
    )
    assert parts_only["b"] == parts_only["c"] == [STAND_IN]


@pytest.mark.parametrize(
    "unit", ["miles", "people", "others", "times", "dollars", "millions", "km", "%", "years-old"]
)
def test_measures_and_nouns_that_name_nothing_never_join(unit: str) -> None:
    joined = subjects(count("a", 45, unit), count("b", 50, unit))
    assert joined == {"a": [STAND_IN], "b": [STAND_IN]}


def test_one_outlet_alone_makes_no_frame() -> None:
    assert subjects(count("a", 15, "cutters"), count("a", 15, "cutters")) == {"a": [STAND_IN, STAND_IN]}


@pytest.mark.parametrize(("one", "other"), [(3, 4), (1.8, 1.9)])
def test_small_counts_and_fractions_never_join(one: float, other: float) -> None:
    """ "three balls" and "four balls" are two of the many small counts a sports report gives of
    its noun; "1.8 children" is a rate, not a count."""
    joined = subjects(count("a", one, "balls"), count("b", other, "balls"))
    assert joined == {"a": [STAND_IN], "b": [STAND_IN]}


def test_a_count_set_apart_by_its_own_words_never_joins() -> None:
    joined = subjects(
        count("a", 11, "terrorists", "auto.count.deaths"),
        count("b", 14, "terrorists").model_copy(update={"text": "at least 14 other terrorists"}),
    )
    assert joined["b"] == [STAND_IN]


def test_a_bare_count_is_held_to_what_most_outlets_say_not_to_one() -> None:
    """ "about 3,600 workers" at one plant is near one report's 1,300 strikers, not the 12,700
    most reports give: it stays apart."""
    joined = subjects(
        count("a", 12_700, "workers", "auto.count.strikers"),
        count("b", 12_700, "workers", "auto.count.strikers"),
        count("c", 1_300, "workers", "auto.count.strikers"),
        count("d", 3_600, "workers"),
    )
    assert joined["d"] == [STAND_IN]


def test_a_curated_claim_is_never_rewritten() -> None:
    curated = count("a", 15, "cutters", status=ClaimStatus.CURATED)
    assert subjects(curated, count("b", 16, "cutters")) == {"a": [STAND_IN], "b": [STAND_IN]}


WIRE = (
    "The ferry Ocean Star sank off Jindo island on Wednesday, the coast guard said. Coast guards rescued 174 people.\n\n"
    "The school trip was accompanied by 15 teachers, officials said.\n"
)
PAPER = (
    "A ferry carrying students on a school trip sank on Wednesday.\n\n"
    "The students travelled with 14 teachers from the Danwon school.\n"
)
ECHO = (
    "Divers searched the sunken ferry Ocean Star on Thursday.\n\n"
    "The group included 15 teachers and a nurse.\n"
)


def test_review_compares_bare_counts_of_one_noun_across_outlets(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    findings = review_from(
        cli, tmp_path, monkeypatch.chdir, {"echo": ECHO, "paper": PAPER, "wire": WIRE}, "2024-05-07"
    )
    (finding,) = [f for f in findings if any("teachers" in s["text"] for s in f["sides"])]
    assert finding["rule_id"].startswith("FC1")
    assert finding["grade"] in ("minor", "major"), finding["message"]
    assert {s["source"] for s in finding["sides"]} == {"echo", "paper", "wire"}
    (outlier,) = finding["outliers"]
    assert outlier.startswith("paper.")
    assert all(s["auto_linked"] and s["frame"] == "auto.count.teachers" for s in finding["sides"])


def test_a_name_is_no_counted_noun_but_a_people_is() -> None:
    """ "180,000 Thomas Cook holidaymakers" counts no "thomas"; "27 Australians" counts Australians."""
    named = [
        count("a", 180_000, "thomas").model_copy(update={"text": "180,000 Thomas"}),
        count("b", 150_000, "thomas").model_copy(update={"text": "150,000 Thomas"}),
    ]
    assert subjects(*named) == {"a": [STAND_IN], "b": [STAND_IN]}
    people = [
        count("a", 27, "australians").model_copy(update={"text": "27 Australians"}),
        count("b", 28, "australians").model_copy(update={"text": "28 Australians"}),
    ]
    assert subjects(*people) == {"a": ["auto.count.australians"], "b": ["auto.count.australians"]}


def test_a_frame_from_the_noun_alone_never_narrows_what_supports_a_summary(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check` weighs a summary's figure against the source figures' frames: a frame given by
    the noun alone is none of the source's own words, so both the loaded registry and its
    compiled store leave it out (an unframed figure is judged by its noun, as before)."""
    texts = {"echo": ECHO, "paper": PAPER, "wire": WIRE}
    findings = review_from(cli, tmp_path, monkeypatch.chdir, texts, "2024-05-07")  # review compiles the store
    assert findings
    root = tmp_path / "reg"
    joined = [c for c in load_registry(root).claims if getattr(c, "noun_frame", False)]
    assert {c.source for c in joined} == {"echo", "paper", "wire"}
    assert all(figure_frame(c) is None for c in joined)
    opened = open_store(root)
    assert opened is not None
    stored = {(source, (start, end)) for source, start, end, _ in opened.figures(["auto.count."])}
    assert not stored & {(c.source, c.span) for c in joined}
    rescued = next(c for c in load_registry(root).claims if c.text == "174 people")
    assert (rescued.source, rescued.span) in stored  # a frame of the figure's own words stays
