"""`check`: a percentage a source states in a sentence about the same thing bears out the
summary's ("unemployment was 6.4%" and "the unemployment rate stood at 6.4 percent"), and one the
source gives only to another thing does not ("the jobless rate was 6.4%" for "the inflation rate
was 6.4%"). Our own sentences in the shape of an economy brief and a takeover report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from summary_check import check_sentence

REPORTS = {
    "bureau.txt": (
        "Prices\n\nThe annual inflation rate was 2.7 percent in March, the statistics bureau said. "
        "Unemployment stood at 6.4 percent.\n\n"
        "The bid is a premium of 27% to Thursday's close.\n"
    ),
    "daily.txt": "Jobs\n\nThe jobless rate was 6.4% in March.\n",
}


def check(cli: Callable[..., Result], tmp_path: Path, sentence: str) -> tuple[int, list[str]]:
    code, findings = check_sentence(cli, tmp_path, REPORTS, "2026-04-02", sentence)
    return code, [f"{f['rule_id']} {f['grade']}" for f in findings if f["grade"] != "info"]


def test_a_percentage_said_of_the_same_thing_in_other_words_is_supported(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    # must not flag: the frame words differ ("inflation rate" / "inflation", "premium" / "above")
    assert check(cli, tmp_path, "Inflation was 2.7% in March and unemployment was 6.4%.") == (0, [])
    assert check(cli, tmp_path, "The unemployment rate was 6.4 percent.") == (0, [])
    assert check(cli, tmp_path, "The bid is 27% above Thursday's closing price.") == (0, [])


def test_a_percentage_the_sources_give_only_to_another_thing_is_flagged(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    # must still flag: 6.4% is the jobless rate, not inflation ("rate" alone says nothing)
    code, findings = check(cli, tmp_path, "The inflation rate was 6.4% in March.")
    assert code == 1
    assert findings == ["FC602 major"]


DEAL = {
    "wire.txt": "Deal\n\nOstra agreed to buy Pellam for $3.6 billion. Pellam had sales of $800 million last year.\n",
    "markets.txt": "Deal\n\nThe $3.6 billion takeover of Pellam by Ostra was announced on Monday.\n",
}


def test_a_draft_s_wrong_deal_price_is_flagged_beside_its_other_sums(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    # must still flag: the draft gives two sums, and its price is ten times the sources'
    code, findings = check_sentence(
        cli,
        tmp_path,
        DEAL,
        "2026-04-02",
        "Ostra agreed to buy Pellam for $36 billion. Pellam had sales of $800 million last year.",
    )
    assert code == 1
    assert any("$36 billion" in str(f) for f in findings if f["grade"] != "info")
    # must not flag: the same two sums, right
    code, findings = check_sentence(
        cli,
        tmp_path,
        DEAL,
        "2026-04-02",
        "Ostra agreed to buy Pellam for $3.6 billion. Pellam had sales of $800 million last year.",
    )
    assert (code, [f["rule_id"] for f in findings if f["grade"] != "info"]) == (0, [])
