"""A verdict for every checkable value of the checked documents: supported, contradicted or
unsupported, with the evidence (the source's words and line) an editor needs to see why."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from factcheck.grade.grading import value_of
from factcheck.link.figures import compatible, figure_frame, source_figures
from factcheck.link.support import Evidence as Found
from factcheck.link.support import (
    counted_noun,
    frame_words,
    noun_after,
    numbers_in,
    same_noun,
    sentence_at,
    sentences,
)
from factcheck.model import (
    Claim,
    ClaimVerdict,
    DurationClaim,
    Evidence,
    Finding,
    Grade,
    MentionClaim,
    QuantityClaim,
    QuoteClaim,
    SupportVerdict,
    Tier,
    claim_keys,
)
from factcheck.model.ids import is_draft_source
from factcheck.model.plain import constructed
from factcheck.pipeline.documents import Checked, central_figure
from factcheck.pipeline.roles import is_role
from factcheck.registry import Registry

KINDS = {
    "quantity": "number",
    "duration": "duration",
    "date": "date",
    "quote": "quote",
    "mention": "name",
    "relation": "role",  # only a person's role (pipeline/roles.py): other relations get no verdict
}
UNSUPPORTED_RULES = frozenset({"FC602", "FC303"})
UNCOMPARED = frozenset({"FC601"})  # "nothing to check against": no verdict
# outcomes of the unsupported rules that a source contradicts: an ordinal the sources give the
# same thing another ordinal ("fourth summit" where they write "third summit"), a quotation they
# give to another speaker ('Jones said "…"' where they write '"…," Smith said'), a name where the
# closest source sentence names another ("in Dorset" where it says "in Devon"), a bound the
# sources' count of the same thing breaks ("more than 20 people died" where they say 14 were killed)
CONTRADICTING = frozenset({"other-ordinal", "other-speaker", "name-replaced", "bound-broken"})
Figure = (QuantityClaim, DurationClaim)  # the claims a competing source figure is sought for


def claim_verdicts(
    registry: Registry, focus: frozenset[str], checked: Checked, findings: Sequence[Finding]
) -> list[ClaimVerdict]:
    """One verdict per checkable draft claim (and per name word looked up), in document order."""
    by_claim: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.grade is Grade.INFO or finding.rule_id in UNCOMPARED:
            continue
        for side in finding.sides:
            if side.source in focus:
                by_claim[side.claim_id].append(finding)
    frames: dict[str, Claim] = {}
    for claim in registry.claims:
        if claim.source not in focus:
            frames.setdefault(claim_keys(claim)[0], claim)
    verdicts = []
    for claim in registry.claims:
        if (
            claim.source not in focus
            or claim.kind not in KINDS
            or (claim.kind == "relation" and not is_role(claim))
        ):
            continue
        verdict = _verdict(registry, claim, by_claim.get(claim.id, []), checked, frames)
        if verdict is not None:
            verdicts.append(verdict)
    for source, word, span, support in checked.names:
        if support.found and support.evidence is not None:
            line = registry.texts[source].position(span[0])[0] if source in registry.texts else None
            verdicts.append(
                ClaimVerdict.model_construct(
                    claim_id=f"{source}.name:{word}:{span[0]}",
                    kind="name",
                    text=word,
                    value=word,
                    file=registry.source_file(source),
                    line=line,
                    frame="",
                    verdict=SupportVerdict.SUPPORTED,
                    evidence=_evidence(registry, support.evidence),
                )
            )
    return sorted(verdicts, key=lambda v: (v.file or "", v.line or 0, v.claim_id))


def _verdict(
    registry: Registry, claim: Claim, found: list[Finding], checked: Checked, frames: dict[str, Claim]
) -> ClaimVerdict | None:
    side = registry.side(claim, value_of(claim))
    frame = claim_keys(claim)[0] or ""
    shown = "" if frame.startswith(("unlinked.", "unknown.")) else frame
    base = constructed(  # not model_construct: it asks the rules list's factory its signature per call
        ClaimVerdict,
        claim_id=claim.id,
        kind=KINDS[claim.kind],
        text=claim.text,
        value=side.value or "",
        file=side.file,
        line=side.line,
        frame=shown,
        verdict=SupportVerdict.SUPPORTED,
    )
    rules = sorted({f.rule_id for f in found})
    if any(f.outcome in CONTRADICTING for f in found):
        nearest = _nearest(registry, claim, checked)  # the sentence with the sources' ordinal
        return base.model_copy(
            update={"verdict": SupportVerdict.CONTRADICTED, "rules": rules, "evidence": nearest}
        )
    if any(f.rule_id in UNSUPPORTED_RULES for f in found):
        nearest = _nearest(registry, claim, checked)
        return base.model_copy(
            update={"verdict": SupportVerdict.UNSUPPORTED, "rules": rules, "evidence": nearest}
        )
    if found:
        other = next((s for f in found for s in f.sides if s.tier is not Tier.DRAFT), None)
        evidence = (
            Evidence.model_construct(
                source=other.source, file=other.file, line=other.line, words=other.context or other.text
            )
            if other is not None
            else None
        )
        return base.model_copy(
            update={"verdict": SupportVerdict.CONTRADICTED, "rules": rules, "evidence": evidence}
        )
    support = checked.support.get(claim.id)
    if support is None and isinstance(claim, QuoteClaim) and checked.index is not None:
        support = checked.index.quote(claim.words)  # a faithful quotation: where it is
    if support is not None and support.found and support.evidence is not None:
        evidence = _evidence(registry, support.evidence)
        return base.model_copy(update={"evidence": evidence})
    if claim.id in checked.introduced:
        # no source claim or text states it (FC602 switched off, else it would have fired)
        nearest = _nearest(registry, claim, checked)
        return base.model_copy(update={"verdict": SupportVerdict.UNSUPPORTED, "evidence": nearest})
    if shown and frame in frames:
        # compared with claims of the same frame, and no rule found a difference
        peer = frames[frame]
        return base.model_copy(update={"evidence": _claim_evidence(registry, peer)})
    if shown and isinstance(claim, MentionClaim) and frame in registry.entities:
        return base
    return None


def _claim_evidence(registry: Registry, claim: Claim) -> Evidence | None:
    """The source sentence holding a claim (a registry claim may have no text span)."""
    if claim.span is None or claim.source not in registry.texts:
        return None
    return _evidence(registry, Found(claim.source, claim.span))


def _nearest(registry: Registry, claim: Claim, checked: Checked) -> Evidence | None:
    """For a figure, the source sentence with a competing figure of the same thing (`_competing`);
    else the source sentence closest in words to the sentence holding the claim; for a value the
    sources state only about something else, the sentence where they state it."""
    text = registry.texts.get(claim.source)
    if text is None or claim.span is None or checked.index is None:
        return None
    support = checked.support.get(claim.id)
    if support is not None and support.elsewhere and support.evidence is not None:
        return _evidence(registry, support.evidence)
    sentence = sentence_at(text.text, claim.span[0]) or claim.text
    value = central_figure(claim) if isinstance(claim, QuantityClaim) else None
    competing = _competing(registry, claim, checked, sentence) if isinstance(claim, Figure) else None
    found = competing or checked.index.nearest_sentence(sentence, value)
    return _evidence(registry, found) if found is not None else None


def _competing(
    registry: Registry, claim: QuantityClaim | DurationClaim, checked: Checked, sentence: str
) -> Found | None:
    """For a figure no source states, the source figure that competes with it: of the same
    frame (auto.count.deaths), else counting the same noun ("a 12-year sentence" for "a 15-year
    sentence"), in the source sentence sharing the most words with the summary's (one at
    least, besides the noun, for a noun alone: "people" is in many sentences); None when no
    source figure is of the same thing. What an editor compares the summary's figure with."""
    frame = figure_frame(claim) or checked.frames.get(claim.id)
    noun = _counted(claim)
    words = frame_words(sentence) - frame_words(noun)
    candidates: list[tuple[Found, bool]] = []
    if frame is not None:
        # every source figure's frame, also those of claims a partial registry did not load
        figures = registry.all_figures
        if figures is None:
            figures = list(source_figures(registry.claims))
        candidates = [
            (Found(source, span), True)
            for source, span, theirs in figures
            if not is_draft_source(source) and compatible(frame, theirs)
        ]
    if not candidates and noun and checked.index is not None:
        head = noun.split()[0]
        candidates = [
            (Found(n.source, n.span), False)
            for n in checked.index.numbers_headed(lambda word: bool(word) and same_noun(head, word))
        ]
    best: tuple[int, Found] | None = None
    for found, framed in candidates:
        text = registry.texts.get(found.source)
        if text is None:
            continue
        theirs = sentence_at(text.text, found.span[0])
        shared = len(words & frame_words(theirs))
        if (framed or shared) and (best is None or shared > best[0]):
            best = (shared, found)
    return best[1] if best is not None else None


def _counted(claim: QuantityClaim | DurationClaim) -> str:
    """The noun a figure counts: a count's noun ("homes"), a length of time's unit ("year" of
    "a 15-year sentence")."""
    if isinstance(claim, QuantityClaim):
        return counted_noun(claim.text)
    stated = numbers_in(claim.text)
    after = noun_after(claim.text, stated[0][1][1]).split() if stated else []
    return after[0] if after else ""


def _evidence(registry: Registry, found: Found) -> Evidence:
    """The source sentence holding `found`, with file and line."""
    text = registry.texts.get(found.source)
    if text is None or found.source == "entities":
        return Evidence.model_construct(source=found.source, words="(an accepted name in the registry)")
    start, end = found.span
    for a, b in sentences(text.text):
        if a <= start < b:
            start, end = a, b
            break
    words = " ".join(text.text[start:end].split())
    return Evidence.model_construct(
        source=found.source,
        file=registry.source_file(found.source),
        line=text.position(start)[0],
        words=words[:400],
    )
