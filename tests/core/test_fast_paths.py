"""The shortcuts taken for batch checking (issue 21) give exactly what the long way gives.

Each one skips work in the common case (a file with no surrogate, no long number; a cell pattern
translated once; sentences split once), so each is compared here with the general path it skips."""

from __future__ import annotations

import fnmatch
import json
import re
from decimal import Decimal

from hypothesis import example, given, settings
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


def test_a_string_that_looks_like_a_placeholder_stays_a_string() -> None:
    from core import json_text

    fake = f"{json_text._NUMBER_KEY}:0"
    for obj in ({"s": fake, "d": Decimal("2.50")}, [Decimal("1.0"), fake, {fake: fake}], {"only": fake}):
        assert json_text.json_text(obj) == _reference(obj)


# -- skipping sentences a pattern cannot match in (core.prose.scanning) ----------------------------

_PROSE = st.lists(st.sampled_from(["未", "没有", "收到", "申请", "人", "行政复议", "行政诉讼", "均", "获", "维持",
                                   "规范性文件", "制发", "件", "12", "3", "两", "万", "，", "。", "；", "\n", " ",
                                   "（", "）", "法", "其中", "2024年", "%"]), max_size=30).map("".join)


def _prose_patterns() -> list[object]:
    from core.prose.grammar import grammar
    from core.prose.numbers import figure_pattern

    out: list[object] = []
    for fmt in ("2019", "2021"):
        form = get_form(fmt)
        g = grammar(next(r for r in form.rules if r.id == "R6").params, list(form.cells))
        out += [p for _, _, p in g.phrases] + [figure_pattern(g.units)]
        out += [m.cue for m in g.measures if m.cue is not None]
    # negative look-aheads that a sentence's end makes succeed (a whole-text search would not)
    return out + [re.compile(r"申请(?!\s|人)"), re.compile(r"\d件(?![。\n])")]


@given(_PROSE)
@settings(max_examples=300, deadline=None)
def test_ranges_hit_never_skips_a_sentence_the_pattern_matches_in(text: str) -> None:
    from core.prose.scanning import ranges_hit

    found = sentences(text)
    starts, ends = [s.start for s in found], [s.end for s in found]
    for pattern in _prose_patterns():
        hit = set(ranges_hit(pattern, text, starts, ends))  # type: ignore[arg-type]
        matched = {i for i, s in enumerate(found) if pattern.search(text, s.start, s.end)}  # type: ignore[attr-defined]
        assert matched <= hit, (pattern.pattern, text)  # type: ignore[attr-defined]


@given(_PROSE.map(lambda s: s.replace("12", "1,2，十二")))
@example("收到3，件。共1,件；十二 余件")
@settings(max_examples=300, deadline=None)
def test_every_sentence_holding_a_figure_is_among_those_its_ends_find(text: str) -> None:
    from core.prose.numbers import figure_ends, figure_pattern
    from core.prose.scanning import ranges_hit

    found = sentences(text)
    starts, ends = [s.start for s in found], [s.end for s in found]
    for units in (("件",), ("件", "个", "起"), ("件", "人次"), ("万元", "元")):
        hit = set(ranges_hit(figure_ends(units), text, starts, ends))
        holding = {i for i, s in enumerate(found) if figure_pattern(units).search(text, s.start, s.end)}
        assert holding <= hit, (units, text)


@given(_PROSE)
@settings(max_examples=200, deadline=None)
def test_every_match_holds_one_of_the_required_words(text: str) -> None:
    from core.prose.scanning import required_words

    for pattern in _prose_patterns():
        words = required_words(pattern)  # type: ignore[arg-type]
        for m in pattern.finditer(text):  # type: ignore[attr-defined]
            assert words is None or any(w in m.group() for w in words), (pattern.pattern, m.group(), words)  # type: ignore[attr-defined]


def test_required_words_are_read_from_the_parse() -> None:
    from core.prose.scanning import required_words

    assert required_words(re.compile(r"(?:未|没有)(?:制发|印发)[^，]{0,10}?规章(?!制度)|无[^，]{0,6}?公开申请")) \
        == ("公开申请", "制发", "印发")
    assert required_words(re.compile(r"a(?:bc|de)+f?")) == ("bc", "de")
    assert required_words(re.compile(r"x?(?:yz)*\d")) is None           # nothing every match must hold
    assert required_words(re.compile(r"(?i)abc")) is None


def test_ranges_hit_skips_and_keeps_what_it_should() -> None:
    from core.prose.scanning import ranges_hit, without_negative_lookaheads

    text = "未收到申请\n丙。申请人"
    found = sentences(text)
    starts, ends = [s.start for s in found], [s.end for s in found]
    pattern = re.compile(r"申请(?!\s|人)")
    assert [i for i, s in enumerate(found) if pattern.search(text, s.start, s.end)] == [0]  # its end: nothing after
    assert ranges_hit(pattern, text, starts, ends) == [0, 2]     # searched without the look-ahead: 2 read too
    assert ranges_hit(re.compile("[丙丁]$"), text, starts, ends) == [0, 1, 2]    # end-sensitive: never skipped
    assert ranges_hit(re.compile("丙$"), text, starts, ends) == [1]             # but it must hold 丙
    assert ranges_hit(re.compile("丁"), text, starts, ends) == []
    assert without_negative_lookaheads(r"a(?!b(c)[)]\))d|e(?!x)") == "ad|e"


_DIGITISH = st.lists(st.sampled_from(list("0123456789 -Xxa@中，\n") + ["138", "1234", "5678", "6222"]),
                     max_size=40).map("".join)


@given(_DIGITISH)
@example("联系电话 138 1234 5678。申请人王某，身份证号11010519491231002X")
@example("卡号6222 0200 1234 5678 901，手机139-1234-5678a")
@settings(max_examples=400, deadline=None)
def test_privacy_scan_reads_only_digit_runs_and_finds_the_same(text: str) -> None:
    from core.prose import privacy

    def everywhere(pattern: object, text: str, runs: object) -> object:
        return pattern.finditer(text)  # type: ignore[attr-defined]

    fast = privacy.scan(text)
    original = privacy._in_runs
    privacy._in_runs = everywhere  # type: ignore[assignment]
    try:
        slow = privacy.scan(text)
    finally:
        privacy._in_runs = original
    assert fast == slow


# -- shortcuts of a folder's check (issue 21): the same answers as the long way -------------------

@given(_PROSE, st.lists(st.sampled_from(["申请", "收到", "未", "件", "行政复议", "。", "人"]), min_size=1, max_size=3))
@settings(max_examples=300, deadline=None)
def test_holding_finds_every_range_holding_a_word(text: str, words: list[str]) -> None:
    from core.prose.scanning import _holding

    found = sentences(text)
    starts, ends = [s.start for s in found], [s.end for s in found]
    expected = [i for i, s in enumerate(found) if any(w in text[s.start:s.end] for w in words)]
    assert _holding(text, tuple(words), starts, ends) == expected


@given(_PROSE.map(lambda s: s.replace("其中", "！").replace("法", "?")))
@settings(max_examples=300, deadline=None)
def test_full_start_is_after_the_last_full_stop_before(text: str) -> None:
    from core.prose.statements import _full_start

    for start in range(len(text) + 1):
        assert _full_start(text, start) == max(text.rfind(stop, 0, start) for stop in "。！？!?\n") + 1


@given(st.lists(st.sampled_from(["1", "2", "十", "三", "件", "个", " ", "\u3000", "\n", "到", "至", "~", "\uff5e", "-",
                                 "\uff0d", "\u2014", "\u2013", "x", "，", "余", "不等"]), max_size=24).map("".join))
@settings(max_examples=400, deadline=None)
def test_a_range_is_found_as_the_full_search_finds_it(text: str) -> None:
    from core.prose import numbers

    units = ("件", "个")
    for f in numbers.figures(text, units):
        at = f.start
        ranged = bool(numbers._RANGE_BEFORE.search(text, max(0, at - 12), at))
        assert not ranged or f.approximate, (text, f)
        if ranged:
            assert text[max(0, at - 12):at].rstrip().endswith(numbers._RANGE_WORDS)


def _check_reports() -> list[object]:
    from builders import clean_last_year, clean_report

    from core.report import IMPORTED, PRINTED, Origin

    reports = []
    for fmt in ("2019", "2021"):
        report = clean_report(fmt)
        reports.append(report)
        imported = clean_report(fmt, organ="某\"局\\")
        imported.totals = PRINTED
        imported.last_year = clean_last_year(imported)
        source = Origin(IMPORTED, "报告 \"2023\"\\n.pdf")
        for i, address in enumerate(imported.cells):
            if i % 3:
                imported.origins[address] = source if i % 2 else Origin("carried")
        imported.cells[next(iter(imported.cells))] = None
        reports.append(imported)
    return reports


def test_check_line_is_the_record_json_writes() -> None:
    from core.check_output import check_line, check_record
    from core.json_text import json_text
    from core.validate import validate

    for report in _check_reports():
        findings = validate(report)  # type: ignore[arg-type]
        line = check_line("a/b.nianbao", report, findings)  # type: ignore[arg-type]
        assert line == json_text(check_record("a/b.nianbao", report, findings))  # type: ignore[arg-type]
        assert json.loads(line)["origin"] == json.loads(json.dumps(check_record("x", report, findings)["origin"]))  # type: ignore[arg-type]


def test_encoded_json_is_written_as_it_is_on_one_line_only() -> None:
    import pytest

    from core import json_text

    raw = json_text.Encoded('{"k": [1, "v"]}')
    assert json_text.json_text({"a": raw, "d": Decimal("1.50")}) == '{"a": {"k": [1, "v"]}, "d": 1.50}'
    fake = f"{json_text._NUMBER_KEY}:0"   # the slow way, a string holding the placeholders' key
    assert json_text.json_text({"s": fake, "a": raw}) == json.dumps({"s": fake}, ensure_ascii=False)[:-1] \
        + ', "a": {"k": [1, "v"]}}'
    with pytest.raises(ValueError):
        json_text.json_text({"a": raw}, indent=1)
