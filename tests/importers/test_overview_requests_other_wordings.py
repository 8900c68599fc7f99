"""一、总体情况 naming the year's requests in words the grammar did not know (山东's 镇/街道 copies
cut before their tables): the subject a 街道办事处 (its 办 is no verb), the requests 依申请政府信息公开 /
依申请公开信息 / 依申请公开办件, the applicants 来自公民、法人或者其他组织, a none said 未有收到 or 未收到任何形式的…
— each the row's whole count as surely as the words already read. What narrows a count or names
something else stays unread."""

from __future__ import annotations

from core.importers import import_bytes
from core.importers.overview_counts import _read_sentence

NEW = "requests/1/total"


def test_a_street_office_as_the_subject() -> None:
    assert _read_sentence("2025年度,某某街道办事处收到政府信息依申请公开件21件", 2025) == [(NEW, 21)]
    assert _read_sentence("2025年度,某某街道办事处共收到政府信息公开申请3件,上年结转1件", 2025) == [
        (NEW, 3), ("requests/2/total", 1)]
    # the verb 办 itself still stops a prefix: 办理 before 收到 is another count's
    assert _read_sentence("2025年度办理并收到政府信息公开申请3件", 2025) == []


def test_requests_named_by_their_own_words() -> None:
    assert _read_sentence("2024年,全区共收到依申请政府信息公开3件", 2024) == [(NEW, 3)]
    assert _read_sentence("全年收到依申请公开信息171条", 2024) == [(NEW, 171)]
    assert _read_sentence("2025年某某街道收到依申请公开办件0条,与去年相比减少4条", 2025) == [(NEW, 0)]
    assert _read_sentence("收到公开信息5条", 2024) == []                  # what was published
    assert _read_sentence("主动公开信息5条", 2024) == []


def test_every_kind_of_applicant_it_came_from() -> None:
    assert _read_sentence("2024年度,我镇共收到来自公民、法人或者其他组织对依申请公开政府信息的申请2件", 2024) == [
        (NEW, 2)]
    assert _read_sentence("我镇共收到来自法人的政府信息公开申请2件", 2024) == []     # one kind: a part


def test_nones_said_otherwise() -> None:
    assert _read_sentence("2024年度某局未有收到依申请公开信息情况", 2024) == [(NEW, 0)]
    assert _read_sentence("2023年度我镇未收到依申请公开信息", 2023) == [(NEW, 0)]
    assert _read_sentence("2023年度某镇未收到任何形式的申请公开信息要求", 2023) == [(NEW, 0)]
    assert _read_sentence("未有收到政府信息公开申请", 2023) == [(NEW, 0)]
    # no information given on request (refused requests say the same), or a part by its form: unread
    assert _read_sentence("未收到依申请公开的政府信息", 2023) == []
    assert _read_sentence("无依申请公开的政府信息", 2023) == []
    assert _read_sentence("以信函形式收到政府信息公开申请3件", 2023) == []
    assert _read_sentence("未收到信函形式的政府信息公开申请", 2023) == []


def test_a_copy_cut_in_the_overview_reads_them() -> None:
    text = ("某某区某某街道办事处2025年政府信息公开工作年度报告\n"
            "本报告中所列数据的统计期限为2025年1月1日至2025年12月31日。\n"
            "一、总体情况\n1、主动公开。全年主动公开政府信息73条。\n"
            "2、依申请公开。2025年度,某某街道办事处收到政府信息依申请公开件21件,较2024年增加了11件。"
            "因政府信息公开引起的行政复议1件。\n"
            "3、政府信息管理。进一步健全政府信息管理")
    report, _ = import_bytes(text.encode(), "某某街道.txt")
    assert report.cells.get(NEW) == 21
    assert report.cells.get("appeals/review/total") == 1
    assert "requests/3.7/total" in report.missing
