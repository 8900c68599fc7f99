"""一、总体情况 naming the year's requests in two more ways the grammar did not know (2019/2020-form
reports and others, cut before their tables): a none of "such" requests (未收到相关政府信息公开(的)申请,
未收到相关依申请公开信息 — 相关 points back at the paragraph's subject and narrows nothing), and requests
counted in 项 (收到依申请公开16项, 结转下年度继续办理1项: the unit some organs count a request in, as they
count it in 件 or 条). Each is the row's whole count as surely as the words already read; a count in 项
of anything but the requests, or a 相关 tied to something (与…相关的), stays unread."""

from __future__ import annotations

from core.importers import import_bytes
from core.importers.overview_counts import _read_sentence

NEW, CARRIED_OUT = "requests/1/total", "requests/4/total"


def test_a_none_of_such_requests() -> None:
    assert _read_sentence("2019年未收到相关政府信息公开的申请", 2019) == [(NEW, 0)]
    assert _read_sentence("2025年,区审计局未收到相关政府信息公开申请", 2025) == [(NEW, 0)]
    assert _read_sentence("2022年,我办未收到相关依申请公开信息", 2022) == [(NEW, 0)]
    # still unread: 相关 tied to a subject (a part), a kind of applicant, what was given on request
    assert _read_sentence("未收到与征收相关的政府信息公开申请", 2019) == []
    assert _read_sentence("未收到相关法人的政府信息公开申请", 2019) == []
    assert _read_sentence("未收到相关依申请公开的政府信息", 2019) == []


def test_requests_counted_in_items() -> None:
    assert _read_sentence("2019年,收到并处理政府信息公开申请7项", 2019) == [(NEW, 7)]
    assert _read_sentence("山西省交通运输厅共收到依申请公开16项,办理15项,结转下年度继续办理1项", 2021) == [
        (NEW, 16), (CARRIED_OUT, 1)]
    # 项 of anything else, or a part, stays unread
    assert _read_sentence("2019年,累计对外公开规章和规范性文件14件,行政处罚2项,政府集中采购5项", 2019) == []
    assert _read_sentence("收到网上政府信息公开申请3项", 2019) == []
    assert _read_sentence("收到行政许可申请12项", 2019) == []


def test_a_copy_cut_in_the_overview_reads_them() -> None:
    text = ("某市统计局2019年政府信息公开工作年度报告\n"
            "统计数据时间为2019年1月1日至2019年12月31日。\n"
            "一、总体情况\n"
            "2019年,累计对外公开规章和规范性文件14件,行政处罚2项,政府集中采购5项,收到并处理政府信息公开申请7项。\n"
            "二、主动公开政府信息情况\n第二十条")
    report, _ = import_bytes(text.encode(), "某市统计局.txt")
    assert report.cells.get(NEW) == 7
    assert "art20_9/procurement/projects" in report.missing
    assert "art20_6/penalty/decisions" in report.missing
    text = ("某区人社局2019年政府信息公开工作年度报告\n"
            "本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n"
            "一、总体情况\n(一)主动公开:全年主动公开政府信息50件。\n"
            "(二)依申请公开:我局确定局办公室为政府信息公开工作机构,2019年未收到相关政府信息公开的申请。\n"
            "(三)政府信息管理:对涉及群众切身利益的")
    report, _ = import_bytes(text.encode(), "某区人社局.txt")
    assert report.cells.get(NEW) == 0
