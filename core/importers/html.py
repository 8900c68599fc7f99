"""Saved web pages (.html): paragraphs as text lines, tables as grids with their spans.

Uses the standard library's ``html.parser`` (no network, no scripts run): a ``<td colspan=3>``
becomes one token spanning three grid columns, and a ``rowspan`` reserves its columns in the
rows below, so numbers keep the columns of their headers as in a Word table.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Optional

from core.importers.build import build
from core.importers.layout import Line, Token, split_text_line
from core.importers.model import ImportError_, ImportLog
from core.importers.safety import MAX_CELLS, MAX_GRID, MAX_SPAN, MAX_TABLE_DEPTH, Budget
from core.report import Report

_BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "title"}
_SKIP = {"script", "style", "head"}
_BREAK = "\x00"
"""Where a paragraph starts inside a table cell: nothing in a grid's cell, a line break in a layout's."""
MAX_MARKUP = 100_000
"""Tags, comments and declarations ("<") in a page; a saved report page has a few thousand."""


class _Reader(HTMLParser):
    def __init__(self, budget: Budget) -> None:
        super().__init__(convert_charrefs=True)
        self.budget = budget
        self.cells = 0
        self.area = 0
        self.lines: list[Line] = []
        self.top = 0
        self.buf: list[str] = []
        self.skip = 0
        self.tables: list[dict[str, object]] = []
        self.table_count = 0

    # text outside tables
    def _flush(self) -> None:
        text = "".join(self.buf).strip()
        self.buf = []
        if text:
            for part in text.splitlines():
                cells = split_text_line(part, self.budget)
                self.budget.line(len(cells))
                self.lines.append(Line([Token(c, j, j + 1, self.top, self.top + 1) for j, c in enumerate(cells)],
                                       positional=False))
                self.top += 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        a = {k: (v or "") for k, v in attrs}
        if tag == "table":
            if self._in_grid() and self.tables[-1]["cell"] is not None:
                self._to_layout(self.tables[-1])
            self._flush()
            if len(self.tables) >= MAX_TABLE_DEPTH:
                self.budget.refuse(f"的表格嵌套超过 {MAX_TABLE_DEPTH} 层")
            self.tables.append({"rows": [], "row": None, "cell": None, "taken": {}, "layout": False})
        elif not self._in_grid():
            if tag in _BLOCKS or tag in ("td", "th"):
                self._flush()
        elif tag in _BLOCKS and tag != "tr":
            cell = self.tables[-1]["cell"]
            if isinstance(cell, dict):
                cell["text"].append(_BREAK)      # (a paragraph's end: kept should the table turn out layout)
        elif tag == "tr":
            t = self.tables[-1]
            _close_row(t)                        # (a </tr> left out: the next row closes it, as browsers do)
            t["row"] = []
        elif tag in ("thead", "tbody", "tfoot"):
            _close_row(self.tables[-1])
        elif tag in ("td", "th"):
            t = self.tables[-1]
            _close_cell(t)                       # (a </td> left out: the next cell closes it)
            if t["row"] is None:
                t["row"] = []
            self.cells += 1                      # counted as they open: a table never closed is still read
            if self.cells % 1024 == 0:
                self.budget.tick()
            if self.cells > MAX_CELLS:
                self.budget.refuse(f"内容超过 {MAX_CELLS} 个单元格或词")
            t["cell"] = {"text": [], "cs": _int(a.get("colspan")), "rs": _int(a.get("rowspan"))}

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "table" and self.tables and self.tables[-1]["layout"]:
            self._flush()
            self.tables.pop()
            return
        if not self._in_grid():
            if tag in _BLOCKS or tag in ("td", "th"):
                self._flush()
            return
        t = self.tables[-1]
        if tag in ("td", "th"):
            _close_cell(t)
        elif tag in ("tr", "thead", "tbody", "tfoot"):
            _close_row(t)
        elif tag == "table":
            _close_row(t)
            self.tables.pop()
            self._emit(t)

    def _in_grid(self) -> bool:
        """Inside a table read as a grid (not one laying out the page)."""
        return bool(self.tables) and not self.tables[-1]["layout"]

    def _to_layout(self, t: dict[str, object]) -> None:
        """A table with a table inside a cell lays out the page (an older site's whole article in
        one cell, its report tables nested): its cells are text, in order, around the tables."""
        rows = t["rows"]
        row = t["row"]
        cells = [c for r in (rows if isinstance(rows, list) else []) for c in r]
        cells += (row if isinstance(row, list) else []) + ([t["cell"]] if t["cell"] is not None else [])
        for cell in cells:
            self.buf.append("".join(cell["text"]).replace(_BREAK, "\n"))
            self._flush()
        t.update(rows=[], row=None, cell=None, layout=True)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self._in_grid():
            cell = self.tables[-1]["cell"]
            if cell is not None:
                cell["text"].append(data)  # type: ignore[index]
            return
        self.buf.append(data)

    def _emit(self, t: dict[str, object]) -> None:
        """The table's rows as grid lines. ``busy[c]`` is the last row a ``rowspan`` above holds
        column ``c`` for, so a row costs its own cells' spans, never the rows below times columns."""
        busy: list[int] = []
        rows = t["rows"]
        assert isinstance(rows, list)
        for r, row in enumerate(rows):
            self.budget.line(len(row))
            col = 0
            tokens = []
            for cell in row:
                while col < len(busy) and busy[col] >= r:
                    col += 1
                cs, rs = cell["cs"], cell["rs"]
                self.area += cs * rs            # bounds the columns skipped and marked below
                if self.area > MAX_GRID:
                    self.budget.refuse(f"的表格合并单元格覆盖超过 {MAX_GRID} 格")
                text = "".join(cell["text"]).replace(_BREAK, "").strip()
                self.budget.text(text)
                tokens.append(Token(" ".join(text.split()), col, col + cs, self.top, self.top + 1))
                if rs > 1:
                    if len(busy) < col + cs:
                        busy.extend([-1] * (col + cs - len(busy)))
                    for c in range(col, col + cs):
                        busy[c] = max(busy[c], r + rs - 1)
                col += cs
            self.lines.append(Line(tokens, positional=True, grid=True, table_id=self.table_count))
            self.top += 1
        self.table_count += 1

    def close(self) -> None:
        super().close()
        self._flush()


def _close_cell(t: dict[str, object]) -> None:
    """The open cell into its row (an end tag, or the next cell or row opening without one)."""
    row = t["row"]
    if t["cell"] is not None and isinstance(row, list):
        row.append(t["cell"])
    t["cell"] = None


def _close_row(t: dict[str, object]) -> None:
    """The open row, its open cell closed first, into the table's rows."""
    _close_cell(t)
    rows = t["rows"]
    if t["row"] is not None and isinstance(rows, list):
        rows.append(t["row"])
    t["row"] = None


def _int(text: str | None) -> int:
    """A span as printed, within 1 … ``MAX_SPAN`` (a page's ``rowspan=100000`` spans its table)."""
    digits = str(text).strip()[:12]
    try:
        return max(1, min(MAX_SPAN, int(digits)))
    except (TypeError, ValueError):
        return 1


_COMMENT_END = re.compile(r"--\s*>")


def _defuse(text: str) -> str:
    """The page with markup that can never close written as text: the standard parser (before
    Python 3.11.13) searches to the end of the page for each unclosed comment, tag or declaration
    when it is closed, so 20,000 ``<!--`` before 2 MB of text took 32 s. A ``<`` after the last
    ``>``, and a ``<!--`` after the last ``-->``, cannot close; the parser would have given them
    as text anyway."""
    last = text.rfind(">")
    if "<" in text[last + 1:]:
        text = text[:last + 1] + text[last + 1:].replace("<", "&lt;")
    cut = 0
    for m in _COMMENT_END.finditer(text):
        cut = m.end()
    if "<!--" in text[cut:]:
        text = text[:cut] + text[cut:].replace("<!--", "&lt;!--")
    return text


def is_page(text: str) -> bool:
    """A saved web page (its head names html or body): read by its markup whatever it holds."""
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def tables_in_markup(text: str) -> bool:
    """Text holding its tables as HTML (pandoc's Markdown of a Word file writes a table with merged
    cells so) is read by their markup — unless more of its cells stand in Markdown's pipe rows
    (pandoc writes a table without merges so, and a page's layout table as HTML): those the text
    reader reads, and the HTML reader only as lines of words. One rule for a file and for pasted
    text, so that the same text reads the same however it came."""
    if not (re.search(r"<table[\s>]", text, re.I) and re.search(r"<t[dh][\s>]", text, re.I)):
        return False
    markup = len(re.findall(r"<t[dh][\s>]", text, re.I))
    piped = sum(line.count("|") - 1 for line in text.splitlines()
                if line.lstrip().startswith("|") and line.count("|") >= 3)
    return markup > piped


def import_text_or_markup(text: str, source: str, year: Optional[int] = None) -> tuple[Report, ImportLog]:
    """A page by its markup; text whose tables are markup by the markup first, then as text if
    that reads nothing; any other text as text."""
    from core.importers.text import import_text

    if is_page(text):
        return import_html(text, source, year)
    if tables_in_markup(text):
        try:
            return import_html(text, source, year)
        except ImportError_:
            pass
    return import_text(text, source, year)


def import_html(text: str, source: str, year: Optional[int] = None) -> tuple[Report, ImportLog]:
    budget = Budget(source)
    if text.count("<") > MAX_MARKUP:   # the standard parser is pure Python: some 10 µs a tag
        budget.refuse(f"的网页标记超过 {MAX_MARKUP} 个")
    reader = _Reader(budget)
    reader.feed(_defuse(text))
    reader.close()
    return build(reader.lines, source, "html", year)
