"""The report as a PDF (reportlab): the same GB/T 9704 page as the docx, fonts embedded as subsets.

Tables that break across pages repeat their header rows; the six section headings are PDF
bookmarks; title and author are in the document information. Every font is a TrueType face
chosen by ``fonts.choose``, including the canvas' initial font, so no unembedded Helvetica
reference is left in the file (``selfcheck.check_pdf`` verifies it).
"""

from __future__ import annotations

import datetime as _dt
import functools
import io
from collections.abc import Callable, Iterable
from typing import Any, Optional
from xml.sax.saxutils import escape

import core.exporters.common as C
from core.exporters.fonts import Face, FontSet, choose, missing_glyphs, split_runs
from core.findings import Finding
from core.report import Report

PT_PER_MM = 72 / 25.4


def _markup(text: str, face: Face, fonts: FontSet) -> str:
    """Paragraph markup of plain ``text``: escaped, characters only the fallback has in its font."""
    parts = []
    for run, use in split_runs(text, face, fonts.fallback):
        esc = escape(run)
        parts.append(esc if use is face else f'<font name="{use.name}">{esc}</font>')
    return "".join(parts)


CLOSING = "，。、；：？！”’》〉）」』】〕…％"
"""Chinese punctuation that must not start a line (GB/T 15834 and common typesetting practice)."""


def _kinsoku() -> None:
    """Teach reportlab's CJK line breaking the Chinese closing punctuation: its list has the
    Japanese set only, so a line could start with ，or 》. Both modules that wrap CJK text hold
    their own copy of the list; each is extended once."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        have: str = getattr(module, "ALL_CANNOT_START", "")
        missing = "".join(ch for ch in CLOSING if ch not in have)
        if missing:
            setattr(module, "ALL_CANNOT_START", have + missing)  # noqa: B010 - not in the stubs


def _styles(fonts: FontSet) -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    indent = 2 * C.SIZE_BODY
    body = ParagraphStyle("body", fontName=fonts["body"].name, fontSize=C.SIZE_BODY, leading=C.LINE_PT,
                          firstLineIndent=indent, alignment=TA_JUSTIFY, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=body, fontName=fonts["title"].name, fontSize=C.SIZE_TITLE,
                                leading=C.TITLE_LINE_PT, firstLineIndent=0, alignment=TA_CENTER,
                                spaceAfter=C.LINE_PT),
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fonts["h1"].name),
        "h2": ParagraphStyle("h2", parent=body, fontName=fonts["h2"].name),
        "annex": ParagraphStyle("annex", parent=body, fontName=fonts["h1"].name, firstLineIndent=0,
                                alignment=TA_CENTER, spaceAfter=C.LINE_PT),
        "sign": ParagraphStyle("sign", parent=body, firstLineIndent=0, alignment=TA_RIGHT),
        "cell_center": ParagraphStyle("cc", fontName=fonts["table"].name, fontSize=C.SIZE_TABLE,
                                      leading=C.TABLE_LINE_PT, alignment=TA_CENTER, wordWrap="CJK"),
        "cell_left": ParagraphStyle("cl", fontName=fonts["table"].name, fontSize=C.SIZE_TABLE,
                                    leading=C.TABLE_LINE_PT, alignment=TA_LEFT, wordWrap="CJK"),
    }


def _table(grid: C.Grid, styles: dict[str, Any], fonts: FontSet) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    widths = C.column_widths(grid, C.TEXT_W_MM * PT_PER_MM)
    data: list[list[Any]] = [["" for _ in range(grid.n_cols)] for _ in range(grid.n_rows)]
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts["table"].name, C.SIZE_TABLE),  # empty cells too: no Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    left = C.left_columns(grid)
    for row, cell in grid.cells():
        style = styles["cell_left" if C.alignment(cell, left, grid.n_cols) == "left" else "cell_center"]
        data[row][cell.col] = _cell_paragraph()(_markup(cell.text, fonts["table"], fonts), style)
        if cell.row_span > 1 or cell.col_span > 1:
            commands.append(("SPAN", (cell.col, row), (cell.col + cell.col_span - 1, row + cell.row_span - 1)))
    # splitInRow: a table taller than the page may break inside a row span (三、本年度办理结果
    # spans 22 rows), rather than fail to lay out at all; _RowTable keeps each row whole.
    return _row_table()(data, colWidths=widths, repeatRows=grid.header_rows, style=TableStyle(commands),
                        hAlign="CENTER", splitInRow=1)


def _overhang(lines: list[Any]) -> float:
    """How far the widest of a wrapped paragraph's lines reaches past the width it was given."""
    spare = [line[0] if isinstance(line, tuple) else line.extraSpace for line in lines]
    return max(0.0, -min(spare, default=0.0))


@functools.cache
def _cell_paragraph() -> type:
    from reportlab.platypus import Paragraph

    base: Any = Paragraph

    class _CellParagraph(base):  # type: ignore[misc]
        """A table cell's text that stays inside its borders. reportlab lets punctuation that may
        not start a line hang past the line's end (”，。), and in a cell that is past the cell's
        rule and into its neighbour: "3.危及“三安全一稳定”" printed its ” against the next column's
        number, and a reader of the PDF took the two for one word (the row's 自然人 read as blank).
        Such a paragraph is wrapped again as if the cell were a letter narrower (the mark goes down
        a line with the letter before it); the room is then given back to each line, so centred
        text stays centred in the whole cell."""

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            width, height = super().wrap(availWidth, availHeight)
            letter = float(self.style.fontSize)
            if _overhang(self.blPara.lines) < 0.01 or availWidth < 2 * letter:
                return width, height
            # reportlab hangs one mark at most, one letter wide: wrapped a letter narrower, what
            # it hangs then still stands inside the cell once the letter is given back
            width, height = super().wrap(availWidth - letter, availHeight)
            self.blPara.lines = [(line[0] + letter, line[1]) if isinstance(line, tuple) else line
                                 for line in self.blPara.lines]
            for line in self.blPara.lines:
                if not isinstance(line, tuple):
                    line.extraSpace += letter
            self.width = availWidth
            return availWidth, height

    return _CellParagraph


@functools.cache
def _row_table() -> type:
    from reportlab.platypus import Table

    base: Any = Table   # reportlab's private split machinery is not in its stubs

    class _RowTable(base):  # type: ignore[misc]
        """A table that breaks across pages only between rows, spans included. reportlab breaks a
        spanned table inside a row, and a row whose label needs two lines left its numbers at the
        foot of one page and its label at the head of the next (an evaluator reads that row as
        blank, and so did our importer). Offered no room at all in the row it would cut, reportlab
        carries the whole row over and cuts only the spans around it."""

        def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> Any:
            if doInRowSplit:
                fits = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
                availHeight = min(availHeight, sum(self._rowHeights[:fits]))
            return super()._splitRows(availHeight, doInRowSplit)

    return _RowTable


def _decorate(canvas: Any, doc: Any, fonts: FontSet, draft: bool) -> None:
    """Page number "— N —" in 4号 under the text; the 草稿 marking on a draft."""
    from reportlab.lib import colors

    canvas.saveState()
    width = C.PAGE_W_MM * PT_PER_MM
    canvas.setFont(fonts["table"].name, C.SIZE_PAGE_NO)
    canvas.drawCentredString(width / 2, C.FOOTER_MM * PT_PER_MM, C.page_number_text(doc.page))
    if draft:
        canvas.setFillColor(colors.Color(0.85, 0.1, 0.1))
        canvas.setFont(fonts["h1"].name, 12)
        canvas.drawRightString(width - C.MARGIN_RIGHT_MM * PT_PER_MM, (C.PAGE_H_MM - 20) * PT_PER_MM,
                               C.DRAFT_NOTE)
        canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.12))
        canvas.setFont(fonts["h1"].name, 110)
        canvas.translate(width / 2, C.PAGE_H_MM * PT_PER_MM / 2)
        canvas.rotate(40)
        canvas.drawCentredString(0, -40, C.DRAFT_MARK)
    canvas.restoreState()


def export_pdf(report: Report, findings: Iterable[Finding] = (), draft: bool = False,
               today: Optional[_dt.date] = None, annex: bool = False) -> bytes:
    """The report as PDF bytes; creation and modification dates are the moment of export."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    _kinsoku()
    blocks = C.document(report, findings, annex, today)
    fonts = choose(C.all_text(blocks) + [C.DRAFT_NOTE])
    styles = _styles(fonts)

    marks: list[str] = []
    outlines: dict[int, tuple[Any, str]] = {}
    """Heading paragraph id → (the paragraph, kept alive so its id is not reused; its bookmark)."""

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable: Any) -> None:
            """Bookmark each section heading (一、…六、) as it is laid out."""
            entry = outlines.get(id(flowable))
            mark = entry[1] if entry is not None and entry[0] is flowable else ""
            if mark:
                key = f"s{len(marks)}"
                marks.append(key)
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(mark, key, level=0)

    def para(text: str, style: str, outline: str = "", indent: float = 0.0, lines: tuple[str, ...] = ()) -> Any:
        face = fonts[_ROLE[style]]
        markup = "<br/>".join(_markup(line, face, fonts) for line in lines) if lines else _markup(text, face, fonts)
        p = Paragraph(markup, _indented(styles[style], indent) if indent else styles[style])
        if outline:
            outlines[id(p)] = (p, outline)
        return p

    buf = io.BytesIO()
    # Not reportlab's invariant mode, which dates every file 2000-01-01: the dates are the export's.
    doc = Doc(buf, pagesize=A4, leftMargin=C.MARGIN_LEFT_MM * PT_PER_MM,
              rightMargin=C.MARGIN_RIGHT_MM * PT_PER_MM, topMargin=C.MARGIN_TOP_MM * PT_PER_MM,
              bottomMargin=C.MARGIN_BOTTOM_MM * PT_PER_MM, title=report.display_title(),
              author=report.organ, subject=f"{report.year}年度政府信息公开工作年度报告",
              keywords=[C.DRAFT_MARK] if draft else [], creator=C.APP_NAME, producer=C.APP_NAME,
              lang="zh-CN", invariant=False, initialFontName=fonts["body"].name, initialFontSize=C.SIZE_BODY)
    story = _story(blocks, para, styles, fonts, doc.width, doc.height)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=functools.partial(
        _decorate, fonts=fonts, draft=draft))])
    doc.build(story)
    return buf.getvalue()


HEADING_KEEP_LINES = 2
"""A heading starts a new page unless this many lines of the text under it fit below it."""


def _story(blocks: list[C.Block], para: Callable[..., Any], styles: dict[str, Any], fonts: FontSet,
           width: float, height: float) -> list[Any]:
    """The flowables of ``blocks``. Body paragraphs split across pages; a heading is kept with the
    first lines of its text by a conditional page break before it (reportlab's keepWithNext would
    move the heading and the whole next paragraph, leaving half a page empty); a table that fits
    on a page starts on a new page rather than break; the 落款 is not split; the annex starts a page."""
    from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

    story: list[Any] = []
    heading_at = -1
    for b in blocks:
        if b.kind == "title":
            story.append(para(b.heading, "title", lines=b.paragraphs))
        elif b.kind in ("text", "annex"):
            if b.kind == "annex":
                story.append(PageBreak())
            heading_at = len(story) if b.heading and not b.paragraphs else -1
            if b.heading:
                style = "annex" if b.kind == "annex" else "h1" if b.level == 1 else "h2"
                heading = para(b.heading, style, b.outline)
                story.append(CondPageBreak(heading.wrap(width, height)[1] + HEADING_KEEP_LINES * C.LINE_PT))
                story.append(heading)
            for i, text in enumerate(b.paragraphs):
                story.append(para(text, "body", b.outline if i == 0 and not b.heading else ""))
        elif b.kind == "sign":
            organ_indent, date_indent = C.signature_indents(b.heading, b.paragraphs[0])
            signature = [para(b.heading, "sign", indent=organ_indent)] if b.heading else []
            signature.append(para(b.paragraphs[0], "sign", indent=date_indent))
            story.append(Spacer(1, C.LINE_PT * 2))
            story.append(KeepTogether(signature))
        elif b.grid is not None:
            table = _table(b.grid, styles, fonts)
            _, needed = table.wrap(width, height)
            # A table that fits on a page starts on a new page rather than break, together with
            # the heading right before it, so no heading is left alone at a page foot.
            need = min(needed + 8 + (C.LINE_PT if heading_at >= 0 else 0), height)
            story.insert(heading_at if heading_at >= 0 else len(story), CondPageBreak(need))
            heading_at = -1
            story.append(Spacer(1, 4))
            story.append(table)
            story.append(Spacer(1, 6))
    return story


_ROLE = {"title": "title", "body": "body", "h1": "h1", "h2": "h2", "sign": "body", "annex": "h1"}


def _indented(style: Any, chars: float) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"sign{chars}", parent=style, rightIndent=chars * C.SIZE_BODY)


def unprintable(report: Report, findings: Iterable[Finding] = (), annex: bool = False) -> list[str]:
    """Characters of the report no font the PDF can embed has, in order: a final PDF would print
    them as empty boxes, so the export asks (editor) or warns naming them (``convert``)."""
    return missing_glyphs(C.all_text(C.document(report, findings, annex)))
