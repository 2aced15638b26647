"""Suppressions: inline ignore comments, a waivers file, and a baseline of known findings.

* Inline, in a checked document: `<!-- factcheck-ignore FC301 -- reason -->` (or the same words
  without the HTML comment in plain text) silences the named rules on the next block (the next
  non-blank line through the end of its paragraph). A reason after `--` is required; without
  one the comment silences nothing and is reported.
* Waivers, in the registry's `waivers.yaml`: rule id, a claim id or a fingerprint, a reason and
  an optional expiry date. An expired waiver silences nothing and is reported.
* A baseline file (JSON) lists fingerprints of findings a team has accepted; only new
  findings remain. Fingerprints do not depend on line numbers.
Unused inline suppressions and waivers are reported, so stale ones do not pile up.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from pathlib import Path

import msgspec
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from factcheck.errors import ErrorList, FactcheckError
from factcheck.grade.grading import rule_docs
from factcheck.lazyre import lazy
from factcheck.model import Finding, IsoDate, Rule, RuleDoc, Side, Tier
from factcheck.rules.raised import (
    SUPPRESSION_EXPIRED,
    SUPPRESSION_NO_REASON,
    SUPPRESSION_UNUSED,
    standard_raised,
)
from factcheck.safewrite import DEFAULT_LOCK_TIMEOUT, registry_lock, write_text
from factcheck.yamlio import MAX_FILE_BYTES, line_of, load_yaml, read_text

WAIVERS_FILE = "waivers.yaml"
_WORD = lazy(r"[^\W\d_]{2,}")  # two letters in a row, in any script
_INLINE = re.compile(
    r"factcheck-ignore\s+(?P<rules>FC\d{3}(?:\s*,\s*FC\d{3})*)\s*(?:--(?!>)\s*(?P<reason>.*?))?\s*(?:-->)?\s*$"
)


def is_meta(finding: Finding) -> bool:
    """True for findings about suppressions themselves (never baselined)."""
    return finding.rule_id in (SUPPRESSION_UNUSED, SUPPRESSION_NO_REASON, SUPPRESSION_EXPIRED)


class InlineSuppression(msgspec.Struct):
    """An ignore comment in a checked document and the lines it covers."""

    file: str
    line: int
    rules: frozenset[str]
    reason: str | None
    first: int
    last: int
    used: bool = False

    def covers(self, finding: Finding, side: Side | None) -> bool:
        """True when the finding is one of the rules on a covered line of this file."""
        return (
            self.reason is not None
            and finding.rule_id in self.rules
            and side is not None
            and side.file == self.file
            and side.line is not None
            and self.first <= side.line <= self.last
        )


def parse_inline(text: str, file: str) -> list[InlineSuppression]:
    """Every ignore comment in `text`, with the block of lines (1-based) it covers."""
    lines = text.splitlines()
    found = []
    for index, line in enumerate(lines):
        match = _INLINE.search(line)
        if match is None:
            continue
        first = index + 1
        while first < len(lines) and not lines[first].strip():
            first += 1
        last = first
        while last + 1 < len(lines) and lines[last + 1].strip():
            last += 1
        rules = frozenset(r.strip() for r in match.group("rules").split(","))
        reason = (match.group("reason") or "").strip() or None
        found.append(InlineSuppression(file, index + 1, rules, reason, first + 1, last + 1))
    return found


class Waiver(BaseModel):
    """A registry-level decision to accept a finding, for a reason, maybe until a date."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)

    rule: str = Field(pattern=r"^FC\d{3}$")
    claim: str | None = None
    fingerprint: str | None = None
    reason: str = Field(min_length=3)
    expires: IsoDate | None = None

    @field_validator("reason")
    @classmethod
    def _has_words(cls, value: str) -> str:
        if not _WORD.search(value):
            raise ValueError("a waiver's reason must say why in words, for the next editor")
        return value.strip()

    @model_validator(mode="after")
    def _target(self) -> Waiver:
        if (self.claim is None) == (self.fingerprint is None):
            raise ValueError("give exactly one of 'claim' or 'fingerprint'")
        return self

    def matches(self, finding: Finding) -> bool:
        """True when this waiver is about this finding."""
        if finding.rule_id != self.rule:
            return False
        if self.fingerprint is not None:
            return finding.fingerprint == self.fingerprint
        return any(s.claim_id == self.claim for s in finding.sides)


def load_waivers(path: Path) -> list[Waiver]:
    """The waivers in `path`; none when the file does not exist."""
    if not path.is_file():
        return []
    data = load_yaml(path)
    items = data.get("waivers", []) if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise FactcheckError("expected a top-level 'waivers:' list", path=path)
    waivers, errors = [], []
    for index, item in enumerate(items):
        try:
            waivers.append(Waiver.model_validate(item))
        except ValidationError as exc:
            for err in exc.errors():
                loc = ("waivers", index, *err["loc"])
                errors.append(
                    FactcheckError(
                        err["msg"],
                        path=path,
                        line=line_of(data, loc),
                        field=".".join(map(str, err["loc"])) or None,
                    )
                )
    if errors:
        raise ErrorList(errors)
    return waivers


def load_baseline(path: Path) -> set[str]:
    """Fingerprints in a baseline file written by `write_baseline`."""
    if not path.exists():
        raise FactcheckError(
            "baseline file not found", path=path, hint="create one with --write-baseline FILE"
        )
    text = read_text(path, MAX_FILE_BYTES)
    try:
        data = json.loads(text)
        return {str(entry["fingerprint"]) for entry in data["findings"]}
    except RecursionError:
        raise FactcheckError(
            "not a factcheck baseline file: nested too deeply",
            path=path,
            hint="regenerate it with --write-baseline FILE",
        ) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise FactcheckError(
            f"not a factcheck baseline file: {exc}",
            path=path,
            hint="regenerate it with --write-baseline FILE",
        ) from None


def write_baseline(
    path: Path, findings: Iterable[Finding], lock_timeout: float = DEFAULT_LOCK_TIMEOUT
) -> None:
    """Record these findings' fingerprints (with rule and message for people reading the file)."""
    entries = sorted(
        ({"fingerprint": f.fingerprint, "rule": f.rule_id, "message": f.message} for f in findings),
        key=lambda e: (e["rule"], e["fingerprint"]),
    )
    text = json.dumps({"version": 1, "findings": entries}, indent=2, ensure_ascii=False) + "\n"
    with registry_lock(path.parent if path.parent.exists() else Path.cwd(), lock_timeout):
        write_text(path, text)


class Suppressions(msgspec.Struct):
    """Everything that may silence findings in one run."""

    inline: list[InlineSuppression] = msgspec.field(default_factory=list)
    waivers: list[Waiver] = msgspec.field(default_factory=list)
    waivers_file: str | None = None
    baseline: set[str] = msgspec.field(default_factory=set)
    rules: dict[str, Rule] = msgspec.field(default_factory=standard_raised)  # FC901-903 in force, by id


class Outcome(msgspec.Struct):
    """Findings left after suppression, findings about the suppressions, and how many were silenced."""

    kept: list[Finding]
    meta: list[Finding]
    suppressed: int
    rules: dict[str, Rule] = msgspec.field(default_factory=dict)

    def rule_docs(self) -> list[RuleDoc]:
        """Docs of the meta rules that produced findings (SARIF needs every rule it references)."""
        used = {f.rule_id for f in self.meta}
        return rule_docs(rule for rule_id, rule in sorted(self.rules.items()) if rule_id in used)


def apply(findings: Iterable[Finding], suppressions: Suppressions, today: dt.date | None = None) -> Outcome:
    """Separate silenced findings from the rest and report unused, expired or unexplained suppressions."""
    today = today or dt.date.today()
    active = {i for i, w in enumerate(suppressions.waivers) if w.expires is None or w.expires >= today}
    used_waivers: set[int] = set()  # indices into suppressions.waivers
    kept: list[Finding] = []
    suppressed = 0
    for finding in findings:
        side = finding.primary_side()
        inline = next((s for s in suppressions.inline if s.covers(finding, side)), None)
        waiver = next((i for i in sorted(active) if suppressions.waivers[i].matches(finding)), None)
        if inline is not None:
            inline.used = True
        if waiver is not None:
            used_waivers.add(waiver)
        if inline or waiver is not None or finding.fingerprint in suppressions.baseline:
            suppressed += 1
        else:
            kept.append(finding)
    meta = _meta_findings(suppressions, active, used_waivers)
    return Outcome(kept, [f for f in meta if f is not None], suppressed, suppressions.rules)


def _meta_findings(suppressions: Suppressions, active: set[int], used: set[int]) -> list[Finding | None]:
    """Findings about the suppressions themselves (None where that rule is switched off)."""
    rules = suppressions.rules
    findings: list[Finding | None] = []
    for s in suppressions.inline:
        where = Side(
            claim_id=f"{s.file}:{s.line}",
            source=s.file,
            tier=Tier.DRAFT,
            text=f"factcheck-ignore {', '.join(sorted(s.rules))}",
            file=s.file,
            line=s.line,
            column=1,
        )
        if s.reason is None:
            findings.append(
                _meta(
                    rules.get(SUPPRESSION_NO_REASON),
                    f"suppression of {', '.join(sorted(s.rules))} has no reason "
                    "(add `-- reason`); it silences nothing",
                    where,
                )
            )
        elif not s.used:
            findings.append(
                _meta(
                    rules.get(SUPPRESSION_UNUSED),
                    f"suppression of {', '.join(sorted(s.rules))} silences nothing "
                    f"on lines {s.first}-{s.last}; remove it",
                    where,
                )
            )
    for index, w in enumerate(suppressions.waivers):
        target = w.claim or w.fingerprint or ""
        where = Side(
            claim_id=f"waiver:{w.rule}:{target}",
            source=suppressions.waivers_file or WAIVERS_FILE,
            tier=Tier.REFERENCE,
            text=f"{w.rule} {target}: {w.reason}",
        )
        if index not in active:
            findings.append(
                _meta(
                    rules.get(SUPPRESSION_EXPIRED),
                    f"waiver of {w.rule} for {target} expired on {w.expires}; it silences nothing",
                    where,
                )
            )
        elif index not in used:
            findings.append(
                _meta(
                    rules.get(SUPPRESSION_UNUSED),
                    f"waiver of {w.rule} for {target} silences nothing; remove it",
                    where,
                )
            )
    return findings


def _meta(rule: Rule | None, message: str, where: Side) -> Finding | None:
    """A finding of a raised rule (None when the configuration switched it off)."""
    if rule is None:
        return None
    return Finding(
        rule_id=rule.id,
        rule_name=rule.name,
        grade=rule.grade,
        outcome=rule.name,
        confidence=1.0,
        message=message,
        sides=[where],
        fingerprint=Finding.make_fingerprint(rule.id, [where.claim_id], [where.text]),
    )
