"""Match scores of a checked document against the sources' (`factcheck check`): "beat Bejaia
3-1" where the article says the side won 4-1. A score is a pair of figures, and each figure on
its own is usually somewhere in the article (the first leg's 1-1, a 5-2 aggregate), so the
figure look-up bears both halves out and misses the changed result.

Only on positive evidence, since a faithful summary rejected costs more than an error missed:
- a score is two figures of one to three digits joined by a hyphen or dash ("3-1", "3 - 1",
  "3–1"), in the same sentence as a word of a result (won, beat, defeat, draw, victory, led …,
  link/score_words.yaml) at most RESULT_REACH characters away: "a 10-15 minute walk" and "aged
  18-24" are ranges, not scores;
- a range of something counted is never one: a score is followed by punctuation, the end, a
  result's noun ("a 3-1 win") or a small word ("3-1 in Lubumbashi"), never by another noun
  ("10-15 people"), and never comes after a word of a range ("aged 18-24", "between 10-15");
- an aggregate ("5-2 on aggregate") may be the sum of legs the sources give one by one: never judged;
- the sources bear a score out when any of them writes the same two figures joined by a hyphen,
  a dash or a colon, in either order ("beat them 3-1", "lost 1-3"), "nil" being 0 ("won 2-nil").
A score a source writes bears out its two figures where the look-up found them nowhere (no "0"
in "2-nil"), never where it found them only about something else (another match's score). A score
no source writes is unsupported (FC602 `other-score`), with the source sentence sharing
most words with the summary's that gives another score, when one does; the figures' own
look-ups are replaced by it.
"""

from __future__ import annotations

from collections import Counter

import msgspec

from factcheck.extract.numberwords import SMALL_NUMBERS
from factcheck.extract.text import STOP_WORDS
from factcheck.lazyre import lazy
from factcheck.link.support import ENTITY_NAMES, Evidence, SourceIndex, Support, frame_words, sentences
from factcheck.model import Claim, QuantityClaim
from factcheck.model.keys import LinkNote
from factcheck.pipeline.judged import forget, unsupported_figure
from factcheck.rules.checks.support import OTHER_SCORE

# a pair of figures joined by a hyphen or a dash, not inside a longer run of figures ("2014-15",
# "3-1-2", "12:30-1:30") nor a decimal
_PAIR = lazy(r"(?<![\d.,:/–—−‒‑-])(\d{1,3})\s?[-–—−‒‑]\s?(\d{1,3})(?![\d.,:/]\d|\s?[-–—−‒‑]\s?\d|[\d%])")
# the sources' scores: a colon too ("3:1"), and "nil" for nought ("won 2-nil")
# a score written otherwise bears it out too: "4—1", "four-one", "by three goals to one", "by 320
# votes to 290", "52% to 48%", "250 for seven"
_FIGURE = rf"\d{{1,3}}|nil|{'|'.join(sorted(SMALL_NUMBERS, key=len, reverse=True))}"
_SOURCE_PAIR = lazy(
    rf"(?<![\w.,:/–—−‒‑-])({_FIGURE})(?:\s?(?:%|per\s?cent))?"
    r"(?:\s?[-–—−‒‑:]\s?|\s+(?:(?:votes?|goals?|points?|seats?|runs?)\s+)?(?:to|for)\s+)"
    rf"({_FIGURE})(?![\d.,:/]\d|\s?[-–—−‒‑]\s?\d|\d|\w)"
)
# a word of a result near the pair: what makes two figures a score
_RESULT = lazy(
    r"\b(?:w[oi]n|wins|winning|winner|beat|beats|beaten|beating|lost|lose|loses|losing|defeat\w*"
    r"|draw|draws|drew|drawn|victory|victories|thrash\w*|hammer\w*|edged?|led|lead|leads|leading"
    r"|trail\w*|score|scored|scoreline|result|final|match|game|tie|clash|derby|routed?|crush\w*)\b"
)
RESULT_REACH = 60  # characters between a score and the word of a result, either side
# words that may follow a score: a result's noun, a preposition, a conjunction
_AFTER = frozenset(
    {"win", "wins", "victory", "victories", "defeat", "defeats", "loss", "losses", "draw", "draws", "lead"}
    | {"home", "away", "thrashing", "scoreline", "result", "success", "triumph", "drubbing", "reverse"}
    | {"in", "at", "on", "with", "against", "over", "to", "and", "after", "before", "for", "by", "from"}
    | {"as", "but", "when", "while", "thanks", "courtesy", "last", "this", "earlier", "later", "then"}
)
_NEXT = lazy(r"\s*([a-z]+)")
# words before a range, never before a score: "aged 18-24", "between 10-15", "about 20-30"
_RANGE_BEFORE = lazy(
    r"\b(?:aged?|ages|between|from|about|around|roughly|approximately|some|ranging|estimated)\s*\Z"
)
_AGGREGATE = lazy(r"\baggregate\b")
SHARED_WORDS = 2  # content words a source sentence shares with the summary's to be about its match


class Score(msgspec.Struct, frozen=True):
    """A score of the summary: its two figures (in the order written) and where it stands."""

    figures: tuple[int, int]
    span: tuple[int, int]


def scores_judged(
    prose: str,
    source_id: str,
    claims: list[Claim],
    index: SourceIndex,
    support: dict[str, Support],
    links: dict[str, LinkNote],
) -> list[Claim]:
    """`claims` with a claim for each score of `prose` that no source writes, unsupported
    (FC602 `other-score`), in place of the look-ups of its two figures."""
    mine = scores_in(prose)
    if not mine:
        return claims
    theirs = _source_scores(index)
    seen: Counter[str] = Counter()
    found: list[Claim] = []
    replaced: set[int] = set()
    for score in mine:
        stated = next(
            (Evidence(source, span) for pair, source, span in theirs if _same(pair, score.figures)), None
        )
        if stated is not None:
            # the score bears out its figures, however the source writes them ("2-nil" for "2-0")
            for claim in claims:
                # a figure the sources give only to something else keeps that verdict: the
                # score may be another match's ("a 3-2 defeat at Stoke")
                plain = links.get(claim.id) is LinkNote.UNSUPPORTED and not claim.note
                if _inside(claim, score.span) and plain and not _elsewhere(support.get(claim.id)):
                    support[claim.id] = Support(True, stated)
                    del links[claim.id]
            continue
        for at, claim in enumerate(claims):
            if _inside(claim, score.span):
                replaced.add(at)
                forget(claim, support, links)
        evidence = _closest(prose, score, theirs, index)
        said = (
            f"the closest source sentence has “{index.lowered[evidence.source][evidence.span[0] : evidence.span[1]]}”: "
            f"“{index.sentence_words(evidence)}”"
            if evidence is not None
            else "none writes these two figures as a score, in either order"
        )
        figure = ("score", float(score.figures[0]), f"{OTHER_SCORE}{said}")
        found.append(unsupported_figure(prose, source_id, score.span, figure, evidence, seen, support, links))
    if not found:
        return claims
    return [c for at, c in enumerate(claims) if at not in replaced] + found


def scores_in(text: str) -> list[Score]:
    """Each score of `text` judged: a pair of figures near a word of a result, followed by
    punctuation, a result's noun or a small word, and not an aggregate."""
    low = text.lower()
    found = []
    for match in _PAIR.finditer(low):
        if not _result_near(low, match.start(), match.end()) or not _ends_score(low, match.end()):
            continue
        if _RANGE_BEFORE.search(low[max(0, match.start() - 20) : match.start()]):
            continue  # "aged 18-24": a range
        if _AGGREGATE.search(_sentence_of(low, match.start())):
            continue  # "5-2 on aggregate": maybe the sum of legs the sources give one by one
        found.append(Score((int(match.group(1)), int(match.group(2))), match.span()))
    return found


def _result_near(low: str, start: int, end: int) -> bool:
    """Whether a word of a result stands within RESULT_REACH characters of the pair, in its sentence."""
    first, last = _sentence_bounds(low, start)
    before = low[max(first, start - RESULT_REACH) : start]
    after = low[end : min(last, end + RESULT_REACH)]
    return bool(_RESULT.search(before) or _RESULT.search(after))


def _ends_score(low: str, end: int) -> bool:
    """Whether what follows the pair ends a score: punctuation, the end, another figure ("6-3
    6-4"), a result's noun or a small word; a noun ("10-15 people") makes it a range."""
    rest = low[end:]
    if not rest.strip() or not rest.lstrip()[0].isalpha():
        return True
    word = _NEXT.match(rest)
    return word is not None and word.group(1) in _AFTER


def _sentence_bounds(low: str, offset: int) -> tuple[int, int]:
    """[start, end) of the sentence of `low` holding `offset` (the whole text if none)."""
    return next(((a, b) for a, b in sentences(low) if a <= offset < b), (0, len(low)))


def _sentence_of(low: str, offset: int) -> str:
    """The sentence of `low` holding `offset`."""
    first, last = _sentence_bounds(low, offset)
    return low[first:last]


def _inside(claim: Claim, span: tuple[int, int]) -> bool:
    """Whether a figure's claim starts inside a score's span (one of its two figures)."""
    return isinstance(claim, QuantityClaim) and claim.span is not None and span[0] <= claim.span[0] < span[1]


def _elsewhere(found: Support | None) -> bool:
    """Whether a look-up found the figure only about something else."""
    return found is not None and found.elsewhere


def _same(pair: tuple[int, int], figures: tuple[int, int]) -> bool:
    """Whether a source pair is the summary's score in either order."""
    return pair in (figures, figures[::-1])


def _source_scores(index: SourceIndex) -> list[tuple[tuple[int, int], str, tuple[int, int]]]:
    """(figures, source, span) of each pair of figures the sources write as a score."""
    found = []
    for source, low in index.lowered.items():
        if source == ENTITY_NAMES:
            continue
        for match in _SOURCE_PAIR.finditer(low):
            figures = (_figure(match.group(1)), _figure(match.group(2)))
            found.append((figures, source, match.span()))
    return found


def _figure(text: str) -> int:
    if text == "nil":
        return 0
    return SMALL_NUMBERS[text] if text in SMALL_NUMBERS else int(text)


def _closest(
    prose: str, score: Score, theirs: list[tuple[tuple[int, int], str, tuple[int, int]]], index: SourceIndex
) -> Evidence | None:
    """The source score in the sentence sharing most content words (at least SHARED_WORDS) with
    the summary's sentence, as evidence of what the sources say the score was; None if none does."""
    low = prose.lower()
    mine = _words_around(low, score.span)
    best: tuple[int, Evidence] | None = None
    for _, source, span in theirs:
        shared = len(mine & _words_around(index.lowered[source], span))
        if shared >= SHARED_WORDS and (best is None or shared > best[0]):
            best = (shared, Evidence(source, span))
    return best[1] if best else None


def _words_around(low: str, span: tuple[int, int]) -> frozenset[str]:
    """The content words of the sentence holding `span`, the span's own left out."""
    first, last = _sentence_bounds(low, span[0])
    return frame_words(low[first : span[0]] + " " + low[span[1] : last]) - STOP_WORDS
