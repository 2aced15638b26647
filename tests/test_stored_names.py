"""A registry's name statistics counted once and kept beside the store: a document's names get
the clusters the whole corpus gives them, and `check` reads the statistics instead of every text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from factcheck.extract import autonames
from factcheck.extract.autonames import NameClusters, NameStats, find_auto_names
from factcheck.extract.storednames import StoredNames
from factcheck.extract.text import Sentences
from factcheck.registry import store

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "devdata" / "stories"
TUNE = ("2015-ormoc-kim-nirvana-capsizing", "2017-amtrak-dupont-derailment", "2014-ludian-earthquake")


def story_texts() -> dict[str, str]:
    """The source texts of three tune stories, as one registry's."""
    return {
        f"{story}/{path.stem}": path.read_text(encoding="utf-8")
        for story in TUNE
        for path in sorted((STORIES / story).glob("*.txt"))
    }


def mentions(text: str, corpus: dict[str, str], clusters: NameClusters | None) -> list[tuple[object, ...]]:
    """Each name mention autonames finds in `text`, with its frame and how it is spelt."""
    found = find_auto_names(text, corpus, Sentences(text), clusters)
    return [(m.start, m.end, m.fields, m.extras) for m in found]


@pytest.mark.parametrize("source", ["draft", "0-first", "zz-last"])
def test_a_documents_names_get_the_clusters_of_the_whole_corpus(source: str) -> None:
    """Every text of the stories checked as a document against the others (the document's id
    sorting first, among, or after theirs): the same mentions, frames and spellings."""
    texts = story_texts()
    compared = 0
    for held_out in list(texts)[::3]:
        registry = {k: v for k, v in texts.items() if k != held_out}
        stored = StoredNames.from_json(StoredNames.from_stats(NameStats.read(registry), registry).to_json())
        text = texts[held_out]
        corpus = {**registry, source: text}
        whole = mentions(text, corpus, NameClusters(dict(sorted(corpus.items()))))
        assert mentions(text, corpus, stored.clusters_with(source, text)) == whole, held_out
        compared += len(whole)
    assert compared > 50


def test_the_stored_statistics_cluster_as_the_texts_do() -> None:
    texts = dict(sorted(story_texts().items()))
    from_texts = NameClusters(texts)
    from_stats = NameClusters(stats=NameStats.read(texts))
    assert {n: c.canonical for n, c in from_stats.of.items()} == {
        n: c.canonical for n, c in from_texts.of.items()
    }
    assert from_stats.trimmed == from_texts.trimmed


def test_a_registry_text_cannot_be_a_document() -> None:
    texts = story_texts()
    stored = StoredNames.from_stats(NameStats.read(texts), texts)
    assert stored.clusters_with(next(iter(texts)), "Anything.") is None


def test_a_broken_file_is_not_read_as_statistics() -> None:
    for text in ("[]", '{"format": 1}', '{"format": 0, "texts": []}'):
        with pytest.raises(ValueError, match=r"stored.names"):
            StoredNames.from_json(text)
    with pytest.raises(ValueError, match="truncated"):  # not JSON: msgspec's DecodeError, a ValueError
        StoredNames.from_json('{"format": 0, "texts": [')


def test_damaged_entries_fall_back_to_clustering_the_texts() -> None:
    texts = story_texts()
    stored = StoredNames.from_stats(NameStats.read(texts), texts)
    document = "Rescuers reached Ormoc City on Friday."
    assert stored.clusters_with("draft", document) is not None
    for name in stored.entries:
        stored.entries[name] = '{"not": "a list"}'
    stored.words = {word: [1, 2] for word in stored.words}  # type: ignore[list-item]
    assert stored.clusters_with("draft", document) is None


def test_check_keeps_the_statistics_beside_the_store_and_reads_them(
    registry_copy: Path, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("Putin met Emomali Rahmon in Dushanbe on June 28, 2022.\n", encoding="utf-8")
    args = ("check", "--registry", str(registry_copy), "--format", "json", str(summary))
    first = cli(*args)  # builds the store, and counts the names of its texts
    kept = list((registry_copy / store.STORE_DIR).glob("names-*.json"))
    assert len(kept) == 1
    autonames._clusters.cache_clear()  # what the first run clustered in this process
    monkeypatch.setattr(autonames, "find_name_spans", _only_one_text(autonames.find_name_spans))
    second = cli(*args)  # reads them: only the document's names are found
    assert second.exit_code == first.exit_code
    assert second.stdout == first.stdout


def test_a_changed_text_counts_the_names_again(registry_copy: Path, cli: Callable[..., Result]) -> None:
    summary = registry_copy / "summary.md"
    summary.write_text("Putin met Emomali Rahmon in Dushanbe.\n", encoding="utf-8")
    cli("check", "--registry", str(registry_copy), str(summary))
    before = {p.name for p in (registry_copy / store.STORE_DIR).glob("names-*.json")}
    text = next((registry_copy / "seeds").glob("*.txt"))
    text.write_text(text.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    cli("check", "--registry", str(registry_copy), str(summary))  # the store is rebuilt, the names counted
    after = {p.name for p in (registry_copy / store.STORE_DIR).glob("names-*.json")}
    assert len(after) == 1
    assert after != before


def _only_one_text(find: Callable[..., list[autonames.NameSpan]]) -> Callable[..., list[autonames.NameSpan]]:
    calls: list[int] = []

    def counted(*args: object, **kwargs: object) -> list[autonames.NameSpan]:
        calls.append(1)
        assert len(calls) <= 2, "read the names of the registry's texts again"  # the document's, FC602's
        return find(*args, **kwargs)

    return counted
