"""Search excerpts of 华东 county departments, 街道 and 镇 (2019–2023; corpus pagescb-), in the patterns
their copies show, with made-up organs and figures:

- a page's index grid (索引号 … 主题分类 …; 组配分类 … 发布机构 …) under a breadcrumb ending in a year
  (> 政府信息公开年报 > 2020年) was joined with it into a "title wrapped over lines", and the organ read
  was 索引号…主题分类 — the report's own title line below was never looked at;
- a copy opening with "某街道政府信息公开工作年度报告依据《中华人民共和国政府信息公开条例》编制" and its period,
  cut before its tables, was refused as no report: that sentence (the report, by name, saying under
  which law it was made) was not known as the report speaking of itself;
- "收到政府信息公开申请一件": a small count written as a numeral character was left unread."""

from __future__ import annotations

import pytest

from core.importers.model import ImportError_
from core.importers.overview_counts import _requests
from core.importers.request_words import CARRIED_OUT, NEW
from core.importers.text import import_text
from core.importers.title_sentence import speaks_of_itself

OVERVIEW = ("一、总体情况\n"
            "(一)主动公开政府信息情况。\n"
            "2020年,我局主动公开政府信息120条。\n"
            "(二)依申请公开信息情况。\n"
            "2020年我局新收到政府信息公开申请4件,均已按时答复。\n")


def test_an_index_grid_under_a_breadcrumb_is_no_part_of_the_title() -> None:
    text = ("您现在的位置:首页\n"
            " > 政府信息公开年报  > 2020年\n"
            "索引号 001008003008067/2021-12345 主题分类 政务公开\n"
            "组配分类 信息公开年报 发布机构 县府办\n"
            "生成日期 2021-01-28 公开方式 主动公开\n\n"
            "某某县市场监督管理局2020年政府信息公开工作报告\n\n" + OVERVIEW)
    report, log = import_text(text, "grid.txt")
    assert (report.year, report.organ) == (2020, "某某县市场监督管理局")
    assert not any("索引号" in n for n in log.notes), log.notes
    assert report.cells["requests/1/total"] == 4


QIANQUAN = ("某某街道政府信息公开工作年度报告依据《中华人民共和国政府信息公开条例》编制。主要内容包括总体情况、"
            "主动公开政府信息情况、收到和处理政府信息公开申请情况等六部分组成。")
PERIOD = "统计时限为2019年1月1日—2019年12月31日。"
BODY = ("\n一、总体情况\n"
        "(一)主动公开政府信息统计。2019年度,街道通过网站主动公开政府信息共75条。\n"
        "(二)依申请公开。2019年度,街道共收到3件信息公开申请,均已答复。\n")


def test_a_copy_whose_report_by_name_says_under_which_law_it_was_made_is_read() -> None:
    report, log = import_text(QIANQUAN + PERIOD + BODY, "qianquan.txt")
    assert report.year == 2019
    assert set(report.form.input_addresses()) - {"requests/1/total"} <= set(report.missing)
    assert report.cells["requests/1/total"] == 3
    assert any("未找到表二" in n for n in log.notes)


UNOPENED = BODY.replace("2019年度,街道", "本年度,街道")
"""一、总体情况 with no sentence opening with the year (one that does is read by that year: ``opening_year``)."""


@pytest.mark.parametrize("text,refusal", [
    (QIANQUAN + UNOPENED, "未找到报告年度"),                                   # no period it covers: its year asked for
    ("各单位政府信息公开工作年度报告要依据《中华人民共和国政府信息公开条例》编制。" + PERIOD + UNOPENED,
     "未找到任何统计表"),                                                      # a notice's words
])
def test_without_the_period_or_as_a_notice_words_it_is_still_refused(text: str, refusal: str) -> None:
    with pytest.raises(ImportError_, match=refusal):
        import_text(text, "x.txt")


@pytest.mark.parametrize("text,said", [
    ("某某街道政府信息公开工作年度报告依据《中华人民共和国政府信息公开条例》编制。", True),
    ("某某局2019年政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》编制,现予公布。", True),
    ("各单位政府信息公开工作年度报告要依据《中华人民共和国政府信息公开条例》编制。", False),
    ("政府信息公开工作年度报告按照《中华人民共和国政府信息公开工作年度报告格式》编制。", False),   # a 格式, not the 条例
    ("政府信息公开工作年度报告依据《中华人民共和国政府信息公开条例》编制后报送区政府办公室。", False),  # made, then sent on
])
def test_which_sentences_are_the_report_naming_itself(text: str, said: bool) -> None:
    assert speaks_of_itself(text) is said


@pytest.mark.parametrize("clause,read", [
    ("2023年度某某街道收到政府信息公开申请一件", [(NEW, 1)]),
    ("收到两件政府信息公开申请", [(NEW, 2)]),
    ("剩余两件结转下年度办理", [(CARRIED_OUT, 2)]),
    ("收到政府信息公开申请十件", [(NEW, 10)]),
    ("收到政府信息公开申请十一件", []),            # two characters: no figure read
    ("收到政府信息公开申请二十件", []),            # nor its last one alone
    ("剩余二十件结转下年度办理", []),
])
def test_a_small_count_in_a_numeral_character_is_read_and_only_one(clause: str, read: list[tuple[str, int]]) -> None:
    assert _requests(clause, 2023, True) == read


def test_a_count_in_a_numeral_character_is_read_from_the_overview() -> None:
    text = ("本年度报告根据《中华人民共和国政府信息公开条例》的要求,由某某街道党政办公室编制。本年度报告中所列数据的"
            "统计期限自2023年1月1日起至2023年12月31日止。\n"
            "一、总体情况\n"
            "(一)主动公开情况。2023年,某某街道全年主动公开信息42条。\n"
            "(二)依申请公开情况。2023年度某某街道收到政府信息公开申请一件,已办理完毕。\n")
    report, _ = import_text(text, "houqiao.txt")
    assert report.year == 2023 and report.cells["requests/1/total"] == 1
