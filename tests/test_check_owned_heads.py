"""`check` (issue 14): a country's or body's head written with its owner ("Benin's President X",
"the President of Benin, X", "X, president of Benin") that the sources give one other named
person, and never X, is FC505 `other-holder` (major). A role two people hold, a past holder, a
person the sources give that role in a sentence naming others too, a role word with no name,
co-ordinated names, a person with two roles and a negated sentence are never flagged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

REPORTS = {
    "a.txt": "Benin President Patrice Talon flew to Niamey on Sunday to mediate, the regional bloc said.\n",
    "b.txt": "Talon went after meeting Bola Tinubu, the Ecowas chairman, in Abuja on Saturday.\n",
    "c.txt": "Nigerian President Bola Tinubu condemned the coup in Niamey and called for calm.\n",
}


def _other_holder(findings: list[dict]) -> list[dict]:  # type: ignore[type-arg]
    return [f for f in findings if f["rule_id"] == "FC505" and f["grade"] == "major"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Benin's President Bola Tinubu flew to Niamey to mediate.",
        "Benin President Bola Tinubu flew to Niamey to mediate.",
        "The President of Benin, Bola Tinubu, flew to Niamey to mediate.",
        "Bola Tinubu, president of Benin, flew to Niamey to mediate.",
    ],
)
def test_an_owners_head_the_sources_give_another_person_is_major(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings = check_sentence(cli, tmp_path, REPORTS, "2023-07-30", sentence)
    flagged = _other_holder(findings)
    assert flagged, findings
    assert "Talon" in flagged[0]["message"] or "talon" in flagged[0]["message"], flagged
    assert code == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Benin's President Patrice Talon flew to Niamey to mediate.",  # the sources' holder
        "Nigerian President Bola Tinubu condemned the coup.",  # his own country's role
        "Former Benin President Bola Tinubu flew to Niamey.",  # a past role is no holder's
        "It was not Benin's President Bola Tinubu who flew to Niamey.",  # negated
        "Benin's president said Bola Tinubu had condemned the coup.",  # a role word with no name
        "Presidents Patrice Talon of Benin and Bola Tinubu of Nigeria met.",  # co-ordinated
        "Ecowas chairman Bola Tinubu condemned the coup.",  # a person with two roles
    ],
)
def test_an_owners_head_is_not_flagged_where_it_may_be_right(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    _code, findings = check_sentence(cli, tmp_path, REPORTS, "2023-07-30", sentence)
    assert not _other_holder(findings), findings


# (two reports, a summary sentence): the person may hold the owner's role, so nothing is set against them
MAY_HOLD = {
    "named with the role beside another person": (
        "Benin President Patrice Talon flew to Niamey on Sunday.",
        "Talon later met Boni Yayi, the Benin president before him, in Cotonou.",
        "Benin's President Boni Yayi met Talon in Cotonou.",
    ),
    "a body's second spokesperson": (
        "Ecowas spokesman Abdel Musah said the envoys would leave on Sunday.",
        "Ann Kofi, who also speaks for Ecowas, said the talks had stalled.",
        "Ecowas spokeswoman Ann Kofi said the talks had stalled.",
    ),
    "two holders of one owner's role": (
        "Lagos Governor Ada Obi opened the bridge on Monday.",
        "Lagos Governor Femi Ade, her predecessor, was at the opening with Kemi Oyo.",
        "Lagos Governor Kemi Oyo opened the bridge.",
    ),
    "a successor": (
        "Acme chief executive Jane Roe resigned on Monday after the fraud came to light.",
        "The board said finance head John Doe would succeed Roe as chief executive.",
        "Acme chief executive John Doe takes over on Friday.",
    ),
}


# Review of roles18 (fix_roles18): another owner is another owner, never a longer body that
# starts with the same word, nor a name that starts with the same letters.
OTHER_OWNER = {
    "a country's senate president": (
        "President Bola Tinubu signed the budget on Monday in Abuja.",
        "Nigeria's Senate President Godswill Akpabio said the bill had passed.",
        "Nigeria's President Bola Tinubu signed the budget on Monday.",
    ),
    "a company's branch chief executive": (
        "Chief executive Elon Musk said deliveries would rise.",
        "Tesla China chief executive Tom Zhu visited the Shanghai plant.",
        "Tesla chief executive Elon Musk said deliveries would rise.",
    ),
    "a country's football federation president": (
        "President Bola Tinubu condemned the coup in Niamey.",
        "Nigerian Football Federation President Amaju Pinnick said the match was off.",
        "Nigerian President Bola Tinubu condemned the coup.",
    ),
    "a country whose name starts another's": (
        "Guinea Bissau President Umaro Sissoco Embalo flew to Conakry on Sunday.",
        "Guinea's junta leader Mamady Doumbouya met Embalo at the airport.",
        "Guinea's President Mamady Doumbouya received Embalo.",
    ),
    "a federation named with a possessive": (
        "Benin President Patrice Talon attended the match in Cotonou.",
        "Benin football federation chief Mathurin de Chacus said the match would go ahead.",
        "Mathurin de Chacus, president of Benin's football federation, said the match would go ahead.",
    ),
    "an interim head after a coup": (
        "Niger's President Mohamed Bazoum was detained by his guard on Wednesday.",
        "General Abdourahamane Tiani declared himself head of a transitional council.",
        "Niger's interim President Abdourahamane Tiani addressed the nation.",
    ),
}


@pytest.mark.parametrize("case", sorted(MAY_HOLD) + sorted(OTHER_OWNER))
def test_a_person_the_sources_may_give_the_owners_role_is_never_another_holders(
    cli: Callable[..., Result], tmp_path: Path, case: str
) -> None:
    """Also (OTHER_OWNER) a head of another owner, or a head for now."""
    first, second, sentence = {**MAY_HOLD, **OTHER_OWNER}[case]
    reports = {"a.txt": first + "\n", "b.txt": second + "\n"}
    _code, findings = check_sentence(cli, tmp_path, reports, "2023-07-30", sentence)
    assert not _other_holder(findings), findings


def test_an_accordion_player_the_sources_call_the_drummer_is_major(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    reports = {
        "a.txt": "The flares lasted seconds, said Eliel Lima, the band's drummer, who escaped.\n",
        "b.txt": "The band's accordion player, Danilo Jaques, died in the fire.\n",
    }
    wrong = "The band's accordion player, Eliel Lima, was among the dead."
    code, findings = check_sentence(cli, tmp_path, reports, "2013-01-28", wrong)
    assert [f for f in findings if f["rule_id"] == "FC505" and f["grade"] == "major"], findings
    assert code == 1
    right = "The band's accordion player, Danilo Jaques, was among the dead."
    _code, findings = check_sentence(cli, tmp_path, reports, "2013-01-28", right)
    assert not [f for f in findings if f["rule_id"] == "FC505"], findings


def test_a_country_is_matched_on_whole_words_niger_is_not_nigerian(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    reports = {
        "a.txt": "Niger's President Mohamed Bazoum was detained by his guard on Wednesday.\n",
        "b.txt": "Nigerian President Bola Tinubu condemned the coup in Niamey.\n",
    }
    sentence = "Niger's President Bola Tinubu condemned the coup."
    code, findings = check_sentence(cli, tmp_path, reports, "2023-07-30", sentence)
    flagged = _other_holder(findings)
    assert flagged, findings
    assert "bazoum" in flagged[0]["message"].lower(), flagged
    assert code == 1


@pytest.mark.parametrize(
    ("source", "sentence"),
    [
        (
            "Anna Berg, a trainee at the stables, found the horse.",
            "Anna Berg, a trainer at the stables, found the horse.",
        ),
        (
            "Tom Hale managed to escape through the kitchen.",
            "The hotel's manager, Tom Hale, escaped through the kitchen.",
        ),
    ],
)
def test_a_different_role_or_a_verb_one_letter_off_does_not_state_the_role(
    cli: Callable[..., Result], tmp_path: Path, source: str, sentence: str
) -> None:
    reports = {"a.txt": source + "\n", "b.txt": "The fire started in the kitchen at night.\n"}
    _code, findings = check_sentence(cli, tmp_path, reports, "2023-07-30", sentence)
    assert [f for f in findings if f.get("outcome") == "unsupported-role"], findings
