"""Quotations printed without a speaker nearby, joined to the same statement in another outlet.

Most quotations in a news story have no speaker in their own sentence: the wire copy says
'"Free speech is the bedrock of a functioning democracy …," Musk said', while another outlet
prints the same words after a paragraph about the deal. Extraction gives such a quotation a
stand-in statement (`unknown.statement`), which joins nothing, so the two printings were never
compared. Here, once every source's claims are loaded, a stand-in quotation that reproduces a
quotation of another source takes that quotation's statement (and its speaker, when it has one);
stand-in quotations of several sources that reproduce one another, none with a speaker, share a
statement frame of their own (`auto.quote.unattributed-…`). FC301 then compares their words.

Only a quotation whose own sentence credits it to nobody joins: outside the quotation marks it
has function words only ('"…," he said', or the quotation alone). One credited to a role or a
description ('"…," a volunteer said', 'one resident told reporters', 'a banner read', 'Placards
carried the slogan "…"') has a speaker of its own, just not a named one, and never inherits one.

"Reproduces" is read on content words (words outside the function-word list, data/stopwords.txt),
case and punctuation aside: the shorter quotation has at least MIN_SHARED of them in the other,
in the same order, and those are at least SHARE of its content words, or both have MIN_RUN
content words in a row (two stretches of one statement, overlapping). A short common phrase ("very sad", "we
are working", "pretty comprehensive") never joins: two outlets printing it may quote two
people, or one person twice. A stand-in quotation that reproduces quotations of two different
statements (two speakers) joins neither.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher

from factcheck.lazyre import lazy
from factcheck.model import Claim, QuoteClaim
from factcheck.model.ids import Family, auto_frame, is_stand_in
from factcheck.wordlists import word_list

STOP_LIST = "stopwords"  # function words: "will", "that", "every", "with", "said" (read when first used)
MIN_SHARED = 4  # content words the shorter quotation must have, and share in order
SHARE = 0.6  # of the shorter quotation's content words, found in the other in order
MIN_RUN = 5  # content words in a row both quotations have: one statement however much else differs
SLUG_WORDS = 5  # content words of a quotation that name its own statement frame
_WORD = lazy(r"\w+")
_SENTENCE_ENDS = (". ", "! ", "? ", "\n")  # where a quotation's own sentence ends


def joined_quotes(claims: Sequence[Claim], texts: Mapping[str, str]) -> list[Claim]:
    """`claims` with each stand-in quotation that reproduces a quotation of another source given
    that quotation's statement (and speaker), or, among stand-ins only, a shared frame. `texts`:
    each source's text, where a quotation's own sentence is read."""
    quotes = [c for c in claims if isinstance(c, QuoteClaim)]
    loose = [q for q in quotes if is_stand_in(q.describes) and _credited_to_nobody(q, texts.get(q.source))]
    if not loose:
        return list(claims)
    words = {q.id: _long_words(q.words) for q in quotes}
    postings: dict[str, list[QuoteClaim]] = defaultdict(list)
    for quote in quotes:
        for word in set(words[quote.id]):
            postings[word].append(quote)
    matches: dict[str, list[QuoteClaim]] = {}
    for quote in loose:
        mine = set(words[quote.id])
        if len(mine) < MIN_SHARED:
            continue
        # a quotation sharing MIN_SHARED of these words shares one of the len - MIN_SHARED + 1
        # rarest: only the quotations filed under those are met (not every one sharing "people")
        rarest = sorted(mine, key=lambda w: (len(postings[w]), w))[: len(mine) - MIN_SHARED + 1]
        met = {other.id: other for word in rarest for other in postings[word] if other.source != quote.source}
        matches[quote.id] = [
            other
            for other in met.values()
            if len(mine & set(words[other.id])) >= MIN_SHARED
            and _reproduces(words[quote.id], words[other.id])
        ]
    updates = _statements(loose, matches)
    if not updates:
        return list(claims)
    return [c.model_copy(update=updates[c.id]) if c.id in updates else c for c in claims]


def _statements(
    loose: list[QuoteClaim], matches: dict[str, list[QuoteClaim]]
) -> dict[str, dict[str, str | None]]:
    """The new statement (and speaker) of each stand-in quotation that joins another."""
    updates: dict[str, dict[str, str | None]] = {}
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    grouped: set[str] = set()
    for quote in loose:
        found = matches.get(quote.id, [])
        statements = {q.describes for q in found if not is_stand_in(q.describes)}
        if len(statements) == 1:
            speakers = {q.speaker for q in found if not is_stand_in(q.describes)}
            speaker = next(iter(speakers)) if len(speakers) == 1 else None
            updates[quote.id] = {"describes": statements.pop(), "speaker": speaker or quote.speaker}
        elif not statements:
            for other in found:  # stand-ins only: one group per statement
                parent[find(other.id)] = find(quote.id)
                grouped.update((quote.id, other.id))
    groups: dict[str, list[QuoteClaim]] = defaultdict(list)
    for quote in loose:
        if quote.id in grouped and quote.id not in updates:
            groups[find(quote.id)].append(quote)
    for members in groups.values():
        if len({q.source for q in members}) < 2:
            continue
        longest = max(members, key=lambda q: len(q.words))
        frame = auto_frame(Family.QUOTE, "unattributed-" + "-".join(_long_words(longest.words)[:SLUG_WORDS]))
        for quote in members:
            updates[quote.id] = {"describes": frame}
    return updates


def _long_words(text: str) -> list[str]:
    """A quotation's content words (not function words), case-folded, in order."""
    plain = text.replace("’", "'").casefold()
    stop = word_list(STOP_LIST)
    return [w for w in _WORD.findall(plain) if w not in stop]


def words_outside(quote: QuoteClaim, text: str | None) -> list[str] | None:
    """The words of the quotation's own sentence in `text` outside the quotation, as written
    (None without the sentence: no text, no span)."""
    if text is None or quote.span is None:
        return None
    start, end = quote.span
    before = max(text.rfind(mark, 0, start) for mark in _SENTENCE_ENDS)
    after = min((i for mark in _SENTENCE_ENDS if (i := text.find(mark, end)) >= 0), default=len(text))
    outside = text[before + 1 : start] + " " + text[end:after]
    return _WORD.findall(outside.replace(quote.words, " ").replace("’", "'"))


def _function_words_only(words: list[str]) -> bool:
    """True when every word is a function word (data/stopwords.txt), case aside."""
    stop = word_list(STOP_LIST)
    return all(w.casefold() in stop for w in words)


def printed_alone(quote: QuoteClaim, text: str | None) -> bool:
    """True when the quotation's own sentence in `text` has function words only outside it
    ('"…," he said', or the quotation alone): it credits nobody, not even a role."""
    outside = words_outside(quote, text)
    return outside is not None and _function_words_only(outside)


def _credited_to_nobody(quote: QuoteClaim, text: str | None) -> bool:
    """True when the quotation's own sentence in `text` has function words only outside the
    quotation ('"…," he said'), not a role or a thing that says it ("a volunteer said", "a banner
    read"). Without the sentence (no text, no span) it is not known: False."""
    outside = words_outside(quote, text)
    if outside is None:
        return False
    if _function_words_only(outside):
        return True
    stop = word_list(STOP_LIST)
    # a capitalised word past the sentence's first: a name the extractor did not take as the
    # speaker ('"…" transport minister Ana Ruiz said'), not a role
    return any(w[0].isupper() for w in outside[1:] if w.casefold() not in stop)


def _reproduces(a: list[str], b: list[str]) -> bool:
    """True when the shorter quotation's long words are mostly the other's, in the same order,
    within one stretch of the other about its own length (a much longer quotation, a
    transcript's paragraph, shares many long words with any sentence of the same speaker)."""
    shorter, longer = sorted((a, b), key=len)
    wanted = list(dict.fromkeys(shorter))
    if len(wanted) < MIN_SHARED:
        return False
    if longest_common_run(a, b) >= MIN_RUN:
        # two outlets quoting different stretches of one statement ('"We're both going to do
        # something ... we're going to take care of a very big and dangerous problem"' beside '"I
        # think both sides are going to be impressed ... We're going to take care of a very big
        # and very dangerous problem"') share too few of the shorter's words for SHARE, but
        # MIN_RUN content words running on unbroken in both are one statement's words
        return True
    size = len(shorter) + max(2, len(shorter) // 2)
    starts = range(max(1, len(longer) - size + 1))
    return any(_shares(wanted, longer[i : i + size]) for i in starts)


def _shares(wanted: list[str], stretch: list[str]) -> bool:
    in_order = common_in_order(wanted, list(dict.fromkeys(stretch)))
    return in_order >= MIN_SHARED and in_order >= SHARE * len(wanted)


def longest_common_run(xs: list[str], ys: list[str]) -> int:
    """The length of the longest run of words the two lists both have unbroken."""
    return SequenceMatcher(None, xs, ys, autojunk=False).find_longest_match().size


def common_in_order(xs: list[str], ys: list[str]) -> int:
    """The length of the longest common subsequence of two word lists."""
    row = [0] * (len(ys) + 1)
    for x in xs:
        prev = 0
        for j, y in enumerate(ys, 1):
            prev, row[j] = row[j], prev + 1 if x == y else max(row[j], row[j - 1])
    return row[-1]
