"""`check --source` on a one-sentence summary against invented reports: shared by the tests of
what a summary's values meet (durations, tenures, majority and outlier weighing)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from click.testing import Result


def check_sentence(
    cli: Callable[..., Result], folder: Path, reports: Mapping[str, str], date: str, sentence: str
) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    """Exit code and findings of `check --source` (every report) on `sentence`, dated `date`
    (undated when it is "")."""
    args = []
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
        args += ["--source", str(folder / name)]
    summary = folder / "summary.md"
    front = f"---\ndate: {date}\n---\n" if date else ""
    summary.write_text(f"{front}{sentence}\n", encoding="utf-8")
    result = cli("check", str(summary), *args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.output)["findings"]


def check_with_registry(
    cli: Callable[..., Result], registry: Path, rules: Path, sentence: str, date: str
) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    """Exit code and findings of `check` on one sentence dated `date`, against `registry`."""
    summary = registry.parent / "summary.md"
    summary.write_text(f"---\ndate: {date}\n---\n{sentence}\n", encoding="utf-8")
    result = cli(
        "check", str(summary), "--registry", str(registry), "--rules", str(rules), "--format", "json"
    )
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.output)["findings"]


def check_bundled(
    cli: Callable[..., Result], folder: Path, sentence: str, date: str
) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    """Exit code and findings of `check` on one sentence dated `date`, against the bundled seed
    registry at the project root."""
    summary = folder / "summary.md"
    summary.write_text(f"---\ndate: {date}\n---\n{sentence}\n", encoding="utf-8")
    result = cli(
        "check", str(summary), "--registry", str(Path(__file__).resolve().parent.parent), "--format", "json"
    )
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.output)["findings"]


def registry_from(
    cli: Callable[..., Result],
    tmp_path: Path,
    chdir: Callable[[Path], None],
    texts: Mapping[str, str],
    published: str,
) -> None:
    """A registry at tmp_path/reg made by the real CLI (init, sources add, extract --write) from
    `texts` (name: report), entered with `chdir` (pytest's monkeypatch.chdir)."""
    assert cli("init", str(tmp_path / "reg")).exit_code == 0
    chdir(tmp_path / "reg")
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        added = cli("sources", "add", str(tmp_path / f"{name}.txt"), "--published", published, "--id", name)
        assert added.exit_code == 0, added.output
    for name in texts:
        written = cli("extract", f"seeds/{name}.txt", "--write", f"claims/{name}.yaml")
        assert written.exit_code == 0, written.output


def review_from(
    cli: Callable[..., Result],
    tmp_path: Path,
    chdir: Callable[[Path], None],
    texts: Mapping[str, str],
    published: str,
) -> list[dict]:  # type: ignore[type-arg]
    """The findings of `review --format json` on a registry made by `registry_from`."""
    registry_from(cli, tmp_path, chdir, texts, published)
    result = cli("review", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)["findings"]  # type: ignore[no-any-return]


def one_report_registry(folder: Path, report: str, sources: str, subjects: str, claims: str) -> Path:
    """A hand-written registry at `folder` of one report (seeds/a.txt, source id a): its
    sources.yaml, subjects.yaml and claims/a.yaml (`claims`: the YAML lines of its claim list),
    no entities."""
    (folder / "seeds").mkdir(parents=True)
    (folder / "claims").mkdir()
    (folder / "seeds" / "a.txt").write_text(report, encoding="utf-8")
    (folder / "seeds" / "sources.yaml").write_text(sources, encoding="utf-8")
    (folder / "claims" / "subjects.yaml").write_text(subjects, encoding="utf-8")
    (folder / "claims" / "entities.yaml").write_text("entities: []\n", encoding="utf-8")
    (folder / "claims" / "a.yaml").write_text(f"source: a\nclaims:\n{claims}", encoding="utf-8")
    return folder


def span_at(report: str, words: str) -> str:
    """The YAML span `[start, end]` of the first `words` in `report`."""
    start = report.index(words)
    return f"[{start}, {start + len(words)}]"


def report_one_source(
    cli: Callable[..., Result], folder: Path, source: str, sentence: str
) -> tuple[int, dict[str, Any]]:
    """Exit code and JSON report of `check --source a.txt` on one undated sentence."""
    (folder / "a.txt").write_text(source, encoding="utf-8")
    (folder / "summary.md").write_text(sentence + "\n", encoding="utf-8")
    result = cli("check", str(folder / "summary.md"), "--source", str(folder / "a.txt"), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.output)
