"""The only module that touches durable-rules. Everything it knows about the engine's bugs lives here.

durable-rules 2.0.28 is old C code with measured memory bugs (see docs/engine.md). This adapter
keeps factcheck inside the shapes measured safe:

* Rule shapes: each pattern is an alpha `&` group of equality tests on string fields, optionally
  ending in exactly one equality join to an earlier pattern. Non-equality joins, arithmetic,
  alternatives (`|`), nested groups and regexes are refused at load time with a RuleError
  (upstream issue #381: a join group that short-circuits on a non-equality last term reads past
  the expression array and may segfault depending on heap layout).
* Join values and fact ids are replaced by short ASCII tokens whose engine hash (32-bit FNV as
  in the C code) is unique within a run, so the hash pre-filter of equality joins and the fact
  identity lookup never see a collision.
* Facts are normalised: every field a loaded rule tests or joins on is present, a non-empty
  string, never None; fields no rule reads (a tier nobody tests, the source) are left out, and
  the fact's id is its ref (a token), so the engine parses, stores and echoes less per fact.
* A private Host whose background timer threads never start: actions run synchronously inside
  assert calls, in a deterministic order, and the global host is never used.
* Actions catch their own errors (durable would swallow them) and the adapter reports them.
* No wall clock: durable's host treats an action that took more than 10 s of wall-clock time as
  already completed and never tells the C engine so. That frame then stays "dispatching": every
  later firing of the engine is silently lost, and retracting the frame's facts walks past its
  message array (deleteMessageFromFrame), which segfaults when the array ends a mapping, as in
  a Dask worker's thread heap. A stall of a loaded machine is enough. The adapter completes
  every action when it returns, however long it took.
* Facts go to the C engine directly (`_send`, `_flush`): the calls durable's Python host makes
  for a synchronous assert, in the same order (assert, start the state's actions, then per
  action: complete it and start the next), without the host's per-firing closures, promises,
  timer leases and JSON round trips, and without writing back the session state after each
  action (our actions never change it; see _flush); the host only compiles the ruleset. About
  a third of the engine's time was that wrapper.
"""

from __future__ import annotations

import itertools
import json
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import durable_rules_engine as native
from durable import engine as durable_engine

from factcheck.errors import EngineError, is_damaged_cache
from factcheck.rules.shapes import FACT_FIELDS, JOIN_FIELDS, Pattern, RuleShape

_EMPTY = "-"  # stands for "no value": the engine must never see a missing field or None

MatchCallback = Callable[[str, Mapping[str, str]], Sequence[Mapping[str, str]] | None]


def durable_hash32(text: str) -> int:
    """The engine's 32-bit string hash (state.c fnv1Hash32: xor each char, then multiply)."""
    value = 0x811C9DC5
    for byte in text.encode("utf-8"):
        signed = byte - 256 if byte > 127 else byte  # `char` is signed on x86 and arm64 Linux
        value = ((value ^ (signed & 0xFFFFFFFF)) * 16777619) & 0xFFFFFFFF
    return value


_PROBE = ":new"  # suffix of `t` for the probe copy of a fact (see Engine.run)
_KNOWN_FIELDS = frozenset(FACT_FIELDS) | {"ref"}
# durable's host encodes with ensure_ascii=False; one encoder instead of a new one per fact
_to_json = json.JSONEncoder(ensure_ascii=False).encode
_QUOTED_MAX = 4096  # values kept encoded (a partition's tokens and the tested values)
# A firing names each matched fact as the engine stored it: the text we asserted, verbatim
# (`"a":{"sid": "0", "id": "v5", ...}`, the id second). Its ids (our refs' tokens) are read from
# the text instead of parsing the whole message (a parse per firing was a fifth of the adapter's
# time), by one pattern per engine rule (_fired_pattern); any other form of message falls back
# to the JSON parser (see Engine._fired).
_FIRED_FACT = r'"{name}":\{{"sid": "0", "id": "(v[0-9a-z]+)"(?:, [^{{}}]*)?\}}'


def fact_keys(shapes: Iterable[RuleShape]) -> tuple[str, ...]:
    """The fields of an engine fact for these rules, in order: the session, the id, then every
    field some pattern tests or joins on (`t` always: probes are told apart by it). A field no
    rule reads is never sent (a missing field only matters where a rule compares it)."""
    read = {"t"}
    for shape in shapes:
        for pattern in shape.patterns:
            read.update(key for key, _ in pattern.where)
            if pattern.join is not None:
                read.update((pattern.join[0], pattern.join[2]))
    return ("sid", "id", *(key for key in FACT_FIELDS if key in read))


def _fact_text(keys: Sequence[str]) -> str:
    """A normalised fact's text, as _to_json writes it (the same keys in the same order), filled
    in by str.format with each value's JSON string, encoded once per value (_QUOTED)."""
    return "{{" + ", ".join(f'"{key}": {{}}' for key in keys) + "}}"


def _fired_pattern(rule: str, names: Sequence[str]) -> re.Pattern[str]:
    """The whole firing message of `rule` naming its patterns in order, capturing their refs."""
    facts = ",".join(_FIRED_FACT.format(name=re.escape(name)) for name in names)
    return re.compile(f'\\{{"{re.escape(rule)}":\\{{{facts}\\}}\\}}')


def _compile_pattern(pattern: Pattern, probe: bool = False) -> dict[str, Any]:
    terms: list[dict[str, Any]] = [
        {key: value + _PROBE if probe and key == "t" else value} for key, value in pattern.where
    ]
    if pattern.join is not None:
        key, other, other_field = pattern.join
        terms.append({key: {other: other_field}})  # the equality join is always the last term
    return {pattern.name: {"$and": terms} if len(terms) > 1 else terms[0]}


# result codes of the C engine's assert and retract calls (durable's Ruleset._handle_result)
_NOT_HANDLED, _OBSERVED, _NOTHING_STARTED = 1, 2, 3
_SID_NOT_FOUND = 309  # rules.h ERR_SID_NOT_FOUND
_SESSION = "0"  # the one session (durable `sid`) every fact is asserted in
_MAX_DRAIN_ROUNDS = 1000  # a chain of rules that keeps asserting longer than this is a loop


class _SynchronousHost(durable_engine.Host):  # type: ignore[misc]
    """A private Host that never starts durable's timer threads, so firing stays synchronous."""

    def _run(self) -> None:
        return None


class _TokenSequence:
    """The tokens, in the order they are handed out: short ASCII strings whose engine hashes
    differ from each other and from the empty marker's. The same for every run, so it is
    computed once per process and grown on demand (hashing in Python cost more than the
    engine's own work on a fact)."""

    def __init__(self) -> None:
        self.tokens: list[str] = []
        self._hashes: set[int] = {durable_hash32(_EMPTY)}
        self._counter = itertools.count()

    def grow(self) -> None:
        """Append the next token."""
        while True:
            candidate = _base36(next(self._counter))
            digest = durable_hash32(candidate)
            if digest not in self._hashes:
                break  # skipping a colliding token costs nothing; a collision could crash
        self._hashes.add(digest)
        self.tokens.append(candidate)


_SHARED_SEQUENCE = _TokenSequence()


class _Tokens:
    """Short ASCII stand-ins for values, unique under the engine's 32-bit hash within one run."""

    def __init__(self, sequence: _TokenSequence | None = None) -> None:
        self._by_value: dict[str, str] = {}
        self._by_token: dict[str, str] = {}
        self._sequence = sequence or _TokenSequence()

    def token(self, value: str) -> str:
        found = self._by_value.get(value)
        if found is not None:
            return found
        tokens = self._sequence.tokens
        if len(self._by_value) == len(tokens):
            self._sequence.grow()
        candidate = tokens[len(self._by_value)]
        self._by_value[value] = candidate
        self._by_token[candidate] = value
        return candidate

    def alias(self, value: str, stands_for: str) -> str:
        """A token of its own for `value` (unique like every token) that reads back as
        `stands_for`: a probe's id names the fact it copies."""
        candidate = self.token(value)
        self._by_token[candidate] = stands_for
        return candidate

    def value(self, token: str) -> str:
        return self._by_token[token]

    def __len__(self) -> int:
        return len(self._by_value)


class _Quoted(dict[str, str]):
    """Values as JSON strings, each encoded once (facts repeat few: kinds, tiers, tokens)."""

    def __missing__(self, value: str) -> str:
        quoted = _to_json(value)
        if len(self) < _QUOTED_MAX:
            self[value] = quoted
        return quoted


_QUOTED = _Quoted()


class _Encoder:
    """Normalised facts of one ruleset as JSON text: what _to_json gives for the fields in
    `keys`, without its per-call set-up."""

    def __init__(self, keys: Sequence[str]) -> None:
        self.keys = tuple(keys)
        self._format = _fact_text(self.keys).format
        self._values = operator.itemgetter(*self.keys)

    def __call__(self, normalised: Mapping[str, str]) -> str:
        return self._format(*map(_QUOTED.__getitem__, self._values(normalised)))


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
        if number == 0:
            return "v" + text


class Engine:
    """A compiled ruleset on a private synchronous host. Feed it partitions of facts.

    `on_match(rule_id, refs)` is called once per match with the matched facts' refs by
    pattern name; it may return derived facts (same field set) which are asserted at once
    (forward chaining), so rules over them fire before the partition ends.
    """

    _counter = itertools.count()

    def __init__(
        self,
        shapes: Iterable[RuleShape],
        on_match: MatchCallback,
        on_settled: Callable[[], None] | None = None,
    ) -> None:
        self._shapes = list(shapes)
        self._encode = _Encoder(fact_keys(self._shapes))
        # the fields normalised besides sid and id: (field, is a join field)
        self._fields = tuple((key, key in JOIN_FIELDS) for key in self._encode.keys[2:])
        self._on_match = on_match
        self._on_settled = on_settled  # called when one asserted fact's firings are all done
        self.errors: list[str] = []
        self._damage: BaseException | None = None  # a damaged cache file met inside an action
        self.firings = 0
        self._name = f"factcheck{next(Engine._counter)}"
        groups: dict[tuple[object, ...], list[RuleShape]] = {}
        for shape in self._shapes:
            groups.setdefault(shape.signature(), []).append(shape)
        definition: dict[str, Any] = {}
        self._probe_tests: list[tuple[tuple[str, str], ...]] = []
        # per unordered rule: its index, the stored fact's joined field, the probe's field
        self._probe_joins: list[tuple[int, str, str]] = []
        for index, group in enumerate(groups.values()):
            shape = group[0]
            probe_name = shape.unordered[0] if shape.unordered else None
            compiled = [_compile_pattern(p, probe=p.name == probe_name) for p in shape.patterns]
            if shape.unordered:
                self._probe_tests.append(shape.patterns[0].where)
                joined_field, _, probe_field = shape.patterns[1].join or ("", "", "")
                self._probe_joins.append((len(self._probe_joins), joined_field, probe_field))
            definition[f"r{index}"] = {"all": compiled, "run": self._action(group)}
        self._actions: dict[str, Callable[[Sequence[str]], None]] = {
            name: rule["run"] for name, rule in definition.items()
        }
        # each engine rule's pattern names: a firing's refs are read for exactly these
        self._pattern_names = {
            f"r{index}": tuple(p.name for p in group[0].patterns)
            for index, group in enumerate(groups.values())
        }
        # compiled on a rule's first firing: a check fires few of the engine's rules
        self._fired_patterns: dict[str, re.Pattern[str]] = {}
        try:
            self._host = _SynchronousHost()
            self._host.set_rulesets({self._name: definition})
            self._ruleset = self._host.get_ruleset(self._name)
        except Exception as exc:  # the C parser rejects what it cannot compile
            raise EngineError(f"the engine refused the rules: {exc}") from exc
        self._handle = self._ruleset._handle
        self._probe_checks = [
            (index, tuple(k for k, _ in tests), tuple(v for _, v in tests), joined, probed)
            for tests, (index, joined, probed) in zip(self._probe_tests, self._probe_joins, strict=True)
        ]
        # this partition's stored facts an unordered rule can pair with: (rule index, join token)
        self._pairable: set[tuple[int, str]] = set()
        self._tokens = _Tokens(_SHARED_SEQUENCE)
        self._asserted: list[tuple[str, str]] = []  # (ref token, JSON text) of each asserted fact
        self._firings_before = 0  # firings before the running partition (see _drop_state)

    def _action(self, group: list[RuleShape]) -> Callable[[Sequence[str]], None]:
        names = [p.name for p in group[0].patterns]
        rule_ids = [shape.rule_id for shape in group]

        def action(tokens: Sequence[str]) -> None:
            self.firings += 1
            refs: dict[str, str] | None = None
            for rule_id in rule_ids:
                try:
                    if refs is None:  # once per firing: FC101 and FC102 share one
                        refs = dict(zip(names, map(self._tokens.value, tokens), strict=True))
                    derived = self._on_match(rule_id, refs)
                    for fact in derived or ():
                        normalised = self._normalise(fact)
                        text = self._encode(normalised)
                        self._asserted.append((normalised["id"], text))
                        self._note_stored(normalised)  # a later fact's probe may pair with it
                        self._derive(normalised["id"], text)
                except Exception as exc:  # durable would swallow it; we report it
                    if is_damaged_cache(exc):  # not the rule's fault: raised again after the run
                        self._damage = self._damage or exc
                    self.errors.append(f"{rule_id}: {type(exc).__name__}: {exc}")

        return action

    def _derive(self, ref: str, text: str) -> None:
        """Assert a fact from inside an action: its firings join the running action queue (as
        durable's closure does it, without starting the state's actions again)."""
        code = native.assert_fact(self._handle, text)[0]
        if code == _NOT_HANDLED:
            raise EngineError(f"no rule looks at derived fact {ref!r}")
        if code == _OBSERVED:
            raise EngineError(f"derived fact {ref!r} was already asserted")

    def _send(self, call: Callable[[int, str], Sequence[Any]], text: str) -> int:
        """Assert or retract one fact (as JSON) and run the actions it starts; the result code."""
        result = call(self._handle, text)
        code = int(result[0])
        if code not in (_NOT_HANDLED, _OBSERVED):
            state_handle = 0 if code == _NOTHING_STARTED else result[1]
            started = native.start_action_for_state(self._handle, state_handle)
            if started:
                self._flush(started[1], state_handle)
        return code

    def _flush(self, fired: str, action_handle: int) -> None:
        """Run queued actions one by one, each completed before the engine starts the next.

        durable's host writes the session state back (update_state) before completing each
        action; our actions never change it, and update_state of an unchanged state only
        deletes and stores the same state message again (events.c handleMessageCore), so it is
        not called: a seventh of the engine's time at 10k claims."""
        while fired:
            found = self._fired(fired)
            if found is None:
                break
            name, tokens = found
            self._actions[name](tokens)
            try:
                fired = native.complete_and_start_action(self._handle, action_handle)
            except BaseException:
                native.abandon_action(self._handle, action_handle)
                raise

    def _fired(self, text: str) -> tuple[str, Sequence[str]] | None:
        """The engine rule a firing message names and its matched facts' ref tokens, in the
        order of the rule's patterns; None for an empty message."""
        end = text.find('":{', 2)
        rule = text[2:end]
        pattern = self._fired_patterns.get(rule)
        if pattern is None and rule in self._pattern_names:
            pattern = self._fired_patterns[rule] = _fired_pattern(rule, self._pattern_names[rule])
        if pattern is not None:
            found = pattern.fullmatch(text)
            if found is not None:
                return rule, found.groups()
        message = json.loads(text)  # any other form: parse it (the first rule, as durable's host)
        if not message:
            return None
        rule, matched = next(iter(message.items()))
        return rule, tuple(matched[name]["id"] for name in self._pattern_names[rule])

    def _note_stored(self, normalised: Mapping[str, str]) -> bool:
        """Note a fact about to be stored for the unordered rules, and say whether one of them
        can pair it with a fact already stored (it passes the rule's tests and an earlier fact
        that passed them has its join value): only then is its probe asserted. A probe that
        would meet no stored fact fires nothing; the engine still does every match."""
        needed = False
        for index, keys, values, joined_field, probe_field in self._probe_checks:
            if tuple(map(normalised.get, keys)) == values:
                needed = needed or (index, normalised[probe_field]) in self._pairable
                self._pairable.add((index, normalised[joined_field]))
        return needed

    def _normalise(self, fact: Mapping[str, str]) -> dict[str, str]:
        if not fact.keys() <= _KNOWN_FIELDS:
            unknown = sorted(fact.keys() - _KNOWN_FIELDS)
            raise EngineError(f"fact has fields the engine does not know: {unknown}")
        ref = fact.get("ref")
        if not ref:
            raise EngineError("every fact needs a 'ref'")
        token = self._tokens.token
        # the ref's token is the fact's identity: unique and collision-free like every token
        normalised: dict[str, str] = {"sid": _SESSION, "id": token(str(ref))}
        for key, joined in self._fields:  # only the fields some rule reads
            value = fact.get(key)
            if not joined:
                normalised[key] = _EMPTY if value is None or value == "" else str(value)
            elif value is None or value == "":
                # Join values are tokens; an absent value gets a token of its own per fact, so
                # two facts that both lack a value never join on it.
                normalised[key] = token(f"\x00none:{ref}:{key}")
            else:
                normalised[key] = token(str(value))
        return normalised

    def run(self, facts: Iterable[Mapping[str, str]]) -> None:
        """Assert one partition of facts, let every rule fire, then drop them (_drop_state).

        Unordered pairs: before a fact that an unordered rule can pair is asserted, a probe copy
        of it (`t` + ":new") is asserted and retracted again. Unordered rules match the probe
        as their first pattern and stored facts as their second, so each pair fires exactly
        once, when its later fact arrives: half the firings of matching both orders.
        """
        self._asserted = []
        self._pairable = set()
        self._firings_before = self.firings
        self._tokens = _Tokens(_SHARED_SEQUENCE)  # the previous partition is retracted: reuse its tokens
        for fact in facts:
            normalised = self._normalise(fact)
            if self._probe_checks and self._note_stored(normalised):
                # the probe's id is a token of its own that stands for the fact's ref in firings
                probe_id = self._tokens.alias(f"\x00probe:{fact['ref']}", str(fact["ref"]))
                probe = {**normalised, "t": normalised["t"] + _PROBE, "id": probe_id}
                text = self._encode(probe)
                self._assert(text, fact)
                self._retract(probe_id, text)
            text = self._encode(normalised)
            self._asserted.append((normalised["id"], text))
            self._assert(text, fact)
        self._drain()
        self._drop_state()
        if self._damage is not None:
            # an action read a damaged store (a lazily read entity): the CLI removes the store
            # and says so, instead of reporting the same disk error as hundreds of rule errors
            damage, self._damage = self._damage, None
            raise damage

    def _assert(self, text: str, fact: Mapping[str, str]) -> None:
        try:
            # _NOT_HANDLED: no rule looks at this kind of fact; nothing to do
            if self._send(native.assert_fact, text) == _OBSERVED:
                self.errors.append(f"duplicate fact {fact.get('ref')!r} was not asserted twice")
        except Exception as exc:
            self.errors.append(f"engine error on fact {fact.get('ref')!r}: {exc}")
        if self._on_settled is not None:
            self._on_settled()

    def _retract(self, ref: str, text: str) -> None:
        try:
            # a fact no rule looked at, or one already gone (_NOT_HANDLED, _OBSERVED): nothing to do
            self._send(native.retract_fact, text)
        except Exception as exc:
            self.errors.append(f"engine error retracting {ref!r}: {exc}")

    def _drain(self) -> None:
        # Actions normally run inside assert_fact; anything left pending runs here, synchronously.
        for _ in range(_MAX_DRAIN_ROUNDS):
            before = len(self._asserted)
            started = native.start_action(self._handle)
            if started:
                self._flush(started[1], started[2])
            if self._on_settled is not None:
                self._on_settled()
            if len(self._asserted) == before:
                return
        self.errors.append(
            f"engine still asserting facts after {_MAX_DRAIN_ROUNDS} rounds; findings may be missing"
        )

    def _drop_state(self) -> None:
        """Forget the partition's facts by deleting the engine's session state, not by retracting
        them one by one. Retracting is unsafe in durable: a completed action frame is freed but
        stays flagged "dispatching" and its facts keep pointing at it, so retracting a second
        fact of one fired pair (or triple) clears its entry in that freed frame a second time,
        and deleteMessageFromFrame then walks past the frame's message array until it meets a
        non-zero word: a segfault when none comes before the end of the mapping (seen at 100k
        claims in partitions of ten dates of one subject). Deleting the state frees its frames
        and facts without that walk; the next partition's first fact creates a fresh state.

        Except when nothing fired in the partition: deleting a state that holds two or more facts
        and never ran an action frees an invalid pointer ("free(): invalid size", every time; two
        quantities of different subjects in one partition are enough). With no action there is
        no frame to walk, so those facts are retracted, each once."""
        if self._asserted and self.firings == self._firings_before:
            for ref, text in self._asserted:
                self._retract(ref, text)
        elif self._asserted:
            try:
                native.delete_state(self._handle, _SESSION)
            except Exception as exc:
                if f"error code: {_SID_NOT_FOUND}" not in str(exc):  # no fact was ever stored
                    self.errors.append(f"engine error clearing the partition's facts: {exc}")
        self._asserted = []

    def close(self) -> None:
        """Free the C ruleset (durable never frees it on its own)."""
        handle = getattr(self._ruleset, "_handle", None)
        if handle is not None:
            try:
                import durable_rules_engine

                durable_rules_engine.delete_ruleset(handle)
            except Exception as exc:  # leaking one ruleset is better than crashing the review
                self.errors.append(f"could not free the engine's ruleset: {exc}")
            self._ruleset._handle = None
