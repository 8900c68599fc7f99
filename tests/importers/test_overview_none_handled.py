"""无(政府信息)依申请公开(政府信息)办理情况/事项: a township's 一、总体情况 saying it had no request to handle
(朋普镇 2024: "2024年朋普镇无政府信息依申请公开办理情况"; 万源市玉带乡 2024: "我乡无依申请公开政府信息办理事项").
With no request handled, none came in: 本年新收 总计 0. It was left unread, while 无依申请公开情况 was read;
what narrows the count, names another year, or says no information was given stays unread."""

from __future__ import annotations

from core.importers.overview_counts import _read_sentence
from core.importers.text import import_text

NEW = "requests/1/total"      # 表三 一、本年新收's total, the cell the shipped forms' prose_cells name


def test_none_handled_is_none_new() -> None:
    assert _read_sentence("2024年朋普镇无政府信息依申请公开办理情况", 2024) == [(NEW, 0)]
    assert _read_sentence("2024年,我乡无依申请公开政府信息办理事项", 2024) == [(NEW, 0)]
    assert _read_sentence("本年度没有依申请公开办理情况", 2024) == [(NEW, 0)]


def test_its_near_misses_stay_unread() -> None:
    assert _read_sentence("2024年无依申请公开办理", 2024) == []                  # no 情况/事项: not said whole
    assert _read_sentence("2024年无依申请公开办理超期情况", 2024) == []          # none late: some handled
    assert _read_sentence("2023年无依申请公开办理情况", 2024) == []              # another year's
    assert _read_sentence("2024年无法人依申请公开办理情况", 2024) == []          # one kind of applicant
    assert _read_sentence("2024年无依申请公开的政府信息", 2024) == []            # no information given
    assert _read_sentence("2024年有依申请公开办理情况", 2024) == []              # not a none


def test_a_cut_copy_reads_it() -> None:
    text = ("某某镇人民政府2024年政府信息公开工作年度报告\n"
            "本报告中数据统计期限为2024年1月1日至2024年12月31日。\n"
            "一、总体情况\n"
            "（一）主动公开情况\n"
            "全年主动公开政府信息共97条。\n"
            "（二）依申请公开情况\n"
            "2024年某某镇无政府信息依申请公开办理情况。\n"
            "（三）政府信息管理\n"
            "明确信息公开责任主体、流程及要求")
    report, _ = import_text(text, "cut.txt")
    assert report.cells.get(NEW) == 0
