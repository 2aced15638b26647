"""What the review of debt15 found (session 15): sentences from the review that the new readings
of debt15 took wrongly. A spaced dash after GMT/UTC is no offset sign, "Month the Nth" is a day
only when the ordinal closes the phrase, 24-hour times after a capitalised word are times unless
shaped as a verse, and an adverb after a scaled figure is no unit. Each failed before its fix."""

from __future__ import annotations

import pytest
from quantity_claims import claims_published, published_on

from factcheck.extract import extract_text
from factcheck.model import DateClaim

DAY = published_on("2020-03-05")

claims = claims_published(DAY)


def _times(text: str) -> dict[str, DateClaim]:
    """The clock times extraction finds in `text`, by their words."""
    return {
        c.claim.text: c.claim
        for c in extract_text(text, published=DAY)
        if isinstance(c.claim, DateClaim) and c.claim.time_start is not None
    }


def _days(text: str) -> set[str]:
    """The days (ISO) of the dates extraction finds in `text`."""
    return {
        str(c.claim.start)
        for c in extract_text(text, published=DAY)
        if isinstance(c.claim, DateClaim) and c.claim.start == c.claim.end
    }


@pytest.mark.parametrize(
    ("text", "clock", "count"),
    [
        ("The bomb exploded at 10:00 GMT - 5 people were killed, police said.", "10:00", "5 people"),
        ("Police said 22:00 UTC - 12 people were arrested in the square.", "22:00", "12 people"),
        ("The plane landed at 09:30 GMT-11 hours late, the airline said.", "09:30", None),
        ("The blast came at 10:00 GMT-5 people were hurt.", "10:00", None),  # "GMT-5": one token
    ],
)
def test_a_dash_after_gmt_is_no_offset(text: str, clock: str, count: str | None) -> None:
    found = _times(text)
    assert [str(c.time_start) for c in found.values()] == [clock], found
    assert all(c.utc_offset in (None, 0) for c in found.values()), found
    if count is not None:
        assert count in claims(text), claims(text)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("The blast came at 20:00 UTC+1 on Friday.", 60),
        ("The blast came at 20:00 GMT-5, police said.", -300),
        ("The blast came at 20:00 UTC+05:30.", 330),
    ],
)
def test_an_offset_written_tight_is_still_read(text: str, offset: int) -> None:
    found = _times(text)
    assert [c.utc_offset for c in found.values()] == [offset], found


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("In June the 2nd round of talks began.", "2nd round"),
        ("In March the 3rd runway opened.", "3rd runway"),
        ("By May the 1st battalion had left the city.", "1st battalion"),
        ("In April the 10th Mountain Division deployed.", None),
        ("In June the 2nd of the candidates withdrew.", None),
    ],
)
def test_an_ordinal_that_leads_on_after_month_the_is_no_day(text: str, ordinal: str | None) -> None:
    """The month alone is dated, as before: no day of it is read from the ordinal."""
    assert not any(day.endswith(("-02", "-03", "-01", "-10")) for day in _days(text)), _days(text)
    if ordinal is not None:
        assert ordinal in claims(text), claims(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The vote was held on June the 23rd.", "2020-06-23"),
        ("The vote was held on June the 23rd, 2016, in Britain.", "2016-06-23"),
        ("The vote was held on June the 23rd 2016 in Britain.", "2016-06-23"),
        ("It was June the 23rd; polls closed late.", "2020-06-23"),
    ],
)
def test_month_the_nth_closing_its_phrase_is_a_day(text: str, day: str) -> None:
    assert day in _days(text), _days(text)


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Around 20:00, police arrived.", "20:00"),
        ("Approximately 20:00 the shooting began.", "20:00"),
        ("Roughly 21:30 the shooting began.", "21:30"),
        ("Nearly 20:00 the shooting began.", "20:00"),
        ("Towards 20:00 the shooting began.", "20:00"),
        ("Tonight 20:00 the rally begins.", "20:00"),
        ("Midnight 00:00 the new law came into force.", "00:00"),
        ("Paris 07:45 - the first shots were fired.", "07:45"),
    ],
)
def test_a_24_hour_time_after_a_capitalised_word_is_a_time(text: str, clock: str) -> None:
    found = _times(text)
    assert any(clock in words for words in found), found


@pytest.mark.parametrize(
    "text",
    [
        "John 3:16 was read at the service.",
        "John 3:16 KJV was read at the service.",
        "The filing, Case 1:19, was sealed.",
        "The pastor read Psalm 23:4 aloud.",
    ],
)
def test_a_verse_or_numbered_part_is_still_no_time(text: str) -> None:
    assert _times(text) == {}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The virus killed 1.2 million worldwide.", "1.2 million"),
        ("The virus killed 1.2 million nationwide.", "1.2 million"),
        ("The disease killed 3 million overall.", "3 million"),
        ("The wars killed 2 million altogether.", "2 million"),
        ("The famine killed 1.5 million alone.", "1.5 million"),
        ("The floods displaced 2 million in total.", "2 million"),
        ("The disease kills 1.2 million annually.", "1.2 million"),
        ("The virus killed 1.2 million globally.", "1.2 million"),
        ("The army is 2 million strong.", "2 million"),
    ],
)
def test_an_adverb_after_a_scaled_figure_is_no_unit(text: str, words: str) -> None:
    """The figure counts people, as before the unknown-currency rule."""
    found = claims(text)
    assert words in found, found
    assert found[words].unit == "people", found[words]
