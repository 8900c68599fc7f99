"""Tables another tool lays out as space-aligned columns: ``pdftotext -layout`` (what a PDF viewer's
copy gives too) and ``w3m -dump`` of pandoc's borderless HTML. A row's empty cells are then only
spaces, so it prints fewer numbers (26 … 26) than the table has columns, and the header's names are
wrapped over several lines, a few on each ("商业   科研   社 会   法律   其他", then "组织    机构"),
each such line one cell. The rows' numbers were placed by the order of those header lines:
自然人 and 总计 read as 科研机构 and 社会公益组织, 100 cells wrong. Which columns the numbers stand
under is not told by their order; they are left unread with the reason, unless where they
start proves it (core/importers/aligned_columns.py, tests/importers/test_aligned_columns.py). The fixtures are the tools'
real output for the corpus entry browser-shuyang-fgj-2023-pdf (its PDF) and office-shuyang-fgj-2023-docx
(pandoc's HTML of the .docx, dumped by w3m)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.importers.pasted import import_pasted
from core.importers.text import import_text

HERE = Path(__file__).resolve().parents[1]
TEXTS = HERE / "fixtures" / "tool_texts"
WANT: dict[str, object] = json.loads((HERE / "corpus" / "browser-shuyang-fgj-2023-pdf.json").read_text(encoding="utf-8"))["cells"]


@pytest.mark.parametrize("name", ["pdftotext-layout-shuyang-fgj-2023.txt", "w3m-dump-of-pandoc-html-shuyang-fgj-2023.txt"])
def test_space_aligned_rows_under_a_wrapped_header_are_not_placed_by_order(name: str) -> None:
    report, log = import_pasted(None, (TEXTS / name).read_text(encoding="utf-8"))
    wrong = [a for a, v in WANT.items() if a not in report.missing and report.cells.get(a) != v]
    assert wrong == []


def test_space_aligned_rows_cut_by_a_page_stay_unread() -> None:
    """pdftotext's 表三 goes on over a page whose rows stand at other places, under no header: where
    their numbers stand is not proven, and the table's rows are left unread with the reason (the
    rows under the header are proven: tests/importers/test_aligned_columns.py)."""
    name = "pdftotext-layout-shuyang-fgj-2023.txt"
    report, log = import_pasted(None, (TEXTS / name).read_text(encoding="utf-8"))
    assert all(f"requests/1/{col}" in report.missing for col in ("natural", "research", "nonprofit", "total"))
    assert any("表头列出的列多于每行印出的 2 个数值" in n for n in log.notes), log.notes
    # the other tables are still read
    read = [a for a, v in WANT.items() if a not in report.missing and report.cells.get(a) == v]
    assert any(a.startswith("appeals/") for a in read) and any(a.startswith("art20_1/") for a in read)


_HEAD = ("某镇人民政府2023年政府信息公开工作年度报告\n"
         "三、收到和处理政府信息公开申请情况\n"
         "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）      申请人情况\n")
_ROWS = ("一、本年新收政府信息公开申请数量  12           12\n"
         "二、上年结转政府信息公开申请数量  0            0\n"
         "三、本年度办理结果\n"
         "（一）予以公开                    4            4\n")


def test_a_space_typed_header_naming_the_printed_columns_places_them() -> None:
    """A table printed with two columns, its header typed with spaces ("自然人       总计", one cell):
    each name is its own column, the second number is 总计 (it was read as 商业企业)."""
    report, _ = import_text(_HEAD + "                                  自然人       总计\n" + _ROWS, "two.txt")
    assert report.cells["requests/1/natural"] == 12 and report.cells["requests/1/total"] == 12
    assert report.cells["requests/3.1/natural"] == 4 and report.cells["requests/3.1/total"] == 4
    assert report.cells.get("requests/1/commercial") is None and "requests/1/natural" not in report.missing


def test_a_space_typed_header_naming_every_column_leaves_two_numbers_unread() -> None:
    """The same rows under a header naming all seven columns over two lines: the two numbers stand
    under two of them, which their order does not tell — none is read."""
    head = ("                                  自然人   法人或其他组织                          总计\n"
            "                                           商业企业  科研机构  社会公益组织  法律服务机构  其他\n")
    report, log = import_text(_HEAD + head + _ROWS, "seven.txt")
    cols = ("natural", "commercial", "research", "nonprofit", "legal", "other", "total")
    assert all(f"requests/1/{c}" in report.missing for c in cols)
    assert all(f"requests/3.1/{c}" in report.missing for c in cols)
    assert any("表头列出的列多于每行印出的 2 个数值" in n for n in log.notes), log.notes

