"""Excel 97–2003 workbooks (.xls): counties still circulate the official tables in this format.

Read exactly as an .xlsx (``core.importers.xlsx``) through ``core.xls_book``, which shows an
xlrd workbook as the openpyxl one the .xlsx reader expects: our own export (saved again as .xls
its hidden 数据 sheet survives) from its data sheet, any other workbook sheet by sheet as grid
rows with the same limits, its merged cells (``XlsSheet.layout``) read as an .xlsx's are.
"""

from __future__ import annotations

from typing import Optional

from core.importers.build import build
from core.importers.model import ImportError_, ImportLog
from core.importers.safety import Budget
from core.importers.xlsx import MAX_COLS, MAX_ROWS, _own_export, hidden_note, read_lines
from core.importers.xlsx_copies import repeated
from core.importers.xlsx_sheet import clipped
from core.report import Report
from core.xls_book import DAMAGED, XlsError, open_book


def import_bytes(data: bytes, name: str, year: Optional[int] = None) -> tuple[Report, ImportLog]:
    hidden: list[str] = []
    words: list[tuple[str, set[str]]] = []
    try:
        with open_book(data) as wb:
            own = _own_export(wb, name)
            if own is not None:
                own[1].kind = "xls"
                return own
            budget = Budget(name)
            merges = [[(top, left + 1, bottom, right + 1) for top, left, bottom, right in ws.layout()[0]]
                      for ws in wb.worksheets]
            lines = read_lines(wb, budget, sheet_shapes=clipped(merges, MAX_ROWS, MAX_COLS, budget), hidden=hidden,
                               words=words)
    except XlsError as e:
        raise ImportError_(f"“{name}”{e}") from None
    except ImportError_:
        raise
    except Exception:
        raise ImportError_(f"“{name}”{DAMAGED}") from None
    report, log = build(lines, name, "xls", year)
    # a hidden sheet is left unread and a table on two sheets named, as in an .xlsx
    for note in [hidden_note(hidden)] * bool(hidden) + repeated(words):
        log.note(note)
        report.notes.append(note)
    return report, log
