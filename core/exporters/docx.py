"""The report as a Word document laid out per GB/T 9704-2012, for WPS Office as much as for Word.

WPS ignores autofit and guesses column widths when a table has none, and substitutes a Latin
font for Chinese text when a run names no East Asian font. So every table here has a fixed
layout, explicit ``w:gridCol`` and cell widths, and every style and run sets ``w:eastAsia``
(``selfcheck.check_docx`` verifies all three before the file is written).
"""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Iterable
from typing import Any, Optional

import core.exporters.common as C
from core.findings import Finding
from core.report import Report
from core.text_clean import clean_text

TWIPS_PER_PT = 20
TWIPS_PER_MM = 1440 / 25.4

STYLE_TITLE = "报告标题"
STYLE_H1 = "一级标题"
STYLE_H2 = "二级标题"
STYLE_TABLE = "表格文字"
STYLE_SIGN = "落款"
STYLE_MARK = "草稿标记"
STYLE_IDS = {STYLE_TITLE: "ReportTitle", STYLE_H1: "ReportHeading1", STYLE_H2: "ReportHeading2",
             STYLE_TABLE: "ReportTableText", STYLE_SIGN: "ReportSignature", STYLE_MARK: "ReportDraftMark"}
"""ASCII style ids (the names shown in Word/WPS stay Chinese): older WPS builds mishandle others."""


def _fonts(rpr_parent: Any, east_asia: str, latin: str = C.FONT_LATIN) -> None:
    """Name the fonts of a run or style on its ``w:rPr``: East Asian and Latin, no theme fonts."""
    from docx.oxml.ns import qn

    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)


def _style(doc: Any, name: str, east_asia: str, size: float, line_pt: Optional[float],
           first_indent_chars: float = 0, align: Optional[int] = None, outline: Optional[int] = None,
           base: Optional[str] = "Normal") -> Any:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_LINE_SPACING
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style = doc.styles["Normal"] if name == "Normal" else doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if name in STYLE_IDS:
        style.style_id = STYLE_IDS[name]
    if base and name != "Normal":
        style.base_style = doc.styles[base]
        style.quick_style = True
    style.font.size = Pt(size)
    _fonts(style.element, east_asia)
    pf = style.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if line_pt is None:
        pf.line_spacing = 1.0
    else:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line_pt)
    pf.first_line_indent = Pt(first_indent_chars * size) if first_indent_chars else Pt(0)
    ppr = style.element.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is not None:
        ind.set(qn("w:firstLineChars"), str(int(first_indent_chars * 100)))
    if align is not None:
        pf.alignment = align
    if outline is not None:
        lvl = OxmlElement("w:outlineLvl")
        lvl.set(qn("w:val"), str(outline))
        ppr.append(lvl)
    return style


def _setup(doc: Any, report: Report, draft: bool) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(C.PAGE_W_MM), Mm(C.PAGE_H_MM)
    section.top_margin, section.bottom_margin = Mm(C.MARGIN_TOP_MM), Mm(C.MARGIN_BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(C.MARGIN_LEFT_MM), Mm(C.MARGIN_RIGHT_MM)
    section.header_distance, section.footer_distance = Mm(15), Mm(C.FOOTER_MM)
    _style(doc, "Normal", C.FONT_BODY, C.SIZE_BODY, C.LINE_PT, first_indent_chars=2,
           align=WD_ALIGN_PARAGRAPH.JUSTIFY, base=None)
    _style(doc, STYLE_TITLE, C.FONT_TITLE, C.SIZE_TITLE, C.TITLE_LINE_PT, align=WD_ALIGN_PARAGRAPH.CENTER)
    _style(doc, STYLE_H1, C.FONT_H1, C.SIZE_BODY, C.LINE_PT, first_indent_chars=2, outline=0)
    _style(doc, STYLE_H2, C.FONT_H2, C.SIZE_BODY, C.LINE_PT, first_indent_chars=2, outline=1)
    _style(doc, STYLE_TABLE, C.FONT_TABLE, C.SIZE_TABLE, None, align=WD_ALIGN_PARAGRAPH.CENTER)
    _style(doc, STYLE_SIGN, C.FONT_BODY, C.SIZE_BODY, C.LINE_PT, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _style(doc, STYLE_MARK, C.FONT_H1, 12, None, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for name in ("Header", "Footer", "Table Grid"):
        _fonts(doc.styles[name].element, C.FONT_TABLE)
    _footer(section)
    if draft:
        p = section.header.paragraphs[0]
        p.style = doc.styles[STYLE_MARK]
        _run(p, C.DRAFT_NOTE, C.FONT_H1, color="C00000")
    props = doc.core_properties
    props.title = report.display_title()[:255]  # Word's core properties hold 255 characters at most
    props.author = report.organ[:255]
    props.subject = f"{report.year}年度政府信息公开工作年度报告"
    props.comments = C.DRAFT_NOTE if draft else ""
    props.keywords = C.DRAFT_MARK if draft else ""


def _run(paragraph: Any, text: str, east_asia: str, size: Optional[float] = None,
         color: Optional[str] = None) -> Any:
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(clean_text(text))     # a NUL or control character would refuse the file
    _fonts(run._r, east_asia)
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def _footer(section: Any) -> None:
    """"— PAGE —" in 4号 宋体, centred: a PAGE field, so Word and WPS number every page."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, after = C.page_number_text("|").split("|")
    _run(p, before, C.FONT_TABLE, C.SIZE_PAGE_NO)
    for kind, text in (("begin", ""), ("instr", " PAGE "), ("separate", ""), ("text", "1"), ("end", "")):
        run = _run(p, "", C.FONT_TABLE, C.SIZE_PAGE_NO)
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)
    _run(p, after, C.FONT_TABLE, C.SIZE_PAGE_NO)


_TBLPR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
                "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")


def _put(tbl_pr: Any, element: Any) -> None:
    """Insert ``element`` into ``w:tblPr`` in schema order (Word rejects files out of order)."""
    rank = _TBLPR_ORDER.index(element.tag.split("}")[1])
    for i, child in enumerate(tbl_pr):
        name = child.tag.split("}")[1]
        if child.tag == element.tag:
            tbl_pr.replace(child, element)
            return
        if name in _TBLPR_ORDER and _TBLPR_ORDER.index(name) > rank:
            tbl_pr.insert(i, element)
            return
    tbl_pr.append(element)


def _table(doc: Any, grid: C.Grid) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    widths = [round(w) for w in C.column_widths(grid, C.TEXT_W_MM * TWIPS_PER_MM)]
    table = doc.add_table(rows=grid.n_rows, cols=grid.n_cols)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # w:tblLayout type="fixed"
    tbl = table._tbl
    tblw = tbl.tblPr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        _put(tbl.tblPr, tblw)
    tblw.set(qn("w:w"), str(sum(widths)))
    tblw.set(qn("w:type"), "dxa")
    for col, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(w))
    margins = OxmlElement("w:tblCellMar")  # 2 pt a side, as in the PDF: value columns are narrow
    for side, width in (("top", 0), ("left", 40), ("bottom", 0), ("right", 40)):
        m = OxmlElement(f"w:{side}")
        m.set(qn("w:w"), str(width))
        m.set(qn("w:type"), "dxa")
        margins.append(m)
    _put(tbl.tblPr, margins)
    for i, tr in enumerate(tbl.tr_lst):
        tr_pr = tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if i < grid.header_rows:
            tr_pr.append(OxmlElement("w:tblHeader"))
    # The grid's cells, taken once before merging (table.cell() re-walks the whole table on
    # every call); rectangles are disjoint, so each merge leaves the others' cells valid.
    flat = table._cells
    cells = [flat[r * grid.n_cols:(r + 1) * grid.n_cols] for r in range(grid.n_rows)]
    for row_cells in cells:
        for j, cell in enumerate(row_cells):
            cell.width = widths[j] * 635  # twips → EMU
    left = C.left_columns(grid)
    for r, view in grid.cells():
        cell = cells[r][view.col]
        if view.row_span > 1 or view.col_span > 1:
            cell = cell.merge(cells[r + view.row_span - 1][view.col + view.col_span - 1])
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for extra in cell.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        p = cell.paragraphs[0]
        p._p.style = STYLE_IDS[STYLE_TABLE]  # by id: p.style = … looks the style up every time
        # Keep the table on one page when it fits (Word's way: every row keeps with the next).
        p.paragraph_format.keep_with_next = r + view.row_span < grid.n_rows
        p.alignment = (WD_ALIGN_PARAGRAPH.LEFT if C.alignment(view, left, grid.n_cols) == "left"
                       else WD_ALIGN_PARAGRAPH.CENTER)
        if view.text:
            _run(p, view.text, C.FONT_TABLE)


def export_docx(report: Report, findings: Iterable[Finding] = (), draft: bool = False,
                today: Optional[_dt.date] = None, annex: bool = False) -> bytes:
    """The report as .docx bytes."""
    from docx import Document

    doc = Document()
    _setup(doc, report, draft)
    body = doc.paragraphs[0] if doc.paragraphs else None
    if body is not None:
        body._p.getparent().remove(body._p)
    for b in C.document(report, findings, annex, today):
        if b.kind == "title":
            title = doc.add_paragraph(style=STYLE_TITLE)
            for i, line in enumerate(b.paragraphs):
                run = _run(title, line, C.FONT_TITLE)
                if i < len(b.paragraphs) - 1:
                    run.add_break()  # Word would otherwise break wherever the line is full
            doc.add_paragraph(style=STYLE_TITLE)
        elif b.kind in ("text", "annex"):
            _text(doc, b)
        elif b.kind == "sign":
            _signature(doc, b)
        elif b.grid is not None:
            _table(doc, b.grid)
            doc.add_paragraph(style=STYLE_TABLE)
    _metadata(doc, report)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _text(doc: Any, b: C.Block) -> None:
    """A prose block: its heading kept with the text (Word keeps it with the next lines), or the
    annex, on a page of its own under a centred heading. A section whose text begins with its
    heading puts the section in Word's navigation pane by its first paragraph."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    if b.heading:
        style = STYLE_H1 if b.level == 1 else STYLE_H2
        heading = doc.add_paragraph(style=style)
        heading.paragraph_format.keep_with_next = True
        if b.kind == "annex":
            from docx.enum.text import WD_ALIGN_PARAGRAPH

            heading.paragraph_format.page_break_before = True
            heading.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            heading.paragraph_format.first_line_indent = Pt(0)
            heading.paragraph_format.space_after = Pt(C.LINE_PT)
            # The style's firstLineChars would win over firstLine: cleared on the paragraph too.
            heading._p.pPr.ind.set(qn("w:firstLineChars"), "0")
        _run(heading, b.heading, C.FONT_H1 if b.level == 1 else C.FONT_H2)
    for i, text in enumerate(b.paragraphs):
        p = doc.add_paragraph()
        if i == 0 and not b.heading and b.outline:
            _outline_level(p, 0)
        _run(p, text, C.FONT_BODY)


def _outline_level(paragraph: Any, level: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    lvl = OxmlElement("w:outlineLvl")
    lvl.set(qn("w:val"), str(level))
    paragraph._p.get_or_add_pPr().append(lvl)


def _signature(doc: Any, b: C.Block) -> None:
    """落款: two empty lines, the organ centred over the date, the date four characters from the right."""
    from docx.shared import Pt

    date = b.paragraphs[0]
    organ_indent, date_indent = C.signature_indents(b.heading, date)
    doc.add_paragraph()
    doc.add_paragraph()
    for text, indent in ((b.heading, organ_indent), (date, date_indent)):
        if not text:
            continue
        p = doc.add_paragraph(style=STYLE_SIGN)
        p.paragraph_format.right_indent = Pt(indent * C.SIZE_BODY)
        p.paragraph_format.keep_with_next = text != date
        _run(p, text, C.FONT_BODY)


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><TotalTime>0</TotalTime><Application>{app}</Application>"
    "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company>{company}</Company>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def _metadata(doc: Any, report: Report) -> None:
    """Properties Word and WPS show (文件 → 属性): this program, the organ, the moment of export.

    python-docx's template says "Microsoft Macintosh Word" and carries a thumbnail of another
    document; the extended properties are replaced and the thumbnail dropped."""
    from xml.sax.saxutils import escape

    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    now = _dt.datetime.now(_dt.UTC).replace(tzinfo=None, microsecond=0)  # Word stores UTC
    props = doc.core_properties
    props.author = props.last_modified_by = report.organ[:255] or C.APP_NAME
    props.created = props.modified = now
    props.revision = 1
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype in (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES):
            package.rels.pop(rid)
            package.rels.related_parts.pop(rid, None)
    xml = APP_XML.format(app=escape(C.APP_NAME), company=escape(report.organ))
    package.relate_to(Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, xml.encode("utf-8"),
                           package), RT.EXTENDED_PROPERTIES)
