"""`check --source` (issue 14, session 21): a body's name a summary swaps for another.

- an acronym no source has is a name no source has (it was never looked up: "CIA" passed);
- one written where the closest source sentence has another acronym is another body, major;
- an organisation's name whose first and last words the sources write with other words between
  ("Cardiff City Council" for "Cardiff Business Council") is another body, major, in cased and in
  lower-cased text; a shorter or a longer form of one name, an inflected word and a body the
  article also names in passing pass.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from summary_check import report_one_source as report


def outcomes(found: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(outcome, grade, phrase) of each FC602 finding."""
    return [
        (f["outcome"], f["grade"], f["sides"][0]["text"])
        for f in found["findings"]
        if f["rule_id"] == "FC602"
    ]


BOMBING = (
    "Two bombs exploded near the finish line of the marathon on Monday. Police said no suspects "
    "were in custody. The FBI took charge of the investigation.\n"
)


def test_an_acronym_in_place_of_the_sources_acronym_is_contradicted(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    code, found = report(cli, tmp_path, BOMBING, "Police said the CIA took charge of the investigation.")
    assert code == 1
    assert outcomes(found) == [("name-replaced", "major", "CIA")]
    verdict = next(v for v in found["verdicts"] if v["text"] == "CIA")
    assert verdict["verdict"] == "contradicted"
    assert "The FBI took charge" in verdict["evidence"]["words"]


def test_an_acronym_no_source_has_is_an_unsupported_name(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, found = report(cli, tmp_path, BOMBING, "Two bombs exploded near the finish line, the BBC reported.")
    assert code == 0  # a name no source has is minor (FC602 unsupported-name), as a capitalised word
    assert outcomes(found) == [("unsupported-name", "minor", "BBC")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The FBI's agents took charge of the investigation.",  # the sources' acronym, possessive
        "Police said no suspects were in custody at 3pm GMT on Monday.",  # a time zone
        "THE FBI TOOK CHARGE OF THE INVESTIGATION",  # a line in capitals: no acronyms in it
    ],
)
def test_acronyms_that_are_the_sources_or_no_names_pass(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, found = report(cli, tmp_path, BOMBING, sentence)
    assert code == 0
    assert outcomes(found) == []


CABLE_CAR = (
    "Plans for a cable car system in Cardiff are being explored by Cardiff Business Council. "
    "A feasibility study will look at a network linking the city centre and Penarth.\n"
)


@pytest.mark.parametrize("lower", [False, True])
def test_an_organisation_with_other_words_is_another_body(
    cli: Callable[..., Result], tmp_path: Path, lower: bool
) -> None:
    source = CABLE_CAR.lower() if lower else CABLE_CAR
    sentence = "Plans for a cable car in Cardiff have been unveiled by Cardiff City Council."
    code, found = report(cli, tmp_path, source, sentence.lower() if lower else sentence)
    assert code == 1
    name = "cardiff city council" if lower else "Cardiff City Council"
    assert outcomes(found) == [("name-replaced", "major", name)]
    verdict = next(v for v in found["verdicts"] if v["text"] == name)
    assert verdict["verdict"] == "contradicted"
    assert (
        "Business Council" in verdict["evidence"]["words"]
        or "business council" in verdict["evidence"]["words"]
    )


@pytest.mark.parametrize(
    ("source", "sentence"),
    [
        # the sources' own name, and a shorter form of it
        (CABLE_CAR, "Plans for a cable car are being explored by Cardiff Business Council."),
        (CABLE_CAR, "Plans for a cable car are being explored by Cardiff Council."),
        # the source's "Cardiff Council" may be written out in full
        (
            "Plans for a cable car are being explored by Cardiff Council.\n",
            "Cardiff City Council explores a cable car.",
        ),
        # a body the article names in passing as well
        (
            CABLE_CAR + "The city council backed the study.\n",
            "Cardiff City Council backed the cable car study.",
        ),
        # one word inflected: a slip of the name, not another body
        (
            "The fire broke out at Tazreen Fashions Ltd on Saturday.\n",
            "The fire broke out at Tazreen Fashion Ltd.",
        ),
        # a longer name that holds the source's words: its first word is not the name's first
        (
            "The Odisha Disaster Rapid Action Force was deployed.\n",
            "The National Disaster Response Force was deployed.",
        ),
    ],
)
def test_one_body_named_otherwise_passes(
    cli: Callable[..., Result], tmp_path: Path, source: str, sentence: str
) -> None:
    code, found = report(cli, tmp_path, source, sentence)
    assert code == 0
    assert [o for o in outcomes(found) if o[0] == "name-replaced"] == []


@pytest.mark.parametrize(
    ("source", "sentence"),
    [
        (  # the sources' short form is the first word and the middle words, no head word
            "Boston police said two men were arrested after the robbery on Friday. The Boston Fire "
            "Department treated a woman for smoke inhalation.\n",
            "The Boston Police Department said two men were arrested after the robbery on Friday.",
        ),
        (
            "The Scottish National Party won the by-election in Hamilton on Friday. Scottish Labour "
            "came second, with the Scottish Conservatives third.\n",
            "The Scottish National Party won the Hamilton by-election on Friday, ahead of the "
            "Scottish Labour Party and the Scottish Conservative Party.",
        ),
        (  # the same in lower-cased text
            "the scottish national party won the by-election in hamilton on friday. scottish labour "
            "came second.\n",
            "the snp won the hamilton by-election on friday, ahead of the scottish labour party.",
        ),
        (  # a first-and-last-word short form written in lower case
            "Cardiff council said on Monday that plans for a new tram line would go to consultation. "
            "Cardiff Business Council welcomed the scheme, which would link the city centre with the bay.\n",
            "Cardiff City Council said on Monday that plans for a new tram line would go to consultation.",
        ),
        (  # two acronyms of one body (data/acronym_aliases.yaml)
            "Fighters from the ISIL group attacked an army checkpoint near Deir ez-Zor on Sunday, "
            "killing four soldiers, the monitoring group said.\n",
            "Fighters from the ISIS group attacked an army checkpoint near Deir ez-Zor on Sunday, "
            "killing four soldiers, the monitoring group said.",
        ),
    ],
    ids=["boston-police", "scottish-labour", "scottish-labour-lower", "cardiff-council-lower", "isis-isil"],
)
def test_a_short_form_or_another_name_of_the_body_passes(
    cli: Callable[..., Result], tmp_path: Path, source: str, sentence: str
) -> None:
    """Review cases c36, c37, c49, c50, c54 (session 21): faithful summaries that exit 0."""
    code, found = report(cli, tmp_path, source, sentence)
    assert code == 0, outcomes(found)
    assert [o for o in outcomes(found) if o[0] == "name-replaced"] == []
