"""A copy of one cell per line closes its rows with blank lines too, and the blank lines after a
row's last number are its trailing empty cells only beyond that closing: where no row printed whole
(nor the header's last cell) shows how many close a row, they may be empty cells or the closing, and
a row printing numbers before them is not read (its numbers' columns would be a guess).

Found on 嘉积镇 2019's excerpt printed to PDF: 一、本年新收 prints five " 0" and a cell of one space
(7 columns); the printed page shows the space as one more blank line, and the five 0 were read as
自然人 … 法律服务机构, 其他 and 总计 empty — a guess its text leaves unread."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from core.importers import import_bytes, import_file

_HEAD = ["某某镇2024年政府信息公开工作年度报告", "", "一、总体情况", "",
         "2024年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，围绕全镇中心工作，加强政府信息公开平台建设，"
         "及时准确公开各类政府信息，全年政府信息公开工作有序开展。", "",
         "三、收到和处理政府信息公开申请情况", "", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "",
         *[x for cell in ("申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织",
                          "法律服务机构", "其他") for x in (cell, "")]]
_NEW = [f"requests/1/{c}" for c in ("natural", "commercial", "research", "nonprofit", "legal", "other", "total")]
_FIVE = ["一、本年新收政府信息公开申请数量", "", "0", "", "0", "", "0", "", "0", "", "0", "", "", ""]
"""Five 0 and three blank lines after them: two empty cells, or one and a line closing the row."""


def _read(lines: list[str]):  # type: ignore[no-untyped-def]
    return import_bytes("\n".join(lines).encode("utf-8"), "copy.txt")


def test_blank_lines_after_a_row_s_numbers_are_its_cells_only_where_a_row_shows_how_rows_close() -> None:
    report, _ = _read(_HEAD + _FIVE + ["二、上年结转政府信息公开申请数量", ""])
    assert all(a in report.missing and report.cells.get(a) is None for a in _NEW), \
        {a: (report.cells.get(a), report.missing.get(a)) for a in _NEW}
    # a row printed whole closes with no blank line beyond the usual: the two beyond it after the
    # five 0 are 其他 and 总计, printed empty
    whole = ["二、上年结转政府信息公开申请数量", "", *[x for v in "1000001" for x in (v, "")], "三、本年度办理结果", ""]
    report, _ = _read(_HEAD + _FIVE + whole)
    assert [report.cells.get(a) for a in _NEW] == [0, 0, 0, 0, 0, None, None]
    assert not any(a in report.missing for a in _NEW)
    assert report.cells["requests/2/natural"] == 1 and report.cells["requests/2/total"] == 1
    # cells with no blank line between (an empty cell is one): a row of numbers followed at once by
    # the next row shows none closes a row, so the blank line after another row's numbers is its 总计
    head = [x for x in _HEAD if x]
    tight = ["一、本年新收政府信息公开申请数量", *"100000", "二、上年结转政府信息公开申请数量", *"000000", "",
             "三、本年度办理结果", "(一)予以公开", *"1000001"]
    report, _ = _read(head + tight)
    assert [report.cells.get(f"requests/2/{c}") for c in ("natural", "other", "total")] == [0, 0, None]
    assert not any(a.startswith("requests/2/") for a in report.missing)
    # a row printing no number is empty however many of its blank lines close it
    empty = ["一、本年新收政府信息公开申请数量", "", *[""] * 7, "二、上年结转政府信息公开申请数量", "", "1"]
    report, _ = _read(_HEAD + empty)
    assert all(a not in report.missing and report.cells.get(a) is None for a in _NEW), \
        {a: report.missing.get(a) for a in _NEW}


def test_a_printed_copy_with_a_cell_of_one_space_reads_no_more_than_its_text(tmp_path: Path) -> None:
    """The 嘉积镇 row: its text cannot tell which of the seven columns the space and the five 0 are,
    nor can its PDF, where the space is one more blank line."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from scripts.libreoffice import convert, soffice

    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    text = "\n".join(_HEAD + _FIVE[:-2] + [" ", "", "", "二、上年结转政府信息公开申请数量"]) + "\n"
    src = tmp_path / "copy.txt"
    src.write_text(text, encoding="utf-8")
    typed, _ = import_file(src)
    assert all(a in typed.missing for a in _NEW)
    for fmt in ("pdf", "docx"):
        printed, _ = import_file(convert(src, fmt, tmp_path / fmt, tmp_path / "lo"))
        assert all(a in printed.missing and printed.cells.get(a) is None for a in _NEW), \
            (fmt, {a: printed.cells.get(a) for a in _NEW})
