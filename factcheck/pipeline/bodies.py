"""An organisation a checked document names with other words than the sources give it
(`factcheck check`): "plans unveiled by Cardiff City Council" where the article says "Cardiff
Business Council". Each word is in the article ("Cardiff", "city", "council"), so a look-up of
words passes it; the name is another body's. A summariser writes the likelier name of its kind.

Only on positive evidence, since a faithful summary rejected costs more than an error missed:
- the document's name ends in an organisation's word (data/organisation_heads.txt: council,
  party, police, court …) with one to three words before it, capitalised in cased text; its first
  word is a name: capitalised in cased text, and in lower-cased text a rare word (below wordfreq's
  common level: "cardiff", not "city") or a country or demonym ("scottish");
- the sources write the same first and last word with other words between ("Cardiff Business
  Council"), never the document's words between ("Cardiff City Council") nor none ("Cardiff
  Council", which the document's name may spell out; in any case, "Cardiff council"), never the
  first word with the document's middle words ("Scottish Labour", "Boston police": the short form
  of the document's body, in any case), and never the document's words before the last one
  anywhere ("the city council": a body the article names in passing);
- the words that differ, after the words both names begin with, share none ("New York Fire
  Department" against "New York Police Department" differ by "Fire" and "Police"; "Scottish
  Labour Party" and "Scottish National Party" by "Labour" and "National").
Such a name is FC602 `name-replaced` (major), contradicted by the source sentence naming the other.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from factcheck.extract.places import is_country
from factcheck.extract.text import STOP_WORDS
from factcheck.lazyre import lazy
from factcheck.link import claim_id
from factcheck.link.support import Evidence, SourceIndex, Support
from factcheck.model import Claim, MentionClaim
from factcheck.model.keys import LinkNote
from factcheck.model.names import name_frame
from factcheck.rules.checks.support import OTHER_BODY
from factcheck.wordlists import word_list

MAX_BEFORE = 3  # words before the organisation's word that a name may have
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_WORD_BEFORE = lazy(r"([A-Za-z][\w'’-]*) $")
_CAPITAL_AFTER = lazy(r" [A-Z]")
_POSSESSIVE = lazy(r"['’]s?$")
STEM = 5  # letters two words must share to be one word inflected ("Fashion", "Fashions")


def bodies_replaced(
    prose: str,
    source_id: str,
    claims: list[Claim],
    index: SourceIndex,
    support: dict[str, Support],
    links: dict[str, LinkNote],
    lower_case: bool,
) -> list[Claim]:
    """`claims` and a claim for each organisation the document names where the sources name
    another body of the same first and last word (FC602 `name-replaced`), with that evidence."""
    # a quotation's words are judged as a quotation, and a name found unsupported is judged already
    taken = [
        c.span
        for c in claims
        if c.span is not None and (c.kind == "quote" or links.get(c.id) is LinkNote.UNSUPPORTED)
    ]
    # the document's names extraction found, by span: a body's name found so is judged in place
    named = {c.span: n for n, c in enumerate(claims) if isinstance(c, MentionClaim) and c.span is not None}
    result = list(claims)
    seen: Counter[str] = Counter(c.id for c in claims)
    for span, words in _names(prose, lower_case):
        if any(a < span[1] and span[0] < b for a, b in taken):
            continue
        evidence = _other_body(words, index, lower_case)
        if evidence is None:
            continue
        name = prose[span[0] : span[1]]
        theirs = index.texts[evidence.source][evidence.span[0] : evidence.span[1]]
        note = f"{OTHER_BODY}{theirs}”, not “{name}”: “{index.sentence_words(evidence)}”"
        if span in named:
            claim = result[named[span]].model_copy(update={"note": note})
            result[named[span]] = claim
        else:
            claim = MentionClaim(
                id="x", source=source_id, text=name, span=span, entity=name_frame(name), note=note
            )
            claim = claim.model_copy(update={"id": claim_id(source_id, claim, seen)})
            result.append(claim)
        links[claim.id] = LinkNote.UNSUPPORTED
        support[claim.id] = Support(False, evidence, elsewhere=True)
        taken.append(span)
    return result


def _names(prose: str, lower_case: bool) -> list[tuple[tuple[int, int], list[str]]]:
    """Runs of words ending in an organisation's word, each with its longest run of words before
    it (at most MAX_BEFORE, single spaces between, names in cased text) whose first is a name."""
    heads = word_list("organisation_heads")
    words = list(_WORD.finditer(prose))
    found = []
    for n, head in enumerate(words):
        if head.group().lower() not in heads or not (lower_case or head.group()[0].isupper()):
            continue
        if not lower_case and not _run_ends(prose, head.end()):
            continue  # "Police Commissioner": the body's word inside a longer name
        for start in range(max(0, n - MAX_BEFORE), n):
            run = words[start : n + 1]
            if (
                _joined(prose, run)
                and _a_name(run, lower_case)
                and (lower_case or _run_starts(prose, run[0].start()))
            ):
                found.append(((run[0].start(), head.end()), [w.group() for w in run]))
                break
    return found


def _run_starts(text: str, start: int) -> bool:
    """Whether a capitalised run starts here: the word before is not a name's ("Odisha" before
    "Disaster Rapid Action Force": the name starts earlier). A small word ("The") may stand there."""
    before = _WORD_BEFORE.search(text, 0, start)
    return before is None or not before.group(1)[0].isupper() or before.group(1).lower() in STOP_WORDS


def _run_ends(text: str, end: int) -> bool:
    """Whether a capitalised run ends here: no capitalised word follows after a space."""
    return _CAPITAL_AFTER.match(text, end) is None


def _joined(prose: str, run: list[re.Match[str]]) -> bool:
    """Whether the words follow each other with one space between."""
    return all(prose[a.end() : b.start()] == " " for a, b in itertools.pairwise(run))


def _a_name(run: list[re.Match[str]], lower_case: bool) -> bool:
    """Whether the run reads as one name: in cased text every word capitalised and the first no
    small word ("The"); in lower-cased text no small word and the first a rare word or a country's."""
    texts = [w.group() for w in run]
    if any(w.lower() in STOP_WORDS for w in texts) or any(_POSSESSIVE.search(w) for w in texts[:-1]):
        return False  # "New Zealand's Police": an owner and its body, not one name
    if not lower_case:
        return all(w[0].isupper() for w in texts)
    from factcheck.extract.lexicon import uncommon  # wordfreq: lower-cased text only

    first = texts[0].lower()
    return uncommon(first) or is_country(first) or first.capitalize() in word_list("demonyms")


def _other_body(words: list[str], index: SourceIndex, lower_case: bool) -> Evidence | None:
    """Where a source names another body with the same first and last word, under the module's
    conditions; else None."""
    first, head = words[0], words[-1]
    middle = tuple(w.lower() for w in words[1:-1])
    if not middle:
        return None
    pattern = re.compile(
        rf"(?<![\w'’-]){re.escape(first)}((?: [A-Za-z][\w'’-]*){{0,{MAX_BEFORE - 1}}}) {re.escape(head)}(?![\w'’-])",
        re.IGNORECASE,
    )
    mine = re.compile(
        rf"(?<![\w'’-]){re.escape(' '.join(middle))} {re.escape(head)}(?![\w'’-])", re.IGNORECASE
    )
    short = re.compile(
        rf"(?<![\w'’-]){re.escape(first)} {re.escape(' '.join(middle))}(?![\w'’-])", re.IGNORECASE
    )
    other: Evidence | None = None
    for source, text in index.texts.items():
        if mine.search(text) or short.search(text):
            return None  # "the city council", "Scottish Labour", "Boston police": the document's body
        for match in pattern.finditer(text):
            theirs = match.group(1).split()
            if not theirs:
                return None  # "Cardiff Council", "Cardiff council": the document's name cut short
            if not lower_case and not _cased_run(text, match):
                continue  # "former Minneapolis police", "National Disaster Response Force"
            if theirs and not _named(theirs, lower_case):
                continue  # "Cardiff and the council": no name of a body
            if not theirs or not _another(middle, theirs):
                return None  # "Cardiff Council", or the same words: the document's body
            if other is None:
                other = Evidence(source, match.span())
    return other


def _cased_run(text: str, match: re.Match[str]) -> bool:
    """Whether a source's match is a whole name in cased text: every word capitalised, and no
    capitalised word right before or after it."""
    words = match.group(0).split()
    return (
        all(w[0].isupper() for w in words)
        and _run_starts(text, match.start())
        and _run_ends(text, match.end())
    )


def _named(theirs: list[str], lower_case: bool) -> bool:
    """Whether a source's words between the first and last word are part of a name: no small
    word, and in cased text capitalised."""
    return not any(w.lower() in STOP_WORDS for w in theirs) and (
        lower_case or all(w[0].isupper() for w in theirs)
    )


def _another(middle: tuple[str, ...], theirs: list[str]) -> bool:
    """Whether a source's words between the first and last word name another body: none of the
    document's words once the words both begin with are left out."""
    folded = [w.lower() for w in theirs]
    shared = 0
    while shared < min(len(middle), len(folded)) and middle[shared] == folded[shared]:
        shared += 1
    rest_mine, rest_theirs = middle[shared:], folded[shared:]
    return (
        bool(rest_mine)
        and bool(rest_theirs)
        and not any(_one_word(a, b) for a in rest_mine for b in rest_theirs)
    )


def _one_word(a: str, b: str) -> bool:
    """Whether two words are one word inflected or cut short ("Fashion"/"Fashions",
    "Examiners"/"Examiner's", "High"/"Highway": a slip FC401 judges, not another body)."""
    a, b = _POSSESSIVE.sub("", a), _POSSESSIVE.sub("", b)
    return a.startswith(b) or b.startswith(a) or (len(a) >= STEM and a[:STEM] == b[:STEM])
