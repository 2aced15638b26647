"""Checks on quoted words: wording that drifts inside quotation marks, and one statement
attributed to different events or dates."""

from __future__ import annotations

import functools
import itertools
from difflib import Match, SequenceMatcher
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Editop, Indel, Levenshtein
from rapidfuzz.process import extractOne

from factcheck.extract.numbers import SCALES, SMALL_NUMBERS, TENS
from factcheck.extract.text import STOP_WORDS, quote_words, same_statement
from factcheck.lazyre import lazy
from factcheck.model import QuoteClaim, Tier
from factcheck.model.ids import Family, in_family
from factcheck.rules.checks.base import CheckInput, Verdict, lower_tier_side, pair, spec
from factcheck.wordlists import negates, opposite_pairs, person_shift_pairs, word_list


def one_statement(a: QuoteClaim, b: QuoteClaim, *, checking: bool = False) -> bool:
    """Quotations under one automatic frame (one speaker) are one statement only when their words
    overlap; a curated statement subject says so on its own. `checking` (a summary against its
    sources): a shared name does not part two quotations, so a quotation made up and put in a
    known speaker's mouth still meets what the sources quote (review of session 26)."""
    if not in_family(a.describes, Family.QUOTE):
        return True
    wa, wb = quote_words(a.words), quote_words(b.words)
    shorter, longer = sorted((wa, wb), key=len)
    if _contains(longer, shorter):
        return True
    if not same_statement(wa, wb):
        return False
    if checking:
        return True
    # a name both quotations write is whom they are about, not what was said: "We are devastated
    # by the loss of Mr. Bennett" and "Mr. Bennett became known by millions" share only him, so
    # they are two statements; one more shared word ("the loss of Mr. Bennett") makes them one,
    # and so do more capitalised words than one name has (a title: "Declaration for Peace,
    # Prosperity and Unification")
    shared = (set(wa) & set(wb)) - STOP_WORDS
    return len(shared) > NAME_WORDS or bool(shared - _shared_names(a.words, b.words))


NAME_WORDS = 3  # the most words a person's name with its title has ("Dr. Anna Kerr")


def _shared_names(a: str, b: str) -> frozenset[str]:
    """The words (as quote_words) both quotations write capitalised, one of them inside a
    sentence, where case marks a name ("Bennett", "Mr."); "I" is no name."""
    inner_a, any_a = _capitalised(a)
    inner_b, any_b = _capitalised(b)
    return frozenset(((inner_a & any_b) | (inner_b & any_a)) - {"i"})


def _capitalised(text: str) -> tuple[set[str], set[str]]:
    """The words a quotation writes capitalised inside a sentence, and wherever they stand."""
    inner: set[str] = set()
    anywhere: set[str] = set()
    for match in _WORD_AS_WRITTEN.finditer(text):
        if not match.group()[0].isupper():
            continue
        words = set(quote_words(match.group()))
        anywhere |= words
        before = text[: match.start()].rstrip(_OPENERS)
        if before and (before[-1] not in _SENTENCE_END or _TITLE_BEFORE.search(before)):
            inner |= words  # (after "Mr.", "Dr.": a title's full stop ends no sentence)
    return inner, anywhere


_TITLE_BEFORE = lazy(r"(?:^|\s)[A-Z][a-z]{0,3}\.\Z")


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


OVERLAP_CONTENT = 3  # content words the shared run of two overlapping excerpts must hold


def _overlapping_cuts(
    wa: list[str], wb: list[str], starts: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
) -> bool:
    """Whether two quotations are excerpts of one sentence cut at different points: the end of
    one is, word for word, the start of the other, a run holding at least OVERLAP_CONTENT content
    words ("apologised to the people of Hong Kong for this and pledged to adopt a most sincere and
    humble attitude" / "pledged to adopt a most sincere and humble attitude to accept
    criticisms"). Neither changes a word of the other; each only quotes more on its own side.
    Two quotations that start alike and end otherwise (a changed ending) are no such pair, nor are
    two whose own words, outside the shared stretch, hold a number or a negating word anywhere
    ("was not in any way guilty of the fraud charges" / "guilty of the fraud charges and would
    appeal"; "had counted 40 bodies in the collapsed school" / "the collapsed school held 50
    bodies"): the shared words may mean the opposite, or the figures differ. Only own words in
    the sentences the shared stretch is in count (`starts`: the word positions where each
    quotation's sentences start): another sentence of the statement changes nothing in the shared
    one ("We are deeply concerned. We made the assessment that COVID-19 is a pandemic." / "We made
    the assessment that COVID-19 is a pandemic. It is not a word to use lightly.")."""
    pairs = (((wa, starts[0]), (wb, starts[1])), ((wb, starts[1]), (wa, starts[0])))
    for (head, head_starts), (tail, tail_starts) in pairs:
        for size in range(min(len(head), len(tail)) - 1, 0, -1):
            if head[-size:] == tail[:size]:
                cut = len(head) - size
                first = max((at for at in head_starts if at <= cut), default=0)
                last = min((at for at in tail_starts if at >= size), default=len(tail))
                own = [word.lower() for word in (*head[first:cut], *tail[size:last])]
                if len(_content(tail[:size])) >= OVERLAP_CONTENT and not any(
                    _is_number(word) or negates(word) for word in own
                ):
                    return True
                break
    return False


STRETCH_CORE = 5  # words in a row two quotations must share before their shared stretch is compared alone
STRETCH_GAP = 3  # words either excerpt may hold between two runs of the shared stretch


def _shared_stretch(
    wa: list[str], wb: list[str], starts: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
) -> tuple[list[str], list[str]]:
    """The stretch of each quotation that the other also quotes, when both quote sentences of
    their own around it: '"We are deeply concerned by the inaction. We have made the assessment
    that COVID-19 can be characterized as a pandemic."' beside '"We have made the assessment
    that COVID-19 can be characterised as pandemic. Pandemic is not a word to use lightly."'
    quote one sentence both, each with another sentence of the statement, and only that sentence
    is compared. The stretch grows from the longest run the two share (STRETCH_CORE words at
    least) over the runs next to it while neither quotation has more than STRETCH_GAP words
    between them. At each end, the words past it are left out where one quotation has none
    (the other only quotes more) or where both break a sentence there (`starts`: the word
    positions where each quotation's sentences start); words past it on both sides within a
    sentence may be one continuation worded twice ("I hope that will have a chance to play
    again" / "she said ... I really hope that I will be given another chance to play"), so then
    both quotations are compared whole, as they are when no end breaks a sentence in both, or
    when the words past the stretch on the two sides are mostly the same (moved, not cut)."""
    blocks = [b for b in SequenceMatcher(None, wa, wb, autojunk=False).get_matching_blocks() if b.size]
    if not blocks:
        return wa, wb
    core = max(range(len(blocks)), key=lambda i: blocks[i].size)
    if blocks[core].size < STRETCH_CORE:
        return wa, wb
    first = last = core
    while first > 0 and _near_blocks(blocks[first - 1], blocks[first]):
        first -= 1
    while last < len(blocks) - 1 and _near_blocks(blocks[last], blocks[last + 1]):
        last += 1
    a0, b0 = blocks[first].a, blocks[first].b
    a1, b1 = blocks[last].a + blocks[last].size, blocks[last].b + blocks[last].size
    head = _end_kind(a0, b0, a0 in starts[0] and b0 in starts[1])
    tail = _end_kind(len(wa) - a1, len(wb) - b1, a1 in starts[0] and b1 in starts[1])
    if "worded" in (head, tail) or "apart" not in (head, tail):
        return wa, wb
    own_a = set(_content([*wa[:a0], *wa[a1:]]))
    own_b = set(_content([*wb[:b0], *wb[b1:]]))
    if len(own_a & own_b) * 2 >= min(len(own_a), len(own_b)):
        # "Moonlight, you guys won Best Picture. This is not a joke." / "This is not a joke,
        # Moonlight has won Best Picture.": the words past the stretch are the other's, moved
        return wa, wb
    return wa[a0:a1], wb[b0:b1]


def _end_kind(own_a: int, own_b: int, sentence_breaks: bool) -> str:
    """What lies past one end of the shared stretch: "none" when one quotation has no words of
    its own there, "apart" when both do and both break a sentence there (other sentences of the
    statement), else "worded" (maybe one phrase worded twice)."""
    if min(own_a, own_b) == 0:
        return "none"
    return "apart" if sentence_breaks else "worded"


def _near_blocks(before: Match, after: Match) -> bool:
    return (
        0 <= after.a - (before.a + before.size) <= STRETCH_GAP
        and 0 <= after.b - (before.b + before.size) <= STRETCH_GAP
    )


_SENTENCE_BREAK = lazy(r"(?<=[.!?])[\"'”’]?\s+(?=[\"'“‘]?[A-Z])")


def sentence_starts(text: str) -> frozenset[int]:
    """The positions in quote_words(text) where a sentence of the quotation starts, past its
    first (empty when the sentences' words do not add up to the whole's, as a number written
    across a sentence break would make them)."""
    pieces = [quote_words(piece) for piece in _SENTENCE_BREAK.split(text)]
    positions = list(itertools.accumulate(len(piece) for piece in pieces))
    if not positions or positions[-1] != len(quote_words(text)):
        return frozenset()
    return frozenset(positions[:-1])


def quote_wording(data: CheckInput) -> Verdict | None:
    """Two quotations of the same statement use different words inside the quotation marks."""
    a, b = pair(data, QuoteClaim)
    wa, wb = quote_words(a.words), quote_words(b.words)
    checking = Tier.DRAFT in data.tiers.values()
    if not wa or not wb or not one_statement(a, b, checking=checking):
        return None  # two different things one speaker said
    shorter, longer = sorted((wa, wb), key=len)
    if _contains(longer, shorter):
        return None  # the same words, or a faithful excerpt of the longer quotation
    if not checking:
        # a checked document's words past the end of a source's quotation are not that
        # source's, so `check` compares whole quotations
        starts = (sentence_starts(a.words), sentence_starts(b.words))
        if _overlapping_cuts(wa, wb, starts):
            return None  # two reports' excerpts of one sentence, cut at different points
        # two reports' excerpts of one statement cut at different points, with a word changed
        # inside the stretch both quote: only that stretch is compared
        wa, wb = _shared_stretch(wa, wb, starts)
        if wa == wb:
            return None
    similarity = fuzz.ratio(" ".join(wa), " ".join(wb))
    outcome, changed = wording_change(wa, wb, capitals(a.words, b.words), checking=checking)
    if outcome == "number-changed" and not checking:
        # a figure in other words ("the two parties" / "both parties"): graded as the rest reads
        na, nb = same_number_words(wa, wb)
        if (na, nb) != (wa, wb):
            short, long = sorted((na, nb), key=len)
            outcome = (
                "minor-wording"
                if _contains(long, short)
                else wording_change(na, nb, capitals(a.words, b.words))[0]
            )
    return Verdict(
        outcome=outcome,
        confidence=round(0.95 - 0.3 * similarity / 100, 2),
        details={"similarity": f"{similarity:.0f}", "changed": changed},
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


TWO = ("two", "2")


def same_number_words(wa: list[str], wb: list[str]) -> tuple[list[str], list[str]]:
    """Both quotations with a figure written in words that mean it where only the other
    quotation uses those words: "the two" (or "two") as "both" ("the contract that united the two
    parties" / "united both parties"), "two times" as "twice" ("you miss two times" / "you can miss
    it twice"). Two ways of saying one number are no changed figure. "two of the ..." is two
    members of a bigger group ("two of the parties"), never the whole pair "both" names: it stays
    as written (review of session 26)."""

    def rewrite(words: list[str], other: list[str]) -> list[str]:
        out: list[str] = []
        for index, word in enumerate(words):
            part = words[index + 1 : index + 2] == ["of"]  # "two of the parties": a part
            if word == "times" and out and out[-1] in TWO and "twice" in other and "twice" not in words:
                out[-1] = "twice"
            elif word in TWO and not part and "both" in other and "both" not in words:
                if out and out[-1] == "the":
                    out.pop()
                out.append("both")
            else:
                out.append(word)
        return out

    return rewrite(wa, wb), rewrite(wb, wa)


MAX_MINOR_EDITS = 2  # more changed words than this is a rewording, whatever the words
SPELLING_SIMILARITY = 80  # "colour"/"color", "Beijing's"/"Beijings": one word spelled otherwise


def wording_change(
    wa: list[str], wb: list[str], names: Capitals | None = None, *, checking: bool = False
) -> tuple[str, str]:
    """How much the words changed, and which: `negation-changed` or `number-changed` (the
    meaning is reversed or the figure differs), `auxiliary-only` (only forms of be, have or do
    swapped: data/auxiliaries.txt), `minor-wording` (at most MAX_MINOR_EDITS words
    changed, each a stop word or a respelling), `reworded` (content words added or dropped),
    `words-swapped` (a few content words put for others, none a guarded word, an opposite or a
    name: `names`, the quotations' capitalised words), else `altered-wording`. A shorter
    quotation is set against the run of the longer one it matches best (a partial quote is no
    change). `checking` (a summary against its sources): words a quotation adds to a source's
    are never minor, as a summary's quotation marks must hold the source's words."""
    shorter, longer = sorted((wa, wb), key=len)
    dropped = _elided(shorter, longer)
    if dropped is None and not checking:
        dropped = _added(shorter, longer)
    reworded = _reworded(wa, wb) and not _content_swapped(wa, wb)
    quoted = (wa, wb)
    wa, wb = _aligned(wa, wb)
    edits = [_edit(wa, wb, op) for op in Levenshtein.editops(wa, wb)]
    changed = ", ".join(f"{old or '∅'} → {new or '∅'}" for old, new in edits)
    if sum(map(negates, wa)) != sum(map(negates, wb)):
        return "negation-changed", changed
    if sorted(filter(_is_number, wa)) != sorted(filter(_is_number, wb)):
        return "number-changed", changed
    auxiliaries = word_list("auxiliaries")
    if edits and all(old in auxiliaries and new in auxiliaries for old, new in edits):
        return "auxiliary-only", changed  # "is pancaked" / "has pancaked": the same statement
    if not checking and _person_shifted(*quoted, edits):
        return "person-shifted", changed  # "realising their greatest dreams" for "our greatest dreams"
    if 0 < len(edits) <= MAX_MINOR_EDITS and all(_minor_edit(old, new) for old, new in edits):
        return "minor-wording", changed
    if edits and _content(wa) == _content(wb):
        return "minor-wording", changed  # a tidied transcript: the speaker's words, re-inflected
    if dropped is not None and not any(negates(w) or _is_number(w) for w in dropped):
        return "minor-wording", changed  # "let down" for "let the fans down": words left out
    if reworded and len(edits) > 1:
        return "reworded", changed  # the same sentence with words added, dropped or tidied
    if _words_swapped(*quoted, names or Capitals()):
        return "words-swapped", changed  # "a clear call" / "an urgent call": a second wording
    if edits and _mostly_shared(wa, wb) and not _meaning_marked(wa, wb, names or Capitals()):
        return "rewritten", changed  # another translation or transcript of the statement
    return "altered-wording", changed


def _mostly_shared(wa: list[str], wb: list[str]) -> bool:
    """Whether at least REWRITTEN_SHARE of the shorter wording's content words, and at least
    REWRITTEN_WORDS, are the longer's ("no boundaries" / "friendship without limits" share none:
    what was said is not known to be the same)."""
    shorter, longer = sorted((_content_sequence(wa), _content_sequence(wb)), key=len)
    return _found_in(shorter, longer) >= max(REWRITTEN_WORDS, REWRITTEN_SHARE * len(shorter))


REWRITTEN_SHARE = 0.5  # of the shorter wording's content words the longer must have
REWRITTEN_WORDS = 3  # and at least so many: "the normalisation of ties" / "of trade" is a swap


def _meaning_marked(wa: list[str], wb: list[str], names: Capitals) -> bool:
    """Whether two wordings of one statement (the shorter and the run of the longer nearest it)
    differ in what says what happened: a guarded word or a word of how sure or how far one has
    and the other lacks (data/swap_guards.txt, data/hedges.txt: "this year" / "next year",
    "attacked", "almost"), one of a pair of opposites on each side, a name one has and the other
    lacks (a name and its initial, "Homo" / "H.", are one; two words opening a sentence, where
    case cannot tell, count when each side has one), or shared content words in another order (who
    did what to whom: "Russia attacked Ukraine" / "Ukraine attacked Russia"; one word moved,
    "Now I believe" / "I believe now", is not). Without any of these, the two are one statement
    worded twice: what the speaker meant is the same, which words are the speaker's is a detail
    for an editor (session 31: of 146 such pairs in the development stories, people labelled
    141 minor)."""
    own, other = set(wa) - set(wb), set(wb) - set(wa)
    if (own | other) & word_list("swap_guards") or _hedge_changed(wa, wb):
        return True
    own_stems, other_stems = {_stem(w) for w in own}, {_stem(w) for w in other}
    if any(frozenset((a, b)) in _opposites() for a in own_stems for b in other_stems):
        return True
    initials = {w for w in own_stems ^ other_stems if len(w) == 1}
    if any(stem[0] not in initials for stem in (own_stems ^ other_stems) & names.inner):
        return True  # a name one side has ("a call for Kelso solidarity")
    opening = (own_stems & names.initial) - names.inner, (other_stems & names.initial) - names.inner
    if all(opening):
        return True  # each side opens a sentence with a word the other lacks: "Smith" / "Jones"
    return _moved(_content_sequence(wa), _content_sequence(wb))


def _moved(sa: list[str], sb: list[str]) -> bool:
    """Whether the content words both sequences share come in another order, past one word
    moved on its own."""
    shared = set(sa) & set(sb)
    ka, kb = [w for w in sa if w in shared], [w for w in sb if w in shared]
    if ka == kb:
        return False
    return not any([w for w in ka if w != moved] == [w for w in kb if w != moved] for moved in shared)


MAX_SHIFTED_PHRASE = 12  # words of a quoted phrase that reported speech may set in its own person


def _person_shifted(wa: list[str], wb: list[str], edits: list[tuple[str, str]]) -> bool:
    """Whether the only changes are first-person words of the longer quotation put in the third
    person in the shorter (data/person_shifts.yaml), a phrase of at most MAX_SHIFTED_PHRASE words:
    reported speech ("said it was one step closer to 'realising their greatest dreams'") quoting a
    statement in the first person ("realizing our greatest dreams"). `edits` run from `wa` to
    `wb`. Two quotations of one length are no phrase and its statement ("We won" / "They won"),
    and a shift that runs both ways ("we will beat them" / "they will beat us") or from the third
    person to the first ("He will lead" / "I will lead") is another statement."""
    if not edits or len(wa) == len(wb) or min(len(wa), len(wb)) > MAX_SHIFTED_PHRASE:
        return False
    shifts = person_shift_pairs()
    # (first-person word, third-person word) of each edit: the longer quotation holds the first
    ordered = [(old, new) if len(wa) > len(wb) else (new, old) for old, new in edits]
    return all(pair in shifts for pair in ordered)


class Capitals(NamedTuple):
    """Stems of the words two quotations capitalise: inside a sentence (a name: "Mr Cosby",
    "the Mexican state") and at a sentence's start (a name or not: "Smith will lead", "Prices
    will rise")."""

    inner: frozenset[str] = frozenset()
    initial: frozenset[str] = frozenset()

    def name_swap(self, old: str, new: str) -> bool:
        """Whether putting `new` for `old` changes a name: either is capitalised inside a
        sentence, or both open one, where case cannot tell a name from a word."""
        return bool({old, new} & self.inner) or {old, new} <= self.initial


_SENTENCE_END = ".!?…:"
_OPENERS = " \t\n\"'“”‘’([—–-"


def capitals(*texts: str) -> Capitals:
    """The stems of the capitalised words of quotations as written, by where they stand."""
    inner: set[str] = set()
    initial: set[str] = set()
    for text in texts:
        for match in _WORD_AS_WRITTEN.finditer(text):
            if not match.group()[0].isupper():
                continue
            before = text[: match.start()].rstrip(_OPENERS)
            opens = not before or before[-1] in _SENTENCE_END
            stems = {_stem(word) for word in quote_words(match.group())}
            (initial if opens else inner).update(stems)
    return Capitals(frozenset(inner), frozenset(initial))


_WORD_AS_WRITTEN = lazy(r"[^\W\d_][\w'’-]*")


def _words_swapped(wa: list[str], wb: list[str], names: Capitals) -> bool:
    """Whether one quotation is the other worded otherwise in a few places, most of its content
    words kept, in order, and the rest put for others or added or dropped ("a clear call for
    international solidarity" / "an urgent call for international solidarity", "the continuing
    deterioration of the security situation and poor economic" / "the continuing degradation of
    the security situation, the bad economic"): at least two content words, and REWORDED_SHARE
    of each side's (the shorter set against the run of the longer it matches best), are the
    same, in the same order; no word moved; and no swap is of a guarded word
    (data/swap_guards.txt: "this year" / "next year", "first" / "third", "hundreds" /
    "thousands"), a figure, opposites (data/opposites.yaml: "win" / "lose") or a name ("Smith" /
    "Jones"). A second translation's or transcript's synonyms are a detail for an editor; which
    other swap changes the meaning ("dying" / "killing") no rule can tell."""
    shorter, longer = sorted((wa, wb), key=len)
    own = _content_sequence(shorter)
    if _found_in(own, _content_sequence(longer)) < max(2, REWORDED_SHARE * len(own)):
        return False  # too few of its words anywhere in the other (and no run to look for)
    run = _content_run(shorter, longer)
    if not run or _guard_changed(shorter, run) or _hedge_changed(shorter, run):
        return False
    words = (_content_forms(shorter), _content_forms(run))
    cr = _content_sequence(run)
    cs = _untransposed(_content_sequence(shorter), cr, names)
    ops = Levenshtein.editops(cs, cr)
    pairs = [(cs[op.src_pos], cr[op.dest_pos]) for op in ops if op.tag == "replace"]
    swaps = [(old, new) for old, new in pairs if fuzz.ratio(old, new) < SPELLING_SIMILARITY]
    unmatched_own = [cs[op.src_pos] for op in ops if op.tag == "delete"] + [old for old, _ in swaps]
    unmatched_other = [cr[op.dest_pos] for op in ops if op.tag == "insert"] + [new for _, new in swaps]
    kept = len(cs) - len(unmatched_own)
    if kept < max(2, REWORDED_SHARE * max(len(cs), len(cr))):
        return False  # mostly other words: another statement, or one changed too much to tell
    if set(unmatched_own) & set(unmatched_other):
        return False  # a word moved: who did what to whom may have changed
    return not any(_guarded_swap((old, new), (words[0][old], words[1][new]), names) for old, new in swaps)


def _found_in(own: list[str], other: list[str]) -> int:
    """How many of `own`'s content stems are among `other`'s, as themselves or respelled."""
    theirs = set(other)
    return sum(_found(stem, theirs) for stem in own)


def _found(stem: str, stems: set[str]) -> bool:
    """Whether a content word (a stem) is among `stems`, as itself or respelled."""
    return (
        stem in stems
        or extractOne(stem, stems, scorer=fuzz.ratio, score_cutoff=SPELLING_SIMILARITY) is not None
    )


def _untransposed(own: list[str], other: list[str], names: Capitals) -> list[str]:
    """`own` with each pair of neighbouring words that `other` gives the other way round put in
    `other`'s order ("time is needed" / "need time"): one phrase turned round, not a word moved
    across the statement. Never a name: "Hassan Hamad" / "Hamad Hassan" may be two people."""
    turned = {(second, first) for first, second in itertools.pairwise(other)}
    words = list(own)
    for i in range(len(words) - 1):
        pair = (words[i], words[i + 1])
        if pair in turned and pair[0] != pair[1] and not set(pair) & (names.inner | names.initial):
            words[i], words[i + 1] = pair[1], pair[0]
    return words


def _content_sequence(words: list[str]) -> list[str]:
    """The stems of a quotation's content words as they come, repeats kept (for aligning)."""
    return [stem for stem, _ in _content_at(words)]


def _content_at(words: list[str]) -> list[tuple[str, int]]:
    """Each content word's stem with its position among `words`."""
    found = []
    for position, word in enumerate(words):
        base = word[: -len("n't")] if word.endswith("n't") else word.split("'")[0]
        if word not in STOP_WORDS and base not in STOP_WORDS and base:
            found.append((_stem(base), position))
    return found


def _content_run(shorter: list[str], longer: list[str]) -> list[str]:
    """The run of the longer quotation's words whose content words share most with the
    shorter's, in order (_share): the passage a partial quote gives, with the content words
    around it cut ([] when either has no content word)."""
    own, theirs = _content_at(shorter), _content_at(longer)
    if not own or not theirs:
        return []
    stems = [stem for stem, _ in theirs]
    n, slack = len(own), max(MAX_MINOR_EDITS, len(own) // 2)
    passage = shorter[own[0][1] : own[-1][1] + 1]

    def run(span: tuple[int, int]) -> list[str]:
        return longer[theirs[span[0]][1] : theirs[span[1] - 1][1] + 1]

    own_stems = [stem for stem, _ in own]
    # a run starts at one of the shorter's words or just before one (a word put for its first)
    mine = set(own_stems)
    starts = [i for i in range(len(stems)) if set(stems[i : i + 2]) & mine]
    spans = [
        (i, i + size)
        for size in range(max(1, n - slack), min(len(stems), n + slack) + 1)
        for i in starts
        if i + size <= len(stems)
    ]
    if not spans:
        return []
    shares = {span: _share(own_stems, stems[span[0] : span[1]]) for span in spans}
    best = max(shares.values())
    # of the runs that share the most, the one whose words are nearest the shorter quotation's
    # (so a run ends where it does: "in shock and mourning today" meets "in shock and
    # mourning", not "in shock and mourning. We are heartbroken"), then the one as long as it
    # (so a word at the edge is met by the word in its place: "a good deal" / "a bad deal")
    i, j = min(
        (span for span, share in shares.items() if share == best),
        key=lambda span: (Levenshtein.distance(passage, run(span)), abs(span[1] - span[0] - n)),
    )
    # with the function words up to the content words either side, where "most of the" stands
    # for "half the" ("half the town" / "most of the town")
    start = theirs[i - 1][1] + 1 if i > 0 else 0
    end = theirs[j][1] if j < len(theirs) else len(longer)
    return longer[start:end]


def _share(own: list[str], stems: list[str]) -> float:
    """The share of the larger of two lists of content words (as stems) that their longest
    common subsequence holds."""
    common = (len(own) + len(stems) - Indel.distance(own, stems)) / 2
    return common / max(len(own), len(stems))


def _guarded_swap(stems: tuple[str, str], words: tuple[str, str], names: Capitals) -> bool:
    """Whether putting one content word for another (their stems and words as quoted) changes
    what is said whatever the rest: a figure, a guarded word, one of a pair of opposites, or a
    name."""
    guards = word_list("swap_guards")
    return (
        any(_is_number(word) or word in guards for word in words)
        or frozenset(stems) in _opposites()
        or names.name_swap(*stems)
    )


def _hedge_changed(shorter: list[str], run: list[str]) -> bool:
    """Whether one side has a word of how sure or how far (data/hedges.txt) the other lacks:
    "was destroyed" / "was almost destroyed" says something else, added, dropped or swapped."""
    return bool((set(shorter) ^ set(run)) & word_list("hedges"))


def _guard_changed(shorter: list[str], run: list[str]) -> bool:
    """Whether each side holds a guarded word the other lacks ("this year" / "next year"): one
    put for the other, even where it is a function word that content words leave out."""
    guards = word_list("swap_guards")
    own = {w for w in shorter if w in guards} - set(run)
    other = {w for w in run if w in guards} - set(shorter)
    return bool(own and other)


@functools.cache
def _opposites() -> frozenset[frozenset[str]]:
    """The pairs of data/opposites.yaml, as pairs of stems."""
    return frozenset(frozenset(_stem(word) for word in pair) for pair in opposite_pairs())


def _nearest_run(shorter: list[str], longer: list[str], slack: int) -> list[str]:
    """The run of `longer` nearest to `shorter` (word edit distance, then length), its length
    within `slack` words of the shorter's."""
    n = len(shorter)
    windows = [
        longer[i : i + size]
        for size in range(max(1, n - slack), min(len(longer), n + slack) + 1)
        for i in range(len(longer) - size + 1)
    ]
    return min(windows, key=lambda run: (Levenshtein.distance(shorter, run), abs(len(run) - n)))


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


def _added(shorter: list[str], longer: list[str]) -> list[str] | None:
    """The words a quotation gives that one run of the longer one leaves out, the run giving
    all its other words in order from its first word to its last ("let's finally get married"
    / "And to Clarke, let's get married": "finally"), at most MAX_ELIDED of them, none of them
    anywhere in the longer quotation ("Ukraine attacked Russia today" holds the run "Russia
    today" of "Russia attacked Ukraine today", but the words between are moved, not added):
    _elided the other way round, for a short quotation set against a longer one that quotes
    more around it. None when no such run is there, or when a word it adds is one of how sure
    or how far (data/hedges.txt: "was almost destroyed" / "was destroyed")."""
    n = len(shorter)
    for start in (i for i, word in enumerate(longer) if word == shorter[0]):
        for size in range(max(2, n - MAX_ELIDED), n):
            run = longer[start : start + size]
            if len(run) < size or run[-1] != shorter[-1]:
                continue
            extra = _elided(run, shorter)
            if extra is None or size + len(extra) != n:
                continue
            if set(extra) & word_list("hedges"):
                return None  # "was almost destroyed" for "was destroyed": a claim weakened
            if not set(extra) & set(longer):
                return extra  # words the longer quotation has elsewhere were moved, not added
    return None


_ENDINGS = ("ing", "ed", "es", "s", "er", "est", "ly")  # inflections: "want"/"wanted", "find"/"finding"


def _content(words: list[str]) -> list[str]:
    """The stems of a quotation's content words in the order first used: what it puts in the
    speaker's mouth, whatever the tense, contractions, function words or repeated words ("That
    is, is heartbreaking … as we would want to be to find" / "That is heartbreaking … as we
    wanted to be in finding"); the order keeps "A attacked B" apart from "B attacked A"."""
    return list(_content_forms(words))


def _content_forms(words: list[str]) -> dict[str, str]:
    """_content's stems, each with the word that first gave it ("follow": "follows")."""
    stems: dict[str, str] = {}
    for stem, position in _content_at(words):
        stems.setdefault(stem, words[position])
    return stems


def _stem(word: str) -> str:
    """A word less one inflectional ending and a final e, undoubled ("planned", "plan" -> "plan")."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    word = word[:-1] if word.endswith("e") and len(word) > 3 else word
    return word[:-1] if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou" else word


def _aligned(wa: list[str], wb: list[str]) -> tuple[list[str], list[str]]:
    """The two quotations with the longer one cut to the run of words nearest the shorter: of
    the nearest runs, the one as long as the shorter quotation, so "is literally pancaked" meets
    "has literally pancaked" (a word swapped), not "literally pancaked"."""
    if len(wa) == len(wb):
        return wa, wb
    shorter, longer = sorted((wa, wb), key=len)
    best = _nearest_run(shorter, longer, MAX_MINOR_EDITS)
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


def _is_number(word: str) -> bool:
    return any(ch.isdigit() for ch in word) or word in SMALL_NUMBERS or word in TENS or word in SCALES


def quote_attribution(data: CheckInput) -> Verdict | None:
    """The same statement is tied to different events, or to dates that cannot both be right."""
    a, b = pair(data, QuoteClaim)
    if not one_statement(a, b, checking=Tier.DRAFT in data.tiers.values()):
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
            "person-shifted",
            "reworded",
            "rewritten",
            "words-swapped",
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
