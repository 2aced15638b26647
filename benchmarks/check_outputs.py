"""Every `check` output of a fixed set of runs, for comparing two versions byte for byte.

    PYTHONPATH=/path/to/old python benchmarks/check_outputs.py --out /tmp/before --root .
    python benchmarks/check_outputs.py --out /tmp/after --root .
    diff -r /tmp/before /tmp/after

Runs `factcheck check` (the console script of this interpreter, in a fresh process each, as CI
does) in text and JSON on: the examples and the tune stories' summaries against the bundled
registry, and the tune stories' summaries with `--source` (the story's own texts); with
`--large REGISTRY`, the examples and summaries against that registry too (e.g. a synthetic one
from benchmarks/synth.py). Writes one file per run holding its exit code, standard output and
standard error, with the `--root` and `--large` folders written as <ROOT> and <LARGE>. The test
split is never run (split: test in a story's story.yaml).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tune_stories(root: Path) -> list[Path]:
    """The stories whose story.yaml says split: tune."""
    return [
        folder
        for folder in sorted((root / "devdata" / "stories").iterdir())
        if (folder / "story.yaml").is_file() and "split: tune" in (folder / "story.yaml").read_text()
    ]


def runs(root: Path, large: Path | None = None) -> list[tuple[str, list[str]]]:
    """(name, check arguments) for every run compared."""
    cases: list[tuple[str, list[str]]] = []
    summaries = [path for story in tune_stories(root) for path in sorted((story / "summaries").glob("*.md"))]
    registries = [("registry", root)] + ([("large", large)] if large else [])
    for label, registry in registries:
        for path in [*sorted((root / "examples").glob("*.md")), *summaries]:
            cases.append(
                (f"{label}-{path.parent.parent.name}-{path.stem}", ["--registry", str(registry), str(path)])
            )
    for story in tune_stories(root):
        texts = [arg for text in sorted(story.glob("*.txt")) for arg in ("--source", str(text))]
        for path in sorted((story / "summaries").glob("*.md")):
            cases.append((f"source-{story.name}-{path.stem}", [*texts, str(path)]))
    return cases


def main() -> None:
    """Run every case in text and JSON and write what it printed."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--root",
        type=Path,
        default=ROOT,
        help="the files' folder (the same for both versions: ids name paths)",
    )
    parser.add_argument(
        "--large",
        type=Path,
        default=None,
        help="also check the examples and summaries against this registry (e.g. a synthetic 100k one "
        "from benchmarks/synth.py, whose store must then be built for both versions)",
    )
    args = parser.parse_args()
    # absolute, so that replacing them below is replacing paths ("." would replace every full
    # stop, "big" every word "big")
    args.root = args.root.resolve()
    if args.large:
        args.large = args.large.resolve()
    args.out.mkdir(parents=True, exist_ok=True)
    factcheck = str(Path(sys.executable).with_name("factcheck"))
    for name, arguments in runs(args.root, args.large):
        for fmt in ("text", "json"):
            done = subprocess.run(
                [factcheck, "check", "--format", fmt, *arguments], capture_output=True, text=True, check=False
            )
            text = f"exit {done.returncode}\n--- stdout\n{done.stdout}--- stderr\n{done.stderr}"
            if args.large:
                text = text.replace(str(args.large), "<LARGE>")
            (args.out / f"{name}.{fmt}.txt").write_text(text.replace(str(args.root), "<ROOT>"))
            print(name, fmt, done.returncode)


if __name__ == "__main__":
    main()
