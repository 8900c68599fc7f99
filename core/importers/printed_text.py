"""Lines of a PDF page that are typed text rather than a drawn table: what Word, WPS or LibreOffice
make of a copied page (a Markdown or web table with its pipes, a number with its unit) when it is
printed, put back the way the text importer reads the same text.

Printing does three things to such text that reading words by position must undo:

* a row too long for the page wraps, and its last cells land on the next line (or the next page's
  first line). A pipe row framed by pipes ("| 1. 申请人… | 9 | 0 |") that does not yet end with its
  closing pipe, on a line reaching the right margin, is continued by the line below;
* a number and its unit are set in different fonts ("592" in a Latin face, "万元" in a CJK one),
  whose boxes stand a little apart, so the letters are not joined into one word;
* a copy whose tables ran together into one paragraph is wrapped by the page anywhere, a row's
  label on one line and its numbers on the next: the paragraph is one line again when the whole of
  it is what ``unflatten`` cuts back into rows.

A pipe row's cells are then its pieces between pipes (``layout.text_line``), not where the words
happen to stand, exactly as for the same text copied into a .txt file.

A row typed with blanks ("（一）予以公开 0 0 0 0 0 0 0") is read the same way: its numbers stand one
blank apart, so they line up with no other row's, and the text reader's split (a label, then the
numbers after it) is what the typist meant. A drawn table centres its numbers in cells wider than
the numbers and their padding, so two of its numbers never stand a blank apart all along a row.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.importers.drawn_cells import in_drawn_cells
from core.importers.layout import Line, Token, mark_cut_figure, text_line, unglued
from core.importers.match import is_value_text
from core.importers.safety import Budget

_PIPES = ("|", "｜")
_UNIT = re.compile(r"^(?:万元|万|元|件|个|项|批次|次)$")
"""The units a cell may print after its number (``match.is_value_text``'s): 2601.953875 万, 31 批次."""
_NUMBER = re.compile(r"^[+\-−－]?\d[\d,，]*(?:[.．]\d+)?$")
MAX_WRAPS = 4
"""Lines one printed row may wrap over: a 表三 row with a long label runs to two or three."""


def _pipes(line: Line) -> int:
    return sum(t.text.count("|") + t.text.count("｜") for t in line.tokens)


def is_pipe_row(line: Line) -> bool:
    """A line holding a typed pipe row: two pipes or more, or one cell closed by its pipe ("0 |")."""
    pipes = _pipes(line)
    return pipes >= 2 or (pipes == 1 and line.tokens[-1].text.rstrip().endswith(_PIPES))


def _raw(line: Line) -> str:
    return " ".join(t.text for t in line.tokens)


def _open(raw: str) -> bool:
    """A row framed by pipes that has not reached its closing pipe yet."""
    s = raw.strip()
    return s.startswith(_PIPES) and not s.endswith(_PIPES)


def _reaches(line: Line, right: dict[int, float]) -> bool:
    """A printed line running to the right margin (``right``: each page's), as a wrapped one does."""
    end = line.tokens[-1]
    return end.x1 >= right.get(line.page, 0.0) - 2 * (end.bottom - end.top)


def _continues(raw: str, last: Line, nxt: Line, right: dict[int, float]) -> bool:
    """Whether ``nxt`` is the rest of the framed row ``raw`` whose last printed line is ``last``:
    that line reaches the right margin, and the row has not closed (no closing pipe yet) or the next
    line is the end of a row that does not open one of its own (the wrap fell just after a pipe:
    "0 | 9 |"). A row not framed goes on only with numbers (``_unclosed``), and only from a line
    reaching the margin of the document's widest page."""
    if not nxt.tokens or not _reaches(last, right):
        return False
    if not raw.lstrip().startswith(_PIPES):      # a page of short lines only (its last) wraps none
        return _reaches(last, {last.page: max(right.values())}) and _unclosed(raw, nxt)
    if _open(raw):
        return True
    rest = _raw(nxt).strip()
    return is_pipe_row(nxt) and rest.endswith(_PIPES) and not rest.startswith(_PIPES)


def _unclosed(raw: str, nxt: Line) -> bool:
    """Whether ``nxt`` is the rest of the row ``raw`` that a long label opened without a leading pipe
    ("规章(设区的市…应提供相关数据) | 0 | 0 | 0 |" wrapped by the page after a number): ``nxt`` is
    numbers parted by pipes and no label, which no row prints alone but under a merged label, framed
    ("| 7 | 8 |"); ``raw`` holds a pipe and ends on a number (the wrap fell after it: ``nxt`` may
    open with its pipe) or on a pipe (``nxt`` may not). Read apart, the first line passed for prose,
    or for a row whose other cells printed empty, and the rest for a row with no label."""
    s = raw.strip()
    pieces = [p.strip() for p in re.split(r"[|｜]", _raw(nxt))]
    if not any(p in s for p in _PIPES) or len(pieces) < 2 or not any(pieces):
        return False
    if not all(is_value_text(p) for p in pieces if p):
        return False
    if s.endswith(_PIPES):
        return not _raw(nxt).strip().startswith(_PIPES)
    return _LAST_NUMBER.search(s) is not None


_LAST_NUMBER = re.compile(r"[|｜]\s*[+\-−]?\d[\d,，]*(?:[.．]\d+)?$")


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or "\u3000" <= ch <= "\u303f"


def _glue(a: str, b: str) -> str:
    """Two pieces of one wrapped row: Chinese breaks between any two characters with no blank, a
    Latin word or number only at a blank (which the wrap swallowed)."""
    a, b = a.rstrip(), b.lstrip()
    if a and b and _cjk(a[-1]) and _cjk(b[0]):
        return a + b
    return f"{a} {b}"


def _right_edges(lines: list[Line]) -> dict[int, float]:
    """Each page's right margin: where its longest lines end."""
    out: dict[int, float] = {}
    for line in lines:
        if line.tokens:
            out[line.page] = max(out.get(line.page, 0.0), line.tokens[-1].x1)
    return out


_YEAR = re.compile(r"^(?:19|20)\d{2}$")


def join_units(line: Line) -> None:
    """A number and the unit printed right after it ("592" "万元") as one word, as it was typed; so
    is a year and the words after it ("2020" "年本行政区域…:0"): a line of prose opening with a year
    read as a number in a cell and words after it, a row of the table above it with no label, and the
    table's last row (政府集中采购 / 0 / 0) was lost with it."""
    tokens = line.tokens
    if len(tokens) < 2:
        return
    out = [tokens[0]]
    for t in tokens[1:]:
        prev = out[-1]
        height = max(prev.bottom - prev.top, t.bottom - t.top)
        if (_UNIT.match(t.text) and _NUMBER.match(prev.text) or _YEAR.match(prev.text) and t.text.startswith("年")) \
                and 0 <= t.x0 - prev.x1 <= 0.5 * height:
            out[-1] = Token(prev.text + t.text, prev.x0, t.x1, min(prev.top, t.top), max(prev.bottom, t.bottom))
            continue
        out.append(t)
    line.tokens = out


def is_blank_row(line: Line) -> bool:
    """A line ending in two numbers or more, each a blank from the next (gaps no wider than the
    letters are high, and all alike: one typed blank, not cells of a drawn table)."""
    values = 0
    for t in reversed(line.tokens):
        if not t.is_value:
            break
        values += 1
    if values < 2:
        return False
    run = line.tokens[len(line.tokens) - values:]
    gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:], strict=False)]
    height = max(t.bottom - t.top for t in run)
    return all(0 < g <= height for g in gaps) and max(gaps) - min(gaps) <= 0.5


def _as_text(raw: str, first: Line, last: Line, budget: Budget) -> Line | None:
    """The row ``raw`` as a text line standing where its printed lines stood (None for a rule)."""
    line = text_line(raw, 0, budget)
    if line is None:
        return None
    x0 = first.tokens[0].x0
    y0, y1 = min(t.top for t in first.tokens), max(t.bottom for t in last.tokens)
    line.tokens = [Token(t.text, x0 + j, x0 + j + 1, y0, y1) for j, t in enumerate(line.tokens)]
    line.page, line.indent = first.page, first.indent
    return line


MAX_PARAGRAPH = 40
"""Lines a wrapped paragraph is looked for over: a page's tables run together fill a dozen or so."""


def is_typed(line: Line) -> bool:
    """A PDF line of typed words, each a blank from the next at most (no drawn table's cells)."""
    t = line.tokens
    return line.positional and not line.grid and bool(t) and all(
        b.x0 - a.x1 <= 1.5 * max(a.bottom - a.top, b.bottom - b.top) for a, b in zip(t, t[1:], strict=False))


def wrapped_paragraphs(lines: list[Line], wanted: Callable[[str], bool], budget: Budget) -> list[Line]:
    """A paragraph of typed words the page wrapped over several lines, put back on one text line when
    ``wanted`` says the whole of it is what a copy ran together — a page's tables flattened into one
    paragraph and printed ("… 规 章 0 0" / "0 行政规范性文件 0 0 0 …"), whose rows and numbers the
    wraps would otherwise cut apart: read line by line, none of it was found. A line continues the
    one above when that one reaches the right margin and it starts at the left one; every other line
    stays as it was."""
    right = _right_edges(lines)
    out: list[Line] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while (j < len(lines) and j - i < MAX_PARAGRAPH and is_typed(lines[j - 1]) and is_typed(lines[j])
               and lines[j].indent < 8 and _reaches(lines[j - 1], right)):
            j += 1
        raw = _raw(lines[i])
        for line in lines[i + 1:j]:
            raw = _glue(raw, _raw(line))
        whole = _as_text(raw, lines[i], lines[j - 1], budget) if j - i > 1 and wanted(raw) else None
        out.extend([whole] if whole is not None else lines[i:j])
        i = j
    return out


_CLAUSE = re.compile(r"[。，,；;：:！？!?]")
_GLUED_LABEL = 24
"""At most so many characters in a label run into its digits: a longer run of words is a sentence."""


def _glued_row(line: Line) -> bool:
    """A label run into its row's digits, one typed word ("规章000", "行政事业性收费00"): split as the
    text reader splits it. Not a sentence ending on a number where the page wrapped it (…全年共接收政府
    信息公开申请16 / 件,其中…): its words are longer than a label and part clauses."""
    glued = unglued([line.tokens[0].text]) if len(line.tokens) == 1 else None
    return glued is not None and len(glued[0]) <= _GLUED_LABEL and not _CLAUSE.search(glued[0])


def _wraps_open(lines: list[Line], i: int, right: dict[int, float]) -> bool:
    """Whether ``lines[i]``, one pipe too few to be a pipe row by itself, is a row's first printed
    line that the next one goes on with (``_continues``)."""
    raw = _raw(lines[i])
    return i + 1 < len(lines) and _pipes(lines[i]) > 0 and _continues(raw, lines[i], lines[i + 1], right)


def typed_rows(lines: list[Line], budget: Budget) -> list[Line]:
    """The page lines with typed pipe rows read as text (wrapped rows joined first) and numbers
    joined to their units; every other line as it was."""
    right = _right_edges(lines)
    out: list[Line] = []
    made: list[tuple[int, str]] = []
    """Each printed line's index in ``out`` and its text as typed (pipes kept): a copy stopping on a
    figure without the pipe closing every other is marked as its text would be (``mark_cut_figure``)."""
    i = 0
    while i < len(lines):
        line = lines[i]
        join_units(line)
        if line.positional and line.tokens and not is_pipe_row(line) and (is_blank_row(line) or _glued_row(line)) \
                and not in_drawn_cells(line):
            blank = _as_text(_raw(line), line, line, budget)
            if blank is not None:
                made.append((len(out), _raw(line)))
                out.append(blank)
            i += 1
            continue
        if not line.tokens or not (is_pipe_row(line) or _wraps_open(lines, i, right)):
            if line.tokens:
                made.append((len(out), _raw(line)))
            out.append(line)
            i += 1
            continue
        raw, last, j = _raw(line), line, i + 1
        while j < len(lines) and j - i <= MAX_WRAPS and _continues(raw, last, lines[j], right):
            last = lines[j]
            raw = _glue(raw, _raw(last))
            j += 1
        as_text = _as_text(raw, line, last, budget)
        if as_text is not None:
            made.append((len(out), raw))
            out.append(as_text)
        i = j
    mark_cut_figure(out, made)
    return out


_SENTENCE_END = re.compile(r"[。！？!?；;：:][”’」』)）]*\s*$")
"""A line ending a sentence (its quote or bracket closed after it: …。”): the next line is no wrap of it."""
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])")
"""一、总体情况, (一)主动公开情况: a heading starts a paragraph of its own, never the rest of one."""


def wrapped_onto(lines: list[Line], i: int) -> bool:
    """Whether printed ``lines[i]`` is the rest of a sentence the page wrapped from the line above
    (``_wraps_into``): words it holds alone ("行政复议" after …没有发生因政府信息公开工作而引起的) are
    no label standing on a line of its own, as a table's row prints it."""
    if i <= 0 or not lines[i].positional:
        return False
    return _wraps_into(lines[i - 1], lines[i], _right_edges([x for x in lines if x.page == lines[i - 1].page]))


def wraps_on(line: Line, nxt: Line, right: dict[int, float]) -> bool:
    """Whether printed ``nxt`` may go on with ``line``'s paragraph: ``line`` runs to its page's right
    margin, as a line the page wrapped does, and ``nxt`` opens no heading. A line ending short of it
    ends its paragraph (a text's lines printed by a word processor are each a paragraph, none indented:
    2024年,我乡未收到政府信息公开申请 / (三)政府信息管理情况 ran into one sentence, and the clause
    reading its count found no end to it). Unlike ``_wraps_into``, a line ending a sentence at the
    margin may go on: a section's paragraphs are read by sentence, a title's by line."""
    return bool(line.tokens) and bool(nxt.tokens) and _reaches(line, right) and not _HEADING.match(nxt.text)


def _wraps_into(line: Line, nxt: Line, right: dict[int, float]) -> bool:
    """Whether printed ``line`` goes on in ``nxt``: ``wraps_on``, both printed (a PDF's words, no grid's),
    ``nxt`` at the left margin, and no sentence ended at ``line``'s end. Why not ``wraps_on`` alone: what
    reads these paragraphs (a title, an organ's name) reads by line, so a sentence's end ends one; a
    section's paragraphs are read by sentence (``sections._paragraphs``, which checks the rest itself)."""
    return (line.positional and nxt.positional and not line.grid and not nxt.grid and nxt.indent < 8
            and wraps_on(line, nxt, right) and not _SENTENCE_END.search(line.text))


def prose_edges(lines: list[Line]) -> dict[int, float]:
    """Each page's right margin as its printed prose sets it (a drawn table may stand wider): the
    middle of where its long lines end, not the longest — a line whose Latin letters overflow the
    margin (教育(jiào yù)…, a copy of a page that annotated its characters) would leave every other
    line short of it, each taken for a paragraph's end and a sentence cut in two (未发 / 生…行政复议)."""
    ends: dict[int, list[float]] = {}
    starts: dict[int, float] = {}
    for line in lines:
        if line.positional and not line.grid and line.tokens:
            ends.setdefault(line.page, []).append(line.tokens[-1].x1)
            starts[line.page] = min(starts.get(line.page, line.tokens[0].x0), line.tokens[0].x0)
    out: dict[int, float] = {}
    for page, xs in ends.items():
        top = max(xs)
        long = sorted(x for x in xs if x >= top - 0.1 * (top - starts[page]))
        out[page] = long[len(long) // 2]
    return out


def spans(lines: list[Line], end: int) -> list[tuple[int, int]]:
    """(first, past last) line of each paragraph starting in ``lines[:end]``, as ``paragraphs`` joins
    them: what reads a line as a title must know it is the rest of a sentence the page wrapped (…要求
    编制 / 2024年度…报告, …现公 / 开锡山区东北塘街道2019年度…报告), never a line of its own."""
    right = _right_edges(lines)
    out: list[tuple[int, int]] = []
    i = 0
    while i < min(end, len(lines)):
        j = i + 1
        while j < len(lines) and j - i < MAX_PARAGRAPH and _wraps_into(lines[j - 1], lines[j], right):
            j += 1
        out.append((i, j))
        i = j
    return out


def joined(lines: list[Line]) -> str:
    """The text of printed ``lines`` that make one wrapped paragraph, as it was typed: a blank where the
    page broke between two Latin words or numbers (it swallowed one), none elsewhere — a sentence breaks
    after its comma too (…相关要求, / 编制某镇2024年…: read with a blank after the comma, 编制 began no clause)."""
    text = lines[0].text if lines else ""
    for line in lines[1:]:
        a, b = text.rstrip(), line.text.lstrip()
        text = f"{a} {b}" if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum() \
            else a + b
    return text


def paragraphs(lines: list[Line], end: int) -> list[str]:
    """The texts of ``lines[:end]``, a paragraph the page wrapped over several lines on one again (the
    last one followed past ``end`` to its end). Why: a preamble's sentence names its organ wherever the
    page wraps it (…要求,闽侯县人 / 民政府办公室编制了本报告。), its contact sentence too (请与苏尼特右 / 旗自然资源局
    办公室联系), and read line by line the name is cut in two (or clipped: 房和城乡建设局 passes for a place's).
    Only printed lines are joined, and only where one goes on in the next (``_wraps_into``): a text's or a
    Word file's lines are its paragraphs, and a name never runs from one paragraph into the next."""
    return [joined(lines[i:j]) for i, j in spans(lines, end)]
