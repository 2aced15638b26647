"""How claims from different sources meet under automatic frames, told for `rules explain`: the
frame families, their cue words and comments from frames.yaml and times.yaml, agency
attribution and running-figure decisions, so an editor can see why two claims were compared."""

from __future__ import annotations

import re
import textwrap
from functools import cache
from importlib import resources

from factcheck.extract.frames import FrameTable, default_table, frames_data
from factcheck.extract.times import TimeTable, default_times
from factcheck.lazyre import LazyPattern

_KEY = re.compile(r"^  (?P<key>[\w-]+):\s*(?:#\s*(?P<why>.*))?$")
_SECTION = re.compile(r"^(?P<section>[\w-]+):")
WIDTH = 96


@cache
def _comments() -> dict[tuple[str, str], str]:
    """(section, key) -> the comment written after the key in frames.yaml (the role's meaning)."""
    text = resources.files("factcheck.extract").joinpath("data/frames.yaml").read_text(encoding="utf-8")
    found: dict[tuple[str, str], str] = {}
    section = ""
    for line in text.splitlines():
        top = _SECTION.match(line)
        if top is not None:
            section = top["section"]
            continue
        key = _KEY.match(line)
        if key is not None and key["why"]:
            found[(section, key["key"])] = key["why"].strip()
    return found


def _cues(pattern: LazyPattern) -> str:
    """The cue words of a compiled cue pattern, as written in the data file."""
    body = pattern.pattern.split("(?:", 1)[1].rsplit(")(?!", 1)[0]
    return ", ".join(sorted(w.replace(r"\s+", " ").replace("\\", "") for w in body.split("|")))


def _entry(name: str, comment: str, cues: str, flags: list[str]) -> list[str]:
    head = f"  {name}" + (f" ({comment})" if comment else "") + (f" [{', '.join(flags)}]" if flags else "")
    return [head, *textwrap.wrap(f"cues: {cues}", WIDTH, initial_indent="      ", subsequent_indent="      ")]


def _counts(table: FrameTable) -> list[str]:
    notes = _comments()
    lines = ["Counts meet as auto.count.<role>; the role is read from the counted noun, else the nearest"]
    lines.append("governing verb or noun (frames.yaml `counts`, `nouns`):")
    for role, (pattern, running) in table.roles.items():
        lines += _entry(
            role,
            notes.get(("counts", role), ""),
            _cues(pattern),
            ["running figure"] * running
            + ["tally: only grows"] * (role in table.tallies)
            + ["counted noun only"] * (role in table.noun_only),
        )
    nouns = ", ".join(f"{noun} → {role}" for noun, role in table.nouns.items())
    lines += textwrap.wrap(f"Nouns that name a role on their own: {nouns}", WIDTH, subsequent_indent="  ")
    lines += textwrap.wrap(
        "A count no role names is framed by its own words: its counted noun and the participle"
        " acting on it (“13 miners trapped”, “flooded 200 homes” → auto.count.miners-trapped,"
        " homes-flooded; a running figure), so reports of an event type nobody wrote cues for"
        " still meet while a different noun or verb never does; a building count's own verb beats"
        " its default role. Without both words, or with one of frames.yaml `generic_nouns`"
        f" ({', '.join(sorted(table.generic_nouns))}), it gets no frame. An ordinal counts nothing.",
        WIDTH,
        subsequent_indent="  ",
    )
    settled = ", ".join(sorted(n for n, running in table.thing_nouns.items() if not running))
    return lines + _paragraph(
        "A count of places, institutions or vehicles (frames.yaml `thing_nouns`:"
        f" {', '.join(sorted(table.thing_nouns))}) is auto.count.<noun> whatever cue is near it:"
        " “taken to 10 hospitals” never meets the hospitalised or the dead. Settled (a gap is a"
        f" conflict at any time): {settled}; the others are running figures."
    )


def _paragraph(text: str) -> list[str]:
    """One explanation wrapped to WIDTH, its later lines indented."""
    return textwrap.wrap(text, WIDTH, subsequent_indent="  ")


def _unframed(table: FrameTable) -> list[str]:
    """Figures that get no frame: forecasts, and measures after a change."""
    lines: list[str] = []
    if table.forecast is not None:
        lines += _paragraph(
            f"Forecasts: a figure after {_cues(table.forecast)} in its clause (frames.yaml"
            " `forecast`) tells of what may happen, gets no frame and is never compared."
        )
    if table.changed is not None:
        lines += _paragraph(
            f"Later readings: a measure after {_cues(table.changed)} in its sentence (frames.yaml"
            " `changed`) is a reading of another moment, gets no frame and is never compared."
        )
    return lines


def _relations() -> list[str]:
    """How place kinds, journeys and people's roles meet (extract/places.py, extract/roles.py)."""
    from factcheck.extract.roles import role_table  # the role data loads only when asked

    table = role_table()
    groups = ", ".join(sorted(table.exclusive))
    return [
        "Places meet as auto.place.<name>: the kind a text gives a place (“Meichuan County”) and",
        "  the unit it puts it in (“Dingxi in Gansu province”); two units of one kind conflict.",
        "  A compass word before it (“west London”) names a part; parts far apart conflict.",
        "Roles meet as auto.role.<name cluster>: the role a text writes next to a person's full",
        "  name (a title before it, an appositive before or after it, “X, who was driving”); a",
        "  surname alone only where the same text names the person in full. Roles conflict only",
        "  at two ranks of one noun, as two kinds of one noun, or as two nouns of one exclusive",
        "  group of extract/data/roles.yaml; a past role never does. Exclusive groups:",
        *textwrap.wrap(groups, WIDTH - 4, initial_indent="    ", subsequent_indent="    "),
        "  A noun that says the holder's sex (roles.yaml `sexed`: headmaster/headmistress,",
        "  spokesman/spokeswoman) conflicts with the other sex's; a noun for anyone agrees with both.",
        "Unnamed posts meet as auto.role.post.<role for anyone>.<body>: a one-holder post written",
        "  with its body and no name (“the school's headmaster”, “the headmistress of the village",
        "  school”; roles.yaml `bodies`); only the holder's sex is compared there.",
        "A journey's origin meets as auto.place.journey.origin: the town after a departure cue",
        "  (places.yaml `departures`: “left from”, “set sail from the port of”); a country or a",
        "  facility is not read, and one name inside another or a respelling is one place.",
    ]


def _measures(table: FrameTable) -> list[str]:
    notes = _comments()
    lines = ["Measures meet as auto.measure.<kind>, from the unit and the cue words near the number:"]
    for kind, pattern in table.measures.items():
        flags = ["per agency"] if kind in table.by_agency else []
        lines += _entry(kind, notes.get(("measures", kind), ""), _cues(pattern), flags)
    lines += [
        "Agency attribution: a measure marked [per agency] gets `.by-<agency>` when its sentence",
        "  says who measured it (“X measured/said/recorded …”, “according to X”, “X's reading of”);",
        "  the agency's initials are its slug (U.S. Geological Survey, USGS → usgs), so readings",
        "  of different agencies never meet and one agency's readings do however it is written.",
        "  “by X”, “, X said” or “X at” right at the reading also name it; a body described in",
        "  lower case (“state media”, “the national seismological centre”) leaves the reading",
        "  unattributed, and a reading set against another (“while”, “but”) does not inherit the",
        "  other's agency. A reading with no agency meets only other readings with no agency.",
        "  Two values of one measure in one sentence (two agencies' readings) stand for no frame",
        "  unless each names its own agency. A bare figure its own text credits to an agency",
        "  elsewhere is that agency's reading.",
    ]
    lines += textwrap.wrap(
        "Depth below ground: a length with a `below-ground` cue is auto.measure.depth.below-ground"
        " (a mine's depth), unless its sentence tells of a quake (then it is the focal `depth`)."
        " Distances: a length from a named place (“49 km from Zhaotong”) or a landmark"
        f" ({', '.join(sorted(table.landmarks))}) is distance.<place>; one into, inside or along"
        f" an enclosed place ({', '.join(sorted(table.interiors))}) is measured from its entrance;"
        f" one from an unnamed {', '.join(sorted(table.settlements))} (“60 km from the state capital”)"
        " is measured from that (`settlements`), unless a name follows (“the capital, Patna”)."
        " A country's border is one mark however the country is named (“from the Russian border”,"
        " “from the border with Russia” → distance.border.rusia); a named coast is its owner's"
        " (“off the Louisiana coast” → distance.louisiana, as “off Louisiana”), an unnamed coast"
        " the shore (“offshore” names none); how far away something was felt, heard or seen (“felt 80 miles"
        " away”) is distance.felt, .heard or .seen (extract/distance_marks.py)."
        " A distance whose clause says how far someone got (frames.yaml `progress`) gets `.reached`."
        " Sizes: a length written at the noun of a thing reports give the size of"
        f" ({', '.join(sorted(set(table.sized_things.values())))}: “the 948-foot container ship”,"
        " “a tornado 1.3 miles wide”) is size.<thing>.<length|width|height|depth>"
        " (frames.yaml `sized_things`, `dimensions`).",
        WIDTH,
        subsequent_indent="  ",
    )
    lines += textwrap.wrap(
        "Ages: an age is the age of the person named right after it (“54-year-old Stacie Fang” →"
        " auto.measure.age.stacie-fang), in years or in months, weeks or days (“six-month-old”); an age"
        " with no name after it (“a 40-year-old farmer”) gets no frame, so ages of different people"
        " never meet. Also read:"
        " “Guzman is 58 years old” and “Higgs, who is (believed to be) 83,” (a bare number only after"
        " “who is”; frames.yaml `age_hedges`). An age after “the” with no name of its own (“The"
        " 28-year-old Russian revealed”, “the 29-year-old's suspension”) is the age of the one person"
        " named in the nearest sentence, its own or up to two before, that names anyone, else (when"
        " those name no one, nor a name of two words no text gives a person's cue) the one person the"
        " text names before it (a name some"
        " text writes with a person's cue: “said”, “, 42,”, a role); none when that sentence names two"
        " people, a person is named after it in its sentence, a thing's noun follows (`aged_things`),"
        " or the text gives that person another age.",
        WIDTH,
        subsequent_indent="  ",
    )
    lines += textwrap.wrap(
        "Temperatures: a reading with its scale (“40.3C”, “49.3°C”, “40 degrees Celsius”; unit °C or"
        " °F; a bare “35 degrees” after a `temperature` cue is unit °; units never compared with each"
        " other) is auto.measure.temperature.<place> only when its clause"
        " names where it was taken (“recorded in Coningsby”, “Coningsby recorded …”), `.low` with a"
        " `temperature-low` cue; a previous record, a change or a gap (“rose by 2C”, “5C warmer”:"
        " `temperature-change`, `temperature-compared` cues) and a reading with no place get no"
        " frame, and a reading below zero no claim (extract/temperatures.py).",
        WIDTH,
        subsequent_indent="  ",
    )
    if table.other_antecedent is not None:
        lines += textwrap.wrap(
            "Other events: a figure whose clause, or the phrase its relative clause hangs on, tells"
            " of an earlier event (frames.yaml `other_event`) gets `.y<year>` or `.other`.",
            WIDTH,
            subsequent_indent="  ",
        )
    if table.secondary is not None:
        lines.append(
            f"Later events: a measure whose clause holds {_cues(table.secondary)} gets `.secondary`."
        )
    return lines


def _shared() -> list[str]:
    return [
        "A figure the sentence dates to another year than the report's gets `.y<year>` (“the 1974",
        "  quake killed 1,400” never meets this year's toll); such a figure, and one of another",
        "  event (`.other`), is settled, never a running figure. A number with no cue gets no frame",
        "  and is never compared (its stand-in is unknown.*). A curated subject always overrides a",
        "  frame; claims/links.yaml splits (not-same) or merges frames.",
    ]


def _running(table: FrameTable) -> list[str]:
    lines = [
        "Running figures (roles marked [running figure]): every figure is as of its report's",
        "  publication time unless its sentence says otherwise. A figure that grows between reports",
        "  published at different times is `figure-updated` (info); the same time with different",
        "  values, or a later lower figure not called a revision, is a conflict.",
    ]
    notes = _comments()
    for group, pattern in table.running.items():
        lines += _entry(group, notes.get(("running", group), ""), _cues(pattern), [])
    if table.partial is not None:
        lines += _entry(
            "partial", "a part of the toll; a broader count may exceed it", _cues(table.partial), []
        )
    return lines


def _events(table: FrameTable, times: TimeTable) -> list[str]:
    notes = _comments()
    lines = ["Dates and times meet as auto.event.<event>, from the nearest event cue in their clause:"]
    for event, pattern in table.events.items():
        flags = ["never compared"] if event in table.uncompared_events else []
        lines += _entry(event, notes.get(("events", event), ""), _cues(pattern), flags)
    lines += textwrap.wrap(
        "A date followed by a relative clause (which, that, who, when, where) takes no cue from it;"
        " an attributive participle (“in a collapsed school”) is no event verb; in a cleft sentence"
        " (“it was not until late on May 26 that the first excavator reached the area”, “it was only"
        " on Friday that”) no cue before the date is its cue.",
        WIDTH,
        subsequent_indent="  ",
    )
    words = frames_data().get("date_words") or {}
    lines += _paragraph(
        "No frame, never compared (frames.yaml `date_words`): a plan's day (“will”, “is to”,"
        f" {', '.join(words.get('plan_words', []))}; or a day named forward:"
        f" {', '.join(words.get('forward_days', []))}; not a plan when one of"
        f" {', '.join(words.get('not_a_plan', []))} follows the plan word), unless a new clause or a past"
        f" verb (a word in -ed but {', '.join(words.get('not_past', []))}; or"
        f" {', '.join(words.get('past_irregular', []))}) comes between the plan word and the date, not"
        f" right after {', '.join(words.get('plan_participle_after', []))}; a page's time stamp"
        f" ({', '.join(words.get('page_stamps', []))}); a day something stood as of, right after"
        f" {', '.join(words.get('as_of', []))}; when word of an event came"
        f" ({', '.join(words.get('learned_of', []))} of/about/to …); a date with no cue."
    )
    lines += _paragraph(
        "Not a date's cue: a cue a plan word governs (“will be sentenced”); a cue one of the three"
        " words before it negates (data/negations.txt, or a word in n't: “did not reach a verdict”);"
        f" a cue after the date right after {', '.join(words.get('not_yet', []))} (an event still to"
        " come: “deliberations resumed on Monday ahead of a verdict”); an event's name right before"
        f" {', '.join(words.get('named_after_event', []))} (“the crash site”), unless it is one of"
        f" {', '.join(words.get('verb_only_cues', []))}, a verb there (“Cyclone Remal hit areas”). After “after” or “following”"
        " right after the date, a cue is the date's only when its clause tells what befell people"
        f" ({', '.join(words.get('befell_people', []))})."
    )
    lines += _paragraph(
        "A registry adds events or cues in the factcheck.toml at its root (read there by extract,"
        " check and rules explain, wherever they run): [frames.events.<event>] cues = [...]"
        " (uncompared = true for a day that differs report by report); `extract --format table`"
        " shows each date's cue or why it got none."
    )
    zones = ", ".join(f"{name} → {zone}" for name, zone in times.zones.items())
    approx = ", ".join(f"{word} (−{b}/+{a} min)" for word, (b, a) in times.approximate.items())
    lines += textwrap.wrap(
        "Times of day (times.yaml): a time with no zone is the event's local clock; a named zone "
        f"gives its UTC offset for the day: {zones}. Approximations widen the time: {approx}. "
        "A time after a report cue (as of, by, until, UPDATE) or inside a quotation is no event "
        "time. One text giving one event two different times tells of two occurrences: the "
        "later gets `.n2`. A time without a date takes its sentence's date, else the publication "
        "day or the day before.",
        WIDTH,
    )
    return lines


KIND_SECTIONS = ("quantity", "date", "quote", "mention")


def explain_frames(kinds: set[str]) -> list[str]:
    """Lines telling how claims of these kinds meet under automatic frames (none for others)."""
    table = default_table()
    lines: list[str] = []
    if "quantity" in kinds:
        lines += [
            *_counts(table),
            "",
            *_measures(table),
            *_unframed(table),
            "",
            *_running(table),
            "",
            *_shared(),
        ]
    if "date" in kinds:
        lines += [*_events(table, default_times()), "", *_shared()]
    if "quote" in kinds:
        lines += [
            "Quotes meet as auto.quote.<speaker>: the attributed speaker (“X said”, “said X”,",
            "  “according to X”, “X told”); quotations of one speaker are one statement only when",
            "  their words overlap. A quote with no known speaker is never compared.",
        ]
    if "mention" in kinds:
        lines += [
            "Names meet as auto.name.<cluster>: spellings clustered across sources (capitalised",
            "  runs, titles, surname-only references, transliterations); the dominant spelling, or",
            "  the entity list where there is one, is canonical. A word capitalised only at a",
            "  sentence start or in a title-case headline founds no name; a word the texts also",
            "  write in lower case is none.",
        ]
    if "relation" in kinds:
        lines += _relations()
    return lines
