"""A report with no title whose preamble names it (…规定,编制理塘县藏坝乡2023年政府信息公开工作年度报告。),
printed to PDF: the page wraps that sentence anywhere, and its text layer gives the lines as wrapped.
Before: split inside 工作 (…公开工 / 作年度报告。) the sentence named no report and the PDF was refused
as no report at all; split inside the name (编制理 / 塘县藏坝乡2023年…) the next line was taken for a
title and the organ read clipped, 塘县藏坝乡. (理塘 2023 as LibreOffice prints it: a corpus entry.)"""

from __future__ import annotations

import pytest

from core.importers.text import import_text

HEAD = "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和上级关于做好年度报告编制发布工作的通知等规定,"
SENTENCE = "编制宁远县白沙乡2023年政府信息公开工作年度报告。所列数据统计期限为2023年1月1日至2023年12月31日。"
BODY = ("一、总体情况\n(一)主动公开情况\n2023年,白沙乡通过县政府门户网站公开信息13条。\n"
        "(二)依申请公开情况\n2023年,白沙乡未收到公民提交的政府信息公开申请。\n")


@pytest.mark.parametrize("cut", [
    SENTENCE.index("工作年度") + 1,        # …公开工 / 作年度报告。
    SENTENCE.index("宁远") + 1,            # 编制宁 / 远县白沙乡2023年…
    SENTENCE.index("2023年政府"),          # 编制宁远县白沙乡 / 2023年…
])
def test_a_preamble_sentence_wrapped_by_the_page_still_names_the_report(cut: int) -> None:
    text = HEAD + SENTENCE[:cut] + "\n" + SENTENCE[cut:] + "\n" + BODY
    report, _ = import_text(text, "x.txt")
    assert (report.organ, report.year) == ("宁远县白沙乡", 2023)

