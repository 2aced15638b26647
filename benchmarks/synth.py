"""Synthetic registries: N sources, M claims, a realistic mix of kinds and subject sizes.

Deterministic by seed. Most subjects get one or two claims and a long tail gets dozens
(a Zipf-like draw); a tunable share of claims carry an injected discrepancy (a count ten times
off, a date moved, altered quoted words, a reversed relation, a misspelt name).

    python benchmarks/synth.py OUT_DIR --claims 10000 --sources 500 --seed 1

writes a registry in the on-disk format (seeds/sources.yaml, seeds/*.txt, claims/*.yaml, and a
copy of the project's rules/) that `factcheck review --registry OUT_DIR` reads.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KIND_MIX = (
    ("quantity", 0.25),
    ("date", 0.25),
    ("mention", 0.25),
    ("quote", 0.10),
    ("relation", 0.08),
    ("duration", 0.07),
)
SYLLABLES = ("ka", "ro", "mi", "tan", "vel", "dor", "sha", "lin", "bek", "zar", "nov", "ul", "pe", "gri")
WORDS = (
    "friendship",
    "limits",
    "partnership",
    "cooperation",
    "security",
    "trade",
    "peace",
    "future",
    "strategic",
    "responsibility",
    "stability",
    "region",
    "common",
    "without",
    "new",
    "era",
)


@dataclass
class Synth:
    """A generated registry held in memory as plain dicts (the YAML shapes)."""

    sources: list[dict[str, Any]] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    claims: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    subjects: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)


def _subject_sizes(rng: random.Random, total: int) -> list[int]:
    """Claims per subject: mostly 1-2, a long tail of dozens."""
    sizes: list[int] = []
    count = 0
    while count < total:
        size = max(1, min(int(rng.paretovariate(1.6)), 60))
        sizes.append(size)
        count += size
    sizes[-1] -= count - total
    return [s for s in sizes if s > 0]


def _name(rng: random.Random, parts: int = 2) -> str:
    return " ".join(
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(parts)
    )


def _misspell(rng: random.Random, name: str) -> str:
    i = rng.randrange(1, len(name) - 1)
    return name[:i] + ("x" if name[i] != "x" else "z") + name[i + 1 :]


def generate(claims: int, sources: int, seed: int = 1, discrepancy: float = 0.05) -> Synth:
    """A registry of about `claims` claims over `sources` sources."""
    rng = random.Random(seed)
    out = Synth()
    base = dt.date(2022, 1, 1)
    pending: dict[str, list[str]] = {f"syn{i:05d}": [] for i in range(sources)}
    out.claims = {sid: [] for sid in pending}
    kinds = [k for k, _ in KIND_MIX]
    weights = [w for _, w in KIND_MIX]
    serial = 0
    source_ids = list(pending)
    for index, size in enumerate(_subject_sizes(rng, claims)):
        kind = rng.choices(kinds, weights)[0]
        truth = _truth(rng, kind, index, base, out)
        for position in range(size + (2 if kind == "duration" else 0)):
            source = rng.choice(source_ids)
            wrong = rng.random() < discrepancy
            claim, text = _claim(rng, kind, truth, wrong, position)
            claim["id"] = f"{source}.c{serial}"
            serial += 1
            claim["_text"] = text
            out.claims[source].append(claim)
    _write_texts(out, base)
    return out


def _write_texts(out: Synth, base: dt.date) -> None:
    """Each source's text: one sentence per claim; spans and the manifest entry."""
    for source in out.claims:
        body, cursor = [], 0
        for claim in out.claims[source]:
            sentence = f"It was reported that {claim['_text']} according to officials. "
            start = cursor + len("It was reported that ")
            claim["text"] = claim.pop("_text")
            claim["span"] = [start, start + len(claim["text"])]
            body.append(sentence)
            cursor += len(sentence)
        out.texts[source] = "".join(body)
        out.sources.append(
            {
                "id": source,
                "file": f"{source}.txt",
                "tier": "news",
                "language": "en",
                "published": {"date": base + dt.timedelta(days=400), "precision": "day"},
            }
        )


def hot_subject(claims: int, sources: int, seed: int = 1, figures: int = 40) -> Synth:
    """One subject quoted by every source: a toll that rises through `figures` reported values
    (each about 8 % above the last), some written with "about" or "more than", 5 % of them ten
    times off; `figures` = 0 gives every claim a value of its own (the worst case)."""
    rng = random.Random(seed)
    out = Synth()
    base = dt.date(2022, 1, 1)
    out.subjects.append({"id": "syn.toll", "kind": "quantity", "description": "death toll", "unit": "deaths"})
    tolls = [round(40 * 1.08**i) for i in range(figures)]
    source_ids = [f"syn{i:05d}" for i in range(sources)]
    out.claims = {sid: [] for sid in source_ids}
    for serial in range(claims):
        source = source_ids[serial % sources]
        value = rng.choice(tolls) if tolls else 40 + serial
        value *= 10 if rng.random() < 0.05 else 1
        approx = rng.choice((None, None, "about", "more than")) if tolls else None
        claim: dict[str, Any] = {"kind": "quantity", "subject": "syn.toll", "unit": "deaths", "value": value}
        if approx:
            claim["approx"] = approx
        claim["id"] = f"{source}.c{serial}"
        claim["_text"] = f"{approx + ' ' if approx else ''}{value:,} dead"
        out.claims[source].append(claim)
    _write_texts(out, base)
    return out


def _truth(rng: random.Random, kind: str, index: int, base: dt.date, out: Synth) -> dict[str, Any]:
    sid = f"syn.s{index}"
    if kind == "quantity":
        out.subjects.append(
            {"id": sid, "kind": "quantity", "description": "synthetic count", "unit": "people"}
        )
        return {"subject": sid, "value": rng.randint(10, 100_000)}
    if kind in ("date", "duration"):
        start, end = f"{sid}.from", f"{sid}.to"
        for event in (start, end):
            out.subjects.append({"id": event, "kind": "event", "description": "synthetic event"})
        if kind == "duration":
            out.subjects.append(
                {"id": sid, "kind": "quantity", "description": "synthetic duration", "unit": "days"}
            )
        day = base + dt.timedelta(days=rng.randint(0, 300))
        return {"subject": sid, "from": start, "to": end, "day": day, "days": rng.randint(5, 90)}
    if kind == "quote":
        out.subjects.append({"id": sid, "kind": "statement", "description": "synthetic statement"})
        return {"subject": sid, "words": " ".join(rng.sample(WORDS, rng.randint(2, 5)))}
    if kind == "relation":
        out.subjects.append({"id": sid, "kind": "relation", "description": "synthetic relation"})
        return {"subject": sid, "from": f"c{rng.randint(0, 99)}", "to": f"c{rng.randint(100, 199)}"}
    canonical, transliteration = _name(rng), _name(rng)
    entity: dict[str, Any] = {
        "id": f"syn.p{index}",
        "kind": "person",
        "canonical": canonical,
        "transliterations": [transliteration],
    }
    out.entities.append(entity)
    return {"entity": entity["id"], "name": canonical, "alias": transliteration}


def _claim(
    rng: random.Random, kind: str, truth: dict[str, Any], wrong: bool, position: int
) -> tuple[dict[str, Any], str]:
    if kind == "duration" and position < 2:
        # a duration subject first gets a dated claim for each of its two events
        day = truth["day"] + dt.timedelta(days=truth["days"] * position)
        event = truth["from"] if position == 0 else truth["to"]
        return (
            {"kind": "date", "event": event, "date": day, "precision": "day"},
            f"on {day:%B} {day.day}, {day.year}",
        )
    if kind == "quantity":
        value = truth["value"] * (10 if wrong else 1)
        return (
            {"kind": "quantity", "subject": truth["subject"], "unit": "people", "value": value},
            f"{value:,} people",
        )
    if kind == "date":
        day = truth["day"] + dt.timedelta(days=rng.randint(20, 60) if wrong else 0)
        return (
            {"kind": "date", "event": truth["from"], "date": day, "precision": "day"},
            f"on {day:%B} {day.day}, {day.year}",
        )
    if kind == "duration":
        days = truth["days"] * (3 if wrong else 1)
        # the duration's dates come from date claims of the same events elsewhere
        return (
            {
                "kind": "duration",
                "subject": truth["subject"],
                "from_event": truth["from"],
                "to_event": truth["to"],
                "unit": "days",
                "value": days,
            },
            f"{days} days later",
        )
    if kind == "quote":
        words = truth["words"] if not wrong else " ".join(reversed(truth["words"].split()))
        return ({"kind": "quote", "describes": truth["subject"], "words": words}, f"“{words}”")
    if kind == "relation":
        a, b = (truth["to"], truth["from"]) if wrong else (truth["from"], truth["to"])
        return (
            {
                "kind": "relation",
                "relation": truth["subject"],
                "predicate": "ban",
                "item": "gold",
                "from": a,
                "to": b,
            },
            f"a ban on gold from {a} to {b}",
        )
    roll = rng.random()
    name = _misspell(rng, truth["name"]) if wrong else (truth["alias"] if roll < 0.2 else truth["name"])
    return ({"kind": "mention", "entity": truth["entity"]}, name)


def write(synth: Synth, out: Path, rules: Path = ROOT / "rules") -> None:
    """Write the registry to `out` in the on-disk format, with a copy of `rules`."""
    (out / "seeds").mkdir(parents=True, exist_ok=True)
    (out / "claims").mkdir(parents=True, exist_ok=True)
    for source, text in synth.texts.items():
        (out / "seeds" / f"{source}.txt").write_text(text, encoding="utf-8")
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

    def dump(data: object) -> str:
        return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True)

    (out / "seeds" / "sources.yaml").write_text(dump({"sources": synth.sources}))
    (out / "claims" / "_subjects.yaml").write_text(
        dump({"subjects": synth.subjects, "entities": synth.entities})
    )
    for source, claims in synth.claims.items():
        if claims:
            (out / "claims" / f"{source}.yaml").write_text(dump({"source": source, "claims": claims}))
    if rules.is_dir():
        shutil.rmtree(out / "rules", ignore_errors=True)
        shutil.copytree(rules, out / "rules")


def main() -> None:
    """Command line: generate and write one registry."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--sources", type=int, default=0, help="default: claims / 20")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--discrepancy", type=float, default=0.05)
    args = parser.parse_args()
    synth = generate(args.claims, args.sources or max(1, args.claims // 20), args.seed, args.discrepancy)
    write(synth, args.out)
    print(
        f"wrote {sum(len(c) for c in synth.claims.values())} claims, {len(synth.sources)} sources to {args.out}"
    )


if __name__ == "__main__":
    main()
