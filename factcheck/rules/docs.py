"""The rules reference (docs/rules.md), generated from the rule files so it cannot drift from them.

`factcheck rules docs -o docs/rules.md` writes it; tests/test_rules_docs.py fails when the
committed page differs from what the rule files generate.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from factcheck.model import Rule
from factcheck.rules.checks import CHECKS

HEADER = """\
# Rules

<!-- Generated from rules/*.yaml by `factcheck rules docs -o docs/rules.md`.
     Edit the rule files, then regenerate; tests fail when this page is stale. -->

Every rule matches claims on the engine, runs one check from a fixed table of Python functions
with the parameters below, and reports a finding with a grade (see [grading.md](grading.md)).
`factcheck rules explain ID` prints the same for one rule; `factcheck rules test` runs every
example through the real engine.
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


def _params_table(rule: Rule) -> list[str]:
    """Parameters of the rule's check: default and the value this rule sets."""
    defaults = CHECKS[rule.check].params
    if not defaults:
        return ["No parameters."]
    lines = ["| parameter | default | this rule |", "|---|---|---|"]
    for name, default in defaults.items():
        lines.append(f"| `{name}` | {_compact(default)} | {_compact(rule.params.get(name, default))} |")
    return lines


def rule_section(rule: Rule) -> str:
    """One rule's section: grade, summary, rationale, check and parameters, examples."""
    spec = CHECKS[rule.check]
    grade = f"**Grade:** {rule.grade.value}"
    if rule.outcomes:
        grade += " (" + ", ".join(f"outcome `{k}`: {v.value}" for k, v in rule.outcomes.items()) + ")"
    if rule.check_outcomes:
        grade += "; in `check`, when the document is wrong: " + ", ".join(
            f"`{k}`: {v.value}" for k, v in rule.check_outcomes.items()
        )
    lines = [
        f"## {rule.id} {rule.name}",
        "",
        f"{grade}{'' if rule.enabled else ' — disabled in its rule file'}",
        "",
        f"{rule.summary}",
        "",
        *_paragraphs("**Why.** " + rule.rationale),
        f"**Check:** `{rule.check}` — {spec.doc}",
        "",
        *_params_table(rule),
        "",
        "**Flags:**",
        "",
        *(_example(e) for e in rule.examples.flag),
        "",
        "**Passes:**",
        "",
        *(_example(e) for e in rule.examples.pass_),
    ]
    return "\n".join(lines) + "\n"


def rules_markdown(rules: Iterable[Rule]) -> str:
    """The whole reference page: an index table, then one section per rule, by id."""
    ordered = sorted(rules, key=lambda rule: rule.id)
    index = ["| rule | grade | summary |", "|---|---|---|"]
    for rule in ordered:
        index.append(
            f"| [{rule.id} {rule.name}](#{anchor(f'{rule.id} {rule.name}')}) | {rule.grade.value} | {rule.summary} |"
        )
    sections = [rule_section(rule) for rule in ordered]
    return "\n".join([HEADER, *index, "", *sections]).rstrip("\n") + "\n"
