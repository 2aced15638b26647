"""Names, dates and times, wave 7 (issue 12): general rules of English news text the tune
stories' held-out misses showed. Short excerpts in the style of the reports; each failed before
its fix."""

from __future__ import annotations

from quantity_claims import published_on
from test_frames_wave5 import event_frames

from factcheck.extract import extract_text
from factcheck.model import DateClaim


def test_a_fire_started_after_an_article_is_an_event_not_a_participle() -> None:
    found = event_frames(
        "The fire department said that a fire started at about 10:50 pm Wednesday in a warehouse."
    )
    assert found["10:50 pm Wednesday"] == "auto.event.fire"


def test_crashes_derailments_landfalls_and_collapses_told_in_other_words_get_their_event() -> None:
    found = event_frames(
        "The Yeti airline ATR-72 went down in Pokhara around 11 am Sunday. "
        "The train jumped the tracks near Kanpur on Saturday morning. "
        "The center of the storm crossed the coast Friday around 9 p.m. "
        "The tower came crashing down in the early morning hours of Thursday."
    )
    assert found["11 am Sunday"] == "auto.event.derailed"  # the crash frame of every vehicle
    assert found["on Saturday morning"] == "auto.event.derailed"
    assert found["Friday"] == "auto.event.struck"
    assert found["early morning hours of Thursday"] == "auto.event.collapsed"


def times_of(text: str, day: str) -> dict[str, DateClaim]:
    """Each time's words -> its date claim."""
    found = extract_text(text, published=published_on(day))
    return {c.claim.text: c.claim for c in found if isinstance(c.claim, DateClaim) and c.claim.time_start}


def test_a_local_time_is_read_on_the_clock_of_the_place_the_report_is_about() -> None:
    found = times_of(
        "SURFSIDE, Florida - Champlain Towers South collapsed just after 1:30 a.m. local time.", "2021-06-25"
    )
    assert found["1:30 a.m. local time"].utc_offset == -240  # Eastern Daylight Time in June


def test_a_gmt_conversion_that_misses_summer_time_is_said_in_the_frame_decision() -> None:
    text = "MIAMI, Florida - The tower fell to the ground at around 1:30 am local time (04:30 GMT)."
    found = extract_text(text, published=published_on("2021-06-25"))
    claim = next(c for c in found if isinstance(c.claim, DateClaim) and c.claim.time_start)
    assert isinstance(claim.claim, DateClaim)
    assert claim.claim.utc_offset == -180
    assert "Florida (America/New_York) is at UTC-4" in str(claim.frame_why)


def test_a_story_told_from_abroad_or_across_zones_gives_its_times_no_zone() -> None:
    text = (
        "LONDON - Britain said on Monday that the quake in Nepal struck at 11:56 a.m. "
        "Aid from India and China arrived. Officials in Britain and England met."
    )
    found = times_of(text, "2015-04-27")
    assert found["11:56 a.m."].utc_offset is None  # British places hold only half the zoned mentions


def test_a_when_clause_right_after_a_day_tells_the_event_of_that_day() -> None:
    found = event_frames(
        "At least 97 people were killed on Sunday when 14 coaches of the express derailed. "
        "Rescuers on Friday recovered five bodies from a ferry that capsized."
    )
    assert found["on Sunday"] == "auto.event.derailed"
    assert found["on Friday"] == "unknown.event"  # a that-clause tells of another time


def test_the_reports_of_a_story_outvote_one_that_names_another_countrys_places_first() -> None:
    corpus = {
        "ie": "NEW DELHI, India: The plane crashed at 11 am in Nepal. Five people from India were "
        "aboard, India said.",
        "xinhua": "KATHMANDU, Nepal - The plane took off at 10:30 a.m. local time.",
        "post": "POKHARA, Nepal - The ATR 72 left Kathmandu at 10:32 a.m.",
    }
    day = published_on("2023-01-15")
    offsets = {}
    for source, text in corpus.items():
        for c in extract_text(text, published=day, source=source, corpus=corpus):
            if isinstance(c.claim, DateClaim) and c.claim.time_start:
                offsets[c.claim.text] = c.claim.utc_offset
    assert offsets["10:30 a.m. local time"] == offsets["10:32 a.m."] == 345  # Nepal, UTC+5:45
    assert offsets["11 am"] is None  # its own zone, India's, disagrees with the story's: none


def test_the_time_word_of_an_event_came_is_not_the_events_time() -> None:
    found = event_frames(
        "The airline staff in Kathmandu learned of the crash at around 11:03 a.m. Nepal time. "
        "The plane crashed at 10:57 a.m."
    )
    assert found["11:03 a.m. Nepal time"] == "unknown.event"
    assert found["10:57 a.m."] == "auto.event.derailed"


def test_a_variants_frame_decision_says_which_part_of_the_name_differs() -> None:
    from factcheck.extract.autonames import variant_reason

    assert variant_reason(["manju", "kumari"], ["manju", "devi"]) == "another surname"
    assert variant_reason(["amardeep", "sinha"], ["amarjeet", "sinha"]) == "another given name"
    assert variant_reason(["dandaman"], ["gandaman"]) == "another first letter"
    assert variant_reason(["rukam", "west"], ["rukum", "west"]) == ""  # a slip of one letter
