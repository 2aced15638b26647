"""The methods dataclasses generate and typing's forward references, kept compiled between runs
(factcheck/codecache.py): the same code as `exec` and `compile` make, read back without
compiling; a file from another interpreter, a corrupt file or an unwritable folder change
nothing but the speed."""

from __future__ import annotations

import dataclasses
import marshal
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from types import CodeType

import pytest

from factcheck import codecache
from factcheck.cli.environment import code_cache_file

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Path]:
    """A code cache in a temporary folder, installed for the test only."""
    path = tmp_path / "code.marshal"
    codecache.uninstall()
    codecache.install(path)
    yield path
    codecache.uninstall()


def make_classes() -> list[type]:
    """A frozen, an ordered and a plain dataclass with defaults and factories."""

    @dataclasses.dataclass(frozen=True)
    class Span:
        start: int
        end: int
        name: str = ""

    @dataclasses.dataclass(order=True)
    class Ranked:
        score: float
        names: list[str] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass
    class Plain:
        text: str

    return [Span, Ranked, Plain]


def methods(classes: list[type]) -> dict[str, tuple[object, ...]]:
    """Each generated method's bytecode, constants, names and annotations."""
    found: dict[str, tuple[object, ...]] = {}
    for cls in classes:
        for name, value in vars(cls).items():
            code = getattr(value, "__code__", None)
            if isinstance(code, CodeType):
                found[f"{cls.__name__}.{name}"] = (
                    code.co_code,
                    code.co_consts,
                    code.co_names,
                    code.co_varnames,
                    code.co_filename,
                    code.co_flags,
                    repr(value.__annotations__),
                )
    return found


def behaviour(classes: list[type]) -> list[object]:
    span, ranked, plain = classes
    a, b = span(1, 4, "Ormoc"), span(1, 4, "Ormoc")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.start = 2
    return [
        repr(a),
        a == b,
        hash(a) == hash(b),
        ranked(1.0) < ranked(2.0),
        repr(ranked(0.5)),
        repr(plain("x")),
    ]


def test_classes_made_through_the_cache_are_the_ones_exec_makes(cache: Path) -> None:
    ours = make_classes()
    codecache.uninstall()
    theirs = make_classes()
    assert methods(ours) == methods(theirs)
    assert len(methods(ours)) >= 8
    assert behaviour(ours) == behaviour(theirs)


def test_forward_references_compile_as_typings_own(cache: Path) -> None:
    texts = ["list[int]", "dict[str, Claim] | None", "*Ts", "Literal['a', 'b']"]
    ours = [typing.ForwardRef(t).__forward_code__ for t in texts]
    assert codecache._state is not None
    assert len(codecache._state.new) == len(texts)
    codecache.uninstall()
    theirs = [typing.ForwardRef(t).__forward_code__ for t in texts]
    assert ours == theirs  # code objects compare by bytecode, constants, names and flags
    codecache.install(cache)
    with pytest.raises(SyntaxError, match="must be an expression"):
        typing.ForwardRef("not an expression!")


def test_saved_code_is_read_back_without_compiling(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = methods(make_classes())
    assert codecache._state is not None
    assert len(codecache._state.new) >= 8  # the methods went through the cache
    codecache.save()
    assert cache.is_file()
    codecache.uninstall()
    codecache.install(cache)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled a method the cache has")

    monkeypatch.setattr(codecache, "compile", refuse, raising=False)
    assert methods(make_classes()) == before
    assert len(codecache._state.used) >= 8


@pytest.mark.parametrize(
    "content",
    [
        b"not marshal at all",
        marshal.dumps(((codecache.FORMAT, "another Python", b"\x00\x00\r\n"), {})),
        marshal.dumps("a string"),
        marshal.dumps((tuple(codecache._interpreter()), {"def f(): pass": "not code"})),  # type: ignore[arg-type]
    ],
)
def test_a_foreign_or_corrupt_file_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "code.marshal"
    path.write_bytes(content)
    codecache.uninstall()
    codecache.install(path)
    try:
        assert methods(make_classes())  # compiled as usual
        codecache.save()  # and the file replaced by a good one
        assert codecache._read(path)
    finally:
        codecache.uninstall()


def test_an_unwritable_folder_only_costs_time(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "file" / "code.marshal"
    (tmp_path / "missing").write_text("a file where a folder should be")
    codecache.uninstall()
    codecache.install(path)
    try:
        assert methods(make_classes())
        codecache.save()  # no error
        assert not path.exists()
    finally:
        codecache.uninstall()


def test_kept_beside_the_patterns_and_off_with_no_cache() -> None:
    assert code_cache_file({"HOME": "/home/u"}) == Path(
        f"/home/u/.cache/factcheck/code-{sys.implementation.cache_tag}.marshal"
    )
    assert code_cache_file({"HOME": "/home/u", "FACTCHECK_NO_CACHE": "1"}) is None


def test_importing_factcheck_leaves_dataclasses_alone() -> None:
    """Only the console script installs the cache: a library user's dataclasses are untouched."""
    code = (
        "import dataclasses, typing, factcheck.cli, factcheck.pipeline.run\n"
        "print('exec' in vars(dataclasses), 'compile' in vars(typing))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False False"
