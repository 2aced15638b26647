"""People's roles (extract/roles.py, FC505, `check`'s role verdicts): short sentences written
for these tests (not story text)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from factcheck.extract import extract_text
from factcheck.extract.roles import parse_role, role_conflict
from factcheck.model import RelationClaim


def roles(text: str, corpus: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(frame, role) of each role the text gives a named person, in order."""
    found = extract_text(text, corpus=corpus or {})
    return [
        (c.claim.relation, c.claim.item or "")
        for c in found
        if isinstance(c.claim, RelationClaim) and c.claim.predicate == "role"
    ]


@pytest.fixture
def cli() -> Callable[..., Result]:
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(args), catch_exceptions=False)


def test_titles_appositives_and_acts_are_read() -> None:
    text = (
        "Harbour Police Commissioner Edda Lindqvist spoke first. The driver, Omar Castell, was "
        "arrested. Assistant coach Rhian Pryce was unhurt. Petra Holm, a 52-year-old nurse, helped. "
        "Karl Dunmore, who was driving the van, survived. Ines Varga, president of the rowing club, "
        "visited the ward."
    )
    assert roles(text) == [
        ("auto.role.edda-lindqvist", "police commissioner"),
        ("auto.role.omar-castell", "driver"),
        ("auto.role.rhian-pryce", "assistant coach"),
        ("auto.role.petra-holm", "nurse"),
        ("auto.role.karl-dunmore", "driver"),
        ("auto.role.ines-varga", "president"),
    ]


def test_roles_named_first_and_done_by_are_read() -> None:
    text = (
        "Officials in the city said the driver, Omar Castell, was held. The 47-year-old nurse, Petra "
        "Holm, helped. The mayor of Port Ellis, Ida Moss, wept. The van, driven by Karl Dunmore, "
        "overturned. Guitarist Rhian Pryce escaped."
    )
    assert roles(text) == [
        ("auto.role.omar-castell", "driver"),
        ("auto.role.petra-holm", "nurse"),
        ("auto.role.ida-moss", "mayor"),
        ("auto.role.karl-dunmore", "driver"),
        ("auto.role.rhian-pryce", "guitarist"),
    ]


def test_a_role_never_swallows_a_place_written_after_it() -> None:
    text = "Zhu Wen, a farmer in Hollin County, survived. The mayor of Marsby County, Ida Moss, wept."
    found = extract_text(text, corpus={})
    relations = sorted((c.claim.text, c.claim.predicate) for c in found if isinstance(c.claim, RelationClaim))
    assert relations == [
        ("Hollin County", "is-a"),
        ("Ida Moss", "role"),
        ("Marsby County", "is-a"),
        ("Zhu Wen, a farmer", "role"),
    ]


def test_words_that_are_no_role_give_none() -> None:
    # a list of names, a verb before a name, a description the data file does not know
    text = "Survivors included Omar Castell, Petra Holm and Ines Varga. Witness accounts praised Karl Dunmore, a hero."
    assert roles(text) == []


def test_rank_and_past_words_that_are_stop_words_are_read() -> None:
    # "under" and "then" are stop words, yet a rank and a past word where they join the role
    text = "Under Secretary Jane Doe arrived. Officials said the then mayor, Ida Moss, was told."
    assert roles(text) == [("auto.role.jane-doe", "under secretary"), ("auto.role.ida-moss", "then mayor")]
    past = parse_role(["then", "mayor"])
    assert past is not None
    assert past.past
    # in running text they stay function words: no rank "under", no past "then"
    text = "The crew worked under Commissioner Edda Lindqvist. Later, and then Mayor Ida Moss spoke."
    assert roles(text) == [("auto.role.edda-lindqvist", "commissioner"), ("auto.role.ida-moss", "mayor")]


def test_a_stop_word_capitalised_by_its_sentence_is_no_rank() -> None:
    # the Leicester tune story: "Under manager Claudio Ranieri, Leicester have built …" gave him
    # the role "under manager", FC505 against "manager Claudio Ranieri" in another report
    text = "Under manager Claudio Ranieri, Leicester have lost only three times this season."
    assert roles(text) == [("auto.role.claudio-ranieri", "manager")]
    # a past word keeps its meaning with a sentence's capital: the chairman of that time
    text = "Then chairman Ed Lowe resigned. Under Secretary Jane Doe spoke."
    assert roles(text) == [
        ("auto.role.ed-lowe", "then chairperson"),
        ("auto.role.jane-doe", "under secretary"),
    ]


def test_a_long_capitalised_run_before_a_name_is_read_in_one_pass() -> None:
    # a capitalised run after "of" is tried as a place's name; split inside its words, a run of
    # 5,000 capitals would take hours (the suite would hang here)
    text = "A report of " + "A" * 5000 + ") named the driver, Ida Moss, today."
    assert roles(text) == [("auto.role.ida-moss", "driver")]


def test_a_role_is_framed_by_the_name_cluster_across_spellings() -> None:
    corpus = {
        "a": "Coach Darya Kowalczyk said training would resume.",
        "b": "Darya Kowalczyk, the team's coach, said so. Darya Kowalczyk spoke again.",
    }
    # a misspelling in a third text meets the same person's frame
    assert roles("Assistant coach Darya Kowalczik was there.", corpus) == [
        ("auto.role.darya-kowalczyk", "assistant coach")
    ]


def test_a_surname_alone_needs_the_full_name_in_the_same_text() -> None:
    corpus = {"a": "Fire Chief Dora Vance said crews arrived at 3 a.m."}
    # "Dr L Vance" is another person who shares the surname: no role for Dora Vance from it
    assert roles("The hospital's Dr L Vance, superintendent, said beds were ready.", corpus) == []
    assert roles("Dora Vance spoke. Vance, the fire chief, said crews were tired.", corpus) == [
        ("auto.role.dora-vance", "fire chief")
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("coach", "assistant coach"),  # one noun, two ranks
        ("deputy mayor", "mayor"),
        ("keyboard player", "accordionist"),  # two instruments
        ("fire commissioner", "fire chief"),  # two ranks of one service
        ("driver", "passenger"),  # who drove and who rode
        ("bus driver", "truck driver"),  # two kinds sharing no word
        ("headmaster", "headmistress"),
        ("spokesman", "spokeswoman"),  # one role written for a man and for a woman
        ("senior vice president", "vice president"),  # a rank before this noun only
    ],
)
def test_roles_one_person_cannot_hold_together_conflict(first: str, second: str) -> None:
    a, b = parse_role(first.split()), parse_role(second.split())
    assert a is not None
    assert b is not None
    assert role_conflict(a, b) is not None
    assert role_conflict(b, a) is not None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("coach", "general manager"),  # one person, two roles
        ("driver", "bus driver"),  # broader and narrower
        ("head coach", "coach"),
        ("spokesman", "spokesperson"),  # a noun for anyone agrees with a sexed one
        ("chairwoman", "chair"),
        ("chairman", "chairwoman"),  # house styles write "Chairman" for a woman too
        ("senior captain", "captain"),  # "senior" is standing before other nouns
        ("former coach", "player"),  # a past role
        ("ex-guitarist", "accordionist"),
        ("nurse", "volunteer"),  # roles of no exclusive group
        ("chief inspector", "inspector"),
    ],
)
def test_compatible_roles_never_conflict(first: str, second: str) -> None:
    a, b = parse_role(first.split()), parse_role(second.split())
    assert a is not None
    assert b is not None
    assert role_conflict(a, b) is None
    assert role_conflict(b, a) is None


def _check(cli: Callable[..., Result], folder: Path, sources: list[str], summary: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    args = []
    for number, text in enumerate(sources, start=1):
        path = folder / f"report{number}.txt"
        path.write_text(text, encoding="utf-8")
        args += ["--source", str(path)]
    (folder / "summary.md").write_text(summary, encoding="utf-8")
    result = cli("check", str(folder / "summary.md"), *args, "--format", "json")
    return result.exit_code, json.loads(result.output)


SOURCES = [
    "Head coach Ilse Marchetti said the players had trained all week. The driver, Pavel Nemec, was hurt.\n",
    "Ilse Marchetti, the team's coach, praised the crowd. Assistant coach Jonas Brandt was unhurt.\n",
]


def _role_verdicts(report: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(v["text"], v["verdict"]) for v in report["verdicts"] if v["kind"] == "role"]


def test_check_contradicts_a_known_person_in_another_role(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, report = _check(cli, tmp_path, SOURCES, "Assistant coach Ilse Marchetti praised the crowd.\n")
    assert code == 1  # major in a checked document: CI fails on it
    assert _role_verdicts(report) == [("Assistant coach Ilse Marchetti", "contradicted")]


def test_check_contradicts_a_role_the_sources_give_someone_else(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    code, report = _check(cli, tmp_path, SOURCES, "Coach Pavel Nemec praised the crowd.\n")
    assert code == 1
    assert _role_verdicts(report) == [("Coach Pavel Nemec", "contradicted")]
    # the finding says whose role it is in the sources
    assert any("ilse-marchetti" in f["message"] and "pavel-nemec" in f["message"] for f in report["findings"])


def test_check_supports_the_sources_roles(cli: Callable[..., Result], tmp_path: Path) -> None:
    summary = "Coach Ilse Marchetti praised the crowd, and bus driver Pavel Nemec was hurt.\n"
    code, report = _check(cli, tmp_path, SOURCES, summary)
    assert code == 0
    assert sorted(_role_verdicts(report)) == [
        ("Coach Ilse Marchetti", "supported"),
        ("bus driver Pavel Nemec", "supported"),
    ]


def test_check_calls_a_rank_no_source_gives_unsupported_but_passes(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    code, report = _check(cli, tmp_path, SOURCES, "Deputy mayor Jonas Brandt was unhurt.\n")
    assert code == 0  # minor: not an error CI blocks by default
    assert _role_verdicts(report) == [("Deputy mayor Jonas Brandt", "unsupported")]


def test_extract_table_shows_the_role_decision(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Assistant coach Rhian Pryce was unhurt.\n", encoding="utf-8")
    result = cli("extract", str(path), "--format", "table")
    assert result.exit_code == 0
    assert "auto.role.rhian-pryce" in result.output
    assert "Rhian Pryce is assistant coach (title before the name)" in result.output


def test_an_unnamed_posts_holder_is_framed_by_the_post_and_its_body() -> None:
    text = (
        "Police questioned the academy's headmistress on Friday. The headmaster of the hill "
        "village school was away. The school headmaster declined to comment. The club chairman "
        "resigned."
    )
    assert roles(text) == [
        ("auto.role.post.head-teacher.academy", "headmistress"),
        ("auto.role.post.head-teacher.hill-village-school", "headmaster"),  # its words kept
        ("auto.role.post.head-teacher.school", "headmaster"),
    ]  # a chairman is not one of posts.txt's one-holder posts: a body may have several


@pytest.mark.parametrize(
    "text",
    [
        "Pupils of a junior school and a senior school were aboard. The school's headmaster wept.",
        "Children from two schools were hurt. The headmistress of the school was not hurt.",
    ],
)
def test_no_post_is_read_of_a_body_noun_the_text_gives_two_bodies(text: str) -> None:
    assert roles(text) == []
