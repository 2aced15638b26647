"""Session 33, from the development stories' gold.

Lengths of things a story is about never met: "the nine-hour battle to save the cathedral" beside
"a more than 12-hour battle", "after four hours of deliberation" beside "roughly 10 hours of
deliberation", "a 16-minute bodycam video" beside "a 17-minute video". A duration framed only by
an event cue ("the search lasted", "waited for") or a state ("trapped for"); these name what they
measure with a noun. A length written with its noun is now that activity's length,
auto.span.<noun>.for, compared by FC205 as any span; nouns whose length depends on who or where
(a journey, a prison term) and a part of an activity ("the first 24 hours of talks") get no frame.

A person's surname misspelt once beside the name written once in the same report ("Seibold was
said to be alert" after "Peter Siebold", in a report among three that all write Siebold) was a
name of its own: a source had to write the slip less often than the name. Written once each, a
surname one letter off is now the person's; a given name one letter off still is not (a cousin).

Then from two stories run once before they were tuned on (the Titan submersible, June 2023; the
Derna dams, September 2023): a length in yards, "16 hundred feet", a dam "74 meters high" read as
a distance, "two dams" read as the missing, a summary's "1,900 feet" borne out by "sank in 1912",
and an undated source's "on Sunday" read as the summary's week's Sunday.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from quantity_claims import published_on
from registry_review import Review
from summary_check import check_sentence

from factcheck.extract import extract_text
from factcheck.extract.autonames import NameClusters
from factcheck.link.support import STATED_YEAR
from factcheck.model import DurationClaim

CLI = Callable[..., Result]


def lengths(text: str) -> dict[str, str]:
    """Each duration's words -> its frame."""
    return {
        c.claim.text: c.claim.subject
        for c in extract_text(text, published=published_on("2019-04-17"), source="wire")
        if isinstance(c.claim, DurationClaim)
    }


@pytest.mark.parametrize(
    ("text", "words", "frame"),
    [
        ("The nine-hour battle to save the cathedral ended at dawn.", "nine-hour", "auto.span.battle.for"),
        (
            "The jury reached its verdict after four hours of deliberation.",
            "four hours",
            "auto.span.deliberation.for",
        ),
        ("The two leaders held two hours of closed-door talks.", "two hours", "auto.span.talk.for"),
        ("The gunman streamed a 16-minute bodycam video of the attack.", "16-minute", "auto.span.video.for"),
        ("The free fall lasted 4 minutes and 20 seconds.", "4 minutes and 20 seconds", "auto.span.fall.for"),
        (
            "He made a free fall of four minutes and 19 seconds.",
            "four minutes and 19 seconds",
            "auto.span.fall.for",
        ),
        ("The government declared three days of national mourning.", "three days", "auto.span.mourning.for"),
        # a noun an event cue names keeps that event's frame: "the operation lasted" says the same
        ("It was a gruelling eight-hour rescue operation.", "eight-hour", "auto.span.searched.for"),
    ],
)
def test_a_length_written_with_its_noun_is_that_activity_s_length(text: str, words: str, frame: str) -> None:
    assert lengths(text)[words] == frame


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Talks went on through the first 24 hours of talks.", "24 hours"),  # a part of them
        ("He joined picketers for the second of three days of planned strikes.", "three days"),
        ("The village is a two-hour drive from the city.", "two-hour"),  # depends on where from
        ("He was jailed for a 10-year sentence.", "10-year"),  # a person's: several people's differ
        ("Notre Dame survived almost 900 years of turbulent French history.", "900 years"),
        ("He celebrated after several minutes of acknowledging the crowd.", "several minutes"),
        ("She was buried beside her husband of 73 years.", "73 years"),
        ("UK 30-year gilt yields rose sharply.", "30-year"),
        ("Two days of torrential rains set off the landslide.", "Two days"),  # no plain noun phrase
    ],
)
def test_a_length_of_no_plain_activity_gets_no_frame(text: str, words: str) -> None:
    assert not lengths(text).get(words, "unknown").startswith("auto.span.")


def test_two_outlets_lengths_of_one_deliberation_are_a_finding(review: Review) -> None:
    report = review(
        {
            "a": ("2021-04-20", "The jury reached its verdict after four hours of deliberation on Tuesday."),
            "b": ("2021-04-20", "The jury returned its verdict after roughly 10 hours of deliberation."),
        }
    )
    [finding] = [f for f in report["findings"] if f["rule_id"] == "FC205"]
    assert finding["grade"] == "major"
    assert {side["source"] for side in finding["sides"]} == {"a", "b"}


def test_the_same_length_in_other_words_is_no_finding(review: Review) -> None:
    report = review(
        {
            "a": ("2019-04-16", "Firefighters won the nine-hour battle to save the cathedral."),
            "b": ("2019-04-16", "The nine-hour battle to save Notre Dame ended before dawn."),
        }
    )
    assert [f for f in report["findings"] if f["rule_id"] == "FC205"] == []


SIEBOLD = {
    "a": "Pilot Peter Siebold, 43, survived the crash.",
    "b": "Peter Siebold parachuted to the ground, officials said.",
    "c": "Test pilot Peter Siebold was taken to hospital.",
}


def test_a_surname_slip_written_once_beside_the_name_once_is_the_person() -> None:
    texts = {
        **SIEBOLD,
        "d": "A second pilot, Peter Siebold, survived. Seibold was said to be alert and talking.",
    }
    clusters = NameClusters(texts)
    assert clusters.frame("Seibold") == clusters.frame("Peter Siebold") == "auto.name.peter-siebold"


def test_a_given_name_one_letter_off_written_once_stays_a_name_of_its_own() -> None:
    # relatives share a surname: "His cousin Devandra" is someone else, however alike the names
    texts = {**SIEBOLD, "d": "Peter Siebold survived.\n\nHis cousin Petar Siebold flew to the site."}
    clusters = NameClusters(texts)
    assert clusters.frame("Petar Siebold") != clusters.frame("Peter Siebold")


def test_a_place_one_letter_off_written_once_stays_a_place_of_its_own() -> None:
    # no person's cue beside either spelling: a village may have a neighbour one letter off
    texts = {
        "a": "Rescuers searched Siebold on Friday.",
        "b": "The road to Siebold was cut.",
        "c": "Floods reached Siebold overnight.",
        "d": "Boats reached Siebold at noon. Villagers from Seibold joined them.",
    }
    clusters = NameClusters(texts)
    assert clusters.frame("Seibold") != clusters.frame("Siebold")


# ---------------------------------------------------------------------------------------------
# From two new stories run once untouched (the Titan submersible, June 2023; the Derna dams,
# September 2023), each false alarm or miss as the general case it stands for.


def quantities(text: str, day: str = "2023-09-13") -> dict[str, tuple[str, float | None, str]]:
    """Each quantity's words -> (frame, value, unit)."""
    return {
        c.claim.text: (c.claim.subject, c.claim.value, c.claim.unit)
        for c in extract_text(text, published=published_on(day), source="wire")
        if c.claim.kind == "quantity"
    }


def test_a_length_in_yards_is_a_distance_and_meets_one_in_feet(review: Review) -> None:
    found = quantities("The wreckage was found just 330 yards from the Titanic's bow.")
    assert found["330 yards"][0] == "auto.measure.distance.titanic"
    report = review(
        {
            "a": ("2023-06-22", "The debris lay 1,600 feet from the Titanic's bow, Mauger said."),
            "b": ("2023-06-22", "Debris was found about 1,600 feet from the Titanic's bow, the Navy said."),
            "c": ("2023-06-23", "The wreckage was found just 330 yards from the Titanic's bow."),
        }
    )
    [finding] = [f for f in report["findings"] if f["rule_id"] in ("FC101", "FC102")]
    assert finding["grade"] in ("major", "critical")
    outliers = [side["source"] for side in finding["sides"] if side["claim_id"] in finding["outliers"]]
    assert outliers == ["c"]  # 330 yards is 990 feet: the outlier, after conversion


def test_a_figure_in_hundreds_is_read_whole() -> None:
    found = quantities("A crew found the debris field about 16 hundred feet away from the Titanic site.")
    assert found["about 16 hundred feet"][1] == 1600


def test_a_length_followed_by_high_is_a_thing_s_size_not_a_distance() -> None:
    found = quantities(
        "Abu Mansour, 74 meters high and farthest from the city, held 22.5 million cubic meters."
    )
    assert found["74 meters"][0] == "unknown.quantity"  # no "distance from the city"
    assert (
        quantities("Attention turned to a 70-metre-tall dam upstream.")["70"][0]
        == "auto.measure.size.dam.height"
    )
    dams = quantities("The two dams were only about 40 meters high before they turned into rubble.")
    assert dams["about 40 meters"][0] == "auto.measure.size.dam.height"


def test_dams_that_collapse_are_counted_as_dams_not_as_the_missing() -> None:
    found = quantities("Libya: thousands missing after two dams collapse due to heavy rains")
    assert found["two dams"][0] == "auto.count.dams"


def test_a_bare_year_in_a_source_supports_no_length_in_feet(cli: CLI, tmp_path: Path) -> None:
    source = "OceanGate said it could carry five people to depths of 3800 metres to reach the RMS Titanic, which sank in 1912."
    code, findings = check_sentence(
        cli, tmp_path, {"a.txt": source}, "2023-06-23", "Debris was found 1,900 feet from the Titanic's bow."
    )
    assert code == 1
    assert [f["rule_id"] for f in findings] == ["FC602"]  # 1,900 feet: no source states it


DERNA = {
    "africa.txt": "Two dams and four bridges collapsed in Derna when Storm Daniel hit on Sunday.",
    "livemint.txt": "The destruction struck Derna and other parts of eastern Libya on Sunday night.",
    "afp.txt": (
        "Derna, Libya (AFP) - The dams had been cracked since 1998, an official said. The prosecutor "
        "said in 1998 a study found cracks. On September 10, Storm Daniel made landfall in eastern Libya."
    ),
}


def test_undated_sources_weekdays_do_not_fault_a_summary_written_a_week_later(
    cli: CLI, tmp_path: Path
) -> None:
    # read against the summary's date (Wednesday 20 September), "on Sunday" would be the 17th; a
    # source dates the landfall to Sunday 10 September, so the Sunday is any of the year before
    # the summary, never the most stated year (1998 here)
    code, findings = check_sentence(
        cli,
        tmp_path,
        DERNA,
        "2023-09-20",
        "Storm Daniel made landfall in eastern Libya on September 10, 2023.",
    )
    assert (code, findings) == (0, [])


def test_a_decade_is_no_stated_year() -> None:
    assert STATED_YEAR.findall("built in the 1970s, cracked since 1998, the 1990’s study") == ["1998"]
