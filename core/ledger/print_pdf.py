"""The ledger printed for the file (归档): A4 landscape, one table, the header row on every page.

Names and contact data are never printed: a printed register travels further than the editor
(binders, inspections), and 表三 does not need them. A request's row is never split across pages:
the rows are measured and laid out page by page here, rather than left to reportlab's table
splitting, which would also re-measure the whole remaining table at every page (minutes for a
register of 20,000 requests). A cell too tall for a page is cut, and says so and how long it was.
Fonts are chosen and embedded as for the report (``fonts.choose``), the canvas' initial font
included, so no Helvetica is referenced.
"""

from __future__ import annotations

import datetime as _dt
import functools
import io
from collections.abc import Sequence
from typing import Any, Union
from xml.sax.saxutils import escape

from core.exporters.fonts import Face, FontSet, choose, split_runs
from core.exporters.pdf import _kinsoku
from core.forms import Form
from core.ledger.labels import applicant_label, outcome_label
from core.ledger.model import Ledger, Request
from core.report import display_date
from core.text_clean import clean_text

PT_PER_MM = 72 / 25.4
COLUMNS: tuple[tuple[str, str, float, str], ...] = (
    ("index", "序号", 10, "c"), ("number", "编号", 32, "l"), ("received", "收到日期", 20, "c"),
    ("channel", "申请方式", 15, "c"), ("applicant", "申请人类型", 22, "c"), ("subject", "申请内容", 58, "l"),
    ("outcome", "办理结果", 43, "l"), ("answered", "答复日期", 20, "c"), ("extended", "延期", 10, "c"),
    ("carried", "上年结转", 15, "c"), ("notes", "备注", 22, "l"))
"""(key, header, width in mm, alignment): 267 mm, the width of A4 landscape inside 15 mm margins.
No personal field is among them. The 补正 and 征求意见 dates have no columns: four more date
columns would not fit beside 申请内容 and 办理结果, and few requests have them; they are printed
in the request's 备注 cell instead (``pause_lines``), so the filed copy still shows why an answer
after 20 working days was on time."""
MARGIN_MM = 15.0
TOP_MM = 30.0
"""Room above the table for the title and the line under it, drawn on every page."""
BOTTOM_MM = 16.0
SIZE = 9.0
LEADING = 11.5
PAD_X, PAD_Y = 2.5, 2.0
SIZE_TITLE = 16.0
SIZE_PAGE_NO = 10.0
EMPTY = "（本年度台账中没有申请记录）"


def page_text(n: int, total: int) -> str:
    return f"第 {n} 页 共 {total} 页"


def pause_lines(req: Request) -> list[str]:
    """The 补正 and 征求意见 dates as lines of the 备注 cell."""
    lines = [f"补正告知：{req.supplement_asked}"] if req.supplement_asked else []
    lines += [f"补正后收到：{req.supplemented}"] if req.supplemented else []
    if req.consult_start or req.consult_end:
        lines.append(f"征求意见：{req.consult_start or '？'}至{req.consult_end or '未收到意见'}")
    return lines


def _cells(req: Request, index: int, form: Form) -> list[str]:
    out = []
    for key, _, _, _ in COLUMNS:
        if key == "index":
            out.append(str(index))
            continue
        raw = getattr(req, key)
        if key in ("extended", "carried"):
            out.append("是" if raw else "否")
        elif key == "applicant":
            out.append(applicant_label(form, raw) if raw else "")
        elif key == "outcome":
            out.append(outcome_label(form, raw) if raw else "")
        elif key == "notes":
            out.append("\n".join(t for t in (clean_text(raw), *pause_lines(req)) if t))
        else:
            out.append(clean_text(raw))
    return out


def _markup(text: str, face: Face, fonts: FontSet) -> str:
    parts = []
    for run, use in split_runs(text, face, fonts.fallback):
        esc = escape(run).replace("\n", "<br/>")
        parts.append(esc if use is face else f'<font name="{use.name}">{esc}</font>')
    return "".join(parts)


class _Layout:
    """The styles and measures of one print: cells as flowables, with their heights."""

    def __init__(self, fonts: FontSet, room: float) -> None:
        from reportlab.lib.enums import TA_CENTER, TA_LEFT
        from reportlab.lib.styles import ParagraphStyle

        self.fonts = fonts
        self.face = fonts["table"]
        self.head_face = fonts["h1"]
        self.widths = [w * PT_PER_MM for _, _, w, _ in COLUMNS]
        base = ParagraphStyle("cell", fontName=self.face.name, fontSize=SIZE, leading=LEADING, wordWrap="CJK")
        self.styles = {"l": ParagraphStyle("l", parent=base, alignment=TA_LEFT),
                       "c": ParagraphStyle("c", parent=base, alignment=TA_CENTER),
                       "h": ParagraphStyle("h", parent=base, fontName=self.head_face.name, alignment=TA_CENTER)}
        self.room = room
        """The tallest a row may be: a page's table height less the header row."""

    def cell(self, text: str, col: int, style: str = "") -> tuple[Union[str, Any], float]:
        """A cell's content and its height: a plain string when it fits on one line in the table
        face (most cells: dates, 是/否; drawing those is far cheaper), else a wrapped paragraph,
        cut to ``room`` when taller."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        inner = self.widths[col] - 2 * PAD_X
        face = self.head_face if style == "h" else self.face
        if "\n" not in text and all(ord(ch) in face.chars for ch in text) and \
                stringWidth(text, face.name, SIZE) <= inner:
            return text, LEADING + 2 * PAD_Y
        para = self._para(text, style or COLUMNS[col][3], inner)
        height = para.height
        if height > self.room:
            para = self._cut(text, style or COLUMNS[col][3], inner)
            height = para.height
        return para, height + 2 * PAD_Y

    def _para(self, text: str, style: str, inner: float) -> Any:
        from reportlab.platypus import Paragraph

        face = self.head_face if style == "h" else self.face
        para = Paragraph(_markup(text, face, self.fonts), self.styles[style])
        para.height = para.wrap(inner, 1e6)[1]
        return para

    def _cut(self, text: str, style: str, inner: float) -> Any:
        """The longest start of ``text`` that fits in ``room`` with a note of what was left out."""
        lo, hi = 0, len(text)
        best = self._para(self._shortened(text, 0), style, inner)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            para = self._para(self._shortened(text, mid), style, inner)
            if para.height <= self.room:
                lo, best = mid, para
            else:
                hi = mid - 1
        return best

    @staticmethod
    def _shortened(text: str, keep: int) -> str:
        return f"{text[:keep]}……（全文共 {len(text)} 字，此处未印完，见电子台账）"


def _pages(rows: Sequence[list[tuple[Any, float]]], room: float) -> list[list[list[tuple[Any, float]]]]:
    """Rows packed into pages, whole rows only; a page holds at least one row."""
    pages: list[list[list[tuple[Any, float]]]] = [[]]
    used = 0.0
    for row in rows:
        height = max(h for _, h in row)
        if pages[-1] and used + height > room:
            pages.append([])
            used = 0.0
        pages[-1].append(row)
        used += height
    return pages


def _table(header: list[tuple[Any, float]], rows: list[list[tuple[Any, float]]], layout: _Layout) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    blank = [""] * len(COLUMNS)
    data = [[c for c, _ in header]] + [([c for c, _ in row] + blank)[:len(COLUMNS)] for row in rows]
    heights = [max(h for _, h in header)] + [max(h for _, h in row) for row in rows]
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), layout.face.name, SIZE, LEADING),
        ("FONT", (0, 0), (-1, 0), layout.head_face.name, SIZE, LEADING),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.94)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
        ("ALIGN", (0, 0), (-1, -1), "CENTER")]
    commands += [("ALIGN", (i, 1), (i, -1), "LEFT") for i, col in enumerate(COLUMNS) if col[3] == "l"]
    if rows and len(rows[0]) == 1:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    return Table(data, colWidths=layout.widths, rowHeights=heights, style=TableStyle(commands), repeatRows=1)


def _decorate(canvas: Any, doc: Any, heading: str, count: str, made: str, total: int, layout: _Layout) -> None:
    """Title and the 共 N 件 line above the table, the page number under it, on every page."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    width, height = doc.pagesize
    inner = width - 2 * MARGIN_MM * PT_PER_MM
    canvas.saveState()
    fonts = layout.fonts
    size = SIZE_TITLE
    title_face = fonts["title"]
    while size > 12 and stringWidth(heading, title_face.name, size) > inner:  # a long organ name
        size -= 1
    style = ParagraphStyle("t", fontName=title_face.name, fontSize=size, leading=size * 1.3, alignment=TA_CENTER,
                           wordWrap="CJK")
    title = Paragraph(_markup(heading, title_face, fonts), style)
    _, h = title.wrap(inner, height)
    top = height - 11 * PT_PER_MM
    title.drawOn(canvas, MARGIN_MM * PT_PER_MM, top - h)
    canvas.setFont(layout.face.name, SIZE_PAGE_NO)
    canvas.drawString(MARGIN_MM * PT_PER_MM, height - TOP_MM * PT_PER_MM + 4, count)
    canvas.drawRightString(width - MARGIN_MM * PT_PER_MM, height - TOP_MM * PT_PER_MM + 4, made)
    canvas.drawCentredString(width / 2, 8 * PT_PER_MM, page_text(doc.page, total))
    canvas.restoreState()


def ledger_pdf(ledger: Ledger, form: Form, organ: str, year: int, today: _dt.date) -> bytes:
    """The printable ledger as PDF bytes (no applicant's name or contact anywhere in the file)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate

    _kinsoku()  # no line of a cell starts with ，or ）, as in the report
    heading = f"{organ}{year}年政府信息公开申请办理台账"
    count = f"共 {len(ledger.requests)} 件"
    made = f"制表日期：{display_date(today.isoformat())}"
    texts = [_cells(r, i, form) for i, r in enumerate(ledger.requests, 1)]
    fonts = choose([heading, count, made, EMPTY, page_text(0, 0)] + [h for _, h, _, _ in COLUMNS] +
                   [t for row in texts for t in row])
    page_w, page_h = landscape(A4)
    frame_h = page_h - (TOP_MM + BOTTOM_MM) * PT_PER_MM
    head_probe = _Layout(fonts, frame_h)
    header = [head_probe.cell(h, i, "h") for i, (_, h, _, _) in enumerate(COLUMNS)]
    room = frame_h - max(h for _, h in header) - 1.0
    layout = _Layout(fonts, room - 2 * PAD_Y)
    if texts:
        rows = [[layout.cell(t, i) for i, t in enumerate(row)] for row in texts]
    else:
        para = layout._para(EMPTY, "c", sum(layout.widths) - 2 * PAD_X)
        rows = [[(para, para.height + 2 * PAD_Y)]]
    pages = _pages(rows, room)
    story: list[Any] = []
    for n, page in enumerate(pages):
        if n:
            story.append(PageBreak())
        story.append(_table(header, page, layout))

    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=(page_w, page_h), leftMargin=MARGIN_MM * PT_PER_MM,
                          rightMargin=MARGIN_MM * PT_PER_MM, topMargin=TOP_MM * PT_PER_MM,
                          bottomMargin=BOTTOM_MM * PT_PER_MM, title=heading, author=organ,
                          subject=f"{year}年政府信息公开申请办理台账", creator="年报编辑器", producer="年报编辑器",
                          lang="zh-CN", invariant=False, initialFontName=fonts["table"].name,
                          initialFontSize=SIZE)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="table",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=functools.partial(
        _decorate, heading=heading, count=count, made=made, total=len(pages), layout=layout))])
    doc.build(story)
    return buf.getvalue()
