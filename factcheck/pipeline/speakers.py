"""Quotations of a checked document given to another speaker than the sources give them
(`factcheck check`): the sources print '"We cannot afford to wait," Smith said' and the summary
says 'Jones said "we cannot afford to wait"'. The words are in the article, so a look-up alone
passes them; the speaker is the error, the one a summariser makes when it fuses two sentences.

Only on positive evidence, since a faithful summary rejected costs more than an error missed:
- the document's quotation must name its speaker in its own sentence ("she said" names nobody:
  no verdict), and that speaker must be a known name in the sources (a person a source mentions
  or quotes): a speaker the sources never name is judged as a name (FC602), not here;
- its words must reproduce a source quotation word for word (one a contiguous run of the other,
  case, punctuation and house style aside, as FC301 reads them) with at least MIN_CONTENT content
  words: a short common phrase ("very sad", "we are working") is said by many;
- at least one source quotation it reproduces has a known speaker whom its own source sentence
  names ('"…," Smith said'; not a speaker the registry joined on from another outlet), or who is
  carried to a '"…," he said' from the sentence right before, when that sentence names that
  speaker and nobody else ('Armel Castellan, a meteorologist, said the records left him at a
  loss for words. "…," he said'), and every other one credits the words to nobody: the words
  alone ('Mr Abbott told Parliament.' and then the quotation as a paragraph of its own) or "he
  said", never a role such as "a volunteer said" or "one resident told reporters", nor a placard
  (someone unnamed said them: who is open);
- none of them is the document's speaker, whether named or carried over from a sentence before
  (two names sharing a word, "Smith" and "Helen Smith", may be one person: never judged);
- no source sentence holding the words names the document's speaker (a source may quote one
  person's words back to another: 'Jones repeated Smith's "…"'), nor does the sentence before
  words printed alone ('Ms Bishop told Parliament.' and then the words).
Such a quotation is unsupported (FC602 `other-speaker`, major) and contradicted, with the source
sentence that gives the words to their speaker as the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.text import STOP_WORDS, quote_words
from factcheck.link.linking import is_excerpt
from factcheck.link.support import Evidence, SourceIndex, Support, sentence_at, sentence_span_at
from factcheck.model import Claim, QuoteClaim
from factcheck.model.ids import AUTO_PREFIX, is_draft_source
from factcheck.model.keys import LinkNote
from factcheck.registry import Registry
from factcheck.registry.quotes import printed_alone
from factcheck.rules.checks.support import OTHER_SPEAKER

MIN_CONTENT = 3  # content words a quotation needs before its speaker is judged
MIN_NAME_WORD = 3  # name words shorter than this ("Li", initials) say too little to tell two people


def speakers_judged(
    claims: list[Claim],
    registry: Registry,
    index: SourceIndex,
    support: dict[str, Support],
    links: dict[str, LinkNote],
    prose: str,
) -> list[Claim]:
    """`claims` (quotations of the document `prose`) with each quotation the sources give to another known speaker marked unsupported
    (FC602 `other-speaker`), its note naming the sources' speaker and their sentence."""
    theirs = [c for c in registry.claims if isinstance(c, QuoteClaim) and not is_draft_source(c.source)]
    if not theirs:
        return claims
    known = _known_speakers(registry)
    result = []
    for claim in claims:
        judged = (
            _judged(claim, theirs, known, registry, index, prose) if isinstance(claim, QuoteClaim) else None
        )
        if judged is None:
            result.append(claim)
            continue
        note, evidence = judged
        support[claim.id] = Support(False, evidence, elsewhere=True)
        links[claim.id] = LinkNote.UNSUPPORTED
        result.append(claim.model_copy(update={"note": note}))
    return result


def _judged(
    claim: QuoteClaim,
    theirs: list[QuoteClaim],
    known: set[str],
    registry: Registry,
    index: SourceIndex,
    prose: str,
) -> tuple[str, Evidence] | None:
    """(note, evidence) when the sources give the claim's words to another speaker, else None."""
    speaker = claim.speaker
    if speaker is None or speaker not in known:
        return None
    wanted = quote_words(claim.words)
    if sum(1 for w in wanted if w not in STOP_WORDS) < MIN_CONTENT:
        return None
    reproduced = [q for q in theirs if _reproduces(wanted, quote_words(q.words))]
    mine = _name_words(registry, speaker)
    if not mine or claim.span is None or not _names(sentence_at(prose, claim.span[0]), mine):
        return None  # "she said": the document's own sentence does not name its speaker
    # only a source sentence that names its speaker tells who said the words; one that prints
    # them alone (a paragraph after '... Mr Abbott told Parliament.') or after "she said" tells
    # nobody, and is no reason to leave the named ones unjudged
    named = [q for q in reproduced if _named_in_own_sentence(registry, q) or _named_just_before(registry, q)]
    if not named:
        return None  # no source names who said the words: nothing to go by
    if not all(q in named or _printed_alone(registry, q) for q in reproduced):
        return None  # '"…," one resident told reporters': someone unnamed said them, who is open
    if any(q.speaker is not None and _name_words(registry, str(q.speaker)) & mine for q in reproduced):
        return None  # a source gives the words to the document's speaker, named or carried
    if any(_names(_sentence_before(registry, q), mine) for q in reproduced if q not in named):
        return None  # 'Ms Bishop told Parliament.' then the words alone: they may well be hers
    if any(_names(sentence, mine) for sentence in _sentences_quoting(index, claim.words)):
        return None
    source = named[0]
    assert source.span is not None  # _named_in_own_sentence, _named_just_before
    evidence = Evidence(source.source, source.span)
    said_by = _display(registry, str(source.speaker))
    note = f"{OTHER_SPEAKER}the sources give these words to {said_by}: “{index.sentence_words(evidence)}”"
    return note, evidence


def _reproduces(wanted: list[str], source: list[str]) -> bool:
    """True when one quotation is a contiguous run of the other with MIN_CONTENT content words."""
    shorter = min(wanted, source, key=len)
    return sum(1 for w in shorter if w not in STOP_WORDS) >= MIN_CONTENT and is_excerpt(wanted, source)


def _named_in_own_sentence(registry: Registry, quote: QuoteClaim) -> bool:
    """True when the source sentence holding `quote` names its speaker ('"…," Mayor Ann Lee said'),
    not when it says "she said", "a volunteer said" or prints a placard, nor when the speaker came
    from another outlet's printing (registry/quotes.py)."""
    held = registry.texts.get(quote.source)
    if quote.speaker is None or quote.span is None or held is None:
        return False
    sentence = sentence_at(held.text, quote.span[0])
    quoted = set(quote_words(quote.words))
    said_by = _name_words(registry, quote.speaker) - quoted
    outside = {w.casefold() for w in re.findall(r"\w+", sentence)} - quoted
    return bool(said_by & outside)


def _named_just_before(registry: Registry, quote: QuoteClaim) -> bool:
    """True when a quotation credited to nobody ('"…," he said') carries a speaker that the sentence
    right before it names, and names no one else: 'Armel Castellan, a meteorologist with the
    weather agency, said the records left him at a loss for words. "There's really no hyperbole
    strong enough for this," he said.'"""
    if quote.speaker is None or not _printed_alone(registry, quote):
        return False
    before = _sentence_before(registry, quote)
    said_by = _name_words(registry, quote.speaker)
    capitalised = {w.casefold() for w in re.findall(r"\b[A-Z][\w'’-]*", before)[1:]}
    first = re.match(r"\W*([\w'’-]+)", before)
    if first is not None and first.group(1).casefold() not in STOP_WORDS:
        capitalised.add(first.group(1).casefold())  # a sentence opening with a name
    return bool(said_by & capitalised) and capitalised <= said_by


def _printed_alone(registry: Registry, quote: QuoteClaim) -> bool:
    """True when a source quotation's sentence credits it to nobody ('"…," he said')."""
    held = registry.texts.get(quote.source)
    return printed_alone(quote, held.text if held is not None else None)


def _sentence_before(registry: Registry, quote: QuoteClaim) -> str:
    """The sentence before the one holding a source quotation ("" when there is none)."""
    held = registry.texts.get(quote.source)
    if held is None or quote.span is None:
        return ""
    own = sentence_span_at(held.text, quote.span[0])
    start = own[0] if own is not None else quote.span[0]
    before = held.text[:start].rstrip()
    return sentence_at(held.text, len(before) - 1) if before else ""


def _known_speakers(registry: Registry) -> set[str]:
    """Entities the sources name: mentioned or quoted in a source (not a checked document)."""
    known: set[str] = set()
    for claim in registry.claims:
        if is_draft_source(claim.source):
            continue
        if claim.kind == "mention":
            known.add(str(getattr(claim, "entity", "")))
        elif isinstance(claim, QuoteClaim) and claim.speaker is not None:
            known.add(claim.speaker)
    return known


def _display(registry: Registry, entity_id: str) -> str:
    """An entity's name as written: its canonical name, else its id's slug read as words."""
    entity = registry.entities.get(entity_id)
    if entity is not None:
        return entity.canonical
    slug = entity_id.rsplit(".", 1)[-1] if entity_id.startswith(AUTO_PREFIX) else entity_id
    return slug.replace("-", " ").title()


def _name_words(registry: Registry, entity_id: str) -> set[str]:
    """The case-folded words of every accepted name of an entity (MIN_NAME_WORD letters or more)."""
    entity = registry.entities.get(entity_id)
    names = entity.accepted_names() if entity is not None else [_display(registry, entity_id)]
    return {w.casefold() for name in names for w in re.findall(r"\w+", name) if len(w) >= MIN_NAME_WORD}


def _sentences_quoting(index: SourceIndex, words: str) -> Iterator[str]:
    """Every source sentence that holds the quoted words verbatim."""
    wanted = quote_words(words)
    pattern = re.compile(r"\W+".join(map(re.escape, wanted)), re.IGNORECASE)
    for source in index.quoting(words):
        text = index.texts[source].replace("’", "'").replace("‘", "'")
        for hit in pattern.finditer(text):
            yield sentence_at(text, hit.start())


def _names(sentence: str, name_words: set[str]) -> bool:
    """True when a sentence has one of the name words."""
    return bool({w.casefold() for w in re.findall(r"\w+", sentence)} & name_words)
