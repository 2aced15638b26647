"""A reported statement a checked document gives to another person than the sources give it
(`factcheck check`): "According to Helen Smith, the council will close the bridge in May" where
the sources write "Robert Jones said the council will close the bridge in May". No quotation
marks, so the quotation check (pipeline/speakers.py) has no words to compare; the statement's
content words are compared instead.

Only on positive evidence, since a faithful summary rejected costs more than an error missed:
- cased text only; the document names its speaker in full (two to four capitalised words) in
  "According to X, …" or "X said/told/… (that) …", the name is one of its name claims and a
  person the sources write (its last word);
- the statement (the rest of the sentence, the speaker's words left out) has at least MIN_WORDS
  content words and no quotation mark (a quotation is judged by its words: pipeline/speakers.py);
- at least one source sentence holds at least MIN_WORDS of them and SHARE_NEEDED of them (the
  same statement), and every such sentence names a speaker of its own ("Jones said", "said
  Jones", "according to Jones"), who is a person the sources write in full ("Robert Jones")
  and shares no word with the document's speaker;
- no such sentence names the document's speaker at all: a source that relays one person's
  words through another ("Smith said Jones had promised …", "Jones's spokesman Smith said") makes
  the document's speaker right.
Such a name is `other-speaker` (FC602, major) and contradicted, with the source sentence as the
evidence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from factcheck.extract.places import is_country
from factcheck.extract.quotes import SPEECH_VERBS
from factcheck.link.support import Evidence, SourceIndex, frame_words, sentences
from factcheck.model import MentionClaim
from factcheck.rules.checks.support import OTHER_STATEMENT
from factcheck.wordlists import word_list

MIN_WORDS = 4  # content words of the statement, and the least a source sentence must share
SHARE_NEEDED = 0.6  # of the statement's content words, the share a source sentence must hold
_FULL_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}"
_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}"
_ACCORDING = re.compile(rf"\b[Aa]ccording to ({_FULL_NAME})")
_SAID = re.compile(rf"(?<![\w'’-])({_FULL_NAME})\s+(?:(?:has|had|also)\s+)?(?:{SPEECH_VERBS})\b")
_QUOTE_MARK = re.compile(r"[\"“”]")
_SPEAKERS = (
    re.compile(rf"\b[Aa]ccording to ({_NAME})"),
    # "Jones said", "Robert Jones, the council leader, told reporters"
    re.compile(
        rf"(?<![\w'’-])({_NAME})(?:,[^,.]{{1,80}},)?\s+(?:(?:has|had|also|then|later|allegedly)\s+){{0,2}}"
        rf"(?:{SPEECH_VERBS})\b"
    ),
    re.compile(rf"\b(?:{SPEECH_VERBS})\s+({_NAME})"),
)


def statements_judged(
    prose: str, mentions: list[MentionClaim], index: SourceIndex
) -> dict[str, tuple[str, Evidence]]:
    """Each speaker's name of `mentions` (claims of the cased document `prose`) whose reported
    statement the sources give to another named person, by claim id: its note (FC602
    `other-speaker`, naming that person and sentence) and the source evidence."""
    judged: dict[str, tuple[str, Evidence]] = {}
    if not (_ACCORDING.search(prose) or _SAID.search(prose)):
        return judged
    for start, end in sentences(prose):
        for pattern in (_ACCORDING, _SAID):
            for found in pattern.finditer(prose, start, end):
                claim = next(
                    (
                        c
                        for c in mentions
                        if c.span is not None and found.start(1) <= c.span[0] < found.end(1)
                    ),
                    None,
                )
                if claim is None or claim.id in judged:
                    continue
                statement = prose[found.end() : end]
                if _QUOTE_MARK.search(statement):
                    continue  # a quotation: judged by its words (pipeline/speakers.py)
                other = _other_speaker(found.group(1), statement, index)
                if other is not None:
                    judged[claim.id] = other
    return judged


def _other_speaker(name: str, statement: str, index: SourceIndex) -> tuple[str, Evidence] | None:
    """(note, evidence) when the sources give `statement` to another named person, else None."""
    mine = {w.casefold() for w in name.split()}
    words = frame_words(statement) - frame_words(name)
    if len(words) < MIN_WORDS:
        return None
    texts = index.texts
    surname = name.split()[-1]
    if not any(re.search(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", t) for t in texts.values()):
        return None  # a speaker the sources never name: a name to look up, not judged here
    theirs: list[tuple[str, str, tuple[int, int]]] = []
    for source, text in texts.items():
        for first, last in sentences(text):
            sentence = text[first:last]
            shared = words & frame_words(sentence)
            if len(shared) < MIN_WORDS or len(shared) < SHARE_NEEDED * len(words):
                continue
            if {w.casefold() for w in re.findall(r"[\w'’-]+", sentence)} & mine:
                return None  # the sentence names the document's speaker: a relay, or theirs
            speaker = _named_speaker(sentence, texts)
            if speaker is None:
                return None  # "he said", "the Kremlin said": nothing to tell the speaker by
            theirs.append((speaker, source, (first, last)))
    if not theirs:
        return None
    speaker, source, span = theirs[0]
    evidence = Evidence(source, span)
    note = (
        f"{OTHER_STATEMENT}the sources give this statement to {speaker}: “{index.sentence_words(evidence)}”"
    )
    return note, evidence


def _named_speaker(sentence: str, texts: Mapping[str, str]) -> str | None:
    """The person a source sentence says spoke, when it names one the sources write in full
    ("Jones said" where a source writes "Robert Jones"), else None."""
    titles = word_list("titles")
    for pattern in _SPEAKERS:
        for found in pattern.finditer(sentence):
            run = [w for w in found.group(1).split() if w.rstrip(".") not in titles | _NOT_GIVEN]
            if any(w.lower() in word_list("organisation_heads") or is_country(w) for w in run):
                return None  # "the Foreign Ministry said", "Russia said": a body, not a person
            before = re.findall(r"[\w'’.-]+", sentence[: found.start(1)])[-1:]
            if len(run) >= 2 or (run and before and before[0].rstrip(".") in titles):
                return " ".join(run)
            if not run:
                continue
            full = re.compile(rf"(?<![\w'’-])[A-Z][\w'’-]+[ \t]+{re.escape(run[0])}(?![\w-])")
            for text in texts.values():
                written = full.search(text)
                if written is not None and written.group(0).split()[0] not in _NOT_GIVEN | titles:
                    return written.group(0)
    return None


# capitalised words before a surname that are no given name ("The Kremlin", "President Putin")
_NOT_GIVEN = frozenset({"The", "A", "An", "In", "On", "At", "By", "And", "But", "When", "As", "If"})
