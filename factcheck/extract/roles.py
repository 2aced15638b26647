"""People's roles: what a report says a named person is. A title before the name ("Fire
Commissioner Dany Cotton", "coach Lena Marsh"), an appositive after it ("Dany Cotton, the London
fire commissioner,", "Maria Lopez, a 47-year-old nurse,", "Anna Weber, president of the Red
Cross") or before it ("the driver, Tom Baker,"), or what the person was doing ("X, who was
driving"). Each becomes a relation candidate of frame `auto.role.<the person's name cluster>`,
so the roles reports give one person meet; `role_conflict` says when two of them cannot both be
right (FC505). The role words, their groups, ranks and synonyms live in data/roles.yaml.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from importlib import resources

import msgspec

from factcheck.extract.text import Found, Sentences
from factcheck.lazyre import lazy
from factcheck.model.ids import Family, auto_frame, frame_slug, in_family
from factcheck.model.names import name_slug
from factcheck.wordlists import phrase_alternation, word_list
from factcheck.yamlio import parse_data_file

PREDICATE = "role"
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*$")
_POSSESSIVE = re.compile(r"[\w.-]+(?:'s|’s|s'|s’)$", re.IGNORECASE)
_AGE = lazy(r"^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old$", re.IGNORECASE)
# a tail naming whose role it is ("president of the Red Cross", "spokesman for Yeti Airlines")
_OF_TAIL = lazy(r"\s+(?:of|for|at|with|in|on)\s+.*$", re.DOTALL)
# a proper name's "of" tail after a role ("the mayor of Lampedusa", "the president of the Red Cross")
# (one word after another, never split inside a word: a long capitalised run is read in one pass)
_PROPER_TAIL = lazy(r"\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s*$")
# words after the appositive that end it ("X, the driver, said ...")
_APPOSITIVE = re.compile(
    r",\s*(?:(?:aged\s+)?\d{1,3},\s*)?(?P<np>[^,;:()\"“”\n]{1,90}?)(?=\s*(?:[,;:()]|\.(?:\s|$)|$))"
)


class RoleTable(msgspec.Struct, frozen=True):
    """data/roles.yaml read once: role nouns by group, synonyms, ranks, qualifiers, past words."""

    groups: dict[str, str]  # canonical role noun -> its group
    exclusive: frozenset[str]  # groups of which one person holds one role at a time
    synonyms: dict[str, str]  # a role noun -> the canonical form
    ranks: frozenset[str]
    kinds: frozenset[str]  # qualifiers that say which one ("bus", "fire")
    standing: frozenset[str]  # qualifiers that never change the role ("head", "senior")
    past: frozenset[str]
    acts: dict[str, str]
    passive_acts: dict[str, str]  # "driven" (by X) -> driver
    longest: int  # most words in one role noun
    one_holder: frozenset[str]  # roles one person holds at a time in a story ("the coach")
    noun_words: frozenset[str] = frozenset()  # every word of a role noun ("keyboard", "player")
    last_words: frozenset[str] = frozenset()  # words a role phrase may end with ("player", "keyboardist")
    sexes: dict[str, tuple[str, str]] = {}  # a sexed noun -> (the role for anyone, "man" or "woman")
    noun_ranks: dict[str, frozenset[str]] = {}  # words that are ranks before one noun only
    bodies: frozenset[str] = frozenset()  # nouns of bodies a post belongs to ("school", "company")
    owned_heads: frozenset[str] = frozenset()  # heads one country or body has at a time ("president")
    unsettled_heads: frozenset[str] = frozenset()  # "interim", "acting", "de facto": a head for now

    def canonical(self, noun: str) -> str:
        """The canonical form of a role noun ("spokeswoman" -> "spokesperson")."""
        return self.synonyms.get(noun, noun)

    def is_noun(self, words: tuple[str, ...]) -> bool:
        """True when these words are one role noun."""
        return self.canonical(" ".join(words)) in self.groups

    def acceptable(self, word: str) -> bool:
        """A lower-case word that may stand in a role phrase."""
        return (
            word in self.ranks
            or word in self.kinds
            or word in self.standing
            or word in self.past
            or word in self.noun_words
            or self.is_noun((word,))
        )


@functools.cache
def role_table() -> RoleTable:
    """The bundled role table (data/roles.yaml, plus the posts and offices word lists)."""
    text = resources.files("factcheck.extract").joinpath("data/roles.yaml").read_text(encoding="utf-8")
    data = parse_data_file(text, "roles.yaml") or {}
    synonyms: dict[str, str] = {}
    for line in data.get("synonyms") or []:
        words = [str(w).lower() for w in line]
        synonyms.update(dict.fromkeys(words, words[0]))
    groups: dict[str, str] = {}
    exclusive: set[str] = set()
    for name, group in (data.get("groups") or {}).items():
        if group.get("exclusive"):
            exclusive.add(str(name))
        for noun in group.get("nouns") or []:
            groups.setdefault(synonyms.get(str(noun).lower(), str(noun).lower()), str(name))
    # roles one person holds at a time in one body (offices.txt, posts.txt): role nouns too
    for noun in word_list("offices") | word_list("posts"):
        groups.setdefault(synonyms.get(noun.lower(), noun.lower()), "posts")
    sexes: dict[str, tuple[str, str]] = {}
    for line in data.get("sexed") or []:
        anyone, man, woman = (str(w).lower() for w in line)
        sexes.update({man: (anyone, "man"), woman: (anyone, "woman")})
    posts = {synonyms.get(n.lower(), n.lower()) for n in word_list("posts")}
    one_holder = posts | {synonyms.get(str(n).lower(), str(n).lower()) for n in data.get("one_holder") or []}
    qualifiers = data.get("qualifiers") or {}
    return RoleTable(
        groups=groups,
        exclusive=frozenset(exclusive),
        synonyms=synonyms,
        ranks=frozenset(str(w).lower() for w in data.get("ranks") or []),
        kinds=frozenset(str(w).lower() for w in qualifiers.get("kinds") or []),
        standing=frozenset(
            str(w).lower() for w in [*(qualifiers.get("standing") or []), *(qualifiers.get("levels") or [])]
        ),
        past=frozenset(str(w).lower() for w in data.get("past") or []),
        acts={str(k).lower(): str(v).lower() for k, v in (data.get("acts") or {}).items()},
        passive_acts={str(k).lower(): str(v).lower() for k, v in (data.get("passive_acts") or {}).items()},
        longest=max((len(n.split()) for n in groups), default=1),
        one_holder=frozenset(one_holder),
        noun_words=frozenset(w for noun in groups for w in noun.split()),
        last_words=frozenset(noun.split()[-1] for noun in groups)
        | frozenset(word for word, canonical in synonyms.items() if canonical in groups),
        sexes=sexes,
        noun_ranks={
            synonyms.get(str(noun).lower(), str(noun).lower()): frozenset(str(w).lower() for w in words or [])
            for noun, words in (data.get("noun_ranks") or {}).items()
        },
        bodies=frozenset(str(w).lower() for w in data.get("bodies") or []),
        owned_heads=frozenset(
            synonyms.get(str(w).lower(), str(w).lower()) for w in data.get("owned_heads") or []
        ),
        unsettled_heads=frozenset(str(w).lower() for w in data.get("unsettled_heads") or []),
    )


class Role(msgspec.Struct, frozen=True):
    """One role read from a phrase: its noun, rank words, qualifiers and whether it is past."""

    noun: str
    ranks: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    past: bool = False
    words: tuple[str, ...] = ()  # the phrase as kept, in order (what the claim's item says)
    sex: str = ""  # "man" or "woman" when the noun as written says it ("headmistress"), else ""

    @property
    def text(self) -> str:
        """The role as one phrase ("former assistant coach")."""
        return " ".join(self.words)


def parse_role(words: list[str], table: RoleTable | None = None) -> Role | None:
    """The role these lower-case words name, or None: the last words must be a role noun, the
    rest rank words, qualifiers or past words ("ex-coach", "the bus driver" without "the")."""
    table = table or role_table()
    words = [part for word in words for part in _split_ex(word)]
    for size in range(min(table.longest, len(words)), 0, -1):
        tail = tuple(words[-size:])
        if not table.is_noun(tail):
            continue
        before = words[:-size]
        if not all(table.acceptable(w) for w in before):
            return None
        written = " ".join(tail)
        noun = table.canonical(written)
        sexed = table.sexes.get(written)
        ranks = table.ranks | table.noun_ranks.get(noun, frozenset())
        return Role(
            noun=noun,
            ranks=frozenset(w for w in before if w in ranks),
            kinds=frozenset(w for w in before if w in table.kinds),
            past=any(w in table.past for w in before),
            # a sexed noun is kept as written: its synonym for anyone would lose what it says
            words=(*before, written if sexed else noun),
            sex=sexed[1] if sexed else "",
        )
    return None


def _split_ex(word: str) -> list[str]:
    """'ex-coach' -> ['ex', 'coach']; other words as they are."""
    return ["ex", word[3:]] if word.startswith("ex-") and len(word) > 3 else [word]


def role_conflict(a: Role, b: Role, table: RoleTable | None = None) -> str | None:
    """Why one person cannot hold both roles, or None when they can: a past role never conflicts;
    one noun at two ranks ("coach", "assistant coach") does, and one noun of an exclusive group
    of two kinds sharing no word ("bus driver", "truck driver"); two nouns do only when one
    exclusive group holds both ("police chief" and "police chief inspector" conflict: a
    word-subset exemption also passed "goalkeeper" for "goalkeeper coach", and no data list
    tells a rank title holding a post from two posts, so there is none)."""
    table = table or role_table()
    if a.past or b.past:
        return None
    if _other_sex(a, b, table):
        return f"another sex: a {a.words[-1]} is a {a.sex}, a {b.words[-1]} a {b.sex}"
    group = table.groups.get(a.noun, "")
    exclusive = group in table.exclusive
    if a.noun == b.noun:
        if a.ranks != b.ranks:
            return "another rank"
        if exclusive and a.kinds and b.kinds and not a.kinds & b.kinds:
            return "another kind"  # a bus driver is no truck driver; a district official may be a rescue one
        return None
    if exclusive and group == table.groups.get(b.noun):
        return f"one person is one {group.replace('-', ' ')} role"
    return None


def _other_sex(a: Role, b: Role, table: RoleTable) -> bool:
    """Whether the two roles are one role written for a man and for a woman ("headmaster",
    "headmistress"; "spokesman", "spokeswoman"): data/roles.yaml `sexed`."""
    if not (a.sex and b.sex) or a.sex == b.sex:
        return False
    return table.sexes[a.words[-1]][0] == table.sexes[b.words[-1]][0]


def find_roles(
    text: str, mentions: list[Found], sentences: Sentences, others: Sequence[Found] = ()
) -> list[Found]:
    """A relation candidate for each role the text gives a named person. A role whose words
    would hold another relation of `others` (a place's kind: "the mayor of Minxian County, X")
    is given the name's span alone, so that relation is not taken for part of the role."""
    table = role_table()
    found: list[Found] = []
    # a surname alone ("Deshmukh, superintendent") is the clustered person only when this text
    # names that person in full too: two people may share a surname ("Dr S Deshmukh")
    named_in_full = {m.fields.get("entity") for m in mentions if len(text[m.start : m.end].split()) > 1}
    for mention in mentions:
        person = _person(mention)
        alone = len(text[mention.start : mention.end].split()) == 1
        if person is None or (alone and mention.fields.get("entity") not in named_in_full):
            continue
        led = _role_led(text, mention, table)
        if led is not None:
            found.append(led)
            continue
        start, end = sentences.span_at(mention.start)
        for role, span, how in _roles_at(text, mention, (start, end), table):
            if any(span[0] <= o.start and o.end <= span[1] for o in others):
                span = (mention.start, mention.end)
            found.append(_found(text, span, role, person, how, mention))
    return found + find_posts(text, table)


POST = "post"  # the slug that starts a post's frame: auto.role.post.<role for anyone>.<body>


def find_posts(text: str, table: RoleTable | None = None) -> list[Found]:
    """A relation candidate for each one-holder post whose holder the text names by a sexed
    noun with no name ("the school's headmaster", "the headmistress of the village school", "the
    school headmaster"), framed by the post and its body, so reports giving the one holder both
    sexes meet (FC505). Only the sex is compared there: a body has many roles, each its own post."""
    table = table or role_table()
    found = []
    for pattern in _post_patterns():
        for match in pattern.finditer(text):
            written, noun = match.group("role").lower(), match.group("body").lower()
            if _several_bodies(text, noun):
                continue
            body = " ".join((*match.group("mods").split(), noun)).lower()
            anyone, sex = table.sexes[written]
            slug = f"{POST}.{name_slug(anyone)}.{name_slug(body)}"
            fields = {
                "relation": auto_frame(Family.ROLE, slug),
                "predicate": PREDICATE,
                "agent": slug,
                "item": written,
            }
            why = (
                f"the {body}'s {written}, a noun for a {sex}, names the one holder of a post with no "
                f"name; frame: the post {anyone} of the {body}"
            )
            extras: dict[str, object] = {"why": why, "role": True}
            found.append(Found("relation", match.start(), match.end(), fields, extras=extras))
    return sorted(found, key=lambda f: f.start)


def _several_bodies(text: str, noun: str) -> bool:
    """Whether a text names more than one body of a noun ("a primary school and a secondary
    school", "two schools"): then a post of "the school" may be either's."""
    if re.search(rf"\b{re.escape(noun)}(?:s|es)\b", text, re.IGNORECASE):
        return True
    kinds = {
        m.group(1).lower()
        for m in re.finditer(rf"\b([a-z][a-z-]*)\s+{re.escape(noun)}\b", text)
        if m.group(1).lower() not in _DETERMINERS
    }
    return len(kinds) > 1


# words before a body noun that name no kind of body ("the school", "their school")
_DETERMINERS = frozenset(
    {"a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "one", "same"}
)


def is_post(agent: str | None) -> bool:
    """Whether a role claim's agent is an unnamed post's holder (`find_posts`), not a person."""
    return bool(agent) and str(agent).startswith(POST + ".")


def holder_label(agent: str) -> str:
    """How a finding names a role's holder: the person's name cluster, or an unnamed post's
    holder as "the school's head teacher"."""
    if not is_post(agent):
        return agent
    _, post, body = agent.split(".", 2)
    return f"the {body.replace('-', ' ')}'s {post.replace('-', ' ')}"


@functools.cache
def _post_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'the school's headmaster' / 'the school headmaster', and 'the headmistress of the (village)
    school': a sexed one-holder noun with the body (roles.yaml `bodies`) it belongs to."""
    table = role_table()
    nouns = [
        w
        for w, (anyone, _) in table.sexes.items()
        if table.canonical(w) in table.one_holder or anyone in table.one_holder
    ]
    role = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) or "(?!)"
    body = "|".join(re.escape(b) for b in sorted(table.bodies)) or "(?!)"
    modifiers = (
        r"(?P<mods>(?:[a-z][a-z-]*\s+){0,2})"  # "the (government) school", "the (village primary) school"
    )
    before = rf"\b(?i:the)\s+{modifiers}(?P<body>{body})(?:['’]s)?\s+(?P<role>(?i:{role}))\b"
    after = rf"\b(?i:the)\s+(?P<role>(?i:{role}))\s+(?:of|at)\s+(?:the|this|that|a)\s+{modifiers}(?P<body>{body})\b(?![\w'’-])"
    return re.compile(before), re.compile(after)


def _role_led(text: str, mention: Found, table: RoleTable) -> Found | None:
    """A name found with a role noun before it, capitalised at a sentence start ("Accordionist
    Ana Reis"): the role, and the person framed by the rest of the name."""
    first, _, rest = text[mention.start : mention.end].partition(" ")
    role = parse_role([first.lower()], table)
    if role is None or len(rest.split()) < 2:
        return None
    person = Found("mention", mention.end - len(rest), mention.end, {"entity": name_slug(rest)})
    return _found(text, (mention.start, mention.end), role, name_slug(rest), "title before the name", person)


def _person(mention: Found) -> str | None:
    """The slug a person's roles are framed by: the name cluster, or a curated entity's id."""
    entity = str(mention.fields.get("entity") or "")
    if not entity:
        return None
    return frame_slug(entity, Family.NAME) if in_family(entity, Family.NAME) else name_slug(entity)


def _roles_at(
    text: str, mention: Found, sentence: tuple[int, int], table: RoleTable
) -> list[tuple[Role, tuple[int, int], str]]:
    """The roles written next to one name: before it, after it, or as what the person did."""
    out = []
    before = text[sentence[0] : mention.start]
    titled = _title(before, table)
    if titled is not None:
        out.append((titled[0], (mention.start - titled[1], mention.end), "title before the name"))
    fronted = _fronted(before, table)
    if fronted is not None:
        out.append((fronted[0], (mention.start - fronted[1], mention.end), "appositive before the name"))
    done = _done_by(before, table)
    if done is not None:
        out.append((done[0], (mention.start - done[1], mention.end), "what the person was doing"))
    after = text[mention.end : sentence[1]]
    behind = _appositive(after, table)
    if behind is not None:
        out.append((behind[0], (mention.start, mention.end + behind[1]), "appositive after the name"))
    acted = _act(after, table)
    if acted is not None:
        out.append((acted[0], (mention.start, mention.end + acted[1]), "what the person was doing"))
    return out


def _walk(words: list[str], table: RoleTable) -> tuple[list[str], int]:
    """The trailing words that may form a role phrase (lower-cased, proper words and possessives
    left out) and how many of the given words they take, walking from the right."""
    taken = 0
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        bare = word.rstrip(".").lower()
        if not _TOKEN.match(word) or (
            bare in word_list("stopwords") and not _stop_in_role(words, index, table)
        ):
            break  # "When Kazakh President X": a function word starts no role
        proper = word[0].isupper() and not table.acceptable(bare)
        if not (table.acceptable(bare) or proper or _POSSESSIVE.match(word)):
            break
        taken += 1
    kept = [
        w.rstrip(".").lower()
        for w in words[len(words) - taken :]
        if table.acceptable(w.rstrip(".").lower()) and not _POSSESSIVE.match(w)
    ]
    return kept, taken


def _stop_in_role(words: list[str], index: int, table: RoleTable) -> bool:
    """Whether a stop word stands in the role phrase ("Under Secretary X", "the then mayor, X,"):
    a rank or past word of roles.yaml, capitalised as part of a title, or right after a determiner
    or at the phrase's start ("X, then mayor,"), never in running text ("trapped under the fire
    commissioner", "and then Mayor X"). A rank capitalised before a word in lower case has its
    sentence's capital, no title's ("Under manager Claudio Ranieri, Leicester have …"), while a
    past word keeps its meaning there ("Then chairman Ed Lowe" is the chairman of that time)."""
    word = words[index]
    bare = word.rstrip(".").lower()
    if not table.acceptable(bare):
        return False
    if word[0].isupper():
        positional = index + 1 < len(words) and words[index + 1][:1].islower()
        return not (positional and bare in table.ranks)
    return index == 0 or words[index - 1].lower() in word_list("determiners")


def _title(before: str, table: RoleTable) -> tuple[Role, int] | None:
    """'Fire Commissioner ' / 'assistant coach ' right before the name: the role and its length."""
    if not before or not before[-1].isspace() or before.rstrip().endswith((",", ";", ":")):
        return None
    words = before.split()[-6:]
    kept, taken = _walk(words, table)
    if not taken or not kept or words[-1].rstrip(".").lower() not in table.last_words:
        return None
    role = parse_role(kept, table)
    return None if role is None else (role, len(before) - _offset(before, words, taken))


def _fronted(before: str, table: RoleTable) -> tuple[Role, int] | None:
    """'the driver, ' / 'the 47-year-old driver, ' / 'the mayor of Lampedusa, ' right before the
    name (an appositive that names the role first)."""
    stripped = before.rstrip()
    if not stripped.endswith(","):
        return None
    phrase = stripped[:-1]
    for candidate in (phrase, _PROPER_TAIL.sub("", phrase)):
        words = candidate.split()[-7:]
        kept, taken = _walk(words, table)
        lead = len(words) - taken - 1
        if lead >= 0 and _AGE.match(words[lead]):
            lead -= 1
        if not taken or lead < 0 or words[lead].lower() not in word_list("determiners"):
            continue  # "the driver," needs its determiner: a bare "driver," may end a list
        role = parse_role(kept, table)
        if role is not None:
            return role, len(before) - _offset(candidate, words, len(words) - lead)
    return None


def _appositive(after: str, table: RoleTable) -> tuple[Role, int] | None:
    """', the London fire commissioner' / ', a 47-year-old nurse' / ', president of the Red Cross'."""
    match = _APPOSITIVE.match(after)
    if match is None:
        return None
    phrase = _OF_TAIL.sub("", match.group("np")).rstrip()
    words = phrase.split()
    if words and words[0].lower() in word_list("determiners"):
        words = words[1:]
    if words and _AGE.match(words[0]):
        words = words[1:]
    kept, taken = _walk(words, table)
    if not words or taken != len(words) or not kept:
        return None
    role = parse_role(kept, table)
    # the claim ends with the role: "Zhu Wen, a farmer" (its "in Meichuan County" is another claim's)
    return None if role is None else (role, match.start("np") + len(phrase))


def _act(after: str, table: RoleTable) -> tuple[Role, int] | None:
    """', who was driving' / ' was driving': the role the act makes (data/roles.yaml `acts`)."""
    match = _act_patterns()[0].match(after)
    if match is None:
        return None
    noun = table.canonical(table.acts[" ".join(match.group("act").lower().split())])
    return Role(noun=noun, words=(noun,)), match.end()


@functools.cache
def _act_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The act after a name and the passive act before one, compiled once."""
    table = role_table()
    acts = phrase_alternation(table.acts) or "(?!)"
    after = re.compile(rf"(?:,\s*who)?\s+(?:was|is|had\s+been|has\s+been)\s+(?P<act>{acts})\b", re.IGNORECASE)
    passive = "|".join(re.escape(w) for w in sorted(table.passive_acts)) or "(?!)"
    before = re.compile(rf"\b(?P<act>{passive})\s+by\s+$", re.IGNORECASE)
    return after, before


def _done_by(before: str, table: RoleTable) -> tuple[Role, int] | None:
    """'driven by ' right before the name: the role the act makes (roles.yaml `passive_acts`)."""
    match = _act_patterns()[1].search(before[-40:])
    if match is None:
        return None
    noun = table.canonical(table.passive_acts[match.group("act").lower()])
    return Role(noun=noun, words=(noun,)), len(before[-40:]) - match.start()


def _offset(text: str, words: list[str], count: int) -> int:
    """Where the last `count` of `words` (the text's trailing words) start in `text`."""
    position = len(text.rstrip())
    for word in reversed(words[len(words) - count :]):
        position = text.rfind(word, 0, position)
    return position


def _found(text: str, span: tuple[int, int], role: Role, person: str, how: str, mention: Found) -> Found:
    fields = {
        "relation": auto_frame(Family.ROLE, person),
        "predicate": PREDICATE,
        "agent": person,
        "item": role.text,
    }
    name = text[mention.start : mention.end]
    why = f"{name} is {role.text} ({how}); frame: the person's name cluster {person}"
    return Found("relation", span[0], span[1], fields, extras={"why": why, "role": True})
