"""Names without an entity list: capitalised sequences found in every source, their spellings
clustered across sources, each cluster a frame `auto.name.<slug of its dominant spelling>`.

Finding: runs of capitalised words ("Tang Xiaoming", "Rukum West", "D.K. Pathak"), accented
letters too ("Andalucía"), with lower-case particles inside ("Lula da Silva", "al-Baghdadi":
data/name_particles.txt; not before a function word: "Officials do Not"), split at
titles ("Mayor") and possessives, less leading function and number words ("The", "In",
"Seven"), demonyms, month and weekday names and a lower-case hyphenated tail ("Patna-bound" is
"Patna"; a short one that is no adjective is a syllable of the name, "Kim Jong-un", unless a text
compared writes the name without it: "Tel Aviv-set" beside "Tel Aviv", `_syllable_cuts`); a run ending
in a demonym ("Central Asian") is an adjective, not a name.

Casing statistics across the texts decide what a capital letter means. A lone word starting a
sentence, and anything on a title-case headline line ("Boat Capsizes in Central Philippines; 36
People Dead"), is capitalised by position: it founds no name, and is a name only as a spelling
of one found elsewhere. A lone word the texts write in lower case at least as often as
capitalised where a capital means something ("Coast guard spokesman" beside "the coast",
"Rescuers" after a dateline beside "rescuers") is an ordinary word, never a name.

Clustering, longer names first, then the most widely used spellings (sources, then mentions):
- the same letters in another case or script ("Dupont", "DuPont") join the spelling;
- spellings are ranked by the sources writing them with accents or without ("Inácio",
  "Inacio"); a run of four words or more that one source writes once and that splits into two
  people's names other sources write apart ("Darcy Haugan Logan Schatz": a comma lost) is
  dropped (it founds no name, and its one mention is lost);
- a run of one cluster's words ("Hall" for "Dan Hall") joins it, when only one cluster has it
  and the run keeps the cluster's place qualifiers ("Leyte" is not "Southern Leyte");
- a near miss (word for word the same first letter and within one edit, two for words over
  seven letters; words under four letters equal) joins a cluster when fewer sources back it
  and none of them also writes the cluster's name (a rare variant: "Rukam West" beside
  "Rukum West"); when it is one source's slip (only that source writes it, less often than it
  writes the cluster's spelling, never in a sentence naming the cluster, while several sources
  write the cluster's spelling: "Ornoc" beside "Ormoc"); or when both are rare (one source
  each) and it is romanised otherwise ("Ahmed"/"Ahmad") or one letter off ("Hull"/"Hall");
- a person's full name with one word's final s added or dropped ("Martin Richards", "Roger
  Nelson" for Prince Rogers Nelson) joins it when fewer sources write it, none of them the name,
  or it is one source's slip, with an age, a post or a title beside either spelling and none
  that tells two people; an organisation's plural form ("Tazreen Fashions Ltd") does not. A
  name's words in another order are another name ("Thomas James", "James Thomas"), never joined;
- a full name with its middle initials left out ("Steven O'Neill") joins the one cluster that
  is the name with them ("Steven T. O'Neill"); a given name alike under one one-holder title
  ("Judge Stephen O'Neill" in one report beside "Judge Steven O'Neill" in more) joins it;
- different given names ("Ma Hao", "Ma Liya"), a given name's other form for people ("Mario
  Lopez", "Maria Lopez"), two spellings written in one sentence, or two spellings several
  sources each back ("Bara", "Bora") are different names.
"""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

import msgspec
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from factcheck.extract.dates import WEEKDAY_NAMES
from factcheck.extract.numbers import SCALES, SMALL_NUMBERS, TENS
from factcheck.extract.place_names import place_names
from factcheck.extract.places import is_country
from factcheck.extract.text import STOP_WORDS, Found, Sentences
from factcheck.extract.variants import spelling_table
from factcheck.lazyre import lazy
from factcheck.model.ids import is_draft_source
from factcheck.model.names import fold, has_umlaut, name_frame, name_slug, short_vowels, transliterated
from factcheck.wordlists import demonyms, word_list

# letters of the Latin alphabets, accented ones too ("Inácio", "Alhaurín", "Łukašenka")
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# with the combining accents of decomposed (NFD) text: "Medelli\u0301n" is one word, "Medellín"
_LOWER = "a-zß-öø-ÿ\u0100-\u017f\u0300-\u036f"
# a capitalised word ("Xiaoming", "DuPont", "Kassym-Jomart", "O'Neill", "D'Souza") or initials
# ("D.K.", never a temperature's scale at a sentence's end: "49.3°C.", "40C."); a capital I
# after small letters at its end is a small l in another type ("PowelI" for Powell: the two look
# alike in many fonts and to character recognition; a slip only where a text writes the word
# with the l, `_unread_slips`)
_WORD = (
    rf"(?:(?:[{_UPPER}]['’][{_UPPER}][{_LOWER}]+|[{_UPPER}][{_LOWER}]+(?:['’][{_UPPER}]?[{_LOWER}]+)?)"
    rf"(?:[{_UPPER}][{_LOWER}]+)*(?:(?<=[a-z])I(?![{_UPPER}]))?"
    rf"(?:-[{_UPPER}]?[{_LOWER}]+)*|(?<![\d°º])(?:[A-Z]\.){{1,3}})"
)
POSSESSIVE = re.compile(r"['’]s$")
_TOKEN = re.compile(r"[\w'’-]+")  # a word with its apostrophes and hyphens, as the trimming counts it
MIN_FUZZY = 4  # words shorter than this must match exactly ("Ma", "Mao")
# patterns as text: the re module compiles them on first use, not when `check` imports this
LETTER_WORD = r"[^\W\d_][\w'’-]*"
LOWER_WORD = r"(?<![\w'’-])[a-z]+(?![\w'’-])"
HEADLINE_WORDS = 3  # a title-case line has at least this many words that are not stop words
HEADLINE_SHARE = 0.8  # and at least this share of them capitalised (a sentence rarely has)
SENTENCE_END = (".", "!", "?")  # after any closing quotes: '... "a disaster."' ends a sentence
CLOSING_QUOTES = "\"”’'"  # a headline may end in a quoted phrase: "Proof Of His 'God Particle'"
SEVERAL = 3  # sources that make a spelling the established one
ALIKE_SURNAME = 70.0  # similarity 0-100 from which one source's one-off surname may be a slip
FIRST_LETTER_SLIP = 7  # letters from which a word with another first letter may be a slip of it
# month and weekday names, and month abbreviations of datelines ("KUNMING, Aug. 3")
CALENDAR = frozenset(n for n in [*calendar.month_name, *WEEKDAY_NAMES, *calendar.month_abbr, "Sept"] if n)
NUMBER_WORDS = frozenset([*SMALL_NUMBERS, *TENS, *SCALES])  # "Fifty-six people", "Seven of the 25"
HYPHEN_TAIL = r"-[a-z][a-z-]*$"  # all lower case: "Stoke-on-Trent" keeps its "-on-Trent"
REGION_WORDS = frozenset({"central", "middle", "inner", "outer", "greater"})  # "Central Philippines"
# where a place or a building is: "residents of Marden", "at Grenfell", "near Marden"
SETTING_BEFORE = r"\b(?:in|at|of|near|from|to|outside|inside)\s+(?:the\s+)?$"
# a person's name: "said Mardon", "told Mardon", "Mr Mardon", "Mardon said", "Mardon, who"
PERSON_BEFORE = r"(?:\b(?:said|says|told|asked|added)\s+|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)$"
PERSON_AFTER = r"\s*(?:,\s*who\b|\s*(?:said|says|told|added)\b|,\s*\d)"
PLACE_BEFORE = r"\b(?:in|near|across|throughout|outside|inside)\s+(?:the\s+)?$"  # "in China"  # "Patna-bound", "Kanpur-based": the name is "Patna"


@functools.cache
def capitalised_run() -> re.Pattern[str]:
    """A run of capitalised words, with the lower-case particles of data/name_particles.txt
    inside it ("Lula da Silva", "Alhaurin de la Torre") or joined to a word ("al-Baghdadi")."""
    particles = word_list("name_particles")
    alone = "|".join(sorted((p for p in particles if not p.endswith("-")), key=len, reverse=True))
    before = "|".join(sorted(_particles(), key=len, reverse=True))
    joined = "|".join(p for p in particles if p.endswith("-"))
    word = rf"(?:(?:{joined}))?{_WORD}"
    # one particle, or two ("de la"); an English word ("van") only as the first of two ("van der")
    inside = rf"(?:(?:{alone}) (?:(?:{before}) )?|(?:{before}) (?:{before}) )?"
    return re.compile(rf"(?<![\w’'-]){word}(?: {inside}{word})*(?![\w-])")


@functools.cache
def _particles() -> frozenset[str]:
    """The particles that stand as words ("da", "van"): data/name_particles.txt and
    data/name_particles_english.txt."""
    listed = word_list("name_particles") | word_list("name_particles_english")
    return frozenset(p for p in listed if not p.endswith("-"))


def _adjective_tail(word: str) -> bool:
    """Whether a word ends in a lower-case hyphen tail that makes it an adjective ("al-Qaida-linked",
    "Patna-bound": data/name_hyphen_tails.txt or a participle's -ed/-ing), never a particle
    ("Aix-en-Provence", "Stoke-on-Trent": their tail is capitalised)."""
    tail = word.rsplit("-", 1)[-1] if re.search(HYPHEN_TAIL, word) else ""
    if not tail.islower() or tail in _particles():
        return False
    return tail.endswith(("ed", "ing")) or tail in word_list("name_hyphen_tails")


SYLLABLE = 3  # letters up to which a lower-case hyphen tail may be a name's syllable ("Jong-un")


_I_FOR_L = re.compile(r"(?<=[a-z])I$")


def _unread_slips(spellings: Mapping[str, object], capitalised: Counter[str]) -> list[str]:
    """Spellings with a word ending in a capital I after small letters ("PowelI", `_WORD`) that
    no text writes with a small l instead ("Powell", "Powell's"): "MoI", "DfI" are acronyms,
    not slips of "Mol", "Dfl"; nor is a word shorter than MIN_FUZZY ("BoI" beside the town of
    Bol): short words match only exactly, so it could never join the name it would be a slip of."""
    unread = []
    for name in spellings:
        for word in name.split(" "):
            if _I_FOR_L.search(word):
                spelt = word[:-1] + "l"
                if len(word) < MIN_FUZZY or not any(capitalised[f"{spelt}{end}"] for end in ("", "'s", "’s")):
                    unread.append(name)
                    break
    return unread


def _syllable_cuts(spellings: Mapping[str, object]) -> dict[str, str]:
    """Spellings ending in a hyphen syllable (`_syllable_tail`) whose head is a spelling of its
    own, to that head: "Tel Aviv-set" where a text writes "Tel Aviv", "Real Madrid-fan" where one
    writes "Real Madrid"; "Kim Jong-un" stays whole, as no text writes "Kim Jong". Two syllables
    after one head ("Kim Jong-un" and "Kim Jong-il", where a text writes "the Kim Jong dynasty")
    make two names, a son's and a father's: then neither is cut, or both would be "Kim Jong"."""
    cuts = {}
    tails: dict[str, set[str]] = defaultdict(set)  # the head's syllables, folded
    for name in spellings:
        head, space, last = name.rpartition(" ")
        if space and re.search(HYPHEN_TAIL, last) and _syllable_tail(last):
            rest = f"{head} {re.sub(HYPHEN_TAIL, '', last)}"
            if rest in spellings:
                cuts[name] = rest
                tails[rest].add(last.rsplit("-", 1)[-1].casefold())
    return {name: rest for name, rest in cuts.items() if len(tails[rest]) == 1}


def _syllable_tail(word: str) -> bool:
    """Whether a word's lower-case hyphen tail is a syllable of the name ("Kim Jong-un", "Moon
    Jae-in"): one short part ("Search-and-rescue" has two) that is no adjective tail ("Hamas-run",
    "Xi-led", "Napoleon-era"). Cut off, "Kim Jong-un" and "Kim Jong-il" would both be "Kim Jong".
    The caller asks it of the last word of a name of two words or more only: a lone "Same-sex" or
    "No-one" is an ordinary compound."""
    tail = word.rsplit("-", 1)[-1]
    whole = re.search(HYPHEN_TAIL, word)
    return (
        whole is not None
        and whole.group().count("-") == 1
        and len(tail) <= SYLLABLE
        and not _adjective_tail(word)
    )


class NameSpan(msgspec.Struct, frozen=True):
    """A capitalised run in one text."""

    start: int
    end: int
    name: str
    initial: bool  # its capitals say nothing: a lone word starting a sentence, or on a headline
    sentence: int = 0  # where its sentence starts: two spellings in one sentence are two names


class Cluster(msgspec.Struct):
    """One name and the spellings that stand for it."""

    canonical: str
    words: list[str]
    sources: set[str] = msgspec.field(default_factory=set)
    mentions: Counter[str] = msgspec.field(default_factory=Counter)  # source -> mentions of its spellings
    sentences: set[tuple[str, int]] = msgspec.field(default_factory=set)  # (source, sentence start)
    roles: set[str] = msgspec.field(default_factory=set)  # one-holder roles written next to it ("spokes")


def find_name_spans(text: str, sentences: Sentences | None = None) -> list[NameSpan]:
    """Capitalised runs in `text` that may be names: split at titles ("Mayor") and after a
    possessive ("China's"), leading function words and trailing demonyms left out."""
    sentences = sentences or Sentences(text)
    headlines = _headline_lines(text)
    found = []
    for match in capitalised_run().finditer(text):
        headline = any(a <= match.start() < b for a, b in headlines)
        for start, words in _after_portfolio(text, match.start(), match.group()):
            span = _name_span(text, sentences, start, words, headline)
            if span is not None:
                found.append(span)
    return found


# a title and "of" right before a capitalised run: "Secretary of State John Kerry", "Mayor of
# London Sadiq Khan", "Minister of Foreign Affairs Wang Yi"
_TITLE_OF = lazy(r"(?<![\w'’-])(?P<title>[A-Z][\w-]*\.?)\s+of\s+(?:the\s+)?\Z")
PORTFOLIO_PLACE_WORDS = 3  # "the United Arab Emirates": the longest country name a portfolio opens with


def _after_portfolio(text: str, offset: int, run: str) -> list[tuple[int, list[str]]]:
    """`_segments` of a run, less the portfolio a title before it names: in "Secretary of State
    John Kerry" the run after "of" is "State John Kerry", whose name is "John Kerry". The
    portfolio is its first word (a country's name of several words whole: "Minister of New
    Zealand"), then the ordinary English words after it ("Foreign Affairs", "Homeland
    Security": common words other languages do not write alike, as they write given names:
    "John", "Wang", "Sadiq"). A portfolio that is a country or opens with a name ("Prince of
    Wales", "Beirut Port") stays a name of its own, and one word after such a portfolio is the
    end of its name ("Abu Dhabi"), not a person's; one of ordinary words ("State", "Defense")
    names no one. A run with no name after its portfolio is left whole."""
    before = _TITLE_OF.search(text, max(0, offset - 40), offset)
    if before is None or not is_title(before["title"], word_list("titles")):
        return _segments(offset, run)
    words = run.split(" ")
    size = _portfolio_size(words)
    portfolio = " ".join(words[:size])
    named = not _ordinary_word([words[0]]) or is_country(portfolio)
    if size == len(words) or (named and size == len(words) - 1):
        # no one named after it ("the Chairman of the State Affairs Commission" is a body), or
        # one word after a name, which ends it ("Crown Prince of Abu Dhabi")
        return _segments(offset, run)
    segments = _segments(offset, portfolio) if named else []
    return segments + _segments(offset + len(portfolio) + 1, " ".join(words[size:]))


def _portfolio_size(words: list[str]) -> int:
    """How many of a run's first words name the portfolio a title before it holds (see
    `_after_portfolio`)."""
    size = 1
    for length in range(min(PORTFOLIO_PLACE_WORDS, len(words)), 1, -1):
        if is_country(" ".join(words[:length])):
            size = length
            break
    if (
        size == 1
        and len(words) > 2
        and (words[0] == "New" or words[0].lower() in word_list("place_qualifiers"))
    ):
        size = 2  # "Governor of New York Andrew Cuomo", "Minister of North Kivu": a place of two words
    while size < len(words) and _ordinary_word([words[size]]):
        size += 1
    return size


def _segments(offset: int, run: str) -> list[tuple[int, list[str]]]:
    """The parts of a capitalised run between titles and after possessives, with their offsets."""
    titles = word_list("titles")
    segments: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = position = offset
    words = run.split(" ")
    particles = _particles()
    for at, word in enumerate(words):
        if word in particles and words[at + 1].lower() in STOP_WORDS:
            # "Officials do Not know": a particle before a function word is an ordinary word
            segments.append((start, current))
            current, start = [], position + len(word) + 1
        elif is_title(word, titles) and _surname_title(words, at, current, titles):
            current.append(word)  # "Foreign Minister Julie Bishop", "Ms Bishop": a surname
        elif is_title(word, titles):
            segments.append((start, current))
            current, start = [], position + len(word) + 1
        elif POSSESSIVE.search(word):
            segments.append((start, [*current, POSSESSIVE.sub("", word)]))
            current, start = [], position + len(word) + 1
        elif at + 1 < len(words) and _adjective_tail(word):
            # "al-Qaida-linked Malian", "Patna-bound Express": the name ends at its tail
            segments.append((start, [*current, word]))
            current, start = [], position + len(word) + 1
        else:
            current.append(word)
        position += len(word) + 1
    segments.append((start, current))
    return [(s, w) for s, w in segments if w]


# honorifics a surname follows directly ("Ms Bishop", "Mr King")
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr"})


def _surname_title(words: list[str], at: int, current: list[str], titles: frozenset[str]) -> bool:
    """Whether a title word in a capitalised run is a surname: one of data/surname_titles.txt
    right after an honorific ("Ms Bishop", "Mr King"; not "Mr President"), or closing the run
    after a name that itself follows a title ("Foreign Minister Julie Bishop"). A title that
    opens a name ("Bishop Tutu", "Judge Smith") or stands between two names is a title."""
    if words[at].rstrip(".") not in word_list("surname_titles"):
        return False
    if at > 0 and words[at - 1].rstrip(".") in _HONORIFICS:
        return True
    # `current` is the run's words right before this one, so the word before them is what the
    # name follows
    opened = at - len(current) - 1
    return at == len(words) - 1 and len(current) == 1 and opened >= 0 and is_title(words[opened], titles)


def is_title(word: str, titles: frozenset[str]) -> bool:
    """A title of data/titles.txt ("Mayor", "Dr."), or a compound of titles ("Director-General",
    "Secretary-General", "Attorney-General": every part one), which English writes hyphenated
    before a name as it writes "Vice-President"."""
    word = word.rstrip(".")
    return word in titles or ("-" in word and all(part in titles for part in word.split("-")))


def _name_span(
    text: str, sentences: Sentences, start: int, words: list[str], headline: bool = False
) -> NameSpan | None:
    """The name in one segment, or None when nothing in it is a name."""
    skip = _not_names()
    while words and (_leading_word(words[0]) or words[0] in skip or words[0] in _particles()):
        start += len(words[0]) + 1
        words = words[1:]
    while len(words) > 1 and words[-1] in WEEKDAY_NAMES:
        # "in the town of Farindola Wednesday": US copy puts the weekday right after a name (not
        # a month: "Theresa May")
        words = words[:-1]
    if len(words) > 1 and _adjective_tail(words[-1]) and _syllable_tail(words[-1].rsplit("-", 1)[0]):
        words = [*words[:-1], words[-1].rsplit("-", 1)[0]]  # "the Kim Jong-un-led state": "Kim Jong-un"
    if words and re.search(HYPHEN_TAIL, words[-1]) and not (len(words) > 1 and _syllable_tail(words[-1])):
        words = [*words[:-1], re.sub(HYPHEN_TAIL, "", words[-1])]
    if words and words[-1] in skip:
        return None  # "Central Asian", "South Korean": an adjective, not a name
    written = " ".join(words)
    name = unicodedata.normalize("NFC", written)  # decomposed accents: one spelling with composed
    if len(name) < 2 or (name.rstrip(".").isupper() and "." not in name):
        return None
    first = sentences.span_at(start)[0]
    # a Markdown heading's or list item's mark ("# Summary", "- Rescuers") does not hide that
    # the word starts its sentence
    initial = headline or (len(words) == 1 and not text[first:start].strip(" \"“‘'(#*>-"))
    return NameSpan(start, start + len(written), name, initial, first)


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in title case ("Boat Capsizes in Central Philippines; 36 People Dead"), with
    no full stop at the end (a sentence has one): there every word is capitalised, so a capital
    letter says nothing about a name."""
    found = []
    offset = 0
    for line in text.split("\n"):
        words = [w for w in re.findall(LETTER_WORD, line) if w.lower() not in STOP_WORDS]
        capitalised = sum(1 for w in words if w[0].isupper())
        title = len(words) >= HEADLINE_WORDS and capitalised >= HEADLINE_SHARE * len(words)
        if title and not line.rstrip().rstrip(CLOSING_QUOTES).endswith(SENTENCE_END):
            found.append((offset, offset + len(line)))
        offset += len(line) + 1
    return found


def lower_case_words(texts: Mapping[str, str]) -> Counter[str]:
    """How often each word is written in lower case across the texts ("coast", "rescuers")."""
    counts: Counter[str] = Counter()
    for text in texts.values():
        counts.update(re.findall(LOWER_WORD, text))
    return counts


def _leading_word(word: str) -> bool:
    """A function word ("The", "In"), a contraction of one ("We're", "Don't") or a number word
    ("Seven", "Fifty-six") before a name."""
    lowered = word.lower()
    return lowered in STOP_WORDS or _contraction(lowered) or lowered.split("-")[0] in NUMBER_WORDS


# English contractions: a pronoun or an auxiliary with its verb run on ("we're", "they'll",
# "don't"); a name's apostrophe is followed by a capital ("O'Neill") or is no such ending
# ("Sana'a", "Ba'ath")
_CONTRACTED = ("'re", "'ve", "'ll", "'m", "'d")


def _contraction(lowered: str) -> bool:
    """Whether a lower-cased word is an English contraction ("we've", "isn't", "they'd")."""
    word = lowered.replace("’", "'")
    if word.endswith("n't"):
        return True
    return any(word.endswith(end) and word[: -len(end)] in STOP_WORDS for end in _CONTRACTED)


@functools.cache
def _not_names() -> frozenset[str]:
    """Capitalised words that are not names: demonyms, calendar words, the names stop list."""
    return demonyms() | word_list("name_stopwords") | CALENDAR


class NameStats(msgspec.Struct):
    """What clustering reads of a corpus: where each capitalised spelling is written, whether as
    a place, and how often words are written in lower case and capitalised. Kept apart from the
    texts, so a registry's are read once and kept beside its compiled store (extract/storednames.py)."""

    first: dict[str, tuple[str, int]] = msgspec.field(
        default_factory=dict
    )  # spelling -> (source, n-th span) first
    sources: dict[str, set[str]] = msgspec.field(default_factory=lambda: defaultdict(set))
    counts: Counter[str] = msgspec.field(default_factory=Counter)
    mentions: dict[str, Counter[str]] = msgspec.field(
        default_factory=lambda: defaultdict(Counter)
    )  # per source
    sentences: dict[str, set[tuple[str, int]]] = msgspec.field(default_factory=lambda: defaultdict(set))
    informative: Counter[str] = msgspec.field(
        default_factory=Counter
    )  # capitalised where a capital is not required
    placed: set[str] = msgspec.field(default_factory=set)  # written as a place: "in China", "near Dingxi"
    # written where a place or a building is ("residents of Marden", "at Grenfell"), and as a person
    # ("said Mardon", "Mr Marden"): a word alone may shorten a building's name in the one, never the other
    settings: set[str] = msgspec.field(default_factory=set)
    persons: set[str] = msgspec.field(default_factory=set)
    lower: Counter[str] = msgspec.field(default_factory=Counter)  # words written in lower case
    capitalised: Counter[str] = msgspec.field(
        default_factory=Counter
    )  # words (_TOKEN) starting with a capital
    roles: dict[str, set[str]] = msgspec.field(
        default_factory=lambda: defaultdict(set)
    )  # office_roles beside it

    @classmethod
    def read(cls, texts: Mapping[str, str]) -> NameStats:
        """The statistics of `texts` (source id -> text), spellings in the order first written."""
        stats = cls()
        for source, text in texts.items():
            stats.add(source, text)
        return stats

    def add(self, source: str, text: str) -> None:
        """Count one more text."""
        for n, span in enumerate(find_name_spans(text)):
            before = text[max(0, span.start - 16) : span.start]
            if re.search(PLACE_BEFORE, before):
                self.placed.add(span.name)
            if re.search(SETTING_BEFORE, before):
                self.settings.add(span.name)
            if re.search(PERSON_BEFORE, before) or re.match(PERSON_AFTER, text[span.end : span.end + 16]):
                self.persons.add(span.name)
            self.first.setdefault(span.name, (source, n))
            self.sources[span.name].add(source)
            self.counts[span.name] += 1
            self.mentions[span.name][source] += 1
            self.sentences[span.name].add((source, span.sentence))
            if not span.initial:
                self.informative[span.name] += 1
            self.roles[span.name] |= (
                office_roles(text, span)
                | post_roles(text, span)
                | title_roles(text, span)
                | age_roles(text, span)
                | kin_roles(text, span)
            )
        self.lower.update(re.findall(LOWER_WORD, text))
        self.capitalised.update(t for t in _TOKEN.findall(text) if t[:1].isupper())


class NameClusters:
    """Spellings of names across a set of texts, clustered; `frame(spelling)` is the frame id."""

    def __init__(self, texts: Mapping[str, str] | None = None, stats: NameStats | None = None) -> None:
        """Cluster the spellings of `texts`, or those `stats` counted (the same clusters)."""
        if stats is None:
            stats = NameStats.read(texts or {})
        # copies: trimming moves counts between spellings, and `stats` may be kept
        sources = defaultdict(set, {n: set(s) for n, s in stats.sources.items()})
        counts = Counter(stats.counts)
        mentions = defaultdict(Counter, {n: Counter(m) for n, m in stats.mentions.items()})
        sentences = defaultdict(set, {n: set(s) for n, s in stats.sentences.items()})
        informative = Counter(stats.informative)
        roles = defaultdict(set, {n: set(r) for n, r in stats.roles.items()})  # one-holder roles
        self.placed: set[str] = set(stats.placed)
        # one word alone written as a setting, never as a person: it may shorten a building's name
        self.settings: set[str] = set(stats.settings) - set(stats.persons)
        self._lower = stats.lower

        def move(name: str, rest: str) -> None:
            sources[rest] |= sources.pop(name)
            counts[rest] += counts.pop(name)
            mentions[rest].update(mentions.pop(name))
            sentences[rest] |= sentences.pop(name)
            informative[rest] += informative.pop(name, 0)
            roles[rest] |= roles.pop(name, set())

        # "The MoI said": a capital I for a final l is a slip ("PowelI") only where a text writes
        # the word with the l; else the word is no name (an acronym: "MoI", "DfI")
        for name in _unread_slips(sources, stats.capitalised):
            for counter in (sources, counts, mentions, sentences, informative, roles):
                counter.pop(name, None)
        # "a Tel Aviv-set film": a short hyphen syllable is the name's ("Kim Jong-un") only when no
        # text writes the name without it; decided here, over all the texts, never per text
        cut = _syllable_cuts(sources)
        for name, rest in cut.items():
            move(name, rest)
        # "Counsel International Coal Group": a leading ordinary word is no part of the name
        self.trimmed = self._trim_ordinary_words(stats.capitalised, sources)
        # "a London Grenfell tower block": a place written before a name is no part of it
        self.trimmed.update(_trim_leading_places(sources, self.placed, self.trimmed))
        # "Mount Eyjafjalljokull" once beside "Eyjafjallajokull" in four: a feature word before a
        # near miss is no part of the name, so the near miss meets the name it slips from
        self.trimmed.update(_trim_feature_words(sources, self.trimmed))
        for name, rest in self.trimmed.items():
            move(name, rest)
        self.trimmed.update({name: self.trimmed.get(rest, rest) for name, rest in cut.items()})
        # a checked draft's spelling never outranks the sources'
        published = {n: {s for s in sources[n] if not is_draft_source(s)} for n in sources}
        # full names found clusters before the shorter runs that join them ("Xi" after "Xi Jinping")
        # among spellings equally backed, the one the others are near misses of is the original
        # each slip departs from ("Patro" beside one source's "Parto" and another's "Patra")
        near = _near_spellings(sources)
        # a spelling's backing counts those writing it with accents or without ("Luiz Inácio Lula
        # da Silva" is "Luiz Inacio Lula da Silva"): one spelling in two outlets' type
        folded: dict[str, set[str]] = defaultdict(set)
        for name, where in published.items():
            folded[fold(name)] |= where
        backing = {n: len(folded[fold(n)]) for n in sources}
        ranked = sorted(
            sources,
            key=lambda n: (
                -len(n.split()),
                -backing[n],
                -len(published[n]),
                -len(sources[n]),
                -counts[n],
                -near[n],
                n,
            ),
        )
        self.clusters: list[Cluster] = []
        self.of: dict[str, Cluster] = {}
        # the clusters' words by their deletion-variant keys, and the clusters (their places in
        # `clusters`) having each word: a spelling can only equal, be a run of, or be a near
        # miss of a cluster with a word equal or near to each of its words, and near words share
        # a key; comparing every spelling with every cluster of its initial was quadratic
        # (minutes on a 100k-claim registry)
        self._by_key: dict[str, set[str]] = defaultdict(set)
        self._having: dict[str, set[int]] = defaultdict(set)
        self._by_tail: dict[str, set[str]] = defaultdict(set)  # long words by all but their first letter
        # sources writing each word as a name alone, and as the last word of a longer name
        self._alone: dict[str, set[str]] = defaultdict(set)
        self._surnamed: dict[str, set[str]] = defaultdict(set)
        for name, where in sources.items():
            words = _words(name)
            (self._alone if len(words) == 1 else self._surnamed)[words[-1]].update(where)
        # people: written with a person's cue ("said", ", 42") or a role ("head coach") somewhere
        people = set(stats.persons) | {n for n, r in roles.items() if r}
        self._people = people
        joined = _run_together(sources, mentions, people)
        for name in ranked:
            if self._common_word(name, informative[name]) or name in joined:
                continue
            # capitals where every word is capitalised (a sentence's first word, a headline)
            # found no name; such a spelling is a name only as a spelling of another
            founds = informative[name] > 0
            seen = Seen(sources[name], mentions[name], sentences[name], frozenset(roles[name]))
            cluster = self._place(name, seen, founds)
            if cluster is not None:
                self.of[name] = cluster
        for name, rest in self.trimmed.items():
            if rest in self.of:
                self.of[name] = self.of[rest]
        # ids of the clusters some spelling of which is written with a person's cue
        self._person_clusters = {id(c) for n, c in self.of.items() if n in people}

    def _trim_ordinary_words(
        self, capitalised: Counter[str], spellings: Mapping[str, object]
    ) -> dict[str, str]:
        """Spellings that start with a word the texts write in lower case at least as often as
        capitalised ("general counsel" beside "General Counsel International Coal Group"), when
        the rest is a spelling of its own: the rest is the name, the word a title or a job."""
        trimmed = {}
        by_first: dict[str, list[list[str]]] = defaultdict(list)  # spellings' words by first word
        for name in spellings:
            by_first[name.partition(" ")[0]].append(_words(name))
        for name in spellings:
            first, _, rest = name.partition(" ")
            if not rest or "." in first or not first[1:].islower():
                continue
            if rest not in spellings and not _near_another(rest, by_first):
                continue
            if first.lower() in word_list("place_qualifiers") or first.lower() in REGION_WORDS:
                continue  # "Southern China" is a part of China, not China
            # a name's first word is one _TOKEN (letters, apostrophes, hyphens: _WORD) with a capital
            if self._lower[first.lower()] >= capitalised[first]:
                trimmed[name] = rest
        return trimmed

    def _common_word(self, name: str, informative: int) -> bool:
        """A lone word the texts write in lower case at least as often as capitalised where a
        capital means something ("Coast guard spokesman", "Rescuers" after a dateline) is an
        ordinary word, not a name."""
        if " " in name or "-" in name:
            return False
        return self._lower[name.lower()] >= max(informative, 1)

    def frame(self, spelling: str) -> str | None:
        """The frame id of a spelling found in the texts, None for words that are not names."""
        cluster = self.of.get(spelling)
        return name_frame(cluster.canonical) if cluster is not None else None

    def is_person(self, cluster: Cluster) -> bool:
        """Whether some text writes one of the cluster's spellings with a person's cue ("said
        Mardon", "Reed, 53,") or a role beside it ("head coach Darcy Haugan")."""
        return id(cluster) in self._person_clusters or bool(cluster.roles)

    def _pool(self, words: list[str]) -> list[Cluster]:
        """The clusters, in creation order, that have a word equal or near to each of `words`:
        the only ones it can equal, be a run of, or be a near miss of."""
        if not words:
            return self.clusters
        found: set[int] | None = None
        for word in dict.fromkeys(words):
            near = {other for key in _variants(word) for other in self._by_key.get(key, ())}
            having = set().union(*(self._having[other] for other in near if _word_near(word, other)))
            found = having if found is None else found & having
            if not found:
                return []
        return [self.clusters[i] for i in sorted(found or ())]

    def _plural_slips(self, words: list[str], seen: Seen) -> list[Cluster]:
        """Clusters that are this person's full name but for a final s added to or dropped from
        one word ("Martin Richards" for Martin Richard, "Roger Nelson" for Prince Rogers Nelson),
        when fewer sources write it, none of them the name, or it is one source's slip
        (`_rare_or_slip`): "Anna Edward" in one report and "Anna Edwards" in another may be two
        people, as a letter changed in a rarer name may not (`_may_vary` would join them). A word
        and its plural are forms of one word in an ordinary name ("Tazreen Fashion", "Tazreen Fashions Ltd": `_word_near`), so
        only people's names are compared so: an age, a post or a title beside either spelling,
        and none that tells two people (`_one_person`: "Anna Edward, 41" and "Anna Edwards, 29";
        "said" alone makes no person, "Orchid Fashions said"). Never an organisation's ("Emergency
        Operations Center"; "Lakeside Holding" beside "Lakeside Holdings": either last word an
        organisation's, data/organisation_heads.txt), and never over a word the texts write in
        lower case ("Martin Guards")."""
        if len(words) < 2:
            return []
        found = []
        for at, word in enumerate(words):
            others = {word + "s", word[:-1]} if word.endswith("s") else {word + "s"}
            for other in others:
                if len(min(word, other, key=len)) < MIN_FUZZY or self._lower[word] or self._lower[other]:
                    continue
                spelt = [*words[:at], other, *words[at + 1 :]]
                for c in (self.clusters[i] for i in sorted(self._having.get(other, ()))):
                    if (
                        # "Bartley Griffiths" for Bartley P. Griffith: middle initials left out
                        (c.words == spelt or _bare(c.words) == spelt)
                        and not {words[-1], spelt[-1]} & word_list("organisation_heads")
                        and _one_person(seen.roles, c.roles)
                        and _rare_or_slip(seen, c)
                    ):
                        found.append(c)
        return found

    def _compound_plural_slips(self, name: str, words: list[str], seen: Seen) -> list[Cluster]:
        """Clusters that are this one-word compound name but for a final s dropped
        ("PriceWaterhouseCooper" in one report beside "PricewaterhouseCoopers" in five), when
        fewer sources write it, none of them the name, or it is one source's slip
        (`_rare_or_slip`). A word run together with a capital inside, LONG_NAME letters or more
        in either spelling, is a coined name, not an English word whose plural is another form
        of it ("Fashion"/"Fashions" stay apart, `_plural_slips`), and no coined name has a
        namesake its plural."""
        if len(words) != 1 or len(words[0]) < LONG_NAME:
            return []
        word = words[0]
        found = []
        # the final s dropped only: "PlayStations" beside "PlayStation" is the product's plural
        for other in (word + "s",):
            for c in (self.clusters[i] for i in sorted(self._having.get(other, ()))):
                if (
                    c.words == [other]
                    and (_INNER_CAPITAL.search(name) or _INNER_CAPITAL.search(c.canonical))
                    and _rare_or_slip(seen, c)
                ):
                    found.append(c)
        return found

    def _namesakes(self, words: list[str], seen: Seen) -> list[Cluster]:
        """Clusters that are this full name with another given name, and the same one-holder role
        of the same body beside it (`office_roles`), in more reports, none of which writes this spelling: one person, whose given
        name one report got wrong ("Yeti Airlines spokesman Suman Bartaula" beside "spokesperson
        Sudarshan Bartaula" in two reports). Namesakes with no such role ("Ma Hao", "Ma Liya",
        residents both) stay two people."""
        offices = _offices(seen.roles)
        if len(words) < 2 or not offices:
            return []
        return [
            c
            for c in (self.clusters[i] for i in sorted(self._having.get(words[-1], ())))
            if len(c.words) == len(words)
            and c.words[-1] == words[-1]
            and _offices(c.roles) & offices
            and len(seen.sources) < len(c.sources)
            and not seen.sources & c.sources
        ]

    def _same_post(self, words: list[str], seen: Seen) -> list[Cluster]:
        """Clusters that are this full name with another surname, and the same post beside it
        (`post_roles`: principal, cook, secretary …), backed by as many reports or more, none of
        which writes this spelling: one person, whose surname one report wrote otherwise ("The
        school cook, Manju Kumari" beside "a woman cook Manju Devi" in three reports). One given
        name with no shared post ("Manju Devi", "Manju Kumari", villagers both) is two people, and
        so is a surname the texts call another person by alone ("Naveen Mohapatra" beside Chief
        Minister Naveen Patnaik and "Mohapatra, the relief commissioner": two men mixed up)."""
        posts = {role for role in seen.roles if role.startswith(POST)}
        if len(words) < 2 or not posts or self._named_alone(words[-1]):
            return []
        return [
            c
            for c in (self.clusters[i] for i in sorted(self._having.get(words[0], ())))
            if len(c.words) == len(words)
            and c.words[0] == words[0]
            and c.words[-1] != words[-1]
            and not self._named_alone(c.words[-1])
            and c.roles & posts
            and len(seen.sources) <= len(c.sources)
            and not seen.sources & c.sources
            and not seen.sentences & c.sentences
        ]

    def _titled_namesakes(self, words: list[str], seen: Seen) -> list[Cluster]:
        """Clusters that are this full name with a given name alike (the same first letter and
        ALIKE_SURNAME similar, "Stephen"/"Steven"), middle initials aside, and the same
        one-holder title right before it (`title_roles`: "Judge Stephen O'Neill" beside "Judge
        Steven T. O'Neill" in more reports, none of which writes this spelling): one person,
        whose given name one report respelt. Relatives sharing a surname ("John Smith", "Jane
        Smith") hold no one title, two holders of one title ("Senator Ted Kennedy",
        "Senator Robert Kennedy") have given names far apart, and a given name's other form
        ("Judge Mario Lopez" beside "Judge Maria Lopez", `_other_form_of_given_name`) is a
        relative."""
        titles = {role for role in seen.roles if role.startswith(TITLE)}
        bare = _bare(words)
        if len(bare) < 2 or not titles or _is_initial(bare[0]):
            return []
        found = []
        for c in (self.clusters[i] for i in sorted(self._having.get(words[-1], ()))):
            other = _bare(c.words)
            if len(other) != len(bare) or other[1:] != bare[1:] or other[0] == bare[0]:
                continue
            given, right = bare[0], other[0]
            if _is_initial(right) or given[0] != right[0] or fuzz.ratio(given, right) < ALIKE_SURNAME:
                continue
            if _other_form_of_given_name(bare, other):
                continue  # "Judge Mario Lopez, her brother" beside "Judge Maria Lopez": relatives
            if (
                titles & c.roles
                and len(seen.sources) < len(c.sources)
                and not seen.sources & c.sources
                and not seen.sentences & c.sentences
            ):
                found.append(c)
        return found

    def _written_alone(self, words: list[str]) -> frozenset[str]:
        """The words of a name that some text writes as a name alone ("Grenfell" of "Grenfell
        Tower"): reports shorten the name to them, so one word alone may be a slip of one."""
        return frozenset(word for word in words if self._alone.get(word))

    def _named_alone(self, word: str) -> bool:
        """Whether a text calls someone by this surname alone and by no full name ending in it
        ("Mohapatra, the relief commissioner, said" in a report naming no other Mohapatra): then
        a full name ending in it may mix up two people."""
        return bool(self._alone[word] - self._surnamed[word])

    def _surname_slips(self, words: list[str], seen: Seen) -> list[Cluster]:
        """Clusters that are this full name with a surname alike but more than a letter apart,
        when this spelling is one source's one-off (`_one_off`): "rescue official Suresh Yadav"
        once in a report that also names "Suresh Jadhav", as two others do."""
        if len(words) < 2:
            return []
        return [
            c
            for c in (self.clusters[i] for i in sorted(self._having.get(words[0], ())))
            if len(c.words) == len(words)
            and c.words[:-1] == words[:-1]
            and c.words[-1] != words[-1]
            and fuzz.ratio(c.words[-1], words[-1]) >= ALIKE_SURNAME
            and not _suffixed(words[-1], c.words[-1])
            and _one_off(seen, c)
        ]

    def _first_letter_slips(self, words: list[str], seen: Seen) -> list[Cluster]:
        """Clusters whose name is this one with another first letter in one long word, when only
        one source writes this spelling and several others write that word, in this name or a
        longer one (`_lone_variant`): "Dandaman village" in one report beside "Gandaman" and
        "Dharmasati Gandaman" in six. A near miss otherwise needs the same first letter."""
        found = []
        for at, word in enumerate(words):
            if len(word) < FIRST_LETTER_SLIP:
                continue
            for other in self._by_tail.get(word[1:], ()):
                if other == word:
                    continue
                spelt = [*words[:at], other, *words[at + 1 :]]
                having = [self.clusters[i] for i in sorted(self._having.get(other, ()))]
                # the word's backing: every source writing it, in this name or a longer one
                backing = set().union(*(c.sources for c in having))
                if _lone_variant(seen, backing):
                    exact = [c for c in having if c.words == spelt]
                    runs = [c for c in having if _is_run(spelt, c.words)]
                    found += exact or (runs if len(runs) == 1 else [])
        return found

    def _another_place(self, name: str, cluster: Cluster) -> bool:
        """Whether `name` is a well-known place while no text writes the cluster as a place: it
        names that place, not the cluster with a letter changed ("an hour from Kyoto" beside
        "Kyodo News", the agency). Where the cluster is a place too ("Gujrat", a city in
        Pakistan, for the Indian state of Gujarat), the two are weighed as any two spellings."""
        if not _well_known_place(name, cluster):
            return False
        return not any(spelling in self.placed for spelling, other in self.of.items() if other is cluster)

    def _place(self, name: str, seen: Seen, founds: bool) -> Cluster | None:
        words = _words(name)
        pool = self._pool(words)
        same = [c for c in pool if c.words == words]
        placed = name in self.placed
        runs = [
            c for c in pool if _is_run(words, c.words) and not _inside_organisation(words, c.words, placed)
        ]
        if not same and len(runs) == 1 and not _drops_qualifier(words, runs[0].words):
            same = runs
        if not same:
            # "Steven O'Neill" for Steven T. O'Neill: a middle initial left out, when only one
            # cluster is the name with initials (George H.W. Bush and George W. Bush are two)
            dropped = [c for c in pool if _initials_dropped(words, c.words)]
            same = dropped if len(dropped) == 1 else []
        exact = bool(same)  # the name, a run of its words or it with initials left out
        if not same:
            near = [
                c
                for c in pool
                if _near(
                    words,
                    c.words,
                    placed,
                    self._written_alone(c.words)
                    if name in self.settings or _organisation(c)
                    else frozenset(),
                )
                and (
                    _may_vary(name, seen, c)
                    or ({name, c.canonical} & self._people and _once_beside_once(name, seen, c))
                    or _given_name_one_off(words, seen, c)
                )
                and not self._another_place(name, c)
                and not ({name, c.canonical} & self._people and _other_form_of_given_name(words, c.words))
            ]
            same = (
                near[:1]
                or self._plural_slips(words, seen)[:1]
                or self._compound_plural_slips(name, words, seen)[:1]
                or self._namesakes(words, seen)[:1]
                or self._same_post(words, seen)[:1]
                or self._titled_namesakes(words, seen)[:1]
                or self._first_letter_slips(words, seen)[:1]
                or self._surname_slips(words, seen)[:1]
            )
        if same and not founds and not exact and _ordinary_word(words):
            # "Soon" starting a sentence is no slip of "Sun" (The Baltimore Sun), nor "Putting"
            # of "Putin": a capital by position on a common English word says nothing
            same = []
        if same:
            _join(same[0], seen)
            return same[0]
        if not founds:
            return None
        cluster = Cluster(name, words)
        _join(cluster, seen)
        self.clusters.append(cluster)
        for word in words:
            if word not in self._having:
                for key in _variants(word):
                    self._by_key[key].add(word)
            self._having[word].add(len(self.clusters) - 1)
            if len(word) >= FIRST_LETTER_SLIP:
                self._by_tail[word[1:]].add(word)
        return cluster


def _well_known_place(name: str, cluster: Cluster) -> bool:
    """Whether a one-word spelling is a well-known place (a city of 100,000 people or more, a
    country or a US state that is no English word: extract/place_names.py's GeoNames table) and
    no word of the cluster's name."""
    words = _words(name)
    return len(words) == 1 and words[0] in place_names() and words[0] not in cluster.words


def _organisation(cluster: Cluster) -> bool:
    """Whether a cluster names an organisation (its last word is one: "Oreva Group"): reports
    shorten it to a leading word they write alone ("Oreva"), so one word alone may be a slip of
    that word ("a company called Orewa"), as of a person's surname."""
    return len(cluster.words) > 1 and cluster.words[-1] in word_list("organisation_heads")


def _near_another(rest: str, by_first: Mapping[str, list[list[str]]]) -> bool:
    """Whether a name of two words or more is, word for word, a near miss of another spelling
    ("Joseph Boinnet" after "Inspector General of Police" beside "Joseph Boinet"): then a leading
    ordinary word before it ("Police Joseph Boinnet") is no part of it either."""
    words = _words(rest)
    if len(words) < 2:
        return False
    return any(
        len(other) == len(words) and other != words and all(map(_word_alike, words, other))
        for other in by_first.get(rest.partition(" ")[0], ())
    )


def _word_alike(a: str, b: str) -> bool:
    """A near miss (`_word_near`) or one word with a final s added or dropped ("Ramo" beside
    "Ramos"): a name's word either way, when all that is asked is whether a leading ordinary word
    stands before a name."""
    return _word_near(a, b) or a + "s" == b or b + "s" == a


def _trim_leading_places(
    sources: Mapping[str, set[str]], placed: set[str], trimmed: Mapping[str, str]
) -> dict[str, str]:
    """Spellings that start with a word the texts write alone as a place ("in London") before a
    spelling of its own that more sources write ("London Grenfell Tower" in one report beside
    "Grenfell Tower" in seven): the rest is the name, the place where it is. A qualifier that
    makes another place ("Southern Leyte", data/place_qualifiers.txt) never starts one."""
    by_first: dict[str, list[str]] = defaultdict(list)  # spellings by their first word
    for name in sources:
        by_first[name.partition(" ")[0]].append(name)
    found = {}
    for name, where in sources.items():
        first, _, rest = name.partition(" ")
        if not rest or name in trimmed or first not in placed or rest not in sources:
            continue
        if first.lower() in word_list("place_qualifiers") or first.lower() in REGION_WORDS:
            continue
        # the rest's backing: sources writing it, alone or leading a longer name ("Grenfell" of
        # "a London Grenfell tower block" is led by Grenfell Tower's seven reports)
        led = [n for n in by_first[rest.partition(" ")[0]] if n == rest or n.startswith(rest + " ")]
        backing = set().union(*(sources[n] for n in led))
        if len(backing) > len(where) and len(backing) >= SEVERAL:
            found[name] = rest
    return found


def _trim_feature_words(sources: Mapping[str, set[str]], trimmed: Mapping[str, str]) -> dict[str, str]:
    """Spellings that start with a feature word (data/place_features.txt: "Mount", "Lake") before
    a rest written nowhere else that is, word for word, a near miss of a spelling more sources
    write, SEVERAL at least ("Mount Eyjafjalljokull" in one report beside "Eyjafjallajokull" in
    four): the rest is that name misspelt, the feature word the kind of place it names. A rest
    the texts write as it is ("Mount Everest" beside "Everest") is left alone: it is a run of
    the longer name already."""
    features = word_list("place_features")
    found = {}
    for name, where in sources.items():
        first, _, rest = name.partition(" ")
        if not rest or name in trimmed or first not in features or rest in sources:
            continue
        words = _words(rest)
        for other, backing in sources.items():
            if (
                len(backing) >= max(SEVERAL, len(where) + 1)
                and not backing & where
                and len(_words(other)) == len(words)
                and all(map(_word_near, words, _words(other)))
            ):
                found[name] = rest
                break
    return found


def _run_together(
    sources: Mapping[str, set[str]], mentions: Mapping[str, Counter[str]], people: set[str]
) -> set[str]:
    """Spellings that are two people's names with the comma between them lost ("coaches Darcy
    Haugan Logan Schatz and Jaxon Joseph"): one source writes the run once, and it splits into two
    names of two words or more that other sources each write apart, both written as a person's
    somewhere (a role, "said", an age: `people`). Such a run is dropped: it founds no name and its
    one mention is lost, since as one name it would take in both people's mentions. A name whose
    parts are never written apart ("Rio Grande do Sul", "Junta de Andalucia"), or that are no
    people ("the San Francisco Bay Area" beside "San Francisco" and "Bay Area"), is kept."""
    found = set()
    for name, where in sources.items():
        words = name.split(" ")
        if len(words) < 4 or len(where) != 1 or sum(mentions[name].values()) != 1:
            continue
        for at in range(2, len(words) - 1):
            left, right = " ".join(words[:at]), " ".join(words[at:])
            apart = len(sources.get(left, set()) - where) >= 2 and len(sources.get(right, set()) - where) >= 2
            if apart and left in people and right in people:
                found.add(name)
                break
    return found


def _near_spellings(spellings: Iterable[str]) -> Counter[str]:
    """How many other spellings each one is a near miss of (`_word_near` on the folded whole)."""
    folded = {name: fold(name) for name in spellings}
    by_key: dict[str, set[str]] = defaultdict(set)
    for name, flat in folded.items():
        for key in _variants(flat):
            by_key[key].add(name)
    near: Counter[str] = Counter()
    for name, flat in folded.items():
        others = {other for key in _variants(flat) for other in by_key[key]} - {name}
        near[name] = sum(1 for other in others if folded[other] != flat and _word_near(flat, folded[other]))
    return near


class Seen(msgspec.Struct, frozen=True):
    """Where one spelling was written: its sources, mentions per source, and sentences."""

    sources: set[str]
    mentions: Counter[str]
    sentences: set[tuple[str, int]]
    roles: frozenset[str] = frozenset()


def _join(cluster: Cluster, seen: Seen) -> None:
    cluster.roles |= seen.roles
    cluster.sources |= seen.sources
    cluster.mentions.update(seen.mentions)
    cluster.sentences |= seen.sentences


def _words(name: str) -> list[str]:
    """A name's folded words; a hyphen separates words ("North-East" = "North East")."""
    return fold(name).replace("-", " ").split()


def _is_run(words: list[str], full: list[str]) -> bool:
    """True when `words` is a shorter contiguous run of `full` ('hall' in 'dan hall')."""
    n = len(words)
    return 0 < n < len(full) and any(full[i : i + n] == words for i in range(len(full) - n + 1))


def _inside_organisation(words: list[str], full: list[str], placed: bool) -> bool:
    """True when `full` names an organisation (its last word is one: "Co", "Department",
    data/organisation_heads.txt) and the run leaves that word out, inside the name or as its
    leading words the texts also write as a place (`placed`): "West Virginia" in "Anker West
    Virginia Mining Co" and "China" of "China Earthquake Networks Center" are places the
    organisation is named after; "Labor Department" of "U.S. Labor Department" and "Xinhua" of
    "Xinhua News Agency" are short forms of it."""
    if full[-1] not in word_list("organisation_heads") or words[-1] == full[-1]:
        return False
    return placed or full[: len(words)] != words


_INITIALS = re.compile(r"(?:[a-z]\.)+")


def _is_initial(word: str) -> bool:
    """Whether a folded word is initials ("t.", "h.w.")."""
    return _INITIALS.fullmatch(word) is not None


def _bare(words: list[str]) -> list[str]:
    """A full name's folded words without its middle initials ("steven t. o'neill" -> "steven
    o'neill"); a first or last word stays, initials or not ("d.k. pathak")."""
    return [w for at, w in enumerate(words) if at in (0, len(words) - 1) or not _is_initial(w)]


def _initials_dropped(words: list[str], full: list[str]) -> bool:
    """Whether `words`, with no middle initials, is `full` with its middle initials left out."""
    return len(words) >= 2 and _bare(words) == words and len(full) > len(words) and _bare(full) == words


def _drops_qualifier(words: list[str], full: list[str]) -> bool:
    """True when the run leaves out a word that makes the full name another place ("Leyte" of
    "Southern Leyte", "Rukum" of "Rukum West": data/place_qualifiers.txt)."""
    qualifiers = word_list("place_qualifiers")
    return any(word in qualifiers for word in full if word not in words)


def _near(
    words: list[str], full: list[str], placed: bool = True, alone: frozenset[str] = frozenset()
) -> bool:
    """A near miss of the cluster's name or of a run of its words, word for word. One word alone
    that is never written as a place is a near miss of a longer name's last word, or of a word
    of it some text writes alone (`alone`), only: reports shorten a person to the surname, never
    to the given name ("Manchar", a town, is no slip for Manohar Lembe), a building to the word
    they write alone ("residents of Greenfell" may be a slip of "Grenfell", written for Grenfell
    Tower; the caller passes `alone` only for a word written as a setting, never as a person:
    "said Mardon" is someone), while "in Ornoc" may shorten "Ormoc City"."""
    n = len(words)
    if n == 1 and len(full) > 1 and not placed:
        shortened = {full[-1]} | (alone & set(full))
        return any(words[0] != word and _word_near(words[0], word) for word in shortened)
    for i in range(len(full) - n + 1):
        run = full[i : i + n]
        if run != words and all(_word_near(a, b) for a, b in zip(words, run, strict=True)):
            return True
    return False


@functools.lru_cache(maxsize=65536)
def _variants(word: str) -> frozenset[str]:
    """Keys that a word shares with every word it may equal or be near (`_word_near`): its first
    letter with the word less one letter or none (one edit apart) and, from six letters, less
    two (two edits are allowed over seven letters, so both words have at least six); a word
    shorter than MIN_FUZZY only equals."""
    if word in _particles():
        # "da", "de": a particle is near another of its first letter ("Lula de Silva")
        return frozenset({word, f"{word[0]}~{len(word)}"})
    short = short_vowels(word)
    if short != word:
        # "meena" shares the keys of "mina": a long vowel written doubled is one romanisation
        return _variants(short) | _own_variants(word)
    if "ph" in word:
        # "stephan" shares the keys of "stefan": one sound, two spellings
        return _variants(word.replace("ph", "f")) | _own_variants(word)
    return _own_variants(word)


def _own_variants(word: str) -> frozenset[str]:
    """The keys of `_variants` from the word's own letters."""
    if len(word) < MIN_FUZZY:
        return frozenset({word})
    once = {word[:i] + word[i + 1 :] for i in range(len(word))}
    keys = {f"{word[0]}1{w}" for w in (word, *once)}
    if len(word) >= 6:
        twice = {w[:i] + w[i + 1 :] for w in once for i in range(len(w))}
        keys |= {f"{word[0]}2{w}" for w in (word, *once, *twice)}
    if len(word) >= MIN_SWAP:
        keys.add(_vowel_key(word))
    return frozenset(keys)


MIN_SWAP = 5  # letters from which two vowels trading places is one slip ("Romas" for Ramos)


def _vowel_key(word: str) -> str:
    """The key two words share when they differ only in where their vowels stand: the
    consonants in place, the vowels sorted ("shalit" and "shilat": "sh*l*t:ai")."""
    vowels = "".join(sorted(c for c in word if c in "aeiou"))
    return word[0] + "v" + "".join("*" if c in "aeiou" else c for c in word) + ":" + vowels


def _vowels_swapped(a: str, b: str) -> bool:
    """Two words of MIN_SWAP letters or more alike but for two vowels that trade places
    ("Shilat"/"Shalit", "Romas"/"Ramos"): a typist's slip, two edits by count."""
    if len(a) != len(b) or len(a) < MIN_SWAP:
        return False
    changed = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(changed) != 2:
        return False
    i, j = changed
    return a[i] == b[j] and a[j] == b[i] and a[i] in "aeiou" and a[j] in "aeiou"


def _word_near(a: str, b: str) -> bool:
    """Words one edit apart (two over seven letters; two neighbouring letters swapped are one
    edit, the commonest slip: "Parto" for "Patro"), same first letter, not a plural of the other."""
    if a == b or (short_vowels(a) == short_vowels(b) and a[0] == b[0]):
        return True  # "Meena"/"Mina": a long vowel written doubled or single
    if a[:1] == b[:1] and a.replace("ph", "f") == b.replace("ph", "f"):
        return True  # "Stefan"/"Stephan": one sound written two ways
    if a[:1] == b[:1] and _vowels_swapped(a, b):
        return True  # "Shilat"/"Shalit": two vowels traded places
    particles = _particles()
    if a in particles or b in particles:
        # "da"/"de", "van"/"von": one vowel changed; "van der"/"van den" are two surnames
        return a in particles and b in particles and _vowel_changed(a, b)
    if min(len(a), len(b)) < MIN_FUZZY or a[0] != b[0]:
        return False
    limit = 1 if max(len(a), len(b)) <= 7 else 2
    if OSA.distance(a, b, score_cutoff=limit) > limit:
        return False  # the cheap test first: most pairs a large registry compares are far apart
    if _plural_forms(a, b):
        return False  # "Railway"/"Railways", "Treasuries"/"Treasurys": forms of one word, no misspellings
    if _house_spelling(a) == _house_spelling(b):
        return False  # "Organisation"/"Organization": one word in British and American spelling
    return not _derived(a, b)  # "Argentinian" is Argentina's adjective, not a misspelling of it


def _suffixed(a: str, b: str) -> bool:
    """Whether one word is the other with two letters or more added at its end: another word
    made from it ("Hong Kongers" is Hong Kong's people), no respelling. One letter added is a
    slip ("Cambridge Analytical" for Cambridge Analytica)."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and len(long) - len(short) >= 2


def _plural_forms(a: str, b: str) -> bool:
    """Whether two words are a word and its plural, or two forms of one word in -y: -s and -es
    ("Railway"/"Railways", "Airbus"/"Airbuses"), -y, -ies and -ys ("Treasury", "Treasuries",
    "Treasurys": AP style writes the bonds' plural with -ys)."""
    if b in (a + "s", a + "es") or a in (b + "s", b + "es"):
        return True
    stems = {w[:-3] if w.endswith("ies") else w[:-2] if w.endswith("ys") else w[:-1] for w in (a, b)}
    return len(stems) == 1 and all(w.endswith(("y", "ies", "ys")) for w in (a, b))


def _vowel_changed(a: str, b: str) -> bool:
    """Two words of one length that differ in one letter, a vowel in both ("da"/"de")."""
    changed = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    return len(a) == len(b) and len(changed) == 1 and all(c in "aeiou" for c in changed[0])


def _house_spelling(word: str) -> str:
    """A word in one spelling of the British and American pair (breame's table and
    data/spellings.yaml) when the pair differ only by s and z ("Organisation"/"Organization"):
    outlets print such a common word in their own house spelling. Other pairs are often a fixed
    part of a name ("Australian Labor Party", "World Trade Center", "Pearl Harbor", the surnames
    Grey and Gray), which every outlet prints as the name's owner does: a slip there is one."""
    low = word.casefold()
    folded = spelling_table().get(low, low)
    return folded if folded.replace("z", "s") == low.replace("z", "s") else low


@functools.cache
def _given_names_ia() -> frozenset[str]:
    """The given names in -ia of data/given_names_ia.txt, lower-cased."""
    return frozenset(w.lower() for w in word_list("given_names_ia"))


def _derived(a: str, b: str) -> bool:
    """Whether one word is the other with a demonym ending ("Argentina"/"Argentinian",
    "Chile"/"Chilean", "Africa"/"African"): a final vowel of the place may give way to the
    ending, and a final a takes an n in a known demonym."""
    if _country_in_ius(a, b) or _country_in_ius(b, a):
        return True
    short, long = sorted((a, b), key=len)
    if len(long) <= len(short):
        return False  # "Mody" for "Modi": a letter changed, not an ending added
    if short[-1:].lower() == "a" and long == short + "n" and long in _folded_demonyms():
        # "Africa"/"African", "Kenya"/"Kenyan": a known demonym only, as a bare -n after -a is
        # otherwise a slip ("Pukhrayan" for the village of Pukhraya) or another given name ("Marian")
        return True
    stems = {short, short[:-1]} if short[-1:].lower() in "aeiouy" else {short}
    if short.lower().endswith("ia") and short.lower() not in _given_names_ia():
        # a place in -ia takes -ian ("Syria"/"Syrian", "Bavaria"/"Bavarian"); a given name does
        # not ("Maria"/"Marian", "Julia"/"Julian" are two people)
        stems.add(short[:-2])
    # the endings of data/demonym_endings.txt ("Chile" -> "Chilean", "Nepal" -> "Nepali")
    return any(long == stem + end for stem in stems for end in word_list("demonym_endings"))


@functools.cache
def _folded_demonyms() -> frozenset[str]:
    """The demonyms of data/demonyms.txt, folded as `_words` folds a name's words."""
    return frozenset(fold(word) for word in demonyms())


def _country_in_ius(place: str, word: str) -> bool:
    """Whether `word` is the people of a country in -ius, -ian(s) in its place ("Mauritius" /
    "Mauritian", "Mauritians"); a given name in -ius is no place ("Julius"/"Julian" are two
    people), hence a country's only."""
    low = place.lower()
    return low.endswith("ius") and word.lower() in (low[:-3] + "ian", low[:-3] + "ians") and is_country(place)


def _may_vary(name: str, seen: Seen, cluster: Cluster) -> bool:
    """A near miss is the same name when fewer sources back it than the cluster and none of them
    also writes the cluster's name (a rare variant), or when it is a slip: one source writes it,
    less often than the cluster's spelling, never in a sentence that names the cluster, while
    several sources write the cluster's spelling ("Ornoc" once beside "Ormoc" everywhere), or
    when both are rare (one source each) and it is a romanisation of it or one letter off. Two
    spellings that one sentence writes side by side, or that several sources each back, are
    names of their own ("Bara" and "Bora"). A spelling written as a relative's ("Nelson
    Mandela's grandson Mandla") is another person than a name no text writes so: no variant."""
    sources = seen.sources
    if _is_kin(seen) and not _is_kin(cluster):
        return False
    if _rare_or_slip(seen, cluster) or _long_word_slip(name, seen, cluster):
        return True
    if _transposed_slip(name, seen, cluster):
        return True
    if seen.sentences & cluster.sentences:
        return False  # side by side in one sentence: two names
    if is_country(name) or is_country(cluster.canonical):
        return False  # rare spellings of which one is a country's name: two places ("Sudan", "Sedan")
    if (
        len(cluster.sources) <= 2
        and not sources & cluster.sources
        and _long_one_letter(name, cluster.canonical)
    ):
        return True  # "Dangalgaon"/"Dandalgaon": two long spellings one letter apart, neither several
    if len(sources) > 1 or len(cluster.sources) > 1:
        return False  # several sources each: two names ("Bara", "Bora")
    runs = [" ".join(run) for run in _runs(cluster.canonical, len(name.split()))]
    umlauts = has_umlaut([name, cluster.canonical])  # "Duesseldorf" beside "Düsseldorf", not "Manul"
    if any(transliterated(name, run, umlauts=umlauts) or _one_letter(name, run) for run in runs):
        return True
    return _respelt_given_name(_words(name), cluster.words)


def _other_form_of_given_name(words: list[str], full: list[str]) -> bool:
    """Two full names alike but for the last vowel of the given name ("Mario Lopez", "Maria
    Lopez"; "Carlo Rossi", "Carla Rossi"): the male and female forms of one name, common among
    relatives, never a slip of the pen for one person. The caller asks it of people only (a
    person's cue or role beside one of them): "Junto de Andalucia" is a slip for the Junta."""
    if len(words) < 2 or len(words) != len(full) or words[1:] != full[1:]:
        return False
    given, other = words[0], full[0]
    return given != other and given[:-1] == other[:-1] and {given[-1], other[-1]} <= set("aeou")


def _respelt_given_name(words: list[str], full: list[str]) -> bool:
    """A full name with the cluster's surname and a given name near its own ("Amardeep Sinha",
    "Amarjeet Sinha": `_near` has held word for word): one person, one report's given name
    respelt; two people sharing a surname rarely have given names two letters apart."""
    return len(words) > 1 and len(words) == len(full) and words[-1] == full[-1] and words[0] != full[0]


def _one_person(roles: frozenset[str], other: set[str]) -> bool:
    """Whether two spellings' person facts make them one person: an age, a post or a title
    beside one of them at least ("said" alone is no person: "Orchid Fashions said"), and no
    kind of them (ages; posts and titles) that both carry but with nothing in common ("Anna
    Edward, 41" and "Anna Edwards, 29" are two people)."""
    both = roles | other
    if not both:
        return False
    for kind in ((AGE,), (POST, TITLE)):
        mine = {r for r in roles if r.startswith(kind)}
        theirs = {r for r in other if r.startswith(kind)}
        if mine and theirs and not mine & theirs:
            return False
    return True


def _rare_or_slip(seen: Seen, cluster: Cluster) -> bool:
    """Fewer sources write the spelling than the cluster, none of them the cluster's name, or it
    is one source's slip (`_slip`)."""
    return (len(seen.sources) < len(cluster.sources) and not seen.sources & cluster.sources) or _slip(
        seen, cluster
    )


def _lone_source(seen: Seen, cluster: Cluster) -> str | None:
    """The one source that writes this spelling, when SEVERAL sources write the cluster's name
    and no sentence holds both: what every test of one source's slip starts from."""
    if len(seen.sources) != 1 or len(cluster.sources) < SEVERAL or seen.sentences & cluster.sentences:
        return None
    (source,) = seen.sources
    return source


def _slip(seen: Seen, cluster: Cluster) -> bool:
    """One source's occasional other spelling of a name several sources write the same way."""
    source = _lone_source(seen, cluster)
    if source is None:
        return False
    return seen.mentions[source] < cluster.mentions[source]


def _once_beside_once(name: str, seen: Seen, cluster: Cluster) -> bool:
    """One source writes this near miss of a person's name once and the name once, in other
    sentences, while SEVERAL sources write the name and no other source the near miss ("Seibold
    was said to be alert" after "Peter Siebold" once in one report, "Peter Siebold" in three
    others; "Kurts said" after "George Kurtz"): a slip of the pen. The caller asks it of people only
    (a person's cue or role beside either spelling): a report rarely names two people one letter
    apart, while a place one letter from another may be its neighbour ("Rescuers came from
    Ornoc" near Ormoc stays a name of its own), and only of the surname, alone or after the same
    given names: relatives share a surname, and one report may name a cousin whose given name is
    a letter off ("His cousin Devandra Rathore" beside Devendra Rathore). `_slip` asks for fewer
    mentions than the name's in any other case. Words with dots or digits and short words are
    abbreviations or other names, never such a slip."""
    source = _lone_source(seen, cluster)
    if source is None or _is_kin(seen):
        return False  # "Her cousin Kristine" is a relative (`kin_roles`), not a slip for Kristina
    if seen.mentions[source] != 1 or cluster.mentions[source] != 1:
        return False
    words = _words(name)
    if len(words) > len(cluster.words) or words[:-1] != cluster.words[len(cluster.words) - len(words) : -1]:
        return False  # a given name changed: "His cousin Devandra Rathore" beside Devendra Rathore
    return words[-1] != cluster.words[-1] and words[-1].isalpha() and len(words[-1]) >= MIN_FUZZY


def _given_name_one_off(words: list[str], seen: Seen, cluster: Cluster) -> bool:
    """One source writes this full name once, with a given name near the cluster's (`_near` has
    held word for word) and the rest the same, while it also writes the cluster's name in
    another sentence and SEVERAL sources write that name (`_one_off`): "ex-prime minister
    Shinzoe Abe" in a report that writes "Shinzo Abe" too, as nine others do; "Chief Minister
    Bhupandra Patel" beside "Bhupendra Patel" in the same report. A report naming a relative
    writes a kinship word right before the name ("His cousin Devandra Rathore", `kin_roles`):
    such a spelling stays a person of its own, and so does a given name's other form ("Maria
    Lopez" for Mario Lopez, `_other_form_of_given_name`, tested by the caller)."""
    if len(words) < 2 or len(words) != len(cluster.words) or words[1:] != cluster.words[1:]:
        return False
    if words[0] == cluster.words[0] or len(words[0]) < MIN_FUZZY or _is_initial(words[0]):
        return False
    if _is_kin(seen) or _other_form_of_given_name(words, cluster.words):
        return False
    return _one_off(seen, cluster)


NEAR_MENTION = 400  # characters between the starts of two sentences a sentence or two apart


def _long_word_slip(name: str, seen: Seen, cluster: Cluster) -> bool:
    """One source's one-word spelling of FIRST_LETTER_SLIP letters or more one letter off the
    cluster's one-word name, written as often as that source writes the name, in no sentence
    naming it but within a sentence or two of one (NEAR_MENTION characters: the report goes on
    about the thing it has just named), while SEVERAL sources write the name ("Starbman" once in
    a report that writes "Starman" once in the sentence before, beside "Starman" in six others):
    a long name rarely has a namesake one letter off, so as many mentions as the name's in that
    report do not make it another name; short ones do ("Bara"/"Bora"). Far from the name (a
    headline's "Argentinia's" and "Argentina" six lines down) nothing ties the two."""
    source = _lone_source(seen, cluster)
    if source is None:
        return False
    theirs = [at for where, at in cluster.sentences if where == source]
    if not any(abs(at - mine) <= NEAR_MENTION for where, mine in seen.sentences for at in theirs):
        return False
    word, other = fold(name), cluster.words[0] if len(cluster.words) == 1 else ""
    return (
        seen.mentions[source] == cluster.mentions[source]
        and " " not in word
        and min(len(word), len(other)) >= FIRST_LETTER_SLIP
        and OSA.distance(word, other) == 1
        and not _written_word(word)
    )


TRANSPOSED_SLIP = 6  # letters from which two neighbours swapped in a word are a typist's slip


def _transposed_slip(name: str, seen: Seen, cluster: Cluster) -> bool:
    """One word that is the cluster's one word or surname with two neighbouring letters swapped
    ("Kolsenikov also said" after "Vadim Kolesnikov"), written
    only in sources that write the name too, in fewer sources than the name, never in a sentence
    that names it, and no word English writes: swapping two keys is how fingers slip, while two
    real names a swap apart are rare (a changed letter, "Bara"/"Bora", is left to the other tests).
    """
    word = fold(name)
    other = cluster.words[-1]
    if " " in word or min(len(word), len(other)) < TRANSPOSED_SLIP or word == other:
        return False
    swapped = (
        OSA.distance(word, other) == 1
        and len(word) == len(other)
        and sum(a != b for a, b in zip(word, other, strict=True)) == 2
    )
    return (
        swapped
        and seen.sources <= cluster.sources
        and len(seen.sources) < len(cluster.sources)
        and not seen.sentences & cluster.sentences
        and not _written_word(word)
    )


WRITTEN_ZIPF = 1.5  # once in 30 million English words: a spelling English writes, no typist's slip


def _written_word(word: str) -> bool:
    """Whether English writes this lower-case spelling as a word or name of its own (wordfreq,
    WRITTEN_ZIPF or more): "Kingston" beside "Kingstown", "Kristine" beside "Kristina", "Hamiltons"
    beside "Hamilton" are other places, people and families, while a slip ("Starbman") is written
    nowhere."""
    from factcheck.extract.lexicon import zipf  # wordfreq, loaded only when a long slip is weighed

    return zipf(word, "en") >= WRITTEN_ZIPF


def _ordinary_word(words: list[str]) -> bool:
    """Whether a one-word spelling is a common English word (wordfreq: extract/lexicon.py
    `frequent`) that other languages do not write alike, as they write a given name ("Soon",
    "Horse", "Putting"; not "David", "Taylor")."""
    if len(words) != 1 or not words[0].isalpha():
        return False
    from factcheck.extract.lexicon import frequent, written_alike  # wordfreq: only when a slip is weighed

    return frequent(words[0]) and not written_alike(words[0].lower())


def _lone_variant(seen: Seen, backing: set[str]) -> bool:
    """One source's spelling of a word several other sources write otherwise (`backing`), none
    of them this one."""
    return len(seen.sources) == 1 and len(backing) >= SEVERAL and not seen.sources & backing


def _one_off(seen: Seen, cluster: Cluster) -> bool:
    """A spelling one source writes once, in no sentence naming the cluster, while that source
    also writes the cluster's full name and several sources do (the surname alone, counted
    later, is not yet among the cluster's mentions: hence once, not less often)."""
    source = _lone_source(seen, cluster)
    if source is None:
        return False
    return seen.mentions[source] == 1 and cluster.mentions[source] >= 1


# "PricewaterhouseCoopers", "ExxonMobil": words run together; not a prefix's capital ("McDonald",
# "MacLean", "DeVos", "LeBron": surnames, whose plural-like forms may be other people)
_INNER_CAPITAL = lazy(r"[a-z]{3}[A-Z]")
LONG_NAME = 9  # letters from which two one-word names one letter apart are one name's spellings


def _long_one_letter(name: str, canonical: str) -> bool:
    """Two one-word names of LONG_NAME letters or more, one inner letter changed: a long name
    rarely has a namesake one letter off ("Dangalgaon"/"Dandalgaon"), while short ones often do
    ("Bara"/"Bora", "Sudan"/"Sedan")."""
    a, b = fold(name), fold(canonical)
    if " " in a or " " in b or min(len(a), len(b)) < LONG_NAME or len(a) != len(b):
        return False
    return a[0] == b[0] and a[-1] == b[-1] and OSA.distance(a, b) == 1


def _one_letter(name: str, run: str) -> bool:
    """One letter added, dropped or changed, or two neighbours swapped, in a word of four letters
    or more ('Hull'/'Hall', 'Parto'/'Patro')."""
    a, b = fold(name), fold(run)
    changed = [w for w, v in zip(a.split(), b.split(), strict=False) if w != v]
    return len(changed) == 1 and len(changed[0]) >= MIN_FUZZY and OSA.distance(a, b) == 1


def _runs(name: str, size: int) -> list[list[str]]:
    words = name.split()
    return [words[i : i + size] for i in range(len(words) - size + 1)]


_ROLE_ENDING = lazy(r"(?:wo)?m[ae]n$|person$")  # "spokesman", "spokeswoman", "spokesperson"
_ORG = r"[A-Z][\w&.'-]*(?:\s+(?:of\s+)?[A-Z][\w&.'-]*){0,4}"  # "Yeti Airlines", "Bank of India"
# "Yeti Airlines spokesman Suman Bartaula", "(NDRF) chief Shailendra", "operations chief Alok"
_ROLE_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:(?P<org>{_ORG})|\(?(?P<word>[A-Za-z]+)\)?)\s+(?P<role>[A-Za-z]+)\s+$"
)
# "Sudarshan Bartaula, spokesperson for Yeti Airlines", ", the NDRF chief"
_ROLE_AFTER = re.compile(
    rf",\s+(?:(?:a|an|the)\s+)?(?:(?P<pre>{_ORG})\s+)?(?P<role>[A-Za-z]+)"
    rf"(?:\s+(?:for|of|at)\s+(?:the\s+)?(?P<org>{_ORG}))?"
)


def office_role(word: str) -> str | None:
    """A one-holder role (data/offices.txt) with its -man/-woman/-person ending left out."""
    lowered = word.lower()
    return _ROLE_ENDING.sub("", lowered) if lowered in word_list("offices") else None


def office_roles(text: str, span: NameSpan) -> set[str]:
    """One-holder roles written right before a name or in an apposition right after it, each
    with the body whose role it is: "spokes@yeti-airlines" from "Yeti Airlines spokesman Suman
    Bartaula" and "Sudarshan Bartaula, spokesperson for Yeti Airlines". A role with no body
    named ("the spokesman") is left out: one surname and "chief" is too little for one person."""
    return {
        f"{role}@{name_slug(body)}"
        for role, body in role_pairs(text, span.start, span.end)
        if body and body.lower() not in STOP_WORDS
    }


def role_pairs(text: str, start: int, end: int) -> set[tuple[str, str | None]]:
    """(role, body or None) of the one-holder roles written beside the name at [start, end)."""
    found = set()
    before = _ROLE_BEFORE.search(text, max(0, start - 60), start)
    after = _ROLE_AFTER.match(text, end, end + 80)
    if before is not None:
        found.add((before["role"], before["org"] or before["word"]))
    if after is not None:
        found.add((after["role"], after["org"] or after["pre"]))
    return {(role, body) for word, body in found if (role := office_role(word))}


POST = "post:"  # the prefix of a post in a spelling's roles, apart from office@body roles
# the words right before a name: "School principal ", "The school cook, ", "cooks, "
_POST_BEFORE = re.compile(r"(?<![\w'’-])(?P<role>[A-Za-z]+?)s?,?\s+$")
# an apposition right after a name, up to its end: ", the principal of the school"
_POST_AFTER = re.compile(r",\s+(?P<words>[^,.;:()\"“”]{1,60})")


@functools.cache
def _posts() -> frozenset[str]:
    """Posts that tell one person of a story apart (data/posts.txt and the offices)."""
    return word_list("posts") | word_list("offices")


def post_roles(text: str, span: NameSpan) -> set[str]:
    """The posts written right before a name or in an apposition right after it, each as
    `post:<word>` ("post:principal" from "School principal Mina Kumari" and from "Meena Devi,
    the principal of the school"), the body left out."""
    found = set()
    before = _POST_BEFORE.search(text, max(0, span.start - 40), span.start)
    if before is not None:
        found.add(before["role"])
    after = _POST_AFTER.match(text, span.end, span.end + 80)
    if after is not None:
        found.update(re.findall(r"[A-Za-z]+", after["words"]))
    return {f"{POST}{_ROLE_ENDING.sub('', w.lower())}" for w in found if w.lower() in _posts()}


def _offices(roles: Iterable[str]) -> set[str]:
    """The office@body roles among a spelling's roles (its posts, titles and ages left out)."""
    return {role for role in roles if not role.startswith((POST, TITLE, AGE, KIN))}


AGE = "age:"  # the prefix of an age in apposition right after a name ("age:41" from "Anna Edward, 41,")
_AGE_AFTER = re.compile(r"\s*,\s*(\d{1,3})(?:\s*,|\s+years?\s+old\b)")


def age_roles(text: str, span: NameSpan) -> set[str]:
    """The age written in apposition right after a name, as `age:<n>` ("Anna Edwards, 29, a
    striker", "Prince Rogers Nelson, 57 years old"): two spellings with different ages are two
    people."""
    after = _AGE_AFTER.match(text, span.end, span.end + 20)
    return {f"{AGE}{int(after[1])}"} if after is not None else set()


TITLE = "title:"  # the prefix of a one-holder title written right before a name ("title:judge")


def title_roles(text: str, span: NameSpan) -> set[str]:
    """The one-holder title written right before a name, as `title:<word>` ("title:judge" from
    "Judge Stephen O'Neill" and from "Montgomery County Judge Steven T. O'Neill"):
    data/name_title_roles.txt, titles a story rarely gives two people of one surname. Forms of
    address ("Mr", "Dr") and titles many share ("Officer", "Survivor") are not among them."""
    before = _TITLE_BEFORE.search(text, max(0, span.start - 24), span.start)
    if before is None or before["title"].lower() not in word_list("name_title_roles"):
        return set()
    return {f"{TITLE}{before['title'].lower()}"}


_TITLE_BEFORE = re.compile(r"(?<![\w'’-])(?P<title>[A-Za-z]+)\.?\s+$")

KIN = "kin:"  # the prefix of a kinship word written right before a name ("kin:cousin")
# "His cousin ", "her elder brother, ", "Griner's wife, ": the word right before a name, a comma between
_KIN_BEFORE = re.compile(r"(?<![\w'’-])(?P<kin>[A-Za-z]+?)(?:s|['’]s)?,?\s+$")
# ", her cousin,", ", his younger brother": a kinship word in an apposition right after a name
_KIN_AFTER = re.compile(r",\s+(?:his|her|their|the|a)\s+(?:[a-z]+\s+)?(?P<kin>[a-z]+)\b")


def _is_kin(written: Seen | Cluster) -> bool:
    """Whether a spelling, or a cluster's name, is written as a relative's somewhere (`kin_roles`)."""
    return any(role.startswith(KIN) for role in written.roles)


def kin_roles(text: str, span: NameSpan) -> set[str]:
    """The kinship word written right before a name or in an apposition right after it, as
    `kin:<word>` ("kin:cousin" from "His cousin Devandra Rathore" and "Mario Lopez, her cousin,",
    "kin:brother" from "His elder brother, Mahesh Kulkarni"):
    data/kin_words.txt. Relatives share a surname and often a given name alike, so a spelling
    written so is a relative, never a slip of another's given name (`_given_name_one_off`)."""
    found = [_KIN_BEFORE.search(text, max(0, span.start - 24), span.start), _KIN_AFTER.match(text, span.end)]
    kin_words = word_list("kin_words")
    return {f"{KIN}{word}" for match in found if match and (word := match["kin"].lower()) in kin_words}


@functools.lru_cache(maxsize=8)
def _clusters(corpus: tuple[tuple[str, str], ...]) -> NameClusters:
    return NameClusters(dict(corpus))


def clusters_for(corpus: Mapping[str, str]) -> NameClusters:
    """The clusters of a corpus (source id -> text), built once per distinct corpus."""
    return _clusters(tuple(sorted(corpus.items())))


def find_auto_names(
    text: str, corpus: Mapping[str, str], sentences: Sentences, clusters: NameClusters | None = None
) -> list[Found]:
    """Mentions of names in `text` (one of the corpus's texts) with their cluster's frame;
    `clusters`: the corpus's, when the caller has them (extract/storednames.py)."""
    clusters = clusters if clusters is not None else clusters_for(corpus)
    found = []
    seen: list[Cluster] = []  # clusters named so far in this text, latest last
    for span in find_name_spans(text, sentences):
        if span.name in clusters.trimmed:
            rest = clusters.trimmed[span.name]
            # a leading word trimmed keeps the end, a hyphen syllable cut (then perhaps a leading
            # word) keeps where the rest stands in the spelling
            start = span.start + max(0, span.name.find(rest))
            span = NameSpan(start, start + len(rest), rest, span.initial, span.sentence)
        cluster = clusters.of.get(span.name)
        if cluster is None:
            continue
        if len(cluster.words) == 1:
            # a surname alone is the person this text last named with it ("Ma Liya … Ma said")
            cluster = next(
                (
                    c
                    for c in reversed(seen)
                    if len(c.words) > 1
                    and cluster.words[0] in c.words
                    and not _inside_organisation(cluster.words, c.words, span.name in clusters.placed)
                ),
                cluster,
            )
        seen.append(cluster)
        own = _words(span.name) == cluster.words or _is_run(_words(span.name), cluster.words)
        # a namesake joined by its role (`_namesakes`): say which role made it one person
        beside = office_roles(text, span) | post_roles(text, span)
        shared = sorted(r.removeprefix(POST) for r in beside & cluster.roles) if not own else []
        why = "" if own else variant_reason(_words(span.name), cluster.words)
        found.append(
            Found(
                "mention",
                span.start,
                span.end,
                {"entity": name_frame(cluster.canonical)},
                extras={
                    "spelling": "canonical" if own else "variant",
                    "matched_name": cluster.canonical,
                    "similarity": round(fuzz.ratio(span.name, cluster.canonical), 1),
                    **({"person": True} if clusters.is_person(cluster) else {}),
                    **({"role": ", ".join(shared)} if shared else {}),
                    **({"why": why} if why else {}),
                },
            )
        )
    return found


def variant_reason(words: list[str], full: list[str]) -> str:
    """Which part of a full name a variant spelling changes beyond a slip of one letter, said in
    its frame decision ("another surname": "Manju Kumari" for Manju Devi)."""
    if len(words) != len(full):
        return ""
    changed = [(a, b) for a, b in zip(words, full, strict=True) if a != b]
    if len(changed) == 1 and changed[0][0][1:] == changed[0][1][1:]:
        return "another first letter"
    if len(words) < 2 or len(changed) != 1 or OSA.distance(*changed[0]) < 2:
        return ""
    if changed[0] == (words[-1], full[-1]):
        return "another surname"
    return "another given name" if changed[0] == (words[0], full[0]) and len(words[0]) > 1 else ""
