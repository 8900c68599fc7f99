"""Rows and columns a workbook in the official layout leaves empty. A sheet keeps no value for an
empty cell (its borders drawn or not), and its rows are read up to their last filled cell: a row
printing its cells empty is its label alone, and 表四's last group of columns left empty is header
cells over no cell of the row of numbers. Each is read blank where the sheet prints it, and no
number is moved into another column (``positioned._labels_alone``, ``column_heads.header_texts``)."""

from __future__ import annotations

import copy
import io

import pytest

from core.importers import import_bytes
from importers.files import differences, fixture, official_xlsx

REPORT = "samples/huaian-city-2024"


def _sheet(blank: tuple[str, ...]) -> tuple[object, bytes]:
    """The report as a workbook in the official layout, the cells whose address starts with one of
    ``blank`` left empty."""
    report = copy.deepcopy(fixture(REPORT))
    for address in report.cells:
        if address.startswith(blank):
            report.cells[address] = None
    return report, official_xlsx(report)


@pytest.mark.parametrize("blank", [("appeals/suit_after_review/",), ("appeals/suit_direct/", "appeals/suit_after_review/")],
                         ids=["after-review", "both-suits"])
def test_header_cells_over_no_cell_of_the_numbers_name_no_column(blank: tuple[str, ...]) -> None:
    """表四 with its 复议后起诉 columns (or both 行政诉讼 groups) left empty: the row of numbers ends
    at the last one printed, and the header words over the columns past it name none of its
    columns. Given to the nearest column, they named 总计's column 复议后起诉 and moved its number
    there: two cells read wrong."""
    report, data = _sheet(blank)
    got, _ = import_bytes(data, "tables.xlsx")
    assert differences(got, dict(report.cells)) == []  # type: ignore[attr-defined]
    assert [a for a in got.missing if a.startswith("appeals/")] == []


def test_a_row_printing_its_label_alone_is_read_blank() -> None:
    """规章 left empty above 行政规范性文件's numbers, 表三's 2.其他法律行政法规禁止公开 empty among
    rows with numbers, and 表二（八）行政事业性收费 printing no number at all: blank, not "row not
    found"."""
    report, data = _sheet(("art20_1/rules/", "requests/3.3.2/", "art20_8/"))
    got, _ = import_bytes(data, "tables.xlsx")
    assert differences(got, dict(report.cells)) == []  # type: ignore[attr-defined]
    assert dict(got.missing) == {}


def test_a_label_whose_numbers_stand_on_the_next_row_is_not_read_blank() -> None:
    """A label on a row of its own with its numbers on the sheet's next row under no label (a label
    merged over two rows, the numbers typed in the lower): not read blank, but joined to them."""
    import openpyxl

    report = fixture(REPORT)
    table = report.form.table("requests")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([report.display_title()])
    ws.append(["三、收到和处理政府信息公开申请情况"])
    ws.append(["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"])
    for row in table.rows:
        if row.legacy:
            continue
        values = [report.cells[table.address(row.id, c.id)] for c in table.cols]
        if row.id == "3.2":
            ws.append([row.label])
            ws.append([None, *values])
        else:
            ws.append([row.label, *values])
    buf = io.BytesIO()
    wb.save(buf)
    got, _ = import_bytes(buf.getvalue(), "tables.xlsx")
    wrong = [(a, got.cells.get(a), v) for a, v in report.cells.items()
             if a.startswith("requests/") and a not in got.missing and got.cells.get(a) != v]
    assert wrong == []
