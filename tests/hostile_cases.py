"""The hostile inputs of issue 10, as data: each case breaks a copy of the bundled registry (or
points a command at something it must refuse) and says what a careful tool does about it.

Used by tests/test_hostile.py, and runnable on its own to print a table of exit codes for any
interpreter that has factcheck installed (so the behaviour before a change can be compared):

    python tests/hostile_cases.py /tmp/venv0/bin/python
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_003 = "seeds/003_ed39305ac47e3b00.txt"
TIMEOUT = 60


@dataclass(frozen=True)
class Case:
    """One hostile input: how to break the registry, the command to run, what must happen."""

    name: str
    args: tuple[str, ...]
    expect: int = 2
    mentions: str = ""  # the file, field or path the message must name
    setup: Callable[[Path], None] | None = None


def make_registry(folder: Path) -> Path:
    """A writable copy of the bundled registry (seeds, claims, rules, examples)."""
    for name in ("seeds", "claims", "rules", "examples"):
        shutil.copytree(ROOT / name, folder / name)
    return folder


def digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder` (the cache folder aside): to prove nothing changed."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".factcheck-cache" not in p.parts
    }


def _replace(relative: str, old: str, new: str) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        path = root / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {relative}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return setup


def _write(relative: str, content: str | bytes) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")

    return setup


def _both(*setups: Callable[[Path], None]) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        for step in setups:
            step(root)

    return setup


def _device(relative: str) -> Callable[[Path], None]:
    """A character device inside the temp registry (a copy of /dev/null's node), never the real
    /dev/null: a regression in the writer must not replace the machine's device. Without the
    right to make device nodes (not root), a FIFO stands in: another non-regular file."""

    def setup(root: Path) -> None:
        try:
            os.mknod(root / relative, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        except PermissionError:
            os.mkfifo(root / relative)

    return setup


def _fifo(relative: str) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        os.mkfifo(root / relative)

    return setup


def _readonly_dir(relative: str) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        (root / relative).mkdir()
        (root / relative).chmod(0o555)

    return setup


_WAIVER = "waivers:\n  - rule: FC101\n    claim: s000.countries\n    reason: {reason}\n"
_BOMB = (
    "params:\n  min_ratio:\n"
    + "    - &a [x, x, x, x, x, x, x, x, x]\n"
    + "".join(
        f"    - &{b} [*{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}]\n"
        for a, b in zip("abcdefgh", "bcdefghi", strict=True)
    )
)
_DEEP_YAML = "claims:\n  - " + "[" * 400 + "]" * 400 + "\n"
_SUMMARY = "examples/consistent-summary.md"
_FRONT = "---\ndate: {date}\n---\nPutin visited Tajikistan on 28 June 2022.\n"
_ARTICLE = "An article.\nIt says 40 people were hurt on 3 May 2024.\n"

CASES: list[Case] = [
    # 1. writes that would clobber curated files or special files
    Case(
        "baseline onto a claims file",
        ("review", "--write-baseline", "claims/s000.yaml"),
        mentions="claims/s000.yaml",
    ),
    Case(
        "baseline onto a rule file",
        ("check", _SUMMARY, "--write-baseline", "rules/FC101-quantity-far-apart.yaml"),
        mentions="rules/FC101",
    ),
    Case(
        "extract --write into a rule",
        ("extract", SEED_003, "--write", "rules/FC101-quantity-far-apart.yaml"),
        mentions="rules/FC101",
    ),
    Case(
        "extract --write into the manifest",
        ("extract", SEED_003, "--write", "seeds/sources.yaml"),
        mentions="seeds/sources.yaml",
    ),
    Case(
        "-o factcheck.toml",
        ("review", "-o", "factcheck.toml"),
        mentions="factcheck.toml",
        setup=_write("factcheck.toml", 'registry = "."\n'),
    ),
    Case(
        "-o waivers.yaml",
        ("review", "-o", "waivers.yaml"),
        mentions="waivers.yaml",
        setup=_write("waivers.yaml", _WAIVER.format(reason="accepted for now")),
    ),
    Case("-o onto a FIFO", ("review", "-o", "out.fifo"), mentions="out.fifo", setup=_fifo("out.fifo")),
    Case("-o onto a device", ("review", "-o", "null.dev"), mentions="null.dev", setup=_device("null.dev")),
    Case("-o into /proc", ("review", "-o", "/proc/self/status"), mentions="/proc/self/status"),
    Case(
        "-o into a read-only folder",
        ("review", "-o", "ro/report.txt"),
        mentions="ro/report.txt",
        setup=_readonly_dir("ro"),
    ),
    Case("-o onto a folder", ("rules", "docs", "-o", "claims"), mentions="claims"),
    # 3. values that must not validate
    Case(
        "NaN count",
        ("claims", "validate"),
        mentions="value",
        setup=_replace("claims/s000.yaml", "value: 2", "value: .nan"),
    ),
    Case(
        "Inf count",
        ("claims", "validate"),
        mentions="value",
        setup=_replace("claims/s000.yaml", "value: 2", "value: .inf"),
    ),
    Case(
        "-Inf count",
        ("review",),
        mentions="value",
        setup=_replace("claims/s000.yaml", "value: 2", "value: -.inf"),
    ),
    Case(
        "negative count",
        ("claims", "validate"),
        mentions="value",
        setup=_replace("claims/s000.yaml", "value: 2", "value: -2"),
    ),
    Case(
        "unix-integer date",
        ("claims", "validate"),
        mentions="date",
        setup=_replace("claims/s000.yaml", "date: 2022-06-26", "date: 1656201600"),
    ),
    Case(
        "duration low > high",
        ("claims", "validate"),
        mentions="s000.yaml",
        setup=_replace("claims/s000.yaml", "low: 0\n    high: 1", "low: 5\n    high: 1"),
    ),
    Case(
        "NaN duration bound",
        ("claims", "validate"),
        mentions="high",
        setup=_replace("claims/s000.yaml", "low: 0\n    high: 1", "low: 0\n    high: .nan"),
    ),
    Case(
        "blank waiver reason",
        ("review",),
        mentions="reason",
        setup=_write("waivers.yaml", _WAIVER.format(reason='"    "')),
    ),
    Case(
        "punctuation waiver reason",
        ("review",),
        mentions="reason",
        setup=_write("waivers.yaml", _WAIVER.format(reason='"..."')),
    ),
    # 4. input that used to end in an internal error
    Case(
        "impossible date in a claim",
        ("claims", "validate"),
        mentions="s000.yaml",
        setup=_replace("claims/s000.yaml", "date: 2022-06-26", "date: 2022-02-30"),
    ),
    Case(
        "date 0000-00-00 in a claim",
        ("claims", "validate"),
        mentions="s000.yaml",
        setup=_replace("claims/s000.yaml", "date: 2022-06-26", "date: 0000-00-00"),
    ),
    Case(
        "impossible date in the manifest",
        ("claims", "validate"),
        mentions="sources.yaml",
        setup=_replace("seeds/sources.yaml", "start: 2022-06-26", "start: 2022-02-30"),
    ),
    Case(
        "impossible waiver expiry",
        ("review",),
        mentions="waivers.yaml",
        setup=_write("waivers.yaml", _WAIVER.format(reason="accepted for now") + "    expires: 2022-02-30\n"),
    ),
    Case(
        "impossible front-matter date",
        ("check", "draft.md"),
        mentions="draft.md",
        setup=_write("draft.md", _FRONT.format(date="2022-02-30")),
    ),
    Case(
        "front-matter date 0000-00-00",
        ("check", "draft.md"),
        mentions="draft.md",
        setup=_write("draft.md", _FRONT.format(date="0000-00-00")),
    ),
    Case(
        "YAML nested 400 deep",
        ("claims", "validate"),
        mentions="deep.yaml",
        setup=_write("claims/deep.yaml", _DEEP_YAML),
    ),
    Case(
        "baseline JSON nested 100k deep",
        ("review", "--baseline", "deep.json"),
        mentions="deep.json",
        setup=_write("deep.json", "[" * 100_000 + "]" * 100_000),
    ),
    Case(
        "non-UTF-8 factcheck.toml",
        ("review",),
        mentions="factcheck.toml",
        setup=_write("factcheck.toml", b'registry = "\xff\xfe"\n'),
    ),
    Case(
        "sources add --id ../../evil",
        ("sources", "add", "article.txt", "--published", "2024-05-03", "--id", "../../evil"),
        mentions="id",
        setup=_write("article.txt", _ARTICLE),
    ),
    Case(
        "sources add --published 2022-02-30",
        ("sources", "add", "article.txt", "--published", "2022-02-30"),
        mentions="published",
        setup=_write("article.txt", _ARTICLE),
    ),
    Case(
        "sources add --registry .",
        ("sources", "add", "article.txt", "--published", "2024-05-03", "--registry", "."),
        expect=0,
        setup=_write("article.txt", _ARTICLE),
    ),
    Case("--scheduler local:0", ("review", "--scheduler", "local:0"), mentions="--scheduler"),
    Case("--scheduler local:x", ("review", "--scheduler", "local:x"), mentions="--scheduler"),
    Case(
        "--scheduler nonsense address",
        ("review", "--scheduler", "tcp://no such host:99999"),
        mentions="--scheduler",
    ),
    Case(
        "extract --write on seed 003",
        ("extract", SEED_003, "--write", "claims/s003-candidates.yaml"),
        expect=0,
    ),
    # 5. unbounded reads and alias expansion
    Case("check /dev/zero", ("check", "/dev/zero"), mentions="/dev/zero"),
    Case(
        "check a document over 10 MB",
        ("check", "big.md"),
        mentions="big.md",
        setup=_write("big.md", "Putin visited Tajikistan on 28 June 2022.\n" * 260_000),
    ),
    Case(
        "alias bomb in a rule's params",
        ("rules", "explain", "FC101"),
        mentions="FC101",
        setup=_replace("rules/FC101-quantity-far-apart.yaml", "params: {min_ratio: 3.0}\n", _BOMB),
    ),
    Case(
        "self-referencing alias in a claims file",
        ("claims", "validate"),
        mentions="loop.yaml",
        setup=_write("claims/loop.yaml", "claims: &x [*x]\n"),
    ),
]


def run(python: str, case: Case, folder: Path) -> tuple[int | str, str]:
    """Run one case in a fresh registry copy at `folder`; (exit code or 'hang', stderr)."""
    root = make_registry(folder)
    if case.setup is not None:
        case.setup(root)
    try:
        done = subprocess.run(
            [python, "-m", "factcheck", *case.args],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return "hang", ""
    return done.returncode, done.stderr


def main() -> None:
    """Print `case | exit code` for the interpreter given (default: this one)."""
    import tempfile

    python = sys.argv[1] if len(sys.argv) > 1 else sys.executable
    for case in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            code, err = run(python, case, Path(tmp))
            for dirpath, _, _ in os.walk(tmp):
                os.chmod(dirpath, 0o700)
        last = (err.strip().splitlines() or [""])[-1][:90]
        print(f"{case.name}\t{code}\t{last}", flush=True)


if __name__ == "__main__":
    main()
