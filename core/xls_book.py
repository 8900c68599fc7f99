"""An Excel 97–2003 workbook (.xls) as the little of an openpyxl read-only workbook our readers use.

Clerks keep registers and counties circulate the official tables as .xls; xlrd reads them, and
this adapter gives ``worksheets``, ``sheetnames``, ``wb[name]``, ``ws.title``, ``ws.sheet_state`` and
``ws.iter_rows(..., values_only=True)`` with the values openpyxl would give for the same cells, so
the report importer and the ledger reader run unchanged on either kind.

xlrd parses in pure Python, with no clock, so what it is given is bounded first: the workbook
stream's size, the records before the first sheet and the shared strings are counted before it
starts, and each sheet is parsed only up to where the next begins (sheets sharing bytes would be
parsed again for each). Sheets are loaded one at a time and dropped when read. Every refusal is
``XlsError``, whose Chinese message each reader prefixes with its own name for the file.
"""

from __future__ import annotations

import datetime as _dt
import io
import math
import struct
from collections.abc import Iterator
from typing import Any, Optional

MAX_STREAM = 20 * 1024 * 1024
"""Bytes of the Workbook stream: a ledger of 20,000 requests takes some 7 MB, a report's tables less than 1."""
MAX_GLOBAL_RECORDS = 500_000
"""Records before the first sheet (fonts, formats, names, shared-string blocks): real files hold thousands."""
MAX_STRINGS = 500_000
"""Distinct texts in the workbook (shared strings): a full ledger has some 200,000."""
_BOF = (0x0809, 0x0409, 0x0209, 0x0009)
_EOF, _FILEPASS, _SST = 0x000A, 0x002F, 0x00FC
_ROW, _MERGEDCELLS = 0x0208, 0x00E5

DAMAGED = "已损坏或不是有效的 Excel 97–2003（.xls）工作簿，无法读取"
ENCRYPTED = "设有打开密码，无法读取；请在 Excel 或 WPS 中打开后另存为不设密码的 .xlsx 再导入"
NOT_WORKBOOK = "是旧版 Office 文件，但不是 Excel 工作簿，无法读取"


class XlsError(Exception):
    """Why a workbook cannot be read: Chinese, to follow the file's name (“台账.xls”已损坏…)."""


class _Discard(io.StringIO):
    """xlrd's log: its warnings about odd files would otherwise go to stdout, and grow without bound."""

    def write(self, s: str) -> int:
        return len(s)


def _stream(data: bytes) -> bytes:
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if ole.exists("EncryptedPackage") or ole.exists("EncryptionInfo"):
                raise XlsError(ENCRYPTED)  # an .xlsx saved with a password is an OLE file too
            name = next((n for n in ("Workbook", "Book") if ole.exists(n)), None)
            if name is None:
                raise XlsError(NOT_WORKBOOK)
            if ole.get_size(name) > MAX_STREAM:
                raise XlsError(f"的工作簿数据超过 {MAX_STREAM // 1024 // 1024} MB，过大，未导入")
            stream: bytes = ole.openstream(name).read(MAX_STREAM + 1)
    except XlsError:
        raise
    except Exception:
        raise XlsError(DAMAGED) from None
    return stream


def _check_globals(stream: bytes) -> None:
    """Walk the records before the first sheet: a password, or more than xlrd should be given."""
    if len(stream) < 4 or struct.unpack_from("<H", stream)[0] not in _BOF:
        raise XlsError(DAMAGED)
    pos = records = 0
    while True:
        if pos + 4 > len(stream):
            raise XlsError(DAMAGED)
        code, length = struct.unpack_from("<HH", stream, pos)
        if code == _FILEPASS:
            raise XlsError(ENCRYPTED)
        if code == _SST and length >= 8 and struct.unpack_from("<i", stream, pos + 8)[0] > MAX_STRINGS:
            raise XlsError(f"的文字单元格超过 {MAX_STRINGS} 种，过大，未导入")
        pos += 4 + length
        records += 1
        if code == _EOF:
            return
        if records > MAX_GLOBAL_RECORDS:
            raise XlsError(f"的工作簿记录超过 {MAX_GLOBAL_RECORDS} 条，过大或已损坏，未导入")


def _number(value: float) -> Any:
    if not math.isfinite(value):
        return None
    return int(value) if value.is_integer() else value


def _date(value: float, datemode: int) -> Any:
    """As openpyxl: a date and time, or only a time for a value under one day; a serial Python
    cannot hold as a date stays a number."""
    from xlrd.xldate import xldate_as_datetime

    try:
        moment: _dt.datetime = xldate_as_datetime(value, datemode)
    except (ArithmeticError, ValueError):
        return _number(value)
    return moment.time() if 0 <= value < 1 else moment


def _record_before(book: Any, end: int) -> Any:
    if book._position >= end:
        raise XlsError(DAMAGED)
    return type(book).get_record_parts(book)


class XlsSheet:
    """One worksheet, parsed when its rows are asked for and dropped when they have been read."""

    def __init__(self, book: XlsBook, index: int, title: str) -> None:
        self.book = book
        self.index = index
        self.title = title
        shown = getattr(book.xlrd, "_sheet_visibility", [])
        self.sheet_state = ("visible", "hidden", "veryHidden")[min(shown[index], 2)] if index < len(shown) else "visible"

    def iter_rows(self, min_row: Optional[int] = None, max_row: Optional[int] = None,
                  min_col: Optional[int] = None, max_col: Optional[int] = None,
                  values_only: bool = False) -> Iterator[tuple[Any, ...]]:
        """Rows from ``min_row`` to the last one filled (at most ``max_row``), each as wide as
        ``max_col`` or the sheet, as openpyxl's read-only sheets give them."""
        if not values_only:
            raise NotImplementedError("only values are read from .xls sheets")
        from xlrd import XL_CELL_BOOLEAN, XL_CELL_DATE, XL_CELL_ERROR, XL_CELL_NUMBER, XL_CELL_TEXT
        from xlrd.biffh import error_text_from_code

        sheet = self.book.load(self.index)
        try:
            lo = (min_col or 1) - 1
            width = (max_col or sheet.ncols) - lo
            for r in range((min_row or 1) - 1, min(max_row or sheet.nrows, sheet.nrows)):
                types = sheet.row_types(r, lo, lo + width)
                values = sheet.row_values(r, lo, lo + width)
                row: list[Any] = [None] * width
                for c, (kind, value) in enumerate(zip(types, values, strict=True)):
                    if kind == XL_CELL_TEXT:
                        row[c] = value
                    elif kind == XL_CELL_NUMBER:
                        row[c] = _number(value)
                    elif kind == XL_CELL_DATE:
                        row[c] = _date(value, self.book.datemode)
                    elif kind == XL_CELL_BOOLEAN:
                        row[c] = bool(value)
                    elif kind == XL_CELL_ERROR:
                        row[c] = error_text_from_code.get(value)  # openpyxl gives "#DIV/0!" too
                yield tuple(row)
        finally:
            self.book.unload(self.index)

    def layout(self, limit: int = 200_000) -> tuple[list[tuple[int, int, int, int]], set[int]]:
        """Merged ranges (top, left, bottom, right: rows 1-based, columns 0-based) and hidden rows
        (1-based), which xlrd reads only with its formatting information, several times slower on a
        large sheet: the sheet's ROW and MERGEDCELLS records, walked up to where the next sheet
        begins; at most ``limit`` ranges."""
        book = self.book.xlrd
        mem: bytes = book.mem or b""
        starts = getattr(book, "_sh_abs_posn", [])
        if not book.on_demand or self.index >= len(starts):
            return [], set()
        pos = starts[self.index]
        end = min(self.book._ends.get(pos, len(mem)), len(mem))
        merges: list[tuple[int, int, int, int]] = []
        hidden: set[int] = set()
        unpack = struct.unpack_from
        depth = 0  # a chart embedded in the sheet is a substream of its own, BOF to EOF
        while pos + 4 <= end:
            code, length = unpack("<HH", mem, pos)
            data = pos + 4
            pos = data + length
            if pos > end:
                break
            if code in _BOF:
                depth += 1
            elif code == _EOF:
                depth -= 1
                if depth <= 0:
                    break
            elif depth > 1:
                continue
            elif code == _ROW and length >= 16 and unpack("<i", mem, data + 12)[0] & 0x20:
                hidden.add(unpack("<H", mem, data)[0] + 1)
            elif code == _MERGEDCELLS and length >= 2:
                count = min(unpack("<H", mem, data)[0], (length - 2) // 8)
                for k in range(min(count, limit - len(merges))):
                    top, bottom, left, right = unpack("<HHHH", mem, data + 2 + 8 * k)
                    merges.append((top + 1, left, bottom + 1, right))
        return merges, hidden


class XlsBook:
    """The workbook; ``close`` (or ``with``) frees what xlrd holds."""

    def __init__(self, book: Any) -> None:
        self.xlrd = book
        self.datemode: int = book.datemode
        self.sheetnames: list[str] = list(book.sheet_names())
        self.worksheets = [XlsSheet(self, i, name) for i, name in enumerate(self.sheetnames)]
        starts = sorted(set(getattr(book, "_sh_abs_posn", []))) + [len(book.mem or b"")]
        self._ends = {p: starts[i + 1] for i, p in enumerate(starts[:-1])}

    def __getitem__(self, name: str) -> XlsSheet:
        for ws in self.worksheets:
            if ws.title == name:
                return ws
        raise KeyError(f"Worksheet {name} does not exist.")

    def load(self, index: int) -> Any:
        """Parse sheet ``index``, stopped where the next sheet begins: a sheet running on past it
        is damaged, and would have xlrd parse the same bytes again for each sheet before it."""
        book = self.xlrd
        try:
            if book.on_demand and not book.sheet_loaded(index):
                end = self._ends.get(book._sh_abs_posn[index], len(book.mem))
                book.get_record_parts = lambda: _record_before(book, end)  # what Sheet.read calls
                try:
                    return book.sheet_by_index(index)
                finally:
                    del book.get_record_parts
            return book.sheet_by_index(index)
        except XlsError:
            raise
        except Exception:
            raise XlsError(DAMAGED) from None

    def unload(self, index: int) -> None:
        if self.xlrd.on_demand:  # xlrd reads Excel 95 and older only whole, and cannot load them again
            self.xlrd.unload_sheet(index)

    def close(self) -> None:
        self.xlrd.release_resources()

    def __enter__(self) -> XlsBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_book(data: bytes) -> XlsBook:
    """The workbook in an OLE compound file's ``data``, or ``XlsError`` saying why not."""
    import xlrd

    stream = _stream(data)
    _check_globals(stream)
    try:
        book = xlrd.open_workbook(file_contents=stream, logfile=_Discard(), on_demand=True, ragged_rows=True)
    except Exception as e:
        raise XlsError(ENCRYPTED if "encrypted" in str(e) else DAMAGED) from None
    starts = list(getattr(book, "_sh_abs_posn", []))
    if book.on_demand and len(set(starts)) < len(starts):  # sheets sharing bytes would be parsed again for each
        book.release_resources()
        raise XlsError(DAMAGED)
    return XlsBook(book)
