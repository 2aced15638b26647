"""Where `review`'s memory goes: traced Python allocations held after each stage of the pipeline.

    python benchmarks/review_memory.py --claims 100000

Generates (once) a synthetic registry with benchmarks/synth.py, fills its store, then runs the
stages of factcheck.pipeline.run by hand under tracemalloc (which slows Python down several
times: the figures are memory, not time) and prints, per stage, the memory still held and the
allocation sites holding most of it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402

from factcheck.engine.runner import plan  # noqa: E402
from factcheck.engine.schedule import run_rules  # noqa: E402
from factcheck.grade import grade_matches  # noqa: E402
from factcheck.registry import load_registry  # noqa: E402
from factcheck.rules import load_rules  # noqa: E402

MIB = 1024 * 1024


def report(stage: str, before: tracemalloc.Snapshot, top: int) -> tracemalloc.Snapshot:
    """Print what the stage added, by allocation site, and return the new snapshot."""
    now = tracemalloc.take_snapshot()
    held = sum(s.size for s in now.statistics("filename"))
    print(f"\n== {stage}: {held / MIB:,.0f} MiB traced in total")
    for stat in now.compare_to(before, "lineno")[:top]:
        frame = stat.traceback[0]
        name = Path(frame.filename).name
        print(f"  {stat.size_diff / MIB:+8.1f} MiB  {stat.count_diff:+10,} blocks  {name}:{frame.lineno}")
    return now


def main() -> None:
    """Run the stages and print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--top", type=int, default=6)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "factcheck-bench")
    args = parser.parse_args()
    path = args.workdir / f"syn-{args.claims}-1"
    if not (path / "seeds" / "sources.yaml").is_file():
        synth.write(synth.generate(args.claims, max(1, args.claims // 20), seed=1), path)
    load_registry(path)  # fill the store: the traced run is a warm review
    rules = [item for item in load_rules(ROOT / "rules") if item.on_engine]
    tracemalloc.start()
    snap = tracemalloc.take_snapshot()
    registry = load_registry(path)
    snap = report(f"registry loaded ({len(registry.claims):,} claims)", snap, args.top)
    partitions = plan(registry, rules)
    snap = report(f"partitions planned ({len(partitions):,})", snap, args.top)
    result = run_rules(registry, rules, partitions, workers=1)
    del partitions
    snap = report(f"engine run ({len(result.matches):,} matches)", snap, args.top)
    findings = grade_matches(result.matches, registry, result.classes)
    snap = report(f"graded ({len(findings):,} findings)", snap, args.top)
    peak = tracemalloc.get_traced_memory()[1]
    print(f"\npeak traced: {peak / MIB:,.0f} MiB")


if __name__ == "__main__":
    main()
