"""Saved web pages (.html): paragraphs as text lines, tables as grids with their spans.

Uses the standard library's ``html.parser`` (no network, no scripts run): a ``<td colspan=3>``
becomes one token spanning three grid columns, and a ``rowspan`` reserves its columns in the
rows below, so numbers keep the columns of their headers as in a Word table.
"""

from __future__ import annotations

from html.parser import HTMLParser

from core.importers.build import build
from core.importers.layout import Line, Token, split_text_line
from core.importers.model import ImportLog
from core.report import Report

_BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "title"}
_SKIP = {"script", "style", "head"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
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
                cells = split_text_line(part)
                self.lines.append(Line([Token(c, j, j + 1, self.top, self.top + 1) for j, c in enumerate(cells)],
                                       positional=False))
                self.top += 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        a = {k: (v or "") for k, v in attrs}
        if tag == "table":
            self._flush()
            self.tables.append({"rows": [], "row": None, "cell": None, "taken": {}})
        elif self.tables and tag == "tr":
            t = self.tables[-1]
            t["row"] = []
        elif self.tables and tag in ("td", "th"):
            t = self.tables[-1]
            t["cell"] = {"text": [], "cs": _int(a.get("colspan")), "rs": _int(a.get("rowspan"))}
        elif tag in _BLOCKS and not self.tables:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if not self.tables:
            if tag in _BLOCKS:
                self._flush()
            return
        t = self.tables[-1]
        if tag in ("td", "th") and t["cell"] is not None and t["row"] is not None:
            row = t["row"]
            assert isinstance(row, list)
            row.append(t["cell"])
            t["cell"] = None
        elif tag == "tr" and t["row"] is not None:
            rows = t["rows"]
            assert isinstance(rows, list)
            rows.append(t["row"])
            t["row"] = None
        elif tag == "table":
            self.tables.pop()
            self._emit(t)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.tables:
            cell = self.tables[-1]["cell"]
            if cell is not None:
                cell["text"].append(data)  # type: ignore[index]
            return
        self.buf.append(data)

    def _emit(self, t: dict[str, object]) -> None:
        taken: dict[tuple[int, int], bool] = {}
        rows = t["rows"]
        assert isinstance(rows, list)
        for r, row in enumerate(rows):
            col = 0
            tokens = []
            for cell in row:
                while taken.get((r, col)):
                    col += 1
                cs, rs = cell["cs"], cell["rs"]
                text = "".join(cell["text"]).strip()
                tokens.append(Token(" ".join(text.split()), col, col + cs, self.top, self.top + 1))
                for dr in range(1, rs):
                    for dc in range(cs):
                        taken[(r + dr, col + dc)] = True
                col += cs
            self.lines.append(Line(tokens, positional=True, grid=True, table_id=self.table_count))
            self.top += 1
        self.table_count += 1

    def close(self) -> None:
        super().close()
        self._flush()


def _int(text: str | None) -> int:
    try:
        return max(1, min(100, int(str(text).strip())))
    except (TypeError, ValueError):
        return 1


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<table" in text.lower()[:200000] or "<!doctype html" in head or "<body" in head


def import_html(text: str, source: str) -> tuple[Report, ImportLog]:
    reader = _Reader()
    reader.feed(text)
    reader.close()
    return build(reader.lines, source, "html")
