"""Shortcuts taken so that ``check`` reads a folder of a thousand reports in about a second (the
issue: 1,000 real reports checked in ≤ 1 s), each compared here with the long way it skips.

The pre-parse scan of a file that escapes only letters, its empty strings dropped first, its depth
read from a few bytes; the file's own bytes as its encoding; patterns known by their id, texts
ruled out by a pattern's required words, cues by the characters they begin with; figures, years,
phones and e-mails found with fewer calls; comparisons by operator; magnitudes asked of a report's
few distinct values; a loaded report's full set of cells. Each gives exactly what the long way
gives; each test fails when its shortcut is broken on purpose."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Optional

import pytest
from builders import prose_grammars
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core import safe_io, storage
from core.project_errors import ProjectFileError
from core.prose import scanning, statements
from core.prose.grammar import Grammar
from core.prose.numbers import (
    _APPROX_AFTER,
    _RANGE_AFTER,
    _RANGE_BEFORE,
    Figure,
    chinese_to_int,
    figure_pattern,
    figures,
)
from core.prose.scanning import first_chars, ranges_hit
from core.prose.sentences import sentences, spans
from core.registry import get_form
from core.report import Report

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))


# -- the pre-parse scan (core.safe_io) ---------------------------------------------------------------

BYTES = st.lists(st.sampled_from([b'"', b"\\", b"[", b"]", b"{", b"}", b",", b"n", b"u", b"/", b"t", b"x", b"0",
                                  b" ", "中".encode(), b"\x00"]), max_size=24).map(b"".join)


@given(BYTES)
@example(b'"\\n\\"[",["\\\\"]')
@example(b'\\x"')
@settings(max_examples=600, deadline=None)
def test_a_text_escaping_only_letters_has_the_structure_the_escape_pairing_gives(data: bytes) -> None:
    assert safe_io._structure("", data) == safe_io._escaped(data)


STRUCTURES = st.lists(st.sampled_from([b'"', b'""', b"[", b"]", b"{", b"}", b","]), max_size=24).map(b"".join)


@given(STRUCTURES)
@example(b'"[""]"')
@example(b'"",""')
@settings(max_examples=600, deadline=None)
def test_the_parts_outside_strings_are_what_the_split_gives(structure: bytes) -> None:
    assert safe_io._outside_strings(structure) == b"".join(structure.split(b'"')[0::2])


@given(st.lists(st.sampled_from([b"[", b"]", b"{", b"}", b",", b"[]", b"{}"]), max_size=40).map(b"".join),
       st.integers(min_value=0, max_value=8))
@example(b"[[[]]]", 2)
@example(b"]", 0)
@settings(max_examples=800, deadline=None)
def test_deeper_answers_as_the_full_count_does(skeleton: bytes, limit: int) -> None:
    assert safe_io._deeper(skeleton, limit) == (safe_io._depth(skeleton) > limit)


def test_a_real_project_file_takes_the_quick_scan(tmp_path: Path) -> None:
    from builders import clean_report

    report = clean_report("2021")
    report.texts["1"] = "第一段，\n第二段（含“引号”与\\反斜杠）"
    path = storage.save(report, tmp_path / "a.nianbao")
    data = path.read_bytes()
    assert b"\\n" in data and safe_io._OTHER_ESCAPE.search(data) is not None   # the escaped backslash: long way
    report.texts["1"] = "第一段，\n第二段"
    data = storage.save(report, path).read_bytes()
    assert b"\\n" in data and safe_io._OTHER_ESCAPE.search(data) is None


# -- the file's bytes as its encoding (core.storage) -------------------------------------------------

@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20), st.booleans(),
       st.sampled_from([b"", b"\xff", b"\xed\xa0\x80", b"\xc0\x80", b"\xef\xbb\xbf"]))
@settings(max_examples=300, deadline=None)
def test_the_bytes_read_are_the_text_encoded(tmp_path_factory: pytest.TempPathFactory, text: str, bom: bool,
                                             tail: bytes) -> None:
    path = tmp_path_factory.mktemp("read") / "x.nianbao"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8") + tail)
    try:
        expected = storage.read_text(path)
    except ProjectFileError as e:
        with pytest.raises(ProjectFileError, match=re.escape(str(e))):
            storage._read(path)
        return
    got, encoded = storage._read(path)
    assert got == expected and encoded == expected.encode("utf-8", "surrogatepass")


# -- patterns known by their id (core.prose.scanning) ------------------------------------------------

def test_ranges_hit_by_id_gives_what_a_fresh_reading_gives() -> None:
    text = "未收到申请。\n维持原决定；共收到12件\n行政复议3起。"
    starts, ends = spans(text)
    patterns = [re.compile(p) for p in ("未收到", "收到\\d+件", "[维共]", "维持(?!原)", "复议$")]
    patterns += [re.compile(f"收到{i}|行政复议") for i in range(300)]        # more than the table holds
    for _ in range(2):
        for p in patterns:
            fast = ranges_hit(p, text, starts, ends)
            scanning._known.clear()
            assert fast == ranges_hit(p, text, starts, ends), p.pattern


@given(st.lists(st.sampled_from(["全文", "本报告", "年度", "报告", "共", "六", "6", "个", "部分", "方面内容", "组成", "。",
                                  "收到", "未", "行政复议"]), max_size=12).map("".join))
@settings(max_examples=300, deadline=None)
def test_a_text_said_not_to_hold_a_pattern_holds_no_match(text: str) -> None:
    from core.prose.form_checks import _PARTS, _REPORT_WORDS

    for p in (_REPORT_WORDS, _PARTS, re.compile("未(?:收到|受理)"), re.compile("[全本]文"), re.compile("x*")):
        assert scanning.may_hold(p, text) or p.search(text) is None, (p.pattern, text)


# -- cues that cannot begin among the words before a figure ------------------------------------------

PROSE = st.lists(st.sampled_from(["收到", "申请", "共", "受理", "办结", "答复", "予以公开", "及", "部分公开", "不予公开",
                                  "行政复议", "行政诉讼", "维持", "纠正", "结转", "转入", "下年度", "主动公开", "发布",
                                  "规范性文件", "现行有效", "废止", "起", "12", "3", "两", "件", "条", "个", "，", "。",
                                  "、", "\n", "其中", "依申请", "不", "上一年度", "继续", "办理"]),
                 max_size=16).map("".join)


@given(PROSE)
@settings(max_examples=300, deadline=None)
def test_a_match_begins_with_one_of_its_first_characters(text: str) -> None:
    for g in prose_grammars():
        for p in [m.cue for m in g.measures if m.cue is not None] + [p for _, _, p in g.phrases]:
            first = first_chars(p)
            for m in p.finditer(text):
                assert first is None or not m.group() or text[m.start()] in first, (p.pattern, m.group())


def test_first_characters_are_read_only_where_the_parse_says_them() -> None:
    def first(p: str) -> Optional[frozenset[str]]:
        return first_chars(re.compile(p))

    assert first("(?<!受理、)办理(?!结果)") == frozenset("办")
    assert first("上一?年度?结转|结转上一?年度?") == frozenset("上结")
    assert first("(?:结转|顺延|转)+(?:至|到)?") == frozenset("结顺转")
    assert first("[收受]到") == frozenset("收受") and first("^(?=x)ab") == first("(a)\\1") == frozenset("a")
    for unknown in ("a?b", "(?:a|)b", "\\d件", "[一-十]件", "(?i)abc", "(?i:a)b", "x*", "", "(?=a)", ".b", "[^a]b",
                    "(?>ab)", "a++b"):
        assert first(unknown) is None, unknown


class _EveryCue:
    """A grammar that answers as ``g`` does but knows no cue's first characters: every cue searched."""

    def __init__(self, g: Grammar) -> None:
        self._g = g

    def __getattr__(self, name: str) -> object:
        return getattr(self._g, name)

    def cued(self, unit: str) -> tuple[tuple[object, object, None], ...]:
        return tuple((m, cue, None) for m, cue, _ in self._g.cued(unit))


def _mentions_both_ways(g: Grammar, text: str) -> int:
    compared = 0
    for s in sentences(text):
        for f in figures(text, g.units, s.start, s.end):
            for a in range(s.start, f.start + 1, 2):
                quick = statements._mentions(g, text, f, a)
                assert quick == statements._mentions(_EveryCue(g), text, f, a), text[a:f.end]  # type: ignore[arg-type]
                compared += bool(quick)
    return compared


def test_skipped_cues_are_ones_that_match_nowhere_before_the_figure() -> None:
    grammars = prose_grammars()
    assert sum(_mentions_both_ways(g, seed.read_text(encoding="utf-8")) for g in grammars for seed in SEEDS) > 300


@given(PROSE)
@settings(max_examples=300, deadline=None)
def test_skipped_cues_on_made_sentences(text: str) -> None:
    for g in prose_grammars():
        _mentions_both_ways(g, text)


def test_the_measures_read_for_a_unit_are_those_counted_in_it_in_order() -> None:
    for g in prose_grammars():
        for unit in g.units + ("吨",):
            assert [(m, c) for m, c, _ in g.cued(unit)] == [(m, m.cue) for m in g.measures
                                                            if m.cue is not None and unit in m.units]
            assert list(g.followed(unit)) == [(m, m.after) for m in g.measures if m.after is not None and unit in m.units]


# -- figures read with fewer calls (core.prose.numbers) ----------------------------------------------

def _figures_the_long_way(text: str, units: tuple[str, ...], start: int = 0, end: Optional[int] = None) -> list[Figure]:
    """``figures`` as it was written before: every group and position asked of the match again."""
    end = len(text) if end is None else end
    out = []
    for m in figure_pattern(units).finditer(text, start, end):
        raw = m.group("num")
        if raw[0].isdigit():
            if m.start() > 0 and (text[m.start() - 1].isdigit() or text[m.start() - 1] in ".-/第"
                                  or text[m.start() - 1].isascii() and text[m.start() - 1].isalpha()):
                continue
            try:
                value = Decimal(raw.replace(",", "").replace("，", ""))
            except InvalidOperation:
                continue
        else:
            if raw in ("万",) or (m.start() > 0 and text[m.start() - 1] in "第每唯统之某任"):
                continue
            number = chinese_to_int(raw)
            if number is None:
                continue
            value = Decimal(number)
        if m.group("wan"):
            value *= 10000
        unit = m.group("unit")
        before = text[max(0, m.start() - 2):m.start()]
        approx = bool(m.group("approx")) or bool(_APPROX_AFTER.match(text, m.end())) \
            or before.endswith(("约", "近", "超", "逾")) or before.endswith(("大约", "将近", "超过")) \
            or bool(_RANGE_BEFORE.search(text, max(0, m.start() - 12), m.start())) \
            or bool(_RANGE_AFTER.match(text, m.end()))
        out.append(Figure(value, m.start(), m.end(), unit, approx, unit in ("%", "％")))
    return out


NUMBERS = st.lists(st.sampled_from(["12", "1,2", "3.5", "1.", "十二", "两", "万", "一百零五", "件", "条", "余", "多",
                                    "%", "约", "超过", "到", "至", "不等", "第", "a", "-", "/", " ", "，", "。", "左右",
                                    "收到"]), max_size=14).map("".join)


@given(NUMBERS, st.integers(min_value=0, max_value=6))
@example("约1,2余件，第3件，a4件，20到30件不等", 0)
@settings(max_examples=500, deadline=None)
def test_figures_are_read_as_the_long_way_reads_them(text: str, start: int) -> None:
    for units in (("件",), ("件", "条", "个"), ("万元", "元")):
        assert figures(text, units, min(start, len(text))) == _figures_the_long_way(text, units, min(start, len(text)))


def _figure_pattern_the_long_way(units: tuple[str, ...]) -> re.Pattern[str]:
    """``figure_pattern`` as it was written before: the two kinds of number as two alternatives."""
    from core.prose.numbers import CN_NUMERAL

    unit_alt = "|".join(sorted((re.escape(u) for u in units), key=len, reverse=True))
    return re.compile(r"(?P<num>\d[\d,，]*(?:\.\d+)?|" + CN_NUMERAL + r"+)\s*(?P<wan>万)?\s*(?P<approx>余|多)?\s*"
                      r"(?P<unit>" + unit_alt + r"|%|％)")


@given(NUMBERS.map(lambda s: s.replace("a", "〇").replace("/", "\u0663")), st.integers(min_value=0, max_value=6))
@example("1，，件3.5万余条十二 件〇一件٣件", 0)
@settings(max_examples=500, deadline=None)
def test_the_figure_pattern_matches_as_the_two_alternatives_do(text: str, start: int) -> None:
    from core.prose.numbers import CN_NUMERAL

    assert not re.search(r"\d", CN_NUMERAL[1:-1])                # the look-behind can tell the kinds apart
    for units in (("件",), ("件", "条", "个"), ("万元", "元")):
        quick, slow = figure_pattern(units), _figure_pattern_the_long_way(units)
        assert [(m.span(), m.groups()) for m in quick.finditer(text, start)] == \
            [(m.span(), m.groups()) for m in slow.finditer(text, start)]


def test_figures_of_real_reports_as_the_long_way() -> None:
    units = prose_grammars()[1].units
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        assert figures(text, units) == _figures_the_long_way(text, units), seed.name


def _other_year_the_long_way(text: str, start: int, end: int, year: int, cues: tuple[tuple[int, int], ...]) -> bool:
    depth = 0
    titled = set()
    for i in range(start, end):
        ch = text[i]
        if ch == "《":
            depth += 1
        elif ch == "》":
            depth = max(0, depth - 1)
        elif depth:
            titled.add(i)
    return any(int(m.group(1)) != year and m.start() not in titled and not any(a <= m.start() < b for a, b in cues)
               for m in statements._YEAR.finditer(text, start, end))


@given(st.lists(st.sampled_from(["2024年", "2023 年", "《", "》", "办法", "（2022年）", "收到", "12", "年"]),
                max_size=10).map("".join), st.integers(0, 4), st.integers(0, 40), st.sampled_from([(), ((0, 6),)]))
@example("《2023年规定》2023年", 0, 40, ((0, 1),))
@settings(max_examples=500, deadline=None)
def test_another_year_is_told_as_the_long_way_tells_it(text: str, start: int, end: int,
                                                       cues: tuple[tuple[int, int], ...]) -> None:
    end = min(max(start, end), len(text))
    assert statements._other_year(text, start, end, 2024, cues) == _other_year_the_long_way(text, start, end, 2024, cues)


# -- a loaded report holds every cell already (core.report) ------------------------------------------

@given(st.sampled_from(["2019", "2021"]), st.lists(st.integers(min_value=0, max_value=10_000), unique=True),
       st.booleans())
@settings(max_examples=200, deadline=None)
def test_a_report_lists_its_cells_in_the_order_the_fill_gives(fmt: str, picks: list[int], every: bool) -> None:
    form = get_form(fmt)
    addresses = list(form.cells)
    chosen = [addresses[i % len(addresses)] for i in picks]
    if every:
        chosen += [a for a in reversed(addresses) if a not in chosen]
    given_cells = dict.fromkeys(chosen, 1)
    expected = list(given_cells) + [a for a in addresses if a not in given_cells]
    assert list(Report(form=form, year=2024, cells=dict(given_cells)).cells) == expected
