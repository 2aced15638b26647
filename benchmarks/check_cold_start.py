"""Cold start of `factcheck check`, as CI and pre-commit run it: one fresh process per run.

    python benchmarks/check_cold_start.py            # bundled registry + 10k and 100k synthetic
    python benchmarks/check_cold_start.py --quick    # bundled registry only, 5 runs
    python benchmarks/check_cold_start.py --quick --breakdown   # and where a check's CPU goes
    python benchmarks/check_cold_start.py --quick --before /tmp/old   # an older checkout against this one

Prints wall time and peak RSS (median of --runs fresh processes) of `factcheck check` on a
one-line file and on the example summary, with a warm registry cache (the steady state in CI,
where the cache folder is kept between runs or rebuilt once). `proselint check` (pip install
'.[bench]') runs on the same files in the same loop, paired run for run, and the ratio printed
is the median of the per-pair ratios, so load on this shared machine hits both sides alike.
The paired table also gives CPU time (user + system of the child process): on a shared machine
wall time swings with other jobs' load, CPU time much less.

factcheck's bytecode is compiled first (python -m compileall): pip compiles an installed
package's bytecode, and proselint's is, but an editable install run with
PYTHONDONTWRITEBYTECODE=1 (as on this project's machines) would compile every module from
source in every run, timing the compiler rather than factcheck. --no-compile measures that.

--breakdown adds what parts of a one-line check cost, as CPU medians of fresh processes run in
turn in one loop: the interpreter alone, importing click, importing the pydantic names the model
uses, importing factcheck.model (pydantic and the model's classes), importing every module of the
check path, the check with a JSON report, and the check itself (text report: tabulate and wcwidth
imported, tables drawn). The differences say what each layer adds.

--before DIR compares two versions in the same run: DIR is a checkout of the older commit
(`git worktree add --detach DIR <commit>`, or `git archive <commit> | tar -x -C DIR`), run from
this interpreter with PYTHONPATH=DIR against its own copy of the registry (DIR itself, so the two
versions never make each other's store stale). Each round runs proselint, the older version and
this one on the same file (the two in turn first), and the table gives both versions' CPU and
wall ratios to proselint, medians of the per-round ratios, and this version's CPU over the older
one's: one run, so the machine's load hits all three alike.

Every run's exit code is checked: a run that exits with anything but the expected codes stops
the benchmark (a timed error message is not a timed check).
"""

from __future__ import annotations

import argparse
import os
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
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(time.perf_counter() - t, usage.ru_maxrss, code, usage.ru_utime + usage.ru_stime)\n"
)
EXAMPLE = ROOT / "examples" / "consistent-summary.md"
OK_CODES = (0, 1)  # factcheck check and proselint: 0 clean, 1 findings; anything else is an error


def run_timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MiB) and CPU seconds of one fresh process; exit on an unexpected
    exit code."""
    out = subprocess.run(
        [sys.executable, "-c", WRAPPER, *cmd], capture_output=True, text=True, check=True, env=env
    )
    wall, peak, code, cpu = out.stdout.split()
    if int(code) not in OK_CODES:
        detail = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env).stderr.strip()
        sys.exit(f"benchmark stopped: {' '.join(cmd)} exited {code}: {detail[:500]}")
    return float(wall), int(peak) / 1024, float(cpu)


def measure(cmd: list[str], runs: int) -> tuple[float, float, float]:
    """Median wall seconds, peak RSS (MiB) and CPU seconds of `cmd`, each run in a fresh process."""
    results = [run_timed(cmd) for _ in range(runs)]
    median = statistics.median
    return (
        median(w for w, _, _ in results),
        median(r for _, r, _ in results),
        median(c for _, _, c in results),
    )


def paired(first: list[str], second: list[str], runs: int) -> tuple[float, float, float, float, float, float]:
    """Median walls and CPU times of two commands run alternately, and the medians of the
    per-pair wall and CPU ratios."""
    a_runs, b_runs = [], []
    for _ in range(runs):
        a_runs.append(run_timed(first))
        b_runs.append(run_timed(second))
    median = statistics.median
    return (
        median(a[0] for a in a_runs),
        median(b[0] for b in b_runs),
        median(a[0] / b[0] for a, b in zip(a_runs, b_runs, strict=True)),
        median(a[2] for a in a_runs),
        median(b[2] for b in b_runs),
        median(a[2] / b[2] for a, b in zip(a_runs, b_runs, strict=True)),
    )


# (label, Python code run with -c): each layer of a one-line check's start, cheapest first
LAYERS = (
    ("interpreter alone", "pass"),
    ("import click", "import click"),
    (
        "import pydantic's names the model uses",
        "import click\nfrom pydantic import BaseModel, Field, ConfigDict, TypeAdapter",
    ),
    ("import factcheck.model (pydantic + the model's classes)", "import click, factcheck.model"),
    (
        "import the check path's modules",
        "import factcheck.cli.check, factcheck.pipeline.run, factcheck.report.text",
    ),
)


def breakdown(one_line: Path, runs: int) -> list[tuple[str, float]]:
    """Median CPU seconds of each layer and of the one-line check, all run in turn `runs` times."""
    factcheck = str(Path(sys.executable).with_name("factcheck"))
    commands = [(label, [sys.executable, "-c", code]) for label, code in LAYERS]
    check = [factcheck, "check", "--registry", str(ROOT), "--fail-on", "critical", str(one_line)]
    # the JSON report imports neither tabulate nor wcwidth: the last step is what the text report
    # (tabulate, wcwidth, the tables) costs beyond the JSON one
    commands.append(
        ("factcheck check --format json, one-line file", [*check[:2], "--format", "json", *check[2:]])
    )
    commands.append(("factcheck check, one-line file (text report)", check))
    cpu: dict[str, list[float]] = {label: [] for label, _ in commands}
    for _ in range(runs):
        for label, cmd in commands:
            cpu[label].append(run_timed(cmd)[2])
    return [(label, statistics.median(times)) for label, times in cpu.items()]


def main() -> None:
    """Measure and print a table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--large-runs",
        type=int,
        default=None,
        help="runs per figure on the synthetic registries (default --runs)",
    )
    parser.add_argument(
        "--breakdown", action="store_true", help="also print what each layer of a one-line check costs (CPU)"
    )
    parser.add_argument("--no-compile", action="store_true", help="leave factcheck's bytecode uncompiled")
    parser.add_argument(
        "--before",
        type=Path,
        default=None,
        help="a checkout of an older commit: time it against this one, alternately with proselint",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=None,
        help="keep the synthetic registries in this folder and reuse them (and their stores) in a later "
        "run: generating and compiling 100k claims takes minutes; default: a new temporary folder",
    )
    args = parser.parse_args()
    if not args.no_compile:
        for tree in [ROOT, *([args.before] if args.before else [])]:
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "factcheck")], check=True)
        print("factcheck bytecode compiled (compileall), as an installed package's is")
    runs, sizes = (5, []) if args.quick else (args.runs, args.sizes)
    factcheck = str(Path(sys.executable).with_name("factcheck"))
    work = args.work or Path(tempfile.mkdtemp(prefix="factcheck-coldstart-"))
    work.mkdir(parents=True, exist_ok=True)
    one_line = work / "one-line.md"
    one_line.write_text("Putin met Emomali Rahmon in Dushanbe on Tuesday, June 28, 2022.\n")
    rows = []
    targets = [("bundled registry", ROOT)]
    for size in sizes:
        path = work / f"syn-{size}"
        if not (path / "claims").is_dir():
            synth.write(synth.generate(size, max(1, size // 20), seed=1), path)
        targets.append((f"synthetic registry ({size:,} claims)", path))
    for label, registry in targets:
        base = [factcheck, "check", "--registry", str(registry), "--fail-on", "critical"]
        subprocess.run([*base, str(one_line)], capture_output=True, check=False)  # warm the cache
        times = runs if registry == ROOT or args.large_runs is None else args.large_runs
        rows.append((f"factcheck check, one-line file, {label}", *measure([*base, str(one_line)], times)))
        rows.append((f"factcheck check, example summary, {label}", *measure([*base, str(EXAMPLE)], times)))
    rows.append(("factcheck --version (interpreter + CLI import)", *measure([factcheck, "--version"], runs)))
    print(f"runs per figure: {runs} (median), fresh process each; load average {_load()}")
    print("| command | wall | CPU | peak RSS |")
    print("|---|---:|---:|---:|")
    for label, wall, rss, cpu in rows:
        print(f"| {label} | {wall:.3f} s | {cpu:.3f} s | {rss:.0f} MiB |")
    proselint = shutil.which("proselint") or shutil.which("proselint", path=str(Path(sys.executable).parent))
    if not proselint:
        print("(proselint not installed: pip install '.[bench]' to compare in the same run)")
    elif args.before:
        compare(args.before.resolve(), factcheck, proselint, one_line, runs)
    else:
        print("\npaired with proselint 'check' on the same file, alternating runs (medians):")
        print(
            "| file | factcheck check | proselint check | wall ratio | CPU: factcheck | proselint | CPU ratio |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, ours, path in check_cases(ROOT, factcheck, one_line):
            wall, theirs, ratio, cpu, their_cpu, cpu_ratio = paired(
                ours, [proselint, "check", str(path)], runs
            )
            print(
                f"| {name} | {wall:.3f} s | {theirs:.3f} s | {ratio:.2f}× "
                f"| {cpu:.3f} s | {their_cpu:.3f} s | {cpu_ratio:.2f}× |"
            )
    if args.breakdown:
        print("\nwhere a one-line check's CPU goes (each layer includes the ones above it; medians):")
        print("| layer | CPU | adds |")
        print("|---|---:|---:|")
        previous = 0.0
        for label, cpu in breakdown(one_line, runs):
            print(f"| {label} | {cpu:.3f} s | {cpu - previous:+.3f} s |")
            previous = cpu
    print(f"load average at the end: {_load()}")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


def check_cases(tree: Path, factcheck: str, one_line: Path) -> list[tuple[str, list[str], Path]]:
    """(name, command, file) of the paired cases, the files and registry taken from `tree`."""
    base = [factcheck, "check", "--registry", str(tree), "--fail-on", "critical"]
    example = tree / "examples" / "consistent-summary.md"
    cases = [
        ("one-line file, bundled registry", [*base, str(one_line)], one_line),
        ("example summary, bundled registry", [*base, str(example)], example),
    ]
    story = tree / "devdata" / "stories" / "2014-ludian-earthquake"
    texts = [arg for text in sorted(story.glob("*.txt")) for arg in ("--source", str(text))]
    if texts:
        summary = story / "summaries" / "faithful.md"
        source_mode = [factcheck, "check", "--fail-on", "critical", *texts, str(summary)]
        cases.append((f"summary, --source ({len(texts) // 2} articles)", source_mode, summary))
    return cases


def compare(before: Path, factcheck: str, proselint: str, one_line: Path, runs: int) -> None:
    """Print the older checkout's and this version's ratios to proselint, measured in turn in
    one loop (see --before)."""
    older = dict(
        os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(before), os.environ.get("PYTHONPATH")]))
    )
    # -P: not the current folder first, as the console script does not put it there
    probe = [sys.executable, "-P", "-c", "import factcheck; print(factcheck.__file__)"]
    if not subprocess.run(probe, capture_output=True, text=True, env=older, check=True).stdout.startswith(
        str(before)
    ):
        sys.exit(f"--before {before}: PYTHONPATH does not make this interpreter import factcheck from it")
    ours, theirs = check_cases(ROOT, factcheck, one_line), check_cases(before, factcheck, one_line)
    for _, cmd, _ in theirs:
        subprocess.run(cmd, capture_output=True, check=False, env=older)  # its own store, warm
    print(
        f"\nbefore ({before}) and after (this checkout), alternating with proselint, {runs} rounds (medians):"
    )
    print(
        "| check | proselint CPU | before CPU | after CPU | CPU ratio before → after "
        "| wall ratio before → after | after ÷ before (CPU) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    median = statistics.median
    for (name, after_cmd, path), (_, before_cmd, _) in zip(ours, theirs, strict=True):
        times: dict[str, list[tuple[float, float, float]]] = {"p": [], "b": [], "a": []}
        for round_ in range(runs):
            times["p"].append(run_timed([proselint, "check", str(path)]))
            order = [("b", before_cmd, older), ("a", after_cmd, None)]
            for key, cmd, env in order if round_ % 2 == 0 else order[::-1]:
                times[key].append(run_timed(cmd, env))
        p, b, a = times["p"], times["b"], times["a"]

        print(
            f"| {name} | {median(x[2] for x in p):.3f} s | {median(x[2] for x in b):.3f} s "
            f"| {median(x[2] for x in a):.3f} s | {_ratio(b, p, 2):.2f}× → {_ratio(a, p, 2):.2f}× "
            f"| {_ratio(b, p, 0):.2f}× → {_ratio(a, p, 0):.2f}× "
            f"| {median(y[2] / x[2] for x, y in zip(b, a, strict=True)):.3f} |"
        )


def _ratio(
    runs: list[tuple[float, float, float]], proselint: list[tuple[float, float, float]], at: int
) -> float:
    """The median of the per-round ratios of field `at` (0 wall, 2 CPU) to proselint's."""
    return statistics.median(x[at] / y[at] for x, y in zip(runs, proselint, strict=True))


def _load() -> str:
    """The 1, 5 and 15 minute load averages (this machine is shared: they say how far to trust
    the wall times)."""
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
