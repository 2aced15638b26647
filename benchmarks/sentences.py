"""One-sentence summaries of the tune stories: does `factcheck check` get each kind of error?

    python benchmarks/sentences.py                      # every file in devdata/sentences/
    python benchmarks/sentences.py --story 2014-ludian-earthquake --show-wrong
    python benchmarks/sentences.py --json results.json

devdata/sentences/<story>.yaml holds consistent sentences and sentences with one planted error
each (wrong weekday, date moved by a day, "N days after X" that does not add up, wrong duration,
misspelled name, wrong number, and one that follows an outlier outlet); see its README. For each
story the registry is built by the real CLI as a new user would (`init`, `sources add`,
`extract --write`, as benchmarks/stories.py does, no hand edits); then every sentence is written
to a file (with `date:` front matter when the entry gives one) and checked twice: against that
registry, and from an empty folder with `--source` for every article. Right/wrong per kind:

- consistent, majority: exit 0;
- outlier: exit 0 and a minor finding that says "follows";
- every planted kind: exit 1.

Exit status: 0 unless this script itself crashes.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import stories  # the story loader and registry builder, shared

SENTENCES = stories.ROOT / "devdata" / "sentences"
KINDS = (
    "consistent",
    "majority",
    "outlier",
    "weekday",
    "date-shift",
    "days-after",
    "duration",
    "name",
    "number",
)
PASSING = {"consistent", "majority"}
MODES = ("registry", "sources")


@dataclass(frozen=True)
class Entry:
    """One sentence: its kind, optional front-matter date, text and evidence."""

    id: str
    kind: str
    text: str
    date: str | None
    wrong: str | None
    evidence: tuple[tuple[str, str], ...]


@dataclass
class Outcome:
    """What check did with one entry in one mode."""

    id: str
    kind: str
    mode: str
    rc: int
    grades: list[str]
    right: bool
    messages: list[str]


def load_entries(path: Path) -> tuple[str, list[Entry]]:
    """The story slug and entries of one sentences file."""
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = [
        Entry(
            id=str(e["id"]),
            kind=str(e["kind"]),
            text=str(e["text"]),
            date=str(e["date"]) if e.get("date") else None,
            wrong=str(e["wrong"]) if e.get("wrong") is not None else None,
            evidence=tuple((str(v["file"]), str(v["text"])) for v in e.get("evidence") or []),
        )
        for e in data["entries"]
    ]
    return str(data["story"]), entries


def entry_problems(story: stories.Story, entries: list[Entry]) -> list[str]:
    """Unknown kinds, evidence not in its file, planted words not in the sentence."""
    problems = []
    for entry in entries:
        if entry.kind not in KINDS:
            problems.append(f"{entry.id}: unknown kind {entry.kind!r}")
        if entry.kind not in PASSING and (entry.wrong is None or entry.wrong not in entry.text):
            problems.append(f"{entry.id}: wrong words {entry.wrong!r} not in the text")
        for file, text in entry.evidence:
            path = story.folder / file
            if not path.is_file() or text not in path.read_text(encoding="utf-8"):
                problems.append(f"{entry.id}: {text!r} not in {file}")
    return problems


def document(entry: Entry) -> str:
    """The summary file's text: front matter when the entry has a date, then the sentence."""
    head = f"---\ndate: {entry.date}\n---\n" if entry.date else ""
    return f"{head}{entry.text}\n"


def judge(entry: Entry, rc: int, findings: list[dict[str, Any]]) -> bool:
    """Right or wrong for this kind (see the module docstring)."""
    if entry.kind in PASSING:
        return rc == 0
    if entry.kind == "outlier":
        return rc == 0 and any(
            f.get("grade") == "minor" and "follows" in str(f.get("message")) for f in findings
        )
    return rc == 1


def check_entry(factcheck: str, entry: Entry, path: Path, mode: str, cwd: Path, extra: list[str]) -> Outcome:
    """Run check on one sentence file and judge it."""
    result = stories.run(factcheck, ["check", str(path), "--format", "json", *extra], cwd)
    findings = stories.parse_report(result)
    grades = [str(f.get("grade")) for f in findings if stories.above_info(f)]
    messages = [f"{f.get('rule_id')} {f.get('grade')}: {f.get('message')}" for f in findings]
    if result.failed:
        messages.append(result.describe())
    return Outcome(entry.id, entry.kind, mode, result.rc, grades, judge(entry, result.rc, findings), messages)


def evaluate(factcheck: str, story: stories.Story, entries: list[Entry], jobs: int) -> list[Outcome]:
    """Build the story's registry once, then check every entry in both modes."""
    work = Path(tempfile.mkdtemp(prefix=f"factcheck-sentences-{story.slug}-"))
    try:
        build = stories.build_registry(factcheck, story, work)
        for error in build.errors:
            print(f"  {story.slug}: {error}", file=sys.stderr)
        empty = work / "empty"
        empty.mkdir()
        sources = [arg for a in story.articles for arg in ("--source", str(story.folder / a.file))]
        modes = {
            "registry": (build.registry, ["--registry", str(build.registry)]),
            "sources": (empty, sources),
        }
        docs = work / "docs"
        docs.mkdir()
        jobs_list = []
        for entry in entries:
            path = docs / f"{entry.id}.md"
            path.write_text(document(entry), encoding="utf-8")
            for mode in MODES:
                cwd, extra = modes[mode]
                jobs_list.append((entry, path, mode, cwd, extra))
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            return list(pool.map(lambda job: check_entry(factcheck, *job), jobs_list))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def print_table(outcomes: list[Outcome]) -> None:
    """Right/total per kind and mode, and the totals."""
    print(f"{'kind':<12} " + " ".join(f"{m:>10}" for m in MODES))
    for kind in KINDS:
        cells = []
        for mode in MODES:
            rows = [o for o in outcomes if o.kind == kind and o.mode == mode]
            cells.append(f"{sum(o.right for o in rows)}/{len(rows)}")
        print(f"{kind:<12} " + " ".join(f"{c:>10}" for c in cells))
    cells = []
    for mode in MODES:
        rows = [o for o in outcomes if o.mode == mode]
        cells.append(f"{sum(o.right for o in rows)}/{len(rows)}")
    print(f"{'TOTAL':<12} " + " ".join(f"{c:>10}" for c in cells))
    for mode in MODES:
        rejected = [o for o in outcomes if o.mode == mode and o.kind in PASSING and o.rc != 0]
        passing = sum(1 for o in outcomes if o.mode == mode and o.kind in PASSING)
        print(f"consistent rejected ({mode}): {len(rejected)}/{passing}")


def print_wrong(outcomes: list[Outcome]) -> None:
    """Each wrong outcome with its exit code and findings."""
    print("\nwrong:")
    for o in outcomes:
        if not o.right:
            print(f"  {o.mode:<8} {o.kind:<10} {o.id}: exit {o.rc} {dict(Counter(o.grades))}")
            for message in o.messages:
                print(f"      {message[:220]}")


def main() -> None:
    """Parse options, check every sentence of the selected stories, print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--story", help="only this story (its folder name)")
    parser.add_argument("--factcheck", help="factcheck executable (default: next to this Python)")
    parser.add_argument("--jobs", type=int, default=2, help="checks run at once (default 2)")
    parser.add_argument("--show-wrong", action="store_true", help="list every wrong outcome")
    parser.add_argument("--json", type=Path, help="also write the outcomes to this file")
    args = parser.parse_args()
    factcheck = args.factcheck or str(Path(sys.executable).with_name("factcheck"))
    outcomes: list[Outcome] = []
    for path in sorted(SENTENCES.glob("*.yaml")):
        slug, entries = load_entries(path)
        if args.story and slug != args.story:
            continue
        story = stories.load_story(stories.STORIES / slug)
        if story.split != "tune":
            sys.exit(f"{path.name}: {slug} is a {story.split} story; sentences are for tune stories only")
        for problem in entry_problems(story, entries):
            print(f"data problem: {path.name}: {problem}")
        print(f"running {slug} ({len(entries)} sentences) ...", file=sys.stderr, flush=True)
        outcomes += evaluate(factcheck, story, entries, args.jobs)
    if args.json:
        args.json.write_text(json.dumps([asdict(o) for o in outcomes], indent=2) + "\n", encoding="utf-8")
    print_table(outcomes)
    if args.show_wrong:
        print_wrong(outcomes)


if __name__ == "__main__":
    main()
