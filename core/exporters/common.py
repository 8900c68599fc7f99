"""What the docx, PDF and xlsx exports share: the page (GB/T 9704-2012), the reading order of
the report, how the official tables are stacked and how wide their columns are, file names.

Every exporter walks ``document(report, findings)`` — title, prose blocks from
``core.outline.text_blocks`` and table blocks built from ``core.sheet`` views — so the three files
cannot disagree about what is printed, in which order, or where a merge is.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Optional, Union

from core.findings import Finding
from core.outline import PREAMBLE, fold_heading, text_blocks
from core.prose.annex import annex_text
from core.report import Report, display_date
from core.sheet import CellView, TableView, table_views

FORMATS = ("docx", "pdf", "xlsx")
FORMAT_NAMES = {"docx": "Word 文档（.docx）", "pdf": "PDF 文档（.pdf）", "xlsx": "Excel 表格（.xlsx）"}

# --- The page, GB/T 9704-2012 -------------------------------------------------------------
MM_PER_PT = 25.4 / 72
PAGE_W_MM, PAGE_H_MM = 210.0, 297.0
MARGIN_TOP_MM, MARGIN_BOTTOM_MM, MARGIN_LEFT_MM, MARGIN_RIGHT_MM = 37.0, 35.0, 28.0, 26.0
TEXT_W_MM = PAGE_W_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM          # 156 mm: 28 characters of 3号
TEXT_H_MM = PAGE_H_MM - MARGIN_TOP_MM - MARGIN_BOTTOM_MM          # 225 mm: 22 lines
LINES_PER_PAGE = 22
LINE_PT = math.floor(TEXT_H_MM / LINES_PER_PAGE / MM_PER_PT * 20) / 20
"""28.95 pt, the 公文 "固定值": 225 mm / 22 lines rounded down to whole twips, so 22 lines fit."""
FOOTER_MM = 25.0
"""Distance of the footer (page number) from the paper's bottom edge: about 7 mm below the text."""

SIZE_TITLE = 22.0     # 2号
SIZE_BODY = 16.0      # 3号
SIZE_PAGE_NO = 14.0   # 4号
SIZE_TABLE = 10.5     # 5号
TITLE_LINE_PT = 36.0
TABLE_LINE_PT = 13.5

FONT_TITLE = "方正小标宋简体"
FONT_BODY = "仿宋_GB2312"
FONT_H1 = "黑体"
FONT_H2 = "楷体_GB2312"
FONT_TABLE = "宋体"
FONT_LATIN = "Times New Roman"
"""Latin letters and digits: GB/T 9704 leaves them to the body font; Word needs a name."""

DRAFT_MARK = "草稿"
DRAFT_NOTE = "草稿（存在未改正的错误，不得作为正式报告报送）"
APP_NAME = "年报编辑器"
"""The program as the files' metadata names it (Word's 应用程序, the PDF's Creator)."""


def page_number_text(n: Union[int, str]) -> str:
    """GB/T 9704 page numbers: a dash of one character width on either side."""
    return f"— {n} —"


def date_text(day: _dt.date) -> str:
    """成文日期 in Arabic numerals without leading zeros (2025年1月20日), as GB/T 9704-2012 prints it."""
    return display_date(day.isoformat())


_UNSAFE = re.compile(r'[\\/:*?"<>|\r\n\t]')


def default_name(report: Report) -> str:
    """``<organ><year>年政府信息公开工作年度报告`` without extension; safe on Windows and Linux."""
    organ = report.organ.strip() or "本机关"
    return _UNSAFE.sub("", f"{organ}{report.year}年政府信息公开工作年度报告")


# --- The document in printing order -----------------------------------------------------------
@dataclass(frozen=True)
class Grid:
    """One printed table: one or more official tables stacked on a common column grid.

    表二's four blocks (第二十条第（一）（五）（六）（八）项) print as one four-column table, as in the
    official template; a table with another column count starts a new grid.
    """

    name: str
    views: tuple[TableView, ...]
    offsets: tuple[int, ...]
    n_rows: int
    n_cols: int
    header_rows: int
    """Rows to repeat when the table breaks across pages (only a single official table has them)."""

    def cells(self) -> list[tuple[int, CellView]]:
        """Every rectangle with its grid row (view row + the view's offset), top to bottom."""
        out = [(off + c.row, c) for view, off in zip(self.views, self.offsets, strict=True) for c in view.cells]
        return sorted(out, key=lambda rc: (rc[0], rc[1].col))

    def column_roles(self) -> tuple[str, ...]:
        roles = ["value"] * self.n_cols
        for v in self.views:
            for i, r in enumerate(v.column_roles):
                if r == "label":
                    roles[i] = "label"
        return tuple(roles)


@dataclass(frozen=True)
class Block:
    kind: str
    """"title" (its lines in ``paragraphs``), "text" (a prose block with its heading), "table",
    "sign" (落款: the organ in ``heading``, the date in ``paragraphs``) or "annex" (差异说明, on a
    page of its own after the 落款)."""
    id: str = ""
    heading: str = ""
    """The heading printed above the block ("" when its text begins with it, see ``fold_heading``)."""
    level: int = 0
    paragraphs: tuple[str, ...] = ()
    grid: Optional[Grid] = None
    outline: str = ""
    """A section's heading as the PDF bookmark and the Word navigation show it (一、…六、)."""


def stack(views: Sequence[TableView]) -> list[Grid]:
    """Consecutive views with the same column count become one grid."""
    groups: list[list[TableView]] = []
    for v in views:
        if groups and groups[-1][0].n_cols == v.n_cols:
            groups[-1].append(v)
        else:
            groups.append([v])
    grids = []
    for g in groups:
        offsets, top = [], 0
        for v in g:
            offsets.append(top)
            top += v.n_rows
        name = g[0].name if len(g) == 1 else g[0].name.split("第")[0] or g[0].name
        grids.append(Grid(name, tuple(g), tuple(offsets), top, g[0].n_cols,
                          g[0].header_rows if len(g) == 1 else 0))
    return grids


def paragraphs(text: str) -> tuple[str, ...]:
    """A block's text split into printed paragraphs (blank lines dropped, edges trimmed)."""
    return tuple(p.strip() for p in text.splitlines() if p.strip())


def document(report: Report, findings: Iterable[Finding] = (), annex: bool = False,
             today: Optional[_dt.date] = None) -> list[Block]:
    """The report in printing order, ending with the 落款 (organ and date: the report's date, else
    ``today``, else the day of export).

    Section headings (一、…六、) always print; a subsection heading （一）… prints only when text
    was written under it, and a heading the text already begins with prints once
    (``fold_heading``). With ``annex`` the 差异说明 for the county (accepted warnings with their
    explanations, large changes from last year) follows the 落款 on a page of its own when there
    is anything to explain: it is for review, not part of the published report."""
    findings = list(findings)
    views = {v.id: v for v in table_views(report, findings)}
    title = report.display_title()
    out = [Block("title", heading=title, paragraphs=tuple(title_lines(title, report.organ)))]
    for b in text_blocks(report):
        paras = paragraphs(b.text)
        if b.id == PREAMBLE:
            if paras:
                out.append(Block("text", b.id, "", 0, paras))
            continue
        if b.level == 2 and not paras:
            continue
        heading, paras = fold_heading(b.heading, paras)
        out.append(Block("text", b.id, heading, b.level, paras, outline=b.heading if b.level == 1 else ""))
        for grid in stack([views[t] for t in b.tables if t in views]):
            out.append(Block("table", b.id, b.heading, b.level, grid=grid))
    out.append(Block("sign", "sign", report.organ.strip(), paragraphs=(date_text(report.sign_date(today)),)))
    if annex:
        lines = paragraphs(annex_text(report, findings))
        if lines:
            out.append(Block("annex", "annex", lines[0], 1, lines[1:], outline=lines[0]))
    return out


# --- The title -------------------------------------------------------------------------------
TITLE_LINE_CHARS = TEXT_W_MM / (SIZE_TITLE * MM_PER_PT) - 0.3
"""About 20 characters of 2号 fit a line (a little kept for the digits' real widths)."""

_TITLE_BREAKS = ((re.compile(r"(?=\d{4}\s*年)"), 1.0), (re.compile(r"(?=政府信息公开)"), 2.0),
                 (re.compile(r"(?=(?:工作)?年度报告)"), 3.0),
                 (re.compile(r"(?:(?<=委员会)|(?<=人民政府)|(?<=办公室)|(?<=办事处))"), 5.0))
"""Where a title reads well broken, and how much less well than right after the organ's name."""
_UNBREAKABLE = re.compile(r"\d+\s*年度?|年度报告|年度|政府信息公开|人民政府|委员会|[A-Za-z0-9]+")
_NO_LINE_START = "，。、；：？！”’》〉）」』】〕…％"
_NO_LINE_END = "（《“‘〈「『【〔"


def _title_breaks(title: str, organ: str) -> dict[int, float]:
    """Each place the title may break at, with its cost: never inside a word such as 年度 or a
    number, never before closing or after opening punctuation."""
    inside = {i for m in _UNBREAKABLE.finditer(title) for i in range(m.start() + 1, m.end())}
    costs = {i: 20.0 for i in range(1, len(title)) if i not in inside
             and title[i] not in _NO_LINE_START and title[i - 1] not in _NO_LINE_END}
    for pattern, cost in _TITLE_BREAKS:
        for m in pattern.finditer(title):
            if m.start() in costs:
                costs[m.start()] = min(costs[m.start()], cost)
    organ = organ.strip()
    if organ and title.startswith(organ) and len(organ) in costs:
        costs[len(organ)] = 0.0
    return costs


def title_lines(title: str, organ: str = "", width: float = TITLE_LINE_CHARS) -> list[str]:
    """The title in as few lines of ``width`` (in title characters) as it needs, broken where
    the meaning allows: after the organ's name (“某某镇人民政府 / 2024年政府信息公开工作年度
    报告”), else before the year, before 政府信息公开 or before 年度报告, and never inside a word
    (GB/T 9704-2012 7.3.1: a title of several lines is broken with the meaning whole). Among the
    breaks giving the fewest lines the best placed and most even win. A title that cannot be
    broken so is one line, left for the writer to wrap."""
    title = title.strip()
    if text_width(title) <= width:
        return [title]
    costs = _title_breaks(title, organ)
    n = len(title)
    prefix = [0.0]
    for ch in title:
        prefix.append(prefix[-1] + text_width(ch))
    longest = int(width / 0.55) + 1  # no line holds more characters than this: the search stays linear
    best: dict[int, tuple[int, float, int]] = {0: (0, 0.0, -1)}
    for j in sorted(costs) + [n]:
        for i in range(max(0, j - longest), j):
            if i not in best:
                continue
            lines, cost, _ = best[i]
            w = prefix[j] - prefix[i]
            if w > width:
                continue
            cand = (lines + 1, cost + costs.get(j, 0.0) + 0.01 * (width - w) ** 2, i)
            if j not in best or cand[:2] < best[j][:2]:
                best[j] = cand
    if n not in best:
        return [title]
    cuts, j = [], n
    while j > 0:
        cuts.append(j)
        j = best[j][2]
    starts = [0] + sorted(cuts)[:-1]
    return [title[a:b] for a, b in zip(starts, sorted(cuts), strict=True)]


# --- Column widths ---------------------------------------------------------------------------
def text_width(text: str) -> float:
    """Printed width in 五号 characters: CJK counts 1, Latin letters and digits ½."""
    return sum(1.0 if ord(ch) > 0x2E7F else 0.55 for ch in text)


def column_widths(grid: Grid, total: float) -> list[float]:
    """Widths of the grid's columns summing to ``total`` (any unit).

    A label column is as wide as its longest one-column label wants, between 3 and 16 characters
    (labels spanning many rows, like 三、本年度办理结果, wrap into a narrow column as in the
    official template); value columns share the rest equally but get at least 2.6 characters, and
    at least their widest number: a number never breaks across lines (labels wrap more instead).
    """
    roles = grid.column_roles()
    want = [0.0] * grid.n_cols
    numbers = [0.0] * grid.n_cols
    for _, c in grid.cells():
        if c.col_span != 1:
            continue
        chars = text_width(c.text)
        if c.role not in ("label", "header"):
            numbers[c.col] = max(numbers[c.col], chars)   # a number never breaks across lines
        if c.row_span > 1:
            chars = math.ceil(chars / c.row_span)
        want[c.col] = max(want[c.col], chars)
    weights = []
    for i, role in enumerate(roles):
        weights.append(min(max(want[i] + 0.8, 3.0), 16.0) if role == "label" else 1.0)
    label_sum = sum(w for w, r in zip(weights, roles, strict=True) if r == "label")
    n_values = sum(r == "value" for r in roles)
    line_chars = TEXT_W_MM / (SIZE_TABLE * MM_PER_PT)  # about 42 characters of 五号
    if n_values:
        value_chars = max(2.6, (line_chars - label_sum) / n_values)
        weights = [w if r == "label" else max(value_chars, numbers[i] + 0.9)
                   for i, (w, r) in enumerate(zip(weights, roles, strict=True))]
        over = sum(weights) - line_chars
        labels = [i for i, r in enumerate(roles) if r == "label"]
        room = sum(weights[i] - 3.0 for i in labels)
        if over > 0 and room > 0:                           # wide numbers: the labels wrap more instead
            for i in labels:
                weights[i] -= (weights[i] - 3.0) * min(1.0, over / room)
        # still too wide (表四 has no label column): the other value columns give way, their
        # headers wrap, down to what their own numbers need
        over = sum(weights) - line_chars
        floor = [max(2.0, numbers[i] + 0.9) if r == "value" else w
                 for i, (w, r) in enumerate(zip(weights, roles, strict=True))]
        room = sum(w - f for w, f in zip(weights, floor, strict=True))
        if over > 0 and room > 0:
            weights = [w - (w - f) * min(1.0, over / room) for w, f in zip(weights, floor, strict=True)]
    scale = total / sum(weights)
    return [w * scale for w in weights]


def left_columns(grid: Grid) -> set[int]:
    """Label columns holding a row label longer than six characters: their labels align left."""
    return {c.col for _, c in grid.cells()
            if c.role == "label" and c.row_span == 1 and text_width(c.text) > 6}


def alignment(cell: CellView, left: set[int], n_cols: int = 0) -> str:
    """"left" for one-row labels in a column of long labels (``left_columns``) and for a block
    title spanning the whole table (第二十条第（一）项, as in the official template); else "center"."""
    if cell.role == "label" and cell.row_span == 1 and cell.col in left:
        return "left"
    if cell.role == "header" and n_cols > 1 and cell.col_span == n_cols:
        return "left"
    return "center"


def signature_indents(organ: str, date: str) -> tuple[float, float]:
    """Right indents (in body characters) of the signature and the date at the end.

    GB/T 9704-2012 7.3.5.1: the date stands four characters from the right margin and the organ's
    name is centred above it; a name longer than that ends at the right margin.
    """
    date_indent = 4.0
    organ_indent = date_indent + (text_width(date) - text_width(organ)) / 2
    return max(0.0, organ_indent), date_indent


def all_text(blocks: Sequence[Block]) -> list[str]:
    """Every string the document prints (for choosing fonts that have all its characters)."""
    out: list[str] = []
    for b in blocks:
        out.append(b.heading)
        out.extend(b.paragraphs)
        if b.grid is not None:
            out.extend(c.text for _, c in b.grid.cells())
    return out


def total_terms(report: Report, address: str) -> Optional[tuple[str, ...]]:
    """The cells a computed cell adds up, when it is a plain sum; None otherwise.

    The one place the exporters look behind the cell views: the xlsx writes totals as formulas,
    and ``CellView`` says that a cell is computed but not from what. The expression is checked
    to be a sum with every coefficient 1 (evaluated on distinct powers of two), so a future total
    of another shape is written as a value rather than as a wrong formula.
    """
    computed = report.form.computed_by_target.get(address)
    if computed is None:
        return None
    reads = computed.expression.reads
    weights = {a: 2 ** i for i, a in enumerate(reads)}
    try:
        got = computed.expression.evaluate(lambda a: weights.get(a, 0), lambda a: 0)
    except Exception:  # noqa: BLE001 - any failure means "not a plain sum"
        return None
    return reads if got == sum(weights.values()) else None
