"""The package's dependencies point one way, stage by stage, and no modules import each other.

Read from the real import graph: every `import` and `from … import` in factcheck/, including
imports inside functions (lazy imports are still dependencies) and under TYPE_CHECKING.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"

# The flow text -> claims -> registry -> links -> rules -> engine -> findings -> grades -> reports,
# one stage a package. A module may import its own stage and earlier ones, never a later one.
STAGES = [
    "base",
    "model",
    "registry",
    "extract",
    "link",
    "rules",
    "engine",
    "grade",
    "pipeline",
    "report",
    "cli",
]
BASE_MODULES = {
    "factcheck",
    "factcheck.errors",
    "factcheck.lazyre",
    "factcheck.safewrite",
    "factcheck.wordlists",
    "factcheck.yamlio",
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def stage_of(module: str) -> str:
    """The stage a module belongs to: its top-level subpackage, or base."""
    if module in BASE_MODULES:
        return "base"
    if module == "factcheck.__main__":
        return "cli"
    return module.split(".")[1]


def imports_of(module: str) -> Iterator[str]:
    """Every factcheck module that `module` imports (a `from pkg import name` of a submodule
    counts as that submodule)."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.startswith("factcheck"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parents = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parents, base]).strip(".")
            if not base.startswith("factcheck"):
                continue
            for alias in node.names:
                yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base


def graph() -> dict[str, set[str]]:
    return {m: {i for i in imports_of(m) if i in MODULES and i != m} for m in MODULES}


def test_every_module_belongs_to_a_known_stage() -> None:
    unknown = {m for m in MODULES if stage_of(m) not in STAGES}
    assert not unknown, f"modules outside the stages {STAGES}: {sorted(unknown)}"


def test_no_stage_imports_a_later_one() -> None:
    upward = [
        f"{m} ({stage_of(m)}) imports {i} ({stage_of(i)})"
        for m, targets in graph().items()
        for i in sorted(targets)
        if STAGES.index(stage_of(i)) > STAGES.index(stage_of(m))
    ]
    assert not upward, "\n".join(upward)


def test_no_import_cycles() -> None:
    edges = graph()
    # a package's __init__ re-exporting its own submodules is not a cycle of design
    for module, targets in edges.items():
        if MODULES[module].name == "__init__.py":
            targets.difference_update(t for t in list(targets) if t.startswith(module + "."))
    cycles = _cycles(edges)
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


@pytest.mark.parametrize("stage", STAGES[1:])
def test_each_stage_is_a_package_with_a_docstring(stage: str) -> None:
    init = PACKAGE / stage / "__init__.py"
    assert init.is_file(), f"factcheck/{stage}/ is not a package"
    assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), (
        f"factcheck/{stage}/__init__.py says nothing"
    )


def test_the_graph_is_read_for_real() -> None:
    """The checks above would pass vacuously if no imports were found."""
    edges = graph()
    assert "factcheck.model" in edges["factcheck.registry.loader"]
    assert "factcheck.engine.adapter" in edges["factcheck.engine.runner"]
    assert sum(len(t) for t in edges.values()) > 100
