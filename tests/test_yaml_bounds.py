"""The bounded-YAML check (yamlio): a text without "*" has no alias, so only its depth is checked
(`check_depth`), and it refuses what the full check (`check_bounded`) refuses, at the same node."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from factcheck.errors import FactcheckError
from factcheck.yamlio import MAX_DEPTH, check_bounded, check_depth, parse_yaml

DEEP_BLOCK = "".join(f"{'  ' * n}k{n}:\n" for n in range(MAX_DEPTH + 5)) + f"{'  ' * (MAX_DEPTH + 5)}v: 1\n"
DEEP_FLOW = "top: " + "[" * (MAX_DEPTH + 3) + "]" * (MAX_DEPTH + 3) + "\n"
FINE = "a:\n  b: [1, 2, {c: d}]\n  e: two words\n"


def _refusal(check: Callable[[yaml.Node], None], text: str) -> str:
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    assert node is not None
    with pytest.raises(yaml.constructor.ConstructorError) as raised:
        check(node)
    return str(raised.value)


@pytest.mark.parametrize(
    "text", [DEEP_BLOCK, DEEP_FLOW, "[" + DEEP_FLOW.strip() + ", " + DEEP_FLOW.strip() + "]"]
)
def test_depth_alone_refuses_what_the_full_check_refuses_at_the_same_node(text: str) -> None:
    assert "*" not in text
    assert _refusal(check_depth, text) == _refusal(check_bounded, text)
    with pytest.raises(FactcheckError, match="levels deep"):
        parse_yaml(text, Path("deep.yaml"))


def test_a_text_without_aliases_parses_as_before() -> None:
    node = yaml.compose(FINE, Loader=yaml.SafeLoader)
    assert node is not None
    check_depth(node)
    check_bounded(node)
    assert parse_yaml(FINE, Path("fine.yaml")) == {"a": {"b": [1, 2, {"c": "d"}], "e": "two words"}}


def test_a_text_with_an_alias_still_gets_the_full_check() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 10)}]\n" for n in range(6)
    )
    with pytest.raises(FactcheckError, match="alias bomb"):
        parse_yaml(bomb, Path("bomb.yaml"))
    assert parse_yaml("a: &x [1]\nb: *x\n", Path("alias.yaml")) == {"a": [1], "b": [1]}
