"""Extraction + automatic linking time per 1,000 words, and warm `review` time, on real stories.

    python benchmarks/frames_speed.py /work/main/devdata/stories [--split tune]

For each story folder (story.yaml + outlet texts): every text is extracted (numbers, dates,
names, quotes, and their automatic frames) in process and timed; then a registry is built with
the real CLI (init, sources add, extract --write) and `factcheck review` is timed twice, the
second run warm (registry cache built). Prints one row per story and the totals.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from factcheck.extract import extract_text
from factcheck.registry.scaffold import parse_published

FACTCHECK = [sys.executable, "-m", "factcheck"]


def extraction_ms_per_kwords(story: Path, sources: list[dict[str, str]]) -> tuple[int, float]:
    """(words, milliseconds per 1,000 words) for extracting and framing every text."""
    words, elapsed = 0, 0.0
    for source in sources:
        text = (story / source["file"]).read_text(encoding="utf-8")
        published = parse_published(str(source["published"]))
        words += len(text.split())
        start = time.perf_counter()
        extract_text(text, published=published, source="bench")
        elapsed += time.perf_counter() - start
    return words, 1000 * elapsed / max(words, 1) * 1000


def review_seconds(story: Path, sources: list[dict[str, str]]) -> float:
    """Warm `factcheck review` time of a registry built from the story with no hand edits."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "story"
        subprocess.run([*FACTCHECK, "init", str(root)], check=True, capture_output=True)
        for source in sources:
            subprocess.run(
                [
                    *FACTCHECK,
                    "sources",
                    "add",
                    str(story / source["file"]),
                    "--published",
                    str(source["published"]),
                ],
                check=True,
                capture_output=True,
                cwd=root,
            )
        for text in sorted((root / "seeds").glob("*.txt")):
            out = root / "claims" / f"{text.stem}.yaml"
            subprocess.run(
                [*FACTCHECK, "extract", str(text), "--write", str(out)],
                check=True,
                capture_output=True,
                cwd=root,
            )
        review = [*FACTCHECK, "review", "--format", "json", "-q"]
        subprocess.run(review, capture_output=True, cwd=root)  # cold: builds the cache
        start = time.perf_counter()
        subprocess.run(review, capture_output=True, cwd=root)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("stories", type=Path)
    parser.add_argument("--split", choices=["tune", "test", "all"], default="tune")
    args = parser.parse_args()
    print(f"{'story':40} {'src':>3} {'words':>6} {'ms/1k words':>12} {'review warm s':>14}")
    total_words, total_ms = 0, 0.0
    for story in sorted(p for p in args.stories.iterdir() if (p / "story.yaml").is_file()):
        meta = yaml.safe_load((story / "story.yaml").read_text(encoding="utf-8"))
        if args.split != "all" and meta.get("split") != args.split:
            continue
        words, per_k = extraction_ms_per_kwords(story, meta["sources"])
        warm = review_seconds(story, meta["sources"])
        total_words, total_ms = total_words + words, total_ms + per_k * words / 1000
        print(f"{story.name:40} {len(meta['sources']):>3} {words:>6} {per_k:>12.1f} {warm:>14.2f}")
    print(f"{'TOTAL':40} {'':>3} {total_words:>6} {1000 * total_ms / max(total_words, 1):>12.1f}")


if __name__ == "__main__":
    main()
