"""One error, one finding: pairwise findings about one frame grouped into a single finding.

Seven outlets reporting a quake and one of them wrong gives six pairwise matches; an editor
needs one row saying which source stands apart, which agree and with what values. A group is
every two-sided finding of one rule (and one outcome class: conflicts apart from updates) whose
sides share one subject or frame. The outliers are a smallest set of claims that touches every
pairwise disagreement (picked greedily, most disagreements first). One outlier that more
sources than its own contradict, or outliers contradicted by a reference source, are blamed; two
or more camps with nothing to settle them (one outlet against another, however often each repeats
its figure, included) are reported as a split that blames no one ("sources disagree: 3 say X, 2
say Y").

Grouping crosses rules of one family: FC101 (far apart) and FC102 (outside tolerance) about
one frame are one finding, graded as its most severe member. A slight disagreement (an outcome
graded below major: 15 crew against 16, "more than 200" against "nearly 200") joins the severe
pairs only when it touches their outliers (the same wrong figure, seen from a nearer value);
between sources that agree against those outliers it is an error of its own, graded as itself,
so a major outlier elsewhere in the frame does not make it major. In the same way a major pair
that does not touch the critical pairs' outliers, and that singles out an outlier of its own
(other reports agree against it), is its own major finding: "114m" against "about 260 feet"
(1.4 times) is not graded critical because "more than a mile" stands in the same frame (issue
12, session 22). A nearer pair that singles out no figure (one value against another) stays with
the worse error, as before. A side that stands for a value
class (engine/classes.py: a big subject's claims that say the same thing) is expanded into its
members, so the finding names every source of every value.

One source's repeated spelling of a name (FC401: "Chapra" in three paragraphs) is one finding
listing every mention, not one per mention.

A wrong weekday (FC202) on a date that also conflicts with other sources' dates for its event is
one error seen twice: the weekday finding is folded into the date conflict, which then names the
weekday as the reason that side is wrong.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from factcheck.grade.timeline import timeline
from factcheck.model import Finding, Grade, Side, Tier
from factcheck.model.ids import Family, in_family
from factcheck.model.records import NEXT_DAY_UNORDERED

Expand = Callable[[Side], list[Side]]  # a side -> the sides it stands for (itself, or its class)
# a side -> the scope its figure is limited to (a count's qualifiers: "in-amatrice"), "" for none
Scope = Callable[[Side], str]

UPDATE_OUTCOMES = frozenset({"figure-updated"})


# rule families whose pairwise findings differ only in a value (a count, a date, the kind of a
# place, the unit or part it lies in, a person's role, where a journey started); quotes and other
# relations say more in each pair's message, so they stay as they are
GROUPED_FAMILIES = (
    "quantity.",
    "date.",
    "relation.place-level",
    "relation.place-unit",
    "relation.place-part",
    "relation.role",
    "relation.journey-origin",
)


def _alone(side: Side) -> list[Side]:
    return [side]


# outcomes that are errors of their own kind within one frame: a wrong day and a rounded time of
# one event are two errors, not one finding graded as the worse ("on Sunday" against Saturday's
# landfall, "8.30 p.m." against "around 8.45 pm")
SEPARATE_OUTCOMES = frozenset({"disjoint-dates", "different-times", "close-times"})
# outcomes about the time of day, which a wrong weekday cannot cause
TIME_OUTCOMES = frozenset({"different-times", "close-times"})


def _no_scope(side: Side) -> str:
    return ""


def _group_key(finding: Finding, scope: Scope = _no_scope) -> tuple[str, str, bool, str] | None:
    frames = {side.frame for side in finding.sides}
    if (
        not finding.rule_name.startswith(GROUPED_FAMILIES)
        or len(finding.sides) != 2
        or len(frames) != 1
        or None in frames
    ):
        return None
    family = finding.rule_name.split(".", 1)[0]
    kind = str(finding.outcome) if finding.outcome in SEPARATE_OUTCOMES else ""
    # a checked document's claims are judged one by one (pipeline/documents.py weighs each by
    # the sources of its frame): its pairs are grouped per claim of the document, or a wrong
    # time of the document would carry its right day ("on Wednesday morning", which three
    # sources give) into one finding with the time's sources
    drafts = [side.claim_id for side in finding.sides if side.tier is Tier.DRAFT]
    frame = str(frames.pop()) + (f"#{drafts[0]}" if len(drafts) == 1 else "")
    # two local counts of one place ("218 people in Amatrice alone", "five bodies from the Hotel
    # Roma") are their own figure: grouped apart from the whole toll's pairs, so one finding never
    # lists a town's or a hotel's count as a stage of the toll
    scopes = {scope(side) for side in finding.sides}
    local = scopes.pop() if len(scopes) == 1 else ""
    return (family, frame + (f"@{local}" if local else ""), finding.outcome in UPDATE_OUTCOMES, kind)


def _slight(finding: Finding) -> bool:
    """A pair whose outcome is graded below major (close counts, a crossed bound)."""
    return finding.grade.rank < Grade.MAJOR.rank


def _errors(members: list[Finding], expand: Expand) -> list[list[Finding]]:
    """The pairs of one frame split into errors. The severe pairs and the slight ones that touch
    the outliers they single out are one error (173 aboard against two reports of 189 and against
    "nearly 200"); a slight pair
    among the sources that agree against those outliers is another, one per outcome (16 crew
    against 15 while a third report's 25 stands apart), graded as itself, not as the worst. The
    severe pairs split the same way by grade (`_by_level`): a major error with an outlier of its
    own beside a critical one is a finding of its own, and a slight pair joins the one whose
    outliers it touches (the critical one first)."""
    severe = [f for f in members if not _slight(f)]
    slight = [f for f in members if _slight(f)]
    worst, nearer = _by_level(severe, expand)
    outliers = set(_cover(worst, expand, decisive=True)) if worst and slight else set()
    outliers |= set(_cover(nearer, expand, decisive=True)) if nearer and slight else set()
    folded = [f for f in slight if outliers & {s.claim_id for s in f.sides}]
    into_nearer = [f for f in folded if not _touches(f, worst, expand)]
    into_worst = [f for f in folded if not any(f is g for g in into_nearer)]
    apart: dict[str, list[Finding]] = defaultdict(list)
    for finding in slight:
        if not any(finding is f for f in folded):
            apart[str(finding.outcome)].append(finding)
    groups = ([*worst, *into_worst], [*nearer, *into_nearer], *apart.values())
    return [group for group in groups if group]


def _touches(finding: Finding, group: list[Finding], expand: Expand) -> bool:
    """Whether a pair shares a claim with the outliers the group's pairs single out."""
    if not group:
        return False
    return bool(set(_cover(group, expand, decisive=True)) & {s.claim_id for s in finding.sides})


def _by_level(severe: list[Finding], expand: Expand) -> tuple[list[Finding], list[Finding]]:
    """The severe pairs of one frame split into the most severe ones with the pairs that touch
    their outliers, and the rest: "more than a mile" against "260 feet" (critical, twenty times)
    and "114m" against "260 feet" (major, under 1.5 times) are two reports' two errors, and the
    nearer one is graded as itself, not as the worse; a pair that involves the worse outlier
    (the same wrong figure seen from a nearer value) stays with it. Nothing is split without a
    nearer outlier that more other outlets than its own single out (one figure against another,
    however often one outlet repeats it), nor when that outlier's outlet is the worse one's."""
    top = max((f.grade.rank for f in severe), default=0)
    worst = [f for f in severe if f.grade.rank == top]
    lower = [f for f in severe if f.grade.rank < top]
    outliers = set(_cover(worst, expand, decisive=True)) if lower else set()
    if not outliers:
        return severe, []
    nearer = [f for f in lower if not outliers & {s.claim_id for s in f.sides}]
    kept = [f for f in lower if outliers & {s.claim_id for s in f.sides}]
    picked = _cover(nearer, expand, decisive=True)
    by_claim = {s.claim_id: s for f in nearer for s in f.sides}
    blamed = {m.source for c in picked for m in expand(by_claim[c])}
    worse = {m.source for f in worst for s in f.sides if s.claim_id in outliers for m in expand(s)}
    others = {m.source for f in nearer for s in f.sides for m in expand(s)} - blamed
    if not picked or len(others) <= len(blamed) or blamed & worse:
        # the nearer pairs single out no figure (one value against another, or camps, however
        # often one outlet repeats its figure: outlets are counted, not pairs), or the figure is
        # the worse outlier's outlet's own (one outlet's outliers are one outlier, as in
        # `_merged`): they stay with the worse error rather than stand alone
        return severe, []
    return [*worst, *kept], nearer


# quotations: the pairwise wording findings of one statement (a speaker's frame holds many
# statements, so pairs are grouped by the claims they connect, not by the frame alone)
WORDING_RULE = "quote.wording"


def _statement_keys(findings: list[Finding]) -> dict[int, tuple[str, str, bool, str]]:
    """For each two-sided wording finding between sources (by position), a key shared by the
    findings that connect one statement's printings: the connected claims under one frame. A
    checked document's findings stay pairs: `check` weighs each by the source that prints the
    document's words (pipeline/documents.py, quoted_verbatim)."""
    parent: dict[str, str] = {}

    def find(claim: str) -> str:
        while parent.get(claim, claim) != claim:
            claim = parent[claim]
        return claim

    pairs = {
        i: (f.sides[0].claim_id, f.sides[1].claim_id, str(f.sides[0].frame))
        for i, f in enumerate(findings)
        if f.rule_name == WORDING_RULE
        and len(f.sides) == 2
        and f.sides[0].frame == f.sides[1].frame
        and in_family(str(f.sides[0].frame), Family.QUOTE)  # a curated statement's pairs stay as written
        and all(s.tier is not Tier.DRAFT for s in f.sides)  # a checked document's: judged pair by pair
    }
    for a, b, _ in pairs.values():
        parent[find(a)] = find(b)
    return {i: ("quote", f"{frame}#{find(a)}", False, "") for i, (a, _, frame) in pairs.items()}


def group_findings(
    findings: list[Finding], expand: Expand = _alone, scope: Scope = _no_scope
) -> list[Finding]:
    """Findings with each group of two or more pairwise findings about one frame (and one local
    scope, when both sides share it) merged (and findings between value classes listing every
    member)."""
    groups: dict[tuple[str, str, bool, str], list[Finding]] = defaultdict(list)
    kept: list[Finding] = []
    statements = _statement_keys(findings)
    for index, finding in enumerate(findings):
        key = statements.get(index) or _group_key(finding, scope)
        if key is None:
            kept.append(finding)
        else:
            groups[key].append(finding)
    for (_, _, update, _), group in groups.items():
        if update:
            kept.append(_updates(group, expand))
            continue
        for members in _errors(group, expand):
            single = len(members) == 1 and all(len(expand(s)) == 1 for s in members[0].sides)
            kept.append(members[0] if single else _merged(members, expand))
    return fold_weekdays(fold_repeated_spellings(kept))


WEEKDAY_RULE = "date.weekday"
SPELLING_RULE = "name.spelling"


def _spelling_key(finding: Finding) -> tuple[str, str, str, str, str] | None:
    """(source, folded spelling, name, outcome, grade) of a spelling finding: its mention side
    first, the accepted name's side second."""
    if finding.rule_name != SPELLING_RULE or len(finding.sides) != 2:
        return None
    mention, name = finding.sides
    spelling = " ".join(mention.text.casefold().split())
    return (mention.source, spelling, name.claim_id, str(finding.outcome), str(finding.grade))


def fold_repeated_spellings(findings: list[Finding]) -> list[Finding]:
    """Findings with one source's repeats of one spelling of a name folded into one finding that
    lists each mention: a report that writes "Chapra" three times made one spelling choice, not
    three errors; another spelling in that report ("Zoko", "Zoco") stays a finding of its own."""
    groups: dict[tuple[str, str, str, str, str], list[Finding]] = defaultdict(list)
    for finding in findings:
        key = _spelling_key(finding)
        if key is not None:
            groups[key].append(finding)
    kept: list[Finding] = []
    for finding in findings:
        key = _spelling_key(finding)
        if key is None:
            kept.append(finding)
        elif groups[key][0] is finding:
            kept.append(_with_repeats(groups[key]))
    return kept


def _with_repeats(members: list[Finding]) -> Finding:
    """The first of one source's spelling findings, listing every mention it made of it."""
    head = members[0]
    if len(members) == 1:
        return head
    mentions = [f.sides[0] for f in members]
    return head.model_copy(
        update={
            "message": f"{head.message} [{len(members)} mentions]",
            "sides": [*mentions, head.sides[1]],
            "confidence": max(f.confidence for f in members),
        }
    )


def fold_weekdays(findings: list[Finding]) -> list[Finding]:
    """Findings with each wrong-weekday finding folded into the date conflict over the same claim
    (one wrong date, one finding); a weekday error no conflict covers stays on its own."""
    conflicts = {
        side.claim_id: index
        for index, finding in enumerate(findings)
        if finding.rule_name.startswith("date.")
        and finding.rule_name != WEEKDAY_RULE
        and finding.outcome not in UPDATE_OUTCOMES | TIME_OUTCOMES
        and len(finding.sides) >= 2
        for side in finding.sides
    }
    folded: dict[int, list[Finding]] = defaultdict(list)
    for finding in findings:
        target = conflicts.get(finding.sides[0].claim_id) if finding.rule_name == WEEKDAY_RULE else None
        if target is not None and _caused_by(findings[target], finding.sides[0]):
            folded[target].append(finding)
    # one source's wrong weekday is one error; many sources writing one (a shared wrong date) are
    # each their own finding, as before
    folded = {target: group for target, group in folded.items() if len(group) == 1}
    absorbed = {id(w) for group in folded.values() for w in group}
    return [
        _with_weekdays(finding, folded[index]) if index in folded else finding
        for index, finding in enumerate(findings)
        if id(finding) not in absorbed
    ]


def _caused_by(conflict: Finding, side: Side) -> bool:
    """Whether a date conflict may be the wrong-weekday side's error: that side is not a checked
    document's (whose every error is its own finding) and is not among the agreeing sources of
    a grouped conflict that blames another."""
    if side.tier is Tier.DRAFT:
        return False
    if conflict.likely_wrong is not None:
        return conflict.likely_wrong == side.claim_id
    return conflict.split or not conflict.outliers or side.claim_id in conflict.outliers


def _with_weekdays(conflict: Finding, weekdays: list[Finding]) -> Finding:
    """A date conflict that also carries the wrong-weekday findings of its sides: graded as the
    most severe, and blaming the side whose weekday does not fit its date when nothing else does."""
    wrong = [w.sides[0].claim_id for w in weekdays]
    update: dict[str, object] = {
        "message": f"{conflict.message}; {'; '.join(w.message for w in weekdays)} [+ {WEEKDAY_RULE}]",
        "grade": max([conflict, *weekdays], key=lambda f: f.grade.rank).grade,
    }
    if len(wrong) == 1 and (conflict.likely_wrong is None or conflict.split):
        update.update({"likely_wrong": wrong[0], "outliers": wrong, "split": False})
    return conflict.model_copy(update=update)


def _sides(members: list[Finding], expand: Expand) -> dict[str, Side]:
    """Every claim of the members, a class expanded into those of its members that another
    source on the other side disagrees with (a pair of one source is never compared)."""
    sides: dict[str, Side] = {}
    for finding in members:
        expanded = [expand(side) for side in finding.sides]
        for index, group in enumerate(expanded):
            others = {s.source for other in expanded[:index] + expanded[index + 1 :] for s in other}
            for member in group:
                if len(group) == 1 or others - {member.source}:
                    sides.setdefault(member.claim_id, member)
    return sides


def _cover(members: list[Finding], expand: Expand, decisive: bool = False) -> list[str]:
    """A small set of claims touching every disagreement: the likely outliers. A side standing
    for a value class counts each disagreement once per member on the other side, as its
    members would one by one. `decisive`: only the outliers picked before two claims tie (one
    figure against another: which is wrong is not told)."""
    size = {s.claim_id: len(expand(s)) for f in members for s in f.sides}
    edges = [tuple(s.claim_id for s in f.sides) for f in members]
    chosen: list[str] = []
    while edges:
        degree: Counter[str] = Counter()
        for a, b in edges:
            degree[a] += size[b]
            degree[b] += size[a]
        best = max(sorted(degree), key=lambda c: degree[c])
        if decisive and list(degree.values()).count(degree[best]) > 1:
            break
        chosen.append(best)
        edges = [e for e in edges if best not in e]
    return chosen


def _label(sides: list[Side]) -> str:
    """`381 people “381 dead” (china-daily, dw)`: each distinct value, its words and sources."""
    by_value: dict[str, list[Side]] = defaultdict(list)
    for side in sides:
        by_value[side.value or side.text].append(side)
    return "; ".join(
        f"{value} “{group[0].text}” ({', '.join(sorted({s.source for s in group}))})"
        for value, group in by_value.items()
    )


def _merged(members: list[Finding], expand: Expand) -> Finding:
    sides = _sides(members, expand)
    by_class = {s.claim_id: s for f in members for s in f.sides}
    outliers = [m.claim_id for c in _cover(members, expand) for m in expand(by_class[c])]
    head = max(members, key=lambda f: (f.grade.rank, f.confidence))
    names = " + ".join(sorted({f.rule_name for f in members}, key=lambda n: n != head.rule_name))
    return grouped_finding(head, names, len(members), max(f.confidence for f in members), sides, outliers)


def grouped_finding(
    head: Finding, names: str, count: int, confidence: float, sides: dict[str, Side], outliers: list[str]
) -> Finding:
    """The finding of a group of `count` pairwise findings (`head` the most severe, `names` their
    rules): its sides, outliers or split and message (`_merged`; grade/swept.py for a swept
    subject's bands)."""
    # an outlier class's member that disagrees only with its own source's figures is no side of
    # the group (a pair of one source is never compared, `_sides`): one report giving 120 once
    # and 150 many times, beside another report's 120s, once made `review` stop on a KeyError
    outliers = [c for c in outliers if c in sides]
    agree = [s for cid, s in sides.items() if cid not in outliers]
    out_sides = [sides[c] for c in outliers]
    reference_agrees = any(s.tier is Tier.REFERENCE for s in agree)
    # one outlier is blamed only when more sources agree against it: one outlet's figure
    # against another's (however often the other repeats it) is a split, not a verdict
    outnumbered = len({s.source for s in agree}) > len({s.source for s in out_sides})
    # outliers of one outlet (a wrong day in its headline and its body) are one outlier
    split = (len({s.source for s in out_sides}) > 1 or not outnumbered) and not reference_agrees
    if split:
        message = (
            f"sources disagree: {len({s.source for s in agree})} say {_label(agree)}, "
            f"{len({s.source for s in out_sides})} say {_label(out_sides)}"
        )
    else:
        message = (
            f"{_label(out_sides)} stand(s) apart; {len({s.source for s in agree})} source(s) agree: "
            f"{_label(agree)}"
        )
    ordered = out_sides + agree
    return head.model_copy(
        update={
            "message": f"{message} [{names}, {count} pairwise findings grouped]",
            "sides": ordered,
            "likely_wrong": outliers[0] if len(outliers) == 1 and not split else None,
            "outliers": [] if split else outliers,
            "split": split,
            "confidence": confidence,
            "fingerprint": Finding.make_fingerprint(
                head.rule_id, [s.claim_id for s in ordered], [s.value or "" for s in ordered]
            ),
        }
    )


def _updates(members: list[Finding], expand: Expand) -> Finding:
    # ordered by the interval each time denotes, same-day figures of unknown order kept together
    sides, steps = timeline(list(_sides(members, expand).values()))
    head = members[0]
    message = f"figure updated between reports: {steps}"
    if any(m.message.endswith(NEXT_DAY_UNORDERED) for m in members):
        # a lower figure a day after a higher one marked as a stage: the days may be one moment
        # in two time zones, so no arrow may suggest which came first
        message = f"figure differs between {NEXT_DAY_UNORDERED}: {steps.replace(' → ', ' / ')}"
    return head.model_copy(
        update={
            "message": message,
            "sides": sides,
            "likely_wrong": None,
            "fingerprint": Finding.make_fingerprint(
                head.rule_id, [s.claim_id for s in sides], [s.value or "" for s in sides]
            ),
        }
    )
