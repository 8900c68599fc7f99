"""A rectangular block of clipboard text (Excel, WPS, a web page) laid onto an official table.

The block starts at the current cell; block column j goes to the j-th value rectangle to the right
in the same grid row (so a merged value cell takes one column, as it does in Excel), block row i to
the i-th row below that has value cells. Every block cell is accounted for: written, or reported
with the reason (no cell there, a computed cell, not a number). The values are read by
``core.values.parse_input``; the write itself is one ``core.commands.Paste`` (one undo step).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from core.sheet import CellView, TableView
from core.values import Value, ValueError_, parse_input


@dataclass
class PastePlan:
    values: list[tuple[str, Value]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the status bar: what was written and what was not."""
        done = f"已粘贴 {len(self.values)} 个单元格"
        if not self.problems:
            return done
        shown = "；".join(self.problems[:3]) + ("……" if len(self.problems) > 3 else "")
        return f"{done}，{len(self.problems)} 个未粘贴：{shown}"


def split_block(text: str) -> list[list[str]]:
    """Tab-separated rows as Excel/WPS put them on the clipboard (quoted cells may hold newlines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    if "\t" not in text and "\n" not in text:
        return [[text]]
    return [row for row in csv.reader(io.StringIO(text), delimiter="\t", quotechar='"')]


def _value_rects(view: TableView, row: int) -> list[CellView]:
    """Value rectangles that start on grid row ``row``, left to right."""
    return sorted((c for c in view.cells if c.address and c.row == row), key=lambda c: c.col)


def plan(view: TableView, start: CellView, block: list[list[str]]) -> PastePlan:
    """What pasting ``block`` at ``start`` writes, and every block cell it cannot write, with why."""
    out = PastePlan()
    rows = [r for r in range(start.row, view.n_rows) if _value_rects(view, r)]
    for i, line in enumerate(block):
        if i >= len(rows):
            for j, text in enumerate(line):
                if text.strip():
                    out.problems.append(f"第{i + 1}行第{j + 1}列“{text.strip()}”超出表格")
            continue
        rects = [c for c in _value_rects(view, rows[i]) if c.col + c.col_span > start.col]
        for j, text in enumerate(line):
            where = f"第{i + 1}行第{j + 1}列"
            if j >= len(rects):
                if text.strip():
                    out.problems.append(f"{where}“{text.strip()}”超出表格")
                continue
            cell = rects[j]
            if not cell.editable:
                if text.strip():
                    out.problems.append(f"{where}“{text.strip()}”是自动合计（{cell.label}），"
                                        "由各项相加得出，未粘贴")
                continue
            try:
                value = parse_input(text, cell.kind)
            except ValueError_ as e:
                out.problems.append(f"{where}：{e}")
                continue
            out.values.append((cell.address, value))
    return out
