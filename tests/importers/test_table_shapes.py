"""Two ways real reports print their tables that the importer refused or misread (issue 17, this
round's corpus batch): 表二 given as a sentence in a report with no title (武汉青山区工人村街道), and
a report of a year that requires the 2021 form whose 第二十条第（一）项 kept the 2019 header while its
other blocks have the 2021 shape (西安临潼区秦岭保护局 2022). The lines follow the real pages."""

from __future__ import annotations

import pytest

from core.importers.confidence import DOUBT, confidence
from core.importers.model import ImportError_
from core.importers.text import import_text
from core.validate import validate

SECTIONS = (
    "一、总体情况\n"
    "（一）主动公开情况：我街政府信息公开由党政综合办公室负责，2025年主动公开政务信息57条。\n"
    "（二）依申请公开情况：2025年，收到4件居民信息公开申请，已依法答复。\n"
    "二、主动公开政府信息情况\n"
)


def test_a_table_given_as_a_sentence_is_read_from_it_and_shown_doubtful() -> None:
    text = SECTIONS + ("2025年，本机关未制定规章、行政规范性文件；办理行政许可办件量3361件，"
                       "行政处罚案件13件、行政强制案件0件；行政事业性收费为0万元。\n")
    report, log = import_text(text, "grcj.txt")
    assert report.year == 2025
    stated = {a: report.cells[a] for a in report.cells if a not in report.missing and report.cells[a] is not None}
    assert stated == {"art20_1/rules/issued": 0, "art20_1/normative/issued": 0, "art20_6/penalty/decisions": 13,
                      "art20_6/enforcement/decisions": 0, "art20_8/fees/amount": 0}
    # 办件量 is not what the table counts for sure: left unread, as is everything the sentence does not say
    assert "art20_5/license/decisions" in report.missing
    assert "art20_1/rules/repealed" in report.missing and "requests/1/natural" in report.missing
    assert any(n.startswith("原文没有列出表二第二十条第（六）项，按正文所述读取了 2 项：行政处罚 / 本年处理决定数量 为 13（“13件”）")
               for n in log.notes), log.notes
    levels = {c.table: c.level for c in confidence(report, validate(report))}
    assert levels["art20_1"] == levels["art20_6"] == levels["art20_8"] == DOUBT


def test_a_sentence_that_states_a_figure_twice_differently_reads_neither() -> None:
    text = SECTIONS + "2025年，本机关办理行政处罚案件13件。全年行政处罚案件共15件。\n"
    report, _ = import_text(text, "grcj.txt")
    assert "art20_6/penalty/decisions" in report.missing


def test_prose_without_a_title_headings_or_tables_is_still_refused() -> None:
    with pytest.raises(ImportError_, match="未找到任何统计表"):
        import_text("2025年，本机关办理行政处罚案件13件，行政强制案件0件。\n会议要求各科室抓好落实。\n", "note.txt")


LINTONG = (
    "西安市临潼区秦岭保护局2022年政府信息公开工作年度报告\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(一)项 | |||\n"
    "信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |\n"
    "规章 | 0 | 0 | 0 |\n"
    "规范性文件 | 1 | 2 | 3 |\n"
    "第二十条第(五)项 | |||\n"
    "信息内容 | 处理决定数量 | ||\n"
    "行政许可 | 117 | ||\n"
    "第二十条第(六)项 | |||\n"
    "信息内容 | 处理决定数量 | ||\n"
    "行政处罚 | 2 | ||\n"
    "行政强制 | 0 | ||\n"
    "第二十条第(八)项 | |||\n"
    "信息内容 | 本年度收费金额(单位:万元) | ||\n"
    "行政事业性收费 | 0.5 | ||\n"
)


def test_a_block_kept_from_the_old_form_does_not_make_the_whole_report_old() -> None:
    """Its (一) prints 2019's three column names, its other blocks 2021's one value column: it was
    read as 2019, the fee (万元) landing in 2019's 上一年项目数量 and 2021's cells all unread."""
    report, log = import_text(LINTONG, "lintong.txt")
    assert report.format == "2021"
    assert [report.cells[f"art20_1/normative/{c}"] for c in ("issued", "repealed", "in_force")] == [1, 2, 3]
    assert report.cells["art20_5/license/decisions"] == 117
    assert report.cells["art20_6/penalty/decisions"] == 2
    assert str(report.cells["art20_8/fees/amount"]) == "0.5"
    assert any("混用了两版格式" in n for n in log.notes), log.notes


def test_a_report_printed_wholly_on_the_old_form_stays_on_it() -> None:
    """底张街道 2023, 公主岭市档案局 2021: every block has 2019's columns; the year's form would
    leave rows unread."""
    text = (
        "西咸新区底张街道办事处2023年政府信息公开工作年度报告\n"
        "第二十条第(一)项 | |||\n"
        "信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |\n"
        "规章 | 0 | 0 | 0 |\n"
        "规范性文件 | 0 | 0 | 0 |\n"
        "第二十条第(五)项 | |||\n"
        "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
        "行政许可 | 5 | 1 | 40 |\n"
        "其他对外管理服务事项 | 0 | 0 | 0 |\n"
    )
    report, _ = import_text(text, "dizhang.txt")
    assert report.format == "2019"
    assert [report.cells[f"art20_5/license/{c}"] for c in ("prev_items", "change", "decisions")] == [5, 1, 40]
