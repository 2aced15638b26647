"""Issue 12, session 27: temperature readings are read with their scale and sign, and framed by
the place named in their clause (factcheck/extract/temperatures.py).

Before, "40.3C" was no number, "49.3°C" a count of people, "40 degrees Celsius" a count of
degrees, and "-18 degrees Celsius" lost its sign: two reports of a heat record at one station
(40.3C against a mistyped 49.3°C) never met, and a reading below zero could meet one above it.
"""

from __future__ import annotations

from typing import Any

from registry_review import Review

from factcheck.extract.pipeline import extract_text
from factcheck.model import QuantityClaim

CONINGSBY = "auto.measure.temperature.coningsby"


def readings(text: str) -> list[tuple[str, float | None, str, str]]:
    """(text, value, unit, frame) of the quantities extracted from `text`."""
    claims = [c.claim for c in extract_text(text, corpus={})]
    return [(c.text, c.value, c.unit, c.subject) for c in claims if isinstance(c, QuantityClaim)]


def test_a_reading_keeps_its_scale_and_its_place() -> None:
    assert readings("A temperature of 40.3C was provisionally recorded in Coningsby.") == [
        ("40.3C", 40.3, "°C", CONINGSBY)
    ]
    assert readings("According to the Met Office, Coningsby recorded a maximum temperature of 49.3°C.") == [
        ("49.3°C", 49.3, "°C", CONINGSBY)
    ]
    [celsius, fahrenheit] = readings("It reached 40 degrees Celsius (104 Fahrenheit) in London.")
    assert celsius == ("40 degrees Celsius", 40.0, "°C", "auto.measure.temperature.london")
    assert fahrenheit[1:3] == (104.0, "°F")


def test_a_reading_below_zero_is_never_read_without_its_sign() -> None:
    for text in (
        "Temperatures in the region had plunged to -18 degrees Celsius in Chelyabinsk.",
        "It was minus nine degrees Celsius in Chelyabinsk.",
        "The vaccine must be stored at minus 70C in Belgium.",
    ):
        assert [r for r in readings(text) if r[1] in (18.0, 9.0, 70.0)] == [], text


def test_what_is_not_a_reading_or_names_no_place_stays_unframed() -> None:
    # a name with a number and a letter is no temperature; an angle in degrees is none either
    assert [r for r in readings("Apollo 13C was a mission.") if r[2] == "°C"] == []
    assert all(r[2] != "°C" for r in readings("The plane turned 40 degrees to the left."))
    # no place named: the reading is nobody's, and never meets another
    [(_, _, unit, frame)] = readings("Temperatures hit 40C on Tuesday.")
    assert (unit, frame) == ("°C", "unknown.quantity")
    # an old record is not a reading of this heatwave
    old = readings("It beat the previous UK record of 38.7C in Cambridge.")
    assert [r[3] for r in old] == ["unknown.quantity"]


def test_a_scale_letter_after_a_space_is_read_when_the_figure_is_a_temperature() -> None:
    # the Canadian Press prints "47.9 C": a decimal, a sign, a cue before or a conversion after
    # makes the letter a scale, and the figure is no count of people any more
    assert readings("Lytton hit 46.6 C on Sunday, Environment Canada said.") == [
        ("46.6 C", 46.6, "°C", "auto.measure.temperature.lytton")
    ]
    [(_, value, unit, frame)] = readings("Today it recorded temperatures peaking at 49 C in Death Valley.")
    assert (value, unit, frame) == (49.0, "°C", "auto.measure.temperature.death-valley")
    celsius, fahrenheit = readings("Lytton hit 46 C (115 F) on Sunday.")[:2]
    assert (celsius[1:3], fahrenheit[1:3]) == ((46.0, "°C"), (115.0, "°F"))
    assert readings("It was -5 C in Moscow.") == []  # below zero: no claim, never a count of 5
    # a letter that is no scale: a class's name, a grade
    assert readings("The pupils in Grade 3 C sat the test.") == []
    assert all(r[2] != "°C" for r in readings("He scored 45 C on the exam."))


def test_an_old_record_is_no_reading_whatever_words_name_it() -> None:
    # an old-making word up to two words before a record noun, right before the figure: the
    # figure is a record of another year, which never meets this event's readings
    for text in (
        "It broke last year's high of 37C in Cambridge.",
        "The old all-time mark of 38.7C was set in Cambridge in 2019.",
        "The former national record, 38.7C, was set in Cambridge.",
        "It topped the prior record high of 38.7C at Cambridge.",
    ):
        assert [r[3] for r in readings(text)] == ["unknown.quantity"], text
    # the old-making word in another clause, or too far from the noun: this event's reading
    for text in (
        "Earlier, the high reached 40C in Coningsby.",
        "Last week temperatures hit a high of 40C in London.",
    ):
        assert [r[3] for r in readings(text)] != ["unknown.quantity"], text


def findings_on(report: Any, frame: str) -> list[dict[str, Any]]:
    """The findings above info with a side in `frame`."""
    return [
        f
        for f in report["findings"]
        if f["grade"] != "info" and any(s.get("frame") == frame for s in f["sides"])
    ]


def test_two_reports_of_one_station_meet(review: Review) -> None:
    report = review(
        {
            "local": (
                "2022-07-19",
                "Coningsby recorded a maximum temperature of 49.3°C on Tuesday, the Met Office said.",
            ),
            "wire": (
                "2022-07-19",
                "A temperature of 40.3C was provisionally recorded in Coningsby on Tuesday.",
            ),
        }
    )
    [finding] = findings_on(report, CONINGSBY)
    assert {s["text"] for s in finding["sides"]} == {"49.3°C", "40.3C"}


def test_readings_of_other_places_and_lows_never_meet(review: Review) -> None:
    report = review(
        {
            "one": (
                "2022-07-19",
                "A temperature of 40.2C was recorded at Heathrow on Tuesday. Temperatures hit 38.1C "
                "across the south.",
            ),
            "two": (
                "2022-07-19",
                "A temperature of 40.3C was recorded in Coningsby on Tuesday. Overnight, the "
                "temperature did not fall below 25.8C in Heathrow.",
            ),
        }
    )
    temperatures = [
        f
        for f in report["findings"]
        if f["grade"] != "info" and any("temperature" in str(s.get("frame")) for s in f["sides"])
    ]
    assert temperatures == []


def test_a_bare_degree_reading_needs_a_temperature_word_and_meets_no_scale() -> None:
    # "35 degrees" after "temperatures" is a reading whose scale is not said (unit °)
    assert readings("Temperatures reached 35 degrees in Seville.") == [
        ("35 degrees", 35.0, "°", "auto.measure.temperature.seville")
    ]
    # without a temperature word, or as a bearing, degrees are no temperature
    assert all(r[2] != "°" for r in readings("The plane turned 40 degrees to the left in London."))
    assert all(r[2] != "°" for r in readings("The ship sank at 40 degrees north in the Atlantic."))


def test_a_bare_degree_reading_is_never_set_against_a_scaled_one(review: Review) -> None:
    # 95 degrees (Fahrenheit, as a US report writes it) and 35C are one heat, never a conflict
    report = review(
        {
            "us": ("2022-07-19", "Temperatures reached 95 degrees in Dallas on Tuesday."),
            "uk": ("2022-07-19", "Temperatures reached 35C in Dallas on Tuesday."),
        }
    )
    assert findings_on(report, "auto.measure.temperature.dallas") == []


def test_a_change_or_a_gap_in_degrees_is_no_reading() -> None:
    # review of frames27: "rose by 2C" in London was framed as London's reading and met "hit 40C"
    # there as a critical conflict (20x apart); a change or a gap is no reading of a place
    for text in (
        "Temperatures in London rose by 2C on Tuesday.",
        "Temperatures in London were up 3C on Tuesday.",
        "Temperatures in London were 5C warmer than on Monday.",
    ):
        assert [r[3] for r in readings(text) if r[2] == "°C"] == ["unknown.quantity"], text
    # a reading below zero written with "below zero" keeps no value without its sign
    for text in ("It was ten degrees Celsius below zero in Oslo.", "It was 12C below freezing in Oslo."):
        assert [r for r in readings(text) if r[1] in (10.0, 12.0)] == [], text


def test_a_rise_never_meets_the_reading_of_its_place(review: Review) -> None:
    report = review(
        {
            "rise": ("2022-07-19", "Temperatures in London rose by 2C on Tuesday as the heatwave went on."),
            "peak": ("2022-07-19", "Temperatures hit 40C in London on Tuesday."),
        }
    )
    assert findings_on(report, "auto.measure.temperature.london") == []
