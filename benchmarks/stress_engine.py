"""Stress the durable-rules adapter: randomised registries through every rule, in many fresh
processes with varied heap layouts, counting crashes.

durable-rules 2.0.28's known overflow crashes depending on heap layout (the same binary crashed
0/50 in one virtualenv and 44/50 in another). Each child process therefore gets a different
environment size, argv length and faulthandler setting, runs a fresh random registry (all
claim kinds, duplicate subjects, colliding-looking keys) through all rules on the adapter, and
exits 0. A child killed by a signal is a crash.

    python benchmarks/stress_engine.py [--processes 100] [--claims 400] [--quick]
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import sys, tempfile
from pathlib import Path
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
import synth
from factcheck.engine.schedule import run_rules
from factcheck.registry import load_registry
from factcheck.rules import load_rules
seed, claims = int(sys.argv[1]), int(sys.argv[2])
with tempfile.TemporaryDirectory() as tmp:
    synth.write(synth.generate(claims, max(2, claims // 15), seed=seed, discrepancy=0.2), Path(tmp))
    registry = load_registry(Path(tmp))
    rules = load_rules(Path(tmp) / "rules")
    for _ in range(2):  # twice in one process: engines are created and freed
        result = run_rules(registry, rules)
        if result.errors:
            print("ENGINE ERRORS", result.errors[:3], file=sys.stderr)
            sys.exit(3)
print(len(result.matches))
"""


def run_child(seed: int, claims: int, rng: random.Random) -> tuple[int, str]:
    """Run one child with a randomised environment; return (exit code, stderr tail)."""
    env = dict(os.environ)
    env["FACTCHECK_STRESS_PAD"] = "x" * rng.randint(0, 4096)  # shifts the initial heap layout
    args = [sys.executable]
    if rng.random() < 0.5:
        args += ["-X", "faulthandler"]
    code = CHILD.format(root=str(ROOT), bench=str(ROOT / "benchmarks"))
    args += ["-c", code, str(seed), str(claims), "pad" * rng.randint(0, 64)]
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600, check=False)
    return proc.returncode, proc.stderr[-300:]


def main() -> None:
    """Run the stress test and print the crash count."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--processes", type=int, default=100)
    parser.add_argument("--claims", type=int, default=400)
    parser.add_argument("--seed", type=int, default=2022)
    parser.add_argument("--quick", action="store_true", help="10 processes (for CI)")
    args = parser.parse_args()
    processes = 10 if args.quick else args.processes
    rng = random.Random(args.seed)
    outcomes: collections.Counter[str] = collections.Counter()
    failures: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory():
        for index in range(processes):
            code, err = run_child(args.seed + index, args.claims, rng)
            if code == 0:
                outcomes["ok"] += 1
            elif code < 0:
                outcomes[f"killed by signal {-code}"] += 1
                failures.append(f"seed {args.seed + index}: signal {-code}: {err}")
            else:
                outcomes[f"exit {code}"] += 1
                failures.append(f"seed {args.seed + index}: exit {code}: {err}")
    elapsed = time.perf_counter() - started
    crashes = sum(n for k, n in outcomes.items() if k.startswith("killed"))
    print(f"processes: {processes}, claims per registry: ~{args.claims}, rules: all, runs per process: 2")
    print(f"outcomes: {dict(outcomes)}")
    print(f"crashes: {crashes}/{processes}")
    print(f"wall time: {elapsed:.1f} s")
    for failure in failures[:10]:
        print("  " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
