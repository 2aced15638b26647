"""Automatic name frames: how a spelling is folded, slugged and compared, and the entity a cluster
of spellings stands for when the registry has no entity list.

Extraction gives every name it finds without an entity the frame `auto.name.<slug>`, the slug of
the cluster's dominant spelling (factcheck.extract.names clusters the spellings across sources).
From the mentions of one frame, `derived_entities` rebuilds the entity FC401 compares them with:
the dominant spelling is canonical; a spelling that differs from it only in vowels, with the same
letters otherwise and as many sources behind it, is a transliteration (accepted, reported as
info); anything else in the cluster is a near-miss variant (a misspelling).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from factcheck.lazyre import lazy
from factcheck.model.ids import Family, auto_frame, frame_slug, in_family
from factcheck.model.records import Claim, Entity, EntityKind, MentionClaim

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_VOWELS = lazy(r"[aeiouy]")
_SILENT = lazy(r"[hw]")  # "Chowdhary"/"Chaudhary", "Rahman"/"Rehman": romanisation letters
SHARED = 2  # sources writing one romanisation that make it a shared spelling, not a slip


def fold(name: str) -> str:
    """Case- and script-insensitive form: 'Łukašenka' -> 'lukasenka', 'DuPont' -> 'dupont'."""
    if not name.isascii():
        from anyascii import anyascii  # on first use: it imports importlib.resources (~7 ms)

        name = anyascii(name)
    return " ".join(name.casefold().replace("’", "'").split())


def listed_names(names: Iterable[tuple[str, list[str]]]) -> set[str]:
    """The folded accepted names of the entities that are not automatic name frames, from
    (entity id, accepted names) pairs: the names extraction leaves to the entity finder."""
    return {fold(n) for key, accepted in names if not is_auto_name(key) for n in accepted}


def name_slug(name: str) -> str:
    """The slug of a name for frame ids: 'Tang Xiaoming' -> 'tang-xiaoming'."""
    return _NOT_SLUG.sub("-", fold(name)).strip("-") or "x"


def name_frame(name: str) -> str:
    """The frame id of the cluster whose dominant spelling is `name`."""
    return auto_frame(Family.NAME, name_slug(name))


def is_auto_name(ident: str | None) -> bool:
    """True for an automatic name frame id."""
    return in_family(ident, Family.NAME)


def quote_frame(speaker: str) -> str:
    """The statement frame for quotations of `speaker` (an entity id or an auto name frame)."""
    slug = frame_slug(speaker, Family.NAME) if is_auto_name(speaker) else name_slug(speaker)
    return auto_frame(Family.QUOTE, slug)


def skeleton(word: str) -> str:
    """A word's consonant skeleton: its first letter, then its consonants without romanisation
    letters (h, w) or doubling. Spellings from one pronunciation share it ('Chowdhary',
    'Chaudhary', 'Choudhary' -> 'cdr'; 'Ahmed', 'Ahmad' -> 'amd')."""
    folded = re.sub(r"[^a-z]", "", fold(word))
    if not folded:
        return ""
    rest = _SILENT.sub("", _VOWELS.sub("", folded[1:]))
    return folded[0] + re.sub(r"(.)\1+", r"\1", rest)


def transliterated(variant: str, canonical: str, *, umlauts: bool = False) -> bool:
    """True when `variant` differs from `canonical` as romanisations do: word for word the same
    consonant skeleton, with letters changed, or with an aspirate's h, a doubled consonant or an
    inherent a written or left out ('Ahmed'/'Ahmad', 'Chowdhary'/'Chaudhary',
    'Bhubaneshwar'/'Bhubaneswar', 'Panno'/'Pano', 'Mamata'/'Mamta', a long vowel doubled or not
    ('Meena'/'Mina', 'Pooja'/'Puja') yes; 'Xioming' for 'Xiaoming'
    no: a vowel beside a vowel is missing). A changed last vowel is no romanisation:
    it makes another form of a name ('Patra'/'Patro', 'Maria'/'Mario'). An e after a, o or u is
    an umlaut written out only with `umlauts` (a spelling of the name has ä, ö or ü:
    'Duesseldorf' beside 'Düsseldorf'; 'Manul' for 'Manuel' is a slip)."""
    a, b = fold(variant).split(), fold(canonical).split()
    if len(a) != len(b) or a == b:
        return False
    return all(x == y or _romanised(x, y, umlauts) for x, y in zip(a, b, strict=True))


def has_umlaut(names: Iterable[str]) -> bool:
    """Whether any of these spellings writes a German umlaut (ä, ö, ü)."""
    return any(letter in "äöüÄÖÜ" for name in names for letter in name)


_CONSONANT = lazy(r"[b-df-hj-np-tv-z]")


# a long vowel written doubled or single: "Meena"/"Mina", "Deepak"/"Dipak", "Pooja"/"Puja"
_LONG_VOWELS = (("ee", "i"), ("oo", "u"), ("aa", "a"))


def short_vowels(word: str) -> str:
    """A word with its doubled long vowels written single (ee as i, oo as u, aa as a)."""
    for long, short in _LONG_VOWELS:
        word = word.replace(long, short)
    return word


def _romanised(x: str, y: str, umlauts: bool = False) -> bool:
    """One word written two ways by romanisation (see `transliterated`)."""
    if doubling_moved(x, y):
        return False
    short_x, short_y = short_vowels(x), short_vowels(y)
    if (short_x, short_y) != (x, y):
        return short_x == short_y or _romanised(short_x, short_y, umlauts)
    if skeleton(x) != skeleton(y) or (x[-1] != y[-1] and x[-1] in "aeou" and y[-1] in "aeou"):
        return False
    ops = Levenshtein.editops(x, y)
    return bool(ops) and all(
        op.tag == "replace"
        or _romanisation_letter(*((x, op.src_pos) if op.tag == "delete" else (y, op.dest_pos)), umlauts)
        for op in ops
    )


def doubling_moved(x: str, y: str) -> bool:
    """Two words of one length that differ in one letter, where one doubles that letter's left
    neighbour and the other its right one ("Isaacs"/"Issacs"): a typist's finger doubled the
    wrong letter. A romanisation writes a long vowel doubled or single, or a consonant doubled
    or single, and so changes a word's length ("Meena"/"Mina", "Panno"/"Pano"), never
    trading one doubling for the other."""
    if len(x) != len(y):
        return False
    diff = [k for k, (a, b) in enumerate(zip(x, y, strict=True)) if a != b]
    if len(diff) != 1 or not 0 < diff[0] < len(x) - 1:
        return False
    k = diff[0]
    return (x[k] == x[k + 1] and y[k] == y[k - 1]) or (x[k] == x[k - 1] and y[k] == y[k + 1])


def _romanisation_letter(word: str, at: int, umlauts: bool = False) -> bool:
    """Whether the letter at `at`, written in one spelling and not the other, is one that
    romanisations write or leave out: an aspirate's h after a consonant ('Chhapra'/'Chapra'), a
    doubled consonant ('Panno'/'Pano'), or the inherent a between two consonants ('Mamata'/'Mamta');
    with `umlauts`, an e after a, o or u, a German umlaut written out ('Duesseldorf'/'Dusseldorf'); another
    vowel dropped beside a vowel is a slip ('Xioming')."""
    letter, before, after = word[at], word[at - 1 : at], word[at + 1 : at + 2]
    if letter == "h":
        return bool(before) and _CONSONANT.match(before) is not None
    if _CONSONANT.match(letter):
        return letter in (before, after)
    # not the ending -ael, -oel, -uel of names that are no umlaut ("Michael"/"Michal", "Rafael"/"Rafal")
    ending = word[at + 1 :] == "l"
    if (
        umlauts
        and letter == "e"
        and before in ("a", "o", "u")
        and not (after and after in "aeiouy")
        and not ending
    ):
        return True  # an umlaut written out: "Duesseldorf" for "Düsseldorf", "Dusseldorf"
    both = bool(before and after) and all(_CONSONANT.match(c) for c in (before, after))
    return letter == "a" and both


def _is_run(words: list[str], name: str) -> bool:
    """True when `words` are a contiguous run of the words of `name`."""
    full = fold(name).split()
    n = len(words)
    return n > 0 and any(full[i : i + n] == words for i in range(len(full) - n + 1))


def derived_entities(claims: Iterable[Claim]) -> dict[str, Entity]:
    """An entity for every automatic name frame the mentions use: canonical is the spelling whose
    slug is the frame's (the dominant one), transliterations are spellings romanised otherwise
    that as many sources use; other spellings stay unaccepted, so FC401 reports them."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    backers: dict[tuple[str, str], set[str]] = defaultdict(set)  # (frame, folded spelling) -> sources
    for claim in claims:
        if isinstance(claim, MentionClaim) and is_auto_name(claim.entity):
            spellings[claim.entity][claim.text] += 1
            backers[(claim.entity, fold(claim.text))].add(claim.source)
    entities = {}
    for frame, counts in spellings.items():
        slug = frame_slug(frame, Family.NAME)
        ranked = [t for t, _ in counts.most_common()]
        canonical = next((t for t in ranked if name_slug(t) == slug), ranked[0])
        behind = backers[(frame, fold(canonical))]
        # and those writing a run of it ("Grenfell Tower" for London Grenfell Tower): a source
        # writing the name, whole or shortened, is no romaniser of it
        runs = [t for t in ranked if t == canonical or _is_run(fold(t).split(), canonical)]
        writers = set().union(*(backers[(frame, fold(t))] for t in runs))
        # a romanisation is a source's choice: none of its sources writes both, and as many
        # sources make it, or two or more do, or it is written so more than once (outlets do not
        # repeat one another's slips, nor their own: "Bhubaneshwar" in two reports beside
        # "Bhubaneswar" in four, "Masrakh" twice in one report beside "Mashrakh" in three)
        transliterations = sorted(
            {
                t
                for t in ranked
                if not _is_run(fold(t).split(), canonical)
                and _transliterates_a_run(
                    t,
                    canonical,
                    umlauts=has_umlaut(ranked) or _umlaut_written_out(t, len(backers[(frame, fold(t))])),
                )
                and (len(backers[(frame, fold(t))]) >= min(len(behind), SHARED) or counts[t] >= SHARED)
                and not backers[(frame, fold(t))] & writers
            }
        )
        # the canonical name, or a run of it, with accents written or not ("São Paulo", "Sao
        # Paulo"; "Brasília", "Brasilia"): outlets' type, not another spelling
        aliases = sorted(
            {t for t in ranked if not t.isascii() or not canonical.isascii()}
            & {t for t in ranked if t != canonical and _is_run(fold(t).split(), canonical)}
        )
        entities[frame] = Entity(
            id=frame,
            kind=EntityKind.OTHER,
            canonical=canonical,
            aliases=aliases,
            transliterations=transliterations,
            note="derived from the spellings the sources use (no entity list)",
        )
    return entities


_WRITTEN_OUT = lazy(r"[aou]e(?![aeiouy])")


def _umlaut_written_out(spelling: str, sources: int) -> bool:
    """Whether a spelling writes an umlaut out (an e after a, o or u: "Eyjafjallajoekull" for
    the ö of Eyjafjallajökull) in SHARED sources or more, when no report prints the umlaut
    itself: outlets share a house romanisation ("Eyjafjallajoekull" in three reports beside
    "Eyjafjallajokull" in four), while a dropped e is one report's slip ("Manul" for Manuel:
    the spelling with the e is the name's, and one report writes the other)."""
    return sources >= SHARED and _WRITTEN_OUT.search(fold(spelling)) is not None


def _transliterates_a_run(variant: str, canonical: str, *, umlauts: bool = False) -> bool:
    """`variant` is a romanisation of some run of the canonical name's words ('Ahmad' of 'Zaki Ahmed')."""
    words = canonical.split()
    size = len(variant.split())
    return any(
        transliterated(variant, " ".join(words[i : i + size]), umlauts=umlauts)
        for i in range(len(words) - size + 1)
    )
