"""How well `factcheck check --source` finds unfaithful summaries, on QAGS and Falke dev data.

    python benchmarks/faithfulness.py                       # the dev split, 2 workers
    python benchmarks/faithfulness.py --limit 200 --dataset qags-xsum --types number
    python benchmarks/faithfulness.py --json /tmp/faith.json   # per-record results
    python benchmarks/faithfulness.py --code /tmp/fc-head      # a snapshot of the package instead
    python benchmarks/faithfulness.py --fold a                 # tune on fold a, then report --fold b

Each record (benchmarks/devdata_qags.py) is checked in a fresh folder holding article.txt and
summary.md with the installed CLI, as a user runs it:

    factcheck check summary.md --source article.txt --format json --rules RULES --fail-on major

Exit 1 is a prediction of "inconsistent", 0 of "consistent", anything else an error (counted and
shown apart). The numbers baseline runs in the same pass: a summary is flagged when it holds a
number (digits, thousands separators removed) that the article does not. Printed: precision,
recall and balanced accuracy, recall and false-alarm rate per error type, seconds per record,
the rules that fired on true positives and on false alarms, and finding-level precision by
confidence bucket and by rule outcome (the share of findings at each confidence, or of each
outcome, that are on inconsistent records: what a calibrated confidence would say), and each
verdict kind's precision as a gate (of the records it rejected, the share that are inconsistent).

Generalisation without the test split: the dev records fall into two folds, a and b, by a
stable hash of their article (every record of one article in one fold). Tune on `--fold a`,
then run `--fold b`: a precision that drops there was bought by overfitting. Every run also
prints the scores of each fold, and each false alarm with the rule that fired, the summary's
phrase and the nearest source sentence (the verdict's evidence), so a cause is read, not guessed.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devdata_qags as dev

ROOT = dev.ROOT
GRADES = ("info", "minor", "major", "critical")
BUCKETS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


@dataclass
class Result:
    """What one record's check gave: the prediction, the findings, or an error."""

    record: dev.Record
    predicted: bool | None  # None: the run failed
    baseline: bool
    seconds: float
    findings: list[dict[str, Any]] = field(
        default_factory=list
    )  # rule_id, outcome, grade, confidence, message, phrase, evidence
    exit_code: int = 0
    stderr: str = ""

    @property
    def inconsistent(self) -> bool:
        """The gold label."""
        return self.record.label == "inconsistent"


def numbers_baseline(summary: str, article: str) -> bool:
    """Flag a summary holding a number (digits, separators removed) that the article lacks."""

    def found(text: str) -> set[str]:
        return set(re.findall(r"\d+(?:\.\d+)?", re.sub(r"(?<=\d), ?(?=\d{3}(?!\d))", "", text)))

    return bool(found(summary) - found(article))


# --- running the CLI -------------------------------------------------------------------


@dataclass(frozen=True)
class Runner:
    """How to call the CLI: the executable, rules folder, --fail-on, environment, time limit."""

    factcheck: str
    rules: Path
    fail_on: str
    env: dict[str, str]
    timeout: float

    def command(self) -> list[str]:
        """The command line run in each record's folder."""
        return [
            self.factcheck,
            "check",
            "summary.md",
            "--source",
            "article.txt",
            "--format",
            "json",
            "--rules",
            str(self.rules),
            "--fail-on",
            self.fail_on,
        ]


def parse_findings(stdout: str) -> list[dict[str, Any]]:
    """The findings of a JSON report, reduced to what the tables use, with the summary's phrase
    and the source words set against it (the verdict's evidence, else the other side's context)."""
    report = json.loads(stdout)
    evidence = {
        v["claim_id"]: (v.get("evidence") or {}).get("words") or "" for v in report.get("verdicts", [])
    }
    keys = ("rule_id", "outcome", "grade", "confidence", "message")
    parsed = []
    for finding in report["findings"]:
        row = {k: finding.get(k) for k in keys}
        sides = finding.get("sides", [])
        mine = next((s for s in sides if s.get("file") == "summary.md"), None)
        other = next((s for s in sides if s is not mine), None)
        row["phrase"] = mine.get("text", "") if mine else ""
        words = evidence.get(mine["claim_id"], "") if mine else ""
        row["evidence"] = words or (other.get("context") or other.get("text") or "" if other else "")
        parsed.append(row)
    return parsed


def check_record(record: dev.Record, runner: Runner) -> Result:
    """Run the CLI on one record in a fresh folder (and the baseline), timing the CLI."""
    baseline = numbers_baseline(record.summary, record.article)
    with tempfile.TemporaryDirectory(prefix="factcheck-faith-") as folder:
        Path(folder, "article.txt").write_text(record.article + "\n", encoding="utf-8")
        Path(folder, "summary.md").write_text(record.summary + "\n", encoding="utf-8")
        start = time.perf_counter()
        try:
            done = subprocess.run(
                runner.command(),
                cwd=folder,
                env=runner.env,
                capture_output=True,
                text=True,
                timeout=runner.timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            seconds = time.perf_counter() - start
            return Result(
                record, None, baseline, seconds, exit_code=-1, stderr=f"timeout after {seconds:.0f}s"
            )
        seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        return Result(record, None, baseline, seconds, exit_code=done.returncode, stderr=done.stderr)
    try:
        findings = parse_findings(done.stdout)
    except (ValueError, KeyError) as exc:
        return Result(record, None, baseline, seconds, exit_code=done.returncode, stderr=f"bad JSON: {exc}")
    return Result(record, done.returncode == 1, baseline, seconds, findings, done.returncode)


def run_all(records: list[dev.Record], runner: Runner, workers: int) -> list[Result]:
    """Check every record, `workers` CLI processes at a time, printing progress to stderr."""
    results: list[Result] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:  # each thread waits on one CLI process
        for done, result in enumerate(pool.map(lambda r: check_record(r, runner), records), 1):
            results.append(result)
            if done % 100 == 0 or done == len(records):
                print(f"  {done}/{len(records)} checked", file=sys.stderr)
    return results


# --- metrics ---------------------------------------------------------------------------


def rate(hits: int, total: int) -> str:
    """A share as "0.42", or "–" when there is nothing to divide by."""
    return f"{hits / total:.2f}" if total else "–"


def confusion(pairs: Iterable[tuple[bool, bool]]) -> tuple[int, int, int, int]:
    """(TP, FP, TN, FN) of (gold inconsistent, predicted inconsistent) pairs."""
    counts = collections.Counter(pairs)
    return counts[(True, True)], counts[(False, True)], counts[(False, False)], counts[(True, False)]


def scores(pairs: list[tuple[bool, bool]]) -> dict[str, str]:
    """n, precision, recall and balanced accuracy as table cells."""
    tp, fp, tn, fn = confusion(pairs)
    tpr = tp / (tp + fn) if tp + fn else 0.0
    tnr = tn / (tn + fp) if tn + fp else 0.0
    return {
        "n": str(len(pairs)),
        "precision": rate(tp, tp + fp),
        "recall": rate(tp, tp + fn),
        "bal. acc.": f"{(tpr + tnr) / 2:.3f}",
        "flagged": str(tp + fp),
    }


def fold_of(record: dev.Record) -> str:
    """ "a" or "b", from a stable hash of the record's article: every record of one article in one
    fold, so a fix tuned on fold a meets unseen articles in fold b."""
    digest = hashlib.sha256(b"fold:" + record.article.encode("utf-8")).hexdigest()
    return "a" if int(digest[:8], 16) % 2 == 0 else "b"


def per_type(results: list[Result], predict: Callable[[Result], bool]) -> list[str]:
    """Cells "recall (n) / false alarms (n)" for each error type."""
    cells = []
    for kind in dev.TYPES:
        inc = [r for r in results if r.inconsistent and kind in r.record.types]
        cons = [r for r in results if not r.inconsistent and kind in r.record.types]
        recall = rate(sum(map(predict, inc)), len(inc))
        alarms = rate(sum(map(predict, cons)), len(cons)) if kind != "other" else "–"
        cells.append(f"{recall} ({len(inc)}) / {alarms} ({len(cons)})")
    return cells


def markdown(head: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table."""
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def systems() -> dict[str, Callable[[Result], bool]]:
    """The two predictors compared: factcheck's exit code and the numbers baseline."""
    return {"factcheck": lambda r: bool(r.predicted), "numbers baseline": lambda r: r.baseline}


def score_table(results: list[Result], seconds: dict[str, float]) -> list[str]:
    """Overall and per-dataset scores for both systems."""
    groups = {"all": results}
    for fold in ("a", "b"):
        groups[f"fold {fold}"] = [r for r in results if fold_of(r.record) == fold]
    for dataset in sorted({r.record.dataset for r in results}):
        groups[dataset] = [r for r in results if r.record.dataset == dataset]
    rows = []
    for name, predict in systems().items():
        for group, members in groups.items():
            if not members:
                continue
            cells = scores([(r.inconsistent, predict(r)) for r in members])
            rows.append([name, group, *cells.values(), f"{seconds[name]:.3f}" if group == "all" else ""])
    head = ["system", "records", "n", "precision", "recall", "bal. acc.", "flagged", "s/record"]
    return markdown(head, rows)


def type_table(results: list[Result]) -> list[str]:
    """Per-type recall on inconsistent records and false-alarm rate on consistent ones."""
    rows = [[name, *per_type(results, predict)] for name, predict in systems().items()]
    return markdown(["system", *(f"{t}: recall (n) / FA (n)" for t in dev.TYPES)], rows)


def fired(result: Result, fail_on: str) -> list[str]:
    """Rule ids of the findings at or above --fail-on (those that decided the exit code)."""
    floor = GRADES.index(fail_on)
    return [f["rule_id"] for f in result.findings if GRADES.index(f["grade"]) >= floor]


def rule_table(results: list[Result], fail_on: str) -> list[str]:
    """How often each rule fired on true positives and on false alarms."""
    tp: collections.Counter[str] = collections.Counter()
    fp: collections.Counter[str] = collections.Counter()
    for result in results:
        if result.predicted:
            (tp if result.inconsistent else fp).update(fired(result, fail_on))
    rows = [[rule, str(tp[rule]), str(fp[rule])] for rule in sorted(tp.keys() | fp.keys())]
    return markdown(["rule", "findings on true positives", "findings on false alarms"], rows)


def reliability_table(results: list[Result]) -> list[str]:
    """Finding-level precision by confidence bucket (findings graded minor or above)."""
    buckets: dict[int, list[bool]] = collections.defaultdict(list)
    for result in results:
        for finding in result.findings:
            if finding["grade"] != "info" and finding.get("confidence") is not None:
                index = next(i for i in range(len(BUCKETS) - 1) if finding["confidence"] < BUCKETS[i + 1])
                buckets[index].append(result.inconsistent)
    rows = []
    for index in range(len(BUCKETS) - 1):
        hits = buckets.get(index, [])
        span = f"{BUCKETS[index]:.1f}–{min(BUCKETS[index + 1], 1.0):.1f}"
        rows.append([span, str(len(hits)), rate(sum(hits), len(hits))])
    return markdown(["confidence", "findings", "share on inconsistent records"], rows)


def outcome_table(results: list[Result]) -> list[str]:
    """Per rule and outcome: the confidence it states next to the share of its findings that are
    on inconsistent records (what a calibrated confidence should be), findings graded minor or above."""
    hits: dict[tuple[str, str], list[bool]] = collections.defaultdict(list)
    stated: dict[tuple[str, str], list[float]] = collections.defaultdict(list)
    for result in results:
        for finding in result.findings:
            if finding["grade"] != "info":
                key = (finding["rule_id"], finding.get("outcome") or "")
                hits[key].append(result.inconsistent)
                if finding.get("confidence") is not None:
                    stated[key].append(float(finding["confidence"]))
    rows = []
    for key in sorted(hits):
        said = stated.get(key)
        mean = f"{sum(said) / len(said):.2f}" if said else "–"
        rows.append([key[0], key[1], str(len(hits[key])), mean, rate(sum(hits[key]), len(hits[key]))])
    return markdown(
        ["rule", "outcome", "findings", "stated confidence", "share on inconsistent records"], rows
    )


def verdict_kind(finding: dict[str, Any]) -> tuple[str, str, str]:
    """(rule, outcome, how the summary wrote it): a figure in digits or in words, else "" (the
    outcome says the rest: a name by its word frequencies, a near-miss spelling, ...)."""
    form = ""
    if finding.get("outcome") in ("unsupported-number", "unsupported-duration"):
        form = "digits" if re.search(r"\d", finding.get("phrase") or "") else "words"
    return finding["rule_id"], finding.get("outcome") or "", form


def decisive_table(results: list[Result], fail_on: str) -> list[str]:
    """Per verdict kind, the records it rejected (a finding of that kind at or above --fail-on)
    and the share of them people judged inconsistent: its precision as a gate, on all records and
    on each fold (a kind whose precision holds on one fold only is not a calibrated one)."""
    floor = GRADES.index(fail_on)
    rejected: dict[tuple[str, str, str], dict[str, list[bool]]] = collections.defaultdict(
        lambda: collections.defaultdict(list)
    )
    for result in results:
        kinds = {verdict_kind(f) for f in result.findings if GRADES.index(f["grade"]) >= floor}
        for kind in kinds:
            for group in ("all", f"fold {fold_of(result.record)}"):
                rejected[kind][group].append(result.inconsistent)
    rows = []
    for kind in sorted(rejected):
        cells = []
        for group in ("all", "fold a", "fold b"):
            hits = rejected[kind].get(group, [])
            cells.append(f"{rate(sum(hits), len(hits))} ({sum(hits)}/{len(hits)})")
        rows.append([*kind, *cells])
    head = ["rule", "outcome", "written", "precision all", "fold a", "fold b"]
    return markdown(head, rows)


def false_alarm_lines(results: list[Result], fail_on: str) -> list[str]:
    """Each consistent record rejected: its id and fold, then per finding that decided it the
    rule and outcome, the summary's phrase and the nearest source sentence."""
    floor = GRADES.index(fail_on)
    alarms = [r for r in results if r.predicted and not r.inconsistent]
    consistent = sum(1 for r in results if not r.inconsistent)
    lines = [f"{len(alarms)} of {consistent} consistent records rejected"]
    for result in alarms:
        lines.append(f"- {result.record.id} (fold {fold_of(result.record)}): {result.record.summary[:200]!r}")
        for finding in result.findings:
            if GRADES.index(finding["grade"]) >= floor:
                lines.append(
                    f"    {finding['rule_id']} {finding.get('outcome') or ''}: "
                    f"{finding.get('phrase', '')!r} | nearest source: {finding.get('evidence', '')[:240]!r}"
                )
    return lines


def error_lines(results: list[Result], shown: int = 5) -> list[str]:
    """The failed runs: how many, by exit code, and the first stderr lines of a few."""
    failed = [r for r in results if r.predicted is None]
    if not failed:
        return ["errors: none"]
    codes = collections.Counter(r.exit_code for r in failed)
    lines = [f"errors: {len(failed)} run(s) failed (exit codes: {dict(codes)}); first {shown}:"]
    for result in failed[:shown]:
        head = " / ".join(result.stderr.strip().splitlines()[:3])
        lines.append(f"  {result.record.id} (exit {result.exit_code}): {head}")
    return lines


# --- output ----------------------------------------------------------------------------


def dump(results: list[Result], path: Path, fail_on: str) -> None:
    """Per-record results as JSON, for error analysis (kept outside the repository)."""
    rows = [
        {
            "id": r.record.id,
            "dataset": r.record.dataset,
            "fold": fold_of(r.record),
            "label": r.record.label,
            "types": sorted(r.record.types),
            "predicted": None if r.predicted is None else ("inconsistent" if r.predicted else "consistent"),
            "baseline": "inconsistent" if r.baseline else "consistent",
            "rule_ids": fired(r, fail_on),
            "findings": r.findings,
            "exit_code": r.exit_code,
            "stderr": r.stderr[-2000:],
            "seconds": round(r.seconds, 3),
            "summary": r.record.summary,
        }
        for r in results
    ]
    path.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def make_runner(args: argparse.Namespace) -> Runner:
    """The CLI beside this interpreter; with --code, the package and rules of that folder."""
    env = dict(os.environ)
    rules = args.rules or ROOT / "rules"
    if args.code is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(args.code.resolve()), env.get("PYTHONPATH")]))
        rules = args.rules or args.code / "rules"
    factcheck = str(Path(sys.executable).with_name("factcheck"))
    return Runner(factcheck, rules.resolve(), args.fail_on, env, args.timeout)


def pick(args: argparse.Namespace) -> list[dev.Record]:
    """The records asked for; --limit takes a fixed pseudo-random subset (by a hash of the id)."""
    split = None if args.split == "all" else args.split
    records = dev.select(dev.load_records(args.data), split, args.dataset, args.types)
    if args.fold:
        records = [r for r in records if fold_of(r) == args.fold]
    if args.limit:
        records = sorted(records, key=lambda r: hashlib.sha256(r.id.encode()).hexdigest())[: args.limit]
    return sorted(records, key=lambda r: r.id)


def parse_args() -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=dev.DEFAULT_DATA, help="QAGS/Falke data folder")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--dataset", action="append", default=[], help="only this dataset (repeatable)")
    parser.add_argument(
        "--types", action="append", default=[], choices=dev.TYPES, help="only records of this type"
    )
    parser.add_argument("--limit", type=int, default=0, help="a fixed subset of N records")
    parser.add_argument(
        "--fold", choices=("a", "b"), help="only this half of the records (by a hash of the article)"
    )
    parser.add_argument("--workers", type=int, default=2, help="CLI processes at a time")
    parser.add_argument("--fail-on", default="major", choices=GRADES)
    parser.add_argument("--rules", type=Path, help="rules folder (default: <project>/rules)")
    parser.add_argument("--code", type=Path, help="run the package found in this folder (PYTHONPATH)")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per record")
    parser.add_argument("--json", type=Path, help="write per-record results here (outside the repo)")
    args = parser.parse_args()
    if args.json is not None and args.json.resolve().is_relative_to(ROOT):
        parser.error("--json: write outside the repository (derived records are never committed)")
    return args


def main() -> None:
    """Run both systems on the chosen records and print the tables."""
    args = parse_args()
    records = pick(args)
    runner = make_runner(args)
    fold = f", fold {args.fold}" if args.fold else ""
    print(
        f"{len(records)} records ({args.split}{fold}); command: {' '.join(runner.command())}", file=sys.stderr
    )
    start = time.perf_counter()
    results = run_all(records, runner, args.workers)
    wall = time.perf_counter() - start
    t0 = time.perf_counter()
    for record in records:
        numbers_baseline(record.summary, record.article)
    seconds = {
        "factcheck": wall / max(1, len(records)),
        "numbers baseline": (time.perf_counter() - t0) / max(1, len(records)),
    }
    ok = [r for r in results if r.predicted is not None]
    mean_cli = sum(r.seconds for r in results) / max(1, len(results))
    print(
        f"split {args.split}: {len(ok)} of {len(records)} records scored, wall {wall:.0f}s, "
        f"{mean_cli:.2f}s per CLI run ({args.workers} workers); --fail-on {args.fail_on}\n"
    )
    for title, lines in (
        ("Scores (inconsistent = positive)", score_table(ok, seconds)),
        ("Per error type", type_table(ok)),
        (f"Rules at or above {args.fail_on}", rule_table(ok, args.fail_on)),
        ("Reliability of confidence (findings graded minor or above)", reliability_table(ok)),
        ("Confidence by outcome (findings graded minor or above)", outcome_table(ok)),
        (
            f"Precision per verdict kind (records it rejected at {args.fail_on})",
            decisive_table(ok, args.fail_on),
        ),
        ("False alarms (consistent records rejected)", false_alarm_lines(ok, args.fail_on)),
    ):
        print(f"## {title}\n")
        print("\n".join(lines) + "\n")
    print("\n".join(error_lines(results)))
    if args.json is not None:
        dump(results, args.json, args.fail_on)
        print(f"per-record results: {args.json}")


if __name__ == "__main__":
    main()
