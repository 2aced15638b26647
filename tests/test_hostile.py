"""Hostile input (issue 10): every case exits 2 naming the file, field or path, and changes no file;
concurrent writers keep every entry; workers die with their parent; every format escapes data."""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import os
import signal
import stat
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hostile_cases import CASES, ROOT, Case, digest, make_registry
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.errors import FactcheckError

PYTHON = sys.executable


def invoke(root: Path, *args: str) -> tuple[int, str]:
    """Run the CLI in-process from `root`; (exit code, stdout + stderr)."""
    cwd = Path.cwd()
    os.chdir(root)
    try:
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(cwd)
    return result.exit_code, result.output


@pytest.fixture
def hostile_root(tmp_path: Path) -> Iterator[Path]:
    root = make_registry(tmp_path / "reg")
    yield root
    for folder, _, _ in os.walk(tmp_path):  # let pytest clean up read-only folders
        os.chmod(folder, 0o700)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_case(case: Case, hostile_root: Path) -> None:
    if case.name == "-o into a read-only folder" and os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    if case.args[:2] == ("review", "--scheduler") and case.expect == 0:
        pytest.skip("needs Dask")
    if case.setup is not None:
        case.setup(hostile_root)
    before = digest(hostile_root)
    code, output = invoke(hostile_root, *case.args)
    assert code == case.expect, output
    assert "Traceback" not in output, output
    assert "internal error" not in output, output
    if case.expect == 2:
        assert case.mentions in output, output
        assert digest(hostile_root) == before, "an exit-2 run changed a file"


def test_a_file_in_place_of_a_folder_is_a_clean_error(hostile_root: Path) -> None:
    code, output = invoke(hostile_root, "review", "-o", "seeds/000_fae8cf41b6720a97.txt/x.txt")
    assert code == 2
    assert "000_fae8cf41b6720a97.txt" in output


# --------------------------------------------------------------------------- the guarded writer


def test_written_files_keep_their_mode_and_new_ones_get_the_umask_default(tmp_path: Path) -> None:
    from factcheck.safewrite import write_text

    existing = tmp_path / "shared.html"
    existing.write_text("old", encoding="utf-8")
    existing.chmod(0o664)
    write_text(existing, "new")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o664
    old_mask = os.umask(0o022)
    try:
        write_text(tmp_path / "fresh.json", "{}")
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE((tmp_path / "fresh.json").stat().st_mode) == 0o644


def test_a_symlinked_target_is_refused_and_its_target_left_alone(tmp_path: Path) -> None:
    from factcheck.safewrite import write_atomic, write_text

    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    for write in (write_text, write_atomic):
        with pytest.raises(FactcheckError, match="symbolic link") as refused:
            write(link, "new")
        assert "link.txt" in str(refused.value)
        assert link.is_symlink()
        assert real.read_text(encoding="utf-8") == "old"
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "nowhere" / "x.txt")
    with pytest.raises(FactcheckError, match="symbolic link"):
        write_text(dangling, "new")
    assert not (tmp_path / "nowhere").exists()


def test_a_symlinked_data_cache_is_not_written_through(tmp_path: Path) -> None:
    from factcheck import yamlio

    real = tmp_path / "precious.json"
    real.write_text("curated", encoding="utf-8")
    folder = tmp_path / ".factcheck-cache"
    folder.mkdir()
    (folder / yamlio.DATA_CACHE_FILE).symlink_to(real)
    with yamlio.data_files_kept_in(folder):
        assert yamlio.parse_data_file("a: 1\n", "t.yaml") == {"a": 1}
    assert real.read_text(encoding="utf-8") == "curated"
    assert (folder / yamlio.DATA_CACHE_FILE).is_symlink()


def test_a_full_disk_is_exit_2_with_the_path_and_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from factcheck import safewrite

    target = tmp_path / "report.txt"
    target.write_text("old report", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(FactcheckError, match="No space left on device") as info:
        safewrite.write_text(target, "new report")
    assert info.value.path == target
    assert target.read_text(encoding="utf-8") == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"], "temp file left behind"


def test_the_registry_lock_makes_a_second_writer_wait_then_give_up_clearly(tmp_path: Path) -> None:
    from factcheck.safewrite import registry_lock

    root = make_registry(tmp_path / "reg")
    holder = subprocess.Popen(
        [
            PYTHON,
            "-c",
            "import sys,time\nfrom pathlib import Path\nfrom factcheck.safewrite import registry_lock\n"
            "with registry_lock(Path(sys.argv[1])):\n    print('held', flush=True)\n    time.sleep(30)\n",
            str(root),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        start = time.monotonic()
        with (
            pytest.raises(FactcheckError, match="another factcheck process is writing"),
            registry_lock(root / "claims" / "x.yaml", timeout=0.5),
        ):
            pass
        assert time.monotonic() - start >= 0.5
    finally:
        holder.kill()
        holder.wait()
    with registry_lock(root, timeout=5):  # released when its holder died
        pass


# --------------------------------------------------------------------------- concurrent writers


def _article(folder: Path, n: int) -> Path:
    path = folder / f"article-{n:02d}.txt"
    path.write_text(
        f"Report {n}.\nOfficials said {n + 3} people were injured in Town{n} on 3 May 2024.\n",
        encoding="utf-8",
    )
    return path


def test_24_concurrent_sources_add_keep_all_24_entries(tmp_path: Path) -> None:
    root = make_registry(tmp_path / "reg")
    before = len(yaml.safe_load((root / "seeds/sources.yaml").read_text(encoding="utf-8"))["sources"])
    articles = [_article(tmp_path, n) for n in range(24)]
    command = [
        PYTHON,
        "-m",
        "factcheck",
        "sources",
        "add",
        "--published",
        "2024-05-03",
        "--registry",
        str(root),
    ]
    with concurrent.futures.ThreadPoolExecutor(24) as pool:
        done = list(
            pool.map(lambda a: subprocess.run([*command, str(a)], capture_output=True, text=True), articles)
        )
    assert [d.returncode for d in done] == [0] * 24, [d.stderr for d in done if d.returncode]
    sources = yaml.safe_load((root / "seeds/sources.yaml").read_text(encoding="utf-8"))["sources"]
    assert len(sources) == before + 24
    assert {f"article-{n:02d}.txt" for n in range(24)} <= {s.get("file") for s in sources}
    assert invoke(root, "claims", "validate")[0] == 0


def test_10_concurrent_extract_writes_keep_every_writers_candidates(tmp_path: Path) -> None:
    root = make_registry(tmp_path / "reg")
    articles = [_article(tmp_path, n) for n in range(10)]
    target = root / "claims" / "candidates.yaml"
    command = [PYTHON, "-m", "factcheck", "extract", "--registry", str(root), "--write", str(target)]
    with concurrent.futures.ThreadPoolExecutor(10) as pool:
        done = list(
            pool.map(lambda a: subprocess.run([*command, str(a)], capture_output=True, text=True), articles)
        )
    assert [d.returncode for d in done] == [0] * 10, [d.stderr for d in done if d.returncode]
    claims = yaml.safe_load(target.read_text(encoding="utf-8"))["claims"]
    written = {c.get("text") for c in claims}
    for n in range(10):
        assert f"{n + 3} people" in written, f"writer {n} lost its candidates"


# --------------------------------------------------------------------------- workers and signals


@pytest.fixture(scope="module")
def big_registry(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth") / "reg"
    subprocess.run(
        [PYTHON, str(ROOT / "benchmarks" / "synth.py"), str(out), "--claims", "8000"],
        check=True,
        capture_output=True,
    )
    return out


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_killing_a_parallel_review_leaves_no_worker_behind(big_registry: Path, sig: signal.Signals) -> None:
    env = {**os.environ, "FACTCHECK_NO_CACHE": "1"}
    parent = subprocess.Popen(
        [PYTHON, "-m", "factcheck", "review", "--jobs", "2", "-q", "--registry", str(big_registry)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        deadline = time.monotonic() + 120
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline and parent.poll() is None:
            workers = {p for p in _children(parent.pid) if _alive(p)}
            time.sleep(0.05)
        assert len(workers) >= 2, "the review never started its workers"
        parent.send_signal(sig)
        code = parent.wait(timeout=10)
        deadline = time.monotonic() + 5
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(p) for p in workers), "workers outlived their parent"
        if sig is signal.SIGTERM:
            assert code == 143
            assert parent.stdout is not None
            assert parent.stdout.read() == b"", "half a report was printed"
    finally:
        parent.kill()
        parent.wait()


# --------------------------------------------------------------------------- escaping in every format

HOSTILE = (
    "<script>alert(1)</script> <img src=x onerror=alert(2)> ::error title=x::pwned %0A ]]> "
    "\x1b[2J\x1b]0;pwned\x07 nul\x00 ff\x0c \u202eevil RTL שלום مرحبا 😀"
)


@pytest.fixture(scope="module")
def hostile_registry(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two sources whose conflicting counts are quoted with hostile text around them."""
    root = tmp_path_factory.mktemp("hostile")
    (root / "seeds").mkdir()
    (root / "claims").mkdir()
    import shutil

    shutil.copytree(ROOT / "rules", root / "rules")
    claims = []
    sources = []
    for n, count in ((1, "300"), (2, "45000")):
        words = f"{HOSTILE} {count} deaths"
        text = f"Story {n}.\n{words}\n"
        (root / "seeds" / f"s{n}.txt").write_text(text, encoding="utf-8")
        sources.append({"id": f"s{n}", "file": f"s{n}.txt", "title": HOSTILE, "tier": "news"})
        start = text.index(words)
        claims.append(
            {
                "id": f"s{n}.deaths",
                "kind": "quantity",
                "source": f"s{n}",
                "text": words,
                "span": [start, start + len(words)],
                "subject": "deaths",
                "unit": "deaths",
                "value": int(count),
            }
        )
    (root / "seeds" / "sources.yaml").write_text(yaml.safe_dump({"sources": sources}), encoding="utf-8")
    subjects = [{"id": "deaths", "kind": "quantity", "description": HOSTILE}]
    (root / "claims" / "all.yaml").write_text(
        yaml.safe_dump({"subjects": subjects, "claims": claims}), encoding="utf-8"
    )
    return root


def _review(root: Path, fmt: str) -> str:
    code, output = invoke(root, "review", "--format", fmt)
    assert code in (0, 1), output
    assert "FC101" in output
    return output


RAW_CONTROLS = ("\x1b", "\x00", "\x07", "\x0c", "\u202e")


def test_text_output_shows_control_characters_as_escapes(hostile_registry: Path) -> None:
    out = _review(hostile_registry, "text")
    assert not any(c in out for c in RAW_CONTROLS)
    assert "\\x1b[2J" in out
    assert "\\u202e" in out
    assert "שלום" in out
    assert "😀" in out


def test_markdown_output_has_no_raw_html_or_controls(hostile_registry: Path) -> None:
    out = _review(hostile_registry, "markdown")
    assert "<script" not in out
    assert "<img" not in out
    assert "&lt;script&gt;" in out
    assert "&lt;img src=x onerror=alert(2)&gt;" in out
    assert not any(c in out for c in RAW_CONTROLS)
    assert "😀" in out


def test_html_output_escapes_the_hostile_text(hostile_registry: Path) -> None:
    out = _review(hostile_registry, "html")
    assert "<script>alert(1)" not in out
    assert "<img src=x onerror" not in out


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_formats_parse_and_keep_the_text_exactly(hostile_registry: Path, fmt: str) -> None:
    out = _review(hostile_registry, fmt)
    assert not any(c in out for c in ("\x1b", "\x00", "\x07", "\x0c"))  # JSON escapes C0 controls
    data = json.loads(out)
    assert any(HOSTILE in text for text in _strings(data)), "the data did not survive exactly"


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_github_output_is_one_command_per_line(hostile_registry: Path) -> None:
    out = _review(hostile_registry, "github")
    lines = out.rstrip("\n").split("\n")  # the runner reads commands line by line (on \n)
    assert lines
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert "pwned %250A" in out, "a literal %0A in data must not decode to a line break"
    assert not any(ch in out for ch in "\x1b\x0c\x00\u202e"), "control characters reach the log"


def test_junit_output_parses_as_xml(hostile_registry: Path) -> None:
    out = _review(hostile_registry, "junit")
    root = ET.fromstring(out)  # raises on NUL, ESC or form feed left raw
    assert root.tag == "testsuites"


# --------------------------------------------------------------------------- fuzzing


def _no_traceback(root: Path, *args: str) -> None:
    code, output = invoke(root, *args)
    assert code in (0, 1, 2), output
    assert "Traceback" not in output, output
    assert "internal error" not in output, output


yaml_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=300) | st.builds(
    lambda parts: "\n".join(parts),
    st.lists(
        st.sampled_from(
            [
                "claims:",
                "  - id: x",
                "    kind: quantity",
                "    value: .nan",
                "    date: 2022-02-30",
                "sources:",
                "  - id: s9",
                "    file: ../../etc/passwd",
                "    published: {date: 99999-01-01}",
                "&a [*a]",
                "- *b",
                '    text: "\\x1b"',
                "    span: [5, 1]",
                "    low: -1",
                "    high: 1e309",
                "  - {id: y, kind: date}",
                "!!python/object:os.system",
                "? [a]\n: b",
                "entities: 3",
                "waivers:",
                "  - rule: FC101",
            ]
        ),
        max_size=12,
    ),
)
_FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_FUZZ
@given(text=yaml_text)
def test_fuzzed_claims_file_never_crashes(hostile_root: Path, text: str) -> None:
    (hostile_root / "claims" / "fuzz.yaml").write_text(text, encoding="utf-8")
    _no_traceback(hostile_root, "claims", "validate")


@_FUZZ
@given(text=yaml_text)
def test_fuzzed_manifest_never_crashes(hostile_root: Path, text: str) -> None:
    manifest = hostile_root / "seeds" / "sources.yaml"
    original = manifest.read_text(encoding="utf-8")
    manifest.write_text(original + "\n" + text, encoding="utf-8")
    try:
        _no_traceback(hostile_root, "claims", "validate")
    finally:
        manifest.write_text(original, encoding="utf-8")


@_FUZZ
@given(text=yaml_text)
def test_fuzzed_waivers_never_crash(hostile_root: Path, text: str) -> None:
    (hostile_root / "waivers.yaml").write_text(text, encoding="utf-8")
    from factcheck.grade.suppress import load_waivers

    with contextlib.suppress(FactcheckError):
        load_waivers(hostile_root / "waivers.yaml")


@_FUZZ
@given(
    front=yaml_text,
    body=st.text(alphabet=st.characters(codec="utf-8"), max_size=400),
)
def test_fuzzed_documents_never_crash(hostile_root: Path, front: str, body: str) -> None:
    (hostile_root / "draft.md").write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
    _no_traceback(hostile_root, "check", "draft.md")
