"""Records without pydantic's per-call machinery: dumped as plain Python data (without the
serializer a check need not build), constructed from trusted values, pickled as their fields."""

from __future__ import annotations

import copyreg
import typing
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel
from pydantic_core import PydanticUndefined


def plain_dump(value: Any) -> Any:
    """`model.model_dump()` for records of plain fields (no aliases, computed fields or custom
    serializers): records become dicts of their fields in order, lists and dicts are copied,
    everything else (enums, dates, numbers, text) is kept as it is, as model_dump keeps it."""
    if isinstance(value, BaseModel):
        return {name: plain_dump(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, list):
        return [plain_dump(item) for item in value]
    if isinstance(value, dict):
        return {key: plain_dump(item) for key, item in value.items()}
    return value


Model = TypeVar("Model", bound=BaseModel)
_FieldPlan = tuple[tuple[str, Any, Callable[[], Any] | None], ...]


def constructed(cls: type[Model], **values: Any) -> Model:
    """`cls.model_construct(**values)` for models of plain fields, made at a fraction of its
    cost: a review makes a Side per matched claim and a Finding per match (hundreds of thousands
    at a million claims), and model_construct looks at every field's aliases and asks each
    default factory's signature (`inspect.signature`) on every call. Same result: every field in
    declaration order (defaults filled in), the given names as the fields set."""
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _field_plan(cls)
    if not plan:  # a model with aliases, extras or post-init: pydantic's own way
        return cls.model_construct(**values)
    data = {}
    for name, default, factory in plan:
        if name in values:
            data[name] = values[name]
        elif factory is not None:
            data[name] = factory()
        elif default is not PydanticUndefined:  # a required field not given: left out, as pydantic does
            data[name] = default
    return _restored(cls, data, set(values))


_PLANS: dict[type[BaseModel], _FieldPlan] = {}
_set = object.__setattr__


def _field_plan(cls: type[BaseModel]) -> _FieldPlan:
    """Each field's name and default (or argument-free default factory); empty when `cls` needs
    pydantic's model_construct (aliases, extra fields, private attributes, post-init, root)."""
    if (
        cls.__pydantic_root_model__
        or cls.__pydantic_post_init__
        or cls.__private_attributes__
        or cls.model_config.get("extra") == "allow"
    ):
        return ()
    plan: list[tuple[str, Any, Callable[[], Any] | None]] = []
    for name, info in cls.model_fields.items():
        if info.alias is not None or info.validation_alias is not None:
            return ()
        factory = info.default_factory
        if factory is not None and info.default_factory_takes_validated_data:
            return ()
        plan.append((name, info.default, typing.cast("Callable[[], Any] | None", factory)))
    return tuple(plan)


def pickled_plainly(cls: type[BaseModel]) -> None:
    """Pickle records of `cls` as their field values, rebuilt by `_restored` without pydantic's
    `__setstate__` (a review's workers send every finding and its sides to the parent: at a
    million claims, over 100k findings). Records with extra fields or private attributes pickle as
    pydantic does."""
    copyreg.pickle(cls, _reduced)


def _reduced(model: BaseModel) -> tuple[Any, ...]:
    """What pickle stores for a record of a class registered by `pickled_plainly`."""
    if model.__pydantic_extra__ is not None or model.__pydantic_private__ is not None:
        return model.__reduce_ex__(2)  # type: ignore[return-value]
    return (_restored, (type(model), model.__dict__, model.__pydantic_fields_set__))


def _restored(cls: type[Model], data: dict[str, Any], fields_set: set[str]) -> Model:
    """A record pickled by `_reduced`, as pydantic's unpickling leaves it."""
    model = cls.__new__(cls)
    _set(model, "__dict__", data)
    _set(model, "__pydantic_fields_set__", fields_set)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model
