"""Corpus entries' tables drawn into real PDFs with reportlab, as Word, WPS and printers draw them,
and read back: shared by the tests of the PDF reader's drawn tables (``test_pdf_drawn_shapes``,
``test_pdf_turned_pages``)."""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.exporters import common as C
from core.importers import import_bytes
from core.registry import get_form
from core.report import Report
from core.values import NA

ROOT = Path(__file__).resolve().parents[1]
FONT = ROOT / "templates" / "fonts" / "NotoSerifSC-GB2312.ttf"
FACE = "DrawnShapesCJK"
SIZE = 10.5


def turned_canvas(buf: io.BytesIO, turn: str) -> Any:
    """A reportlab canvas on A4 whose pages are stored as ``turn`` says and shown upright:
    "" as drawn; "90" / "270" stored a quarter turn round with ``/Rotate`` (Acrobat Distiller and
    the printers that auto-rotate pages store a landscape page so, and a viewer saves so a
    sideways page a clerk turned upright); "180" stored upside down; "odd90" every second page
    turned 90; "side90" drawn sideways on a landscape sheet with no ``/Rotate`` (a page printed
    turned onto the paper); "crop" upright with a crop box inside the sheet (a page cropped in an
    editor: 20 pt off each side, 30 pt off top and foot)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4

    class Turned(canvas.Canvas):  # type: ignore[misc]
        pages = 0

        def turn_page(self) -> None:
            self.pages += 1
            if turn == "crop":
                self.setCropBox((20, 30, width - 20, height - 30))
                return
            quarter = turn.removeprefix("odd").removeprefix("side")
            if not quarter or (turn.startswith("odd") and self.pages % 2):
                return
            if turn.startswith("side"):
                self.setPageSize((height, width))
            else:
                self.setPageRotation(int(quarter))
            if quarter == "90":        # the stored sheet is as wide as the page is tall
                self.transform(0, 1, -1, 0, height, 0)
            elif quarter == "180":     # stored upside down (a sheet scanned or printed turned)
                self.transform(-1, 0, 0, -1, width, height)
            else:
                self.transform(0, -1, 1, 0, 0, width)

        def showPage(self) -> None:
            super().showPage()
            self.turn_page()

    c = Turned(buf, pagesize=A4)
    c.turn_page()
    return c


Align = Callable[[int, int], str]
"""(grid row, grid column) of a value cell → "left", "center" or "right"."""


def draw(meta: dict[str, Any], *, rules: bool = True, across_only: bool = False, value_width: float = 0.0,
          label_share: float = 1.0, valign: str = "middle", align: Align = lambda row, col: "center",
          spacing: float = 0.0, blank: frozenset[str] = frozenset(), turn: str = "") -> tuple[bytes, dict[str, str]]:
    """The entry's title and tables drawn on A4 pages: every cell's text wrapped to its width, each
    table's cells framed (``rules``) or not, or only a rule across the table under each row
    (``across_only``: no column lines); ``value_width`` narrows the value columns to that,
    ``label_share`` the label columns to that share; ``spacing`` sets each letter apart by that
    (letter spacing, each letter placed by itself); the cells in ``blank`` print nothing; ``turn``
    stores the pages turned as auto-rotating printers and viewers do (``turned_canvas``). Returns
    the PDF and each cell's printed text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FACE, str(FONT)))
    report = Report(form=get_form(meta["format"]), year=meta["year"], organ=meta["organ"], cells={a: None if a in blank else v for a, v in meta["cells"].items()})
    buf = io.BytesIO()
    c = turned_canvas(buf, turn)
    width, height = A4
    left, right, top, foot = 72.0, width - 72.0, height - 80.0, 70.0
    y = top
    printed: dict[str, str] = {}

    def wrap(text: str, room: float) -> list[str]:
        lines, line = [], ""
        for ch in text:
            if line and pdfmetrics.stringWidth(line + ch, FACE, SIZE) > room:
                lines.append(line)
                line = ""
            line += ch
        return lines + [line] if line else [""]

    for block in C.document(report):
        if block.kind == "title":
            for line in block.paragraphs:
                c.setFont(FACE, 18)
                c.drawCentredString(width / 2, y, line)
                y -= 28
        elif block.kind == "text" and block.heading:
            c.setFont(FACE, 14)
            c.drawString(left + 28, y, block.heading)
            y -= 24
        elif block.kind == "table" and block.grid is not None:
            grid = block.grid
            widths = C.column_widths(grid, right - left)
            roles = grid.column_roles()
            labels = [i for i, r in enumerate(roles) if r == "label"]
            values = [i for i, r in enumerate(roles) if r == "value"]
            if value_width and len(values) >= 6:
                rest = right - left - value_width * len(values)
                total = sum(widths[i] for i in labels)
                widths = [value_width if r == "value" else widths[i] / total * rest for i, r in enumerate(roles)]
            if label_share < 1:
                freed = sum(widths[i] for i in labels) * (1 - label_share)
                widths = [w * label_share if i in labels else w + freed / len(values) for i, w in enumerate(widths)]
            xs = [left]
            for w in widths:
                xs.append(xs[-1] + w)
            texts: dict[tuple[int, int], tuple[Any, list[str]]] = {}
            heights = [SIZE + 9.0] * grid.n_rows
            for row, cell in grid.cells():
                text = cell.text
                if cell.address:
                    printed[cell.address] = text
                lines = wrap(text, xs[cell.col + cell.col_span] - xs[cell.col] - 5) if text else [""]
                texts[(row, cell.col)] = (cell, lines)
                if cell.row_span == 1:
                    heights[row] = max(heights[row], len(lines) * SIZE * 1.25 + 7)
            pages: list[list[int]] = [[]]
            at = y
            for r in range(grid.n_rows):
                if at - heights[r] < foot and pages[-1]:
                    pages.append([])
                    at = top
                pages[-1].append(r)
                at -= heights[r]
            for n, rows in enumerate(pages):
                if n:
                    c.showPage()
                    y = top
                row_top = {}
                for r in rows:
                    row_top[r] = y
                    y -= heights[r]
                c.setLineWidth(0.6)
                for (row, col), (cell, lines) in texts.items():
                    span = [r for r in range(row, row + cell.row_span) if r in row_top]
                    if not span:
                        continue
                    upper, lower = row_top[span[0]], row_top[span[-1]] - heights[span[-1]]
                    x0, x1 = xs[col], xs[col + cell.col_span]
                    if row in row_top:
                        block_h = len(lines) * SIZE * 1.25
                        base = {"middle": (upper + lower) / 2 + block_h / 2 - SIZE * 0.85,
                                "bottom": lower + 4.5 + (len(lines) - 1) * SIZE * 1.25}[valign]
                        how = align(row, col) if cell.address else "center"
                        c.setFont(FACE, SIZE)
                        for i, line in enumerate(lines):
                            w = pdfmetrics.stringWidth(line, FACE, SIZE)
                            x = {"left": x0 + 3.5, "center": (x0 + x1 - w) / 2, "right": x1 - 3.5 - w}[how]
                            if not spacing:
                                c.drawString(x, base - i * SIZE * 1.25, line)
                                continue
                            for ch in line:
                                c.drawString(x, base - i * SIZE * 1.25, ch)
                                x += pdfmetrics.stringWidth(ch, FACE, SIZE) + spacing
                    if rules and not across_only:
                        c.rect(x0, lower, x1 - x0, upper - lower)
                if across_only:
                    for r in rows:
                        c.line(xs[0], row_top[r], xs[-1], row_top[r])
                    c.line(xs[0], row_top[rows[-1]] - heights[rows[-1]], xs[-1], row_top[rows[-1]] - heights[rows[-1]])
            y -= 16
    c.showPage()
    c.save()
    return buf.getvalue(), printed


def misread(pdf: bytes, printed: dict[str, str]) -> tuple[list[str], Any]:
    """Cells read with a value other than the one printed (a blank read as blank, never as 0)."""
    report, _ = import_bytes(pdf, "drawn.pdf")
    wrong = []
    for address, text in printed.items():
        if address in report.missing:
            continue
        got = report.cells.get(address)
        want = Decimal(text) if text.strip() else None
        if (got in (None, NA)) != (want is None) or (want is not None and Decimal(str(got)) != want):
            wrong.append(f"{address}: {got!r} ≠ {text!r}")
    return wrong, report
