"""Quotes: words inside straight or curly double quotation marks, and block quotations set off
after a line such as "Putin said in a broadcast …:". Each comes with the thing the words
describe (the noun phrase around them) and, where the sentence names one, the speaker.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from factcheck.extract.autonames import is_title, office_role, role_pairs
from factcheck.extract.text import STOP_WORDS, Found, Sentences, word_before, words_after
from factcheck.lazyre import lazy
from factcheck.wordlists import word_list

SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adds|stated|states|declared|declares|wrote|writes|insisted|"
    r"warned|warns|argued|argues|explained|noted|claimed|claims|asked|replied|spoke|speaks|"
    r"announced|announces|emphasized|emphasised|stressed"
)
SPEECH = lazy(rf"\b(?:{SPEECH_VERBS})\b")
# a report's speech verb in the passive: '…," Neymar was quoted as saying in a statement'
QUOTED_AS = r"(?:is|was|has\s+been|had\s+been)\s+(?:quoted|cited|reported)\s+as\s+(?:saying|telling)"
# right after a speaker's name: "Putin said", "Putin has also said", "Zarubin, the reporter, said" is left out
AFTER_NAME = lazy(
    rf"(?:’s|'s)?\s+(?:(?:has|had|also|then|later|once)\s+){{0,2}}(?:{SPEECH_VERBS}|{QUOTED_AS})\b"
)
# a post's verb right after a name that follows a quotation ('…," Hancock tweeted'), or before a
# colon that opens it ('Hancock tweeted: "…"'): the words are the poster's own. Not a speech verb
# anywhere else: "Thapa tweeted a video of crowds chanting "…"" posts others' words (session 25)
POSTED_AFTER_NAME = lazy(r"(?:’s|'s)?\s+(?:(?:has|had|also|then|later)\s+){0,2}(?:tweeted|tweets)\b")
POSTED_COLON = lazy(r"\s+(?:(?:has|had|also|then|later)\s+){0,2}(?:tweeted|tweets)\s*:\s*")
# right after a closing mark: '…," Putin said' or '…," said Putin'
AFTER_QUOTE_VERB = lazy(rf"[,.!?]?\s*(?:{SPEECH_VERBS})\s+")
POSSESSIVE = lazy(r"['’]s\b")  # 'Thapa's office' after a name: the office speaks
# '"…", according to Putin' / 'according to the spokesman Ma Hao, "…"'
ACCORDING = lazy(r"\baccording to\s+(?:the\s+)?", re.IGNORECASE)
# '"…," he said' / 'she told reporters: "…"': the speaker is named in the sentence before
PRONOUN_SAID = lazy(
    rf"\b(?:he|she|they)\s+(?:(?:has|had|also|then|later)\s+){{0,2}}(?:{SPEECH_VERBS}|{QUOTED_AS})\b", re.I
)
APPOSITION_SAID = lazy(rf",[^,\n\"“”]{{1,80}},\s+(?:{SPEECH_VERBS})\b")
DETERMINERS = frozenset(
    ["a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those"]
)
MAX_QUOTE = 2000
CARRY_REACH = 600  # characters over which "he said" still means the last named speaker
MAX_BEFORE = 8  # names before a quote worth trying as its speaker (the nearest ones)
MAX_SINGLE = 300  # single quotes close soon, or the ’ was an apostrophe
PAIRS = (("“", "”"), ("«", "»"), ("„", "“"))


def find_quotes(text: str, sentences: Sentences, mentions: list[Found]) -> list[Found]:
    """Every quotation in `text`, with speaker (an entity id from `mentions`) where one is named."""
    spans = _curly(text) + _straight(text) + _single(text) + _tokenised(text)
    spans += _cut_off(text, spans)
    spans += _run_on(text)
    names = _Mentions(mentions)
    found = [_quote(text, sentences, names, opening, closing) for opening, closing in sorted(set(spans))]
    quotes = _carry_speakers(text, sentences, [f for f in found if f is not None])
    _role_speakers(text, sentences, quotes, names)
    _paragraph_speakers(text, quotes, names)
    return quotes + [f for f in _block_quotes(text, names) if f is not None]


# '…," the spokesman said', '…," said the mayor', 'The spokesman told AFP: "…"'
ROLE_AFTER_QUOTE = lazy(
    rf"[,.!?]?\s*(?:(?:{SPEECH_VERBS})\s+(?:the|a)\s+(?P<after>[a-z]+)\b|the\s+(?P<before>[a-z]+)\s+(?:{SPEECH_VERBS})\b)"
)
ROLE_BEFORE_QUOTE = lazy(rf"\b[Tt]he\s+(?P<role>[a-z]+)\s+(?:{SPEECH_VERBS})\b[^\"“]{{0,40}}$")


def _role_speakers(text: str, sentences: Sentences, quotes: list[Found], mentions: _Mentions) -> None:
    """A quotation whose speaker the text names by role only ('…," the spokesman said') is the
    person it last named with that role (data/offices.txt: "Yeti Airlines spokesman Sudarshan
    Bartaula … '…,' the spokesman said"); with no such person it keeps no speaker."""
    for quote in quotes:
        if quote.fields["speaker"] is not None:
            continue
        first = sentences.span_at(quote.start)[0]
        inner = str(quote.fields["words"])
        closing = re.compile(r"\s*[\"”’']").match(text, text.find(inner, quote.start) + len(inner))
        after = ROLE_AFTER_QUOTE.match(text, closing.end()) if closing else None
        before = ROLE_BEFORE_QUOTE.search(text, first, quote.start)
        word = (after["after"] or after["before"]) if after else (before["role"] if before else None)
        role = office_role(word) if word else None
        if role is None:
            continue
        for mention in reversed(mentions.within(max(0, quote.start - CARRY_REACH * 3), quote.start)):
            if any(r == role for r, _ in role_pairs(text, mention.start, mention.end)):
                quote.fields["speaker"] = str(mention.fields["entity"])
                break


def _paragraph_speakers(text: str, quotes: list[Found], mentions: _Mentions) -> None:
    """Paragraphs that are wholly a quotation, with no speaker of their own, keep the speaker of
    the paragraph before: news style names a speaker once and lets the next quotation paragraphs
    go on in their voice ('"…," Burkett said.' then '"That is heartbreaking …"'), and a
    transcript is introduced by a line ending in a colon ('This is what he said:', 'Burkett told
    reporters:'); "he" there is the person last named in full before it."""
    speaker: str | None = None
    offset = 0
    for paragraph in text.split("\n"):
        start, end = offset, offset + len(paragraph)
        offset = end + 1
        body = paragraph.strip()
        if not body:
            continue  # blank lines between paragraphs keep the run going
        inside = [q for q in quotes if start <= q.start < end]
        if inside and body[0] in '"“' and body[-1] in '"”':
            for quote in inside:
                if quote.fields["speaker"] is None:
                    quote.fields["speaker"] = speaker
            speaker = inside[-1].fields["speaker"]
        elif body.endswith(":") and SPEECH.search(body):
            speaker = _intro_speaker(text, mentions, start, end)
        else:
            speaker = inside[-1].fields["speaker"] if inside else None


def _intro_speaker(text: str, mentions: _Mentions, start: int, end: int) -> str | None:
    """The speaker a line that introduces quotations names ('Burkett said:'), or the person last
    named in full before it when it says "he said:" ('This is what he said:')."""
    for mention in mentions.within(start, end):
        if AFTER_NAME.match(text, mention.end, end):
            return str(mention.fields["entity"])
    if not PRONOUN_SAID.search(text, start, end):
        return None
    for mention in reversed(mentions.within(max(0, start - CARRY_REACH), start)):
        if " " in text[mention.start : mention.end]:
            return str(mention.fields["entity"])
    return None


def _carry_speakers(text: str, sentences: Sentences, quotes: list[Found]) -> list[Found]:
    """A quotation with no speaker of its own keeps the last one named nearby: when its sentence
    says "he said", or when it goes on from a quotation in the sentence before, in the same
    paragraph ('"…," Ma said. "I have never felt …"')."""
    last: Found | None = None
    for quote in quotes:
        if quote.fields["speaker"] is None and last is not None and quote.start - last.end <= CARRY_REACH:
            first, end = sentences.span_at(quote.start)[0], sentences.span_at(quote.end - 1)[1]
            pronoun = PRONOUN_SAID.search(text, first, end) is not None
            follows = sentences.index(quote.start) - sentences.index(last.end - 1) <= 1
            if pronoun or (follows and "\n" not in text[last.end : quote.start]):
                quote.fields["speaker"] = last.fields["speaker"]
        if quote.fields["speaker"] is not None:
            last = quote
    return quotes


def _curly(text: str) -> list[tuple[int, int]]:
    """(opening, closing) offsets of typographic quotation marks."""
    spans = []
    for opener, closer in PAIRS:
        start = text.find(opener)
        while start >= 0:
            end = text.find(closer, start + 1)
            again = text.find(opener, start + 1)
            if end < 0:
                break
            if 0 <= again < end and opener != closer:
                start = again  # an unclosed opening mark: start over from the next one
                continue
            if end - start <= MAX_QUOTE:
                spans.append((start, end))
            start = text.find(opener, end + 1)
    return spans


def _straight(text: str) -> list[tuple[int, int]]:
    """Straight double quotes pair up in order within one paragraph; 12" (inches) is left out."""
    spans = []
    offset = 0
    for paragraph in text.split("\n"):
        marks = [i for i, ch in enumerate(paragraph) if ch == '"' and not (i and paragraph[i - 1].isdigit())]
        for first, second in zip(marks[::2], marks[1::2], strict=False):
            if second - first <= MAX_QUOTE:
                spans.append((offset + first, offset + second))
        offset += len(paragraph) + 1
    return spans


def _cut_off(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quotation the end of the text cuts off (a summary stopped mid-quote: 'once said: ``i am
    not afraid of death.'): the last paragraph's last opening mark, closed by nothing after it,
    up to the full stop that ends the text, when it holds at least CUT_OFF_WORDS words."""
    body = text.rstrip()
    paragraph = body.rfind("\n") + 1
    marks = list(_OPENING.finditer(body, paragraph))
    if not marks:
        return []
    opening = marks[-1]
    inside = body[opening.end() :]
    if any(a >= opening.start() for a, _ in spans) or _CLOSING.search(inside):
        return []
    if opening.group(0) == '"' and body.count('"', paragraph) % 2 == 0:
        return []  # straight marks pair up: an even count closes every one
    if len(inside.split()) < CUT_OFF_WORDS or body[-1] not in ".!?":
        return []
    return [(opening.end() - 1, len(body) - 1)]  # its full stop stands where the mark would


def _run_on(text: str) -> list[tuple[int, int]]:
    """Quotations that go on into the next paragraph: news style leaves a paragraph's quotation
    open when the next paragraph opens the same speaker's words again ('She said: "I felt more
    powerful because this award is not just a piece of metal.' then '"This is encouragement for
    me."'). Such a paragraph's last opening mark, closed by nothing in its paragraph, ends at the
    paragraph's own final punctuation, which stands where the mark would: (opening, that mark)."""
    spans = []
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    for (start, end), (next_start, _) in itertools.pairwise(paragraphs):
        if text[next_start] not in '"“' or text[end - 1] not in ".!?,":
            continue
        opening = _unclosed(text, start, end)
        if opening is not None and len(text[opening + 1 : end].split()) >= CUT_OFF_WORDS:
            spans.append((opening, end - 1))
    return spans


_PARAGRAPH = lazy(r"[^\s][^\n]*[^\s]")  # a line's text, from its first to its last non-space


def _unclosed(text: str, start: int, end: int) -> int | None:
    """The paragraph's opening mark that nothing closes in it: the last of an odd count of
    straight marks (12" of inches aside), or a curly one with no closing mark after it. A mark of
    the other style closes it too ('“I have given my all," she said.': mixed marks are a typing
    slip, not a quotation left open)."""
    curly = text.rfind("“", start, end)
    if curly >= 0:
        closed = text.find("”", curly, end) >= 0 or text.find('"', curly, end) >= 0
        return None if closed else curly
    marks = [i for i in range(start, end) if text[i] == '"' and not (i > start and text[i - 1].isdigit())]
    if len(marks) % 2 == 0 or _OPENING.match(text, marks[-1]) is None or "”" in text[marks[-1] : end]:
        return None
    return marks[-1]


CUT_OFF_WORDS = 3  # fewer words after an opening mark at the very end are no quotation worth checking
_OPENING = re.compile(r"(?:``|“|(?<![\w])\")(?=\s?\w)")
_CLOSING = lazy(r"''|”|\"")


def _tokenised(text: str) -> list[tuple[int, int]]:
    """Quotations as tokenised text writes them, ``like this'' (two backticks, two apostrophes)
    or `like this', within one line: (opening mark, closing mark) offsets."""
    spans = [(match.start() + 1, match.end() - 2) for match in _TOKENISED.finditer(text)]
    spans += [(match.start(), match.end() - 1) for match in _TOKENISED_SINGLE.finditer(text)]
    spans += [(match.start(), match.end() - 1) for match in _STRAIGHT_SINGLE.finditer(text)]
    return spans


_TOKENISED = re.compile(rf"``(?:(?!``|'')[^\n]){{1,{MAX_QUOTE}}}?''")
# `single ones' (one backtick, one apostrophe that no letter follows: "don't" is no end)
# 'straight single ones,' closed after punctuation: an apostrophe never follows a comma or a
# full stop, so "the runners' club" and "don't" are no quotation marks
_STRAIGHT_SINGLE = re.compile(
    rf"(?<![\w'])'(?=[A-Za-z])(?:[^'\n]|'(?=\w)){{1,{MAX_SINGLE}}}?[,.!?]'(?![\w'])"
)
_TOKENISED_SINGLE = re.compile(rf"(?<![`\w])`(?!`)[^`\n]{{1,{MAX_SINGLE}}}?'(?![\w'])")


def _single(text: str) -> list[tuple[int, int]]:
    """Typographic single quotes (‘RAMPANT ABUSE OF DATA’); a ’ inside a word is an apostrophe."""
    spans = []
    start = text.find("‘")
    while start >= 0:
        end = -1
        if start == 0 or not text[start - 1].isalnum():
            for index in range(start + 1, min(len(text), start + MAX_SINGLE)):
                char = text[index]
                if char in "‘\n":
                    break
                after = text[index + 1] if index + 1 < len(text) else " "
                if char == "’" and not after.isalpha() and not text[index - 1].isspace():
                    end = index
                    break
        if end > start + 1:
            spans.append((start, end))
        start = text.find("‘", max(start, end) + 1)
    return spans


def _quote(text: str, sentences: Sentences, mentions: _Mentions, opening: int, closing: int) -> Found | None:
    inner_start, inner_end = opening + 1, closing
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    if inner_start >= inner_end or not any(ch.isalnum() for ch in text[inner_start:inner_end]):
        return None
    words = text[inner_start:inner_end]
    start, end = opening, closing + 1
    thing = _thing_after(text, opening, end)
    if thing is not None:
        end = thing[1]
    described = text[thing[0] : thing[1]] if thing else (words if len(words.split()) <= 6 else None)
    speaker = _speaker(text, sentences, mentions, opening, closing + 1)
    return Found(
        "quote",
        start,
        end,
        {"words": words, "speaker": speaker},
        focus=f"{words} {described or ''}".strip(),
        extras={"thing": described},
    )


def _thing_after(text: str, opening: int, closing: int) -> tuple[int, int] | None:
    """A quote used as a modifier ('a “no boundaries” friendship pact'): the noun phrase after it."""
    before = word_before(text, opening)
    if before is None or before[2].lower() not in DETERMINERS:
        return None
    taken = []
    for word in words_after(text, closing, 2):
        if word[2].lower() in STOP_WORDS or not word[2][:1].islower():
            break
        taken.append(word)
    if not taken:
        return None
    return taken[0][0], taken[-1][1]


def _speaker(text: str, sentences: Sentences, mentions: _Mentions, opening: int, closing: int) -> str | None:
    """The entity the text says spoke the words: named next to a speech verb ("X said", "said X",
    "X told"), after "according to", or named as a speaker in the sentence before when this one
    says "he said"."""
    first, last = sentences.span_at(opening)
    last = max(last, sentences.span_at(max(opening, closing - 1))[1])
    named = _named_speaker(text, mentions, first, last, opening, closing)
    if named is not None:
        return named
    sentence = text[first:last]
    if not PRONOUN_SAID.search(sentence):
        return None
    before = _sentence_before(text, sentences, first)
    if before is None:
        return None
    before_first, before_last = before
    named = _named_speaker(text, mentions, before_first, before_last, before_last, before_last)
    return named if named is not None else _said_then_named(text, mentions, before_first, before_last)


def _sentence_before(text: str, sentences: Sentences, first: int) -> tuple[int, int] | None:
    """[start, end) of the sentence before the one starting at `first`, passing over the blank
    lines between paragraphs (each is a 'sentence' of its own): "he said" in a paragraph's first
    sentence means the person the paragraph before named."""
    index = sentences.index(first) - 1
    while index >= 0:
        start, end = sentences.span_at(sentences.starts[index])
        if start < end:
            return start, end
        index -= 1
    return None


# a clause's comma, a speech verb that comes before its subject, and the titles before a name
# right after it: "…, said Dr. Stephan Ulamec". Not "told", "asked", "warned": the name after
# them is the one spoken to ("The minister told Ada Brennick the plan was dead")
INVERTED_SPEECH = r"said|says|added|adds|stated|wrote|writes|explained|noted|insisted|argued|claimed|replied|announced|declared"
_SAID_BEFORE_NAME = lazy(rf",\s*(?:{INVERTED_SPEECH})\s+(?:[A-Z][\w.-]*\s+){{0,2}}$")


def _said_then_named(text: str, mentions: _Mentions, first: int, last: int) -> str | None:
    """The one person a sentence names right after a verb of saying ("Indications were that it
    touched down, said Stephan Ulamec, head of the lander"): the "he" of a "he said" that
    follows. None when it names two that way: "he" could be either. A name with a possessive
    ("…, said Mayor Tom Haldane's spokeswoman") is not the one who spoke."""
    said = {
        str(mention.fields["entity"])
        for mention in mentions.within(first, last)
        if _SAID_BEFORE_NAME.search(text, max(first, mention.start - 60), mention.start)
        and not POSSESSIVE.match(text, mention.end)  # '…, said Mayor Tom Haldane's spokeswoman'
    }
    return said.pop() if len(said) == 1 else None


def _speaker_after(text: str, candidates: list[Found], last: int, *, said: bool) -> str | None:
    """The first of `candidates` (mentions after a quotation) that is its speaker: after a verb of
    saying, or followed by one (or by an apposition and one). A name with a possessive is not the
    speaker ('…," said Mayor Thapa's office'), nor is any after it."""
    for mention in candidates:
        if POSSESSIVE.match(text, mention.end, last):
            return None
        if (
            said
            or AFTER_NAME.match(text, mention.end, last)
            or POSTED_AFTER_NAME.match(text, mention.end, last)
            or APPOSITION_SAID.match(text, mention.end, last)
        ):
            return str(mention.fields["entity"])
    return None


def _named_speaker(
    text: str, mentions: _Mentions, first: int, last: int, opening: int, closing: int
) -> str | None:
    """A speaker named in [first, last) around a quotation at [opening, closing)."""
    verb = AFTER_QUOTE_VERB.match(text, closing, last)
    # '…," Putin said' / '…," said Putin' / '…," Ma Hao, a student, told Xinhua'
    gap = _past_titles(text, verb.end() if verb else closing, last)
    found = _speaker_after(text, mentions.within(gap, gap + 4), last, said=verb is not None)
    if found is not None:
        return found
    # '…," the WHO director Tedros Adhanom said', '…," WHO director general Tedros said'
    lead = _past_role_words(text, verb.end() if verb else closing, last)
    if lead is not None:
        found = _speaker_after(text, mentions.within(lead, lead + 1), last, said=verb is not None)
        if found is not None:
            return found
    for mention in reversed(mentions.within(first, opening)[-MAX_BEFORE:]):
        # 'Putin said: "…"', 'Putin told reporters that "…"'
        if mention.end <= opening and (
            AFTER_NAME.match(text, mention.end, opening) or POSTED_COLON.fullmatch(text, mention.end, opening)
        ):
            return str(mention.fields["entity"])
    for match in ACCORDING.finditer(text, first, last):
        for mention in mentions.within(match.end(), match.end() + 40):
            return str(mention.fields["entity"])
    for mention in mentions.within(first, last):
        # 'Ma Liya, a resident, said "…"': a name, an apposition, then the speech verb
        if mention.end <= opening and re.match(
            rf",[^,\n]{{1,60}},\s+(?:{SPEECH_VERBS})\b", text[mention.end : opening]
        ):
            return str(mention.fields["entity"])
    return None


_CAPITALISED = lazy(r"\s*([A-Z][A-Za-z-]*)\.?(?=\s+[A-Z])")
TITLE_REACH = 4  # capitalised words looked at for the titles in front of a speaker's name


def _past_titles(text: str, position: int, last: int) -> int:
    """Where a name starts after the titles in front of it ('…," Mr. Kim said', '…," said
    President Moon', '…,' FTC Chairman Joe Simons said): the name finder leaves titles
    (data/titles.txt) out of a name, so the speaker's mention starts after them. Capitalised
    words are skipped only up to the last word of that list among the next few."""
    titles = word_list("titles")
    after = position
    for _ in range(TITLE_REACH):
        match = _CAPITALISED.match(text, position, last)
        if match is None:
            break
        position = match.end()
        if match.group(1) in titles:
            after = position
    while after < last and text[after].isspace():
        after += 1
    return after


# after a closing mark, the words before a speaker's name: a determiner, the body's name or
# acronym and the title in lower case ('…," the WHO director Tedros Adhanom said')
_LEAD_WORD = lazy(r"\s*(?P<word>[A-Z][A-Za-z&.-]*|[a-z]+(?:-[a-z]+)?)(?=\s)")
LEAD_REACH = 5  # words looked at before a speaker's name
_LEAD_IN = lazy(r"[,.!?]?\s*(?:the\s+)?")  # the closing mark's comma and a determiner


@functools.cache
def _lowered_titles() -> frozenset[str]:
    """The titles word list in lower case ("director general"), built once, not per quotation."""
    return frozenset(t.lower() for t in word_list("titles"))


def _past_role_words(text: str, position: int, last: int) -> int | None:
    """Where a speaker's name starts after a title written in lower case, or a hyphenated one,
    with the body's name before it ('…," the WHO director Tedros Adhanom said', '…," WHO
    director general Tedros said', '…," said WHO Director-General Tedros'): right after the
    last title word among the next few words, a lower-case word that is no title ending the
    search; None when no title word is there. The caller takes a mention starting exactly there
    as the speaker only, so 'the mayor of Kathmandu said' names no speaker."""
    titles = word_list("titles")
    lowered = _lowered_titles()
    match = _LEAD_IN.match(text, position, last)
    position = match.end() if match else position
    after = None
    for _ in range(LEAD_REACH):
        found = _LEAD_WORD.match(text, position, last)
        if found is None:
            break
        word = found["word"]
        if is_title(word, titles) or is_title(word, lowered):
            after = found.end()
        elif word.islower():
            break
        position = found.end()
    if after is None:
        return None
    while after < last and text[after].isspace():
        after += 1
    return after


class _Mentions:
    """Mentions sorted by start, for 'the names between here and there' in O(log n)."""

    def __init__(self, mentions: list[Found]) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]

    def within(self, start: int, end: int) -> list[Found]:
        """Mentions that start in [start, end)."""
        return self.items[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]


def _block_quotes(text: str, mentions: _Mentions) -> list[Found | None]:
    """A paragraph set off after a line that ends with a colon and has a speech verb."""
    found: list[Found | None] = []
    lines = text.split("\n")
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    for index, line in enumerate(lines[:-1]):
        intro = line.rstrip()
        if not intro.endswith(":") or not SPEECH.search(intro):
            continue
        following = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
        if following is None:
            continue
        body = lines[following]
        lead = len(body) - len(body.lstrip())
        words = body.strip()
        if len(words.split()) < 5 or words[:1] in '"“«':
            continue  # a heading or an ordinary quotation, found by the quote marks
        start = starts[following] + lead
        speaker = None
        for mention in mentions.within(starts[index], starts[index] + len(intro)):
            if AFTER_NAME.match(text, mention.end, starts[index] + len(intro)):
                speaker = str(mention.fields["entity"])
                break
        found.append(
            Found(
                "quote",
                start,
                start + len(words),
                {"words": words, "speaker": speaker},
                focus=words,
                extras={"thing": None, "block": True},
            )
        )
    return found
