"""Names the finder missed or split (session 14, #12): "O'Neill"-type names, a capital I for a
final l ("PowelI"), a middle initial left out, and one judge's given name respelt by one report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, check_with_registry, registry_from, review_from

from factcheck.extract.autonames import NameClusters, find_name_spans
from factcheck.model import Entity, EntityKind
from factcheck.rules.checks.names import other_given_name, spelling_status


def frames(texts: dict[str, str]) -> dict[str, str | None]:
    clusters = NameClusters(texts)
    return {name: clusters.frame(name) for name in clusters.of}


def reports(*texts: str) -> dict[str, str]:
    """The texts as reports a, b, c …"""
    return dict(zip("abcdefgh", texts, strict=False))


def names(text: str) -> list[str]:
    return [span.name for span in find_name_spans(text)]


def test_a_name_with_an_apostrophe_after_its_first_letter_is_found_whole() -> None:
    assert names("He was sentenced by Judge Steven O'Neill in Norristown.") == [
        "Steven O'Neill",
        "Norristown",
    ]
    assert names("In L'Aquila, Maria D'Souza was safe.") == ["L'Aquila", "Maria D'Souza"]
    assert names("Trump's aide O'Brien said so.") == ["Trump", "O'Brien"]


def test_a_capital_i_for_a_final_small_l_is_a_misspelling_of_the_name() -> None:
    texts = reports(
        "Jamaica's Asafa Powell, who came in third, said he was tired. Asafa Powell ran 9.84.",
        "Asafa Powell was third in 9.84.",
        "Behind them came Asafa Powell.",
        "Bolt won; Asafa PowelI was third.",
    )
    found = frames(texts)
    assert found["Asafa PowelI"] == found["Asafa Powell"] == "auto.name.asafa-powell"
    # a run of capitals is no such word: "HIV" and "AI" found no name
    assert names("The HIV clinic and the AI lab opened.") == []


def test_a_middle_initial_left_out_is_the_same_name_unless_two_names_have_other_initials() -> None:
    texts = reports(
        "Montgomery County Judge Steven T. O'Neill sentenced him on Tuesday.",
        "Judge Steven T. O'Neill said the sentence was fair.",
        "Judge Steven O'Neill ordered him to prison.",
    )
    found = frames(texts)
    assert found["Steven O'Neill"] == found["Steven T. O'Neill"] == "auto.name.steven-t-o-neill"
    presidents = reports(
        "George H.W. Bush was the 41st president; his son George W. Bush the 43rd.",
        "George W. Bush visited Texas. George H.W. Bush stayed home.",
        "George Bush spoke on Monday.",
    )
    found = frames(presidents)
    assert found["George H.W. Bush"] != found["George W. Bush"]
    assert found["George Bush"] not in (found["George H.W. Bush"], found["George W. Bush"])


def test_a_respelt_given_name_under_one_judges_title_is_one_judge() -> None:
    texts = reports(
        "Montgomery County Judge Steven T. O'Neill sentenced Cosby on Tuesday.",
        "Judge Steven O'Neill ordered him to prison.",
        "Judge Steven O'Neill said the victim had been heard.",
        "Judge Stephen O'Neill read the sentence.",
    )
    found = frames(texts)
    assert found["Stephen O'Neill"] == found["Steven O'Neill"] == found["Steven T. O'Neill"]


def test_relatives_and_two_holders_of_one_title_stay_apart() -> None:
    siblings = reports(
        "Maria Lopez, 8, was saved. Maria Lopez was cold.",
        "Rescuers found Maria Lopez, 8, on the roof.",
        "Maria Lopez was carried to an ambulance.",
        "Her brother Mario Lopez, 12, swam to a neighbour's house.",
    )
    found = frames(siblings)
    assert found["Mario Lopez"] != found["Maria Lopez"]  # a given name's other form: relatives
    senators = reports(
        "Senator Edward Kennedy spoke first.",
        "Senator Edward Kennedy said the bill would pass.",
        "Senator Edward Kennedy voted yes.",
        "Senator Robert Kennedy voted no.",
    )
    found = frames(senators)
    assert found["Robert Kennedy"] != found["Edward Kennedy"]  # given names far apart
    doctors = reports(
        "Dr Maria Lopez treated the children.",
        "Dr Maria Lopez said two were hurt.",
        "Dr Maria Lopez worked all night.",
        "Dr Mario Lopez, her husband, helped.",
    )
    found = frames(doctors)
    assert found["Mario Lopez"] != found["Maria Lopez"]  # a form of address is no one-holder title


def test_a_given_name_spelt_as_it_sounds_is_a_misspelling_not_another_person() -> None:
    assert not other_given_name("Stephen O'Neill", "Steven O'Neill")
    assert not other_given_name("Nicholas Cage", "Nicolas Cage")
    assert other_given_name("Suman Bartaula", "Sudarshan Bartaula")
    judge = Entity(id="auto.name.steven-t-o-neill", kind=EntityKind.OTHER, canonical="Steven T. O'Neill")
    assert spelling_status("Steven O'Neill", judge)[0] == "canonical"  # a middle initial left out
    assert spelling_status("Stephen O'Neill", judge)[0] == "misspelling"


def test_a_short_hyphen_syllable_stays_in_the_name_but_an_adjective_tail_does_not() -> None:
    assert names("Kim Jong-un met Moon Jae-in; Kim Jong-il never did.") == [
        "Kim Jong-un",
        "Moon Jae-in",
        "Kim Jong-il",
    ]
    texts = reports(
        "Kim Jong-un met Moon Jae-in on Friday. His father Kim Jong-il never crossed.",
        "Kim Jong-un and Moon Jae-in shook hands. Kim Jong-il died in 2011.",
        "Kim Jong Un crossed the line; Kim Jong-il had met two presidents.",
    )
    found = frames(texts)
    assert found["Kim Jong-un"] == found["Kim Jong Un"] != found["Kim Jong-il"]
    # adjective tails still end the name
    assert names("The Hamas-run ministry said a Xi-led Beijing and the Patna-bound train.") == [
        "Hamas",
        "Xi",
        "Beijing",
        "Patna",
    ]


HYPHENED = "A Tel Aviv-set film and the Real Madrid-fan club were praised by Donald Trump-era aides."
CITIES = {"a.txt": "Donald Trump spoke in Tel Aviv on Monday. Real Madrid won the cup.\n"}


def test_a_hyphen_syllable_is_cut_where_another_text_writes_the_name_without_it() -> None:
    # one text alone cannot tell "Tel Aviv-set" from "Kim Jong-un": the texts compared do
    texts = {"source": CITIES["a.txt"], "summary": HYPHENED}
    found = frames(texts)
    assert found["Tel Aviv-set"] == found["Tel Aviv"] == "auto.name.tel-aviv"
    assert found["Real Madrid-fan"] == found["Real Madrid"]
    # the order the texts come in changes nothing
    assert frames(dict(reversed(texts.items()))) == found
    # no text writes "Kim Jong": the three Kims stay three people, a "-led" tail cut after "-un"
    kims = reports(
        "Kim Jong-un met Kim Jong-nam once. The Kim Jong-un-led state grieved Kim Jong-il.",
        "Kim Jong-nam was killed in Kuala Lumpur; Kim Jong-il had died in 2011.",
    )
    found = frames(kims)
    assert "Kim Jong" not in found
    assert len({found["Kim Jong-un"], found["Kim Jong-nam"], found["Kim Jong-il"]}) == 3


def test_a_hyphen_tail_after_a_name_the_sources_write_is_no_new_name_in_check(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, findings = check_sentence(cli, tmp_path, CITIES, "", HYPHENED)
    assert (code, findings) == (0, [])
    registry_from(cli, tmp_path, monkeypatch.chdir, {"a": CITIES["a.txt"]}, "2024-03-04")
    code, findings = check_with_registry(
        cli, tmp_path / "reg", tmp_path / "reg" / "rules", HYPHENED, "2024-03-04"
    )
    assert [f["rule_id"] for f in findings if f["grade"] != "info"] == []


KABUL = {
    "a.txt": "Afghanistan's Ministry of Interior said on Sunday that 12 police officers were killed in Kabul.\n"
}


def test_a_capital_i_ends_an_acronym_where_no_text_writes_the_word_with_an_l(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    texts = {"source": KABUL["a.txt"], "summary": "The MoI said 12 police officers were killed in Kabul."}
    found = frames(texts)
    assert "MoI" not in found
    assert found["Kabul"] == "auto.name.kabul"
    # a short word with an l written elsewhere ("Bol", a town) matches only exactly: no slip either
    ferry = {"source": "The ferry left Bol with 40 passengers.", "summary": "It left Bol, the BoI said."}
    assert "BoI" not in frames(ferry)
    code, findings = check_sentence(cli, tmp_path, KABUL, "", texts["summary"])
    assert code == 0, findings
    # a summary's "PowelI" is still a slip of the sources' Powell
    race = {"a.txt": "Asafa Powell was third in 9.84 in Berlin.\n"}
    code, findings = check_sentence(cli, tmp_path, race, "", "Asafa PowelI was third in 9.84.")
    assert [(f["rule_id"], f["sides"][0]["text"]) for f in findings] == [("FC401", "Asafa PowelI")]


def test_a_given_names_other_form_under_one_title_is_a_relative(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = reports(
        "Judge Maria Lopez heard the case on Monday.",
        "Judge Maria Lopez said the trial would resume.",
        "Judge Maria Lopez adjourned the hearing.",
        "Judge Mario Lopez, her brother, dismissed a separate case.",
    )
    found = frames(texts)
    assert found["Mario Lopez"] != found["Maria Lopez"]
    findings = review_from(cli, tmp_path, monkeypatch.chdir, texts, "2024-03-04")
    assert [f["rule_id"] for f in findings if f["rule_id"] == "FC401"] == []
