"""Frames, session 14 (issue 12): counts of a workforce and turnout in a vote, which the session
13 hold-outs gave in words no frame read ("21,000 staff", "employs 21,000 people", "with turnout
at 71.8%"). Invented sentences in the shape of news reports: counts of one thing must meet, and
counts of different things (those a disaster befell, rescuers sent, jobs cut, a vote share)
must keep frames of their own."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

claims = claims_published(published_on("2025-06-03"), source="wire")
UNFRAMED = "unknown.quantity"
STAFF = "auto.count.staff"


def test_a_workforce_meets_however_it_is_worded() -> None:
    found = claims(
        "Orvane employs 14,000 people in nine countries. The group's 14,500 employees were told on "
        "Monday. Its 13,900 staff learnt the news by email. The maker, employing about 2,500 workers, "
        "was shut."
    )
    for words in (
        "14,000 people",
        "14,500 employees",
        "13,900 staff",
        "about 2,500 workers",
    ):
        assert found[words].subject == STAFF, words
    assert found["nine countries"].subject == "auto.count.countries"


def test_a_fate_or_a_rescue_team_is_not_the_workforce() -> None:
    # must not flag: the dead, the rescuers sent and the jobs cut are not those employed
    found = claims(
        "The blast killed 41 workers. About 600 rescue workers joined the search. "
        "The firm laid off 2,000 workers. Some 300 staff were furloughed."
    )
    assert found["41 workers"].subject == "auto.count.deaths"
    assert found["About 600 rescue workers"].subject == "auto.count.troops"
    assert found["2,000 workers"].subject == "auto.count.job-cuts"
    assert found["Some 300 staff"].subject not in (STAFF, UNFRAMED)


def test_what_employs_them_is_not_counted_as_staff() -> None:
    # "employing" after a count says what the counted firms do, not that they are staff
    found = claims("The building housed five garment makers employing about 2,500 workers.")
    assert found["five garment makers"].subject != STAFF
    assert found["about 2,500 workers"].subject == STAFF


def test_a_workforce_given_as_no_figure_is_not_compared() -> None:
    found = claims("Thousands of employees will lose their pensions.")
    assert all(c.subject != STAFF for c in found.values())


def test_turnout_in_the_vote_and_turnout_at_meet_a_part_does_not() -> None:
    found = claims(
        "Turnout in the referendum was 71.8%. With turnout at 72.2 per cent, officials were "
        "pleased. Turnout in Scotland was 67.2%."
    )
    assert found["71.8%"].subject == "auto.measure.percent.turnout"
    assert found["72.2 per cent"].subject == "auto.measure.percent.turnout"
    assert found["67.2%"].subject != "auto.measure.percent.turnout"


def test_at_frames_only_a_noun_that_opens_its_clause() -> None:
    # a party's share, an adjective and a time phrase before "at" say no thing a share is of
    found = claims(
        "The Greens at 14.6% came second. Turnout was high at 72 percent. "
        "He beat him earlier this month at 48% to 43%."
    )
    for words in ("14.6%", "72 percent", "48%"):
        assert found[words].subject == UNFRAMED, words


def test_at_frames_only_a_share_noun_listed_as_data() -> None:
    # must not flag: how far a count has come, one side's vote or lead at one moment
    found = claims(
        "With the count at 95%, Leave led. With counting at 90%, officials waited. "
        "He spoke with the vote at 52%. She noted the lead at 4%. With inflation at 10.1%, prices rose."
    )
    for words in ("95%", "90%", "52%", "4%"):
        assert found[words].subject == UNFRAMED, words
    assert found["10.1%"].subject == "auto.measure.percent.inflation"


def test_jobs_lost_are_job_cuts_and_a_thing_shed_is_not() -> None:
    found = claims(
        "Some 400 workers at its Leeds plant will lose their jobs. The tanker shed 3,000 barrels of oil."
    )
    assert found["Some 400 workers"].subject == "auto.count.job-cuts"
    assert found["3,000 barrels"].subject != "auto.count.job-cuts"


def test_a_part_a_plan_or_another_group_is_not_the_workforce() -> None:
    # must not flag (review of numbers14): each of these met "Harwick employs 1,200 people"
    found = claims(
        "Its Hull site employs 300 people. Its Leeds branch has 40 staff. "
        "The firm's 40 workers in Leeds were unharmed. Police employed 200 officers to guard the mill. "
        "Rescuers employed 12 drills at the mine. It will hire 500 workers next year. "
        "The tactic was employed 30 times last year. The firm plans to employ 300 more people. "
        "Harwick, which employed 500 people in 2019, now employs 120. "
        "Harwick does not employ 1,200 people, as reported, but 900. Some 250 staff were on shift. "
        "About 2,000 workers went on strike."
    )
    for words in (
        "300 people",
        "40 staff",
        "40 workers",
        "200 officers",
        "12 drills",
        "500 workers",
        "30 times",
        "300",
        "120",
        "1,200 people",
        "900",
        "Some 250 staff",
        "About 2,000 workers",
    ):
        assert not found[words].subject.startswith(STAFF), words


def test_a_staff_noun_without_its_employer_is_not_the_workforce() -> None:
    # must not flag: those who signed are not all the firm employs
    found = claims("The union said 3,000 employees had signed the petition. It has 1,200 staff.")
    assert not found["3,000 employees"].subject.startswith(STAFF)
    assert found["1,200 staff"].subject == STAFF
