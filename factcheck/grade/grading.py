"""From engine matches to graded findings, and from findings to per-source letter grades.

The scale (docs/grading.md):
  critical  cannot both be true and would force a correction (counts an order of magnitude
            apart, a reversed relation)
  major     material (altered words inside quotation marks, one statement tied to different
            events or dates, a date or number outside tolerance, a duration that does not add up)
  minor     a misspelled name of a known entity, a secondary detail attributed differently
  info      accepted variants, compatible precision

Per-source letter grade, from the findings charged to the source (a finding is charged to the
side likely wrong when a more authoritative source is involved, otherwise to every news source
involved):
  A  nothing above info        B  minor findings only        C  one or two major
  D  three or more major, or one critical                     F  two or more critical
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from factcheck.engine.runner import Match
from factcheck.extract.numbers import TIME_UNITS, length_in_parts
from factcheck.extract.places import ORIGIN, PART
from factcheck.extract.roles import PREDICATE as ROLE_PREDICATE
from factcheck.extract.roles import holder_label
from factcheck.grade.excerpts import apart_in_statement
from factcheck.grade.grouping import WEEKDAY_RULE, Expand, Scope, group_findings
from factcheck.grade.swept import swept_findings
from factcheck.lazyre import lazy
from factcheck.model import (
    DAYS_PER_UNIT,
    DateClaim,
    DurationClaim,
    Entity,
    Finding,
    Grade,
    MentionClaim,
    QuantityClaim,
    QuoteClaim,
    RelationClaim,
    Rule,
    RuleDoc,
    Side,
    SourceSummary,
    Tier,
)
from factcheck.model.plain import constructed
from factcheck.registry import Registry
from factcheck.registry.facts import subject_join_key
from factcheck.rules.checks.base import Matched, fmt_interval
from factcheck.rules.checks.dates import describe

if TYPE_CHECKING:
    from factcheck.engine.sweep import Sweep

_PLACEHOLDER = lazy(r"\{([a-z_]+)\.([a-z_]+)\}")


def value_of(obj: Matched) -> str:
    """A claim's normalised value, as a short string."""
    if isinstance(obj, Entity):
        return obj.canonical
    if isinstance(obj, QuantityClaim):
        return f"{fmt_interval(*obj.interval())} {obj.unit}"
    if isinstance(obj, DateClaim):
        return describe(obj)
    if isinstance(obj, DurationClaim):
        return _duration_value(obj)
    if isinstance(obj, QuoteClaim):
        return obj.words
    if isinstance(obj, MentionClaim):
        return obj.text
    if isinstance(obj, RelationClaim):
        return _relation_value(obj)
    raise AssertionError(type(obj))


def _duration_value(obj: DurationClaim) -> str:
    """A length of time in the unit its text gives ("36-hour" is 36 hours, "a 30-minute delay"
    30 minutes), else in days: whole days would show a day and a half as 2 and half an hour as 0."""
    low, high = obj.interval_days()
    word = next((w for w in re.findall(r"[a-z]+", obj.text.lower()) if w.rstrip("s") in TIME_UNITS), "")
    unit = word.rstrip("s")
    if not unit:
        return f"{fmt_interval(round(low), round(high) if high != float('inf') else high)} days"
    named, factor = TIME_UNITS[unit]
    days = DAYS_PER_UNIT[named] * factor  # one of the text's unit, in days
    parts = length_in_parts(low * 86400) if low == high and obj.approx is None else None
    if parts is not None:
        return parts  # "2 hours, 1 minute, 39 seconds": "2 h 1 min 39 s", not "2.03 hours"
    low, high = round(low / days, 2), round(high / days, 2) if high != float("inf") else high
    return f"{fmt_interval(low, high)} {unit if (low, high) == (1, 1) else unit + 's'}"


def _relation_value(obj: RelationClaim) -> str:
    """A relation claim's value in words: "a county", "in Saran (district)", "from Kathmandu",
    "central (part of London)", "headmistress (the school's head teacher)"."""
    if obj.predicate == "is-a":  # a place's kind (extract/places.py)
        return f"a {obj.item}"
    if obj.predicate == "in" and obj.to:
        return f"in {_place_name(obj.to)} ({obj.item})"
    if obj.predicate == ORIGIN and obj.item:  # where a journey started (extract/places.py)
        return f"from {_place_name(obj.item)}"
    if obj.predicate == PART and obj.item:  # a part of a place (extract/places.py)
        return f"{obj.item} (part of {_place_name(obj.agent or '')})"
    if obj.predicate == ROLE_PREDICATE and obj.item:  # a person's role (extract/roles.py), and whose
        return f"{obj.item} ({holder_label(obj.agent)})" if obj.agent else obj.item
    if obj.members is not None:
        return ", ".join(obj.members) + ("" if obj.complete else ", …")
    return f"{obj.predicate} {obj.item or ''} from {obj.from_ or '?'} to {obj.to or '?'}".replace("  ", " ")


def _place_name(slug: str) -> str:
    """A place slug written as a name ("saran" -> "Saran", "port-velan" -> "Port Velan")."""
    return slug.replace("-", " ").title()


def _side(registry: Registry, obj: Matched) -> Side:
    if isinstance(obj, Entity):
        return constructed(
            Side,
            claim_id=obj.id,
            source="entities",
            tier=Tier.REFERENCE,
            text=obj.canonical,
            value=obj.canonical,
        )
    return registry.side(obj, value_of(obj))


def render_message(
    template: str, matched: Mapping[str, Matched], registry: Registry, details: Mapping[str, str]
) -> str:
    """Fill `{a.text}`, `{b.source}`, `{details.ratio}`… placeholders; nothing is evaluated."""

    def replace(found: re.Match[str]) -> str:
        pattern, name = found.groups()
        if pattern == "details":
            return details.get(name, "?")
        obj = matched.get(pattern)
        if obj is None:
            return found.group(0)
        if name == "value":
            return value_of(obj)
        if name == "source" and not isinstance(obj, Entity):
            return registry.sources[obj.source].id
        return str(getattr(obj, name, "?"))

    return _PLACEHOLDER.sub(replace, template)


def _confidence(value: float) -> float:
    """A check's confidence as the Finding holds it (a float in [0, 1]; findings are constructed,
    not validated: every field is a value made here, so no validator is built for them)."""
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"a check's confidence must lie in [0, 1], got {value!r}")
    return float(value)


# matched object's identity -> (the object, kept alive so its identity stays its own; its side)
SidesSeen = dict[int, tuple[Matched, Side]]


def to_finding(match: Match, registry: Registry, sides_seen: SidesSeen | None = None) -> Finding:
    """Grade one match and give it both sides' exact words and positions (`sides_seen`: the
    sides already made for matched objects: a claim meets many others)."""
    rule, verdict = match.rule, match.verdict
    if sides_seen is None:
        sides = [_side(registry, obj) for obj in match.matched.values()]
    else:
        sides = []
        for obj in match.matched.values():
            seen = sides_seen.get(id(obj))
            if seen is None:
                seen = sides_seen[id(obj)] = (obj, _side(registry, obj))
            sides.append(seen[1])
    likely = verdict.likely_wrong
    likely_id = match.matched[likely].id if likely and likely in match.matched else None
    in_check = any(s.claim_id == likely_id and s.tier is Tier.DRAFT for s in sides)
    grade = rule.grade_for(verdict.outcome, in_check)
    if rule.name == WEEKDAY_RULE and grade.rank < rule.grade.rank and not _date_confirmed(registry, match):
        grade = rule.grade  # a wrong weekday is a slip only beside the date the others give
    return constructed(
        Finding,
        rule_id=rule.id,
        rule_name=rule.name,
        grade=grade,
        outcome=verdict.outcome,
        confidence=_confidence(verdict.confidence),
        message=render_message(rule.message, match.matched, registry, verdict.details),
        sides=sides,
        likely_wrong=likely_id,
        fingerprint=Finding.make_fingerprint(
            rule.id, [s.claim_id for s in sides], [s.value or "" for s in sides]
        ),
    )


def _date_confirmed(registry: Registry, match: Match) -> bool:
    """Whether another source dates the wrong weekday's event to the same day (its claim's join
    key, a single day): then the date stands and the weekday beside it is a slip; otherwise the
    weekday may be the right one and the day uncertain (FC202's documented condition)."""
    claim = next(iter(match.matched.values()))
    if not isinstance(claim, DateClaim):
        return False
    key = subject_join_key(claim.event, claim.id, registry.frames)
    return any(
        other.source != claim.source
        and other.start == other.end == claim.start
        and subject_join_key(other.event, other.id, registry.frames) == key
        for other in registry.source_dates()
    )


def class_members(registry: Registry, classes: Mapping[str, tuple[str, ...]]) -> Expand:
    """A side -> the sides of its value class's members (itself when it stands for none)."""
    cache: dict[str, list[Side]] = {}

    def expand(side: Side) -> list[Side]:
        ids = classes.get(side.claim_id)
        if not ids:
            return [side]
        if side.claim_id not in cache:
            cache[side.claim_id] = [_side(registry, registry.claim(i)) for i in ids]
        return cache[side.claim_id]

    return expand


def grade_matches(
    matches: Iterable[Match],
    registry: Registry,
    classes: Mapping[str, tuple[str, ...]] | None = None,
    sweeps: Sequence[Sweep] = (),
) -> list[Finding]:
    """Findings, one per group where a rule asks for it, most severe first (a finding between
    value classes lists every member of both; see engine.classes; a swept subject's findings
    are made from its bands, see grade/swept.py)."""
    best: dict[tuple[str, ...], tuple[tuple[float, int], Finding]] = {}
    extra: Counter[tuple[str, ...]] = Counter()
    order: list[tuple[str, ...]] = []
    sides_seen: SidesSeen = {}
    for match in matches:
        finding = to_finding(match, registry, sides_seen)
        names = match.rule.group_by or list(match.matched)
        key = (match.rule.id, *sorted(match.matched[n].id for n in names))
        score = (finding.confidence, sum(s.tier.rank for s in finding.sides))
        if key not in best:
            order.append(key)
            best[key] = (score, finding)
        else:
            extra[key] += 1
            if score > best[key][0]:
                best[key] = (score, finding)
    findings = []
    for key in order:
        finding = best[key][1]
        if extra[key]:
            finding = finding.model_copy(
                update={"message": f"{finding.message} (and {extra[key]} other pairing(s) agree)"}
            )
        findings.append(finding)
    findings = apart_in_statement(findings, registry)
    expand = class_members(registry, classes or {})
    grouped = group_findings(findings, expand, local_scope(registry))
    for sweep in sweeps:
        grouped += swept_findings(sweep, registry, expand, _side, to_finding)
    return sorted(grouped, key=sort_key)


def local_scope(registry: Registry) -> Scope:
    """A side -> its count's local scope: the place qualifiers of its claim ("in-amatrice",
    "in-hotel", "one-courtyard"), "" for a whole count or a claim of another family."""

    def scope(side: Side) -> str:
        try:
            claim = registry.claim(side.claim_id)
        except KeyError:
            return ""
        qualifiers = vars(claim).get("qualifiers") or []
        return ",".join(sorted(str(q) for q in qualifiers if str(q).startswith(_PLACE_SCOPES)))

    return scope


_PLACE_SCOPES = ("in-", "one-")


def sort_key(finding: Finding) -> tuple[int, str, float, str, int]:
    """Most severe first, then by rule, confidence and position."""
    first = finding.sides[0]
    return (-finding.grade.rank, finding.rule_id, -finding.confidence, first.source, first.line or 0)


def charged_sources(finding: Finding) -> set[str]:
    """The sources a finding counts against (see the module docstring)."""
    if finding.split:
        return set()  # camps with nothing to settle them: blame no one
    if finding.outliers:
        return {s.source for s in finding.sides if s.claim_id in finding.outliers}
    if finding.likely_wrong is not None:
        return {s.source for s in finding.sides if s.claim_id == finding.likely_wrong}
    return {s.source for s in finding.sides if s.tier is Tier.NEWS}


def letter_grade(counts: Mapping[Grade, int]) -> tuple[str, str]:
    """(letter, reason) from the findings charged to one source."""
    critical, major, minor = counts[Grade.CRITICAL], counts[Grade.MAJOR], counts[Grade.MINOR]
    if critical >= 2:
        return "F", f"{critical} critical findings"
    if critical == 1:
        return "D", "1 critical finding"
    if major >= 3:
        return "D", f"{major} major findings"
    if major:
        return "C", f"{major} major finding(s)"
    if minor:
        return "B", f"{minor} minor finding(s) only"
    return "A", "nothing above info"


def summarise(
    findings: list[Finding],
    registry: Registry,
    only: frozenset[str] | None = None,
    claims: Mapping[str, int] | None = None,
) -> list[SourceSummary]:
    """One summary per source (or per source in `only`), in manifest order; `claims` gives the
    claims per source when the registry does not hold them (a review streamed from the store)."""
    per_source: dict[str, Counter[Grade]] = defaultdict(Counter)
    for finding in findings:
        for charged in charged_sources(finding):
            per_source[charged][finding.grade] += 1
    if claims is None:
        claims = Counter(c.source for c in registry.claims)
    summaries = []
    grades = list(Grade)  # iterating the enum class builds its member list: once, not per source
    nothing: Counter[Grade] = Counter()
    for source_id in registry.sources:  # by id: a check's store reads only the sources asked for
        if only is not None and source_id not in only:
            continue
        source = registry.sources[source_id]
        tally = per_source.get(source_id, nothing)
        counts = {g: tally[g] for g in grades}
        letter, reason = letter_grade(counts)
        summaries.append(
            constructed(
                SourceSummary,
                source=source_id,
                title=source.title,
                file=registry.source_file(source_id),
                url=source.url or (source.citation.url if source.citation else None),
                tier=source.tier,
                claims=claims.get(source_id, 0),
                counts=counts,
                letter=letter,
                reason=reason,
            )
        )
    return summaries


def rule_docs(rules: Iterable[Rule]) -> list[RuleDoc]:
    """What the report says about each rule that ran."""
    return [
        RuleDoc.model_construct(
            id=r.id, name=r.name, grade=r.grade, summary=r.summary, rationale=r.rationale.strip()
        )
        for r in rules
    ]
