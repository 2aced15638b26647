"""The standard rule files, validated once when factcheck is built, so a run need not parse them.

Parsing and validating the rule files is a tenth of a cold `factcheck check` (YAML parsing, and
building the pydantic validator of the Rule model). The result is a pure function of a file's
bytes and of the Rule model, so `compiled.json` (package data, like the rule files) keeps each
standard file's validated Rule, keyed by the SHA-256 of the file's text. `rules.loader` takes a
file whose text has an entry from here instead of parsing it: the bundled registry's rules/ is
a copy of the standard rules, and `check --source` uses them directly. Any other file (a rule
an editor changed or wrote) is parsed and validated as before.

The table is package data, never a cache written at run time: a file in a registry's folder
could be crafted to skip validation, a file in the installed package cannot. `fingerprint()`
covers the Rule model's fields and the version, so a table made for another model is ignored;
tests/test_rules_compiled.py fails when the table is stale (regenerate it with
`python -m factcheck.rules.compile`). Each entry also keeps the rule's parameters as its
built-in check validates them (defaults filled in), so a check builds no parameter validator;
the fingerprint covers every built-in check's parameter model, and a rule whose check is not the
built-in one has its parameters validated as before. Checks and shapes are not in the table:
they are still checked on every load.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import hashlib
import json
import typing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from factcheck import __version__
from factcheck.model import Grade, JoinSpec, PatternSpec, Rule, RuleExamples

if TYPE_CHECKING:
    from factcheck.rules.checks.base import CheckSpec

TABLE = Path(__file__).with_name("compiled.json")
FORMAT = "3"  # bump when the encoding below changes
_MODELS: dict[str, type[BaseModel]] = {m.__name__: m for m in (Rule, PatternSpec, JoinSpec, RuleExamples)}
_ENUMS: dict[str, type[enum.Enum]] = {"Grade": Grade}


def digest(text: str) -> str:
    """The table's key for a rule file's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint() -> str:
    """What a validated Rule depends on besides the file: the models' fields and the version."""
    parts = [FORMAT, __version__, *(f"{name}:{model.model_fields!r}" for name, model in _MODELS.items())]
    parts += [f"{name}:{[m.value for m in cls]}" for name, cls in _ENUMS.items()]
    parts += [
        f"params {spec.name}:{_qualified(spec.params)}:{spec.params.model_fields!r}" for spec in _builtin()
    ]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def known(text: str) -> tuple[Rule, dict[str, Any]] | None:
    """The validated Rule of a standard rule file with exactly this text and its parameters as
    its built-in check validates them (objects of its own for each call), or None."""
    entry = _entry(text)
    if entry is None:
        return None
    return typing.cast(Rule, entry["rule"]), typing.cast(dict[str, Any], entry["params"])


def known_rule(text: str) -> Rule | None:
    """The validated Rule of a standard rule file with exactly this text, or None."""
    found = known(text)
    return None if found is None else found[0]


def known_params(text: str) -> dict[str, Any] | None:
    """The validated parameters of a standard rule file with exactly this text, or None."""
    found = known(text)
    return None if found is None else found[1]


def entry_json(rule: Rule, params: dict[str, Any]) -> str:
    """A table entry: the rule and its validated parameters."""
    return json.dumps(encode({"rule": rule, "params": params}), ensure_ascii=False)


def _entry(text: str) -> dict[str, Any] | None:
    entry = _table().get(digest(text))
    return None if entry is None else typing.cast(dict[str, Any], json.loads(entry, object_hook=decode))


def _builtin() -> list[CheckSpec]:
    from factcheck.rules.checks.registry import builtin_checks

    return sorted(builtin_checks().values(), key=lambda spec: spec.name)


def _qualified(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


@functools.cache
def _table() -> dict[str, str]:
    """digest -> the Rule as JSON; empty when the table is missing or made for another model."""
    try:
        data = json.loads(TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("fingerprint") != fingerprint():
        return {}
    rules = data.get("rules")
    return rules if isinstance(rules, dict) else {}


def encode(value: Any) -> Any:
    """A validated value as JSON: what JSON has as it is, the rest as a one-key "$tag" object."""
    if isinstance(value, BaseModel):
        fields = {name: encode(item) for name, item in value.__dict__.items()}
        return {"$model": type(value).__name__, "fields": fields, "set": sorted(value.model_fields_set)}
    if isinstance(value, enum.Enum):
        return {"$enum": type(value).__name__, "value": value.value}
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dict):
        if any(not isinstance(key, str) or key.startswith("$") for key in value):
            raise TypeError("a key that is not text, or starts with $, cannot be told from a tag")
        return {key: encode(item) for key, item in value.items()}
    if isinstance(value, list):
        return [encode(item) for item in value]
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot encode {type(value).__name__} in the compiled rules")


def decode(value: dict[str, Any]) -> Any:
    """json.loads' object hook undoing `encode` (models built without validating again: they were
    validated when the table was made)."""
    if "$model" in value:
        cls = _MODELS[value["$model"]]
        return cls.model_construct(_fields_set=set(value["set"]), **value["fields"])
    if "$enum" in value:
        return _ENUMS[value["$enum"]](value["value"])
    if "$datetime" in value:
        return dt.datetime.fromisoformat(value["$datetime"])
    if "$date" in value:
        return dt.date.fromisoformat(value["$date"])
    return value
