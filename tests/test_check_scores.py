"""`check --source` on match scores (pipeline/scores.py, issue 14, session 24): "beat Dunmore 3-1"
where the report says the side won 4-1. Each figure of a changed score is usually somewhere in
the report (a first leg's 1-1, a 5-2 aggregate), so the figure look-up alone bore both halves
out. Invented reports, one summary sentence each; every faithful counterpart must pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.pipeline.scores import scores_in

FINAL = (
    "Harriers beat Dunmore Rovers 4-1 at home on Sunday to win the regional cup for the first time. "
    "They had held Dunmore to a 1-1 draw in the first leg, and won the final 5-2 on aggregate.\n"
)
LEAGUE = (
    "City were beaten 2-0 by Athletic on Saturday, their third defeat in a row. Athletic's Tom "
    "Reyes scored twice in the last 10 minutes.\n"
)
TENNIS = "Anna Berg beat Lena Holm 6-3, 7-5 in Rome to reach the semi-finals. Holm had won 3 of their 4 meetings.\n"
NIL = "The Lions won 2-nil at Easton Park on Friday, with goals from Mark Dale and Sam Ito.\n"
TOKENISED = "Ferris city were beaten 3 - 0 at home by charlton athletic on saturday .\n"
SURVEY = (
    "The club surveyed 300 fans after Saturday's win: most were aged 18-24, and a 10-15 minute "
    "walk from the ground was what most wanted. The team won 2-1.\n"
)


@pytest.mark.parametrize(
    ("report", "summary"),
    [
        (FINAL, "Harriers beat Dunmore Rovers 4-1 on Sunday to win the regional cup."),
        # the other order, and a loss told from the loser's side
        (FINAL, "Dunmore Rovers lost 1-4 to Harriers in the second leg of the cup final."),
        (LEAGUE, "Athletic won 2-0 against City on Saturday, with two late goals from Tom Reyes."),
        (LEAGUE, "City suffered a 0-2 defeat to Athletic on Saturday."),
        # an aggregate may add up the legs: never judged
        (FINAL, "Harriers won the regional cup 5-2 on aggregate after a 4-1 win at home."),
        # sets of a tennis match, with and without the comma
        (TENNIS, "Anna Berg reached the semi-finals in Rome, beating Lena Holm 6-3 7-5."),
        # "nil" is nought, and the report's spaced dashes are a score
        (NIL, "The Lions won 2-0 at Easton Park on Friday."),
        (TOKENISED, "Ferris City lost 3-0 at home to Charlton Athletic on Saturday."),
        # ranges are no scores, even beside a result
        (SURVEY, "Most fans surveyed after the win were aged 18-24 and wanted a 10-15 minute walk."),
    ],
)
def test_a_score_the_report_gives_passes(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == 0, findings


@pytest.mark.parametrize(
    ("report", "summary", "said"),
    [
        # each figure is in the report (the first leg's 1-1): only the pair is wrong
        (FINAL, "Harriers beat Dunmore Rovers 3-1 on Sunday to win the regional cup.", "“4-1”"),
        (LEAGUE, "City were beaten 3-0 by Athletic on Saturday.", "“2-0”"),
        (TENNIS, "Anna Berg beat Lena Holm 6-3, 6-4 in Rome to reach the semi-finals.", "“6-3"),
    ],
)
def test_a_score_the_report_gives_otherwise_fails(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, said: str
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == 1, findings
    (finding,) = [f for f in findings if f["outcome"] == "other-score"]
    assert finding["rule_id"] == "FC602"
    assert finding["grade"] == "major"
    assert "no source gives this score" in finding["message"]
    assert said in finding["message"]


def test_another_matchs_score_stays_flagged(cli: Callable[..., Result], tmp_path: Path) -> None:
    """A score the report gives another match keeps its figures' verdict (figure of another thing)."""
    report = (
        "Arsenal beat Burnley 1-0 at Turf Moor on Saturday, their eighth win in a row. Their only "
        "defeat in that time was a 3-2 loss at Stoke.\n"
    )
    got, findings = check_sentence(
        cli, tmp_path, {"a.txt": report}, "", "Arsenal beat Burnley 3-2 at Turf Moor."
    )
    assert got == 1, findings
    assert {f["outcome"] for f in findings if f["grade"] == "major"} == {"figure-of-other-thing"}
    got, findings = check_sentence(
        cli, tmp_path, {"a.txt": report}, "", "Arsenal beat Burnley 1-0 at Turf Moor."
    )
    assert got == 0, findings


def test_a_score_with_no_source_score_says_so(cli: Callable[..., Result], tmp_path: Path) -> None:
    report = "Harriers beat Dunmore Rovers at home on Sunday; 3 of their 11 players were teenagers.\n"
    got, findings = check_sentence(
        cli, tmp_path, {"a.txt": report}, "", "Harriers beat Dunmore 3-11 on Sunday."
    )
    assert got == 1, findings
    (finding,) = [f for f in findings if f["outcome"] == "other-score"]
    assert "none writes these two figures as a score" in finding["message"]


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        ("They won 3-1 in Lubumbashi.", [(3, 1)]),
        ("a 2-0 win at home", [(2, 0)]),
        ("Most fans were aged 18-24 after the win.", []),  # a range of ages
        ("It was a 10-15 minute walk after the match.", []),  # a range of a unit
        ("The 2014-15 season ended with a win.", []),  # a season: a longer run of figures
        ("They won the tie 5-2 on aggregate.", []),
        ("Polls show 40-45 people support the plan.", []),  # no result word
    ],
)
def test_scores_in(text: str, scores: list[tuple[int, int]]) -> None:
    assert [s.figures for s in scores_in(text)] == scores


# --- ranks written "number N" (pipeline/ranks.py) -----------------------------------------------

OPEN = (
    "Britain's Cameron Norrie will play world number one Novak Djokovic after beating Pablo Carreno "
    "Busta in Paris. Norrie, the British number two, has risen from world number 116 in three years.\n"
)
UNRANKED = "Cameron Norrie beat Pablo Carreno Busta in three sets in Paris to reach the third round.\n"
TOP = (
    "Norrie will face the top-ranked Novak Djokovic on Friday, after his team-mate, the world "
    "number 12, lost in straight sets.\n"
)


@pytest.mark.parametrize(
    ("report", "summary"),
    [
        (OPEN, "British number two Cameron Norrie will face world number one Novak Djokovic in Paris."),
        # the same rank in the other form
        (OPEN, "British No 2 Cameron Norrie will play world No.1 Novak Djokovic."),
        # a first rank without its figure
        (TOP, "Cameron Norrie will face world number one Novak Djokovic on Friday."),
        # sources that rank nothing so give nothing to judge a rank by
        (UNRANKED, "British number three Cameron Norrie reached the third round in Paris."),
        # no rank at all
        (OPEN, "A number of British players, Cameron Norrie among them, reached Paris; no one expected it."),
    ],
)
def test_a_rank_the_report_gives_passes(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == 0, findings


@pytest.mark.parametrize(
    "summary",
    [
        # "three" is in the report (three years), "number three" nowhere
        "British number three Cameron Norrie will face world number one Novak Djokovic.",
        "Cameron Norrie, the world No 4, will face Novak Djokovic in Paris.",
    ],
)
def test_a_rank_the_report_never_gives_fails(
    cli: Callable[..., Result], tmp_path: Path, summary: str
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": OPEN}, "", summary)
    assert got == 1, findings
    (finding,) = [f for f in findings if f["grade"] == "major"]
    assert (finding["rule_id"], finding["outcome"]) == ("FC602", "unsupported-number")
    assert "no source states this figure" in finding["message"]


# --- nationalities: a faithful demonym passes (no pass judges demonyms; session 25 dropped it) ----

TALKS = (
    "German Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday to discuss "
    "energy prices. Scholz said Berlin would buy more gas from Norway.\n"
)
MURRAY = (
    "Scottish tennis player Andy Murray, Britain's first Wimbledon champion in 77 years, retired on Friday.\n"
)


@pytest.mark.parametrize(
    ("report", "summary"),
    [
        (TALKS, "German Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday."),
        # a nationality the sources give no one else: a wider word, no contradiction (minor)
        (TALKS, "Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday."),
        # another word for the sources' country ("Britain's" for "British")
        (MURRAY, "British tennis player Andy Murray retired on Friday."),
    ],
)
def test_a_nationality_the_report_allows_passes(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == 0, findings


# --- review fixes (session 24 review of qags24): other ways to write a score, a rank or a nation ---


@pytest.mark.parametrize(
    ("report", "summary"),
    [
        # a score the report writes with other dashes, in words or with "to"/"for"
        ("Harriers beat Dunmore 4\u20141 on Sunday.\n", "Harriers beat Dunmore 4-1 on Sunday."),
        ("Harriers beat Dunmore 4\u22121 on Sunday.\n", "Harriers beat Dunmore 4-1 on Sunday."),
        ("Harriers beat Dunmore four-one on Sunday.\n", "Harriers beat Dunmore 4-1 on Sunday."),
        ("City won by two goals to nil on Saturday.\n", "City won 2-0 on Saturday."),
        ("The Harriers won 4 to 1 against Dunmore on Sunday.\n", "The Harriers beat Dunmore 4-1 on Sunday."),
        (
            "MPs rejected the motion by 320 votes to 290 on Tuesday, a defeat for the government.\n",
            "The motion was defeated 320-290 on Tuesday.",
        ),
        (
            "Leave won the referendum by 52% to 48%, a margin of over a million votes.\n",
            "Leave won the referendum 52-48.",
        ),
        ("England made 250 for seven and won by 40 runs.\n", "England won by 40 runs after making 250-7."),
    ],
)
def test_a_score_the_report_writes_otherwise_passes(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == 0, findings


def test_a_score_with_an_em_dash_is_judged(cli: Callable[..., Result], tmp_path: Path) -> None:
    report = "Harriers beat Dunmore 4-1 on Sunday after a 1-1 first leg.\n"
    got, findings = check_sentence(
        cli, tmp_path, {"a.txt": report}, "", "Harriers beat Dunmore 3\u20141 on Sunday."
    )
    assert got == 1, findings
    assert [f["outcome"] for f in findings if f["grade"] == "major"] == ["other-score"]


@pytest.mark.parametrize(
    ("report", "summary"),
    [
        # the same rank as an ordinal or a seed
        (
            "Third-ranked Paula Badosa lost to world number one Iga Swiatek.\n",
            "World number three Paula Badosa lost to Iga Swiatek.",
        ),
        (
            "Badosa, ranked third in the world, lost to world number one Swiatek.\n",
            "World number three Badosa lost to Swiatek.",
        ),
        # an idiom of importance is no rank
        (
            "Housing is the mayor's top priority. The mayor, who ranks number 3 in the party, spoke on Monday.\n",
            "Housing is the mayor's number one priority.",
        ),
    ],
)
def test_a_rank_written_otherwise_passes(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == 0, findings


@pytest.mark.parametrize(
    ("report", "summary"),
    [
        # the country named in a form sharing no four letters with its demonym
        (
            "The German Government said on Monday it would send tanks. Poland's government welcomed the move.\n",
            "The Polish Government welcomed the German decision to send tanks.",
        ),
        (
            "European Commissioner Frans Timmermans, from the Netherlands, spoke.\n",
            "Dutch Commissioner Frans Timmermans spoke.",
        ),
        # a bare title names no one: two countries' presidents are two people
        (
            "The German President said on Monday he would visit. Paris was not invited.\n",
            "The French President was not invited, the German President said.",
        ),
        # a continent's word is wider than any nationality
        ("European Commissioner Frans Timmermans spoke.\n", "Dutch Commissioner Frans Timmermans spoke."),
        # a nation of one state is a narrower word for it
        (
            "British Prime Minister Rishi Sunak met Humza Yousaf.\n",
            "English Prime Minister Rishi Sunak met Humza Yousaf.",
        ),
    ],
)
def test_a_nationality_wider_narrower_or_named_otherwise_is_no_contradiction(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str
) -> None:
    _got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert not [f for f in findings if f["outcome"] == "name-replaced"], findings
