"""Which source figure may support a summary's figure: the same number is not the same fact.

`check` looks a summary's unlinked figure up in the source texts. A bare number match across
different quantities is no support: "19 crew members" is not borne out by "another 19 still
missing". A source figure supports a summary figure only when
- both have an automatic frame (auto.count.deaths, auto.measure.depth...) and the frames are
  compatible: the same, or one a narrower form of the other (auto.measure.depth.by-usgs);
- the summary figure has no frame (extraction found no role for it): the source figure's
  sentence must be about the same thing, i.e. hold the noun the summary's figure counts
  ("members" of "19 crew members"), or, when the summary names no noun, share a content word
  with the summary's sentence;
- the source figure has no known frame (none was extracted, or `check` loaded only the part of
  the registry the summary reaches) but the summary's has: as before, the noun after the source
  figure decides (SourceIndex's own test), since a frame on one side says nothing against the
  other.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

from factcheck.extract.dates import MONTHS
from factcheck.extract.frames import default_table
from factcheck.extract.shares import share_words
from factcheck.extract.text import STOP_WORDS
from factcheck.lazyre import lazy
from factcheck.link.support import (
    ABBREVIATED,
    FRAME_MATCH,
    NOUN_REACH,
    SCORE,
    Accept,
    abbreviations,
    broader_noun,
    conversions,
    counted_noun,
    counts_occasions,
    counts_persons,
    currencies,
    frame_words,
    noun_after,
    numbers_in,
    same_noun,
    same_unit_phrase,
    sentence_span_at,
    sentences,
)
from factcheck.model import WEEKDAYS, Claim, QuantityClaim
from factcheck.model.ids import Family, in_family, parse_auto
from factcheck.wordlists import word_list

_WORD = lazy(r"[a-z]+")


def figure_frame(claim: Claim) -> str | None:
    """The automatic count or measure frame of a quantity claim, else None (also for a frame the
    claim's noun alone gave it: registry/counts.py, `noun_frame`)."""
    if not isinstance(claim, QuantityClaim) or claim.noun_frame:
        return None
    subject = claim.subject
    return subject if in_family(subject, Family.COUNT) or in_family(subject, Family.MEASURE) else None


def compatible(a: str, b: str) -> bool:
    """One frame, or one a narrower form of the other (a depth, and the USGS's depth), or one
    kind qualified by the words of one person, all of one's in the other's ("age.jane" and
    "age.jane-reid": "his wife Jane, 43," and "Jane Reid, 43,")."""
    if a == b or a.startswith(b + ".") or b.startswith(a + "."):
        return True
    kind_a, _, whose_a = a.rpartition(".")
    kind_b, _, whose_b = b.rpartition(".")
    if kind_a != kind_b or kind_a.count(".") < QUALIFIED_DEPTH:
        return False  # "count.deaths" and "count.injured": two kinds, no qualifier
    words_a, words_b = set(whose_a.split("-")), set(whose_b.split("-"))
    return words_a <= words_b or words_b <= words_a


QUALIFIED_DEPTH = 2  # dots in "auto.measure.age": a frame's kind, the qualifier after it
CUE_LETTERS = 4  # a shorter cue ("war") begins other words ("warning"): same_noun compares four letters


# words two sentences share that say nothing of what their percentages are of: the generic heads
# of data/shares.yaml ("rate", "share") and the names of months and weekdays ("in March")
@functools.cache
def _not_what() -> frozenset[str]:
    """The words that never say what a percentage is of, built on first use."""
    return share_words().generic | {m.lower() for m in MONTHS} | {d.lower() for d in WEEKDAYS}


def source_figures(claims: Iterable[Claim]) -> Iterator[tuple[str, tuple[int, int], str]]:
    """(source, span, frame) of every claim with a span and a figure frame: what a partial
    registry keeps as `Registry.all_figures`, read here from the claims themselves."""
    for claim in claims:
        if claim.span is not None and (frame := figure_frame(claim)) is not None:
            yield claim.source, claim.span, frame


class FigureFrames:
    """The frames of the source texts' figures, by source and span, and their sentences."""

    def __init__(
        self,
        claims: Iterable[Claim],
        texts: Mapping[str, str],
        figures: Iterable[tuple[str, tuple[int, int], str]] | None = None,
    ) -> None:
        """`figures`: (source, span, frame) of every source figure, when `claims` are not all of
        them (a partial registry's `all_figures`); None: read from `claims`."""
        self.texts = texts  # not copied: a registry's texts are read as a figure needs them
        self._heads: dict[str, frozenset[str]] = {}  # per source, the words figures are set off from
        self.frames: dict[str, list[tuple[tuple[int, int], str]]] = defaultdict(list)
        for source, span, frame in source_figures(claims) if figures is None else figures:
            self.frames[source].append((span, frame))

    def frame_at(self, source: str, span: tuple[int, int]) -> str | None:
        """The frame of the source claim holding the figure at `span`, if any."""
        for (start, end), frame in self.frames.get(source, []):
            if start <= span[0] < end:
                return frame
        return None

    def accept(self, claim: QuantityClaim, frame: str | None, prose: str, cues: Sequence[str] = ()) -> Accept:
        """The test a source figure must pass to support `claim` (a summary figure of `prose`,
        with the automatic frame extraction gave it, or None; `cues`: those of the curated
        subject it is linked to, whose words in a source sentence say it counts the same thing:
        "the death toll had risen to 1,300" for "1,300 people" killed)."""
        # "12 per cent": the unit's words count nothing; a percentage is matched by its sentence
        noun = counted_noun(claim.text) or listed_noun(claim, prose) if claim.unit != "%" else ""
        partitive = (
            not noun and claim.unit != "%" and claim.span is not None and bool(_BARE.search(claim.text))
        )
        if partitive and claim.span is not None:
            noun = partitive_noun(prose, claim.span[1])  # "some 600,000 of the group's customers"
            partitive = bool(noun)
        mine = _sentence_of(prose, claim.span) if claim.span else ""
        context = _content(mine) if claim.span else set()
        head = apposed_head(prose, claim.span) if claim.span else None  # "Jane Reid" of "Jane Reid, 43,"
        lowered = [cue.lower() for cue in cues if len(cue) >= CUE_LETTERS and cue.isalpha()]
        stated = frozenset(value for value, _ in numbers_in(mine))  # the summary sentence's figures
        approximated = claim.approx is not None
        of_group = not noun and claim.span is not None and bool(_OF_GROUP.match(prose, claim.span[1]))

        def usable(source: str, span: tuple[int, int]) -> bool:
            if head is not None and not self._same_person(source, span, head):
                return False
            if of_group and _AGE_AFTER.match(self.texts.get(source, ""), span[1]):
                return False  # "71 of them critically" is a count: "aged between 28 and 71 years old" an age
            theirs = self.frame_at(source, span)
            if frame is not None and theirs is not None and claim.unit == "%":
                # a percentage's frame is read from a few words around it ("unemployment was",
                # "the jobless rate was"): a source sentence about the same thing bears it out
                # a word they share must say what: "rate" of "the jobless rate" and "the
                # inflation rate" does not, nor "March" of "in March"
                return compatible(frame, theirs) or bool(
                    (context - _not_what()) & _content(_sentence_of(self.texts.get(source, ""), span))
                )
            if frame is not None and theirs is not None:
                after = noun_after(self.texts.get(source, ""), span[1])
                return (
                    compatible(frame, theirs)
                    # "793 people have been discharged": a count of people whose verb names no
                    # listed role says what "793 passengers" says, less precisely
                    or (_people_unroled(frame) and counts_persons(noun, after))
                    # "250,000 people gathered" for "2.5 lakh people attended": people counted
                    # with a verb of their own say where they were, as a state's role does
                    # (and in a sentence about the same event: two words shared, the people aside)
                    or (
                        _people_unroled(theirs)
                        and _state(frame)
                        and _counts(noun, after)
                        and _same_event(mine, _sentence_of(self.texts.get(source, ""), span), noun)
                    )
                    # "12 MPs supported" and "a dozen MPs had backed": two frames of their own
                    # words, the verbs a paraphrase apart; the counted noun decides
                    or (_unroled(frame) and _unroled(theirs) and _counts(noun, after))
                    # "a dozen officers arrived" and "a dozen Swiss plainclothes police arrived":
                    # the source's frame is a group's role its own noun gave ("police": troops),
                    # the summary's its noun and verb; again the counted noun decides
                    or (_unroled(frame) and _group_noun(theirs, after) and _counts(noun, after))
                    # "1,175 injured, of whom 793 had been discharged" and "793 passengers have
                    # been discharged": frames read from other words ("of whom", the noun), one verb
                    or _same_predicate(prose, claim.span, self.texts.get(source, ""), span)
                )
            # unframed on either side (or, with a partly loaded registry, not loaded): the
            # counted noun decides, or the two sentences share a content word -- the latter
            # alone when the summary's figure is unframed and names no noun ("19 crew members"
            # is not borne out by "at least 36 died ... and another 19 still missing")
            text = self.texts.get(source, "")
            sentence = _content_and_units(_sentence_of(text, span))
            counted = bool(noun) and any(
                same_noun(noun, word) or broader_noun(noun, word) for word in sentence
            )
            counted = counted or any(same_noun(cue, word) for cue in lowered for word in sentence)
            counted = counted or (bool(noun) and any(converts(noun, word) for word in sentence))
            counted = counted or (
                bool(noun)
                and counts_occasions(noun, noun_after(text, span[1]), text[max(0, span[0] - 200) : span[0]])
            )
            if partitive:  # the noun the summary names after the figure: the source's own, after it
                return (
                    _counts(noun, noun_after(text, span[1]))  # "600,000 global customers"
                    or any(same_noun(noun, word) for word in partitive_words(text, span[1]))
                    or _worth(noun, text, span[0], mine)  # "sold shares worth $946,374"
                )  # "14 of the UK's top cake artists"
            if frame is None and noun:
                return counted  # the noun must be the figure's own sentence's: not one before it
            # "around 80,000" names nothing it counts: the source's figure must name nothing
            # either, or name a noun of the summary's sentence ("80,000 officers" is not "the
            # crowd at around 80,000")
            named = noun_after(text, span[1])
            # "470,000 people" counts no one more particular than "the crowd at at least 470,000"
            # does: people alone are judged by the sentence, as a figure naming nothing is
            first = named.split()[:1]
            plain = bool(first) and first[0] in PLAIN_PEOPLE
            if not noun and approximated and not plain and not _names_in(named, context):
                return False
            if not noun:  # "the remaining 282" for a bare "282": about the sentence before it too
                sentence |= _content(_pointed_back(text, span, stated))
            return counted or bool(context & sentence)

        return usable

    def _same_person(self, source: str, span: tuple[int, int], head: frozenset[str]) -> bool:
        """False when the source sets this figure after another noun or name ("hutchinson, 29,")
        and gives the summary's one ("the victim, 29,") a figure of its own ("the victim, now
        38,"): an age, set off by commas, belongs to the words before it. Any word of a name
        is the person ("Jane Reid, 43," and "his wife Jane, 43,")."""
        text = self.texts.get(source, "")
        theirs = apposed_head(text, span)
        if theirs is None or theirs & head:
            return True
        if source not in self._heads:
            self._heads[source] = frozenset(m.group(1).lower() for m in _APPOSED.finditer(text))
        return not head & self._heads[source]


# the figures listed after a bare one, up to the last, whose noun they all share: "36" of "36 and
# 29 solar masses", "5" of "5, 7 and 9 km" (extraction's `_listed_nouns_shared` gives it the unit)
_LISTED_AFTER = lazy(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d[\d,.]*)+\s+[A-Za-z]")


def converts(noun: str, word: str) -> bool:
    """Whether a summary's unit converts to a unit a source sentence names (conversions.yaml):
    "about 310 miles" for "a range of 500 kilometers" counts the same length, which the figure
    look-up has already converted (session 26, issue 14)."""
    return any(
        (same_noun(noun, a) and same_noun(b, word)) or (same_noun(noun, b) and same_noun(a, word))
        for a, b, _ in conversions()[1]
        if a.isalpha() and b.isalpha()
    )


def listed_noun(claim: QuantityClaim, prose: str) -> str:
    """The noun a bare figure listed before others counts, as extraction read it from the list's
    last figure (its unit: "masses" of "about 36" in "about 36 and 29 solar masses"); "" for a
    figure not so listed, or one with no noun but people."""
    if claim.span is None or not _BARE.search(claim.text) or not claim.unit.isalpha():
        return ""
    if claim.unit == "people" or not _LISTED_AFTER.match(prose, claim.span[1]):
        return ""
    return claim.unit.lower()


# a figure counting members of a group named before it ("176 injured, 71 of them critically")
_OF_GROUP = lazy(r"\s+of\s+(?:them|whom|those|these)\b", re.IGNORECASE)
# an age written after a figure: "71 years old", "71-year-old", "29 years of age"
_AGE_AFTER = lazy(r"[\s-]+years?[\s-]+(?:old|of\s+age)\b", re.IGNORECASE)


# a figure set off by commas after the word it is about: "the victim, 29,", "smith, now 38,"
_APPOSED = lazy(r"(?<![\w'’-])([A-Za-z][\w-]*)(?:['’]s)?, (?:now |aged )?\d{1,3},")
_HEAD_BEFORE = lazy(r"(?<![\w'’-])((?:[A-Z][\w-]* )*[A-Za-z][\w-]*)(?:['’]s)?, (?:now |aged )?$")
HEAD_REACH = 48  # characters before a figure searched for the word it is set off from


def apposed_head(text: str, span: tuple[int, int]) -> frozenset[str] | None:
    """The words (lower case) a figure at `span` is set off from by commas: the word before it
    and the capitalised words of a name before that ({"victim"} of "the victim, 29, was",
    {"jane", "reid"} of "Jane Reid, 43,"), else None."""
    if text[span[1] : span[1] + 1] != "," or not text[span[0] : span[1]].isdigit():
        return None
    found = _HEAD_BEFORE.search(text, max(0, span[0] - HEAD_REACH), span[0])
    if found is None:
        return None
    words = found.group(1).lower().split()
    return frozenset(w for w in words[:-1] if w not in STOP_WORDS) | {words[-1]}  # not "the" of "The nurse"


# a figure's partitive "of" and the words after it: "of the group's customers", "of its British
# customers" (a figure among them, "of the 900 passengers", or a pronoun, "of them", names no noun)
_PARTITIVE = lazy(rf"\s+of((?:\s+[A-Za-z][\w'’-]*){{1,{NOUN_REACH + 2}}})")
_POSSESSIVE = lazy(r"['’]s?$")
_BARE = lazy(r"\d[\d,.]*$")  # a claim written as its figure alone ("some 600,000"), no unit or noun


def partitive_noun(prose: str, end: int) -> str:
    """The noun a figure written bare counts through a partitive "of" right after it ("some
    600,000 of the group's customers were abroad" -> "customers"): after determiners and a
    possessive, the last word before a stop word, lower case; "" when none follows. A bare
    figure names nothing it counts (counted_noun gives ""), yet the summary says what it counts."""
    kept = partitive_words(prose, end)
    return kept[-1] if kept else ""


def partitive_words(prose: str, end: int) -> list[str]:
    """The words of a partitive "of" right after a figure, determiners and a possessive skipped,
    up to a stop word (lower case): ["top", "cake", "artists"] of "14 of the UK's top cake
    artists"; [] when none follows."""
    found = _PARTITIVE.match(prose, end)
    if found is None:
        return []
    words = found.group(1).lower().split()
    while words and (words[0] in word_list("determiners") or _POSSESSIVE.search(words[0])):
        words = words[1:]  # "the", "its", "the group's" (not "them", "whom": nothing named)
    kept: list[str] = []
    for word in words[:NOUN_REACH]:
        if word in STOP_WORDS or _POSSESSIVE.search(word):
            break
        kept.append(word)
    return kept


# the noun a sum is the worth of, right before it: "sold shares worth $946,374", "goods worth
# about £2m" (a summary's "$946,374 of stock" names what the sum was of after it)
_WORTH_BEFORE = lazy(
    r"([A-Za-z]+)\s+worth\s+(?:(?:about|some|around|nearly|almost|over)\s+)?(?:[A-Z]{0,2}[£$€¥₹])?\Z"
)
WORTH_REACH = 40  # characters before a source figure searched for "<noun> worth"


def _worth(noun: str, text: str, start: int, mine: str) -> bool:
    """Whether the source figure at `start` is the worth of the summary's `noun` ("shares worth
    $946,374" for "$946,374 of stock"), in a clause whose names, if it has any, the summary's
    sentence `mine` shares one of: "John Gamble sold shares worth $946,374 and Joseph Loughran
    sold stock worth $584,099" gives Gamble's sum to no one else ("Loughran sold $946,374 of
    stock")."""
    found = _WORTH_BEFORE.search(text, max(0, start - WORTH_REACH), start)
    if found is None or not same_noun(noun, found.group(1).lower()):
        return False
    bounds = sentence_span_at(text, start)
    opening = bounds[0] if bounds is not None else 0
    breaks = list(_CLAUSE_OR_AND.finditer(text, opening, start))
    clause = text[breaks[-1].end() if breaks else opening : start]
    theirs = _names(clause)
    return not theirs or bool(theirs & _names(mine))


_CLAUSE_OR_AND = lazy(r",\s|;\s|\s(?:and|while|whereas|but)\s", re.IGNORECASE)


def _names(text: str) -> set[str]:
    """The capitalised words of a text, lower case, stop words aside ("On", "The" opening a
    sentence)."""
    return {w.lower() for w in re.findall(r"(?<![\w'’-])[A-Z][a-z]+", text)} - STOP_WORDS


def _content_and_units(sentence: str) -> set[str]:
    """A sentence's content words, the unit words of its abbreviated figures ("the 100m final"
    counts "metres"), those of a score's margin ("won 27-13": by 14 points or goals), and its
    currencies' words."""
    spelled = abbreviations()
    units = {spelled[m.group(2)] for m in ABBREVIATED.finditer(sentence.lower()) if m.group(2) in spelled}
    if SCORE.search(sentence):
        units |= {"points", "goals"}
    units |= {word for symbol, word in currencies().items() if symbol in sentence}  # "£1.5m": pounds
    return _content(sentence) | units


def _counts(noun: str, after: str) -> bool:
    """Whether the words after a source figure count the summary's noun ("mps had backed")."""
    words = after.split()[:NOUN_REACH]
    return bool(noun) and (same_unit_phrase(noun, after) or any(same_noun(noun, word) for word in words))


def _unroled(frame: str) -> bool:
    """A count frame read from its own noun and verb (the role "mps-backed"), no listed role."""
    parsed = parse_auto(frame)
    return (
        parsed is not None
        and parsed.family is Family.COUNT
        and parsed.slug.split(".")[0] not in default_table().roles
    )


def _group_noun(frame: str, after: str) -> bool:
    """A count frame of a role flagged `group` in frames.yaml (troops) that the noun right after
    the source's figure names ("a dozen Swiss plainclothes police"): the noun framed it, not a verb."""
    parsed = parse_auto(frame)
    if parsed is None or parsed.family is not Family.COUNT:
        return False
    table = default_table()
    role = parsed.slug.split(".")[0]
    cue = table.roles.get(role) if role in table.groups else None
    return cue is not None and bool(cue[0].search(" ".join(after.split()[:NOUN_REACH])))


def _people_unroled(frame: str) -> bool:
    """A frame read from the counted noun "people" and its own verb, no listed role."""
    parsed = parse_auto(frame)
    return parsed is not None and parsed.family is Family.COUNT and parsed.slug.split("-")[0] == "people"


def _same_event(mine: str, theirs: str, noun: str) -> bool:
    """Whether two sentences share FRAME_MATCH `frame_words` besides the counted noun ("vigil",
    "factory gates"): about one event, not two crowds of the same size."""
    shared = frame_words(mine) & frame_words(theirs)
    return len(shared - frame_words(noun)) >= FRAME_MATCH


def _state(frame: str) -> bool:
    """A count frame whose role is a state people are in (frames.yaml `state`: present, aboard,
    population), not something that befell them."""
    parsed = parse_auto(frame)
    return (
        parsed is not None
        and parsed.family is Family.COUNT
        and parsed.slug.split(".")[0] in default_table().states
    )


def _predicate(text: str, span: tuple[int, int] | None) -> str | None:
    """The verb an auxiliary brings after a figure and at most three words (its noun), with the
    content word right after it: what befell those counted ("793 passengers have been
    discharged" -> "discharged", "14 were confirmed dead" -> "confirmed dead": "confirmed" alone
    would also be "confirmed missing"), lower case; None without one, or for a stop word ("were
    in hospital")."""
    if span is None:
        return None
    found = _AUXILIARY_VERB.match(text, span[1])
    if found is None or found.group(1).lower() in STOP_WORDS:
        return None
    verb, complement = found.group(1).lower(), (found.group(2) or "").lower()
    return verb if not complement or complement in STOP_WORDS else f"{verb} {complement}"


# a figure's noun (up to three words), an auxiliary, the verb it brings and the word after that:
# "passengers have been discharged", "were confirmed dead"
_AUXILIARY_VERB = lazy(
    r"(?:[ -][A-Za-z-]+){0,3}? (?:have|has|had|were|was|are|is|will) (?:been |being |now |since )?"
    r"([A-Za-z]+)(?: ([A-Za-z]+))?"
)


def _same_predicate(prose: str, mine: tuple[int, int] | None, text: str, theirs: tuple[int, int]) -> bool:
    """Whether a summary figure and a source figure are followed by one verb ("of whom 793 had
    been discharged", "793 passengers have been discharged"): the same fact, whatever words
    around them gave the two figures different frames."""
    verb = _predicate(prose, mine)
    return verb is not None and verb == _predicate(text, theirs)


# the counted nouns that name people and nothing more about them
PLAIN_PEOPLE = frozenset({"people", "persons", "individuals"})


def _names_in(after: str, context: set[str]) -> bool:
    """Whether the words after a source figure name nothing it counts (a stop word or
    punctuation first: "granted only for 60,000.") or name a noun of `context`."""
    words = after.lower().split()
    return not words or words[0] in STOP_WORDS or any(same_noun(words[0], word) for word in context)


def _pointed_back(text: str, span: tuple[int, int], stated: frozenset[float]) -> str:
    """The words of the sentence before a source figure that points back to what that one
    counted ("... 179 others have been rescued. The fate of the remaining 282 remains unknown."),
    else "". A clause of that sentence with a figure of its own keeps its words for that figure
    ("raising the death toll to 92" lends nothing to "the remaining 210"), unless the summary's
    sentence (whose figures are `stated`) restates that figure too, accounting for those words."""
    if not _POINTS_BACK.search(text[max(0, span[0] - POINTS_BACK_REACH) : span[0]]):
        return ""
    spans = sentences(text)
    index = next((i for i, (start, end) in enumerate(spans) if start <= span[0] < end), 0)
    if not index:
        return ""
    before = text[spans[index - 1][0] : spans[index - 1][1]]
    clauses = _CLAUSE_BREAK.split(before)
    return " ".join(c for c in clauses if all(value in stated for value, _ in numbers_in(c)))


# words before a figure that count it as the rest of a group the text named before: "the
# remaining 282", "another 19", "a further 12" (not a bare "other" or "additional": "other
# 30 schools" counts a group of its own)
_POINTS_BACK = lazy(r"\b(?:the remaining|another|a further)\s+$", re.IGNORECASE)
# where one clause of a sentence ends and the next begins: "..., while 179 others ..."
_CLAUSE_BREAK = lazy(r",\s|;\s|\s(?:while|whereas|but)\s", re.IGNORECASE)
POINTS_BACK_REACH = 30  # characters before a figure searched for those words


def _sentence_of(text: str, span: tuple[int, int]) -> str:
    """The sentence of `text` holding the figure at `span`, and the next one when the figure ends
    the sentence: tokenised text writes decimals as "31. 8 million", which "ends" at "31."."""
    spans = sentences(text)
    for index, (start, end) in enumerate(spans):
        if start <= span[0] < end:
            cut_short = end <= span[1] + 1 and index + 1 < len(spans)
            return text[start : spans[index + 1][1] if cut_short else end]
    return ""


def _content(sentence: str) -> set[str]:
    """The content words of a sentence, lower case (no stop words, no one-letter words)."""
    return {w for w in _WORD.findall(sentence.lower()) if w not in STOP_WORDS and len(w) > 1}
