"""`check --source`: a summary's value is unsupported only when nothing in the sources states it
after normalisation: bounds that round a source figure down, ranks and years, relative dates in
the same words, spans of years the sources imply, names cut short, and the head of "a ..." phrase.
And a count whose frame's source figures merely overlap it is looked up, not taken as agreeing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.link.support import SourceIndex
from factcheck.model import QuantityClaim

GRAVE = (
    "Mexican authorities have begun exhuming 116 bodies found buried in a mass grave. "
    "Police found £237,000 in a holdall. The president arrived to mark 20 years since the "
    "handover, ahead of the 2016 Rio Olympics. At least 17 people were killed in a drone strike "
    "on Wednesday, officials say; up to 3,460 people have died in such strikes since 2004.\n"
)


def quantity(text: str, value: float, approx: str | None = None, unit: str = "") -> QuantityClaim:
    return QuantityClaim(id="q", source="d", text=text, subject="s", unit=unit, value=value, approx=approx)


@pytest.mark.parametrize(
    ("text", "value", "approx", "found"),
    [
        ("more than 100 bodies", 100, "more than", True),  # 116 rounded down
        ("more than £200,000", 200_000, "more than", True),  # £237,000
        ("over 110 bodies", 110, "over", True),  # 116: one unit of the last digit, 10, above
        ("more than 50 bodies", 50, "more than", False),  # 116 is no figure "more than 50" states
        ("at least 11 people", 11, "at least", False),  # the source's bound is 17
        ("more than 120 bodies", 120, "more than", False),  # below the bound is not above it
        ("20th anniversary", 20, None, True),  # a rank counts no noun: "20 years"
        ("2016 Rio games", 2016, None, True),  # a year: "2016 Rio Olympics"
        ("21st anniversary", 21, None, False),
    ],
)
def test_bounds_ranks_and_years(text: str, value: float, approx: str | None, found: bool) -> None:
    support = SourceIndex({"source:a": GRAVE}).number(quantity(text, value, approx))
    assert support is not None
    assert support.found is found


def test_a_lower_bound_other_than_the_sources_is_unsupported(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """ "at least 11 killed" against "at least 17": the ranges overlap, so no rule contradicts
    it, but no source states 11; "at least 17" and "more than 10" pass."""
    reports = {"a.txt": GRAVE}
    code, findings = check_sentence(cli, tmp_path, reports, "2015-07-02", "At least 11 people were killed.")
    assert code == 1
    assert [f["outcome"] for f in findings if f["grade"] == "major"] == ["unsupported-number"]
    for faithful in ("At least 17 people were killed.", "More than 10 people were killed."):
        code, findings = check_sentence(cli, tmp_path, reports, "2015-07-02", faithful)
        assert code == 0, findings


WEDDING = (
    "Andy and Kim married this weekend at Dunblane Cathedral. Since 2010 the number of cases "
    "has risen by 163%, with 90% of those reported in 2015.\n"
)
# lower-cased, as much public summary data is
STRIKER = (
    "west brom striker saido berahino has been put on a training plan, manager tony pulis said. "
    "the minister's promotion unleashed a torrent of criticism.\n"
)


@pytest.mark.parametrize(
    ("report", "summary", "code"),
    [
        (WEDDING, "Andy and Kim married this weekend.", 0),  # the source's own words
        (WEDDING, "Cases have more than doubled in the past five years.", 0),  # since 2010, in 2015
        (WEDDING, "Cases have more than doubled in the past seven years.", 1),
        (STRIKER, "west bromwich albion manager tony pulis says berahino is working hard.", 0),
        (STRIKER, "the minister has become a lightning rod for criticism.", 0),  # no name
        ("a 7.8-magnitude earthquake struck the region.", "a magnitude 7.8 quake hit the region.", 0),
        (STRIKER, "west brom manager roberto mancini says berahino is working hard.", 1),
    ],
)
def test_relative_dates_year_spans_and_lower_case_names(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, code: int
) -> None:
    """Relative dates in the source's words, spans of years it implies; in lower-cased text a
    name it cuts short ("west brom") and the head of "a ..." phrase are supported, a name it
    never gives is not."""
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "2015-07-02", summary)
    assert got == code, findings


@pytest.mark.parametrize(
    ("report", "summary", "code"),
    [
        ("The lifter, who weighs 105kg, won gold.", "The lifter weighs 105 kg.", 0),  # a glued unit
        ("The lifter, who weighs 105kg, won gold.", "The lifter weighs 150 kg.", 1),
        ("Three men and two women were arrested.", "Five people were arrested.", 0),  # a sum
        ("Three men and two women were arrested.", "Six people were arrested.", 1),
        ("The ship carried 300 passengers and 50 crew.", "The ship carried 350 people.", 0),
        # figures of a score are no list of counts: 1 and 9 do not make a "10-man" side
        ("Kilcoo beat 13-man Scotstown 1-8 to 0-9 in the final.", "Kilcoo beat 10-man Scotstown.", 1),
        ("The bridge, built in 1965, was closed in 2015.", "The 50-year-old bridge was closed in 2015.", 0),
        ("The bridge, built in 1965, was closed in 2015.", "The 40-year-old bridge was closed in 2015.", 1),
        ("At least six people were killed on Saturday.", "At least five people were killed on Saturday.", 1),
        # a first name the source never gives its surname, when it gives another: a wrong name
        ("Skeleton racer David Swift has retired.", "Olympic medallist Jamie Swift has retired.", 1),
        ("Skeleton racer Swift has retired.", "Skeleton racer David Swift has retired.", 0),
        # a surname the sources never give a given name they follow with another: a wrong name
        ("Home Minister Rajiv Mehta visited the site.", "Home Minister Rajiv Mohan visited the site.", 1),
        ("Coach Anna Lindqvist resigned.", "Coach Anna Lindgren resigned.", 1),
        ("Home Minister Rajiv Mehta visited the site.", "Home Minister Mehta visited the site.", 0),
        ("Rajiv said the site was closed.", "Rajiv Mohan said the site was closed.", 0),  # no surname given
        # a short form, or a word before the surname that is no given name, is no wrong name
        ("Manchester United beat Arsenal.", "Man United beat Arsenal.", 0),
        ("Hillary Clinton spoke in Iowa.", "Democrat Clinton spoke in Iowa.", 0),
    ],
)
def test_sums_glued_units_years_apart_and_given_names(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, code: int
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report + "\n"}, "2015-07-02", summary)
    assert got == code, findings


@pytest.mark.parametrize(
    ("summary", "code"),
    [
        ("The coach resigned on March 5.", 0),  # "March 3 ... Two days later"
        ("The coach resigned on March 6.", 1),
        ("The coach, who took charge in 2005, resigned in 2015.", 0),  # 2015 "after ten years"
        ("The coach, who took charge in 2004, resigned in 2015.", 1),
    ],
)
def test_dates_counted_from_a_dated_day_or_year(
    cli: Callable[..., Result], tmp_path: Path, summary: str, code: int
) -> None:
    report = (
        "The final was played on March 3. Two days later, the coach resigned. "
        "He left in 2015 after ten years in charge.\n"
    )
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "2015-07-02", summary)
    assert got == code, findings


@pytest.mark.parametrize(
    ("report", "summary", "code"),
    [
        ("More than a million people signed it.", "Hundreds of thousands of people signed it.", 1),
        ("More than a million people signed it.", "Over a million people signed it.", 0),
        ("Tens of thousands of people marched.", "Thousands of people marched.", 0),  # less, not more
        ("About 350 people were hurt.", "Hundreds of people were hurt.", 0),
        ("Five people were hurt.", "Hundreds of people were hurt.", 1),
        ("Five people were hurt.", "Several people were hurt.", 0),  # too vague to look up
    ],
)
def test_counts_in_words_of_scale(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, code: int
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report + "\n"}, "2015-07-02", summary)
    assert got == code, findings


def test_a_quotation_a_source_reproduces_is_not_faulted_against_another(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """The summary quotes the mayor in words the report has ("The building "is literally
    pancaked," he said"); the report also quotes another sentence of his. The quotation is
    compared with the words it reproduces, so no wording finding; one the report does not have
    in those words still is one."""
    report = (
        'Mayor Charles Burkett said there were 134 units in the building—"and literally half of that '
        'building is not there anymore." The building "is literally pancaked," he said.\n'
    )
    reports = {"a.txt": report}
    faithful = '"The building is literally pancaked," Mayor Charles Burkett said.'
    code, findings = check_sentence(cli, tmp_path, reports, "2021-06-25", faithful)
    assert code == 0, findings
    altered = '"The building is literally flattened," Mayor Charles Burkett said.'
    code, findings = check_sentence(cli, tmp_path, reports, "2021-06-25", altered)
    assert code == 1


@pytest.mark.parametrize(
    ("report", "summary", "code"),
    [
        # a pair named, not counted: "A and B <nouns>", "both <nouns>"
        (
            "Licences for the north bay tidal and east cape wave test sites were granted.",
            "Two test sites were licensed.",
            0,
        ),
        ("Both ferries were cancelled.", "Two ferries were cancelled.", 0),
        # a list of three is no pair, nor is "X and the Ys", nor two other things joined
        (
            "Licences for the north, south and east cape test sites were granted.",
            "Two test sites were licensed.",
            1,
        ),
        ("The guards and the drivers went on strike.", "Two drivers went on strike.", 1),
        (
            "Licences for the north bay tidal and east cape wave test sites were granted.",
            "Three test sites were licensed.",
            1,
        ),
    ],
)
def test_a_pair_the_source_names_without_counting(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, code: int
) -> None:
    """ "two test sites" is borne out by a source naming the two sites joined by "and"."""
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report + "\n"}, "2015-07-02", summary)
    assert got == code, findings


def test_a_figure_the_source_text_is_cut_at_is_not_unsupported(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """A source that stops at a figure's decimal point ("in little more than 0.", a sentence
    splitter's cut) cannot tell whether it states 0.07: no verdict either way; another figure
    is still looked up."""
    report = {"a.txt": "The gecko flicks its tongue out in little more than 0.\n"}
    code, findings = check_sentence(cli, tmp_path, report, "2015-07-02", "It takes 0.07 seconds.")
    assert code == 0, findings
    code, findings = check_sentence(cli, tmp_path, report, "2015-07-02", "It takes 1.5 seconds.")
    assert code == 1, findings


@pytest.mark.parametrize(
    ("summary", "code"),
    [
        ("So far 793 people have been discharged.", 0),  # people: the passengers, less precisely
        ("So far 793 passengers have been discharged.", 0),
        ("So far 793 homes have been rebuilt.", 1),  # homes are no persons
        ("So far 794 people have been discharged.", 1),  # another figure is still unsupported
    ],
)
def test_people_stands_for_a_count_of_any_kind_of_person(
    cli: Callable[..., Result], tmp_path: Path, summary: str, code: int
) -> None:
    """A summary's "793 people" is borne out by a source's "793 passengers" (person_nouns.txt),
    not by the same number of things."""
    report = {"a.txt": 'The minister said: "So far, 793 passengers have been discharged and 382 remain."\n'}
    got, findings = check_sentence(cli, tmp_path, report, "2023-06-04", summary)
    assert got == code, findings


def test_a_markdown_heading_word_is_no_unsupported_name(cli: Callable[..., Result], tmp_path: Path) -> None:
    """ "# Summary" starts its line: the capital is the heading's, not a name no source has."""
    report = {"a.txt": "Rescuers pulled 12 people from the river on Sunday.\n"}
    code, findings = check_sentence(
        cli, tmp_path, report, "2023-06-04", "# Summary\n\nRescuers pulled 12 people out."
    )
    assert code == 0, findings
    assert not [f for f in findings if "Summary" in json.dumps(f)], findings


@pytest.mark.parametrize(
    ("report", "summary", "code"),
    [
        # ages listed after the counted noun count its members
        ("The security guards, aged 47 and 49, were taken to hospital.", "Two security guards were hurt.", 0),
        (
            "The security guards, aged 47 and 49, were taken to hospital.",
            "Three security guards were hurt.",
            1,
        ),
        ("The brothers, 19, 21 and 23, were arrested.", "Three brothers were arrested.", 0),
        ("The brothers, 19, 21 and 23 were arrested.", "Three brothers were arrested.", 1),  # no apposition
        # a share said as a count of a whole is its percentage
        ("One in five adults smokes, the survey found.", "20% of adults smoke.", 0),
        ("One in three adults smokes, the survey found.", "33% of adults smoke.", 0),
        ("One in five adults smokes, the survey found.", "25% of adults smoke.", 1),
        ("One in five adults smokes, the survey found.", "20 adults smoke.", 1),  # no count of adults
        # a share said as a fraction
        ("Profits fell by a third to £1.2bn.", "Profits fell by 33%.", 0),
        ("Profits fell by a third to £1.2bn.", "Profits fell by 25%.", 1),
        ("Profits halved to £600m.", "Profits fell by 50%.", 0),
        ("Two-thirds of voters backed the plan.", "67% of voters backed the plan.", 0),
        # one unit of time without a figure, and years between two years of one sentence
        ("He was in charge for a decade.", "He was in charge for 10 years.", 0),
        ("He was in charge for a decade.", "He was in charge for 12 years.", 1),
        ("The talks lasted a fortnight.", "The talks lasted two weeks.", 0),
        ("The row lasted half a century.", "The row lasted 50 years.", 0),
        ("The plant, which opened in 1995, closed in 2015.", "The plant closed after 20 years.", 0),
        ("The plant, which opened in 1995, closed in 2015.", "The plant closed after 25 years.", 1),
        # "twice" is two (not "twice as many"); a unit abbreviation written onto a figure
        ("The striker scored twice in the second half.", "The striker scored two goals.", 0),
        ("The striker scored twice in the second half.", "The striker scored three goals.", 1),
        ("Twice as many people came this year.", "Two people came.", 1),
        ("She won gold in the 100m final.", "She won the 100 metres final.", 0),
        ("She won gold in the 100m final.", "She won the 200 metres final.", 1),
        ("Temperatures reached 35C in Seville.", "Temperatures reached 35 degrees in Seville.", 0),
        ("The club made £100m last year.", "The club ran 100 metres.", 1),  # millions
        # a score's margin, and no whole part of a decimal a unit is written onto
        ("Wales won 27-13 in Cardiff on Saturday.", "Wales won by 14 points.", 0),
        ("Wales won 27-13 in Cardiff on Saturday.", "Wales won by 12 points.", 1),
        ("Wales won 27-13 in Cardiff on Saturday.", "Wales won, with 14 people injured.", 1),
        ("He ran the 100m in 9.58 seconds in 2009.", "He ran 9.58s in 2009.", 0),
        # a year counted from another across sentences
        ("The factory closed in 2012. Three years later it reopened.", "The factory reopened in 2015.", 0),
        ("The factory closed in 2012. Three years later it reopened.", "The factory reopened in 2016.", 1),
    ],
)
def test_counts_shares_and_spans_said_without_the_figure(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, code: int
) -> None:
    """A count, share, length of time or year the source gives in other words than the summary's
    figure: listed ages, "one in five", "a decade", two years of one sentence, "N years later"."""
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report + "\n"}, "", summary)
    assert got == code, findings


@pytest.mark.parametrize(
    ("report", "summary", "code"),
    [
        # a weekday after the day it names does not hide the day: "Saturday 12 March"
        ("The match is at Wembley on Saturday 12 March.", "The match is on 12 March.", 0),
        ("The match is at Wembley on Saturday 12 March.", "The match is on 13 March.", 1),
        # a day dated with its year says its weekday (12 March 2016 was a Saturday)
        ("The match was played on 12 March 2016.", "The match was played on Saturday.", 0),
        ("The match was played on 13 March 2016.", "The match was played on Saturday.", 1),
        # a day without its year, or the weekend, leaves the weekday open: nothing to say
        ("The match was played on 12 March.", "The match was played on Saturday.", 0),
        ("The match was played this weekend.", "The match was played on Saturday.", 0),
        ("The match was played this weekend.", "The match was played on Friday.", 1),
        # a weekday the source names is the one it means
        ("The match was played on Sunday, 12 March.", "The match was played on Saturday.", 1),
        ("The match was played at Wembley.", "The match was played on Saturday.", 1),
        # the first and last day of a span of days
        ("The strike will take place between 1 and 3 June.", "The strike begins on 1 June.", 0),
        ("The strike will take place on 1-3 June.", "The strike ends on 3 June.", 0),
        ("The strike will take place on June 1 to 3.", "The strike begins on June 1.", 0),
        ("The strike will take place between 1 and 3 June.", "The strike begins on 4 June.", 1),
        # a year of birth from a year and an age of one sentence
        ("He died in 1992 at the age of 75.", "He was born in 1916.", 0),
        ("He died in 1992, aged 75.", "He was born in 1917.", 0),
        ("He died in 1992 at the age of 75.", "He was born in 1910.", 1),
        # a month's name is a whole word: "5 markets" is no 5 March
        ("Rioters looted 5 markets.", "The riot began on March 5.", 1),
    ],
)
def test_weekdays_and_days_the_sources_date_another_way(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, code: int
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report + "\n"}, "", summary)
    assert got == code, findings


def test_a_country_beside_its_demonym_is_no_misspelling(cli: Callable[..., Result], tmp_path: Path) -> None:
    """ "France" is one or two letters from "French": a country and its people, not a misspelt
    name (at most a name the source does not give, graded minor)."""
    reports = {"a.txt": "French President Emmanuel Macron spoke in Paris.\n"}
    code, findings = check_sentence(cli, tmp_path, reports, "", "France's president spoke in Paris.")
    assert code == 0, findings
    assert not [f for f in findings if f["outcome"] == "misspelled-name"], findings


def test_an_agent_after_its_adjective_still_acts_on_the_count(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """ "Scottish police arrested two men" counts the arrested, as "Police arrested two men"
    does: the agent noun is found after an adjective, so the two counts share a frame."""
    reports = {"a.txt": "Scottish police arrested two men in Glasgow on Friday.\n"}
    code, findings = check_sentence(cli, tmp_path, reports, "", "Police in Glasgow arrested two men.")
    assert code == 0, findings
    code, findings = check_sentence(cli, tmp_path, reports, "", "Police in Glasgow arrested three men.")
    assert code == 1, findings
