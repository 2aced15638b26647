"""`factcheck rules …`: list, explain, test and document the rules."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import click

from factcheck.cli.options import (
    EXIT_FINDINGS,
    configured_rules,
    emit,
    frames_root,
    handle_errors,
    output_option,
    registry_option,
    resolve_registry,
    resolve_rules,
    rules_option,
    use_config_frames,
)
from factcheck.errors import FactcheckError


@click.group()
def rules() -> None:
    """List, explain and test the rules.

    \b
    Example:
      factcheck rules list
      factcheck rules explain FC101
    """


@rules.command("list")
@registry_option
@rules_option
@handle_errors
def rules_list(registry: Path | None, rules_dir: Path | None) -> None:
    """List every rule: id, name, grade, summary.

    \b
    Example:
      factcheck rules list
    """
    from tabulate import tabulate

    items = configured_rules(registry, rules_dir)
    rows = [[i.rule.id, i.rule.name, i.rule.grade.value, i.rule.check, i.rule.summary] for i in items]
    click.echo(tabulate(rows, headers=["id", "name", "grade", "check", "summary"], tablefmt="simple"))


@rules.command("explain")
@click.argument("rule_id")
@registry_option
@rules_option
@handle_errors
def rules_explain(rule_id: str, registry: Path | None, rules_dir: Path | None) -> None:
    """Explain one rule: summary, rationale, grade, parameters and examples.

    \b
    Example:
      factcheck rules explain FC101
    """
    items = configured_rules(registry, rules_dir)
    found = [i for i in items if rule_id in (i.rule.id, i.rule.name)]
    if not found:
        known = ", ".join(i.rule.id for i in items)
        raise FactcheckError(f"no rule '{rule_id}'", hint=f"known rules: {known}")
    rule, spec, params = found[0].rule, found[0].spec, found[0].params
    lines = [
        f"{rule.id} {rule.name} [{rule.grade.value}]",
        "",
        rule.summary,
        "",
        "Why:",
        textwrap.indent(rule.rationale.strip(), "  "),
        "",
    ]
    if spec is not None:
        lines.append(f"Check: {rule.check} — {spec.doc}")
        lines.append("Parameters: " + (", ".join(f"{k}={v}" for k, v in params.items()) or "none"))
    else:
        lines.append(f"Raised by the {rule.raised_by}, not matched on the engine.")
    if rule.outcomes:
        lines.append("Grades by outcome: " + ", ".join(f"{k} → {v.value}" for k, v in rule.outcomes.items()))
    from factcheck.extract.frames_explain import explain_frames  # extraction loads only when asked

    # the registry's own events and count cues are explained too, from its root's configuration
    use_config_frames(frames_root(registry))

    kinds = {str(p.where.get("kind")) for p in rule.match.values() if p.where.get("kind")}
    frames = explain_frames(kinds)
    if frames:
        lines += ["", "How claims meet (automatic frames, for candidates with no curated subject):"]
        lines += ["  " + line if line else "" for line in frames]
    for kind, examples in (("Flags", rule.flag_examples), ("Passes", rule.pass_examples)):
        if not examples:
            continue
        lines.append(f"\n{kind}:")
        for example in examples:
            texts = [
                f"“{v.get('text', v.get('canonical', ''))}”"
                for k, v in example.items()
                if isinstance(v, dict)
            ]
            note = f"  ({example['note']})" if example.get("note") else ""
            lines.append("  - " + " vs ".join(texts) + note)
    click.echo("\n".join(lines))


@rules.command("test")
@registry_option
@rules_option
@handle_errors
def rules_test(registry: Path | None, rules_dir: Path | None) -> None:
    """Run every rule's flag and pass examples, and its prose cases (rules/cases/), through the
    real engine and pipeline.

    \b
    Example:
      factcheck rules test
    """
    from factcheck.pipeline.cases import run_case
    from factcheck.pipeline.examples import run_examples
    from factcheck.registry.config import load_config
    from factcheck.rules import load_rules
    from factcheck.rules.cases import all_cases
    from factcheck.rules.select import checks_for

    items = configured_rules(registry, rules_dir)
    folder = items[0].path.parent
    # prose cases expect the grades written in the rule files, not a configuration's overrides
    written = {item.rule.id: item for item in load_rules(folder, checks_for(load_config(Path.cwd())))}
    cases = all_cases(folder)
    failed = passed = 0
    for item in items:
        if not item.on_engine:
            continue
        lines = [(r.ok, f"{r.rule_id} {r.kind}[{r.index}]: {r.detail}") for r in run_examples(item)]
        for case in cases.get(item.rule.id, []):
            result = run_case(written[item.rule.id], case)
            lines.append((result.ok, f"{result.rule_id} case '{result.name}': {result.detail}"))
        for ok, line in lines:
            click.echo(f"{'ok  ' if ok else 'FAIL'} {line}")
            passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
    click.echo(f"\n{passed} passed, {failed} failed")
    if failed:
        sys.exit(EXIT_FINDINGS)


@rules.command("docs")
@registry_option
@rules_option
@output_option("Write the page to this file (atomically), e.g. docs/rules.md. Default: standard output.")
@handle_errors
def rules_docs(registry: Path | None, rules_dir: Path | None, output: Path | None) -> None:
    """Generate the rules reference (Markdown) from the rule files.

    The page describes the rule files as written: the config file's disable list and grade
    overrides are local choices and are not applied.

    \b
    Example:
      factcheck rules docs -o docs/rules.md
    """
    from factcheck.registry.config import load_config
    from factcheck.rules.docs import folder_markdown
    from factcheck.rules.select import checks_for

    config = load_config(Path.cwd())
    if rules_dir is None:
        rules_dir = resolve_rules(None, resolve_registry(registry, config), config)
    emit(folder_markdown(rules_dir, checks_for(config)), output)
