"""A page's number and a page's break, one definition for every reader (core/importers/page_marks.py).

Why: three patterns once decided it, each its own way; the aligned-column reader took a lone
"2024" or "-3" (a cell, a year, a negative 本年增/减) for a page's number and passed over it, and
did not know "第3页，共5页", which the line readers did.
"""

from __future__ import annotations

import pytest

from core.importers.aligned_proof import CHARS, label, words_at, wrapped_label
from core.importers.page_marks import crosses_a_page, in_a_break, is_bare, is_dashed, is_page_number, past_a_break

PAGE_NUMBERS = ["3", " 12 ", "- 3 -", "—3—", "－３－", "—— 5 ——", "·3·", "_3_", "第3页", "第 3 页", "3页",
                "第3页 共5页", "第3页，共5页", "第3页/共5页", "3/5", "3 / 5 页", "3共5页", "- 第3页 -", "３"]
NOT_PAGE_NUMBERS = ["", "  ", "2024", "1288", "-3", "3-", "—3", "_3", "-14", "第3", "第3条", "3.5", "0.5",
                    "3件", "共5页", "一", "- -", "第1000页", "3/1234", "3 5", "2024年1月20日"]


@pytest.mark.parametrize("text", PAGE_NUMBERS)
def test_what_a_page_number_looks_like(text: str) -> None:
    assert is_page_number(text)


@pytest.mark.parametrize("text", NOT_PAGE_NUMBERS)
def test_what_is_no_page_number(text: str) -> None:
    assert not is_page_number(text)     # a four-digit cell or year, a one-sided negative cell, a sentence


def test_dashed_is_the_numbers_between_dashes_only() -> None:
    assert [t for t in PAGE_NUMBERS if is_dashed(t)] == ["- 3 -", "—3—", "－３－", "—— 5 ——", "- 第3页 -"]
    assert not any(is_dashed(t) for t in NOT_PAGE_NUMBERS)


def test_bare_is_the_number_alone() -> None:
    assert [t for t in PAGE_NUMBERS if is_bare(t)] == ["3", " 12 ", "３"]
    assert not any(is_bare(t) for t in ["2024", "-3", "1288", "3页", ""])


def test_a_break_is_a_page_number_or_a_page_start_among_blank_lines() -> None:
    lines = ["a", "", "- 3 -", "", "b", "", "c", "", "2024", "d"]
    assert in_a_break("") and in_a_break("第3页") and not in_a_break("2024")
    assert past_a_break(lines, 1, frozenset()) == 4          # blank, its number, blank
    assert past_a_break(lines, 5, frozenset()) == 5          # a blank line alone is no break
    assert past_a_break(lines, 5, frozenset({6})) == 6       # unless a page starts after it
    assert past_a_break(lines, 7, frozenset()) == 7          # "2024" is a cell, not a page's number
    assert crosses_a_page(lines, 1, 4, frozenset()) and not crosses_a_page(lines, 5, 6, frozenset())
    assert crosses_a_page(lines, 5, 6, frozenset({6})) and not crosses_a_page(lines, 5, 6, frozenset({7}))
    assert not crosses_a_page(lines, 9, 10, frozenset({10}))   # a page starting past the last line


def _words(lines: list[str]) -> list[list[tuple[int, str]]]:
    return [words_at(line, CHARS) for line in lines]


def test_a_label_stops_at_a_page_number_with_its_whole() -> None:
    lines = ["其他    3    4", "第3页，共5页", "下一页的字"]
    assert label(lines, _words(lines), 0) == "其他"


def test_a_wrapped_label_goes_on_over_a_page_number_but_not_over_a_cell() -> None:
    over_a_page = ["一、本年    5    3", "", "- 3 -", "", "新收政府信息公开申请数量"]
    over_a_cell = ["一、本年    5    3", "2024", "新收政府信息公开申请数量"]
    minus = ["一、本年    5    3", "", "-3", "", "新收政府信息公开申请数量"]
    found = wrapped_label(over_a_page, _words(over_a_page), 0, frozenset())
    assert found is not None and found[0].replace(" ", "") == "一、本年新收政府信息公开申请数量"
    assert wrapped_label(over_a_cell, _words(over_a_cell), 0, frozenset()) is None
    assert wrapped_label(minus, _words(minus), 0, frozenset()) is None
