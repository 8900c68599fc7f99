"""A page run together on one line whose section 二 is a sentence, "我局无行政规范性文件本年制发件数、现行有效件数,
行政处罚8件,无规章、行政许可…" (襄州区人社局 2022, pages corpus: the third held-out round): the row's label straight
before a column of its own table was taken for a row whose empty cells the copy lost, and 行政规范性文件 read as
printed blank — a false reading. A table prints its header before its rows; a row label and then its own
table's column is a sentence's words. A row label straight before another row's label, or before the next
block's title, is still a blank row of a run-together table."""

from __future__ import annotations

from core.importers.layout import text_lines
from core.importers.text import import_text
from core.importers.unflatten import unflatten
from core.registry import get_form

NORMATIVE = ("art20_1/normative/issued", "art20_1/normative/repealed", "art20_1/normative/in_force")

_OPENING = ("2022年,某区人社局根据《中华人民共和国政府信息公开条例》等文件精神,结合我局工作实际,积极落实信息公开的各项工作,"
            "现将某区人社局2022年度政府信息公开工作报告如下: 一、总体情况 (一)政府信息主动公开情况。2022年,某区人社局通过"
            "区政务网发布各类政务信息,主要围绕公益事业建设、规划信息、统计信息等几个方面全方位展示我局信息公开的各项工作。 "
            "(二)依申请公开情况。2022年,某区人社局收到政府信息公开申请事项1件,对当事人进行了网上回复和电话回复。 "
            "(三)政府信息管理情况。某区人社局进一步规范政府信息管理工作,全面梳理我局主动公开的各项内容。 ")


def test_row_label_before_its_own_column_is_not_a_blank_row() -> None:
    text = (_OPENING + "二、主动公开政府信息情况 2022年,我局无行政规范性文件本年制发件数、现行有效件数,行政处罚8件,"
            "无规章、行政许可、行政强制、行政事业性收费信息公开。")
    report, log = import_text(text, "x.txt")
    for a in NORMATIVE:
        assert a in report.missing, (a, report.cells.get(a), log.read.get(a))
    assert report.cells.get("requests/1/total") == 1


def test_row_label_before_another_row_is_still_blank() -> None:
    form = get_form("2021")
    line = (_OPENING + "二、主动公开政府信息情况 第二十条第(一)项信息内容本年制发件数本年废止件数现行有效件数规章000"
            "行政规范性文件第二十条第(五)项信息内容本年处理决定数量行政许可5第二十条第(六)项信息内容本年处理决定数量"
            "行政处罚3行政强制0")
    out, _, _ = unflatten(text_lines(line), form)
    rows = [[t.text for t in o.tokens] for o in out]
    assert ["行政规范性文件", "", "", ""] in rows
