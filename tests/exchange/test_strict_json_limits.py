"""The strict loader judges nesting and the number of values the same way whatever the size of
the text: a short text is checked on the value it builds (cheaper), a long one on its text first."""

from __future__ import annotations

import pytest

from npmdesk import strict_json


def _nested(depth: int, padding: int = 0) -> str:
    return '{"pad":"' + "x" * padding + '","v":' + "[" * (depth - 1) + "0" + "]" * (depth - 1) + "}"


@pytest.mark.parametrize("padding", [0, 5_000], ids=["short text", "long text"])
def test_nesting_is_refused_beyond_the_limit_and_only_there(padding: int) -> None:
    assert strict_json.loads(_nested(8, padding), max_bytes=10**6, max_depth=8, max_items=1_000)["pad"] == "x" * padding
    with pytest.raises(strict_json.JSONRefused, match="nested too deeply"):
        strict_json.loads(_nested(9, padding), max_bytes=10**6, max_depth=8, max_items=1_000)


@pytest.mark.parametrize("padding", [0, 5_000], ids=["short text", "long text"])
def test_brackets_inside_strings_are_not_nesting(padding: int) -> None:
    text = '{"body":"' + "[{" * 50 + "x" * padding + '","tags":[["a"]]}'
    assert strict_json.loads(text, max_bytes=10**6, max_depth=3, max_items=1_000)["tags"] == [["a"]]


def test_nesting_far_beyond_the_interpreter_s_recursion_is_refused_in_a_short_text() -> None:
    text = "[" * 50_000 + "]" * 50_000
    with pytest.raises(strict_json.JSONRefused, match="nested too deeply"):
        strict_json.loads(text, max_bytes=10**6, max_depth=8, max_items=200_000)


def test_too_many_values_are_refused_before_anything_is_built() -> None:
    text = "[" + ",".join(["0"] * 600) + "]"
    with pytest.raises(strict_json.JSONRefused, match="more values than allowed"):
        strict_json.loads(text, max_bytes=10**6, max_items=500)
    assert len(strict_json.loads(text, max_bytes=10**6, max_items=601)) == 600
