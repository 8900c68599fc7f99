"""A line of the overview's prose that begins with a row label (a paragraph wrapped on a page:
本年新收政府信息公开申请数量为4件，与上年相比减少66.6%， / 上年结转政府信息公开申请数量为1件，…) is a
sentence, not 表三's header or a row: the overview is read, and a table printed further on is read
from its rows. Real rows — one cell per line, tab, pipe and space rows, a label wrapped over two
lines in a PDF, numbers printed with their 件 — are still read (``core/importers/count_sentence.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.exporters.pdf import export_pdf
from core.importers import import_file
from core.importers.count_sentence import states_a_count
from core.importers.text import import_text
from core.report import Report
from importers.files import differences, fixture, table_text

TITLE = "某某街道办事处2025年政府信息公开工作年度报告"
WRAPPED = ["本年新收政府信息公开申请数量为4件,与上年相比减少66.6%,",
           "上年结转政府信息公开申请数量为1件,皆严格按照法定方式做出处理,全部按时办结。"]
"""A paragraph of the overview as a page wraps it (东华门街道 2025 printed to PDF)."""


def _overview_only(said: list[str]) -> str:
    return "\n".join([TITLE, "一、总体情况", "1.依申请公开办理情况。本街道办事处", *said,
                      "2.政府信息管理情况。严格落实信息发布审核制度。"])


@pytest.mark.parametrize("said", [
    WRAPPED,
    [line.replace("为4件", "为 4 件").replace("为1件", "为 1 件") for line in WRAPPED],   # a PDF's text layer
    ["本年新收政府信息公开申请数量共4件,较上年有所减少,", "上年结转政府信息公开申请数量1件,均已办结。"],
], ids=["为", "spaced", "共-none"])
def test_a_wrapped_overview_line_opening_with_a_row_label_is_read_as_prose(said: list[str]) -> None:
    """The old importer took the first line for 表三's header (the anchor 本年新收政府信息公开申请数量)
    with no row under it: 一 was left unread."""
    got, _ = import_text(_overview_only(said), "x.txt")
    assert got.cells["requests/1/total"] == 4 and "requests/1/total" not in got.missing
    assert got.cells["requests/2/total"] == 1 and "requests/2/total" not in got.missing


def _huaian_with(overview: list[str], style: str = "tab") -> tuple[Report, str]:
    """The sample's tables copied in ``style``, an overview of ``overview``'s lines above them."""
    report = fixture("samples/huaian-city-2024")
    lines = table_text(report, style).split("\n")
    return report, "\n".join(lines[:2] + ["一、总体情况", "（二）依申请公开情况。本机关", *overview] + lines[2:])


SAID_OTHERWISE = ["本年新收政府信息公开申请数量为5件,与上年相比减少,",
                  "上年结转政府信息公开申请数量为2件,均已办结。"]
"""Figures the tables do not print: read from the words, they would be read wrong."""


@pytest.mark.parametrize("style", ["tab", "pipe", "space", "lines"])
def test_tables_after_a_wrapped_overview_are_read_from_their_rows(style: str) -> None:
    """The old importer started 表三 at the overview's line and ended it at 二、's heading, so the
    real 表三 further on was not read at all; the words' 5 and 2 are never read over it."""
    report, text = _huaian_with(SAID_OTHERWISE, style)
    got, _ = import_text(text, "x.txt")
    assert differences(got, report.cells) == []
    assert got.cells["requests/1/total"] == 3119 and got.cells["requests/2/total"] == 34


def test_rows_printing_their_counts_with_a_unit_are_still_rows() -> None:
    """一、本年新收政府信息公开申请数量 3001件 53件 …: a number's 件 is no sentence."""
    report, text = _huaian_with([])
    lines = []
    for line in text.split("\n"):
        cells = line.split("\t")
        if cells[0].startswith(("一、本年新收", "二、上年结转", "四、结转下年度")):
            line = "\t".join([cells[0]] + [c + "件" for c in cells[1:]])
        lines.append(line)
    got, _ = import_text("\n".join(lines), "x.txt")
    assert differences(got, report.cells) == []


def test_a_printed_report_with_wrapped_prose_and_wrapped_labels(tmp_path: Path) -> None:
    """Our own PDF: the overview's lines above, 表三's labels wrapped over two lines in their narrow
    column ((二)部分公开(区分处理的，只计这一情形，…)) below; every cell read from the tables."""
    report = fixture("samples/huaian-city-2024")
    report.texts["1"] = "\n".join(["（二）依申请公开情况。本机关", *SAID_OTHERWISE])
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(export_pdf(report))
    got, _ = import_file(pdf)
    assert differences(got, report.cells) == []


@pytest.mark.parametrize("line", [
    "本年新收政府信息公开申请数量为4件，与上年相比减少66.6%，",
    "上年结转政府信息公开申请数量为 1 件，皆严格按照法定方式做出处理",
    "本年新收政府信息公开申请数量4件，同比下降",
    "（七）总计为12件。",
    "结转下年度继续办理的达到3件",
])
def test_sentences_stating_a_count(line: str) -> None:
    assert states_a_count(line)


@pytest.mark.parametrize("line", [
    "一、本年新收政府信息公开申请数量\t3001\t53\t0\t0\t61\t4\t3119",
    "一、本年新收政府信息公开申请数量 3件 0件 0件 0件 0件 0件 3件",
    "| 二、上年结转政府信息公开申请数量 | 34 | 0 | 0 | 0 | 0 | 0 | 34 |",
    "（七）总计 4件 1件 0 0 0 0 5件",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 1 0 0 0 0 0 1",
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    "现行有效件数",
    "2.没有现成信息需要另行制作",
    "本年新收政府信息公开申请数量",
])
def test_rows_and_headers_state_no_count(line: str) -> None:
    assert not states_a_count(line)
