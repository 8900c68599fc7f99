"""The ledger as an Excel workbook (openpyxl), and a clerk's own register read back into requests.

The export is laid out as ``docs/ledger-columns.md`` describes: a title row, one header row, one
row per request; dates are real Excel dates and 办理结果 / 申请人类型 are the form's labels, offered
as drop-downs from a hidden 选项 sheet (an inline list is limited to 255 characters, and the
outcome labels are longer). Names and contact data go out only when asked for.

The import reads our export and registers clerks kept before the program, as .xlsx or as the older
.xls (through ``core.xls_book``, so the same reader reads both): the header row is found
by its words, columns may be in any order, and every cell is read or a note says which row and
column was not read and why; nothing is guessed. Every sheet with a header row is read (registers
kept one sheet per quarter). A file that is not a workbook, too large, a zip
or XML bomb, or holds more than ``MAX_REQUESTS`` requests is refused with ``LedgerImportError``.
"""

from __future__ import annotations

import datetime as _dt
import io
import time
from typing import Any

from core.forms import Form
from core.importers.model import ImportError_
from core.importers.safety import check_zip
from core.ledger.labels import applicant_choices, applicant_label, outcome_choices, outcome_label
from core.ledger.model import DATES, FIELD_NAMES, PAUSES, PERSONAL, Ledger, Request, parse_iso
from core.ledger.xlsx_read import INDEX, MAX_SECONDS, NAME, LedgerImport, LedgerImportError, SheetReader
from core.text_clean import clean_text
from core.xls_book import DAMAGED, XlsError, open_book

SHEET = "台账"
OPTIONS_SHEET = "选项"
COLUMNS: tuple[tuple[str, float], ...] = (
    (INDEX, 6), ("number", 20), ("received", 12), ("channel", 10), ("applicant", 13), ("name", 14),
    ("contact", 22), ("subject", 42), ("outcome", 40), ("answered", 12), ("extended", 6),
    ("carried", 9), ("supplement_asked", 12), ("supplemented", 12), ("consult_start", 12), ("consult_end", 12), ("notes", 22))
"""The export's columns, in order, with their widths in Excel character units.

The 补正 and 征求意见 dates (``model.PAUSES``) stand beside the deadline's other facts, and only in
the export of a register that uses them: most registers never do, and four empty columns would
only make the printed sheet smaller. A clerk may add them to a register by hand under these names."""
CENTERED = (INDEX, "extended", "carried")
HEADER_ROW = 2
YES, NO = "是", "否"
DATE_FORMAT = "yyyy-mm-dd"
SPARE_ROWS = 500
"""Empty rows below the data that still offer the drop-downs, for requests typed in Excel."""

MAX_BYTES = 20 * 1024 * 1024
OLE = b"\xd0\xcf\x11\xe0"
DAMAGED_XLSX = "已损坏或不是有效的 Excel（.xlsx）文件，无法读取"
MAX_SHEETS = 20

__all__ = ["LedgerImport", "LedgerImportError", "columns", "export_xlsx", "import_xlsx"]


def header(key: str) -> str:
    return "序号" if key == INDEX else FIELD_NAMES[key]


def columns(include_personal: bool = False, pauses: bool = False) -> list[str]:
    """The keys of the export's columns (序号 is ``index``; the rest are ``Request`` fields)."""
    return [k for k, _ in COLUMNS if (include_personal or k not in PERSONAL) and (pauses or k not in PAUSES)]


def title(organ: str, year: int) -> str:
    return f"{organ}{year}年政府信息公开申请办理台账"


# --- export --------------------------------------------------------------------------------------

def _value(key: str, index: int, req: Request, form: Form) -> Any:
    if key == INDEX:
        return index
    raw = getattr(req, key)
    if key in DATES:
        return parse_iso(raw) or raw
    if key in ("extended", "carried"):
        return YES if raw else NO
    if key == "applicant":
        return applicant_label(form, raw) if raw else ""
    if key == "outcome":
        return outcome_label(form, raw) if raw else ""
    return raw


def export_xlsx(ledger: Ledger, form: Form, organ: str, year: int, include_personal: bool = False) -> bytes:
    """The ledger as .xlsx bytes; without ``include_personal`` no name or contact is in the file."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    keys = columns(include_personal, any(getattr(r, k) for r in ledger.requests for k in PAUSES))
    widths = dict(COLUMNS)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    heading = title(organ, year) + ("（含申请人个人信息，请妥善保管）" if include_personal else "")
    wb.properties.title = heading
    wb.properties.creator = "年报编辑器"
    last = get_column_letter(len(keys))
    ws.merge_cells(f"A1:{last}1")
    ws["A1"] = clean_text(heading)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c, key in enumerate(keys, 1):
        head = ws.cell(HEADER_ROW, c, header(key))
        head.font = Font(bold=True)
        head.fill = PatternFill("solid", fgColor="DDE6F0")
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        head.border = border
        ws.column_dimensions[get_column_letter(c)].width = widths[key]
    # Named styles: one assignment per cell, not three (an export of 20,000 requests in seconds).
    text, centered, date = "台账文字", "台账居中", "台账日期"
    for name, alignment in ((text, Alignment(vertical="top", wrap_text=True)),
                            (centered, Alignment(horizontal="center", vertical="top")),
                            (date, Alignment(horizontal="center", vertical="top"))):
        wb.add_named_style(NamedStyle(name, alignment=alignment, border=border,
                                      number_format=DATE_FORMAT if name == date else "General"))
    for i, req in enumerate(ledger.requests, 1):
        for c, key in enumerate(keys, 1):
            cell = ws.cell(HEADER_ROW + i, c)
            value = _value(key, i, req, form)
            cell.style = centered if key in CENTERED else text
            if isinstance(value, str):
                if value:
                    cell.value = clean_text(value)
                    cell.data_type = "s"  # text starting with "=" stays text, never a formula
            else:
                cell.value = value
                if isinstance(value, _dt.date):
                    cell.style = date
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    end = HEADER_ROW + len(ledger.requests)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(end, HEADER_ROW + 1)}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]

    lists = {"outcome": [label for _, label in outcome_choices(form)],
             "applicant": [label for _, label in applicant_choices(form)],
             "extended": [YES, NO], "carried": [YES, NO]}
    options = wb.create_sheet(OPTIONS_SHEET)
    options.sheet_state = "hidden"
    spare = end + SPARE_ROWS
    for n, (key, items) in enumerate(lists.items(), 1):
        letter = get_column_letter(n)
        for r, item in enumerate(items, 1):
            options.cell(r, n, item).data_type = "s"
        dv = DataValidation(type="list", formula1=f"'{OPTIONS_SHEET}'!${letter}$1:${letter}${max(1, len(items))}",
                            allow_blank=True, showErrorMessage=True, errorStyle="warning",
                            errorTitle="不在选项中", error=f"“{header(key)}”请从下拉列表中选择；其他写法导入时可能无法识别。")
        col = get_column_letter(keys.index(key) + 1)
        dv.add(f"{col}{HEADER_ROW + 1}:{col}{spare}")
        ws.add_data_validation(dv)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- import --------------------------------------------------------------------------------------

def _refuse_early(data: bytes) -> None:
    if not data:
        raise LedgerImportError("文件是空的，未导入")
    if len(data) > MAX_BYTES:
        raise LedgerImportError(f"文件超过 {MAX_BYTES // 1024 // 1024} MB，不像是一份申请台账，未导入")
    if data.startswith(OLE):
        return  # an .xls, or an encrypted or other old Office file: ``_open`` tells them apart
    if not data.startswith(b"PK"):
        raise LedgerImportError("不是 Excel 工作簿（.xlsx 或 .xls），未导入；请选择 Excel 格式的台账")
    try:
        check_zip(data, NAME, "xl/workbook.xml")
    except ImportError_ as e:
        raise LedgerImportError(str(e)) from None


def _open(data: bytes) -> Any:
    """An .xlsx through openpyxl; an .xls through ``core.xls_book``, which offers the same reading."""
    if data.startswith(OLE):
        try:
            return open_book(data)
        except XlsError as e:
            raise LedgerImportError(f"“{NAME}”{e}") from None
    try:
        import openpyxl

        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:
        raise LedgerImportError(f"“{NAME}”{DAMAGED_XLSX}") from None


def _combine(sheets: list[tuple[Any, LedgerImport]]) -> LedgerImport:
    """One import of the sheets that hold a register (one per quarter or year, or a year's sheet and
    its 汇总 copy): every request once, in sheet order, and each note saying which sheet it is about.
    A request equal in every field to one of an earlier sheet, with a 编号 or 收到日期, is a copy."""
    def hidden(ws: Any) -> str:
        return (f"工作表“{ws.title}”在 Excel 中是隐藏的，已照常读取，请核对是否属于本台账"
                if getattr(ws, "sheet_state", "visible") != "visible" else "")

    if len(sheets) == 1:
        ws, got = sheets[0]
        if hidden(ws):
            got.note(hidden(ws))
        return got
    out = LedgerImport(personal=any(got.personal for _, got in sheets))
    out.note(f"读取了 {len(sheets)} 张工作表：" + "、".join(f"“{ws.title}”{len(got.requests)} 件" for ws, got in sheets))
    seen: set[Request] = set()
    for ws, got in sheets:
        if hidden(ws):
            out.note(hidden(ws))
        copies = 0
        for req in got.requests:
            if req in seen:
                copies += 1
                continue
            if req.number or req.received:
                seen.add(req)
            out.requests.append(req)
        if copies:
            out.note(f"工作表“{ws.title}”中有 {copies} 件与前面工作表中的申请完全相同（可能是汇总表），未重复读取")
        for text in got.notes:
            out.note(f"工作表“{ws.title}”{text}")
    return out


def import_xlsx(data: bytes, form: Form) -> LedgerImport:
    """The requests of every sheet that has a ledger header row (.xlsx or .xls), and notes for the clerk."""
    _refuse_early(data)
    wb = _open(data)
    try:
        sheets: list[tuple[Any, LedgerImport]] = []
        deadline = time.monotonic() + MAX_SECONDS
        for ws in wb.worksheets[:MAX_SHEETS]:
            reader = SheetReader(form, deadline, sum(len(got.requests) for _, got in sheets))
            if ws.title != OPTIONS_SHEET and reader.read_sheet(ws):
                sheets.append((ws, reader.result))
        if sheets:
            return _combine(sheets)
    except LedgerImportError:
        raise
    except XlsError as e:
        raise LedgerImportError(f"“{NAME}”{e}") from None
    except Exception:
        raise LedgerImportError(f"“{NAME}”{DAMAGED if data.startswith(OLE) else DAMAGED_XLSX}") from None
    finally:
        wb.close()
    raise LedgerImportError("没有找到台账的表头行：台账应有一行列名，如“序号”“收到日期”“申请人类型”“申请内容”“办理结果”“答复日期”")
