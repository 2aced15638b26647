"""Real multi-outlet news stories: how factcheck does on stories it has never seen.

    python benchmarks/stories.py                         # every story in devdata/stories/
    python benchmarks/stories.py --split tune            # tune | test | all (test is our holdout)
    python benchmarks/stories.py --story 2014-ludian-earthquake --json results.json
    python benchmarks/stories.py --factcheck /path/to/factcheck

For each story the real CLI is run as a new user would, in a temporary folder and with no hand
edits: `factcheck init`, `factcheck sources add` for each article, `factcheck extract --write`
for each, then `factcheck review --format json`. Findings are matched to the story's gold.yaml:

- a gold discrepancy is found when one finding has two sides (or one side plus a reference
  side) whose text overlaps a gold span of the same source file (substring either way,
  case-insensitive; a side shorter than a span that gives figures must hold one of them), one
  of them an outlier when the finding names outliers (else it blames other sources), or when a
  one-sided finding (a check within one text, such as a wrong weekday) hits a gold span marked
  likely_wrong; its grade is right when equal to the expected
  one, or when both are in {critical, major};
- a finding above info that matches no gold discrepancy is a false alarm, or a lookalike
  violation when it matches one of the story's lookalikes instead.

Then `factcheck check` runs on summaries/faithful.md (want exit 0) and summaries/planted.md
(want exit 1), and on every other summaries/faithful*.md (want exit 0; reported per file and
totalled apart, so the faithful.md figure stays comparable with older runs), once against the built registry and once from an empty folder with `--source`
for each article, each given its publication day as a user gives it: front matter `date:`
(story.yaml's `published`; none for a month alone; `--undated-sources`: none at all); a
planted error counts as flagged when a finding above info has a side in planted.md at the
planted line. When the `--source` run exits 2 for want of a rules folder, it
is retried with `--rules` pointing at the story registry's rules (and marked so).

Exit status: 0 unless this script itself crashes; CLI failures are reported and skipped.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "devdata" / "stories"
GRADE_RANK = {"info": 0, "minor": 1, "major": 2, "critical": 3}
SEVERE = {"critical", "major"}
TIMEOUT = 600


# --- story data ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A span of one source file, as gold.yaml gives it."""

    source: str
    text: str
    likely_wrong: bool = False


@dataclass(frozen=True)
class GoldItem:
    """A gold discrepancy or a lookalike: an id, a type, an expected grade, and its spans."""

    id: str
    type: str
    expected_grade: str | None
    sides: tuple[Span, ...]


@dataclass(frozen=True)
class Article:
    """One source of a story, from story.yaml."""

    file: str
    outlet: str
    published: str


@dataclass(frozen=True)
class PlantedError:
    """One planted error of summaries/planted.md."""

    line: int
    type: str
    wrong: str
    right: str


@dataclass(frozen=True)
class Story:
    """A story folder: its articles, gold discrepancies, lookalikes and planted errors."""

    slug: str
    split: str
    folder: Path
    articles: tuple[Article, ...]
    gold: tuple[GoldItem, ...]
    lookalikes: tuple[GoldItem, ...]
    planted: tuple[PlantedError, ...]


def _load_yaml(path: Path) -> Any:
    """Parse one YAML file."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _gold_items(entries: Iterable[dict[str, Any]]) -> tuple[GoldItem, ...]:
    """Gold items from the entries of a gold.yaml list."""
    return tuple(
        GoldItem(
            id=str(e["id"]),
            type=str(e["type"]),
            expected_grade=e.get("expected_grade"),
            sides=tuple(
                Span(str(s["source"]), str(s["text"]), bool(s.get("likely_wrong"))) for s in e["sides"]
            ),
        )
        for e in entries
    )


def cli_date(published: str, day_only: bool = False) -> str:
    """The --published value for an ISO date or date-time: as the page shows it, as a user would
    type it ("2014-08-04T00:37+08:00": its hour orders same-day reports), or its day only
    (`--day-only`, the harness of sessions 3-8, kept to compare their figures with today's)."""
    return published.split("T", 1)[0] if day_only else published


def load_story(folder: Path) -> Story:
    """Read story.yaml, gold.yaml and summaries/planted.yaml of one story folder."""
    meta = _load_yaml(folder / "story.yaml")
    gold = _load_yaml(folder / "gold.yaml")
    planted = _load_yaml(folder / "summaries" / "planted.yaml")
    return Story(
        slug=folder.name,
        split=str(meta["split"]),
        folder=folder,
        articles=tuple(
            Article(str(s["file"]), str(s["outlet"]), str(s["published"])) for s in meta["sources"]
        ),
        gold=_gold_items(gold.get("discrepancies") or []),
        lookalikes=_gold_items(gold.get("lookalikes") or []),
        planted=tuple(
            PlantedError(int(e["line"]), str(e["type"]), str(e["wrong"]), str(e["right"]))
            for e in planted["errors"]
        ),
    )


def data_problems(story: Story) -> list[str]:
    """Gold spans that do not occur in their file, and planted errors not on their line."""
    problems = []
    for item in (*story.gold, *story.lookalikes):
        for span in item.sides:
            path = story.folder / span.source
            if not path.is_file() or path.read_text(encoding="utf-8").find(span.text) < 0:
                problems.append(f"{item.id}: {span.text!r} not in {span.source}")
    lines = (story.folder / "summaries" / "planted.md").read_text(encoding="utf-8").splitlines()
    for err in story.planted:
        if not 0 < err.line <= len(lines) or err.wrong not in lines[err.line - 1]:
            problems.append(f"planted.md:{err.line}: {err.wrong!r} not on that line")
    return problems


def select_stories(split: str, slug: str | None) -> list[Story]:
    """The stories of one split (or all), or the one named."""
    folders = sorted(p for p in STORIES.iterdir() if (p / "story.yaml").is_file())
    stories = [load_story(p) for p in folders if slug is None or p.name == slug]
    return [s for s in stories if split == "all" or s.split == split]


# --- running the CLI ----------------------------------------------------------------------------


@dataclass
class Run:
    """One CLI invocation: its command, exit code, output and wall time."""

    cmd: list[str]
    rc: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def failed(self) -> bool:
        """True on a usage, input or internal error (exit 2 or more, or killed)."""
        return self.rc not in (0, 1)

    def describe(self) -> str:
        """The command (story paths shortened) and the first lines of its error output."""
        tail = " | ".join(self.stderr.strip().splitlines()[:3])
        cmd = " ".join(["factcheck", *self.cmd[1:]]).replace(f"{STORIES}/", "")
        return f"exit {self.rc}: {cmd}: {tail}"


def run(factcheck: str, args: Sequence[str], cwd: Path) -> Run:
    """Run `factcheck ARGS` in cwd and time it."""
    cmd = [factcheck, *args]
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout if isinstance(exc.stdout, str) else ""
        return Run(cmd, -9, out, f"timed out after {TIMEOUT}s", time.perf_counter() - start)
    return Run(cmd, proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - start)


def parse_report(result: Run) -> list[dict[str, Any]]:
    """The findings of a --format json report ([] when the output is not a report)."""
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        return []
    findings = report.get("findings", []) if isinstance(report, dict) else []
    return [f for f in findings if isinstance(f, dict)]


def source_files(registry: Path) -> dict[str, str]:
    """Source id -> file name, from the registry's seeds/sources.yaml."""
    manifest = _load_yaml(registry / "seeds" / "sources.yaml") or {}
    return {str(s["id"]): Path(str(s["file"])).name for s in manifest.get("sources") or []}


@dataclass
class Build:
    """A registry built from a story by the CLI, and what happened on the way."""

    registry: Path
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    extract_seconds: float = 0.0  # the `extract --write` runs (extraction and frame linking)
    review: Run | None = None


def build_registry(factcheck: str, story: Story, work: Path, day_only: bool = False) -> Build:
    """init, sources add, extract --write, review: as a new user would."""
    registry = work / "registry"
    build = Build(registry)
    init = run(factcheck, ["init", str(registry)], work)
    if init.rc != 0:
        build.errors.append(init.describe())
        return build
    for art in story.articles:
        path = str(story.folder / art.file)
        add = run(
            factcheck,
            [
                "sources",
                "add",
                path,
                "--published",
                cli_date(art.published, day_only),
                "--outlet",
                art.outlet,
            ],
            registry,
        )
        if add.rc != 0:
            build.errors.append(add.describe())
    for source_id, name in source_files(registry).items():
        ext = run(factcheck, ["extract", f"seeds/{name}", "--write", f"claims/{source_id}.yaml"], registry)
        build.seconds += ext.seconds
        build.extract_seconds += ext.seconds
        if ext.rc != 0:
            build.errors.append(ext.describe())
    review = run(factcheck, ["review", "--format", "json", "-q"], registry)
    build.seconds += review.seconds
    build.review = review
    if review.failed:
        build.errors.append(review.describe())
    return build


# --- matching findings to gold -------------------------------------------------------------------


def overlaps(side: str, gold: str, kind: str = "number") -> bool:
    """Whether a finding side's text hits a gold span: substring either way, case-insensitive.

    A side shorter than a span of a number discrepancy that gives figures must hold one of them:
    otherwise a side naming only a place ("Chapra") would hit a gold distance ("about 25 km from
    Chapra") and count a spelling finding as the distance's discovery. A date, time, name or quote
    span's figures are context ("800 others injured on Thursday" for a weekday): the rule is for
    numbers only. Empty text matches nothing.
    """
    side, gold = side.strip().lower(), gold.strip().lower()
    if not side or not gold:
        return False
    if gold in side:
        return True
    if side not in gold:
        return False
    return _holds_a_figure(side, gold, kind)


def _holds_a_figure(side: str, gold: str, kind: str) -> bool:
    """For a number discrepancy, whether a side shorter than its span holds one of its figures (an
    ordinal before "-century" describes a thing, "the 12th-century cathedral", and is no figure)."""
    figures = (
        set(re.findall(r"(?<!\d)\d+(?!\d)(?!(?:st|nd|rd|th)-century)", gold)) if kind == "number" else set()
    )
    return not figures or bool(figures & set(re.findall(r"\d+", side.lower())))


def side_range(side: dict[str, Any], text: str) -> tuple[int, int] | None:
    """Where a finding side's words stand in its file's text (line and 1-based column), when its
    text is there verbatim; None otherwise."""
    words, line, column = str(side.get("text") or ""), side.get("line"), side.get("column")
    if not words or not isinstance(line, int) or not isinstance(column, int) or line < 1 or column < 1:
        return None
    lines = text.split("\n")
    if line > len(lines):
        return None
    start = sum(len(earlier) + 1 for earlier in lines[: line - 1]) + column - 1
    return (start, start + len(words)) if text[start : start + len(words)] == words else None


def overlaps_at(side: dict[str, Any], span: Span, text: str, kind: str) -> bool:
    """Whether a side's words and a gold span overlap where they stand in the file: "1 p.m. local
    time (6 a.m. ET)" and "were due to begin at 1 p.m. local time" share words without either
    holding the other. The figure rule of `overlaps` applies to the side's words."""
    found = side_range(side, text)
    if found is None or not _holds_a_figure(str(side.get("text") or ""), span.text.lower(), kind):
        return False
    start = text.find(span.text)
    while start >= 0:
        if start < found[1] and found[0] < start + len(span.text):
            return True
        start = text.find(span.text, start + 1)
    return False


def side_file(side: dict[str, Any], files: dict[str, str]) -> str:
    """The story file a finding side comes from ("" for a reference or a draft)."""
    if side.get("file"):
        return Path(str(side["file"])).name
    return files.get(str(side.get("source", "")), "")


def side_hits(
    side: dict[str, Any],
    spans: Iterable[Span],
    files: dict[str, str],
    kind: str = "number",
    texts: dict[str, str] | None = None,
) -> bool:
    """Whether a finding side overlaps one of these spans of the same file: by its words, or
    (given the files' texts) by where its words stand."""
    name, words = side_file(side, files), str(side.get("text") or "")
    for span in spans:
        if span.source != name:
            continue
        if overlaps(words, span.text, kind):
            return True
        if texts is not None and name in texts and overlaps_at(side, span, texts[name], kind):
            return True
    return False


def matches(
    finding: dict[str, Any], item: GoldItem, files: dict[str, str], texts: dict[str, str] | None = None
) -> bool:
    """Whether a finding hits a gold item.

    Two matching sides, or one plus a reference side; or, for a one-sided finding (a check
    within one text, such as a wrong weekday), its side on a span marked likely_wrong.
    """
    sides = finding.get("sides") or []
    hitting = [side for side in sides if side_hits(side, item.sides, files, item.type, texts)]
    has_reference = any(side.get("tier") == "reference" for side in sides)
    if len(sides) == 1:
        return side_hits(sides[0], [s for s in item.sides if s.likely_wrong], files, item.type, texts)
    outliers = set(finding.get("outliers") or [])
    if outliers and not any(side.get("claim_id") in outliers for side in hitting):
        return False  # it blames other sources: the sides it hits are among those that agree
    return len(hitting) >= 2 or (len(hitting) >= 1 and has_reference)


def above_info(finding: dict[str, Any]) -> bool:
    """Whether a finding's grade is minor or higher."""
    return GRADE_RANK.get(str(finding.get("grade")), 0) > 0


def right_grade(found: str, expected: str | None) -> bool:
    """Equal grades, or both critical/major."""
    return found == expected or (found in SEVERE and expected in SEVERE)


@dataclass
class Score:
    """How a review's findings compare to a story's gold."""

    findings: int = 0
    gold_total: int = 0
    gold_found: list[str] = field(default_factory=list)
    right_grade: int = 0
    grades: dict[str, str] = field(default_factory=dict)
    false_alarms: int = 0
    lookalike_violations: list[str] = field(default_factory=list)
    # each false alarm as "rule grade outcome: message" (cut), to see what changed between runs
    false_alarm_findings: list[str] = field(default_factory=list)


def story_texts(story: Story) -> dict[str, str]:
    """The texts of a story's source files, by file name (none when its folder is not there)."""
    texts = {}
    for span in (s for item in (*story.gold, *story.lookalikes) for s in item.sides):
        path = story.folder / span.source
        if span.source not in texts and path.is_file():
            texts[span.source] = path.read_text(encoding="utf-8")
    return texts


def score(findings: list[dict[str, Any]], story: Story, files: dict[str, str]) -> Score:
    """Recall, grades, false alarms and lookalike violations of one review."""
    result = Score(findings=len(findings), gold_total=len(story.gold))
    texts = story_texts(story)
    for item in story.gold:
        hits = [f for f in findings if matches(f, item, files, texts)]
        if not hits:
            continue
        best = max((str(f.get("grade")) for f in hits), key=lambda g: GRADE_RANK.get(g, 0))
        result.gold_found.append(item.id)
        result.grades[item.id] = f"{best} (want {item.expected_grade})"
        result.right_grade += right_grade(best, item.expected_grade)
    for finding in findings:
        if not above_info(finding) or any(matches(finding, g, files, texts) for g in story.gold):
            continue
        looks = [lk.id for lk in story.lookalikes if matches(finding, lk, files, texts)]
        if looks:
            result.lookalike_violations.extend(looks)
        else:
            result.false_alarms += 1
            result.false_alarm_findings.append(
                f"{finding.get('rule_id')} {finding.get('grade')} {finding.get('outcome')}: "
                + str(finding.get("message"))[:200]
            )
    return result


# --- summary checks ------------------------------------------------------------------------------


@dataclass
class CheckResult:
    """`factcheck check` on the faithful and the planted summary, in one mode."""

    mode: str
    faithful_rc: int = -1
    planted_rc: int = -1
    faithful_flags: int = 0
    planted_flagged: int = 0
    flagged_types: list[str] = field(default_factory=list)
    planted_total: int = 0
    retried_with_rules: bool = False
    errors: list[str] = field(default_factory=list)
    # every other summaries/faithful*.md (faithful-s18-1.md, ...): file name -> exit code
    more_faithful: dict[str, int] = field(default_factory=dict)


def flagged_lines(findings: list[dict[str, Any]], name: str) -> set[int]:
    """Lines of `name` that a finding above info points at."""
    lines = set()
    for finding in findings:
        if not above_info(finding):
            continue
        for side in finding.get("sides") or []:
            if str(side.get("file") or "").endswith(name) and isinstance(side.get("line"), int):
                lines.add(side["line"])
    return lines


def check_one(factcheck: str, story: Story, cwd: Path, extra: list[str], name: str) -> Run:
    """Run check on one file of the story's summaries folder."""
    path = story.folder / "summaries" / name
    return run(factcheck, ["check", str(path), "--format", "json", *extra], cwd)


def check_pair(factcheck: str, story: Story, cwd: Path, extra: list[str]) -> tuple[Run, Run]:
    """Run check on faithful.md and planted.md with the same extra arguments."""
    return (
        check_one(factcheck, story, cwd, extra, "faithful.md"),
        check_one(factcheck, story, cwd, extra, "planted.md"),
    )


def more_faithful(story: Story) -> list[str]:
    """The story's faithful summaries besides faithful.md (summaries/faithful*.md), sorted."""
    folder = story.folder / "summaries"
    return sorted(p.name for p in folder.glob("faithful*.md") if p.name != "faithful.md")


def front_matter_date(published: str) -> str | None:
    """The day a user writes in a source file's front matter (`date: 2014-08-04`) for a
    story.yaml `published` date or date-time; None for a month alone ("2014-04": the page shows
    no day, and front matter takes a calendar date)."""
    day = published.split("T", 1)[0]
    return day if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) else None


def dated_sources(story: Story, folder: Path) -> list[Path]:
    """Copies of a story's articles in `folder`, each opening with front matter giving its
    publication day, as a user who runs `check --source` on saved articles writes it (an article
    whose day is not known is copied as it is). Its lines are the article's, three down."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for art in story.articles:
        text = (story.folder / art.file).read_text(encoding="utf-8")
        day = front_matter_date(art.published)
        path = folder / art.file
        path.write_text(f"---\ndate: {day}\n---\n{text}" if day else text, encoding="utf-8")
        paths.append(path)
    return paths


def check_summaries(
    factcheck: str, story: Story, build: Build, mode: str, work: Path, dated: bool = True
) -> CheckResult:
    """Check both summaries against the registry ("registry") or the articles ("sources"; with
    `dated`, each article carries its publication day in front matter, see `dated_sources`)."""
    result = CheckResult(mode=mode, planted_total=len(story.planted))
    if mode == "registry":
        # --registry explicitly: the summaries live inside this repository, and without it
        # `check` would find the bundled registry above their folder (as a pre-commit hook should)
        cwd, extra = build.registry, ["--registry", str(build.registry)]
    else:
        cwd = work / "empty"
        cwd.mkdir(exist_ok=True)
        files = (
            dated_sources(story, work / "sources")
            if dated
            else [story.folder / a.file for a in story.articles]
        )
        extra = [arg for path in files for arg in ("--source", str(path))]
    faithful, planted = check_pair(factcheck, story, cwd, extra)
    if mode == "sources" and planted.rc == 2 and "rules" in planted.stderr:
        result.errors.append(planted.describe())
        result.retried_with_rules = True
        rules = ["--rules", str(build.registry / "rules")]
        faithful, planted = check_pair(factcheck, story, cwd, extra + rules)
    result.faithful_rc, result.planted_rc = faithful.rc, planted.rc
    result.errors += [r.describe() for r in (faithful, planted) if r.failed]
    result.faithful_flags = len([f for f in parse_report(faithful) if above_info(f)])
    for name in more_faithful(story):
        more = check_one(factcheck, story, cwd, extra, name)
        result.more_faithful[name] = more.rc
        if more.failed:
            result.errors.append(more.describe())
    lines = flagged_lines(parse_report(planted), "planted.md")
    result.flagged_types = [err.type for err in story.planted if err.line in lines]
    result.planted_flagged = len(result.flagged_types)
    return result


# --- one story, the report -----------------------------------------------------------------------


@dataclass
class StoryResult:
    """Everything measured on one story."""

    slug: str
    split: str
    sources: int
    words: int
    seconds: float
    score: Score
    checks: list[CheckResult]
    errors: list[str]
    data_problems: list[str]
    extract_seconds: float = 0.0

    @property
    def extract_per_kword(self) -> float:
        """Seconds of `extract --write` (one fresh process per source) per 1,000 words."""
        return per_kword(self.extract_seconds, self.words)


def evaluate(
    factcheck: str, story: Story, day_only: bool = False, dated: bool = True, keep: Path | None = None
) -> StoryResult:
    """Build the registry, score the review and check the summaries of one story; `keep` is a
    folder to copy the built registry into (keep/<slug>/registry), to read its claims after."""
    work = Path(tempfile.mkdtemp(prefix=f"factcheck-story-{story.slug}-"))
    try:
        build = build_registry(factcheck, story, work, day_only)
        findings = parse_report(build.review) if build.review else []
        files = source_files(build.registry) if (build.registry / "seeds").is_dir() else {}
        checks = [check_summaries(factcheck, story, build, m, work, dated) for m in ("registry", "sources")]
        if keep is not None and build.registry.is_dir():
            target = keep / story.slug / "registry"
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(build.registry, target, ignore=shutil.ignore_patterns(".factcheck-cache"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    words = sum(len((story.folder / a.file).read_text(encoding="utf-8").split()) for a in story.articles)
    return StoryResult(
        slug=story.slug,
        split=story.split,
        sources=len(story.articles),
        words=words,
        seconds=round(build.seconds, 2),
        score=score(findings, story, files),
        checks=checks,
        errors=build.errors,
        data_problems=data_problems(story),
        extract_seconds=round(build.extract_seconds, 2),
    )


def per_kword(seconds: float, words: int) -> float:
    """Seconds per 1,000 words (0 for no words)."""
    return seconds * 1000 / words if words else 0.0


HEADER = (
    f"{'story':<38} {'split':<5} {'src':>3} {'words':>5} {'sec':>5} {'ext/kw':>6} {'find':>4} "
    f"{'gold':>7} {'grade':>5} {'false':>5} {'look':>4}"
)


def story_line(r: StoryResult) -> str:
    """One row of the review table."""
    s = r.score
    return (
        f"{r.slug:<38} {r.split:<5} {r.sources:>3} {r.words:>5} {r.seconds:>5.1f} "
        f"{r.extract_per_kword:>6.2f} {s.findings:>4} "
        f"{len(s.gold_found):>3}/{s.gold_total:<3} {s.right_grade:>5} {s.false_alarms:>5} "
        f"{len(s.lookalike_violations):>4}"
    )


def check_line(r: StoryResult, c: CheckResult) -> str:
    """One row of the summary-check table."""
    note = f" {c.flagged_types}" if c.flagged_types else ""
    note += " (retried with --rules)" if c.retried_with_rules else ""
    more = "".join(f"\n{'':<38} {c.mode:<8} {name} exit {rc}" for name, rc in c.more_faithful.items())
    return (
        f"{r.slug:<38} {c.mode:<8} faithful exit {c.faithful_rc} ({c.faithful_flags} above info)  "
        f"planted exit {c.planted_rc}  flagged {c.planted_flagged}/{c.planted_total}{note}{more}"
    )


def totals_line(split: str, results: list[StoryResult]) -> str:
    """The totals row of one split."""
    found = sum(len(r.score.gold_found) for r in results)
    total = sum(r.score.gold_total for r in results)
    recall = f"{found / total:.0%}" if total else "-"
    words = sum(r.words for r in results)
    extract = per_kword(sum(r.extract_seconds for r in results), words)
    return (
        f"{'TOTAL ' + split:<38} {'':<5} {sum(r.sources for r in results):>3} "
        f"{words:>5} {sum(r.seconds for r in results):>5.1f} {extract:>6.2f} "
        f"{sum(r.score.findings for r in results):>4} {found:>3}/{total:<3} "
        f"{sum(r.score.right_grade for r in results):>5} "
        f"{sum(r.score.false_alarms for r in results):>5} "
        f"{sum(len(r.score.lookalike_violations) for r in results):>4}   recall {recall}"
    )


def check_totals(split: str, results: list[StoryResult]) -> list[str]:
    """Per mode: stories with the wanted exit codes, and planted errors flagged."""
    rows = []
    for mode in ("registry", "sources"):
        checks = [c for r in results for c in r.checks if c.mode == mode]
        ok_f = sum(c.faithful_rc == 0 for c in checks)
        ok_p = sum(c.planted_rc == 1 for c in checks)
        flagged = sum(c.planted_flagged for c in checks)
        total = sum(c.planted_total for c in checks)
        rows.append(
            f"{'TOTAL ' + split:<38} {mode:<8} faithful exit 0: {ok_f}/{len(checks)}  "
            f"planted exit 1: {ok_p}/{len(checks)}  flagged {flagged}/{total}"
        )
        more = [rc for c in checks for rc in c.more_faithful.values()]
        if more:
            rows.append(
                f"{'TOTAL ' + split:<38} {mode:<8} other faithful*.md exit 0: "
                f"{sum(rc == 0 for rc in more)}/{len(more)}"
            )
    return rows


def print_report(results: list[StoryResult]) -> None:
    """The review table, the summary-check table, and problems met on the way."""
    splits = sorted({r.split for r in results}, key=["tune", "test"].index)
    print(
        "review: gold = found/total; grade = right grade; false = false alarms; look = lookalike violations\n"
        "sec = extract --write of every source + review; ext/kw = extract --write seconds per 1,000 words"
        " (extraction and frame linking, one fresh process per source)"
    )
    print(HEADER)
    for r in results:
        print(story_line(r))
    for split in splits:
        print(totals_line(split, [r for r in results if r.split == split]))
    print("\ncheck: want faithful exit 0 and planted exit 1; flagged = planted errors hit at their line")
    for r in results:
        for c in r.checks:
            print(check_line(r, c))
    for split in splits:
        for row in check_totals(split, [r for r in results if r.split == split]):
            print(row)
    for r in results:
        problems = r.errors + [e for c in r.checks for e in c.errors] + r.data_problems
        if problems:
            print(f"\n{r.slug}:")
            for problem in problems:
                print(f"  {problem}")


def main() -> None:
    """Parse options, run every selected story, print and optionally write the results."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=["tune", "test", "all"], default="all")
    parser.add_argument("--story", help="run only this story (its folder name)")
    parser.add_argument("--factcheck", help="factcheck executable (default: next to this Python)")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument(
        "--day-only",
        action="store_true",
        help="give `sources add` only the day of a publication date-time (sessions 3-8's harness)",
    )
    parser.add_argument(
        "--undated-sources",
        action="store_true",
        help="give `check --source` the articles as they are, with no front matter date (session 14's harness)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        help="copy each story's built registry to KEEP/<story>/registry, to read it after",
    )
    args = parser.parse_args()
    factcheck = args.factcheck or str(Path(sys.executable).with_name("factcheck"))
    stories = select_stories(args.split, args.story)
    if not stories:
        sys.exit(f"no stories for --split {args.split} --story {args.story}")
    results = []
    for story in stories:
        print(f"running {story.slug} ...", file=sys.stderr, flush=True)
        results.append(evaluate(factcheck, story, args.day_only, not args.undated_sources, args.keep))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n", encoding="utf-8")
    print_report(results)


if __name__ == "__main__":
    main()
