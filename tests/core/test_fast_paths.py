"""The shortcuts taken for batch checking (issue 21) give exactly what the long way gives.

Each one skips work in the common case (a file with no surrogate, no long number; a cell pattern
translated once; sentences split once), so each is compared here with the general path it skips."""

from __future__ import annotations

import fnmatch
import json
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from core import surrogates
from core.forms import matching
from core.project_json import KIND, _decimal, _int, parse_text
from core.prose.sentences import sentences
from core.registry import get_form

TEXTS = st.lists(st.sampled_from(list("ab1中。\n\\\"u") + ["\ud800", "\udc00", "\\ud83d", "\\ude00", "\\u4e2d"]),
                 max_size=12).map("".join)


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_clean_json_skips_only_what_holds_no_surrogate(raw: str) -> None:
    text = json.dumps({"t": raw}, ensure_ascii=False)
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return
    assert surrogates.clean_json(data, text) == surrogates.clean_json(data)
    escaped = json.dumps({"t": raw}, ensure_ascii=True)   # surrogates as \\udXXX escapes
    assert surrogates.clean_json(json.loads(escaped), escaped) == surrogates.clean_json(json.loads(escaped))


@given(st.lists(st.one_of(st.integers(min_value=-10**70, max_value=10**70), st.text(max_size=5)), max_size=6))
@settings(max_examples=300, deadline=None)
def test_numbers_parse_as_with_the_length_check_on_every_literal(values: list[object]) -> None:
    text = json.dumps({"kind": KIND, "schema": 1, "v": values}, ensure_ascii=False)
    try:
        slow = json.loads(text, parse_float=_decimal, parse_int=_int)
    except ValueError:
        slow = None
    try:
        fast = parse_text(text)
    except Exception:  # noqa: BLE001 - a refusal, compared below
        fast = None
    if slow is None:
        assert fast is None
    elif fast is not None:
        assert fast == slow and all(type(a) is type(b) for a, b in zip(fast["v"], slow["v"], strict=True))


def test_a_long_literal_in_a_string_is_not_a_number() -> None:
    text = json.dumps({"kind": KIND, "schema": 1, "note": "9" * 80, "n": 5, "d": 1.5})
    data = parse_text(text)
    assert data["note"] == "9" * 80 and data["n"] == 5 and data["d"] == Decimal("1.5")


def test_cell_patterns_match_as_fnmatch_does() -> None:
    patterns = ["requests/*", "requests/3.*/natural", "art20_*/*/count", "*/total", "requests/3.[12]/*",
                "appeals/?/*", "*", "nothing/*", "requests/3.1/natural"]
    for fmt in ("2019", "2021"):
        cells = list(get_form(fmt).cells)
        for p in patterns:
            assert matching(cells, p) == [a for a in cells if fnmatch.fnmatchcase(a, p)], (fmt, p)


def test_sentences_are_a_new_list_each_time() -> None:
    text = "收到申请5件。办结4件；结转1件\n另有说明"
    first = sentences(text)
    first.clear()
    again = sentences(text)
    assert [s.text for s in again] == ["收到申请5件。", "办结4件；", "结转1件", "另有说明"]


_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=6),
                    st.floats(allow_nan=False, allow_infinity=False),
                    st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-10**6, max_value=10**6))
_VALUES = st.recursive(_LEAVES, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(st.text(max_size=4), inner, max_size=4)),
                       max_leaves=20)


def _reference(obj: object) -> str:
    """json.dumps(ensure_ascii=False) with each Decimal written as its plain digits, built by hand."""
    if isinstance(obj, Decimal):
        return format(obj, "f")
    if isinstance(obj, dict):
        return "{" + ", ".join(json.dumps(k, ensure_ascii=False) + ": " + _reference(v) for k, v in obj.items()) + "}"
    if isinstance(obj, list):
        return "[" + ", ".join(_reference(v) for v in obj) + "]"
    return json.dumps(obj, ensure_ascii=False)


@given(_VALUES)
@settings(max_examples=400, deadline=None)
def test_json_text_writes_what_json_writes_and_decimals_exactly(obj: object) -> None:
    from core.project_json import json_text

    assert json_text(obj) == _reference(obj)
