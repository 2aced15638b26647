"""A check reads the store's entities by id when it meets them, and their names without
building every record: the same entities, names and order as the whole registry's dict."""

from __future__ import annotations

from pathlib import Path

from factcheck.model import Entity, EntityKind
from factcheck.registry import load_registry
from factcheck.registry.loader import open_store
from factcheck.registry.partial import StoredEntities, entities_after, entities_where, entity_names


def stored(root: Path) -> tuple[dict[str, Entity], StoredEntities]:
    """The registry's entities as loaded from YAML, and as a check reads them from its store."""
    whole = dict(load_registry(root, use_cache=False).entities)
    load_registry(root)  # compiles the store
    opened = open_store(root)
    assert opened is not None
    try:
        return whole, StoredEntities(opened.entity_rows())
    finally:
        opened.close()


def test_stored_entities_are_the_registrys(registry_copy: Path) -> None:
    whole, lazy = stored(registry_copy)
    assert len(whole) > 5
    assert list(lazy) == list(whole)
    assert len(lazy) == len(whole)
    some = next(iter(whole))
    assert some in lazy
    assert "nobody.here" not in lazy
    assert lazy.get("nobody.here") is None
    assert lazy[some] == whole[some]
    assert list(entity_names(lazy)) == [(k, e.accepted_names()) for k, e in whole.items()]
    assert dict(lazy.items()) == whole


def test_views_are_the_dicts_they_stand_for(registry_copy: Path) -> None:
    whole, lazy = stored(registry_copy)
    first_id = next(iter(whole))
    derived = {
        "auto.name.someone-new": Entity(
            id="auto.name.someone-new", kind=EntityKind.PERSON, canonical="Someone New"
        ),
        first_id: Entity(id=first_id, kind=EntityKind.PERSON, canonical="A Stand In"),  # the store's wins
    }
    merged = entities_after(derived, lazy)
    expected = {**derived, **whole}
    assert list(merged) == list(expected)
    assert dict(merged.items()) == expected
    assert list(entity_names(merged)) == [(k, e.accepted_names()) for k, e in expected.items()]
    kept = entities_where(merged, lambda k: not k.startswith("auto."))
    assert dict(kept.items()) == {k: e for k, e in expected.items() if not k.startswith("auto.")}
    assert "auto.name.someone-new" not in kept
    # a view that left a stored id out, then given a record of its own for that id: that record
    without_first = entities_where(lazy, lambda k: k != first_id)
    remade = entities_after(derived, without_first)
    expected = {**derived, **{k: e for k, e in whole.items() if k != first_id}}
    assert list(remade) == list(expected)
    assert remade[first_id].canonical == "A Stand In"
    assert dict(remade.items()) == expected
    assert list(entity_names(remade)) == [(k, e.accepted_names()) for k, e in expected.items()]
    assert lazy[first_id] == whole[first_id]  # the store's own view keeps the store's record
