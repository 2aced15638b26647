"""`check` (issue 14, session 16): faithful sentences of kinds real multi-outlet stories failed
on, rebuilt here with invented reports, and the wrong sentences next to them that must still fail.

- a source sum of another thing, whatever joins the sum and its noun ("$3 billion in shares", "a
  $3 billion share sale"), does not bear out "$3 billion of bonds" (review of faith16: its money
  change was reverted, as no noun rule also kept SVB's "$21 billion of securities");
- a capitalised word no source has, beside a given name the sources write with another surname
  ("Yevgeny Primakov" where they write "Yevgeny Prigozhin"), is a wrong part of a known person's
  name (major) even when extraction split the name (a registry whose entities.yaml knows the
  person), as it is for a name found whole (pipeline/documents.py `_wrong_part_beside`), but
  not a heading's verb or adjective after a surname ("# Trump Attacks Prosecutors").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, check_with_registry, registry_from

Cli = Callable[..., Result]


def major(findings: list[dict]) -> list[str]:  # type: ignore[type-arg]
    """The messages of findings at major or above."""
    return [f["message"] for f in findings if f["grade"] in ("major", "critical")]


# --- a sum of money of another thing (review of faith16) -----------------------------------------
# A source sum whose own noun differs from the summary's ("$3 billion in shares", "a $3 billion share
# sale") does not bear out "$3 billion of bonds", whatever word joins the sum and its noun.

SHIPPING = {
    "in": "---\ndate: 2024-09-10\n---\nHalvorsen Shipping raised $5 billion in bonds and $3 billion in "
    "shares on Monday, its finance director said.\n",
    "compound": "---\ndate: 2024-09-10\n---\nThe Oslo company Halvorsen Shipping agreed a $3 billion share "
    "sale and a $5 billion bond sale, its finance director said on Monday.\n",
}


@pytest.mark.parametrize("source", sorted(SHIPPING))
@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Halvorsen Shipping raised $3 billion of bonds on Monday, its finance director said.", id="bonds"
        ),
        pytest.param(
            "Halvorsen Shipping raised $5 billion of shares on Monday, its finance director said.",
            id="shares",
        ),
    ],
)
def test_a_sum_of_money_of_another_thing_is_flagged(
    cli: Cli, tmp_path: Path, source: str, sentence: str
) -> None:
    found, findings = check_sentence(
        cli, tmp_path, {f"{source}.txt": SHIPPING[source]}, "2024-09-11", sentence
    )
    assert found == 1, findings


def test_a_sum_of_money_of_another_thing_in_a_registry(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry_from(cli, tmp_path, monkeypatch.chdir, SHIPPING, "2024-09-10")
    rules = tmp_path / "reg" / "rules"
    wrong = "Halvorsen Shipping raised $3 billion of bonds on Monday, its finance director said."
    assert check_with_registry(cli, tmp_path / "reg", rules, wrong, "2024-09-11")[0] == 1


# --- a curated person's wrong surname -------------------------------------------------------------

WAGNER = {
    "a": "The Wagner group's leader, Yevgeny Prigozhin, led his fighters towards Moscow on Saturday, "
    "challenging Defence Minister Sergei Shoigu.\n"
    "A spokesman for Vladimir Putin said on Sunday that Prigozhin would leave for Belarus.\n",
}
PEOPLE = (
    "entities:\n"
    "  - {id: prigozhin, kind: person, canonical: Yevgeny Prigozhin}\n"
    "  - {id: shoigu, kind: person, canonical: Sergei Shoigu}\n"
)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        pytest.param(
            "The Wagner group's leader, Yevgeny Prigozhin, led his fighters towards Moscow on Saturday.",
            0,
            id="the person",
        ),
        pytest.param(
            "A spokesman for Putin said on Sunday that Yevgeny Prigozhin would leave for Belarus.",
            0,
            id="again",
        ),
        pytest.param(
            "Prigozhin's fighters marched towards Moscow on Saturday, and he would leave for Belarus, "
            "a spokesman for Vladimir Putin said.",
            0,
            id="surname and another full name",
        ),
        pytest.param(
            "The Wagner group's leader, Yevgeny Primakov, led his fighters towards Moscow on Saturday.",
            1,
            id="another surname",
        ),
        pytest.param(
            "Yevgeny Primakov led his fighters towards Moscow on Saturday, challenging Sergei Shoigu.",
            1,
            id="another surname, first in its sentence",
        ),
        pytest.param(
            "Defence Minister Sergei Lavrov was challenged by Prigozhin on Saturday.",
            1,
            id="another minister",
        ),
    ],
)
def test_a_curated_persons_given_name_with_a_surname_no_source_gives(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str, code: int
) -> None:
    """A given name the registry knows as a person's, split off by extraction, leaves the
    surname to be judged alone: a surname no source gives after it is a wrong person (major),
    as for a name extraction found whole."""
    registry_from(cli, tmp_path, monkeypatch.chdir, WAGNER, "2023-06-25")
    (tmp_path / "reg" / "claims" / "entities.yaml").write_text(PEOPLE, encoding="utf-8")
    code_found, findings = check_with_registry(
        cli, tmp_path / "reg", tmp_path / "reg" / "rules", sentence, "2023-06-26"
    )
    assert code_found == code, major(findings)
    if "Primakov" in sentence:  # the message says whom the sources name
        assert any("the sources write Yevgeny Prigozhin" in m for m in major(findings)), major(findings)


# --- a title-case heading is no wrong surname (review of faith16) ---------------------------------

RALLY = {
    "a": "---\ndate: 2025-03-04\n---\nFormer president Donald Trump held a rally outside Trump Tower in "
    "Manhattan on Monday, where he attacked the prosecutors in his fraud case.\n"
    "President Joe Biden met Senator Joe Manchin at the White House on Monday.\n",
    "b": "---\ndate: 2025-03-04\n---\nTrump told the crowd of about 2,000 people that the case against his "
    "company was a witch hunt. His son Eric Trump spoke first.\n",
}
HEADINGS = [
    "# Trump Attacks Prosecutors\n\nDonald Trump held a rally outside Trump Tower on Monday and attacked "
    "the prosecutors in his fraud case.",
    "# Rally: Trump Defiant\n\nDonald Trump held a rally outside Trump Tower on Monday.",
    "# Trump Slams Biden Meeting\n\nDonald Trump held a rally outside Trump Tower on Monday.",
]


@pytest.mark.parametrize("sentence", HEADINGS, ids=["attacks", "defiant", "slams"])
def test_a_title_case_heading_after_a_surname_is_no_wrong_name(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    """A heading capitalises its verbs and adjectives, and "Trump" is a surname the sources also
    write before "Tower": neither is a wrong person (both modes)."""
    code, findings = check_sentence(
        cli, tmp_path, {f"{k}.txt": v for k, v in RALLY.items()}, "2025-03-05", sentence
    )
    assert code == 0, major(findings)
    registry_from(cli, tmp_path, monkeypatch.chdir, RALLY, "2025-03-04")
    code, findings = check_with_registry(
        cli, tmp_path / "reg", tmp_path / "reg" / "rules", sentence, "2025-03-05"
    )
    assert code == 0, major(findings)
