"""What `.factcheck-cache` keeps (the compiled store, the tables of the source texts, the names
counted in them) is keyed on the package code that derived it, not only on factcheck's version:
the version stays the same between releases and in an editable install, so an upgrade whose
extraction or frames differ would otherwise read the old cache (a check after such an edit:
tests/test_text_tables.py)."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from factcheck.registry import store


def _copy_package(target: Path) -> Path:
    """A copy of the package's modules and data files (what the digest reads) at `target`."""
    for path in store.PACKAGE.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            copy = target / path.relative_to(store.PACKAGE)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copy)
    return target


def _edit(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")


@pytest.mark.parametrize(
    "module", ["extract/numbers.py", "link/support.py", "model/records.py", "registry/loader.py", "yamlio.py"]
)
def test_a_changed_module_that_shapes_the_cache_changes_its_key(tmp_path: Path, module: str) -> None:
    package = _copy_package(tmp_path / "factcheck")
    before = store.data_digest_of(package)
    assert store.data_digest_of(package) == before  # nothing changed: the same key
    _edit(package / module)
    assert store.data_digest_of(package) != before


def test_a_module_that_shapes_nothing_kept_leaves_the_key(tmp_path: Path) -> None:
    """A report formatter or a command's options derive nothing the cache keeps: editing one
    does not make every registry's store stale."""
    package = _copy_package(tmp_path / "factcheck")
    before = store.data_digest_of(package)
    _edit(package / "report" / "text.py")
    _edit(package / "cli" / "check.py")
    assert store.data_digest_of(package) == before


# the modules that derive what `.factcheck-cache` keeps: the compiled store, the text tables and
# the name statistics kept under the store's digest
CACHE_WRITERS = ("factcheck.registry.store", "factcheck.pipeline.textstore", "factcheck.pipeline.namestore")


def _imported(module: str) -> set[str]:
    """The factcheck modules `module` imports anywhere in its file (a function's own imports too),
    relative imports resolved."""
    path = _module_path(module)
    assert path is not None, module
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            found.add(base)
            found |= {f"{base}.{a.name}" for a in node.names}  # "from factcheck.x import module"
    return {m for m in found if m.startswith("factcheck") and _module_path(m) is not None}


def _module_path(module: str) -> Path | None:
    """The file of a factcheck module (a package's __init__.py), None for a name that is none."""
    if module == "factcheck":
        return store.PACKAGE / "__init__.py"
    relative = Path(*module.split(".")[1:])
    for path in (store.PACKAGE / relative.with_suffix(".py"), store.PACKAGE / relative / "__init__.py"):
        if path.is_file():
            return path
    return None


def test_what_the_cache_keeps_is_derived_only_from_modules_in_its_key() -> None:
    """Every module the cache's writers import, directly or through others, is one the key
    counts (a top-level module or one of `CODE_FOLDERS`): an edit of any module outside the key
    (a check's messages, a report) cannot change what is kept, so a stale cache is never read."""
    reached, todo = set(), list(CACHE_WRITERS)
    via: dict[str, str] = {}
    while todo:
        module = todo.pop()
        if module in reached:
            continue
        reached.add(module)
        for other in _imported(module) - reached:
            via.setdefault(other, module)
            todo.append(other)
    outside = {
        m: via.get(m)
        for m in reached
        if m.count(".") > 1 and m.split(".")[1] not in store.CODE_FOLDERS  # factcheck.<folder>.<module>
    }
    assert outside == {}, f"imported by the cache's writers (module: importer), outside the key: {outside}"
