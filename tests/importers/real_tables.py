"""Files with REAL tables, as clerks hold them, built from a report's cells: a Word document whose
tables are Word grids in the official layout (merged header cells, the row labels in merged cells,
the form's numbering), laid out the way Word and WPS users leave them (fixed column widths, labels
wrapping inside narrow columns, a long table running over a page with or without its header rows
repeated). The saved web page and the official workbook are ``files.html_text`` and
``files.official_xlsx``.

The grid comes from ``core.sheet.table_views`` (the form's own merged-cell layout), the widths from
the blank Word template's (表三 754/921/3271 twips of labels and 685 a value column, 表四 650 a
column) or narrower ones as many counties print them, so a label such as （二）部分公开（区分处理的，
只计这一情形，不计其他情形） runs over three or four lines of its cell."""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.importers import import_file
from core.importers.model import ImportError_
from core.registry import get_form
from core.report import PRINTED, Report
from core.sheet import CellView, TableView, table_views
from core.values import format_value

TWIPS = 635
"""EMU per twip (python-docx lengths are EMU)."""
TEXT_WIDTH = 9639
"""Twips between the margins of an A4 page with the template's 3.175 cm margins (17 cm)."""


@dataclass(frozen=True)
class Layout:
    """How one clerk's Word file sets its tables out."""

    label_widths: tuple[int, ...]
    """表三's three label columns, twips (the value columns share what is left)."""
    repeat_header: bool
    """表三's header rows marked 标题行重复 (Word prints them again on the next page)."""
    size_pt: float
    """The table text's size (五号 10.5, 小五 9)."""
    one_table_two: bool
    """表二's blocks as one Word table (the template's way) rather than one table each."""
    top: bool
    """Cells aligned to their top (Word's default) rather than centred: a number stands beside the
    first line of its wrapped label, not its middle."""
    page_numbers: bool
    """A 公文's page number in the footer (— 3 —), printed below a table broken over the page."""


LAYOUTS = (
    Layout((754, 921, 3271), True, 10.5, True, False, True),     # the blank template's own widths
    Layout((600, 700, 1500), False, 10.5, False, True, False),   # narrow labels: 部分公开 runs over four lines
    Layout((700, 900, 2200), False, 9, True, False, True),
    Layout((560, 640, 1300), True, 9, False, True, False),
)


def corpus_report(meta: dict[str, Any], source: Path) -> Report:
    """The corpus entry as a report holding its HAND-READ cells (never our reading of them), its
    year and organ in the title, and the prose our importer took from its source (prose only)."""
    form = get_form(meta["format"])
    report = Report(form=form, year=meta["year"], organ=meta["organ"])
    report.title = f"{meta['organ']}{meta['year']}年政府信息公开工作年度报告"
    try:
        read, _ = import_file(source)
        report.texts = {k: v for k, v in read.texts.items() if v.strip()}
    except ImportError_:
        pass
    report.texts.setdefault("preamble", f"本报告统计期限自{meta['year']}年1月1日起至{meta['year']}年12月31日止。")
    for address, value in meta["cells"].items():
        if address in form.cells:
            report.cells[address] = Decimal(str(value)) if isinstance(value, (float, Decimal)) else value
    report.totals = PRINTED
    return report


def _text(cell: CellView) -> str:
    return cell.text if not cell.address else format_value(cell.value, cell.kind)


def _widths(view: TableView, layout: Layout) -> list[int]:
    if view.n_cols == 10:
        labels = list(layout.label_widths)
        rest = TEXT_WIDTH - sum(labels)
        return labels + [rest // 7] * 7
    if view.n_cols == 4:
        return [TEXT_WIDTH // 4] * 4
    return [TEXT_WIDTH // view.n_cols] * view.n_cols


def _fonts(run: Any, east_asia: str, size: float) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.size = Pt(size)
    run.font.name = "Times New Roman"
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asia)


def _paragraph(doc: Any, text: str, *, size: float = 16, font: str = "仿宋_GB2312", centre: bool = False,
               indent: bool = True) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = doc.add_paragraph()
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    _fonts(p.add_run(text), font, size)


def _word_table(doc: Any, views: list[TableView], layout: Layout, widths: list[int]) -> None:
    """One Word table holding ``views`` one under another (表二's blocks share one grid)."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    n_rows = sum(v.n_rows for v in views)
    n_cols = len(widths)
    table = doc.add_table(rows=n_rows, cols=n_cols)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(w))
    flat = table._cells
    cells = [flat[r * n_cols:(r + 1) * n_cols] for r in range(n_rows)]
    for row_cells in cells:
        for j, cell in enumerate(row_cells):
            cell.width = widths[j] * TWIPS
    top = 0
    for view in views:
        if layout.repeat_header and len(views) == 1 and view.n_rows > 10:
            for tr in table._tbl.tr_lst[:view.header_rows]:
                tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for row in view.rows():
            for c in row:
                cell = cells[top + c.row][c.col]
                if c.row_span > 1 or c.col_span > 1:
                    cell = cell.merge(cells[top + c.row + c.row_span - 1][c.col + c.col_span - 1])
                for extra in cell.paragraphs[1:]:
                    extra._p.getparent().remove(extra._p)
                cell.vertical_alignment = (WD_CELL_VERTICAL_ALIGNMENT.TOP if layout.top
                                           else WD_CELL_VERTICAL_ALIGNMENT.CENTER)
                p = cell.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c.address or c.role == "header" else WD_ALIGN_PARAGRAPH.LEFT
                text = _text(c)
                if text:
                    _fonts(p.add_run(text), "宋体", layout.size_pt)
        top += view.n_rows


def _page_number(section: Any) -> None:
    """— PAGE — centred in the footer, as a Word field."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _fonts(p.add_run("— "), "宋体", 14)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = p.add_run("1")
    _fonts(run, "宋体", 14)
    field.append(run._r)
    p._p.append(field)
    _fonts(p.add_run(" —"), "宋体", 14)


def word_tables(report: Report, layout: Layout) -> bytes:
    """The report as a clerk's Word file: title, preamble, the six sections, the tables as grids."""
    import docx
    from docx.shared import Cm

    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(3.175)
    section.top_margin = section.bottom_margin = Cm(2.54)
    if layout.page_numbers:
        _page_number(section)
    _paragraph(doc, report.display_title(), size=22, font="方正小标宋简体", centre=True)
    if report.texts.get("preamble"):
        _paragraph(doc, report.texts["preamble"])
    views = table_views(report)
    for sec in report.form.sections:
        _paragraph(doc, sec.heading, font="黑体")
        mine = [v for v in views if v.section == sec.id]
        for key, heading in ((sec.id, ""), *((sub.id, sub.heading) for sub in sec.subsections)):
            if heading and report.texts.get(key):
                _paragraph(doc, heading, font="楷体_GB2312")
            for line in report.texts.get(key, "").splitlines() if not mine else ():
                if line.strip():
                    _paragraph(doc, line.strip())
        if not mine:
            continue
        groups = [mine] if layout.one_table_two and all(v.n_cols == mine[0].n_cols for v in mine) else [[v] for v in mine]
        for group in groups:
            _word_table(doc, group, layout, _widths(group[0], layout))
            if not layout.one_table_two:
                doc.add_paragraph()
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
