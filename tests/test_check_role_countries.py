"""A head of state given the wrong country ("Tajik President Kassym-Jomart Tokayev" where the
sources write "Kazakh President Kassym-Jomart Tokayev") is the person given to another owner
(FC602 `name-of-other-owner`, session 37, issue 14); a country named by its people's adjective
or by another of its names is the same country. Invented reports in the shape of news reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.extract.countries import country_name

REPORT = (
    "Kazakh President Kassym-Jomart Tokayev met US President Joe Biden in Astana on Monday.\n"
    "China's President Xi Jinping also spoke. Emomali Rahmon, the Tajik president, stayed home.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan's President Kassym-Jomart Tokayev met Biden on Monday.",
        "American President Joe Biden met Tokayev on Monday.",
        "Chinese President Xi Jinping also spoke.",
        "Former Tajik President Tokayev met Biden on Monday.",  # a past role: another holder then
        "Acting Tajik President Tokayev met Biden on Monday.",  # held for now
    ],
)
def test_the_same_country_in_other_words_passes(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings = check_sentence(cli, tmp_path, {"a.txt": REPORT}, "", sentence)
    assert code == 0, findings


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        (
            "Tajik President Kassym-Jomart Tokayev met Biden on Monday.",
            "Kassym-Jomart Tokayev president of Kazakhstan, not of Tajikistan",
        ),
        (
            "Kazakh President Emomali Rahmon stayed home.",
            "Emomali Rahmon president of Tajikistan, not of Kazakhstan",
        ),
        ("Russian President Xi Jinping also spoke.", "Xi Jinping president of China, not of Russia"),
    ],
)
def test_a_head_given_another_country_is_caught(
    cli: Callable[..., Result], tmp_path: Path, sentence: str, why: str
) -> None:
    code, findings = check_sentence(cli, tmp_path, {"a.txt": REPORT}, "", sentence)
    assert code == 1
    (finding,) = [f for f in findings if f["rule_id"] == "FC602"]
    assert finding["outcome"] == "name-of-other-owner"
    assert why in finding["message"]
    assert (
        "Kazakh President" in finding["message"]
        or "Tajik president" in finding["message"]
        or "China's" in finding["message"]
    )


def test_a_person_the_sources_give_two_countries_is_never_judged(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    report = (
        REPORT
        + "Later the Tajik President, Kassym-Jomart Tokayev, was named in a draft as Tajikistan's envoy.\n"
    )
    code, findings = check_sentence(
        cli, tmp_path, {"a.txt": report}, "", "Tajik President Kassym-Jomart Tokayev met Biden on Monday."
    )
    assert code == 0, findings


def test_a_title_before_another_name_gives_the_person_nothing(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    # the Kazakh president here is Tokayev's host, not Rahmon: lower-case words end the name
    report = "Kazakh President Tokayev met Emomali Rahmon in Astana on Monday.\n"
    code, findings = check_sentence(
        cli, tmp_path, {"a.txt": report}, "", "Tajik President Emomali Rahmon was in Astana on Monday."
    )
    assert code == 0, findings


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Tajik", "Tajikistan"),  # the table's data gives only "Tadzhik"
        ("Kazakh", "Kazakhstan"),
        ("Uzbek", "Uzbekistan"),
        ("Afghan", "Afghanistan"),
        ("American", "United States"),  # not the Northern Mariana Islands, which share it
        ("Indian", "India"),  # not the British Indian Ocean Territory
        ("French", "France"),
        ("Chinese", "China"),
    ],
)
def test_a_demonym_names_the_country_news_means(word: str, country: str) -> None:
    assert country_name(word) == country
    assert country_name("Pak") is None  # "Pakistan" gives no three-letter stem
