"""A one-cell-per-line copy that prints a line holding one space after each item of 表二 (宝山区绿化和市容
管理局 2020: 规章 0 0 0, then " " before 第二十条第(五)项), whatever the item's last row holds: those
lines part the items and are no empty cells, judged from the whole copy — a row damaged so that it
prints a figure too few (行政强制 7 0 0 copied as 70 0) was read 70, 0 and its third cell blank off the
line after it, with its table shown sure (helper 223's metamorphic hunt). A copy whose lines of spaces
are the page's empty cells (琼海市嘉积镇 2019: 行政许可 then three such lines) shows no row already
whole before one, and reads them as cells still."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from core.importers import import_bytes
from core.importers.text import import_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ENFORCEMENT = [f"art20_6/enforcement/{c}" for c in ("prev_items", "change", "decisions")]
LICENSE = [f"art20_5/license/{c}" for c in ("prev_items", "change", "decisions")]
HEADER = ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]


def _baoshan() -> str:
    return (CORPUS / "pagescb-baoshan-lhsrj-2020.txt").read_text(encoding="utf-8")


def _cells(report: object, addresses: list[str]) -> list[object]:
    return [report.cells.get(a) for a in addresses]  # type: ignore[attr-defined]


def test_the_space_line_after_an_item_is_no_cell_of_a_row_printing_a_figure_too_few() -> None:
    """宝山区 2020 with 行政强制's 7 and 0 run together: the space line after it closes the item (as
    after 规章/规范性文件's and 其他对外管理服务事项's whole rows), so the row prints two figures of three
    and is not read — before: 70, 0 and a blank, sure."""
    text = _baoshan()
    damaged = text.replace("行政强制\n\n7\n\n0\n\n0\n", "行政强制\n\n70\n\n0\n")
    assert damaged != text
    report, log = import_text(damaged, "baoshan.txt")
    assert all(a in report.missing for a in ENFORCEMENT), _cells(report, ENFORCEMENT)
    assert _cells(report, [f"art20_6/penalty/{c}" for c in ("prev_items", "change", "decisions")]) == [78, 0, 4]
    assert _cells(report, LICENSE) == [40, -2, 35964]
    assert _cells(report, [f"art20_5/other_services/{c}" for c in ("prev_items", "change", "decisions")]) == [0, 0, 0]
    assert any("行政强制" in n and "只印了 2 个数值" in n for n in log.notes)


def test_the_copy_as_printed_reads_every_cell() -> None:
    report, _ = import_text(_baoshan(), "baoshan.txt")
    assert _cells(report, ENFORCEMENT) == [7, 0, 0]
    assert _cells(report, LICENSE) == [40, -2, 35964]


def test_a_cell_printed_empty_before_the_item_s_space_line_is_still_a_cell() -> None:
    """In the same copy a row ending in a cell the page printed empty shows two lines of spaces, its
    cell's and the item's: read 7, 0 and blank (before: four cells of three, not read)."""
    text = _baoshan().replace("行政强制\n\n7\n\n0\n\n0\n", "行政强制\n\n7\n\n0\n\n \n")
    report, _ = import_text(text, "baoshan.txt")
    assert all(a not in report.missing for a in ENFORCEMENT)
    assert _cells(report, ENFORCEMENT) == [7, 0, None]


def test_the_same_copy_pasted_into_word_parts_its_items_so_too() -> None:
    document = docx.Document()
    for line in _baoshan().replace("行政强制\n\n7\n\n0\n\n0\n", "行政强制\n\n70\n\n0\n").split("\n"):
        document.add_paragraph(line)
    data = io.BytesIO()
    document.save(data)
    report, _ = import_bytes(data.getvalue(), "baoshan.docx")
    assert all(a in report.missing for a in ENFORCEMENT), _cells(report, ENFORCEMENT)
    assert _cells(report, LICENSE) == [40, -2, 35964]


# --- negatives: lines of spaces that are the page's empty cells -------------------------------------------

HEAD = "某镇人民政府2019年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n"


def _items(enforcement: list[str], after: str = "") -> str:
    rows = ["第二十条第(五)项", *HEADER, "行政许可", " ", " ", " ", "其他对外管理服务事项", "4", "0", "2",
            "第二十条第(六)项", *HEADER, "行政处罚", "3", "0", "1", "行政强制", *enforcement, *([after] if after else []),
            "三、收到和处理政府信息公开申请情况"]
    return HEAD + "\n\n".join(rows) + "\n"


def test_a_copy_whose_space_lines_are_empty_cells_reads_a_row_s_last_one_blank() -> None:
    """嘉积镇's way (no row whole before a line of spaces): 行政强制 0 0 and a line of spaces before the
    next item is 0, 0 and a blank, as before."""
    report, _ = import_text(_items(["0", "0", " "]), "cells.txt")
    assert _cells(report, ENFORCEMENT) == [0, 0, None]
    assert all(a not in report.missing for a in ENFORCEMENT + LICENSE)
    assert _cells(report, LICENSE) == [None, None, None]


def test_one_space_line_after_the_last_table_does_not_outweigh_the_copy_s_empty_cells() -> None:
    """The same copy with a paragraph of one space between 表二 and 三、 (定州市砖路镇 2020 prints one):
    one line after a whole row against two lines that give their rows their last cell — cells still."""
    report, _ = import_text(_items(["0", "0", "0"], after=" ").replace(
        "行政处罚\n\n3\n\n0\n\n1", "行政处罚\n\n3\n\n0\n\n "), "cells.txt")
    assert _cells(report, [f"art20_6/penalty/{c}" for c in ("prev_items", "change", "decisions")]) == [3, 0, None]
    assert _cells(report, LICENSE) == [None, None, None]
    assert _cells(report, ENFORCEMENT) == [0, 0, 0]


def test_the_real_copy_of_empty_cells_reads_as_before() -> None:
    """琼海市嘉积镇 2019 as stored: its 行政许可 and 行政强制 rows of three lines of spaces read blank."""
    report, _ = import_text((CORPUS / "pagesn-qionghai-jiaji-2019.txt").read_text(encoding="utf-8"), "jiaji.txt")
    for a in LICENSE + ENFORCEMENT:
        assert a not in report.missing and report.cells.get(a) is None, a
