"""A report that contradicts itself about one figure of a big auto-linked frame, beside other
reports, reviewed through the CLI (init, sources add, extract --write, review). One report gives
"150 passengers" sixteen times and "120 passengers" once; another gives 120 fifteen times: the
subject has enough claims to be collapsed into value classes (engine/classes.py), the 120 class
is picked as the outlier, and its member from the first report disagrees only with its own
report's figures, so it is no side of the group. `review` exited 3 with a KeyError in grade
grouping (session 27); it now reports the disagreement."""

from __future__ import annotations

from typing import Any

from registry_review import Review


def _report(first: str, value: int, repeats: int, last: int | None = None) -> str:
    lines = [f"A ferry carrying {value} passengers sank off the coast of Varden on Monday, officials said."]
    lines += [f"{first} {i + 1} said the ferry had {value} passengers on board." for i in range(repeats)]
    if last is not None:
        lines.append(f"The ferry was carrying {last} passengers, the port authority said.")
    return "\n\n".join(lines) + "\n"


def _passenger_findings(report: Any) -> list[Any]:
    return [f for f in report["findings"] if any(s["frame"] == "auto.count.passengers" for s in f["sides"])]


def test_a_report_contradicting_itself_in_a_big_frame_is_reviewed(review: Review) -> None:
    report = review(
        {
            # named to sort after the other report: its class is the one the grouping weighs first
            "zz": ("2025-05-06", _report("Witness", 150, 15, last=120)),
            "fb": ("2025-05-06", _report("Report", 120, 14)),
        }
    )
    [finding] = _passenger_findings(report)
    assert finding["grade"] == "major"
    values = {s["text"] for s in finding["sides"]}
    assert values == {"150 passengers", "120 passengers"}
    # every side named is a claim of the registry's two reports
    assert {s["source"] for s in finding["sides"]} == {"zz", "fb"}


def test_three_reports_one_contradicting_itself(review: Review) -> None:
    report = review(
        {
            "zz": ("2025-05-06", _report("Witness", 150, 15, last=120)),
            "fb": ("2025-05-06", _report("Report", 120, 9)),
            "fc": ("2025-05-06", _report("Officer", 120, 4)),
        }
    )
    [finding] = _passenger_findings(report)
    assert finding["grade"] == "major"
    assert {s["source"] for s in finding["sides"]} >= {"zz", "fb", "fc"}


def test_two_reports_each_contradicting_itself(review: Review) -> None:
    report = review(
        {
            "zz": ("2025-05-06", _report("Witness", 150, 15, last=120)),
            "yy": ("2025-05-06", _report("Report", 120, 8, last=150)),
            "fc": ("2025-05-06", _report("Officer", 120, 5)),
        }
    )
    assert _passenger_findings(report)
