"""Labelled development records for `factcheck check --source`, from QAGS and Falke et al. 2019.

    python benchmarks/devdata_qags.py                 # record counts per dataset, split, label, type
    python benchmarks/devdata_qags.py --data DIR      # the data folder (default ../shared/devdata/qags)
    python benchmarks/devdata_qags.py --refresh       # rebuild the cache

The data is read from the shared folder at run time and never copied into the project; the
converted records are cached in ~/.cache/factcheck-devdata/ (or $XDG_CACHE_HOME), outside git.

Datasets (one `Record` per summary or summary sentence):

- qags-cnndm, qags-xsum: QAGS (Wang et al. 2020) model summaries, three crowd judgements per
  sentence. A sentence is consistent when most workers said yes; a summary is inconsistent when
  any of its sentences is.
- qags-cnndm-sent: each sentence of a multi-sentence CNN/DM summary on its own, with its majority
  label (XSum summaries are one sentence, so their sentence records would repeat qags-xsum).
- falke-org, falke-org-sent: Falke et al. 2019 test summaries (three systems) with summary and
  sentence labels ("Unclear" sentences skipped). The data ships no articles (only hashed
  CNN/DM ids), so a summary is kept only when its article can be found among the QAGS CNN/DM
  articles: at least two of its sentences of six or more words occur verbatim in exactly one of
  them. Most articles cannot be joined and are skipped.
- falke-pairs: Falke's validation triples: one article sentence, a correct and an incorrect
  summary sentence derived from it. The article sentence is the source text.

Error types (a transparent heuristic, `value_types`): for an inconsistent record, the kinds of
value in the summary that the article does not contain (number, date, name, quote), or "other"
when every value is found; for a consistent record, the kinds of value it contains, so per-type
false-alarm rates can be computed. Records are split by a hash of the article into dev (70 %)
and test (30 %); tune on dev only.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "devdata" / "qags"
HEURISTIC_VERSION = 4  # bump when the conversion or the heuristics change: invalidates the cache
DEV_SHARE = 70  # percent of articles in dev
TYPES = ("number", "date", "name", "quote", "other")
# a word in at least this share of the corpus articles is a common word, not a name
COMMON_DOC_SHARE = 0.01

NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        (
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        )
    )
}
NUMBER_WORDS.update(
    {
        w: 10 * (i + 3)
        for i, w in enumerate(("thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))
    }
)
NUMBER_WORDS.update({"dozen": 12, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9})
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
DIGITS = re.compile(r"\d+(?:\.\d+)?")
GROUPED = re.compile(r"(?<=\d), ?(?=\d{3}(?!\d))")  # "56,000", and "56, 000" as the data tokenises it
SUFFIXES = ("ing", "ed", "es", "s", "er", "ers", "ly")
YEAR = re.compile(r"(?<![\d.,])(?:1[89]\d\d|20\d\d)(?![\d.,]\d)")
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
CAPITALISED = re.compile(r"(?<=[\w,;:] )[A-Z][a-z]+")  # not the first word of a sentence
MAY_DATE = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)? may|may \d{1,2})\b")  # "may" the month
QUOTES = (
    re.compile(r"“([^”]+)”"),
    re.compile(r'"([^"]+)"'),
    re.compile(r"`\s*(.+?)\s*'(?!\w)"),  # CNN/DM tokenisation: ` words '
)


@dataclass(frozen=True)
class Record:
    """One summary (or summary sentence) with its article and crowd label."""

    id: str
    dataset: str
    article: str
    summary: str
    label: str  # consistent | inconsistent
    types: frozenset[str]
    split: str  # dev | test


@dataclass(frozen=True)
class Raw:
    """A labelled summary before the heuristics: what each dataset reader yields."""

    id: str
    dataset: str
    article: str
    summary: str
    consistent: bool
    split_key: str


# --- value extraction ------------------------------------------------------------------


def normalise(text: str) -> str:
    """Lower case, every run of non-alphanumerics a single space (for substring tests)."""
    return " " + re.sub(r"[^a-z0-9]+", " ", text.lower()).strip() + " "


def plain_numbers(text: str) -> str:
    """`text` lower-cased with thousands separators removed ("56, 000" is 56000)."""
    return GROUPED.sub("", text.lower())


def numbers(text: str) -> set[str]:
    """Values of the numbers in `text` (digits without commas, number words), years left out."""
    plain = plain_numbers(text)
    found = {str(float(d)) for d in DIGITS.findall(YEAR.sub(" ", plain))}
    found |= {str(float(NUMBER_WORDS[w])) for w in WORD.findall(plain) if w in NUMBER_WORDS}
    return found


def dates(text: str) -> set[str]:
    """Weekdays, month names and years in `text` ("may" only next to a day number)."""
    lower = text.lower()
    words = set(WORD.findall(lower))
    found = {w for w in words if w in WEEKDAYS or w in MONTHS}
    if MAY_DATE.search(lower):
        found.add("may")
    return found | set(YEAR.findall(lower))


def quotes(text: str) -> set[str]:
    """Normalised text inside quotation marks."""
    return {normalise(m).strip() for pattern in QUOTES for m in pattern.findall(text)} - {""}


def names(text: str, common: frozenset[str]) -> set[str]:
    """Likely name words: capitalised inside a sentence, or (the data is lower-cased) rare words.

    A rare word is an alphabetic word of three or more letters that is not common (it occurs in
    fewer than COMMON_DOC_SHARE of the corpus articles) nor a common word plus an inflection.
    Without case this also takes in rare ordinary words ("topographic"): a rough proxy.
    """
    found = {w.lower() for w in CAPITALISED.findall(text)}
    rare = {
        w for w in WORD.findall(text.lower()) if len(w) >= 3 and "'" not in w and not inflected(w, common)
    }
    return found | (rare - common - set(NUMBER_WORDS) - set(WEEKDAYS) - set(MONTHS))


def inflected(word: str, common: frozenset[str]) -> bool:
    """True when `word` is a common word plus an inflection ("meets", "knocked")."""
    return any(
        word.endswith(s) and (word[: -len(s)] in common or word[: -len(s)] + "e" in common) for s in SUFFIXES
    )


def value_types(summary: str, article: str, consistent: bool, common: frozenset[str]) -> frozenset[str]:
    """The record's types: unsupported value kinds if inconsistent (else "other"), else kinds present."""
    words = set(WORD.findall(article.lower()))
    values = {
        "number": (numbers(summary), numbers(article)),
        "date": (dates(summary), dates(article)),
        "name": (names(summary, common), words),
    }
    if consistent:
        present = {kind for kind, (mine, _) in values.items() if mine}
        return frozenset(present | ({"quote"} if quotes(summary) else set()))
    unsupported = {kind for kind, (mine, theirs) in values.items() if mine - theirs}
    source = normalise(article)
    if any(f" {q} " not in source for q in quotes(summary)):
        unsupported.add("quote")
    return frozenset(unsupported or {"other"})


def common_words(articles: Iterable[str]) -> frozenset[str]:
    """Words found in at least COMMON_DOC_SHARE of the articles (at least two articles)."""
    counts: collections.Counter[str] = collections.Counter()
    total = 0
    for article in set(articles):
        counts.update(set(WORD.findall(article.lower())))
        total += 1
    floor = max(2, int(total * COMMON_DOC_SHARE))
    return frozenset(w for w, n in counts.items() if n >= floor)


# --- dataset readers -------------------------------------------------------------------


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSON-lines file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def majority_yes(responses: list[dict[str, str]]) -> bool:
    """True when more workers judged the sentence consistent than not."""
    yes = sum(r["response"].strip().lower() == "yes" for r in responses)
    return yes > len(responses) - yes


def qags(path: Path, name: str) -> Iterator[Raw]:
    """QAGS summaries (any majority-no sentence: inconsistent), then multi-sentence ones split."""
    for index, item in enumerate(read_jsonl(path)):
        article = item["article"]
        sentences = [(s["sentence"], majority_yes(s["responses"])) for s in item["summary_sentences"]]
        summary = " ".join(text for text, _ in sentences)
        yield Raw(f"{name}:{index}", name, article, summary, all(ok for _, ok in sentences), article)
        if len(sentences) > 1:
            for number, (text, ok) in enumerate(sentences):
                yield Raw(f"{name}-sent:{index}.{number}", f"{name}-sent", article, text, ok, article)


def join_article(sentences: list[str], articles: list[str]) -> int | None:
    """The one article holding at least two of the sentences (six words or more) verbatim."""
    long = [normalise(s) for s in sentences if len(s.split()) >= 6]
    hits = collections.Counter(i for s in long for i, a in enumerate(articles) if s in a)
    found = [i for i, n in hits.items() if n >= 2]
    return found[0] if len(found) == 1 else None


def falke_org(folder: Path, qags_articles: list[str]) -> Iterator[Raw]:
    """Falke test summaries whose article joins a QAGS CNN/DM article, and their sentences."""
    normalised = [normalise(a) for a in qags_articles]
    for path in sorted(folder.glob("test_*_org.json")):
        system = path.stem.removeprefix("test_").removesuffix("_org")
        for article_id, item in json.loads(path.read_text(encoding="utf-8")).items():
            sents = [item["sents"][k] for k in sorted(item["sents"], key=int)]
            joined = join_article([s["text"] for s in sents], normalised)
            if joined is None or item["label"] not in ("Correct", "Incorrect"):
                continue
            article = qags_articles[joined]
            key = f"{system}:{article_id[:10]}"
            summary = " ".join(s["text"] for s in sents)
            yield Raw(f"falke-org:{key}", "falke-org", article, summary, item["label"] == "Correct", article)
            for number, sent in enumerate(sents):
                if sent["label"] in ("Correct", "Incorrect"):
                    ok = sent["label"] == "Correct"
                    yield Raw(
                        f"falke-org-sent:{key}.{number}", "falke-org-sent", article, sent["text"], ok, article
                    )


def falke_pairs(path: Path) -> Iterator[Raw]:
    """Falke validation triples: each distinct (article sentence, summary sentence) once.

    A summary sentence given as correct in one triple and incorrect in another is dropped.
    """
    labels: dict[tuple[str, str], set[bool]] = {}
    ids: dict[tuple[str, str], tuple[str, str]] = {}
    for item in json.loads(path.read_text(encoding="utf-8")):
        for side, ok in (("correct", True), ("incorrect", False)):
            key = (item["article_sent"], item[f"{side}_sent"])
            labels.setdefault(key, set()).add(ok)
            ids.setdefault(key, (item["article_id"], item[f"{side}_sent_id"]))
    for (article, summary), oks in labels.items():
        if len(oks) == 1:
            article_id, sent_id = ids[(article, summary)]
            record_id = f"falke-pairs:{article_id[:10]}:{sent_id}"
            yield Raw(record_id, "falke-pairs", article, summary, oks.pop(), article_id)


def raw_records(data: Path) -> list[Raw]:
    """Every labelled summary of every dataset in the data folder."""
    cnndm = read_jsonl(data / "mturk_cnndm.jsonl")
    raws = [*qags(data / "mturk_cnndm.jsonl", "qags-cnndm"), *qags(data / "mturk_xsum.jsonl", "qags-xsum")]
    falke = data / "falke-correctness"
    raws += falke_org(falke, [item["article"] for item in cnndm])
    raws += falke_pairs(falke / "val_sentence_pairs.json")
    return raws


# --- split, cache, load ----------------------------------------------------------------


def split_of(key: str) -> str:
    """dev or test, from a hash of the article (or its id): every record of an article together."""
    bucket = int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "dev" if bucket < DEV_SHARE else "test"


def convert(raws: list[Raw]) -> list[Record]:
    """Records with labels, heuristic types and splits."""
    qags_articles = [r.article for r in raws if r.dataset.startswith("qags")]
    common = common_words(qags_articles)
    return [
        Record(
            id=r.id,
            dataset=r.dataset,
            article=r.article,
            summary=r.summary,
            label="consistent" if r.consistent else "inconsistent",
            types=value_types(r.summary, r.article, r.consistent, common),
            split=split_of(r.split_key),
        )
        for r in raws
    ]


def cache_dir() -> Path:
    """~/.cache/factcheck-devdata (or under $XDG_CACHE_HOME): outside the repository."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "factcheck-devdata"


def cache_key(data: Path) -> str:
    """A digest of the data files' names, sizes and times and of the heuristics' version."""
    parts = [f"v{HEURISTIC_VERSION}"]
    for path in sorted(p for p in data.rglob("*") if p.is_file()):
        stat = path.stat()
        parts.append(f"{path.relative_to(data)}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def to_json(record: Record) -> dict[str, Any]:
    """A JSON-ready dict of a record (types sorted)."""
    return {**asdict(record), "types": sorted(record.types)}


def from_json(item: dict[str, Any]) -> Record:
    """The record a `to_json` dict describes."""
    return Record(**{**item, "types": frozenset(item["types"])})


def load_records(data: Path = DEFAULT_DATA, refresh: bool = False) -> list[Record]:
    """All records, from the cache when it matches the data, else converted and cached."""
    if not (data / "mturk_cnndm.jsonl").is_file():
        raise SystemExit(f"error: no QAGS data in {data}\n  hint: pass --data DIR")
    path = cache_dir() / f"records-{cache_key(data.resolve())}.json"
    if path.is_file() and not refresh:
        return [from_json(item) for item in json.loads(path.read_text(encoding="utf-8"))]
    records = convert(raw_records(data))
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".tmp")
    temp.write_text(json.dumps([to_json(r) for r in records]), encoding="utf-8")
    temp.replace(path)
    return records


def select(
    records: list[Record], split: str | None = None, datasets: Iterable[str] = (), types: Iterable[str] = ()
) -> list[Record]:
    """Records of the split (None: both), of any of the datasets and any of the types (empty: all)."""
    wanted_sets, wanted_types = set(datasets), set(types)
    return [
        r
        for r in records
        if (split is None or r.split == split)
        and (not wanted_sets or r.dataset in wanted_sets)
        and (not wanted_types or r.types & wanted_types)
    ]


# --- report ----------------------------------------------------------------------------


def count_table(records: list[Record]) -> list[str]:
    """Markdown rows: per dataset and split, records by label and by type within each label."""
    groups: dict[tuple[str, str], list[Record]] = collections.defaultdict(list)
    for record in records:
        groups[(record.dataset, record.split)].append(record)
        groups[("all", record.split)].append(record)
    head = (
        "| dataset | split | n | consistent | inconsistent | "
        + " | ".join(f"inc. {t} / cons. {t}" for t in TYPES[:-1])
        + " | inc. other |"
    )
    rows = [head, "|" + " --- |" * (6 + len(TYPES) - 1)]
    for (dataset, split), group in sorted(groups.items(), key=lambda kv: (kv[0][0] == "all", kv[0])):
        inc = [r for r in group if r.label == "inconsistent"]
        cons = [r for r in group if r.label == "consistent"]
        cells = [f"{sum(t in r.types for r in inc)} / {sum(t in r.types for r in cons)}" for t in TYPES[:-1]]
        other = sum("other" in r.types for r in inc)
        rows.append(
            f"| {dataset} | {split} | {len(group)} | {len(cons)} | {len(inc)} | {' | '.join(cells)} | {other} |"
        )
    return rows


def main() -> None:
    """Convert (or load from the cache) and print the record counts."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the QAGS and Falke data")
    parser.add_argument("--refresh", action="store_true", help="rebuild the cached records")
    args = parser.parse_args()
    records = load_records(args.data, refresh=args.refresh)
    print(f"{len(records)} records (cache: {cache_dir()})")
    print("\n".join(count_table(records)))


if __name__ == "__main__":
    main()
