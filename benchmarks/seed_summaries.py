"""One-sentence summaries of the seed articles, checked against the bundled registry.

    python benchmarks/seed_summaries.py                          # every set in devdata/seed_summaries/
    python benchmarks/seed_summaries.py --set seeddev26          # one set
    python benchmarks/seed_summaries.py --factcheck /path/to/factcheck

Each set's key.yaml says which summaries are consistent (want exit 0) and which hold one error
(want exit 1). `factcheck check FILE` runs from the project root, as a CI job runs it, and the
script prints one figure per set, never a total across sets, so a blind set's figure stays
separate from the development set's. For a blind set it prints the right count and the ids it
got wrong, never the summaries' words: those sets are held out. A set whose key.yaml says
`development: true` is readable and tuned on; for it the script also prints the figure by
consistent/error and the key's wrong value beside each wrong verdict
(devdata/seed_summaries/README.md).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "devdata" / "seed_summaries"


def load_key(folder: Path) -> dict[str, Any]:
    key: dict[str, Any] = yaml.safe_load((folder / "key.yaml").read_text(encoding="utf-8"))
    return key


def score(folder: Path, factcheck: str, readable: bool = False) -> tuple[int, int, list[str]]:
    """Right verdicts, summaries checked, and a line per wrong verdict.

    `readable` (a development set) adds the key's wrong value to each line and a line with the
    figure by consistent/error; a blind set's lines name only ids and kinds."""
    items = {str(item["id"]): item for item in load_key(folder)["items"]}
    right, wrong = 0, []
    by_kind = {True: [0, 0], False: [0, 0]}  # consistent? -> [right, total]
    files = sorted(p for p in folder.glob("*.md") if p.stem in items)  # not the set's README.md
    for path in files:
        item = items[path.stem]
        want = 0 if item["consistent"] else 1
        got = subprocess.run([factcheck, "check", str(path)], cwd=ROOT, capture_output=True).returncode
        tally = by_kind[bool(item["consistent"])]
        tally[1] += 1
        if got == want:
            right += 1
            tally[0] += 1
        else:
            kind = "consistent" if item["consistent"] else f"error: {item.get('type')}"
            line = f"  {path.stem} ({kind}) want exit {want}, got {got}"
            if readable and not item["consistent"]:
                line += f" [wrong: {item.get('wrong')}]"
            wrong.append(line)
    if readable:
        wrong.insert(
            0,
            f"  consistent {by_kind[True][0]}/{by_kind[True][1]} right, "
            f"errors {by_kind[False][0]}/{by_kind[False][1]} caught",
        )
    return right, len(files), wrong


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--factcheck", default=shutil.which("factcheck"), help="the CLI to run")
    parser.add_argument("--set", dest="only", help="score only this set (a folder name)")
    args = parser.parse_args()
    if not args.factcheck:
        sys.exit("no factcheck on PATH: install the project or pass --factcheck")
    for folder in sorted(p for p in SETS.iterdir() if (p / "key.yaml").is_file()):
        if args.only and folder.name != args.only:
            continue
        readable = bool(load_key(folder).get("development"))
        right, total, wrong = score(folder, args.factcheck, readable)
        label = "development set" if readable else "blind set"
        print(f"{folder.name} ({label}): {right}/{total} right")
        if wrong:
            print("\n".join(wrong))


if __name__ == "__main__":
    main()
