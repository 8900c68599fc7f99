"""A workbook holding last year's tables beside this year's (helper 363's hunt: the 76 full corpus
entries written as workbooks 35 ways). Kept hidden before this year's sheet, they were read as this
year's report: the hidden sheet came first, so its title gave the year and its tables every cell —
read wrong in tables called sure. What Excel does not show is no part of the filled report: a hidden
sheet is left unread, and the import says which, so that a table kept only there is missing with its
reason rather than guessed. Shown, which copy is meant cannot be told: a table found on two sheets
is named in a note, and so doubtful (``xlsx_copies``)."""

from __future__ import annotations

import io

import openpyxl

from core.importers import import_bytes
from core.importers.confidence import SURE, confidence
from core.report import Report
from core.validate import validate
from importers.files import differences, fixture, official_xlsx

REPORT = "samples/huaian-city-2024"


def _last_year(ws: object) -> None:
    """The sheet as last year's report: each number one more, the title's year one less."""
    for row in ws.iter_rows():  # type: ignore[attr-defined]
        for c in row:
            if isinstance(c.value, int):
                c.value += 1
            elif isinstance(c.value, str) and "2024" in c.value:
                c.value = c.value.replace("2024", "2023")


def with_last_year(state: str, first: bool = True) -> tuple[Report, bytes]:
    """The report's official tables, and a copy of them as last year's in a sheet of ``state``
    before (``first``) or after them."""
    report = fixture(REPORT)
    wb = openpyxl.load_workbook(io.BytesIO(official_xlsx(report)))
    ws = wb.active
    assert ws is not None
    old = wb.copy_worksheet(ws)
    old.title = "2023年"
    _last_year(old)
    old.sheet_state = state
    if first:
        wb.move_sheet(old, offset=-1)
        wb.active = 1
    buf = io.BytesIO()
    wb.save(buf)
    return report, buf.getvalue()


def _sure(report: Report) -> set[str]:
    return {t.table for t in confidence(report, validate(report)) if t.level == SURE}


def test_hidden_sheet_of_last_years_tables_before_this_years_is_not_read() -> None:
    want, data = with_last_year("hidden")
    got, log = import_bytes(data, "county.xlsx")
    assert got.year == want.year
    assert differences(got, dict(want.cells)) == []
    assert any("“2023年”" in n and "隐藏" in n for n in log.notes), log.notes
    assert any("“2023年”" in n for n in got.notes)


def test_very_hidden_sheet_is_not_read_either() -> None:
    want, data = with_last_year("veryHidden")
    got, _ = import_bytes(data, "county.xlsx")
    assert got.year == want.year and differences(got, dict(want.cells)) == []


def test_tables_only_on_a_hidden_sheet_are_left_unread_with_why() -> None:
    """A cover sheet shown, the tables hidden: nothing is guessed, every table's cells are missing
    and the note tells the clerk to show the sheet."""
    report = fixture(REPORT)
    wb = openpyxl.load_workbook(io.BytesIO(official_xlsx(report)))
    ws = wb.active
    assert ws is not None
    ws.sheet_state = "hidden"
    cover = wb.create_sheet("封面", 0)
    cover["A1"] = report.display_title()
    wb.active = 0
    buf = io.BytesIO()
    wb.save(buf)
    got, log = import_bytes(buf.getvalue(), "county.xlsx", year=report.year)
    assert _sure(got) == set()
    assert not any(got.cells.get(a) is not None for a in report.form.cells if not a.startswith("art20_8"))
    assert any("取消隐藏" in n for n in log.notes), log.notes


def test_shown_sheets_are_read_as_before() -> None:
    """Negative: a visible copy of last year after this year's leaves this year's reading as it was,
    and no note speaks of hidden sheets."""
    want, data = with_last_year("visible", first=False)
    got, log = import_bytes(data, "county.xlsx")
    assert got.year == want.year and differences(got, dict(want.cells)) == []
    assert not any("隐藏" in n for n in log.notes)


def test_tables_on_two_shown_sheets_are_named_and_doubtful() -> None:
    """Last year's sheet shown before this year's: its tables are read (the reader takes the first),
    but no table printed on both sheets is called sure, and the note names the two sheets."""
    want, data = with_last_year("visible", first=True)
    got, log = import_bytes(data, "county.xlsx")
    assert _sure(got) == set(), [t.describe() for t in confidence(got, validate(got))]
    assert any(n.startswith("表三在工作表“2023年”、“表二至表四”中各有一份") for n in log.notes), log.notes


def test_one_copy_of_the_tables_is_no_repeat() -> None:
    """Negative: the official tables on one sheet, a cover sheet naming a table's words once each,
    and a sheet of notes: every table as sure as before, no note of copies."""
    report = fixture(REPORT)
    wb = openpyxl.load_workbook(io.BytesIO(official_xlsx(report)))
    cover = wb.create_sheet("封面", 0)
    cover["A1"] = report.display_title()
    cover["A2"] = "行政复议"
    cover["A3"] = "申请人情况"
    wb.create_sheet("说明")["A1"] = "表三、表四按国办格式填写"
    buf = io.BytesIO()
    wb.save(buf)
    got, log = import_bytes(buf.getvalue(), "county.xlsx")
    plain, _ = import_bytes(official_xlsx(report), "county.xlsx")
    assert differences(got, dict(report.cells)) == []
    assert _sure(got) == _sure(plain) and "requests" in _sure(got)
    assert not any("各有一份" in n for n in log.notes), log.notes
