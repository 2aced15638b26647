"""`check --source` on invented sentences: general rules of news English behind a summary's
numbers, dates and names (session 8). Each pair is one summary sentence against one report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.link.support import figures_in, same_noun
from factcheck.model.quantifiers import pointing, points_apart

COURT = "John Smith, 54, from Leeds, was jailed for six years at Leeds Crown Court.\n"
FIRM = "The company, founded in 1998, employs 4,500 staff across 20 countries.\n"
HEAT = "The temperature reached 40C in Seville, the highest since records began in 1950.\n"
DAM = "Nearly 300 people were evacuated from the village after the dam burst.\n"
RESCUE = "More than 300 people were evacuated from the village after the dam burst.\n"
CLUB = "The club paid £1.5m for the player, who signed a three-year contract on 1 July 2016.\n"
CITY = "The population of the city rose to 1,200,000 last year, up from 950,000 a decade earlier.\n"
PARTY = "Mr Johnson, who has led the party since 2019, said a dozen MPs had backed the plan.\n"
BANK = "The bank said profits for the year rose 12% to £5bn, while it will pay a dividend of 3p a share.\n"
MIGRANTS = (
    "more than 3,000 migrants have died trying to cross the mediterranean this year, the "
    "international organization for migration said on tuesday.\n"
)
STAR = 'The blogger became a star online. "i am not afraid of death," she once said.\n'
SUMMIT = "Prime Minister David Cameron met German Chancellor Angela Merkel in Berlin on Friday.\n"


@pytest.mark.parametrize(
    ("report", "summary", "code"),
    [
        # an age set off by commas after a name is the age of "a 54-year-old man from Leeds": the
        # place after "from" is not the man's name, so the two ages are not kept apart
        (COURT, "A 54-year-old man from Leeds was jailed for six years.", 0),
        (COURT, "A 45-year-old man from Leeds was jailed for six years.", 1),
        # another noun for the same people counted
        (FIRM, "The firm has 4,500 employees.", 0),
        (FIRM, "The firm employs 5,400 staff.", 1),
        # a decade is no year: "the late 1990s" is not the end of 1990
        (FIRM, "The company was set up in the late 1990s.", 0),
        (FIRM, "The company was founded in 1989.", 1),
        # a unit written onto the figure, and the name of a temperature scale
        (HEAT, "Temperatures hit 40 degrees Celsius in Seville.", 0),
        (HEAT, "Temperatures hit 45C in Seville.", 1),
        # approximators pointing apart from one number
        (DAM, "Almost 300 people were evacuated.", 0),
        (DAM, "More than 300 people were evacuated.", 1),
        (RESCUE, "At least 300 people were evacuated.", 0),
        (RESCUE, "Nearly 300 people were evacuated.", 1),
        # a place no source names, however common the word, is a proper name
        (SUMMIT, "Cameron met Merkel in Berlin.", 0),
        (SUMMIT, "Cameron met Merkel in Paris.", 1),
        # a known person with a surname the sources never give her, after a title
        (SUMMIT, "Prime Minister David Cameron met German Chancellor Angela Schulz in Berlin.", 1),
        (SUMMIT, "Prime Minister David Cameron met Chancellor Merkel in Berlin.", 0),
        # a currency spelled out for its symbol; a number word hyphened onto a unit
        (CLUB, "The club paid 1.5 million pounds for the player.", 0),
        (CLUB, "The club paid 2.5 million pounds for the player.", 1),
        (CLUB, "He signed a three-year contract in July.", 0),
        (CLUB, "He signed a four-year contract in July.", 1),
        (CLUB, "The club took a two-pronged approach to the deal.", 0),  # no unit: a fixed phrase
        # a figure followed by when ("last year") counts no noun; a population counts people
        (CITY, "The city now has 1.2 million people.", 0),
        (CITY, "The city now has 2.1 million people.", 1),
        (CITY, "The city's population rose to 1.2m.", 0),  # "m" is millions as often as metres
        (CITY, "The city's population rose to 2.1m.", 1),
        # two counts framed by their own verbs, a paraphrase apart: the counted noun decides
        (PARTY, "Johnson said 12 MPs supported the plan.", 0),
        (PARTY, "Johnson said 20 MPs supported the plan.", 1),
        # a change and the new level are no range: "12% to £5bn" is two figures
        (BANK, "Profits rose by 12 per cent to five billion pounds.", 0),
        (BANK, "Profits rose 12% to £6bn.", 1),
        (BANK, "Profits rose 21% to £5bn.", 1),
        # initials of a name the source spells out (lower-cased text, as much summary data is)
        (MIGRANTS, "the iom said more than 3,000 migrants had died.", 0),
        (MIGRANTS, "frontex said more than 3,000 migrants had died.", 1),
        # a quotation the summary's end cuts off is still a quotation
        (STAR, "The blogger once said: ``i am not afraid of death.", 0),
        (STAR, "The blogger once said: ``i am not afraid of anyone.", 1),
        (STAR, 'The blogger once said: "I am not afraid of anyone.', 1),
        (STAR, "The blogger once said she was not afraid.", 0),
    ],
)
def test_summary_values_said_another_way(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, code: int
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "2015-07-02", summary)
    assert got == code, findings


def test_glued_units_are_figures_but_not_names() -> None:
    """ "45C" and "120kg" are figures; "5G" (one capital, not a temperature) is none, nor the "4"
    of a tokenised decimal ("2. 4km")."""
    values = [v for v, _ in figures_in("It hit 45C; a 120kg boxer; 5G phones; 2. 4km")]
    assert sorted(values) == [2.0, 45.0, 120.0]


def test_counted_nouns_and_approximators() -> None:
    assert same_noun("employees", "staff")
    assert same_noun("members", "member")
    assert not same_noun("soldiers", "staff")
    assert pointing("more than") is True
    assert pointing("nearly") is False
    assert pointing("about") is None


def test_approximators_point_apart_only_when_one_is_above_and_one_below() -> None:
    assert points_apart("more than", "nearly")
    assert points_apart("almost", "at least")
    assert not points_apart("more than", "at least")
    assert not points_apart("about", "nearly")
    assert not points_apart(None, "more than")
