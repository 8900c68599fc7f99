"""表二's 第二十条第（一）项 said in 一、总体情况's words, in a copy cut before 表二 (issue 17, slice
"pagesbf"): a township's excerpt stops in its overview, whose (三)政府信息管理 says "本年度行政规范性文件
发布0条,废止数量0条,现行有效数量0条" (武山县城关镇 2025) — the only words the copy holds of the table,
left unread. Synthetic text, each in the pattern real copies printed (城关镇, 藏坝乡, 汉水桥街道,
海南省生态环境厅, 福州市外办…); what may be another count, another organ's or another day's stays
unread."""

from __future__ import annotations

import pytest

from core.importers.overview_normative import IN_FORCE, ISSUED, REPEALED, RULES_ISSUED, read_sentence
from core.importers.text import import_text
from core.registry import form_for_year

CELL = form_for_year(2025).prose_cells
"""The cell each meaning the reader finds fills, in the shipped form."""


def _read(sentence: str, year: int = 2025) -> list[tuple[str, int]]:
    return [(a, v) for a, v, _ in read_sentence(sentence, year)]


@pytest.mark.parametrize("sentence,read", [
    # the documents named once, the columns after them in the form's own words
    ("本年度行政规范性文件发布0条,废止数量0条,现行有效数量0条", [(REPEALED, 0), (IN_FORCE, 0)]),
    ("本年出台行政规范性文件:制发件数2件,废止件数1件,现行有效件数22件", [(ISSUED, 2), (REPEALED, 1), (IN_FORCE, 22)]),
    # each clause its verb and the documents (文件 alone after they were named)
    ("2025年街道制定规范性文件0件,废除规范性文件0件,正在实施的规范性文件0件", [(ISSUED, 0), (REPEALED, 0), (IN_FORCE, 0)]),
    ("制定发布规范性文件4件,清理废止文件0件,现行有效文件20件", [(ISSUED, 4), (REPEALED, 0), (IN_FORCE, 20)]),
    ("本年度制发行政规范性文件 0件、废止文件0件", [(ISSUED, 0), (REPEALED, 0)]),
    ("全年共制发行政规范性文件82件", [(ISSUED, 82)]),
    ("制发规范性文件3件,印发文件35件", [(ISSUED, 3)]),        # 印发文件: every document sent out, never 表二's
    ("2025年,共制定出台行政规范性文件6件", [(ISSUED, 6)]),
    ("2025年以来现行有效的行政规范性文件0件", [(IN_FORCE, 0)]),
    # a none said in words
    ("本年度未制定新的行政法规、规章及规范性文件", [(ISSUED, 0), (RULES_ISSUED, 0)]),
    ("2025年,未制定印发新的行政规范性文件", [(ISSUED, 0)]),
    ("我镇无现行有效的规范性文件", [(IN_FORCE, 0)]),
])
def test_the_words_of_the_first_row_group(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _read(sentence) == read


@pytest.mark.parametrize("sentence", [
    "本年度行政规范性文件发布0条",                      # 发布: what a site published
    "其中发布规范性文件2件",                            # a part, and published
    "本年新制作规范性文件和发布政策解读信息0条",        # two things counted together
    "印发文件35件",                                     # every document sent out, not 规范性文件
    "全县制发规范性文件20件",                           # the whole county's
    "协助县政府制发规范性文件2件",                      # another organ's
    "截至目前,现行有效行政规范性文件19件,本年度废止1件",  # as of a day not named
    "2021年以来制发规范性文件12件",                     # over years
    "2024年制发规范性文件3件",                          # another year's
    "上年度制发规范性文件3件,废止1件",                  # another year's, and what follows it
    "对3件规范性文件进行了合法性审查",                  # no verb of the form
    "累计制定规范性文件40件",                           # over years
    "建成规范性文件库,本年度制发规范性文件34件,现行有效件数424件",  # what a library holds
    "2023年,通过政府门户网站集中公开行政规范性文件3件,现行有效件数5件",  # what a site published, not the topic
])
def test_what_stays_unread(sentence: str) -> None:
    assert _read(sentence) == []


def test_stated_twice_differently_is_not_read() -> None:
    report, _ = import_text(_COPY.replace("新制发行政规范性文件0件", "制发行政规范性文件0件。全年制发行政规范性文件2件"),
                            "some.txt")
    assert "art20_1/normative/issued" in report.missing


_COPY = ("某县某镇2025年政府信息公开工作年度报告\n"
         "本报告所列数据统计期限为2025年1月1日至12月31日。\n"
         "一、总体情况\n"
         "(一)主动公开。2025年,某镇主动公开信息共计100条。\n"
         "(二)依申请公开。2025年未收到依申请公开事宜。\n"
         "(三)政府信息管理。本年度新制发行政规范性文件0件,废止数量0条,现行有效数量1条。\n"
         "(四)政府信息平台建设。以县政府网为第一平台,同步加强")


def test_a_copy_cut_in_the_overview_reads_them_and_says_so() -> None:
    report, _ = import_text(_COPY, "some.txt")
    assert report.cells[CELL[ISSUED]] == 0 and report.cells[CELL[REPEALED]] == 0 and report.cells[CELL[IN_FORCE]] == 1
    assert CELL[RULES_ISSUED] in report.missing               # 规章 is not said
    assert report.cells["requests/1/total"] == 0
    assert any("第二十条第（一）项的表格" in n and "请对照原文核对" in n for n in report.notes)
    assert "从正文读取" in report.origins[CELL[ISSUED]].source


def test_a_copy_printing_the_table_takes_it_from_the_table_alone() -> None:
    table = ("\n二、主动公开政府信息情况\n第二十条第(一)项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n"
             "规章 | 0 | 0 | 0\n行政规范性文件 | 2 | 0 | 5\n")
    report, _ = import_text(_COPY + "。\n" + table, "some.txt")
    assert report.cells[CELL[ISSUED]] == 2 and report.cells[CELL[IN_FORCE]] == 5
