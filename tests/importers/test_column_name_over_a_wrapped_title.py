"""A site's column name on the line above a title wrapped after the organ (issue 17, slice "pagesbt":
北京市大兴区人民政府办公室 2025, "无障碍 首都之窗 / 政府信息公开 / 北京市大兴区人民政府办公室 / 2025年政府信息公开
工作年度报告"): the column's 政府信息公开 was joined in front of the organ (政府信息公开北京市大兴区人民政府办公室).
And its none in the 条例's own words (申请获取相关政府信息, 第二十七条): "本年度未收到公民、法人或者其他组织获取相关政府
信息的申请" was left unread."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence
from core.importers.text import import_text

NEW = "requests/1/total"      # 表三 一、本年新收's total, the cell the shipped forms' prose_cells name

BODY = ("依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。\n一、总体情况\n"
        "2025年,区政府办公室全面贯彻落实《政府信息公开条例》要求。\n")


@pytest.mark.parametrize("column", ["政府信息公开", "政务公开", "信息公开", "政府信息公开年报", "政府信息公开专栏"])
def test_the_column_name_is_no_part_of_the_organ(column: str) -> None:
    text = f"无障碍 首都之窗\n{column}\n\n某市某区人民政府办公室\n\n2025年政府信息公开工作年度报告\n\n" + BODY
    report, _ = import_text(text, "column.txt")
    assert (report.year, report.organ) == (2025, "某市某区人民政府办公室")
    assert report.title == "某市某区人民政府办公室2025年政府信息公开工作年度报告"


def test_a_title_wrapped_over_three_lines_is_still_joined() -> None:
    """Lines that are the title's own parts (organ / year and 政府信息公开 / 工作年度报告) are joined as before."""
    text = "某市某区人民政府办公室\n2025年政府信息公开\n工作年度报告\n" + BODY
    report, _ = import_text(text, "wrapped.txt")
    assert (report.year, report.organ) == (2025, "某市某区人民政府办公室")


@pytest.mark.parametrize("sentence", [
    "区政府办公室本年度未收到公民、法人或者其他组织获取相关政府信息的申请",
    "本年度未收到获取政府信息的申请",
])
def test_the_none_in_the_regulations_words_is_read(sentence: str) -> None:
    assert _read_sentence(sentence, 2025) == [(NEW, 0)]


@pytest.mark.parametrize("sentence", [
    "本年度未收到法人获取相关政府信息的申请",      # one kind of applicant
    "本年度未获取相关政府信息",                    # no request named
])
def test_near_misses_stay_unread(sentence: str) -> None:
    assert _read_sentence(sentence, 2025) == []
