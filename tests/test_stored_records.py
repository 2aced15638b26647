"""Records read back from the compiled store without validation (model/stored.py) are the records
validation gives: every field equal and of the same type, on the bundled registry and on a
synthetic one with every claim kind."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from factcheck.model import Entity, Source, Subject
from factcheck.model.adapters import claim_adapter
from factcheck.model.records import DateInterval, QuantityClaim
from factcheck.model.stored import FEW, from_json, read_records
from factcheck.registry import load_registry
from factcheck.registry.loader import check_root, open_store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402


def _same(ours: BaseModel, theirs: BaseModel) -> None:
    """Equal, of one class, every field of the same type, the same fields set."""
    assert type(ours) is type(theirs)
    assert ours == theirs
    assert {k: type(v) for k, v in ours.__dict__.items()} == {k: type(v) for k, v in theirs.__dict__.items()}
    assert ours.model_fields_set == theirs.model_fields_set
    for name, value in ours.__dict__.items():
        if isinstance(value, BaseModel):
            _same(value, getattr(theirs, name))
        if isinstance(value, dt.datetime):
            assert value.utcoffset() == getattr(theirs, name).utcoffset()


def _compare_store(root: Path) -> int:
    opened = open_store(check_root(root))
    assert opened is not None
    try:
        count = 0
        for _, _, text in opened.sources():
            _same(from_json(Source, text), Source.model_validate_json(text))
            count += 1
        for text in opened.subjects():
            _same(from_json(Subject, text), Subject.model_validate_json(text))
            count += 1
        for text in opened.entities():
            _same(from_json(Entity, text), Entity.model_validate_json(text))
            count += 1
        for *_, text in opened.claims():  # every claim kind, with nested dates, tuples and unions
            validated = claim_adapter().validate_json(text)
            _same(from_json(type(validated), text), validated)
            count += 1
        return count
    finally:
        opened.close()


def test_the_bundled_registry_reads_back_as_validated() -> None:
    load_registry(ROOT)  # the store exists and is fresh
    assert _compare_store(ROOT) > 500


def test_a_synthetic_registry_reads_back_as_validated(tmp_path: Path) -> None:
    path = tmp_path / "syn"
    synth.write(synth.generate(600, 40, seed=3), path)
    load_registry(path)
    assert _compare_store(path) > 600


def test_a_record_it_cannot_read_back_is_validated_instead() -> None:
    text = '{"start": "2020-01-01", "end": "2020-01-03", "precision": "day", "basis": null}'
    assert from_json(DateInterval, text) == DateInterval.model_validate_json(text)
    odd = QuantityClaim.model_validate(
        {"id": "q1", "source": "s1", "text": "3", "subject": "x.y", "unit": "people", "value": 3}
    ).model_dump_json(by_alias=True)
    text_value = odd.replace('"value":3.0', '"value":"3"')
    assert from_json(QuantityClaim, text_value) == QuantityClaim.model_validate_json(text_value)
    assert from_json(QuantityClaim, text_value).value == 3.0
    with pytest.raises(ValueError, match="validation error"):
        from_json(QuantityClaim, '{"kind": "quantity", "id": "q1"}')


def test_few_records_are_read_back_and_many_validated() -> None:
    opened = open_store(check_root(ROOT))
    assert opened is not None
    try:
        texts = opened.subjects()
    finally:
        opened.close()
    assert len(texts) > FEW
    for chosen in (texts[:3], texts):
        assert read_records(Subject, chosen) == [Subject.model_validate_json(t) for t in chosen]
