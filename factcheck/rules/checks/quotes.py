"""Checks on quoted words: wording that drifts inside quotation marks, and one statement
attributed to different events or dates."""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Editop, Indel, Levenshtein, Opcode

from factcheck.extract.numbers import SCALES, SMALL_NUMBERS, TENS
from factcheck.extract.text import STOP_WORDS, quote_words, same_statement
from factcheck.model import QuoteClaim
from factcheck.model.ids import Family, in_family
from factcheck.rules.checks.base import CheckInput, Verdict, lower_tier_side, pair, spec
from factcheck.wordlists import word_list


def one_statement(a: QuoteClaim, b: QuoteClaim) -> bool:
    """Quotations under one automatic frame (one speaker) are one statement only when their words
    overlap; a curated statement subject says so on its own."""
    if not in_family(a.describes, Family.QUOTE):
        return True
    wa, wb = quote_words(a.words), quote_words(b.words)
    shorter, longer = sorted((wa, wb), key=len)
    return _contains(longer, shorter) or same_statement(wa, wb)


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """True when `shorter` is a contiguous run of `longer` (a faithful partial quote), also when
    the two write a compound closed or open ("ceasefire" / "cease fire"): the letters of
    `shorter` are a run of `longer`'s that starts and ends between two of its words."""
    n = len(shorter)
    if any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1)):
        return True
    letters, wanted = "".join(longer), "".join(shorter)
    bounds = {0}
    for word in longer:
        bounds.add(max(bounds) + len(word))
    start = letters.find(wanted)
    while wanted and start >= 0:
        if start in bounds and start + len(wanted) in bounds:
            return True
        start = letters.find(wanted, start + 1)
    return False


def quote_wording(data: CheckInput) -> Verdict | None:
    """Two quotations of the same statement use different words inside the quotation marks."""
    a, b = pair(data, QuoteClaim)
    wa, wb = quote_words(a.words), quote_words(b.words)
    if not wa or not wb or not one_statement(a, b):
        return None  # two different things one speaker said
    shorter, longer = sorted((wa, wb), key=len)
    if _contains(longer, shorter):
        return None  # the same words, or a faithful excerpt of the longer quotation
    similarity = fuzz.ratio(" ".join(wa), " ".join(wb))
    outcome, changed = wording_change(wa, wb, sentence_starts(a.words), sentence_starts(b.words))
    return Verdict(
        outcome=outcome,
        confidence=round(0.95 - 0.3 * similarity / 100, 2),
        details={"similarity": f"{similarity:.0f}", "changed": changed},
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


MAX_MINOR_EDITS = 2  # more changed words than this is a rewording, whatever the words
SPELLING_SIMILARITY = 80  # "colour"/"color", "Beijing's"/"Beijings": one word spelled otherwise


def wording_change(
    wa: list[str],
    wb: list[str],
    starts_a: frozenset[int] = frozenset(),
    starts_b: frozenset[int] = frozenset(),
) -> tuple[str, str]:
    """How much the words changed, and which: `negation-changed` or `number-changed` (the
    meaning is reversed or the figure differs), `auxiliary-only` (only forms of be, have or do
    swapped: data/auxiliaries.txt), `minor-wording` (at most MAX_MINOR_EDITS words
    changed, each a stop word or a respelling), else `altered-wording`. A shorter quotation is
    set against the run of the longer one it matches best (a partial quote is no change).
    `starts_a` / `starts_b`: the word positions where a sentence begins inside each quotation
    (sentence_starts); the negation and figure checks read the whole quotations, the wording
    only the stretch both quote (_quoted_stretch)."""
    whole = _wording_change(wa, wb)
    if whole[0] != "altered-wording":
        return whole  # a figure or a negation changed, or the words differ only a little
    ta, tb = _quoted_stretch(wa, wb, starts_a, starts_b)
    if (ta, tb) == (wa, wb):
        return whole
    cut_a, cut_b = set(_content(wa)) - set(_content(ta)), set(_content(wb)) - set(_content(tb))
    if cut_a & set(_content(wb)) or cut_b & set(_content(wa)):
        return whole  # a word cut from one the other quotes: words moved ("A thanked B" / "B thanked A")
    part = _wording_change(ta, tb)
    if part[0] == "altered-wording":
        return whole
    return "overlapping-excerpts", part[1]  # two stretches of one statement, alike where both quote


def _wording_change(wa: list[str], wb: list[str]) -> tuple[str, str]:
    """wording_change of two word lists as given."""
    dropped = _elided(*sorted((wa, wb), key=len))
    reworded = _reworded(wa, wb) and not _content_swapped(wa, wb)
    whole_a, whole_b = wa, wb
    wa, wb = _aligned(wa, wb)
    edits = [_edit(wa, wb, op) for op in Levenshtein.editops(wa, wb)]
    shown = edits or [_edit(whole_a, whole_b, op) for op in Levenshtein.editops(whole_a, whole_b)]
    changed = ", ".join(f"{old or '∅'} → {new or '∅'}" for old, new in shown)
    if sum(map(_negates, wa)) != sum(map(_negates, wb)):
        return "negation-changed", changed
    if sorted(filter(_is_number, wa)) != sorted(filter(_is_number, wb)):
        return "number-changed", changed
    auxiliaries = word_list("auxiliaries")
    if edits and all(old in auxiliaries and new in auxiliaries for old, new in edits):
        return "auxiliary-only", changed  # "is pancaked" / "has pancaked": the same statement
    if 0 < len(edits) <= MAX_MINOR_EDITS and all(_minor_edit(old, new) for old, new in edits):
        return "minor-wording", changed
    if edits and _content(wa) == _content(wb):
        return "minor-wording", changed  # a tidied transcript: the speaker's words, re-inflected
    if dropped is not None and not any(_negates(w) or _is_number(w) for w in dropped):
        return "minor-wording", changed  # "let down" for "let the fans down": words left out
    if reworded and len(edits) > 1:
        return "reworded", changed  # the same sentence with words added, dropped or tidied
    return "altered-wording", changed


# a full stop after one of these (or after a single letter: "U. S.") ends no sentence
_ABBREVIATIONS = frozenset(t.casefold() for t in word_list("titles")) | {"st", "no", "vs", "etc"}
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(]*[A-Z])")


def sentence_starts(text: str) -> frozenset[int]:
    """The positions in quote_words(text) of the words that begin a sentence after the first (a
    full stop, question or exclamation mark, then a capital; not after a title, "Mr. Cosby", or a
    single letter, "U. S."). Empty when the sentences' words do not add up to the whole's (a
    contraction or compound folded across the break): then no break is trusted."""
    pieces, at = [], 0
    for found in _SENTENCE_END.finditer(text):
        before = re.findall(r"[A-Za-z]+", text[at : found.start()])
        if before and (len(before[-1]) == 1 or before[-1].casefold() in _ABBREVIATIONS):
            continue
        pieces.append(text[at : found.start()])
        at = found.end()
    pieces.append(text[at:])
    counts = [len(quote_words(piece)) for piece in pieces]
    if sum(counts) != len(quote_words(text)):
        return frozenset()
    starts, total = set(), 0
    for count in counts[:-1]:
        total += count
        starts.add(total)
    return frozenset(starts)


def _quoted_stretch(
    wa: list[str], wb: list[str], starts_a: frozenset[int], starts_b: frozenset[int]
) -> tuple[list[str], list[str]]:
    """The two quotations cut to the stretch of the statement both quote: at each end, words
    only one quotation has beyond the first (last) content word both share are a part of the
    statement the other does not quote, not a change ("world will now see a major change"
    against "Today we had a very historic meeting ... the world will see a major change": the
    other's first sentence is cut). When both go on beyond the shared words, and one of them
    goes on in a new sentence while the other's sentence goes on, the new sentence is cut
    ("It is time for justice. Mr. Cosby. ..." against "It is time for justice in a court of
    law": the second keeps "in a court of law", an added clause); otherwise both are kept and
    compared word for word, so a word put for another at the edge ("raise taxes on the rich" /
    "raise taxes on the poor") is still a swap. Content words are compared as _content stems."""
    pa, pb = _content_positions(wa), _content_positions(wb)
    shared = [
        (pa[src][0], pb[dest][0])
        for block in Indel.opcodes([s for _, s in pa], [s for _, s in pb])  # the longest common run
        if block.tag == "equal"
        for src, dest in _block_pairs(block)
    ]
    if not shared:
        return wa, wb
    (first_a, first_b), (last_a, last_b) = shared[0], shared[-1]
    head_a = [i for i, _ in pa if i < first_a]
    head_b = [i for i, _ in pb if i < first_b]
    tail_a = [i for i, _ in pa if i > last_a]
    tail_b = [i for i, _ in pb if i > last_b]
    new_a = any(head_a[-1] < s <= first_a for s in starts_a) if head_a else False
    new_b = any(head_b[-1] < s <= first_b for s in starts_b) if head_b else False
    # a side's words beyond its shared stretch are cut when the other side's words there are
    # the same as its own next to the stretch (the other starts or stops inside it: "the valley
    # will see" in "... aside, the valley will see"), or when they go on in a new sentence while
    # the other's sentence goes on
    cut_head_a = bool(head_a) and (_ends_with(wa[:first_a], wb[:first_b]) or (new_a and not new_b))
    cut_head_b = bool(head_b) and (_ends_with(wb[:first_b], wa[:first_a]) or (new_b and not new_a))
    start_a = _sentence_start(head_a[-1], first_a, starts_a) if cut_head_a else 0
    start_b = _sentence_start(head_b[-1], first_b, starts_b) if cut_head_b else 0
    new_a = any(last_a < s <= tail_a[0] for s in starts_a) if tail_a else False
    new_b = any(last_b < s <= tail_b[0] for s in starts_b) if tail_b else False
    after_a, after_b = wa[last_a + 1 :], wb[last_b + 1 :]
    cut_tail_a = bool(tail_a) and (after_a[: len(after_b)] == after_b or (new_a and not new_b))
    cut_tail_b = bool(tail_b) and (after_b[: len(after_a)] == after_a or (new_b and not new_a))
    end_a = _sentence_end(last_a, tail_a[0], starts_a) if cut_tail_a else len(wa)
    end_b = _sentence_end(last_b, tail_b[0], starts_b) if cut_tail_b else len(wb)
    return wa[start_a:end_a], wb[start_b:end_b]


def _block_pairs(block: Opcode) -> list[tuple[int, int]]:
    """(src, dest) positions of an `equal` opcode block."""
    return [(block.src_start + k, block.dest_start + k) for k in range(block.src_end - block.src_start)]


def _ends_with(words: list[str], end: list[str]) -> bool:
    """Whether `words` end with the words `end` (any list ends with no words)."""
    return len(end) <= len(words) and words[len(words) - len(end) :] == end


def _sentence_start(content: int, first: int, starts: frozenset[int]) -> int:
    """Where to cut a quotation before its first shared content word: at the sentence break
    after its last content word before it when there is one, else right after that word."""
    breaks = [s for s in starts if content < s <= first]
    return max(breaks) if breaks else content + 1


def _sentence_end(last: int, next_content: int, starts: frozenset[int]) -> int:
    """Where to cut a quotation after its last shared content word: at the sentence break
    before the next content word when there is one, else right before that word."""
    breaks = [s for s in starts if last < s <= next_content]
    return min(breaks) if breaks else next_content


def _content_positions(words: list[str]) -> list[tuple[int, str]]:
    """(position, stem) of each content word's first use, in order (the words _content keeps)."""
    seen: dict[str, int] = {}
    for i, word in enumerate(words):
        stem = _content_stem(word)
        if stem is not None:
            seen.setdefault(stem, i)
    return sorted((i, stem) for stem, i in seen.items())


REWORDED_SHARE = (
    2 / 3
)  # of its content words a quotation must share with the other to be one sentence reworded


def _reworded(wa: list[str], wb: list[str]) -> bool:
    """Whether two quotations are one sentence worded another way (a second translation, a
    tidied transcript): the shorter shares at least two of its content words, and
    REWORDED_SHARE of them, with the longer, where they make REWORDED_SHARE of the longer's
    content words from the first shared to the last (the run it quotes), and the shared words
    come in the same order ("the continuing deterioration of the security situation and poor
    economic and social governance" / "the continuing degradation of the security situation,
    the bad economic and social governance"). Content words in another order ("Russia attacked
    Ukraine" / "Ukraine attacked Russia") or mostly other words are an altered statement."""
    short, long = sorted((_content(wa), _content(wb)), key=len)
    shared = set(short) & set(long)
    at = [i for i, word in enumerate(long) if word in shared]
    if len(shared) < max(2, REWORDED_SHARE * len(short)):
        return False
    if len(shared) < REWORDED_SHARE * (at[-1] - at[0] + 1):
        return False
    return [w for w in short if w in shared] == [w for w in long if w in shared]


MAX_ELIDED = 3  # words a shorter quotation may leave out of the run it quotes


def _elided(shorter: list[str], longer: list[str]) -> list[str] | None:
    """The words a quotation leaves out of one run of the longer one whose other words it gives
    in order ("let down" of "let the fans down": "the", "fans"), at most MAX_ELIDED of them;
    None when no such run holds it (a word added or changed, or words picked far apart)."""
    if len(shorter) < 2:
        return None
    for start in (i for i, word in enumerate(longer) if word == shorter[0]):
        run = longer[start : start + len(shorter) + MAX_ELIDED]
        kept, at = [], 0
        for position, word in enumerate(run):
            if at < len(shorter) and word == shorter[at]:
                kept.append(position)
                at += 1
        if at == len(shorter):
            return [w for p, w in enumerate(run[: kept[-1] + 1]) if p not in kept]
    return None


_ENDINGS = ("ing", "ed", "es", "s", "er", "est", "ly")  # inflections: "want"/"wanted", "find"/"finding"


def _content(words: list[str]) -> list[str]:
    """The stems of a quotation's content words in the order first used: what it puts in the
    speaker's mouth, whatever the tense, contractions, function words or repeated words ("That
    is, is heartbreaking … as we would want to be to find" / "That is heartbreaking … as we
    wanted to be in finding"); the order keeps "A attacked B" apart from "B attacked A"."""
    stems: dict[str, None] = {}
    for word in words:
        stem = _content_stem(word)
        if stem is not None:
            stems.setdefault(stem)
    return list(stems)


def _content_stem(word: str) -> str | None:
    """A content word's stem (_stem), None for a stop word."""
    base = word[: -len("n't")] if word.endswith("n't") else word.split("'")[0]
    if word in STOP_WORDS or base in STOP_WORDS or not base:
        return None
    return _stem(base)


def _stem(word: str) -> str:
    """A word less one inflectional ending and a final e, undoubled ("planned", "plan" -> "plan")."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    word = word[:-1] if word.endswith("e") and len(word) > 3 else word
    return word[:-1] if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou" else word


def _aligned(wa: list[str], wb: list[str]) -> tuple[list[str], list[str]]:
    """The two quotations with the longer one cut to the run of words nearest the shorter."""
    if len(wa) == len(wb):
        return wa, wb
    shorter, longer = sorted((wa, wb), key=len)
    n = len(shorter)
    windows = [
        longer[i : i + size]
        for size in range(max(1, n - MAX_MINOR_EDITS), min(len(longer), n + MAX_MINOR_EDITS) + 1)
        for i in range(len(longer) - size + 1)
    ]
    # the nearest run, and of those the one as long as the shorter quotation: "is literally
    # pancaked" meets "has literally pancaked" (a word swapped), not "literally pancaked"
    best = min(windows, key=lambda run: (Levenshtein.distance(shorter, run), abs(len(run) - n)))
    return (shorter, best) if shorter is wa else (best, shorter)


def _edit(wa: list[str], wb: list[str], op: Editop) -> tuple[str, str]:
    """(old word, new word) of one edit; "" for the missing side of an insertion or deletion."""
    old = wa[op.src_pos] if op.tag in ("replace", "delete") else ""
    new = wb[op.dest_pos] if op.tag in ("replace", "insert") else ""
    return old, new


def _content_swapped(wa: list[str], wb: list[str]) -> bool:
    """Whether a content word of one quotation stands where the other has another content word,
    anywhere in the pair, whatever function words changed around it ("win the election" / "lose
    this election", "Smith will lead the team" / "Jones will lead our team", "thousands" /
    "hundreds", "the first time" / "the third time that", "resigned" / "was sacked"). The content
    words are compared as stems of spelling-folded words (quote_words, _content), so the same
    word's forms ("want" / "wanted", "colour" / "color") are no swap. A swap may change the meaning
    and no rule can tell whether it does: such a pair is never only reworded."""
    ca, cb = _content(wa), _content(wb)
    return any(op.tag == "replace" for op in Levenshtein.editops(ca, cb))


def _minor_edit(old: str, new: str) -> bool:
    """A changed word that carries no meaning of its own (so/such, a/the) or is respelled."""
    if old and new and fuzz.ratio(old, new) >= SPELLING_SIMILARITY:
        return True
    return all(word in STOP_WORDS for word in (old, new) if word)


def _negates(word: str) -> bool:
    return word in word_list("negations") or word.endswith(("n't", "n’t"))


def _is_number(word: str) -> bool:
    return any(ch.isdigit() for ch in word) or word in SMALL_NUMBERS or word in TENS or word in SCALES


def quote_attribution(data: CheckInput) -> Verdict | None:
    """The same statement is tied to different events, or to dates that cannot both be right."""
    a, b = pair(data, QuoteClaim)
    if not one_statement(a, b):
        return None
    da, db = a.attributed_date, b.attributed_date
    if da is not None and db is not None:
        # Dates decide when both are known: two event ids for one occasion are not a conflict.
        if da.overlaps(db):
            return None
        outcome = "different-dates"
    elif a.event is not None and b.event is not None and a.event != b.event:
        outcome = "different-events"
    else:
        return None
    return Verdict(
        outcome=outcome,
        confidence=0.9 if outcome == "different-dates" else 0.7,
        details={
            "a_event": a.event or "an unnamed occasion",
            "b_event": b.event or "an unnamed occasion",
            "a_date": _describe(da),
            "b_date": _describe(db),
        },
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


def _describe(interval: object) -> str:
    if interval is None:
        return "no date"
    start, end = interval.start, interval.end  # type: ignore[attr-defined]
    return start.isoformat() if start == end else f"{start.isoformat()}…{end.isoformat()}"


CHECKS = (
    spec(
        "quote_wording",
        quote_wording,
        outcomes=[
            "altered-wording",
            "auxiliary-only",
            "minor-wording",
            "negation-changed",
            "number-changed",
            "overlapping-excerpts",
            "reworded",
        ],
        details=["similarity", "changed"],
    ),
    spec(
        "quote_attribution",
        quote_attribution,
        outcomes=["different-dates", "different-events"],
        details=["a_event", "b_event", "a_date", "b_date"],
    ),
)
