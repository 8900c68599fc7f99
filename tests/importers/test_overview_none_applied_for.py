"""无申请公开政府信息情况: an organ's 一、总体情况 saying no one applied for disclosure, with no verb of receiving
(集宁区农牧水利局 2024, 琼山区三门坡镇 2023 with 政务信息). It was left unread; its close wordings — information given on
request (无申请公开的政府信息), no 情况 closing it, another year, one kind of applicant, something else done — stay unread."""

from __future__ import annotations

from core.importers.overview_counts import _read_sentence
from core.importers.text import import_text

NEW = "requests/1/total"      # 表三 一、本年新收's total, the cell the shipped forms' prose_cells name


def test_none_applied_for_is_none_new() -> None:
    assert _read_sentence("2024年度我单位无申请公开政府信息情况", 2024) == [(NEW, 0)]
    assert _read_sentence("2023年度我镇无申请公开政务信息情况", 2023) == [(NEW, 0)]
    assert _read_sentence("本年度没有申请公开政府信息的情况", 2024) == [(NEW, 0)]


def test_its_near_misses_stay_unread() -> None:
    assert _read_sentence("2024年无申请公开的政府信息", 2024) == []            # no information given on request
    assert _read_sentence("2024年无申请公开的政府信息情况", 2024) == []        # the same, 的 before 政府信息
    assert _read_sentence("2024年无申请公开政府信息", 2024) == []              # no 情况: not said whole
    assert _read_sentence("2023年无申请公开政府信息情况", 2024) == []          # another year's
    assert _read_sentence("2024年无法人申请公开政府信息情况", 2024) == []      # one kind of applicant
    assert _read_sentence("2024年无申请公开政府信息被复议情况", 2024) == []    # something else of them
    assert _read_sentence("2024年无主动公开政府信息情况", 2024) == []          # what was published
    assert _read_sentence("2024年有申请公开政府信息情况", 2024) == []          # not a none


def test_a_cut_copy_reads_it() -> None:
    text = ("根据《中华人民共和国政府信息公开条例》,特向社会公布2024年度本局信息公开年度报告。"
            "本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n"
            "一、2024年总体情况\n"
            "(一)主动公开情况\n"
            "截至2024年12月31日,我单位主动公开信息共57条。\n"
            "(二)依申请公开情况\n"
            "2024年度我单位无申请公开政府信息情况。\n"
            "(三)政府信息管理情况\n"
            "我单位高度重视政府信息公开工作,依法依规及时发")
    report, _ = import_text(text, "cut.txt")
    assert report.cells.get(NEW) == 0
