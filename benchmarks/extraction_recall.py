"""Recall and precision of `factcheck extract` against the curated claims of the five seeds.

    python benchmarks/extraction_recall.py [--registry PATH] [--misses] [--strict]

Each seed is extracted with its registered publication date and the registry's entities and
subjects (never its claims). Claims are compared per family: number (quantity + duration), date,
quote and name (mention); relations are not extracted and not counted.

Match criterion: an extracted claim matches a curated claim of the same family from the same
source when their spans overlap (share at least one character). Recall is the share of curated
claims matched by some extracted claim; precision is the share of extracted claims that match
some curated claim. "values" is the share of matched curated claims that some overlapping
extracted claim also gives the same value: the same interval for numbers (durations in days),
the same start and end for dates, the same words for quotes, the same entity for names.
--misses lists every unmatched claim on both sides (and value disagreements); --strict exits 1
below the targets (recall 0.9, precision 0.8 per family).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a fresh clone without installing

from factcheck.extract import extract_text  # noqa: E402
from factcheck.extract.sources import load_registry_leniently  # noqa: E402
from factcheck.model import Claim  # noqa: E402

FAMILIES = {"quantity": "number", "duration": "number", "date": "date", "quote": "quote", "mention": "name"}
SEEDS = ("s000", "s001", "s002", "s003", "s004")
TARGET_RECALL, TARGET_PRECISION = 0.9, 0.8


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when [a0, a1) and [b0, b1) share a character."""
    return a[0] < b[1] and b[0] < a[1]


def main() -> int:
    """Print the table; return the exit code."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--registry", type=Path, default=ROOT)
    parser.add_argument("--misses", action="store_true", help="list unmatched claims")
    parser.add_argument("--strict", action="store_true", help="exit 1 below the targets")
    args = parser.parse_args()
    registry, problems = load_registry_leniently(args.registry)
    if problems:
        print(f"note: the registry has {len(problems)} problem(s); using what loads", file=sys.stderr)
    # per family: curated matched, curated, extracted matching, extracted, same value
    counts = {family: [0, 0, 0, 0, 0] for family in dict.fromkeys(FAMILIES.values())}
    misses: list[str] = []
    elapsed = 0.0
    for source_id in SEEDS:
        text = registry.texts.get(source_id)
        if text is None:
            print(f"note: seed {source_id} is not in the registry", file=sys.stderr)
            continue
        curated = [c for c in registry.claims if c.source == source_id and c.kind in FAMILIES and c.span]
        started = time.perf_counter()
        found = extract_text(
            text.text, published=registry.sources[source_id].published, registry=registry, source=source_id
        )
        elapsed += time.perf_counter() - started
        extracted = [c.claim for c in found if c.claim.kind in FAMILIES]  # places: not measured here
        _tally(source_id, curated, extracted, counts, misses)
    _print(counts, elapsed)
    if args.misses:
        print("\n".join(["", "unmatched:", *misses]))
    below = [family for family, row in counts.items() if not _on_target(row)]
    return 1 if args.strict and below else 0


def _on_target(row: list[int]) -> bool:
    """Recall and precision at or above the targets (a family with nothing to count passes)."""
    hit, curated, good, found = row[:4]
    return (not curated or hit / curated >= TARGET_RECALL) and (not found or good / found >= TARGET_PRECISION)


def _tally(
    source_id: str,
    curated: list[Claim],
    extracted: list[Claim],
    counts: dict[str, list[int]],
    misses: list[str],
) -> None:
    for claim in curated:
        family = FAMILIES[claim.kind]
        assert claim.span is not None
        near = [
            e for e in extracted if FAMILIES[e.kind] == family and e.span and overlaps(e.span, claim.span)
        ]
        counts[family][0] += bool(near)
        counts[family][1] += 1
        same = any(value_of(e) == value_of(claim) for e in near)
        counts[family][4] += same
        if not near:
            misses.append(f"  missed  {source_id} {family:6} {claim.span} {claim.text[:70]!r}")
        elif not same:
            misses.append(
                f"  value   {source_id} {family:6} {claim.span} {claim.text[:50]!r}: curated {value_of(claim)}, "
                f"extracted {' / '.join(str(value_of(e)) for e in near)}"
            )
    for claim in extracted:
        family = FAMILIES[claim.kind]
        assert claim.span is not None
        good = any(FAMILIES[c.kind] == family and c.span and overlaps(c.span, claim.span) for c in curated)
        counts[family][2] += good
        counts[family][3] += 1
        if not good:
            misses.append(f"  extra   {source_id} {family:6} {claim.span} {claim.text[:70]!r}")


def value_of(claim: Claim) -> object:
    """What a claim says, for comparing an extracted claim with a curated one."""
    if claim.kind == "quantity":
        return tuple(round(x, 2) for x in claim.interval())
    if claim.kind == "duration":
        return tuple(round(x, 1) for x in claim.interval_days())
    if claim.kind == "date":
        return (claim.start.isoformat(), claim.end.isoformat())
    if claim.kind == "quote":
        return claim.words
    if claim.kind == "mention":
        return claim.entity
    return None


def _print(counts: dict[str, list[int]], elapsed: float) -> None:
    print(f"{'family':8} {'curated':>8} {'found':>6} {'recall':>7} {'precision':>10} {'values':>7}")
    for family, (hit, curated, good, found, same) in counts.items():
        recall = f"{hit / curated:.2f}" if curated else "-"
        precision = f"{good / found:.2f}" if found else "-"
        values = f"{same / hit:.2f}" if hit else "-"
        print(f"{family:8} {curated:>8} {found:>6} {recall:>7} {precision:>10} {values:>7}")
    print(f"\nextraction time: {elapsed * 1000:.0f} ms for {len(SEEDS)} seeds")


if __name__ == "__main__":
    sys.exit(main())
