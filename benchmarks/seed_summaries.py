"""Blind one-sentence summaries of the seed articles, checked against the bundled registry.

    python benchmarks/seed_summaries.py                          # every set in devdata/seed_summaries/
    python benchmarks/seed_summaries.py --factcheck /path/to/factcheck

Each set's key.yaml says which summaries are consistent (want exit 0) and which hold one error
(want exit 1). `factcheck check FILE` runs from the project root, as a CI job runs it, and the
script prints the right count and the ids it got wrong, never the summaries' words: the sets
are held out (devdata/seed_summaries/README.md).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "devdata" / "seed_summaries"


def score(folder: Path, factcheck: str) -> tuple[int, int, list[str]]:
    """Right verdicts, summaries checked, and a line per wrong verdict."""
    key = yaml.safe_load((folder / "key.yaml").read_text(encoding="utf-8"))
    items = {str(item["id"]): item for item in key["items"]}
    right, wrong = 0, []
    files = sorted(folder.glob("*.md"))
    for path in files:
        item = items[path.stem]
        want = 0 if item["consistent"] else 1
        got = subprocess.run([factcheck, "check", str(path)], cwd=ROOT, capture_output=True).returncode
        if got == want:
            right += 1
        else:
            kind = "consistent" if item["consistent"] else f"error: {item.get('type')}"
            wrong.append(f"  {path.stem} ({kind}) want exit {want}, got {got}")
    return right, len(files), wrong


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--factcheck", default=shutil.which("factcheck"), help="the CLI to run")
    args = parser.parse_args()
    if not args.factcheck:
        sys.exit("no factcheck on PATH: install the project or pass --factcheck")
    for folder in sorted(p for p in SETS.iterdir() if (p / "key.yaml").is_file()):
        right, total, wrong = score(folder, args.factcheck)
        print(f"{folder.name}: {right}/{total} right")
        print("\n".join(wrong))


if __name__ == "__main__":
    main()
