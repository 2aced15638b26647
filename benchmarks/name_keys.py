"""How the name patterns' two ways of finding a text's names compare (extract/names.py,
`NameIndex.patterns_for`): the plain scan (every name substring-tested) and the key look-up (only
the names filed under the text's runs of up to `KEY_LETTERS` characters tested), by the number of
names and the text's length. `KEYED_FROM_NAMES` is where the key look-up starts to pay.

    python benchmarks/name_keys.py [--names 50,450,2000,10000,44000] [--lengths 200,1000,10000,50000]

Names are synthetic (one or two words of 2-4 syllables); the text is the example inconsistent
summary repeated. Prints CPU milliseconds (the patterns compiled included), the best of three runs.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from factcheck.extract import names as names_module
from factcheck.extract.names import NameIndex

ROOT = Path(__file__).resolve().parent.parent
SYLLABLES = ["ka", "lo", "mi", "ra", "ne", "to", "su", "vi", "de", "ba", "go", "ri", "an", "el"]


def synthetic_names(count: int) -> list[str]:
    rng = random.Random(1)
    made: set[str] = set()
    while len(made) < count:
        words = (
            "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
            for _ in range(rng.randint(1, 2))
        )
        made.add(" ".join(words))
    return sorted(made, key=len, reverse=True)


def best_ms(index: NameIndex, text: str, *, keyed: bool, runs: int) -> float:
    names_module.KEYED_FROM_NAMES = 0 if keyed else len(index.names) + 1
    best = float("inf")
    for _ in range(runs):
        names_module._compile_names.cache_clear()  # the patterns compiled each run, on both ways
        start = time.process_time()
        index.patterns_for(text)
        best = min(best, time.process_time() - start)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", default="50,450,2000,10000,44000")
    parser.add_argument("--lengths", default="200,1000,10000,50000")
    args = parser.parse_args()
    base = (ROOT / "examples" / "inconsistent-summary.md").read_text(encoding="utf-8")
    kept = names_module.KEYED_FROM_NAMES
    for count in (int(n) for n in args.names.split(",")):
        index = NameIndex(names=synthetic_names(count))
        index.name_keys()
        for length in (int(n) for n in args.lengths.split(",")):
            text = (base * (length // len(base) + 1))[:length]
            plain = best_ms(index, text, keyed=False, runs=3)
            keyed = best_ms(index, text, keyed=True, runs=3)
            print(
                f"{count:6d} names  {length:7d} chars  plain {plain:9.2f} ms  keyed {keyed:9.2f} ms  {plain / keyed:6.2f}x"
            )
    names_module.KEYED_FROM_NAMES = kept


if __name__ == "__main__":
    main()
