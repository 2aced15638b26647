"""What `factcheck check` imports: only what checking one file needs, nothing built at import that
it may not use. Asserts the list of imported modules, not time (time is for benchmarks/)."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Imported by no run of `check` with the text format: other formats, other commands, Dask.
NOT_ON_THE_CHECK_PATH = (
    "factcheck.report.html",
    "factcheck.report.junit",
    "factcheck.report.sarif",
    "factcheck.report.markdown",
    "factcheck.report.github",
    "factcheck.report.claimreview",
    "factcheck.registry.scaffold",
    "factcheck.rules.docs",
    "factcheck.pipeline.examples",
    "factcheck.engine.distributed",
    "factcheck.engine.parallel",
    "dask",
    "distributed",
    "xml.dom.minidom",
    # the other commands: the command group imports a command's module only when it runs
    "factcheck.cli.review",
    "factcheck.cli.rules",
    "factcheck.cli.export",
    "factcheck.cli.extract",
    "factcheck.cli.registry",
    "factcheck.cli.workspace",  # git and the hostname: only for the CI formats
    # wordfreq's lists (gzip'd msgpack, unzipped by isal) are read only for a name no source has
    "isal",
    "gzip",
    # heavy standard modules nothing on the path needs
    "subprocess",
    "tomllib",  # only read when there is a config file (this repository has none)
    "multiprocessing",
    "concurrent.futures",
    "asyncio",
)
# Nothing of the pipeline for `--version` or `--help`.
NOT_FOR_VERSION = ("pydantic", "yaml", "durable", "rapidfuzz", "tabulate", "factcheck.model", "sqlite3")


def modules_after(code: str) -> dict[str, object]:
    """Run `code` in a fresh interpreter; return what it reports as JSON."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


# code that runs `check` on the example summary in-process and sets `code` to its exit code
CHECK_THE_EXAMPLE = (
    "import json, sys\n"
    "from factcheck.cli import main\n"
    "try:\n"
    "    main(['check', '--fail-on', 'critical', 'examples/consistent-summary.md'])\n"
    "except SystemExit as exit:\n"
    "    code = exit.code\n"
)


def test_check_imports_only_what_it_uses() -> None:
    code = CHECK_THE_EXAMPLE + "print(json.dumps({'code': code, 'modules': sorted(sys.modules)}))\n"
    found = modules_after(code)
    assert found["code"] == 0
    modules = found["modules"]
    assert isinstance(modules, list)
    assert "factcheck.report.text" in modules  # it did run and print
    loaded = [m for m in NOT_ON_THE_CHECK_PATH if m in modules]
    assert loaded == []


def test_a_warm_check_of_a_text_without_front_matter_imports_no_yaml(tmp_path: Path) -> None:
    """With the registry's store and data cache warm (the first run writes them), the package's
    data files come from the cache and the registry from the store: no YAML parser is imported,
    so PyYAML (and its C loader) cannot creep back onto the check path unnoticed."""
    one_line = tmp_path / "one.md"
    one_line.write_text("Putin met Emomali Rahmon in Dushanbe on Tuesday, June 28, 2022.\n", encoding="utf-8")
    code = (
        "import json, sys\n"
        "from factcheck.cli import main\n"
        "try:\n"
        f"    main(['check', '--registry', '.', '--fail-on', 'critical', {str(one_line)!r}])\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        "print(json.dumps({'code': code, 'yaml': sorted(m for m in sys.modules if 'yaml' in m.split('.')[0])}))\n"
    )
    modules_after(code)  # warms the store and the data cache, if this checkout's were cold
    assert modules_after(code) == {"code": 0, "yaml": []}


def test_check_builds_no_validator_for_rules_candidates_or_a_missing_config() -> None:
    """The standard rules come validated from rules/compiled.json, candidates and the default
    configuration are the extractor's and the defaults' own values: a check builds none of
    their validators, parses no rule file and never builds pint's registry."""
    code = (
        "import json, sys\n"
        "import factcheck.rules.loader as loader\n"
        "parsed = []\n"
        "real = loader.parse_yaml\n"
        "def spy(text, path):\n"
        "    parsed.append(str(path))\n"
        "    return real(text, path)\n"
        "loader.parse_yaml = spy\n"
        "from factcheck.cli import main\n"
        "try:\n"
        "    main(['check', '--fail-on', 'critical', 'examples/consistent-summary.md'])\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        "from factcheck.extract.candidates import Candidate, SubjectMatch\n"
        "from factcheck.model import Rule\n"
        "from factcheck.registry.config import Config\n"
        "built = [m.__name__ for m in (Rule, Candidate, SubjectMatch, Config) if m.__pydantic_complete__]\n"
        "print(json.dumps({'code': code, 'built': built, 'rules': parsed, 'pint': 'pint' in sys.modules}))\n"
    )
    assert modules_after(code) == {"code": 0, "built": [], "rules": [], "pint": False}


def test_no_claim_validator_is_built_at_import() -> None:
    """Building the Claim union's validator is the single most costly step of a short check;
    importing the check path must not do it (it is built on first use, once per process)."""
    code = (
        "import json, pydantic\n"
        "built = []\n"
        "real = pydantic.TypeAdapter.__init__\n"
        "def spy(self, *args, **kwargs):\n"
        "    built.append(repr(args[0])[:80])\n"
        "    real(self, *args, **kwargs)\n"
        "pydantic.TypeAdapter.__init__ = spy\n"
        "import factcheck.cli.app, factcheck.cli.check, factcheck.pipeline.run, factcheck.report\n"
        "import factcheck.extract.claimsfile\n"
        "print(json.dumps({'built': built}))\n"
    )
    assert modules_after(code)["built"] == []


# dataclasses still made by modules on the check path: each costs ~0.35 ms to create at import
# (Python 3.11 runs `exec` once per generated method), a msgspec Struct ~0.01 ms. These are left:
# SourceText is subclassed with its own __init__ (registry/partial.py), which a Struct cannot
# have; the others are in link/support.py, link/document.py and pipeline/reach.py (not changed yet).
DATACLASSES_LEFT = frozenset(
    {
        "factcheck.registry.loader.SourceText",
        "factcheck.link.document.Document",
        "factcheck.link.support.Evidence",
        "factcheck.link.support.Support",
        "factcheck.pipeline.reach.Reached",
    }
)


def test_check_path_records_are_structs_not_dataclasses() -> None:
    """The records `check` creates at import are msgspec Structs (issue 11: plain records on the
    check path): a new dataclass on the path fails here, naming itself."""
    code = (
        CHECK_THE_EXAMPLE
        + "found = sorted(f'{name}.{cls.__qualname__}' for name, module in list(sys.modules.items())\n"
        "               if name.startswith('factcheck') for cls in vars(module).values()\n"
        "               if isinstance(cls, type) and cls.__module__ == name and '__dataclass_params__' in vars(cls))\n"
        "print(json.dumps({'code': code, 'dataclasses': found}))\n"
    )
    found = modules_after(code)
    assert found["code"] == 0
    assert isinstance(found["dataclasses"], list)
    assert sorted(set(found["dataclasses"]) - DATACLASSES_LEFT) == []


# Module-level patterns compiled when the check path is imported (session 25: 80, from 173). A
# pattern that only some texts need is `factcheck.lazyre.lazy(...)`, compiled on first use; the
# ones left compiled at import are used by nearly every check (dates, numbers, sentences).
COMPILED_AT_IMPORT_AT_MOST = 90


def test_the_check_path_compiles_few_patterns_at_import() -> None:
    """Compiling a pattern costs ~0.1 ms in pure Python; a check used to compile ~90 module-level
    patterns it never used. A new `re.compile` at module level on the check path counts here."""
    code = (
        CHECK_THE_EXAMPLE + "import re\n"
        "found = sorted(f'{name}.{key}' for name, module in list(sys.modules.items())\n"
        "               if name.startswith('factcheck') for key, value in vars(module).items()\n"
        "               if isinstance(value, re.Pattern))\n"
        "print(json.dumps({'code': code, 'compiled': found}))\n"
    )
    found = modules_after(code)
    assert found["code"] == 0
    compiled = found["compiled"]
    assert isinstance(compiled, list)
    assert len(compiled) <= COMPILED_AT_IMPORT_AT_MOST, compiled


def test_version_imports_nothing_of_the_pipeline() -> None:
    code = (
        "import json, sys\n"
        "from factcheck.cli import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps({'modules': sorted(sys.modules)}))\n"
    )
    modules = modules_after(code)["modules"]
    assert isinstance(modules, list)
    heavy = [m for m in modules if m.split(".")[0] in NOT_FOR_VERSION or m.startswith(NOT_FOR_VERSION)]
    assert heavy == []


# code that sets `built`: the factcheck pydantic models whose validator has been built
BUILT_MODELS = (
    "def models(cls):\n"
    "    for sub in cls.__subclasses__():\n"
    "        yield sub\n"
    "        yield from models(sub)\n"
    "built = sorted({m.__qualname__ for m in models(pydantic.BaseModel)\n"
    "                if m.__module__.startswith('factcheck') and m.__pydantic_complete__})\n"
)


def test_no_model_is_built_at_import() -> None:
    """Every factcheck pydantic model defers building its validator to first use, so a check
    builds only the models it uses (building one is most of what importing the model costs)."""
    code = (
        "import json, pydantic\n"
        "import factcheck.cli.app, factcheck.cli.check, factcheck.cli.options, factcheck.pipeline.run\n"
        "import factcheck.report.text, factcheck.report.json_format, factcheck.extract.claimsfile\n"
        + BUILT_MODELS
        + "print(json.dumps({'built': built}))\n"
    )
    assert modules_after(code)["built"] == []


def test_the_console_script_collects_garbage_during_the_run() -> None:
    """`entry()` pauses the garbage collector for start-up only: the pipeline (a long review)
    runs with it switched on again, and --version never needs it."""
    code = (
        "import gc, json, sys\n"
        "import factcheck.pipeline.run as pipeline\n"
        "seen = []\n"
        "real = pipeline.run\n"
        "def spy(*args, **kwargs):\n"
        "    seen.append(gc.isenabled())\n"
        "    return real(*args, **kwargs)\n"
        "pipeline.run = spy\n"
        "from factcheck.cli import entry\n"
        "sys.argv = ['factcheck', 'check', '--fail-on', 'critical', 'examples/consistent-summary.md']\n"
        "try:\n"
        "    entry()\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        "print(json.dumps({'code': code, 'seen': seen, 'after': gc.isenabled()}))\n"
    )
    assert modules_after(code) == {"code": 0, "seen": [True], "after": True}


def test_a_process_that_never_paused_is_left_alone() -> None:
    """In-process callers of `main` (tests, library users) keep their collector as it was."""
    from factcheck.cli.startup import pause_collector, resume_collector

    resume_collector()
    assert gc.isenabled()
    gc.disable()
    try:
        pause_collector()  # already off: not ours to switch back on
        resume_collector()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_no_model_field_defaults_to_a_builtin_factory() -> None:
    """`default_factory=list` makes pydantic tokenize the builtin's text signature when it builds
    the model, compiling the tokenizer's patterns in every `check`: model.defaults has Python ones."""
    import pydantic

    import factcheck.cli.app
    import factcheck.extract.claimsfile
    import factcheck.grade.suppress
    import factcheck.pipeline.run
    import factcheck.rules.cases  # noqa: F401 - imported for its models

    def models(cls: type[pydantic.BaseModel]) -> list[type[pydantic.BaseModel]]:
        found: list[type[pydantic.BaseModel]] = []
        for sub in cls.__subclasses__():
            found += [sub, *models(sub)]
        return found

    builtin = [
        f"{model.__qualname__}.{name}"
        for model in models(pydantic.BaseModel)
        if model.__module__.startswith("factcheck")
        for name, info in model.model_fields.items()
        if isinstance(info.default_factory, type | types.BuiltinFunctionType)
    ]
    assert builtin == []


def test_converting_units_does_not_import_dask() -> None:
    # pint loads dask's hooks when dask is installed; a check that converts miles never needs them
    code = (
        "import json, sys\n"
        "from factcheck.rules.checks.units import converted\n"
        "km = converted(1.0, 2.0, 'miles', 'km')\n"
        "other = converted(1.0, 2.0, 'miles', 'mph')\n"
        "print(json.dumps({'km': km, 'other': other, 'dask': 'dask' in sys.modules}))\n"
    )
    found = modules_after(code)
    assert found["km"] == [1.609344, 3.218688]
    assert found["other"] is None  # a length and a speed never compare
    assert found["dask"] is False


# Off the text-format check path since issue 11 wave 5: no validator is built for what
# factcheck makes itself:
# findings, sides, verdicts, summaries, rule docs, the rules and their parameters (from
# rules/compiled.json). Extraction still validates its candidates (the Claim union, a quotation's
# date interval), and a registry's store records are validated when there are many of a kind.
NOT_VALIDATED_ON_THE_CHECK_PATH = {
    "Finding",
    "Side",
    "SourceSummary",
    "RuleDoc",
    "ClaimVerdict",
    "Evidence",
    "Report",
    "Rule",
    "PatternSpec",
    "JoinSpec",
    "Params",
}


def test_a_text_check_builds_no_model_validator() -> None:
    code = (
        "import json, sys, pydantic\n"
        "from factcheck.cli import main\n"
        "codes = []\n"
        "for example in ('examples/consistent-summary.md', 'examples/inconsistent-summary.md'):\n"
        "    try:\n"
        "        main(['check', '--fail-on', 'critical', example])\n"
        "    except SystemExit as exit:\n"
        "        codes.append(exit.code)\n"
        + BUILT_MODELS
        + "print(json.dumps({'codes': codes, 'built': built, 'modules': sorted(sys.modules)}))\n"
    )
    found = modules_after(code)
    assert found["codes"] == [0, 1]  # the second example has a critical finding: graded and printed
    built = found["built"]
    assert isinstance(built, list)
    assert [m for m in built if m in NOT_VALIDATED_ON_THE_CHECK_PATH or m.endswith("Params")] == []
    modules = found["modules"]
    assert isinstance(modules, list)
    assert "factcheck.report.text" in modules
