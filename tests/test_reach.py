"""`check` reads only what a document can meet from the store, and finds exactly what the whole
registry would give it: the same findings, for the bundled registry and a synthetic one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from msgspec.structs import replace

from factcheck.pipeline.run import RunOptions, run
from factcheck.registry import load_registry
from factcheck.registry.config import Config

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def both_ways(root: Path, documents: list[Path], monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """The check report as JSON from the whole registry (no store) and from the store."""
    options = RunOptions(root, root / "rules", Config())
    whole = run(documents, replace(options, use_cache=False)).model_dump_json()
    load_registry(root)  # compiles the store
    return whole, run(documents, options).model_dump_json()


def documents_from(texts: list[str], folder: Path) -> list[Path]:
    """Each text as a Markdown file to check."""
    folder.mkdir()
    paths = []
    for index, text in enumerate(texts):
        path = folder / f"doc{index}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_bundled_registry_same_findings(
    registry_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = sorted((registry_copy / "seeds").glob("*.txt"))
    # the examples, and stretches of the seed texts themselves: quotations, dates, counts, names
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.md"))]
    texts += [p.read_text(encoding="utf-8")[:2500] for p in seeds]
    texts.append("Putin met Emomali Rahmon in Dushanbe on Tuesday, June 28, 2022, and Xi Jinpng in Bejing.")
    for path in documents_from(texts, tmp_path / "docs"):
        whole, partial = both_ways(registry_copy, [path], monkeypatch)
        assert '"findings":[]' not in whole or path.name == "doc0.md"
        assert partial == whole, path.name


def test_synthetic_registry_same_findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import synth

    root = tmp_path / "syn"
    synth.write(synth.generate(3000, 150, seed=3), root)
    texts = sorted((root / "seeds").glob("*.txt"))
    # a document made of pieces of three sources disagrees with the others in many places
    doc = "\n\n".join(p.read_text(encoding="utf-8")[:1500] for p in texts[:3])
    (path,) = documents_from([doc], tmp_path / "docs")
    whole, partial = both_ways(root, [path], monkeypatch)
    assert '"findings":[]' not in whole
    assert partial == whole
