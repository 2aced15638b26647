"""`model.plain.constructed` gives what pydantic's `model_construct` gives (the review builds its
findings and sides with it): the same fields in the same order, defaults filled in, a fresh
default list per record, the same fields set, the same JSON."""

from __future__ import annotations

import pickle
from typing import Any

from pydantic import BaseModel, Field

from factcheck.model import Finding, Grade, Side, Tier
from factcheck.model.plain import constructed, pickled_plainly


def _side(**extra: Any) -> dict[str, Any]:
    return {"claim_id": "a.c1", "source": "a", "tier": Tier.NEWS, "text": "12 dead", **extra}


def _same(ours: BaseModel, theirs: BaseModel) -> None:
    assert type(ours) is type(theirs)
    assert list(ours.__dict__.items()) == list(theirs.__dict__.items())
    assert ours.model_fields_set == theirs.model_fields_set
    assert ours.model_dump_json(indent=2) == theirs.model_dump_json(indent=2)


def test_a_side_is_what_model_construct_makes() -> None:
    _same(constructed(Side, **_side()), Side.model_construct(**_side()))
    _same(constructed(Side, **_side(line=3, value="12")), Side.model_construct(**_side(line=3, value="12")))


def test_a_finding_gets_its_own_default_list() -> None:
    values: dict[str, Any] = {
        "rule_id": "FC101",
        "rule_name": "quantity-far-apart",
        "grade": Grade.MAJOR,
        "outcome": "far",
        "confidence": 0.9,
        "message": "m",
        "sides": [constructed(Side, **_side())],
        "fingerprint": "f",
    }
    first, second = constructed(Finding, **values), constructed(Finding, **values)
    _same(first, Finding.model_construct(**values))
    assert first.outliers == []
    assert first.outliers is not second.outliers
    _same(pickle.loads(pickle.dumps(first)), first)  # noqa: S301 (our own bytes)


def test_records_pickled_plainly_come_back_as_pydantic_unpickles_them() -> None:
    side = constructed(Side, **_side(line=2))
    before = pickle.loads(pickle.dumps(side))  # noqa: S301 (our own bytes)
    pickled_plainly(Side)  # as engine.stored does for findings and sides
    text = pickle.dumps(side)
    assert b"_restored" in text
    _same(pickle.loads(text), before)  # noqa: S301 (our own bytes)


class _Aliased(BaseModel):
    from_: str = Field(alias="from")
    to: str = "x"


def test_a_model_with_aliases_goes_through_pydantic() -> None:
    given: dict[str, Any] = {"from": "a"}
    _same(constructed(_Aliased, **given), _Aliased.model_construct(**given))


def test_a_required_field_left_out_is_left_out_as_pydantic_does() -> None:
    _same(constructed(Side, claim_id="a.c1"), Side.model_construct(claim_id="a.c1"))
