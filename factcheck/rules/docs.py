"""The rules reference (docs/rules.md), generated from the rule files so it cannot drift from them.

`factcheck rules docs -o docs/rules.md` writes it; tests/test_rules_docs.py fails when the
committed page differs from what the rule files generate.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic.fields import FieldInfo

from factcheck.rules.cases import ProseCase, all_cases
from factcheck.rules.checks import CheckRegistry
from factcheck.rules.loader import LoadedRule, load_rules

HEADER = """\
# Rules

<!-- Generated from rules/*.yaml by `factcheck rules docs -o docs/rules.md`.
     Edit the rule files, then regenerate; tests fail when this page is stale. -->

Every rule matches claims on the engine, runs one check from a fixed table of Python functions
with the parameters below, and reports a finding with a grade (see [grading.md](grading.md));
FC900–FC903 are reported by factcheck itself. Each section has the same parts: what it flags,
why it matters, an example in prose (from `rules/cases/`), parameters, and the version since
which it exists. `factcheck rules explain ID` prints one rule; `factcheck rules test` runs every
example and prose case through the real pipeline.
"""


def anchor(heading: str) -> str:
    """GitHub's anchor for a Markdown heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _compact(value: Any) -> str:
    """A field value in YAML flow style: [a, b], {k: v}, dates as ISO."""
    if isinstance(value, list):
        return "[" + ", ".join(_compact(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_compact(v)}" for k, v in value.items()) + "}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def _fact(name: str, fields: Mapping[str, Any]) -> str:
    """One pattern of an example: its words and the fields the check reads."""
    words = fields.get("text", fields.get("canonical", ""))
    rest = ", ".join(f"{k}: {_compact(v)}" for k, v in fields.items() if k not in ("text", "canonical"))
    return f"`{name}` “{words}”" + (f" ({rest})" if rest else "")


def _example(example: Mapping[str, Any]) -> str:
    """One example as a list item: each pattern's fact, then the expected grade and note."""
    facts = " vs ".join(_fact(k, v) for k, v in example.items() if isinstance(v, dict))
    extras = [f"expect {example['expect']}" if example.get("expect") else None, example.get("note")]
    notes = "; ".join(str(e) for e in extras if e)
    return f"- {facts}" + (f" — {notes}" if notes else "")


def _paragraphs(text: str) -> list[str]:
    """Blank-line-separated paragraphs, each rewrapped onto one line, each followed by a blank."""
    lines = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines += [" ".join(paragraph.split()), ""]
    return lines


def _params_table(item: LoadedRule) -> list[str]:
    """The check's parameters: type, bounds, default, and the value this rule sets."""
    if item.spec is None:
        return [f"None: raised by the {item.rule.raised_by}, not matched on the engine."]
    fields = item.spec.params.model_fields
    if not fields:
        return ["None."]
    lines = ["| parameter | type and bounds | default | this rule | meaning |", "|---|---|---|---|---|"]
    for name, info in fields.items():
        default = info.get_default(call_default_factory=True)
        lines.append(
            f"| `{name}` | {_type_of(info)} | {_compact(default)} | {_compact(item.params[name])} "
            f"| {info.description or ''} |"
        )
    return lines


def _type_of(info: FieldInfo) -> str:
    """'float, > 1.0, ≤ 1000000.0' from a pydantic field's annotation and bounds."""
    annotation = info.annotation
    words = [annotation.__name__ if isinstance(annotation, type) else str(annotation).replace("typing.", "")]
    symbols = {"gt": ">", "ge": "≥", "lt": "<", "le": "≤", "min_length": "length ≥"}
    for meta in info.metadata:
        for attr, symbol in symbols.items():
            value = getattr(meta, attr, None)
            if value is not None:
                words.append(f"{symbol} {_compact(value)}")
    return ", ".join(words)


def _case_lines(case: ProseCase) -> list[str]:
    """A prose case as a quoted source text (or several) and summary, and what it reports."""
    lines = []
    for index, source in enumerate(case.sources, 1):
        lines += [
            f"Source {index} ({source.tier}):",
            "",
            *(f"> {line}" for line in source.text.strip().splitlines()),
            "",
        ]
    if case.summary is not None:
        lines += ["Summary:", "", *(f"> {line}" for line in case.summary.strip().splitlines()), ""]
    if case.findings:
        found = "; ".join(f"{f.grade} on line {f.line} of the {f.file}" for f in case.findings)
        lines.append(f"Reports: {found}.")
    else:
        lines.append("Reports nothing.")
    return [*lines, ""]


def _examples(item: LoadedRule, cases: Sequence[ProseCase]) -> list[str]:
    """The 'Example' section: a prose case that flags and one that passes, else the structured ones."""
    flag = next((c for c in cases if c.findings), None)
    passes = next((c for c in cases if not c.findings), None)
    lines: list[str] = []
    if flag is not None:
        lines += [f"**Flags** — {flag.name}:", "", *_case_lines(flag)]
    if passes is not None:
        lines += [f"**Passes** — {passes.name}:", "", *_case_lines(passes)]
    rule = item.rule
    if rule.flag_examples:
        lines += ["Structured examples (`factcheck rules test`), flagged:", ""]
        lines += [*(_example(e) for e in rule.flag_examples), ""]
        lines += ["passed:", "", *(_example(e) for e in rule.pass_examples), ""]
    return lines or ["None: raised by factcheck itself.", ""]


def rule_section(item: LoadedRule, cases: Sequence[ProseCase] = ()) -> str:
    """One rule's section, always in the same order: what it flags, why it matters, example,
    parameters, since (as ruff's rule pages)."""
    rule = item.rule
    grade = f"**Grade:** {rule.grade.value}"
    if rule.outcomes:
        grade += " (" + ", ".join(f"outcome `{k}`: {v.value}" for k, v in rule.outcomes.items()) + ")"
    if rule.check_outcomes:
        grade += "; in `check`, when the document is wrong: " + ", ".join(
            f"`{k}`: {v.value}" for k, v in rule.check_outcomes.items()
        )
    check = f"check `{rule.check}` — {item.spec.doc}" if item.spec else f"raised by the {rule.raised_by}"
    lines = [
        f"## {rule.id} {rule.name}",
        "",
        f"{grade}{'' if rule.enabled else ' — disabled in its rule file'}; {check}",
        "",
        "### What it flags",
        "",
        rule.summary,
        "",
        "### Why it matters",
        "",
        *_paragraphs(rule.rationale),
        "### Example",
        "",
        *_examples(item, cases),
        "### Parameters",
        "",
        *_params_table(item),
        "",
        "### Since",
        "",
        f"{rule.since}",
    ]
    return "\n".join(lines) + "\n"


def rules_markdown(
    rules: Iterable[LoadedRule], cases: Mapping[str, Sequence[ProseCase]] | None = None
) -> str:
    """The whole reference page: an index table, then one section per rule, by id."""
    ordered = sorted(rules, key=lambda item: item.rule.id)
    index = ["| rule | grade | summary |", "|---|---|---|"]
    for item in ordered:
        rule = item.rule
        index.append(
            f"| [{rule.id} {rule.name}](#{anchor(f'{rule.id} {rule.name}')}) | {rule.grade.value} | {rule.summary} |"
        )
    sections = [rule_section(item, (cases or {}).get(item.rule.id, ())) for item in ordered]
    return "\n".join([HEADER, *index, "", *sections]).rstrip("\n") + "\n"


def folder_markdown(rules_dir: Path, checks: CheckRegistry | None = None) -> str:
    """The reference page for the rule files and prose cases of one rules folder, as written
    (a configuration's disable list and grade overrides are local choices and not applied)."""
    return rules_markdown(load_rules(rules_dir, checks), all_cases(rules_dir))
