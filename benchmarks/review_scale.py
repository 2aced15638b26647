"""How `factcheck review` scales: wall time and peak memory by registry size, the engine against
a plain-Python floor doing the same comparisons, and the speed-up from a second worker.

    python benchmarks/review_scale.py              # 10k and 100k claims
    python benchmarks/review_scale.py --sizes 10000 100000 1000000
    python benchmarks/review_scale.py --quick      # 2k and 10k claims, for CI
    python benchmarks/review_scale.py --hot-subject 5000   # one subject quoted 5,000 times
    python benchmarks/review_scale.py --hot-subject 1000 --hot-figures 0   # every value distinct
    python benchmarks/review_scale.py --hot-compare --main-factcheck /path/to/main/venv/bin/factcheck
        # one subject of 200, 500, 1,000 and 5,000 distinct values: main against this checkout

Registries are generated once per size and seed under --workdir (default: a folder in /tmp)
with benchmarks/synth.py. Every figure is the median of --runs runs; all compared figures in a
row come from the same process run on the same registry. Partitioning counts on the engine's
side as grouping does on the floor's, and the script exits 1 when the two sides' match counts
differ (a faster floor that finds other matches proves nothing).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from itertools import combinations, permutations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402

from factcheck.engine.runner import claim_fact, partition_facts, prune  # noqa: E402
from factcheck.engine.schedule import run_rules  # noqa: E402
from factcheck.model import claim_keys  # noqa: E402
from factcheck.registry import Registry, load_registry  # noqa: E402
from factcheck.rules import LoadedRule, load_rules  # noqa: E402
from factcheck.rules.checks import CheckInput  # noqa: E402


def registry_for(size: int, seed: int, workdir: Path) -> Path:
    """A synthetic registry of about `size` claims, generated once."""
    path = workdir / f"syn-{size}-{seed}"
    if not (path / "seeds" / "sources.yaml").is_file():
        synth.write(synth.generate(size, max(1, size // 20), seed=seed), path)
    _refresh_rules(path / "rules")
    return path


def _refresh_rules(copy: Path) -> None:
    """Replace a kept registry's copy of the rules when the project's have changed since it was
    generated: a stale copy fails validation (or measures yesterday's rules)."""
    rules = ROOT / "rules"
    current = {p.relative_to(rules): p.read_bytes() for p in rules.rglob("*") if p.is_file()}
    kept = (
        {p.relative_to(copy): p.read_bytes() for p in copy.rglob("*") if p.is_file()} if copy.is_dir() else {}
    )
    if kept != current:
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(rules, copy)


def claims_in(path: Path) -> int:
    """How many claims the registry's compiled store holds (without loading the registry)."""
    from factcheck.registry.loader import open_store

    opened = open_store(path)
    if opened is None:
        sys.exit(f"no fresh compiled store in {path} after a review: cannot count its claims")
    try:
        return opened.claim_count()
    finally:
        opened.close()


def measure_cli(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(wall seconds, peak RSS MiB of the largest process, CPU seconds of every process: user +
    system, workers included) of one CLI run, in a fresh wrapper. CPU time is what a shared,
    loaded machine inflates least."""
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(time.perf_counter() - t, u.ru_maxrss, u.ru_utime + u.ru_stime)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    wall, rss, cpu = out.stdout.split()
    return float(wall), int(rss) / 1024, float(cpu)


def floor_matches(registry: Registry, rules: list[LoadedRule]) -> int:
    """The same comparisons in plain Python: group claims by kind and subject, call the same checks."""
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for claim in registry.claims:
        groups[(claim.kind, claim_keys(claim)[0])].append(claim)
    dates: dict[str, list[Any]] = defaultdict(list)
    for claim in registry.claims:
        if claim.kind == "date":
            dates[claim.event].append(claim)
    tiers = {sid: s.tier for sid, s in registry.sources.items()}
    found = 0
    for item in rules:
        spec, shape = item.spec, item.shape
        if spec is None or shape is None:
            continue  # a rule factcheck raises itself (FC9xx): nothing to match
        params = item.params
        kind = dict(shape.patterns[0].where).get("kind")
        for (claim_kind, _), claims in groups.items():
            if claim_kind == kind:
                found += _floor_rule(registry, item, claims, tiers, params, spec.function, dates)
    return found


def _floor_rule(registry, item, claims, tiers, params, function, dates) -> int:  # type: ignore[no-untyped-def]
    names = [p.name for p in item.shape.patterns]
    rule = item.rule
    found = 0
    if len(names) == 1:
        tests = item.shape.patterns[0].where
        for c in claims:
            fact = claim_fact(c, tiers[c.source], registry.links.get(c.id))
            if all(fact.get(k) == v for k, v in tests):
                found += function(CheckInput({"a": c}, {"a": tiers[c.source]}, params)) is not None
    elif names == ["a", "e"]:
        for c in claims:
            entity = registry.entities[c.entity]
            data = CheckInput({"a": c, "e": entity}, {"a": tiers[c.source], "e": tiers[c.source]}, params)
            found += function(data) is not None
    elif names == ["a", "b"]:
        pairs = combinations(claims, 2) if rule.unordered else permutations(claims, 2)
        for a, b in pairs:
            if rule.distinct_sources and a.source == b.source:
                continue
            data = CheckInput({"a": b, "b": a}, {"a": tiers[b.source], "b": tiers[a.source]}, params)
            found += function(data) is not None
    elif names == ["d", "from", "to"]:
        for d in claims:
            for f in dates[d.from_event]:
                for t in dates[d.to_event]:
                    tiers_in = {"d": tiers[d.source], "from": tiers[f.source], "to": tiers[t.source]}
                    found += function(CheckInput({"d": d, "from": f, "to": t}, tiers_in, params)) is not None
    return found


def engine_figures(registry: Registry, rules: list[LoadedRule], runs: int) -> dict[str, float]:
    """Engine (1 and 2 workers) and floor, in this process, on the same registry.

    Both sides start from the loaded registry: the engine's time includes partitioning and
    pruning (its way of finding related claims) just as the floor's includes its grouping."""
    one, two, floor, one_cpu, floor_cpu = [], [], [], [], []
    matches = floor_found = partitions = 0
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        groups = prune(partition_facts(registry), rules)
        result = run_rules(registry, rules, groups, workers=1)
        one.append(time.perf_counter() - t)
        one_cpu.append(time.process_time() - c)
        matches, partitions = len(result.matches), len(groups)
        t = time.perf_counter()
        run_rules(registry, rules, prune(partition_facts(registry), rules), workers=2)
        two.append(time.perf_counter() - t)
        t, c = time.perf_counter(), time.process_time()
        floor_found = floor_matches(registry, rules)
        floor.append(time.perf_counter() - t)
        floor_cpu.append(time.process_time() - c)
    return {
        "engine_1w": statistics.median(one),
        "engine_2w": statistics.median(two),
        "floor": statistics.median(floor),
        "engine_1w_cpu": statistics.median(one_cpu),
        "floor_cpu": statistics.median(floor_cpu),
        "matches": matches,
        "floor_matches": floor_found,
        "partitions": partitions,
    }


def hot_case(size: int, figures: int, runs: int, workdir: Path, factcheck: str) -> None:
    """Review of one subject with `size` conflicting counts: wall, peak RSS, findings, sides."""
    path = workdir / f"hot-{size}-{figures}"
    if not (path / "seeds" / "sources.yaml").is_file():
        synth.write(synth.hot_subject(size, max(2, size // 5), figures=figures), path)
    cmd = [factcheck, "review", "--registry", str(path), "--format", "json", "-q"]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=False)  # fill the cache
    timed = [measure_cli(cmd, dict(os.environ))[:2] for _ in range(runs)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    report = json.loads(out.stdout)
    findings = report["findings"]
    row = {
        "hot_subject_claims": size,
        "reported_figures": figures or "all distinct",
        "warm_s": statistics.median(w for w, _ in timed),
        "warm_rss_mib": statistics.median(r for _, r in timed),
        "findings": len(findings),
        "sides_named": sum(len(f["sides"]) for f in findings),
        "errors": len(report["errors"]),
    }
    print(json.dumps(row))


def timed_review(factcheck: str, path: Path, timeout: float) -> dict[str, Any] | None:
    """One warm `review --format json` of a registry (after a run that fills its store), in a
    fresh wrapper: wall, CPU (user + system of every process), peak RSS, and the findings'
    fingerprints; None when either run did not finish in `timeout` seconds."""
    cmd = [factcheck, "review", "--registry", str(path), "--format", "json", "-q"]
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "try:\n"
        "    out = subprocess.run(sys.argv[2:], capture_output=True, text=True, timeout=float(sys.argv[1]))\n"
        "except subprocess.TimeoutExpired:\n"
        "    sys.exit(3)\n"
        "wall = time.perf_counter() - t\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "sys.stderr.write(out.stdout)\n"
        "print(wall, u.ru_maxrss, u.ru_utime + u.ru_stime)\n"
    )
    done = None
    for _ in range(2):  # the first fills the store
        done = subprocess.run(
            [sys.executable, "-c", code, str(timeout), *cmd], capture_output=True, text=True, check=False
        )
        if done.returncode == 3:
            return None
        if done.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed: {done.stderr[-2000:]}")
    assert done is not None
    wall, rss, cpu = done.stdout.split()
    report = json.loads(done.stderr)
    return {
        "wall_s": float(wall),
        "cpu_s": float(cpu),
        "rss_mib": int(rss) / 1024,
        "findings": len(report["findings"]),
        "errors": len(report["errors"]),
        "fingerprints": sorted(f["fingerprint"] for f in report["findings"]),
    }


def hot_compare(sizes: list[int], main_factcheck: str | None, timeout: float, workdir: Path) -> None:
    """One subject of N distinct values (`--hot-figures 0`), main and this checkout in the same
    run on copies of the same registry: wall, CPU, peak RSS, findings and whether their
    fingerprints are the same."""
    branch = str(Path(sys.executable).with_name("factcheck"))
    print(f"load average at start: {os.getloadavg()[0]:.1f}; timeout {timeout:.0f} s per run")
    rows = []
    for size in sizes:
        path = workdir / f"hot-{size}-0"
        if not (path / "seeds" / "sources.yaml").is_file():
            synth.write(synth.hot_subject(size, max(2, size // 5), figures=0), path)
        row: dict[str, Any] = {"claims": size, "branch": timed_review(branch, path, timeout)}
        if main_factcheck:
            copy = workdir / f"hot-{size}-0-main"
            if not copy.is_dir():
                shutil.copytree(path, copy, ignore=shutil.ignore_patterns(".factcheck*"))
            row["main"] = timed_review(main_factcheck, copy, timeout)
        rows.append(row)
        print(
            json.dumps(
                {
                    k: ({**v, "fingerprints": len(v["fingerprints"])} if isinstance(v, dict) else v)
                    for k, v in row.items()
                }
            )
        )
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    print()
    print(
        "| claims (all distinct) | main: wall / CPU / peak RSS | branch: wall / CPU / peak RSS "
        "| findings main → branch | same fingerprints | CPU main ÷ branch |"
    )
    print("|---:|---|---|---|---|---:|")
    for row in rows:
        main, ours = row.get("main"), row["branch"]
        late = f"did not finish in {timeout:.0f} s"
        same = (
            "—"
            if main is None or ours is None
            else ("yes" if main["fingerprints"] == ours["fingerprints"] else "NO")
        )
        ratio = "—" if main is None or ours is None else f"{main['cpu_s'] / ours['cpu_s']:.1f}×"
        print(
            f"| {row['claims']:,} | {_cell(main, late) if 'main' in row else 'not run'} | {_cell(ours, late)} "
            f"| {_found(main)} → {_found(ours)} | {same} | {ratio} |"
        )
    if any(
        r.get("main") and r["branch"] and r["main"]["fingerprints"] != r["branch"]["fingerprints"]
        for r in rows
    ):
        sys.exit("main and this checkout report different findings")


def _cell(run: dict[str, Any] | None, late: str) -> str:
    return late if run is None else f"{run['wall_s']:.1f} s / {run['cpu_s']:.1f} s / {run['rss_mib']:.0f} MiB"


def _found(run: dict[str, Any] | None) -> str:
    return "—" if run is None else str(run["findings"])


def main() -> None:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "factcheck-bench")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--engine-max",
        type=int,
        default=200_000,
        help="measure engine against floor (in this process, whole registry loaded) up to this size",
    )
    parser.add_argument(
        "--hot-subject", type=int, default=0, help="only the one-subject case, this many claims"
    )
    parser.add_argument(
        "--hot-figures", type=int, default=40, help="distinct reported figures (0: all distinct)"
    )
    parser.add_argument(
        "--hot-compare",
        action="store_true",
        help="one subject of all-distinct values, main against this checkout",
    )
    parser.add_argument("--hot-sizes", type=int, nargs="+", default=[200, 500, 1_000, 5_000])
    parser.add_argument("--main-factcheck", help="main's factcheck executable (its own venv)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per review run (--hot-compare)")
    args = parser.parse_args()
    if args.hot_compare:
        args.workdir.mkdir(parents=True, exist_ok=True)
        hot_compare(args.hot_sizes, args.main_factcheck, args.timeout, args.workdir)
        return
    if args.hot_subject:
        args.workdir.mkdir(parents=True, exist_ok=True)
        factcheck = str(Path(sys.executable).with_name("factcheck"))
        hot_case(args.hot_subject, args.hot_figures, args.runs, args.workdir, factcheck)
        return
    sizes, runs = ([2_000, 10_000], 1) if args.quick else (args.sizes, args.runs)
    args.workdir.mkdir(parents=True, exist_ok=True)
    rules = load_rules(ROOT / "rules")
    factcheck = str(Path(sys.executable).with_name("factcheck"))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"runs per figure: {runs} (median); load average at start: {os.getloadavg()[0]:.1f}")
    rows = []
    for size in sizes:
        path = registry_for(size, args.seed, args.workdir)
        cmd = [factcheck, "review", "--registry", str(path), "--format", "json", "-q"]
        cold_env = {**os.environ, "FACTCHECK_NO_CACHE": "1"}
        cold = [measure_cli(cmd, cold_env) for _ in range(runs)]
        subprocess.run(cmd, env=dict(os.environ), stdout=subprocess.DEVNULL, check=True)  # fill the cache
        warm = [measure_cli(cmd, dict(os.environ)) for _ in range(runs)]
        row = {
            "claims": claims_in(path),
            "cold_s": statistics.median(w for w, _, _ in cold),
            "cold_rss_mib": statistics.median(r for _, r, _ in cold),
            "warm_s": statistics.median(w for w, _, _ in warm),
            "warm_cpu_s": statistics.median(c for _, _, c in warm),
            "warm_rss_mib": statistics.median(r for _, r, _ in warm),
        }
        row["warm_us_per_claim"] = row["warm_s"] / row["claims"] * 1e6
        row["warm_kib_per_claim"] = row["warm_rss_mib"] * 1024 / row["claims"]
        if size <= args.engine_max:
            t = time.perf_counter()
            registry = load_registry(path)
            row["cached_load_s"] = time.perf_counter() - t
            row.update(engine_figures(registry, rules, runs))
            del registry
        rows.append(row)
        print(json.dumps(row))
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    print()
    print(
        "| claims | review cold (no cache) | review warm (store) | warm CPU (all processes) "
        "| peak RSS warm | warm per claim | CPU per claim | peak RSS per claim |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['claims']:,} | {r['cold_s']:.1f} s | {r['warm_s']:.1f} s | {r['warm_cpu_s']:.1f} s "
            f"| {r['warm_rss_mib']:.0f} MiB | {r['warm_us_per_claim']:.0f} µs "
            f"| {r['warm_cpu_s'] / r['claims'] * 1e6:.0f} µs | {r['warm_kib_per_claim']:.2f} KiB |"
        )
    print()
    print(
        "| claims | whole registry load | engine 1 worker | engine 2 workers | speed-up | plain-Python floor "
        "| engine / floor | engine / floor (CPU) | matches (engine = floor) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        if "engine_1w" not in r:
            continue
        print(
            f"| {r['claims']:,} | {r['cached_load_s']:.1f} s | {r['engine_1w']:.2f} s | {r['engine_2w']:.2f} s "
            f"| {r['engine_1w'] / r['engine_2w']:.2f}× | {r['floor']:.2f} s | {r['engine_1w'] / r['floor']:.1f}× "
            f"| {r['engine_1w_cpu'] / r['floor_cpu']:.1f}× "
            f"| {r['matches']:,} {'=' if r['matches'] == r['floor_matches'] else '≠'} {r['floor_matches']:,} |"
        )
    unequal = [r["claims"] for r in rows if "engine_1w" in r and r["matches"] != r["floor_matches"]]
    if unequal:
        sys.exit(f"engine and floor found different match counts at {unequal} claims: the comparison is void")


if __name__ == "__main__":
    main()
