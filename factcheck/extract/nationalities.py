"""People's nationalities: the country a report says a named person is from, read only right
next to the name: a demonym or a country's possessive just before it ("Briton Dwain Chambers",
"Britain's Dwain Chambers"), a demonym named first ("another American, Dwain Chambers,"), "of"
and a country just after it ("Dwain Chambers of the United Kingdom") or a demonym appositive
after it ("Ana Reis, a Brazilian,"). Each becomes a relation candidate of predicate
`nationality` in the person's role frame `auto.role.<name cluster>` (roles and nationalities of
one person meet there; only two nationalities are compared with each other), its item the
demonym data/roles.yaml shows for the country. A country before a role ("Qatar's coach X",
"Russian President X") names the role's body, not always the holder's country, and is not read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from factcheck.extract.places import facility_words, place_levels
from factcheck.extract.roles import PREDICATE as ROLE
from factcheck.extract.roles import RoleTable, named_people, role_table
from factcheck.extract.text import Found, Sentences
from factcheck.model.ids import Family, auto_frame
from factcheck.model.names import name_slug
from factcheck.wordlists import word_list

PREDICATE = "nationality"
_AGE = r"(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\s+)?"
# words after a demonym named first that carry a list on, not a name's appositive
# ("a Briton, John Smith, and a Norwegian"): the name is one item of a list
# a list item before a demonym named first ("a Briton, a Norwegian, John Smith,"): a list, too
_LIST_ITEM = re.compile(r"(?:^|,)\s*(?:a|an|the|two|three|four|five|\d+)\s+[^,]*,\s*$", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:and|or|a|an|the|two|three|four|five|\d)\b", re.IGNORECASE)


def nationality_conflict(a: str, b: str, table: RoleTable | None = None) -> str | None:
    """Why one person cannot be of both nationalities (two demonyms data/roles.yaml shows), or
    None: the same country, or a pair its `overlaps` lists ("British" and "Irish")."""
    table = table or role_table()
    if a == b or frozenset((a, b)) in table.overlaps:
        return None
    if a not in table.people.values() or b not in table.people.values():
        return None  # a word the data file does not name is no nationality
    return f"one person is not both {a} and {b}"


# a registry this large is not read through for two countries of one person (a check against a
# large registry reads only the texts it needs): the document's own text is
_MAX_TEXTS = 500


def find_nationalities(
    text: str, mentions: list[Found], sentences: Sentences, corpus: Mapping[str, str] | None = None
) -> list[Found]:
    """A relation candidate for each nationality the text gives a named person next to the name,
    unless this text or another of `corpus` gives the person two countries at once
    ("British-Iranian X", "Kenyan-born X"): one outlet's "British" and another's "Iranian" then
    both hold."""
    found = _read(text, mentions, sentences)
    if not found:
        return found
    texts = [text, *(corpus.values() if corpus is not None and len(corpus) <= _MAX_TEXTS else ())]
    return [f for f in found if not _two_countries(str(f.fields["agent"]), texts)]


def _two_countries(person: str, texts: Sequence[str]) -> bool:
    """Whether a text names the person (by surname) right after a demonym or country joined to
    another word ("British-Iranian", "Kenyan-born", "Kenya-born", "Iranian-American")."""
    surname = person.rsplit("-", 1)[-1]
    if len(surname) < 2:
        return False
    pattern = re.compile(
        rf"\b(?:{_patterns()['people_words']})-(?:[A-Z][\w]+|born)\b[^.;\n]{{0,60}}?\b{re.escape(surname)}\b",
        re.IGNORECASE,
    )
    return any(surname.lower() in t.lower() and pattern.search(t) for t in texts)


def _read(text: str, mentions: list[Found], sentences: Sentences) -> list[Found]:
    """Each nationality the text writes right next to a named person's name."""
    table = role_table()
    found: list[Found] = []
    for mention, person in named_people(text, mentions):
        if not _personal(text[mention.start : mention.end], table):
            continue
        led = _led(text, mention, table)
        if led is not None:
            found.append(led)
            continue
        start, end = sentences.span_at(mention.start)
        before, after = text[start : mention.start], text[mention.end : end]
        for read in (_before(before, table), _fronted(before, after, table)):
            if read is not None:
                found.append(_found(text, (mention.start - read[1], mention.end), read[0], person, mention))
        for read in (_of_country(after, table), _appositive(after, table)):
            if read is not None:
                found.append(_found(text, (mention.start, mention.end + read[1]), read[0], person, mention))
    return found


@functools.cache
def _patterns() -> dict[str, Any]:
    """The demonyms and country names of data/roles.yaml as patterns, compiled once (case kept:
    "US" is a country, "us" a pronoun)."""
    table = role_table()
    people = "|".join(re.escape(w) for w in sorted(table.people, key=len, reverse=True)) or "(?!)"
    country = "|".join(re.escape(w) for w in sorted(table.countries, key=len, reverse=True)) or "(?!)"
    edge = r"(?:^|(?<=[\s(“\"‘]))"
    return {
        "before": re.compile(rf"{edge}(?:(?P<people>{people})|(?:the\s+)?(?P<country>{country})['’]s?)\s+$"),
        "fronted": re.compile(rf"\b(?i:a|an|another|the|fellow)\s+{_AGE}(?P<people>{people})\s*,\s*$"),
        "of": re.compile(rf"^\s+of\s+(?:the\s+)?(?P<country>{country})(?![\w'’.-]|\s+[A-Z])"),
        "appositive": re.compile(
            rf"^\s*,\s*(?:a|an|the)\s+{_AGE}(?P<people>{people})(?P<rest>(?:\s+[a-z][\w-]*){{0,3}})(?=\s*(?:[,;)]|\.(?:\s|$)|$))"
        ),
        "led": re.compile(rf"^(?P<people>{people})\s+(?=[A-Z])"),
        "people_words": f"{people}|{country}",  # "British-Iranian", "Kenya-born"
    }


@functools.cache
def _not_personal() -> frozenset[str]:
    """Lower-case words no personal name holds: organisation heads, stop words, titles, roles.yaml
    `not_people`, place kinds and facility words (built once)."""
    return (
        word_list("organisation_heads")
        | word_list("stopwords")
        | {t.lower() for t in word_list("titles")}
        | role_table().not_people
        | frozenset(place_levels())
        | facility_words()
    )


def _personal(name: str, table: RoleTable) -> bool:
    """Whether a name may be a person's: capitalised words with no function word, title, role
    word, place kind or word of an organisation's or thing's name ("U.S. Geological Survey", "US
    Open", "Red Cross Society", "China's Gansu Province", "US House Speaker Paul Ryan")."""
    written = [w.strip(".,’'") for w in name.split()]
    lead = _patterns()["led"].match(name)
    if lead is not None:
        written = written[len(lead["people"].split()) :]  # "Briton Dwain Chambers": the name after it
    if any(len(w) > 1 and w.isupper() for w in written):
        return False  # an acronym ("NHS", "BBC") is an organisation's
    words = [w.lower() for w in written]
    barred = _not_personal()
    return bool(words) and not any(
        w in barred or table.acceptable(w) or table.acceptable(w.removesuffix("s")) for w in words
    )


def _part_of_a_longer_name(before: str, start: int) -> bool:
    """Whether the words before a demonym or country make it part of a longer name or phrase
    ("Latin American", "Northern Ireland's", "Bank of America's"): a capitalised word that is no
    function word, or "of", right before it."""
    words = before[:start].split()
    if not words:
        return False
    last = words[-1]
    if last.lower() == "of":
        return True
    return (
        last[0].isupper()
        and last.lower() not in word_list("stopwords")
        and not last.endswith((".", ",", ":", ";"))
    )


def _before(before: str, table: RoleTable) -> tuple[str, int] | None:
    """'Briton ' / 'Britain's ' right before the name: the demonym and how many characters it takes."""
    match = _patterns()["before"].search(before)
    if match is None or _part_of_a_longer_name(before, match.start()):
        return None
    shown = table.people[match["people"]] if match["people"] else table.countries[match["country"]]
    return shown, len(before) - match.start()


def _fronted(before: str, after: str, table: RoleTable) -> tuple[str, int] | None:
    """'another American, ' right before the name, the name's appositive closed after it (and no
    list carried on: "a Briton, John Smith, and a Norwegian" names list items)."""
    match = _patterns()["fronted"].search(before)
    if match is None or _LIST_ITEM.search(before[: match.start()]):
        return None
    if not re.match(r"\s*[,;.]", after) or _LIST_GOES_ON.match(after):
        return None
    return table.people[match["people"]], len(before) - match.start()


def _of_country(after: str, table: RoleTable) -> tuple[str, int] | None:
    """' of the United Kingdom' right after the name (not "of the US Navy": no name follows)."""
    match = _patterns()["of"].match(after)
    return None if match is None else (table.countries[match["country"]], match.end())


def _appositive(after: str, table: RoleTable) -> tuple[str, int] | None:
    """', a Brazilian,' / ', a British engineer,' right after the name: a demonym alone or before
    role words (not before a language's nouns: "an English teacher" teaches English)."""
    match = _patterns()["appositive"].match(after)
    if match is None:
        return None
    rest = match["rest"].split()
    if rest and (not all(table.acceptable(w) for w in rest) or rest[-1] in table.language_nouns):
        return None
    return table.people[match["people"]], match.end("people")


def _led(text: str, mention: Found, table: RoleTable) -> Found | None:
    """A name found with a demonym as its first word ("Briton Dwain Chambers"): the demonym, and
    the person framed by the rest of the name."""
    written = text[mention.start : mention.end]
    match = _patterns()["led"].match(written)
    if match is None or _part_of_a_longer_name(text[: mention.start], mention.start):
        return None
    rest = written[match.end() :]
    if len(rest.split()) < 2:
        return None
    person = Found("mention", mention.start + match.end(), mention.end, {"entity": name_slug(rest)})
    return _found(text, (mention.start, mention.end), table.people[match["people"]], name_slug(rest), person)


def _found(text: str, span: tuple[int, int], shown: str, person: str, mention: Found) -> Found:
    fields = {
        "relation": auto_frame(Family.ROLE, person),
        "predicate": PREDICATE,
        "agent": person,
        "item": shown,
    }
    name = text[mention.start : mention.end]
    why = f"{name} is {shown} (written next to the name); frame: the person's name cluster {person}"
    return Found("relation", span[0], span[1], fields, extras={"why": why, "role": True})


__all__ = ["PREDICATE", "ROLE", "find_nationalities", "nationality_conflict"]
