"""未收到过信息公开申请: the verb with 过 ("ever") before the requests denied — 大英县教育和体育局 2024
(helper 155's county departments) left 本年新收 unread though 未收到信息公开申请 is read. Synthetic sentences
in the pattern; 过 widens nothing: a clause naming some applicants only stays unread. And 共办理完成2件 (湘阴县民政局
2024: 办结 in two words, 办理完成/办理完毕) left 三（七）总计 unread beside the new, carried-in and carried-out counts
read from the same sentence."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence
from core.importers.text import import_text

NEW = "requests/1/total"


@pytest.mark.parametrize("sentence", [
    "2024年,我局未收到过信息公开申请",
    "本年度没有收到过政府信息公开申请",
    "全年未接到过依申请公开事项",
    "2024年未收到过要求公开政府信息的申请",
])
def test_none_ever_received_is_none_new(sentence: str) -> None:
    assert _read_sentence(sentence, 2024) == [(NEW, 0)]


@pytest.mark.parametrize("sentence", [
    "未收到过公民、法人的政府信息公开申请",      # 其他组织 left out: still unread
    "未收到过信函形式的政府信息公开申请",        # one channel
    "无过依申请公开事项",                        # 过 only after the verb
])
def test_ever_narrowed_stays_unread(sentence: str) -> None:
    assert _read_sentence(sentence, 2024) == []


def test_report_without_tables_reads_none_ever_received() -> None:
    text = ("某县教育局2024年政府信息公开工作年度报告\n"
            "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n"
            "一、总体情况\n(一)主动公开政府信息情况。我局新增主动公开政府信息12条。\n"
            "(二)依申请公开情况。2024年,我局未收到过信息公开申请。\n")
    report, _ = import_text(text, "x.txt")
    assert report.cells.get(NEW) == 0


DECIDED = "requests/3.7/total"


def test_handled_in_two_words_is_decided() -> None:
    said = _read_sentence("2024年,我局共收到依申请公开件2件,上年度结转办理件0件,共办理完成2件,结转到2025年办理0件", 2024)
    assert (DECIDED, 2) in said and (NEW, 2) in said
    assert (DECIDED, 5) in _read_sentence("共收到政府信息公开申请5件,已办理完毕5件", 2024)


def test_handled_of_something_else_stays_unread() -> None:
    assert _read_sentence("全年办理12345热线工单30件,已办理完成30件", 2024) == []
