"""`factcheck check --source`: every number, date and name of a summary looked up in its sources,
after normalisation; verdicts, exit codes and the nearest source sentence."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from factcheck.link.support import SourceIndex, numbers_in, rounding_unit
from factcheck.model import DateClaim, Precision, QuantityClaim

FLOOD = (
    "DHAKA, Bangladesh — Floods triggered by monsoon rains have killed at least twenty-seven people "
    "in northern Bangladesh and forced 1.2 million from their homes, officials said on Thursday.\n\n"
    "The Brahmaputra rose 40 centimetres overnight near Kurigram, said Arif Hossain of the "
    "Flood Forecasting and Warning Centre. Rescue boats reached the district on 14 July.\n\n"
    "About 56, 000 hectares of rice paddy were under water, the agriculture ministry said.\n"
)


def quantity(text: str, value: float, unit: str = "people", approx: str | None = None) -> QuantityClaim:
    return QuantityClaim(id="q", source="d", text=text, subject="s", unit=unit, value=value, approx=approx)


@pytest.fixture(autouse=True)
def _no_registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from an empty folder: the project's own registry must not be found."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def index() -> SourceIndex:
    return SourceIndex({"source:a": FLOOD})


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx", "found"),
    [
        ("27 people", 27, "people", None, True),  # "twenty-seven" in words
        ("1,200,000 people", 1_200_000, "people", None, True),  # "1.2 million"
        ("56,000 hectares", 56_000, "hectares", None, True),  # "56, 000" as tokenised text writes it
        ("138,000 acres", 138_000, "acres", None, True),  # 56,000 hectares converted
        ("about 1 million", 1_000_000, "people", "about", True),  # a round figure for 1.2 million
        ("28 people", 28, "people", None, False),
        ("2 million", 2_000_000, "people", None, False),
        # a round figure a tenth or more off is another figure, not a rounding of the source's
        ("1 million people", 1_000_000, "people", None, False),
    ],
)
def test_numbers_after_normalisation(
    index: SourceIndex, text: str, value: float, unit: str, approx: str | None, found: bool
) -> None:
    support = index.number(quantity(text, value, unit, approx))
    assert support is not None
    assert support.found is found


def test_number_words_and_rounding() -> None:
    values = {v for v, _ in numbers_in("a dozen boats, three hundred and five homes, £12m")}
    assert {12.0, 305.0, 12_000_000.0} <= values
    assert rounding_unit(4700) == 100
    assert rounding_unit(157) == 1
    assert rounding_unit(1.5) == pytest.approx(0.1)


def _date(text: str, day: dt.date, relative: bool = False) -> DateClaim:
    return DateClaim(
        id="d",
        source="d",
        text=text,
        event="e",
        start=day,
        end=day,
        precision=Precision.DAY,
        relative=relative,
    )


def test_date_forms(index: SourceIndex) -> None:
    assert index.date(_date("July 14", dt.date(2024, 7, 14))).found  # type: ignore[union-attr]
    assert not index.date(_date("July 15", dt.date(2024, 7, 15))).found  # type: ignore[union-attr]
    thursday = _date("on Thursday", dt.date(2024, 7, 11), relative=True)
    assert index.date(thursday).found  # type: ignore[union-attr]
    friday = _date("on Friday", dt.date(2024, 7, 12), relative=True)
    assert not index.date(friday).found  # type: ignore[union-attr]


def test_names_surnames_possessives_and_misspellings(index: SourceIndex) -> None:
    assert index.name("Hossain's").found
    assert index.name("Kurigram").found
    misspelt = index.name("Hossein")
    assert not misspelt.found
    assert misspelt.closest == "Hossain"
    assert index.name("Bangladeshi").closest is None  # a demonym of a source word, not a misspelling


# --------------------------------------------------------------------------- CLI


def run_check(cli: Callable[..., Result], tmp_path: Path, summary: str, *extra: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    (tmp_path / "a.txt").write_text(FLOOD, encoding="utf-8")
    (tmp_path / "s.md").write_text(summary, encoding="utf-8")
    result = cli("check", str(tmp_path / "s.md"), "--source", str(tmp_path / "a.txt"), *extra)
    data = json.loads(result.output) if "json" in extra else {}
    return result.exit_code, data


def test_faithful_summary_passes_with_every_value_supported(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    summary = (
        "Monsoon floods killed 27 people in northern Bangladesh and displaced about 1.2 million, "
        "Arif Hossain's centre said; the river rose 40 centimetres near Kurigram.\n"
    )
    code, data = run_check(cli, tmp_path, summary, "--format", "json")
    assert code == 0, [f["message"] for f in data["findings"]]
    verdicts = {v["text"]: v["verdict"] for v in data["verdicts"]}
    assert verdicts["27 people"] == "supported"
    assert verdicts["Kurigram"] == "supported"
    evidence = next(v["evidence"] for v in data["verdicts"] if v["text"] == "27 people")
    assert evidence["line"] == 1
    assert "twenty-seven" in evidence["words"]


@pytest.mark.parametrize(
    ("summary", "wrong", "verdict"),
    [
        ("Monsoon floods killed 72 people in northern Bangladesh.\n", "72 people", "unsupported"),
        ("Rescue boats reached Kurigram on 17 July.\n", "17 July", "unsupported"),
        # the source's name misspelt: FC401 on the name cluster, against the source's spelling
        ("Arif Hossein of the warning centre said the river rose.\n", "Arif Hossein", "contradicted"),
    ],
)
def test_planted_errors_fail_with_the_nearest_source_sentence(
    cli: Callable[..., Result], tmp_path: Path, summary: str, wrong: str, verdict: str
) -> None:
    code, data = run_check(cli, tmp_path, summary, "--format", "json")
    assert code == 1
    flagged = [v for v in data["verdicts"] if v["verdict"] != "supported"]
    assert [(v["text"], v["verdict"]) for v in flagged] == [(wrong, verdict)]
    assert flagged[0]["line"] == 1
    assert flagged[0]["evidence"]["source"] in ("entities",) or flagged[0]["evidence"]["source"].startswith(
        "source:"
    )
    text = cli("check", str(tmp_path / "s.md"), "--source", str(tmp_path / "a.txt"))
    assert text.exit_code == 1
    assert f"{verdict} " in text.output
    assert wrong in text.output


def test_an_unknown_proper_name_is_major(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, data = run_check(
        cli, tmp_path, "Floods killed 27 people, said Maria Gonzalez.\n", "--format", "json"
    )
    assert code == 1
    grades = {f["sides"][0]["text"]: f["grade"] for f in data["findings"] if f["rule_id"] == "FC602"}
    assert grades == {"Maria Gonzalez": "major"}  # one name (the names stage joins the words)


def test_a_figure_inside_a_compound_word_is_looked_up(cli: Callable[..., Result], tmp_path: Path) -> None:
    # no claim holds "30-boat" or "1,500-hectare": the figures are still the summary's own
    wrong = "A 30-boat rescue fleet reached Kurigram.\n"
    code, data = run_check(cli, tmp_path, wrong, "--format", "json")
    assert code == 1
    assert [(f["rule_id"], f["sides"][0]["text"]) for f in data["findings"]] == [("FC602", "30")]
    right = "The river rose in a 40-centimetre surge near Kurigram.\n"
    code, data = run_check(cli, tmp_path, right, "--format", "json")
    assert code == 0, [f["message"] for f in data["findings"]]


def test_digits_of_a_name_are_no_figure() -> None:
    from factcheck.link.support import figures_in

    assert [v for v, _ in figures_in("COVID-19 and an F-16 cost £12m, 3,000-seater")] == [12e6, 3000.0]


def test_tokenised_decimals_and_abbreviations_are_read_as_written() -> None:
    # tokenised news text splits "2.4" after its point and "U.S." into letters
    tokenised = SourceIndex(
        {"source:a": "The probe hit at 2. 4 miles per second. It crossed five u. S. States."}
    )
    assert tokenised.number(quantity("2.4 miles", 2.4, "miles")).found  # type: ignore[union-attr]
    assert tokenised.number(quantity("five u.s", 5, "u.s")).found  # type: ignore[union-attr]
    assert not tokenised.number(quantity("2.5 miles", 2.5, "miles")).found  # type: ignore[union-attr]
    # a sentence ending in a year before one starting with a figure keeps both numbers
    values = {v for v, _ in numbers_in("Prices rose in 2019. 3 firms closed.")}
    assert {2019.0, 3.0} <= values
    assert 2019.3 not in values


MINUTES = (
    "The council apologised on Tuesday. A spokesman, Tom Reyes, said: “We did not get the balance "
    "right on this occasion.” Councillor Ana Ruiz called the apology “too little, too late”.\n"
)


def test_a_faithful_quotation_is_supported_where_the_source_has_it(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(MINUTES, encoding="utf-8")
    (tmp_path / "s.md").write_text(
        'The council said it "did not get the balance right", Tom Reyes said.\n', encoding="utf-8"
    )
    result = cli("check", str(tmp_path / "s.md"), "--source", str(tmp_path / "a.txt"), "--format", "json")
    assert result.exit_code == 0
    quote = next(v for v in json.loads(result.output)["verdicts"] if v["kind"] == "quote")
    assert quote["verdict"] == "supported"
    assert quote["evidence"]["line"] == 1
    assert "did not get the balance right" in quote["evidence"]["words"]
    assert SourceIndex({"a": MINUTES}).quote("we DID not get the balance right").found
    assert not SourceIndex({"a": MINUTES}).quote("did not get the balance wrong").found


def test_a_name_compared_with_its_frame_shows_the_source_sentence(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    code, data = run_check(cli, tmp_path, "Arif Hossain said the river rose.\n", "--format", "json")
    assert code == 0
    name = next(v for v in data["verdicts"] if v["text"] == "Arif Hossain")
    assert name["verdict"] == "supported"
    assert "Arif Hossain" in name["evidence"]["words"]


def test_a_tokenised_quotation_is_looked_up_in_the_sources(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(MINUTES, encoding="utf-8")
    faithful = "Tom Reyes said the council `` did not get the balance right ''.\n"
    (tmp_path / "s.md").write_text(faithful, encoding="utf-8")
    args = ("check", str(tmp_path / "s.md"), "--source", str(tmp_path / "a.txt"), "--format", "json")
    assert cli(*args).exit_code == 0
    (tmp_path / "s.md").write_text("Ana Ruiz called the apology `` shameful ''.\n", encoding="utf-8")
    result = cli(*args)
    assert result.exit_code == 1
    assert [f["rule_id"] for f in json.loads(result.output)["findings"]] == ["FC303"]


def test_an_unsupported_figure_is_shown_beside_the_sentence_stating_that_number(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """ "two points up" where the source says "two goals up": the evidence is the sentence with
    that number (the likeliest slip), not the one sharing most other words with the summary."""
    report = (
        "United could not hold on in the end, and the home fans left early.\n\n"
        "With City two goals up at the break, the keeper dropped the ball.\n"
    )
    (tmp_path / "a.txt").write_text(report, encoding="utf-8")
    (tmp_path / "s.md").write_text("United could not hold on in the end, with City two points up.\n")
    result = cli("check", str(tmp_path / "s.md"), "--source", str(tmp_path / "a.txt"), "--format", "json")
    assert result.exit_code == 1, result.output
    (flagged,) = [v for v in json.loads(result.output)["verdicts"] if v["verdict"] == "unsupported"]
    assert flagged["text"] == "two points"
    assert flagged["evidence"]["line"] == 3
    assert "two goals up" in flagged["evidence"]["words"]


def test_initials_are_supported_only_by_a_name_spelled_out_in_capitals() -> None:
    """ "NHS" is "the National Health Service"; two letters are any two words in a row ("UN" is
    not "until now"), and a capital initial is not a lower-case word of the source."""
    index = SourceIndex({"a": "Aid has not come until now, said the National Health Service.\n"})
    assert index.name("NHS").found
    assert not index.name("UN").found
    assert (
        not SourceIndex({"a": "Aid has not come until now, said the national health service.\n"})
        .name("NHS")
        .found
    )


def test_a_capitalised_name_is_no_initials() -> None:
    """In cased text initials are capitals: "Tom" is a name the source lacks, not "Tallinn Organ Museum"."""
    index = SourceIndex({"a": "The concert at the Tallinn Organ Museum was sold out.\n"})
    assert not index.name("Tom").found
    assert index.name("TOM").found


def test_lower_case_initials_are_looked_for_in_lower_cased_sources() -> None:
    """A summary written all in lower case (as QAGS's) has "iom" for the organization."""
    index = SourceIndex({"a": "The International Organization for Migration said on Tuesday.\n"})
    assert index.name("iom").found
    assert not index.name("un").found
