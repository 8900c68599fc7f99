"""A none of 表二's 第二十条第（一）项 said with a list of verbs, 修改 among them (issue 17, slice "pagesch": a city
bureau's excerpt cut in its overview, "2025年,我局未制发、废止、修改行政规范性文件,现行有效行政规范性文件7个",
池州市林业局 2025): the in-force count was read, the none of 本年制发 and 本年废止 left unread, as 修改 (amending,
no column of the form) broke the pair 未制发、废止 the reader knew. The 立改废 triple is how organs word it
(未制定、修改、废止…), in any order. Synthetic sentences in that pattern; each cell is read only for its own
verb — 发布 is no 制发, 修改 alone no cell — and a count, another organ's or another year's stays unread."""

from __future__ import annotations

import pytest

from core.importers.overview_normative import IN_FORCE, ISSUED, REPEALED, RULES_ISSUED, RULES_REPEALED, read_sentence
from core.importers.text import import_text
from core.registry import form_for_year

CELL = form_for_year(2025).prose_cells


def _read(sentence: str) -> list[tuple[str, int]]:
    return [(a, v) for a, v, _ in read_sentence(sentence, 2025)]


@pytest.mark.parametrize("sentence,read", [
    ("2025年,我局未制发、废止、修改行政规范性文件", [(ISSUED, 0), (REPEALED, 0)]),
    ("本年度未制定、修改、废止行政规范性文件", [(ISSUED, 0), (REPEALED, 0)]),
    ("我局未制定、修改、废止规章和行政规范性文件", [(ISSUED, 0), (REPEALED, 0), (RULES_ISSUED, 0), (RULES_REPEALED, 0)]),
    ("本年度未制发、修改规范性文件", [(ISSUED, 0)]),
    ("2025年未发布、修改、废止行政规范性文件", [(REPEALED, 0)]),          # 发布 is no 制发
    ("全年未修订、废止行政规范性文件", [(REPEALED, 0)]),
])
def test_a_list_of_verbs_denied(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _read(sentence) == read


@pytest.mark.parametrize("sentence", [
    "本年度未修改行政规范性文件",                        # amending alone: no column
    "本年度未发布、修改行政规范性文件",                  # publishing and amending: no column either
    "本年度制发、废止、修改行政规范性文件3件",          # one count of three kinds together
    "全县未制发、废止、修改行政规范性文件",              # the whole county's
    "2024年未制发、废止、修改行政规范性文件",            # another year's
    "本年度未制发、废止、修改规章",                      # 规章 alone: not the documents' row
])
def test_what_stays_unread(sentence: str) -> None:
    assert _read(sentence) == []


_COPY = ("本报告中使用数据统计期限为2025年1月1日至12月31日。如对本报告有任何疑问,请与某市林业局办公室联系。\n"
         "一、总体情况\n"
         "(一)主动公开。2025年,主动公开政府信息108条。\n"
         "(二)依申请公开。2025年,市林业局未收到政府信息公开申请。\n"
         "(三)政府信息管理。一是压实主体责任。2025年,我局未制发、废止、修改行政规范性文件,现行有效行政规范性文件7个。\n"
         "(四)政府信息公开平台建设。网站作为我局政府信息")


def test_a_copy_cut_in_the_overview_reads_the_none_beside_the_count() -> None:
    report, log = import_text(_COPY, "some.txt")
    assert report.cells[CELL[ISSUED]] == 0 and report.cells[CELL[REPEALED]] == 0 and report.cells[CELL[IN_FORCE]] == 7
    assert CELL[RULES_ISSUED] in report.missing                # 规章 is not named
    assert log.read[CELL[REPEALED]].startswith("从正文读取：")
