"""The one shape every source is read into: lines of positioned tokens, in reading order.

A PDF gives words with their page coordinates; a Word, Excel or HTML table gives cells with their
grid columns (a merged cell once, spanning its columns); text copied from a web page gives cells
split at tabs or pipes (or one cell per line). Tables are then found and read the same way for
all of them (``tables``), so a fix to reading is a fix for every source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Optional

from core.importers.aligned_columns import aligned
from core.importers.box_tables import unboxed
from core.importers.markdown_text import unescaped
from core.importers.match import is_value_text
from core.importers.safety import MAX_LINE_CELLS, MAX_LINES, Budget


@dataclass(frozen=True)
class Token:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def yc(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def is_value(self) -> bool:
        return is_value_text(self.text)


@dataclass
class Line:
    tokens: list[Token]
    positional: bool
    """True when x positions are real (PDF points, table grid columns); False for text cells."""
    page: int = 0
    grid: bool = False
    """A row of a real table (docx, xlsx, HTML): empty tokens are printed-blank cells."""
    indent: float = 0.0
    """Where the line starts relative to the text's left margin (PDF paragraphs)."""
    table_id: int = -1
    """Which source table (docx/xlsx/HTML) the row belongs to; -1 outside tables."""
    extra: dict[str, str] = field(default_factory=dict)
    rules: tuple[tuple[float, float, float], ...] = ()
    """A PDF page's horizontal lines (height, from x, to x; pages stacked as the tokens are): where
    a drawn table's rows end."""
    verticals: tuple[tuple[float, float, float], ...] = ()
    """A PDF page's vertical lines (x, from height, to height): where a drawn table's columns end."""
    cuts: tuple[tuple[float, float, float], ...] = ()
    """What a PDF page draws past its clip's right edge (the edge's x, from height, to height): a
    table printed wider than the paper, whose cells there lost their letters."""

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens if t.text).strip()

    @property
    def cells(self) -> list[str]:
        return [t.text for t in self.tokens]

    def values(self) -> list[Token]:
        return [t for t in self.tokens if t.text and t.is_value]


EMPTY_CELLS = "empty_cells"
"""``Line.extra`` key of a label line whose pipes print its cells empty (the split drops them)."""
FRAMED = "framed"
"""``Line.extra`` key of a text line that opens with a pipe."""
_PIPE_RULE = re.compile(r"^[\s|:：\-—–=+]*$")
MIXED = "mixed"
"""``Line.extra`` key of a space-separated row whose label holds a number and then signs that are no
number ("行政许可 43 +(0) -(0) 66", "行政处罚 12 ? 0 0"): where its cells end cannot be told."""
GLUED = "glued"
"""``Line.extra`` key of a text line split by ``unglued``: its one number is a run of the row's cells."""
MERGED = "merged"
"""``Line.extra`` key of a pipe row whose number is followed by a run of pipes with nothing between
them ("行政许可 | 0 | |||"): a page copied to text writes a merged cell so, its text then one pipe
more per column it spans, while an empty cell stands between spaces ("文 号 | |", "0 | 0 | |").
Which of the columns under it the number belongs to is not printed."""
SHEET = "sheet"
"""``Line.extra`` key of a row of a spreadsheet (.xlsx, .xls): a sheet's empty cell is no value,
drawn in the table's borders or not, and its row is read up to its last filled cell — so a row of
a table printing its cells empty is its label alone there, where a Word or web table gives its
empty cells."""
UNCOMPUTED = "公式"
"""What a sheet's formula whose result is neither saved nor a simple sum is read as, before its
text (``公式=IF(…)``): a number cell the table reader cannot read, never a word beside the table."""
ACROSS_ROWS = "跨行合并单元格："
"""What a sheet's number merged down over rows that are rows of their own is read as in each of
them, before the number: which of the rows it is cannot be told (``xlsx._cells``)."""
ACROSS_ROWS_NOTE = "表格中有数字所在的单元格跨行合并，看不出属于合并的哪一行，这几行的该格未读取"
SPACES = "spaces"
"""``Line.extra`` key of a line (a paragraph) holding spaces and nothing else."""
TABS = "tabs"
"""``Line.extra`` key of a line holding tabs and spaces alone: the line as printed (``block_cells``)."""
SPACE_CELL = "space_cell"
"""``Line.extra`` key of a line holding only spaces between two empty lines (``mark_space_cells``)."""
TRAILING = "trailing"
"""``Line.extra`` key of a pipe row whose pipes print empty cells after its last filled one, which the
split drops ("规章 | 0 | 0 | |": one): how many. Where each of a short row's figures stands is then
printed, its columns counted by its pipes, not guessed."""
TABBED = "tabbed"
"""``Line.extra`` key of a row cut by tabs alone: a copy of a web page's (or a Word) table, one field per
cell, an empty cell an empty field. A row with fewer fields than the others had fewer cells on the page
(a copy or an editor trims only trailing tabs): what it lacks is at its end."""
CUT_FIGURE = "cut_figure"
"""``Line.extra`` key of a copy's last line ending on a figure without the pipe that closes every
other figure of the copy ("2 |", "| 0 |" … then "1"): the copy stopped there, perhaps inside the
figure (the 1 of 12). A 0 is whole (no count goes on from a 0); a space after the figure says the
copy went on past it."""
_CLOSED_FIGURE = re.compile(r"\d\s*[|\uff5c]\s*$")
_LAST_FIGURE = re.compile(r"(?:^|[\s|\uff5c])(?:[1-9]\d*(?:\.\d*)?|0\.\d*)$")
"""A figure ending the line, nothing after it, that more digits could have followed (not a 0)."""
_ENDS_ON_FIGURE = re.compile(r"\d\s*[|\uff5c]?\s*$")
_GLUED = re.compile(r"([^\d\s]*[\u4e00-\u9fff）)])(\d+(?:\.\d+)?)")


def unglued(cells: list[str]) -> tuple[str, str] | None:
    """(label, digits) of a line that is one cell, a label run into its row's digits ("规章000",
    "行政事业性收费00" — a page copied or printed without a space): the digits are one run of the
    row's cells. None for anything else, a change written out (减少8) included."""
    if len(cells) != 1 or is_value_text(cells[0]):
        return None
    m = _GLUED.fullmatch(cells[0].strip())
    return (m.group(1), m.group(2)) if m else None


def split_text_line(raw: str, budget: Budget | None = None) -> list[str]:
    """Cells of one line of copied text: tab- or pipe-separated, or a label followed by numbers
    separated by spaces ("（一）予以公开 0 0 0 0 0 0 0"). With a ``budget``, a line too long or
    with too many cells is refused before it is split."""
    line = raw.rstrip("\r\n")
    if budget is not None:
        budget.text(line)
        if max(line.count("\t"), line.count("|"), line.count("｜")) >= MAX_LINE_CELLS:
            budget.line(MAX_LINE_CELLS + 1)
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    if line.count("|") >= 2 or line.count("｜") >= 2:
        parts = [c.strip() for c in re.split(r"[|｜]", line)]
        framed = line.lstrip()[:1] in ("|", "｜")
        if parts and parts[0] == "":
            parts = parts[1:]
        if parts and parts[-1] == "":
            parts = parts[:-1]
        while not framed and parts and parts[-1] == "":
            parts = parts[:-1]                      # "0 | |": one cell per line, closed by pipes
        return parts
    stripped = line.strip()
    if stripped[-1:] in ("|", "｜") or stripped[:1] in ("|", "｜"):
        line = stripped.strip("|｜ ")                # one cell per line, each closed by a pipe: "0 |"
    words = line.split()
    start = len(words)
    while start and is_value_text(words[start - 1]):  # linear: one line may hold 300,000 numbers
        start -= 1
    tail, words = words[start:], words[:start]
    if tail and words:
        return [" ".join(words)] + tail
    if tail and not words:
        return tail
    return [line.strip()]


_LINE_BREAKS = ("\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
"""Where ``str.splitlines`` breaks a line."""


def text_line(raw: str, top: float, budget: Budget) -> Line | None:
    """One line of text as the tables reader sees it, wherever the line came from: a line of a
    copied page, a paragraph of a Word file (a text printed to .docx by Word, WPS or LibreOffice
    keeps each line as a paragraph, its tabs and pipes as typed). None for a rule (``|---|``),
    which separates nothing; a line cut by tabs or pipes is marked ``separated`` (a label closed by
    its pipe, "行政强制 |", printed its cells empty)."""
    stripped = raw.strip()
    if stripped and _PIPE_RULE.match(stripped) and len(stripped) >= 3:
        return None
    cells = split_text_line(raw, budget) if stripped else [""]
    glued = unglued(cells)
    if glued:
        cells = list(glued)     # 规章000: seen as a row with its numbers wherever tables are looked for
    budget.line(len(cells))
    tokens = [Token(c.strip(), j, j + 1, top, top + 1) for j, c in enumerate(cells)]
    cut = raw.rstrip("\r\n")       # (not strip(): a browser's copy of an empty row is its label and tabs)
    extra = {"separated": "1"} if "|" in cut or "｜" in cut or "\t" in cut else {}
    if glued:
        extra[GLUED] = "1"
    if not extra and len(cells) > 1 and _mixed(cells[0]):
        extra[MIXED] = cells[0]
    if len(cells) == 1 and cells[0] and not is_value_text(cells[0]) and stripped.count("|") + stripped.count("｜") >= 2:
        extra[EMPTY_CELLS] = "1"             # "规章 | ||||": the row's cells printed empty
    if stripped[:1] in ("|", "｜") and len(stripped) > 1:
        extra[FRAMED] = "1"                  # "| 25 |": in a copy whose cells each end with a pipe, an empty cell first
    if _merged_after_value(cut):
        extra[MERGED] = "1"
    if "\t" in cut and "|" not in cut and "｜" not in cut:
        extra[TABBED] = "1"
    trailing = _trailing_empty(cut, cells)
    if trailing:
        extra[TRAILING] = str(trailing)
    if cut and not stripped:
        extra[SPACES] = "1"
        if "\t" in cut:
            extra[TABS] = cut
    return Line(tokens, positional=False, page=0, extra=extra)


def _trailing_empty(line: str, cells: list[str]) -> int:
    """How many empty cells a pipe row (not opening with a pipe) prints after its last filled one,
    each closed by its pipe ("0 | 0 | |"): the split drops them (a cell per line closed so, "0 | |")."""
    if "\t" in line or line.lstrip()[:1] in ("|", "｜") or max(line.count("|"), line.count("｜")) < 2:
        return 0
    parts = [c.strip() for c in re.split(r"[|｜]", line)]
    if parts and parts[-1] == "":
        parts = parts[:-1]                           # (the row's closing pipe)
    if len(parts) <= len(cells) or parts[:len(cells)] != cells or any(parts[len(cells):]):
        return 0
    return len(parts) - len(cells)


def _merged_after_value(line: str) -> bool:
    """Whether a number in a pipe row is followed by a merge's run of pipes: after its own closing
    pipe, a space and two pipes or more with nothing between them (not the line's closing pipe)."""
    pieces = re.split(r"[|｜]", line)
    return any(is_value_text(p.strip()) and pieces[i + 1].strip() == "" != pieces[i + 1] and pieces[i + 2] == ""
               for i, p in enumerate(pieces[:-3]))


def mark_space_cells(lines: list[Line]) -> None:
    """Mark each line of spaces standing between two empty lines: in a copy (or a Word file) that
    parts its cells with empty lines, a cell the page printed empty (its "&nbsp;"), not one more
    parting line — where lines of spaces part the cells (句容市水利局 2022), they stand between cells."""
    def empty(line: Line) -> bool:
        return not line.positional and not line.text and not line.extra.get(SPACES)

    for i in range(1, len(lines) - 1):
        if lines[i].extra.get(SPACES) and empty(lines[i - 1]) and empty(lines[i + 1]):
            lines[i].extra[SPACE_CELL] = "1"


def _mixed(label: str) -> bool:
    """A space-separated label with a number standing in it and, after that number, a word of signs
    with no letter of a label ("+(0)", "?"): the row's first cells were taken into its label."""
    words = label.split()
    for i, w in enumerate(words[1:-1], start=1):
        if is_value_text(w) and any(_sign_word(x) for x in words[i + 1:]):
            return True
    return False


def _sign_word(word: str) -> bool:
    """A word that stands where a number does and is none: signs around a digit ("+(0)", "-(0)"),
    the "?" a copy puts for a character its encoding lost, or a change's word with its number lost
    ("行政处罚 0 增 25": 增 alone in the 本年增/减 cell)."""
    if word in ("增", "减", "增加", "减少"):
        return True
    if is_value_text(word) or any(ch.isalpha() for ch in word):
        return False
    return any(ch.isdigit() for ch in word) or set(word) <= {"?", "？"}


def text_lines(text: str, budget: Budget | None = None) -> list[Line]:
    """Lines of copied text (tab, pipe or space separated; rules like ``|---|`` dropped)."""
    budget = budget or Budget("文本")
    if sum(text.count(b) for b in _LINE_BREAKS) > 2 * MAX_LINES:   # "\r\n" counts twice
        budget.refuse(f"内容超过 {MAX_LINES} 行")
    out: list[Line] = []
    made: list[tuple[int, str]] = []
    # a form feed (pdftotext's page break) ends a table laid out with spaces: the next page's rows stand elsewhere
    pages = frozenset(i + 1 for i, raw in enumerate(text.splitlines(True)) if raw.endswith("\f")) if "\f" in text else frozenset()
    for i, raw in enumerate(unindented(unboxed(aligned(unescaped(text.splitlines()), pages)))):
        line = text_line(raw, i, budget)
        if line is not None:
            made.append((len(out), raw))
            out.append(line)
    mark_cut_figure(out, made)
    return out


def mark_cut_figure(lines: list[Line], made: list[tuple[int, str]]) -> None:
    """Mark the last of ``lines`` (``made``: each text line's index among them, and its raw text; a
    Word file's paragraphs) when it is the last text line and ends inside a figure (``CUT_FIGURE``)."""
    printed = [(at, raw.rstrip("\r\n")) for at, raw in made if raw.strip()]
    last = _last_printed(lines)
    if printed and printed[-1][0] == last and _ends_inside_a_figure([raw for _, raw in printed]):
        lines[last].extra[CUT_FIGURE] = "1"


def _last_printed(lines: list[Line]) -> Optional[int]:
    """The index of the last of ``lines`` printing a cell with something in it."""
    return next((i for i in range(len(lines) - 1, -1, -1) if any(c.strip() for c in lines[i].cells)), None)


def _ends_inside_a_figure(printed: list[str]) -> bool:
    """Whether the last of the ``printed`` lines ends on a figure (not 0, nothing after it) that lacks
    the closing pipe every other line ending on a figure has (two at least: the copy's convention)."""
    if len(printed) < 3 or not _LAST_FIGURE.search(printed[-1]):
        return False
    closed = [bool(_CLOSED_FIGURE.search(r)) for r in printed[:-1] if _ENDS_ON_FIGURE.search(r)]
    return sum(closed) >= 2 and all(closed)


def without_cut_figure(lines: list[Line]) -> tuple[list[Line], Optional[str]]:
    """``lines`` without the copy's last figure when it may be cut inside (``CUT_FIGURE``: the 1 of
    12, its closing pipe never reached), and the note saying so: not read, the row then cut before it."""
    at = _last_printed(lines)
    if at is None or not lines[at].extra.get(CUT_FIGURE):
        return lines, None
    tokens = lines[at].tokens
    last = max(i for i, t in enumerate(tokens) if t.text.strip())
    if not tokens[last].is_value:
        return lines, None
    out = list(lines)
    # (a printed line keeps its pipes as letters: "| 1" without its 1 is no empty cell)
    if any(t.text.strip(" |\uff5c") for t in tokens[:last]):
        out[at] = replace(lines[at], tokens=tokens[:last],
                          extra={k: v for k, v in lines[at].extra.items() if k != CUT_FIGURE})
    else:
        del out[at]
    return out, (f"原文最后一个数“{tokens[last].text}”后面没有表中其他数后都有的“|”，原文可能在这个数中间截断"
                 "（如 12 只剩 1），未读取，请对照原文填写")


def unindented(raws: list[str]) -> list[str]:
    """The lines (a text's, or a Word file's paragraphs) without their indentation tabs, when every
    tab of them indents (``_tabs_indent_only``); else as they are."""
    if not _tabs_indent_only(raws):
        return raws
    return [raw.lstrip("\t") if raw.strip() else raw.replace("\t", "") for raw in raws]


def reindent(lines: list[Line], paragraphs: list[tuple[int, str, float]], budget: Budget) -> list[Line]:
    """``lines`` with the paragraphs' lines (their index among ``lines``, raw text, top) made again
    from their text without indentation tabs, when every tab of the paragraphs indents: a Word file
    reads as the text it was saved from (a paragraph rule made no line and keeps none), its last
    paragraph marked as a text's last line is when it ends inside a figure (``CUT_FIGURE``)."""
    raws = [raw for _, raw, _ in paragraphs]
    bare = unindented(raws)
    out = list(lines)
    for (at, _, top), raw in zip(paragraphs, bare, strict=True) if bare is not raws else ():
        line = text_line(raw, top, budget)
        if line is not None:
            out[at] = line
    mark_cut_figure(out, [(at, raw) for (at, _, _), raw in zip(paragraphs, bare, strict=True)])
    return out


def _tabs_indent_only(raws: list[str]) -> bool:
    """Whether every tab of a text leads its line, before the line's one cell ("\t\t\t0  | ", "\t\t\t0"),
    or stands on a line of its own: a crawl keeping its HTML source's indentation, whose tabs part no
    cells (nor, alone on a line, print an empty row). A browser's copy of a table parts a row's cells
    by tabs between them (行政许可\t0\t0, \t0\t0 under a merged label)."""
    leading = False
    for raw in raws:
        body = raw.lstrip("\t")
        if "\t" in body.rstrip():
            return False
        leading = leading or (body != raw and bool(body.strip()))
    return leading


def is_rule(text: str) -> bool:
    return bool(_PIPE_RULE.match(text.strip()))
