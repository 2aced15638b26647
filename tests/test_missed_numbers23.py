"""Session 23 (#12, real number and time discrepancies `review` missed in kinds of news it had
rarely seen: a market debut, a record football transfer). Short texts written for these tests
(not story text).

- a scale joined by a hyphen ("460-million shares", "$16-billion") or written "mn" ("222 mn
  euros", "£200 mn") is one figure;
- "changed hands" and "traded hands" are "traded", and a name before "shares" is whose shares
  they are, not a part of them, so two reports' day volumes meet;
- a rate of pay ("550,000 euros per week", "£27million net per year") is its own sum, "could
  earn" before it forecasting nothing; one said before tax is apart from take-home pay;
- a bracketed gloss in another currency shares the sum's frame ("€222 million (£200.6m)",
  "600,000 euros (£540,000) each week");
- a sum the words before it call the previous record's is apart from the story's sum;
- a market debut's first trade is an event ("started trading", "went on sale", "began changing
  hands"), which happens once, and "didn't start trading until 11 a.m." gives its time.
"""

from __future__ import annotations

from typing import Any

import pytest
from quantity_claims import claims_published, published_on
from registry_review import Review

from factcheck.extract import extract_text
from factcheck.model import DateClaim

claims = claims_published(published_on("2024-05-17"))
reported = claims_published(published_on("2024-05-17"), source="report")  # a source's, not a draft's
DAY = "2024-05-17"


def events(text: str) -> dict[str, str]:
    """Each date's words -> its event frame."""
    return {
        c.claim.text: str(c.claim.event)
        for c in extract_text(text, published=published_on(DAY))
        if isinstance(c.claim, DateClaim)
    }


def findings(review: Any, rule: str) -> list[Any]:
    return [f for f in review["findings"] if f["rule_id"] == rule]


def sides(finding: Any) -> set[str]:
    return {str(s["text"]) for s in finding["sides"]}


# --- figures as written ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        (
            "Acme set a record, with more than 460-million shares traded.",
            "more than 460-million shares",
            460e6,
            "shares",
        ),
        ("The offering raised $16-billion for the firm.", "$16-billion", 16e9, "USD"),
        ("The club paid 222 mn euros (£200 mn) for the forward.", "222 mn euros", 222e6, "EUR"),
        ("The club paid 222 mn euros (£200 mn) for the forward.", "£200 mn", 200e6, "GBP"),
        ("He had paid the 222-million-euro ($262 million) release clause.", "222-million-euro", 222e6, "EUR"),
    ],
)
def test_a_hyphened_or_mn_scale_is_one_figure(text: str, words: str, value: float, unit: str) -> None:
    claim = claims(text)[words]
    assert (claim.value, claim.unit) == (value, unit)


def test_reports_of_a_days_volume_meet_however_the_trade_is_told(review: Review) -> None:
    result = review(
        {
            "one": (DAY, "About 580 million Acme shares changed hands on Friday, a record for a debut."),
            "two": (DAY, "Acme set a record for a debut on Friday, with 460-million shares traded."),
            "three": (DAY, "On Friday 460 million shares traded in Acme's debut, a record."),
        }
    )
    [found] = findings(result, "FC102")
    assert found["grade"] == "major"
    assert "About 580 million Acme shares" in sides(found)
    # the name is whose shares they are: the whole day's volume, not a part of it
    assert claims("About 580 million Acme shares changed hands.")[
        "About 580 million Acme shares"
    ].subject == ("auto.count.shares-traded")
    # a class letter says which shares: a part
    classed = claims("About 20 million Class B shares changed hands.")["About 20 million Class B shares"]
    assert classed.subject.startswith("auto.count.shares-traded.part-")


# --- rates of pay ------------------------------------------------------------------------------


def test_two_reports_weekly_wages_meet(review: Review) -> None:
    result = review(
        {
            "one": (DAY, "The forward could earn around 450,000 euros per week at his new club."),
            "two": (DAY, "The forward is set to earn close to 600,000 euros (£540,000) each week after tax."),
        }
    )
    [found] = findings(result, "FC102")
    assert found["grade"] == "major"
    assert "around 450,000 euros" in sides(found)


def test_pay_before_tax_and_a_years_pay_are_other_sums(review: Review) -> None:
    net = (
        "The forward will earn 30 million euros (£27million) net per year, or close to 600,000 euros "
        "(£540,000) each week after tax. The club paid a fee of €222 million (£198m) for him."
    )
    gross = (
        "The club paid a fee of €222 million (£200m). The forward will earn 865,000 euros (£782,000) "
        "a week before tax."
    )
    assert claims(net)["£27million"].subject == "auto.measure.money.per-year"
    assert claims(gross)["£782,000"].subject == "auto.measure.money.per-week.gross"
    result = review({"net": (DAY, net), "gross": (DAY, gross)})
    assert findings(result, "FC101") == []
    assert findings(result, "FC102") == []


def test_a_year_ago_is_a_time_not_a_rate() -> None:
    text = "Acme raised $5 million a year ago from its founders."
    assert not claims(text)["$5 million"].subject.startswith("auto.measure.money.per-year")


# --- glosses and the previous record ---------------------------------------------------------


def test_a_bracketed_gloss_shares_its_sums_frame() -> None:
    # the one sum in euros is framed; its gloss goes with it, whatever other sums in pounds say
    text = "PSG paid €222 million (£200.6m) for the forward. The club will also pay £30 million in fees."
    assert reported(text)["£200.6m"].subject == reported(text)["€222 million"].subject == "auto.measure.money"
    assert reported(text)["£30 million"].subject == "unknown.quantity"
    # and a gloss takes the purpose its sum's words give
    weekly = claims("He will earn close to 600,000 euros (£540,000) each week after tax.")
    assert weekly["close to 600,000 euros"].subject == "auto.measure.money.per-week"


def test_two_reports_previous_record_meet_apart_from_the_new_sum(review: Review) -> None:
    one = "The 222 million euro fee doubles the previous world record, set when United paid 89 million euros."
    two = "The 222 million euro fee easily doubles the existing record set by United's 105 million euro deal."
    assert claims(one)["89 million euros"].subject == "auto.measure.money.previous-record"
    assert claims(one)["222 million euro"].subject == "auto.measure.money"
    # a figure between the record's words and a sum: that sum is the new one
    other = claims("It beats the previous record of 105 million euros, and the 222 million euro fee stands.")
    assert other["222 million euro"].subject == "auto.measure.money"
    # a record of a kind is another record than the one the story's sum breaks
    kind = claims("The previous record for a bronze sculpture was $11 million, set in 2001.")
    assert kind["$11 million"].subject != "auto.measure.money.previous-record"
    result = review({"one": (DAY, one), "two": (DAY, two)})
    [found] = findings(result, "FC102")
    assert sides(found) == {"89 million euros", "105 million euro"}


# --- the time of a debut's first trade ------------------------------------------------------


def test_a_debuts_first_trade_is_an_event() -> None:
    found = events(
        "The shares were due to start trading at 11 a.m. When the stock finally started trading "
        "a little after 11.30 pm, it rose quickly."
    )
    assert found["11.30 pm"] == "auto.event.trading-began"
    assert found["11 a.m."] == "unknown.event"  # a plan's time
    assert events("Acme stock went on sale at 11:30 a.m. ET.")["11:30 a.m. ET"] == "auto.event.trading-began"
    # a product on sale is no debut: its launch is staggered by time zone
    assert events("The console went on sale at 9 a.m. in New York.") == {"9 a.m.": "unknown.event"}


def test_not_until_gives_the_time_it_happened() -> None:
    text = (
        "After a long delay, shares began changing hands at about 11:30 a.m. The chief executive rang "
        "the bell, but Acme shares themselves didn't start trading until 11 a.m. ET."
    )
    # one debut: both times are accounts of one moment (no second occurrence)
    assert events(text) == {
        "11:30 a.m.": "auto.event.trading-began",
        "11 a.m. ET": "auto.event.trading-began",
    }
    # a state that held until then is still no event's time
    assert "11 a.m." not in events("The road stayed closed until 11 a.m. after the crash.")


def test_reports_times_of_a_first_trade_are_compared(review: Review) -> None:
    wrong = "When Acme stock finally started trading a little after 11.30 pm on Friday, it rose quickly."
    right = "Acme stock went on sale at 11:30 a.m. on Friday under the ticker ACM."
    again = "Acme shares began changing hands at about 11:30 a.m. on Friday."
    result = review({"wrong": (DAY, wrong), "right": (DAY, right), "again": (DAY, again)})
    [found] = findings(result, "FC201")
    assert found["grade"] == "major"
    assert "11.30 pm on Friday" in sides(found)
