"""A worksheet's merged ranges, which openpyxl's read-only mode (the one that streams a sheet's rows
within the import's budget) does not expose.

Without them a header merged over several columns (申请人情况, 本年处理决定数量) stood in its first
column alone, and a number merged over two value columns was read into the first with the second
taken for printed blank — a cell read wrong in a table called sure. The sheet's part is scanned
with a regular expression: ``<mergeCell ref="B3:D3"/>`` is a flat element whose one attribute says
all, and a sheet of thousands of rows is scanned in milliseconds where a second, full parse would
cost as much as reading it. Hidden rows and columns are read as any others: a hidden column may
hold a column of the table (its header hidden with it), which left out would be read blank.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils.cell import range_boundaries

from core.importers.safety import MAX_GRID, MAX_MEMBER, Budget

_PREFIX = rb"<(?:[A-Za-z_][\w.-]*:)?"
_MERGE = re.compile(_PREFIX + rb"mergeCell\b[^>]*?\bref\s*=\s*[\"']([^\"']{1,40})[\"']")


@dataclass
class Shape:
    """One sheet's merges (first row, first column, last row, last column; from 1), clipped to
    what the reader reads."""

    merges: list[tuple[int, int, int, int]] = field(default_factory=list)

    def covered(self) -> dict[int, list[tuple[int, int, int, int]]]:
        """Per row, each merge crossing it: (first row, first column, last row, last column)."""
        out: dict[int, list[tuple[int, int, int, int]]] = {}
        for merge in self.merges:
            for r in range(merge[0], merge[2] + 1):
                out.setdefault(r, []).append(merge)
        return out


def shapes(data: bytes, wb: Any, max_rows: int, max_cols: int, budget: Budget) -> list[Shape]:
    """Each of ``wb``'s worksheets' merges (``wb`` read-only, from ``data``, checked by ``safety``).
    A sheet whose part cannot be found is taken as having no merges: its cells are read as before."""
    boxes: list[list[tuple[int, int, int, int]]] = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = set(zf.namelist())
        for ws in wb.worksheets:
            path = str(getattr(ws, "_worksheet_path", "")).lstrip("/")
            boxes.append([])
            if path not in names:
                continue
            with zf.open(path) as f:
                xml = f.read(MAX_MEMBER + 1)
            budget.tick()
            boxes[-1] = [box for m in _MERGE.finditer(xml) if (box := _box(m.group(1))) is not None]
    return clipped(boxes, max_rows, max_cols, budget)


def clipped(boxes: list[list[tuple[int, int, int, int]]], max_rows: int, max_cols: int,
            budget: Budget) -> list[Shape]:
    """Each sheet's merges (first row, first column, last row, last column; from 1) within
    ``max_rows`` × ``max_cols``, the rows and columns the reader reads; their area, so clipped,
    counts against ``MAX_GRID`` (a merge over every cell of the sheet, repeated)."""
    out: list[Shape] = []
    area = 0
    for sheet in boxes:
        shape = Shape()
        out.append(shape)
        for r1, c1, r2, c2 in sheet:
            if r1 > max_rows or c1 > max_cols or (r1, c1) == (r2, c2):
                continue
            r2, c2 = min(r2, max_rows), min(c2, max_cols)
            area += (r2 - r1 + 1) * (c2 - c1 + 1)
            if area > MAX_GRID:
                budget.refuse(f"的工作表合并单元格覆盖超过 {MAX_GRID} 格")
            shape.merges.append((r1, c1, r2, c2))
    return out


def _box(ref: bytes) -> tuple[int, int, int, int] | None:
    """(first row, first column, last row, last column) of ``B3:D3``; None for one cell or a
    reference that is no range of cells (a whole column, a damaged one)."""
    try:
        c1, r1, c2, r2 = range_boundaries(ref.decode("ascii", "replace").replace("$", ""))
    except (ValueError, TypeError):
        return None
    if c1 is None or r1 is None or c2 is None or r2 is None or (r1, c1) == (r2, c2):
        return None
    return min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)
