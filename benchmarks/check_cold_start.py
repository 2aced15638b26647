"""Cold start of `factcheck check`, as CI and pre-commit run it: one fresh process per run.

    python benchmarks/check_cold_start.py            # bundled registry + 10k and 100k synthetic
    python benchmarks/check_cold_start.py --quick    # bundled registry only, 5 runs

Prints wall time and peak RSS (median of --runs fresh processes) of `factcheck check` on a
one-line file and on the example summary, with a warm registry cache (the steady state in CI,
where the cache folder is kept between runs or rebuilt once), and proselint on the same
one-line file when proselint is installed, for comparison in the same run.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402

WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def measure(cmd: list[str], runs: int) -> tuple[float, float]:
    """Median wall seconds and median peak RSS (MiB) of `cmd`, each run in a fresh process."""
    walls, rss = [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", WRAPPER, *cmd], capture_output=True, text=True, check=True
        )
        wall, peak = out.stdout.split()
        walls.append(float(wall))
        rss.append(int(peak) / 1024)
    return statistics.median(walls), statistics.median(rss)


def main() -> None:
    """Measure and print a table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runs, sizes = (5, []) if args.quick else (args.runs, args.sizes)
    factcheck = str(Path(sys.executable).with_name("factcheck"))
    work = Path(tempfile.mkdtemp(prefix="factcheck-coldstart-"))
    one_line = work / "one-line.md"
    one_line.write_text("Putin met Emomali Rahmon in Dushanbe on Tuesday, June 28, 2022.\n")
    rows = []
    targets = [("bundled registry", ROOT)]
    for size in sizes:
        path = work / f"syn-{size}"
        synth.write(synth.generate(size, max(1, size // 20), seed=1), path)
        targets.append((f"synthetic registry ({size:,} claims)", path))
    for label, registry in targets:
        base = [factcheck, "check", "--registry", str(registry), "--fail-on", "critical"]
        subprocess.run([*base, str(one_line)], capture_output=True, check=False)  # warm the cache
        rows.append((f"factcheck check, one-line file, {label}", *measure([*base, str(one_line)], runs)))
        if registry == ROOT:
            example = str(ROOT / "examples" / "consistent-summary.md")
            rows.append((f"factcheck check, example summary, {label}", *measure([*base, example], runs)))
    rows.append(("factcheck --version (interpreter + CLI import)", *measure([factcheck, "--version"], runs)))
    proselint = shutil.which("proselint") or shutil.which("proselint", path=str(Path(sys.executable).parent))
    if proselint:
        rows.append(("proselint, one-line file", *measure([proselint, str(one_line)], runs)))
    print(f"runs per figure: {runs} (median), fresh process each")
    print("| command | wall | peak RSS |")
    print("|---|---:|---:|")
    for label, wall, rss in rows:
        print(f"| {label} | {wall:.3f} s | {rss:.0f} MiB |")
    if not proselint:
        print("(proselint not installed: pip install proselint to compare in the same run)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
