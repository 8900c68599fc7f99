"""Reading a report back from a workbook this program exported (its hidden 数据 sheet).

The sheet holds the project file itself, cut into cells, so the report comes back exactly:
values, texts, origins, accepted warnings and last year. A workbook without it (made by hand,
or edited into another shape) gets a Chinese message saying so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Union

from core.damage import damage
from core.exporters.xlsx import DATA_SHEET, JSON_COLUMN
from core.project_json import ProjectFileError
from core.report import Report


def read_xlsx(path: Union[str, Path]) -> Report:
    from openpyxl import load_workbook

    from core import storage

    path = Path(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise ProjectFileError(f"找不到文件“{path}”") from None
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds for a non-xlsx file
        raise ProjectFileError(f"“{path.name}”不是可读取的 Excel 表格（{damage(e)}）") from None
    try:
        if DATA_SHEET not in wb.sheetnames:
            raise ProjectFileError(f"“{path.name}”不是本程序导出的表格（没有“{DATA_SHEET}”工作表），无法导入")
        text = data_sheet_text(wb)
    finally:
        wb.close()
    if not text:
        raise ProjectFileError(f"“{path.name}”的“{DATA_SHEET}”工作表中没有报告数据，无法导入")
    return storage.load_text(text, f"“{path.name}”", path.parent)


def data_sheet_text(wb: Any) -> str:
    """The project JSON our export keeps in the data sheet's column, its pieces joined."""
    pieces = []
    for (value,) in wb[DATA_SHEET].iter_rows(min_row=2, min_col=JSON_COLUMN + 1, max_col=JSON_COLUMN + 1,
                                            values_only=True):
        if not value:
            break
        pieces.append(str(value))
    return "".join(pieces)
