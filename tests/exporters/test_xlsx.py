"""Golden tests of the Excel export: layout, merges, formulas with cached values, protection,
validation, printing, and the data sheet that brings the report back."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from exporthelpers import DAY, clean, hongze_2023, huaian

from core.exporters import render
from core.exporters.common import document
from core.exporters.xlsx import DATA_SHEET, export_xlsx
from core.exporters.xlsx_import import read_xlsx
from core.project_json import ProjectFileError


def _book(data: bytes, values: bool = False) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data), data_only=values)


@pytest.fixture(scope="module")
def clean_xlsx() -> bytes:
    return render(clean(), "xlsx", today=DAY)


def test_one_sheet_per_table_in_the_official_layout(clean_xlsx: bytes) -> None:
    wb = _book(clean_xlsx)
    assert wb.sheetnames == ["表二", "表三", "表四", DATA_SHEET]
    assert wb[DATA_SHEET].sheet_state == "hidden"
    t3 = wb["表三"]
    assert t3["A1"].value == "三、收到和处理政府信息公开申请情况"
    merges = {str(m) for m in t3.merged_cells.ranges}
    # Grid row r is sheet row r + 2 (row 1 holds the heading).
    assert {"A2:C4", "D2:J2", "D3:D4", "E3:I3", "J3:J4", "A7:A28", "B9:B16", "A29:C29"} <= merges
    assert t3["A2"].value.startswith("（本列数据的勾稽关系为")
    assert t3["A7"].value == "三、本年度办理结果"
    assert [t3.cell(5, c).value for c in range(4, 10)] == [19, 2, 0, 0, 0, 0]
    t2 = wb["表二"]
    assert {"A2:D2", "A6:D6", "B7:D7", "B8:D8"} <= {str(m) for m in t2.merged_cells.ranges}  # (五)
    t4 = wb["表四"]
    assert {"A2:E2", "F2:O2", "A3:A4", "F3:J3", "K3:O3"} <= {str(m) for m in t4.merged_cells.ranges}


def test_totals_are_formulas_carrying_the_apps_values(clean_xlsx: bytes) -> None:
    report = clean()
    formulas, values = _book(clean_xlsx)["表三"], _book(clean_xlsx, values=True)["表三"]
    total = formulas["J5"].value                                   # 一、本年新收 总计
    assert total == '=IF(COUNT(D5:I5)+COUNTIF(D5:I5,"/")=0,"",SUM(D5:I5))'
    assert values["J5"].value == 21 == report.cells["requests/1/total"]
    assert formulas["D28"].value.startswith("=IF(") and "D7:D27" in formulas["D28"].value  # （七）总计
    checked = 0
    for block in document(report):
        if block.grid is None:
            continue
        f_ws, v_ws = _book(clean_xlsx)[block.grid.name], _book(clean_xlsx, values=True)[block.grid.name]
        for r, cell in block.grid.cells():
            if cell.role == "computed":
                checked += 1
                assert str(f_ws.cell(r + 2, cell.col + 1).value).startswith("=IF("), cell.address
                assert v_ws.cell(r + 2, cell.col + 1).value == cell.value, cell.address
    assert checked == 25 + 6 + 3   # 表三 总计 column and （七）总计 row; 表四's three totals


def test_inputs_unlocked_and_validated_labels_and_formulas_locked(clean_xlsx: bytes) -> None:
    wb = _book(clean_xlsx)
    t3 = wb["表三"]
    assert t3.protection.sheet and not t3.protection.password
    assert t3["D5"].protection.locked is False                     # an input
    assert t3["J5"].protection.locked is True                      # a formula
    assert t3["A5"].protection.locked is True                      # a label
    rules = {str(r.sqref): r for r in t3.data_validations.dataValidation}
    assert rules["D5"].type == "whole" and rules["D5"].operator == "greaterThanOrEqual"
    assert rules["D5"].formula1 == "0"
    assert "J5" not in rules
    fee = {str(r.sqref): r for r in wb["表二"].data_validations.dataValidation}
    assert any(r.type == "decimal" for r in fee.values())         # 收费金额（万元）


def test_a4_fit_to_width_printing(clean_xlsx: bytes) -> None:
    for name in ("表二", "表三", "表四"):
        ws = _book(clean_xlsx)[name]
        assert ws.page_setup.paperSize == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0  # 1 is the default
    assert _book(clean_xlsx)["表三"].print_title_rows == "$2:$4"


def test_printed_totals_that_disagree_stay_as_printed() -> None:
    report = hongze_2023()
    data = export_xlsx(report, draft=True, today=DAY)
    formulas, values = _book(data)["表四"], _book(data, values=True)["表四"]
    # 表四 行政复议 总计 was printed 0 while its parts add to 11: keep the published number.
    # (A draft has the 草稿 line on top, so grid row r is sheet row r + 3.)
    assert formulas["A6"].value == 10 and formulas["E6"].value == 0 and values["E6"].value == 0
    assert formulas["J6"].value.startswith("=IF(")  # a printed total that adds up stays a formula
    assert formulas["A1"].value.startswith("草稿")


def test_data_sheet_lists_every_cell_and_reimports_losslessly(tmp_path: Path) -> None:
    report = huaian()
    report.texts["1.2"] = "依申请公开：全年新收申请3119件。"
    path = tmp_path / "r.xlsx"
    path.write_bytes(export_xlsx(report, today=DAY))
    rows = list(_book(path.read_bytes())[DATA_SHEET].iter_rows(min_row=2, max_col=3, values_only=True))
    listed = {a: v for a, v, _ in rows if a}
    assert listed["art20_8/fees/amount"] == "96171.6" and listed["requests/1/total"] == "3119"
    back = read_xlsx(path)
    assert back.cells == report.cells
    assert back.texts == report.texts
    assert (back.organ, back.year, back.totals, back.format) == (report.organ, report.year, report.totals,
                                                                 report.format)
    assert isinstance(back.cells["art20_8/fees/amount"], Decimal)


def test_a_workbook_not_made_here_is_refused_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.save(path)
    with pytest.raises(ProjectFileError, match="不是本程序导出的表格"):
        read_xlsx(path)
    (tmp_path / "bad.xlsx").write_text("not a workbook")
    with pytest.raises(ProjectFileError, match="不是可读取的 Excel 表格"):
        read_xlsx(tmp_path / "bad.xlsx")
