"""`check` on ordinals (pipeline/ordinals.py): "the fourth summit", "the third-largest port"
against the sources' other ordinal of the same noun with the same kind words. Invented sentences, one summary
sentence against one report each; faithful ones must pass."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.pipeline.ordinals import ordinals_in

SUMMIT = "Leaders of the two countries met in Oslo on Tuesday for their third summit in four years.\n"
PORT = "Handling 40 million tonnes of cargo a year, the harbour is now the country's fifth-largest port.\n"
LEAGUE = (
    "The Harriers beat Dunmore 3-1 on Saturday and have won their first league title since 1987. "
    "The club's manager said the players deserved it.\n"
)
TRAM = (
    "The council has unveiled plans for the town's first tram line, linking the station and the "
    "hospital. Commuters now rely on buses, which are often late.\n"
)
SEARCH = (
    "Rescuers pulled 12 survivors from the rubble on the second day of the search. By the third "
    "day of the search the death toll had risen to 54.\n"
)
SISTERS = (
    "Maria Lopez won her second Olympic gold on Sunday. Her sister Marta Lopez took her first "
    "medal, a bronze, in the relay.\n"
)
STORM = "The storm was the second strongest to hit the island this century, with winds of 200km/h (125mph).\n"
READING = "The bill passed its second reading by 310 votes to 250. A third reading is expected next month.\n"
TRIAL = (
    "On the first day of the trial, the jury heard from police officers. The second witness, a "
    "neighbour, testified that she heard shouting. The defendant spoke on Thursday.\n"
)


MEDALS = (
    "Ines Ruiz won the 200m freestyle in Paris on Sunday, the first Olympic gold of her career. "
    "She took her second medal of the Games, a silver, in the relay two days later.\n"
)
ROUNDS = (
    "Tomas Varga won 54 percent of the vote in Sunday's runoff against Pia Holm. In the first "
    "round of the presidential election, Varga had led with 41 percent.\n"
)
NEGOTIATIONS = (
    "Trade negotiators from the two countries agreed on an agenda in Vienna on the first day of "
    "talks. A tariff deal was signed in Vienna on Thursday, the fourth day of the negotiations.\n"
)
HOME_WINS = (
    "City beat Athletic 3-0 on Saturday, their second win at home this season, and have now won "
    "three matches in a row.\n"
)
SUMMITS = "Leaders of the two countries met in Oslo on Tuesday for their third summit since 2019.\n"


@pytest.mark.parametrize(
    ("report", "summary"),
    [
        # the ordinal in other forms: digits for words, a synonym of the rank, no hyphen
        (SUMMIT, "The leaders met in Oslo for a 3rd summit."),
        (PORT, "The harbour is the country's fifth biggest port, handling 40 million tonnes."),
        # a first or a second is never judged: "first gold medal" against "first Olympic gold",
        # "second round" where the sources have the runoff and its first round
        (MEDALS, "Ines Ruiz won her first gold medal at the Olympics in the 200m freestyle in Paris."),
        (ROUNDS, "Tomas Varga won the presidential election's second round with 54 percent."),
        (LEAGUE, "The Harriers won the league for the first time, beating Dunmore 3-1 on Saturday."),
        # a day of the talks: units of time and stages each have their own ordinal
        (NEGOTIATIONS, "Negotiators signed the tariff deal in Vienna on Thursday, the fourth day of talks."),
        (TRIAL, "The defendant spoke on the second day, Thursday."),
        # a run of wins against a tally of home wins: other kind words, never the same thing
        (HOME_WINS, "City beat Athletic 3-0 at home on Saturday for their third straight win."),
        (HOME_WINS, "City beat Athletic 3-0 on Saturday, a third consecutive win this season."),
        # a share and a title are no ordinals of a thing
        (SUMMIT, "A third of the leaders met in Oslo on Tuesday."),
        (TRAM, "The First Minister backed the council's plans for a tram line to the hospital."),
        # a rising toll: each day of the search keeps its own ordinal
        (SEARCH, "On the second day of the search, rescuers pulled 12 survivors from the rubble."),
        (SEARCH, "The death toll rose to 54 on the third day of the search."),
        # two people with one surname, each with her own medal
        (SISTERS, "Maria Lopez claimed her second Olympic gold medal on Sunday."),
        (SISTERS, "Marta Lopez won her first medal, a relay bronze."),
        # a rank in other words, and a figure with its conversion
        (STORM, "The storm, the island's second-strongest this century, brought winds of 125mph."),
        (READING, "The bill passed its second reading by 310 votes to 250."),
        (
            "The firm reported its third consecutive quarterly loss on Monday.\n",
            "The firm posted a third straight quarterly loss on Monday.",
        ),
    ],
)
def test_a_faithful_ordinal_passes(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == 0, findings


@pytest.mark.parametrize(
    ("report", "summary", "said"),
    [
        (SUMMIT, "The leaders met in Oslo on Tuesday for their fourth summit.", "third summit"),
        (
            SUMMITS,
            "Leaders of the two countries met in Oslo on Tuesday for their 5th summit.",
            "third summit",
        ),
        (
            PORT,
            "The harbour, handling 40 million tonnes, is the country's third-largest port.",
            "fifth-largest port",
        ),
    ],
)
def test_an_ordinal_the_sources_give_otherwise_fails(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, said: str
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == 1, findings
    (finding,) = [f for f in findings if f["outcome"] == "other-ordinal"]
    assert said in finding["message"]


def test_an_other_ordinal_is_contradicted_with_the_source_sentence(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(SUMMIT, encoding="utf-8")
    (tmp_path / "summary.md").write_text(
        "The leaders met in Oslo for their fourth summit.\n", encoding="utf-8"
    )
    result = cli(
        "check", str(tmp_path / "summary.md"), "--source", str(tmp_path / "a.txt"), "--format", "json"
    )
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    (finding,) = report["findings"]
    assert (finding["rule_id"], finding["grade"]) == ("FC602", "major")
    (verdict,) = [v for v in report["verdicts"] if v["text"] == "fourth summit"]
    assert verdict["verdict"] == "contradicted"
    assert verdict["evidence"]["words"].startswith("Leaders of the two countries met in Oslo")


def test_an_other_ordinal_fails_against_a_registry_too(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("init", str(tmp_path / "reg")).exit_code == 0
    monkeypatch.chdir(tmp_path / "reg")
    (tmp_path / "port.txt").write_text(PORT, encoding="utf-8")
    added = cli("sources", "add", str(tmp_path / "port.txt"), "--published", "2024-03-02", "--id", "port")
    assert added.exit_code == 0, added.output
    codes = {}
    for rank in ("fifth-largest", "third-largest"):
        (tmp_path / "s.md").write_text(
            f"---\ndate: 2024-03-02\n---\nThe harbour is the country's {rank} port, handling 40 million tonnes.\n"
        )
        codes[rank] = cli("check", str(tmp_path / "s.md"), "--registry", ".", "--format", "json").exit_code
    assert codes == {"fifth-largest": 0, "third-largest": 1}


def test_ordinals_read_what_they_order() -> None:
    found = {(o.value, o.head, o.kinds) for o in ordinals_in(LEAGUE + SUMMIT + PORT + MEDALS)}
    assert (1, "title", frozenset({"league"})) in found  # "their first league title since 1987"
    assert (3, "summit", frozenset()) in found
    assert (5, "port", frozenset({"largest"})) in found
    assert (1, "gold", frozenset({"olympic"})) in found
    assert not ordinals_in(
        "Prices rose by a third. He won a second-half penalty. It moves 9 metres per second. "
        "It was their first-ever title."
    )


@pytest.mark.parametrize("no_cache", ["", "1"])
def test_an_other_ordinal_of_a_framed_count_is_reported_not_an_internal_error(
    cli: Callable[..., Result],
    registry_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_cache: str,
) -> None:
    """A summary's ordinal that first reads as a count of an automatic frame no source backs (so
    introduced), then is replaced by the ordinal judged against the sources' "6th Caspian Sea
    Leaders Summit": one finding about it, exit 1, with the store and without it (the replaced
    count once stayed "introduced" and the YAML path exited 3 with a KeyError)."""
    summary = tmp_path / "s.md"
    summary.write_text(
        "---\ndate: 2022-07-01\n---\nPutin flew to Ashgabat for the 9th Caspian Sea leaders summit.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("FACTCHECK_NO_CACHE", no_cache)
    result = cli("check", str(summary), "--registry", str(registry_copy), "--format", "json")
    assert result.exit_code == 1, result.output
    findings = json.loads(result.stdout)["findings"]
    assert any("9th Caspian" in side["text"] for f in findings for side in f["sides"])
