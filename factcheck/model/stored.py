"""Records read back from the compiled store, rebuilt without pydantic's validators.

The store (registry/store.py) holds every source, entity, subject and claim as the JSON pydantic
wrote for a record that had just been validated (`model_dump_json(by_alias=True)`). Validating
that JSON again on every `check` builds a validator per model class (about half a millisecond
each, more than reading a registry's sources, subjects and entities takes). `from_json` turns the
JSON back into the same record directly:
each field's JSON value converted to the field's declared type (dates, times, enums, tuples,
nested records), the record built with `model_construct`. tests/test_stored_records.py checks
that this gives records equal to validation's, field for field, on whole registries.

A field of a type this module does not know how to read back (a union of two record types, say),
or a value of another JSON type than its field's, makes the whole record go through pydantic as
before: never a half-built record. Claims are still validated: extraction builds the Claim
union's validator in every check anyway, and its Rust code reads a claim in half the time this
module's Python does.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import types
import typing
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel
from pydantic_core import TzInfo

Model = TypeVar("Model", bound=BaseModel)
Reader = Callable[[Any], Any]
_NATIVE = (str, int, float, bool, type(None))


class Unreadable(TypeError):
    """A field type `from_json` cannot read back: the record is validated instead."""


# reading a record here costs ~5 µs more than pydantic's validator, whose build costs ~0.5 ms:
# beyond this many records of one class, validating is the cheaper way
FEW = 100


def read_records(cls: type[Model], texts: Sequence[str]) -> list[Model]:
    """The stored records of class `cls`: read back when they are few, validated when many."""
    if len(texts) > FEW:
        return [cls.model_validate_json(text) for text in texts]
    return [from_json(cls, text) for text in texts]


def from_json(cls: type[Model], text: str) -> Model:
    """The record of class `cls` whose stored JSON is `text`."""
    try:
        return typing.cast(Model, _record(cls)(json.loads(text)))
    except Unreadable:
        return cls.model_validate_json(text)


@functools.cache
def _record(cls: type[BaseModel]) -> Reader:
    """A reader building `cls` from its JSON object."""
    fields = [(f.alias or name, name, _reader(f.annotation)) for name, f in cls.model_fields.items()]
    known = {key for key, _, _ in fields}

    def read(data: Any) -> BaseModel:
        if not isinstance(data, dict) or data.keys() != known:  # a dump names every field
            raise Unreadable(f"not a stored {cls.__name__}")
        values = {name: convert(data[key]) for key, name, convert in fields}
        return cls.model_construct(_fields_set=set(values), **values)

    return read


def _reader(annotation: Any) -> Reader:
    """How to turn a JSON value into a value of the declared type."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _reader(args[0])
    if origin in (typing.Union, types.UnionType):
        return _union(args)
    if origin is typing.Literal or annotation is Any:
        return _same
    if annotation in (str, bool):
        return functools.partial(_native, frozenset({annotation}))
    if origin is list:
        item = _reader(args[0])
        return lambda value: [item(v) for v in _checked(value, list)]
    if origin is tuple:
        return _tuple(args)
    if origin is dict:
        item = _reader(args[1])
        return lambda value: {k: item(v) for k, v in _checked(value, dict).items()}
    return _scalar(annotation)


def _scalar(annotation: Any) -> Reader:
    """Readers of single values: numbers, dates and times, enums, records."""
    if annotation is int:
        return lambda value: _checked(value, int)
    if annotation is float:
        return _float
    if annotation is dt.datetime:
        return _datetime
    if annotation is dt.date:
        return lambda value: dt.date.fromisoformat(_checked(value, str))
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return annotation
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return lambda value: _record(annotation)(value)
    raise Unreadable(f"no reader for {annotation!r}")


def _union(args: tuple[Any, ...]) -> Reader:
    """`X | None`, JSON-native unions, and `date | datetime` (told apart by the time part)."""
    rest = [a for a in args if a is not type(None)]
    if all(a in _NATIVE for a in rest):
        return functools.partial(_native, frozenset(args))
    if set(rest) == {dt.date, dt.datetime}:
        return lambda value: (
            None if value is None else _datetime(value) if "T" in value else dt.date.fromisoformat(value)
        )
    if len(rest) != 1:
        raise Unreadable(f"no reader for a union of {rest!r}")
    inner = _reader(rest[0])
    return lambda value: None if value is None else inner(value)


def _tuple(args: tuple[Any, ...]) -> Reader:
    """Fixed-length tuples and `tuple[X, ...]`."""
    if len(args) == 2 and args[1] is Ellipsis:
        item = _reader(args[0])
        return lambda value: tuple(item(v) for v in _checked(value, list))
    readers = [_reader(a) for a in args]

    def read(value: Any) -> tuple[Any, ...]:
        items = _checked(value, list)
        if len(items) != len(readers):
            raise Unreadable("a tuple of another length")
        return tuple(r(v) for r, v in zip(readers, items, strict=True))

    return read


def _same(value: Any) -> Any:
    return value


def _native(allowed: frozenset[type], value: Any) -> Any:
    """A value of a union of JSON types: of one of them exactly (JSON's whole number for a float)."""
    if type(value) in allowed:
        return value
    if type(value) is int and float in allowed:
        return float(value)
    raise Unreadable(f"a {type(value).__name__} where {sorted(t.__name__ for t in allowed)} belong")


def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Unreadable("not a number")
    return float(value)


def _datetime(value: Any) -> dt.datetime:
    """A datetime as pydantic reads it: its zone a pydantic TzInfo, as validation gives."""
    moment = dt.datetime.fromisoformat(_checked(value, str))
    offset = moment.utcoffset()
    if offset is None:
        return moment
    return moment.replace(tzinfo=TzInfo(int(offset.total_seconds())))


def _checked(value: Any, kind: type) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise Unreadable(f"not a {kind.__name__}")
    return value
