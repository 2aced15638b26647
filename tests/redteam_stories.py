"""Run the red-team mini-stories (tests/data/redteam/<kind>/) through the CLI as a new user would.

Each story folder holds 4-6 outlet texts, a story.yaml (sources with their publication
date-times, the planted discrepancies with their spans, the look-alikes in words) and a faithful
summary.md. `python tests/redteam_stories.py [KIND ...]` prints every finding above info and
whether it is planted; tests/test_redteam_stories.py asserts the same through click's runner.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner, Result

REDTEAM = Path(__file__).resolve().parent / "data" / "redteam"
ABOVE_INFO = ("minor", "major", "critical")

CLI = Callable[..., Result]


@dataclass(frozen=True)
class Planted:
    """One real discrepancy planted in a story (or a finding left alone): its id, the (file, text)
    of each side, and why it is not found (a known miss) or not fixed (left alone)."""

    id: str
    sides: tuple[tuple[str, str], ...]
    reason: str | None = None


@dataclass(frozen=True)
class Story:
    """One mini-story folder read from its story.yaml."""

    kind: str
    folder: Path
    sources: tuple[tuple[str, str, str], ...]  # (file, outlet, published)
    planted: tuple[Planted, ...]
    left_alone: tuple[Planted, ...]


def _sides(entry: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The (file, text) sides of a story.yaml entry."""
    return tuple((str(s["source"]), str(s["text"])) for s in entry["sides"])


def load(folder: Path) -> Story:
    """Read one story folder's story.yaml."""
    meta = yaml.safe_load((folder / "story.yaml").read_text(encoding="utf-8"))
    sources = tuple((str(s["file"]), str(s["outlet"]), str(s["published"])) for s in meta["sources"])
    planted = tuple(Planted(str(p["id"]), _sides(p), p.get("known_miss")) for p in meta.get("planted") or [])
    left = tuple(Planted(str(e["rule"]), _sides(e), str(e["reason"])) for e in meta.get("left_alone") or [])
    return Story(folder.name, folder, sources, planted, left)


def stories() -> list[Story]:
    """Every red-team story, in name order."""
    return [load(p) for p in sorted(REDTEAM.iterdir()) if (p / "story.yaml").is_file()]


def side_file(side: dict[str, Any]) -> str:
    """The file name a finding side points at."""
    return Path(str(side.get("file") or "")).name


def side_hits(side: dict[str, Any], file: str, text: str) -> bool:
    """Whether a finding side lies in `file` and its text overlaps `text` (either way)."""
    got, want = str(side.get("text") or "").strip().lower(), text.strip().lower()
    return side_file(side) == file and bool(got) and (want in got or got in want)


def planted_by(finding: dict[str, Any], story: Story) -> Planted | None:
    """The planted discrepancy a finding reports: a side on the planted outlier's span."""
    for planted in story.planted:
        file, text = planted.sides[0]
        if any(side_hits(side, file, text) for side in finding.get("sides") or []):
            return planted
    return None


def left_alone(finding: dict[str, Any], story: Story) -> Planted | None:
    """The documented finding left alone that this one is: its rule, and every side it names."""
    for left in story.left_alone:
        sides = finding.get("sides") or []
        if finding.get("rule_id") == left.id and all(
            any(side_hits(side, file, text) for side in sides) for file, text in left.sides
        ):
            return left
    return None


def above_info(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The findings of a JSON report graded above info."""
    return [f for f in report.get("findings") or [] if f.get("grade") in ABOVE_INFO]


def invoke(cli: CLI, *args: str) -> Result:
    """Run one CLI command; fail loudly on a usage or internal error."""
    result = cli(*args)
    if result.exit_code not in (0, 1):
        raise AssertionError(f"factcheck {' '.join(args)} exited {result.exit_code}: {result.output}")
    return result


def review(cli: CLI, story: Story, work: Path) -> dict[str, Any]:
    """init, sources add (with date-times), extract --write, review --format json: no hand edits."""
    registry = work / "registry"
    invoke(cli, "init", str(registry))
    for file, outlet, published in story.sources:
        source_id = Path(file).stem
        invoke(
            cli,
            *("sources", "add", str(story.folder / file), "--published", published),
            *("--outlet", outlet, "--id", source_id, "--registry", str(registry)),
        )
        [copied] = registry.glob(f"*/{file}")
        invoke(cli, "extract", str(copied), "--write", str(registry / "claims" / f"{source_id}.yaml"))
    result = invoke(cli, "review", "--format", "json", "-q", "--registry", str(registry))
    report: dict[str, Any] = json.loads(result.output)
    return report


def check(cli: CLI, story: Story, work: Path) -> tuple[int, dict[str, Any]]:
    """`factcheck check summary.md` against the built registry: its exit code and report."""
    registry = work / "registry"
    result = invoke(
        cli, "check", str(story.folder / "summary.md"), "--format", "json", "--registry", str(registry)
    )
    report: dict[str, Any] = json.loads(result.output)
    return result.exit_code, report


def describe(finding: dict[str, Any]) -> str:
    """One line for a finding: grade, rule, message and its sides."""
    sides = "; ".join(f"{side_file(s)}: {s.get('text')!r}" for s in finding.get("sides") or [])
    return f"{finding.get('grade')} {finding.get('rule_id')} {finding.get('message')} [{sides}]"


def in_process() -> CLI:
    """The CLI run in this process through click's runner."""
    from factcheck.cli import main

    return lambda *args: CliRunner().invoke(main, list(args), catch_exceptions=False)


def report_lines(story: Story, work: Path, cli: CLI) -> Iterator[str]:
    """What a red-team run of one story shows: each finding above info, planted or not."""
    found: set[str] = set()
    for finding in above_info(review(cli, story, work)):
        planted = planted_by(finding, story)
        found |= {planted.id} if planted else set()
        label = (
            f"PLANTED {planted.id}"
            if planted
            else "LEFT ALONE"
            if left_alone(finding, story)
            else "FALSE ALARM"
        )
        yield f"  {label}: {describe(finding)}"
    for missing in (p for p in story.planted if p.id not in found):
        yield f"  MISSED planted {missing.id}" + (" (known miss)" if missing.reason else "")
    code, report = check(cli, story, work)
    yield f"  check summary.md: exit {code}"
    for finding in above_info(report):
        planted = planted_by(finding, story)
        yield f"  CHECK {'PLANTED ' + planted.id if planted else 'FALSE ALARM'}: {describe(finding)}"


def main(kinds: list[str]) -> None:
    """Print the red-team run of the stories named (all when none are)."""
    import tempfile

    cli = in_process()
    for story in stories():
        if kinds and story.kind not in kinds:
            continue
        print(story.kind)
        with tempfile.TemporaryDirectory() as tmp:
            for line in report_lines(story, Path(tmp), cli):
                print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
