"""Typed ids: every id form is built and read back by factcheck.model.ids, and nowhere else."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.model import ids
from factcheck.model.ids import Family, RefKind, StandIn

PACKAGE = Path(__file__).resolve().parents[1] / "factcheck"


def test_subject_ids_keep_their_text() -> None:
    assert ids.stand_in(StandIn.QUANTITY) == "unknown.quantity"
    assert ids.is_stand_in("unknown.event")
    assert not ids.is_stand_in("auto.event.struck")
    assert not ids.is_stand_in(None)
    assert ids.auto_frame(Family.COUNT, "deaths") == "auto.count.deaths"
    assert ids.in_family("auto.count.deaths.y1970", Family.COUNT)
    assert not ids.in_family("auto.countless", Family.COUNT)
    assert ids.unlinked("subject", "d.quantity:x:abc123") == "unlinked.subject:d.quantity:x:abc123"
    assert ids.unlinked_statement("we will") == "unlinked.statement:14735d53"


def test_auto_frames_parse_back() -> None:
    frame = ids.parse_auto("auto.event.struck.y1970")
    assert frame == ids.AutoFrame(Family.EVENT, "struck.y1970")
    assert str(frame) == "auto.event.struck.y1970"
    assert ids.parse_auto("auto.weather.rain") is None  # no such family
    assert ids.parse_auto("deaths") is None
    assert ids.frame_slug("auto.name.li-wei", Family.NAME) == "li-wei"
    with pytest.raises(ValueError, match=r"not an auto\.name frame"):
        ids.frame_slug("auto.quote.li-wei", Family.NAME)


def test_unlinked_parses_back_to_field_and_owner() -> None:
    assert ids.parse_unlinked("unlinked.from_event:draft:a.md.duration:x:1:2") == (
        "from_event",
        "draft:a.md.duration:x:1:2",
    )
    assert ids.parse_unlinked("unknown.quantity") is None


def test_source_and_claim_ids() -> None:
    assert ids.draft_source("examples/my summary.md") == "draft:examples-my-summary.md"
    assert ids.listed_source("/tmp/a b.txt") == "source:tmp-a-b.txt"
    long = ids.listed_source("d" * 130 + "/a.txt")
    assert len(long) == ids.MAX_SOURCE_ID
    assert re.fullmatch(r"source:d+-a\.txt-[0-9a-f]{8}", long)
    assert long != ids.listed_source("e" + "d" * 129 + "/a.txt")  # the digest keeps them apart
    assert ids.is_draft_source("draft")
    assert ids.is_draft_source("draft:a.md")
    assert not ids.is_draft_source("drafty-news")  # a registry source that merely starts so
    assert ids.example_source("a") == "example-a"
    assert ids.candidate_claim("s000", "quantity", 120) == "s000.x-quantity-120"
    assert ids.candidate_claim("s000", "quantity", 120, 2) == "s000.x-quantity-120-2"
    first = ids.linked_claim("draft:a.md", "quantity", "14 people died")
    assert re.fullmatch(r"draft:a\.md\.quantity:14-people-died:[0-9a-f]{6}", first)
    assert ids.linked_claim("draft:a.md", "quantity", "14 people died", 2) == first + ":2"


def test_engine_refs_round_trip() -> None:
    assert ids.parse_ref(ids.claim_ref("s000.q:a:1")) == (RefKind.CLAIM, "s000.q:a:1")
    assert ids.parse_ref(ids.entity_ref("xi")) == (RefKind.ENTITY, "xi")
    with pytest.raises(ValueError, match="not a claim or entity ref"):
        ids.parse_ref("finding:1:FC101:c:a")
    assert ids.join_key("unknown.quantity", "c1") == "unknown.quantity@c1"
    assert ids.finding_ref(3, "FC101", ["c:b", "c:a"]) == "finding:3:FC101:c:a|c:b"
    assert ids.partition_side("deaths") == "partition:deaths"


# An id prefix written as a string literal outside model/ids.py is id text built by hand.
HAND_BUILT = re.compile(
    r"""(?<![\w.])[fr]?["'](?:unknown\.|auto\.|unlinked\.|draft:|source:|example-|partition:|finding:|[ce]:)(?=[\w{])"""
)


def test_no_module_builds_id_text_by_hand() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "ids.py" and path.parent.name == "model":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if HAND_BUILT.search(code):
                offenders.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert offenders == []
