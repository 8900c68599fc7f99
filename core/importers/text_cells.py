"""A copied text line's cells: which of them are the row's label and which its numbers, and a cell
among the numbers that is no number ("+(0) -(0)" for 增 0 减 0, "? 0" where a copy lost a space),
kept in its place and not read rather than joined to the label or made a row of its own; what a
copy's blank lines and merged cells say of where a row's cells stand; a row's one number that is its
cells' digits run together; and a pipe row's own cells where a run-together page is cut."""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from core.importers.layout import EMPTY_CELLS, FRAMED, MERGED, SPACE_CELL, SPACES, TABBED, TRAILING, Line
from core.importers.match import is_value_text, stands_in_cell
from core.importers.table_spec import Cols, names_at


def split_row(cells: list[str]) -> tuple[str, list[str]]:
    """A separated row's label and its cells. The label is its first run of words (a number before
    it, a row's index, kept in it); a cell of words or signs after a number (行政许可 | 43 | +(0) -(0) |
    66, 行政处罚 | 12 | ? 0 | 0) stays a cell, in its place — not read, with why — rather than
    joined to the label, which would move the numbers after it left (66 read as 上一年项目数量)."""
    last_label = -1
    for i, c in enumerate(cells):
        if c and not stands_in_cell(c):
            last_label = i
    first = next((i for i, c in enumerate(cells) if c and not stands_in_cell(c)), -1)
    run_end = first
    while run_end + 1 < len(cells) and not (cells[run_end + 1] and stands_in_cell(cells[run_end + 1])):
        run_end += 1
    if first >= 0 and run_end < last_label and (_is_odd_cell(cells[last_label]) or words_after_number(cells)):
        while not cells[run_end]:
            run_end -= 1                 # (empty cells after the label are the row's cells)
        last_label = run_end
    label = "".join(c for c in cells[:last_label + 1] if c)
    return label, cells[last_label + 1:]


def words_after_number(cells: list[str]) -> bool:
    """A row printing a number and then words where numbers stand (其他对外管理服务事项 | 3 | 其中自然
    灾害救助资金给付项目全年救助13781户…): the words are no part of its label — joined to it, they
    would carry the number into the label and leave the row's cells empty, read as printed blank —
    nor a short odd cell among numbers; which columns its number and words stand in is not told."""
    first = next((i for i, c in enumerate(cells) if c and not stands_in_cell(c)), -1)
    run_end = first
    while first >= 0 and run_end + 1 < len(cells) and not (cells[run_end + 1] and stands_in_cell(cells[run_end + 1])):
        run_end += 1
    words = [c for c in cells[run_end + 1:] if c and not stands_in_cell(c)] if first >= 0 else []
    return bool(words) and not _is_odd_cell(words[-1])


_ODD_CELL_MAX = 12
"""At most so many characters in a cell of words or signs among a row's numbers (+(0) -(0), ? 0)."""


_WORD = re.compile(r"[\u4e00-\u9fff]{2}")


_CHANGE_WORD = re.compile(r"[增减]|增加|减少|[+＋\-－]")
"""A 本年增/减 cell printing its sign or its word with no number after it (行政处罚 | 0 | 增 | 25):
where the number stands, and no word of a label."""


def _is_odd_cell(text: str) -> bool:
    """A cell that stands where a number does but cannot be read as one (+(0) -(0): 增 0 减 0;
    "? 0": a page's lost space; 增 alone, its number lost): short, with a digit and no words of a
    label, or a change's sign or word alone."""
    t = text.strip()
    return 0 < len(t) <= _ODD_CELL_MAX and (any(ch.isdigit() for ch in t) and not _WORD.search(t)
                                            or _CHANGE_WORD.fullmatch(t) is not None)


def lone(line: Line) -> Optional[str]:
    """The one cell a line of a one-cell-per-line copy prints, or None: its text when it is one
    cell, or a cell the copy split at its space ("? 0 |" read as "?" and 0: a sign or mark with no
    word, then numbers)."""
    cells = line.cells
    texts = [c for c in cells if c.strip()]
    if len(texts) == 1 and len(cells) == 1:
        return texts[0]
    if len(texts) > 1 and not line.positional and not any(ch.isalnum() for ch in texts[0]) \
            and all(is_value_text(c) for c in texts[1:]):
        return " ".join(texts)
    return None


def odd_cells(lines: list[Line], n: int) -> set[int]:
    """Lines of a one-cell-per-line copy that are a cell among a row's numbers, not a row's label:
    a short text with a digit and no words (_is_odd_cell) after a label and fewer than ``n`` numbers,
    when the numbers after it complete the row exactly (its place among the row's cells is then
    certain). Such a line is kept as a cell, not read, instead of opening a row of its own."""
    printed = [i for i, line in enumerate(lines) if any(c.strip() for c in line.cells)]
    texts = [lone(lines[i]) for i in printed]
    number = [t is not None and stands_in_cell(t) for t in texts]
    out: set[int] = set()
    for p, text in enumerate(texts):
        if text is None or number[p] or not _is_odd_cell(text):
            continue
        q = p - 1
        while q >= 0 and (number[q] or printed[q] in out):
            q -= 1
        before = p - 1 - q
        if q < 0 or before == 0 or texts[q] is None:
            continue                     # its row's label is a line of its own, then some of its numbers
        r = p + 1
        while r < len(printed) and number[r]:
            r += 1
        if before + 1 + (r - p - 1) == n:
            out.add(printed[p])
    return out


def figures_astray(lines: list[Line], n: int) -> set[int]:
    """Lines of a table printed as pipe rows that hold one number alone, with no pipe: a figure a
    PDF-to-Markdown converter moved out of its row (the 总计 of 四、结转下年度 printed as "1" on a line
    of its own under the label lines of another row), not a cell of the label above it (as in a copy
    printing one cell per line) nor a row of its own, whose other cells would then be read blank.
    Only where every line printing two numbers or more is cut by pipes (three such lines at least),
    and none prints a number without them; and not a run of such lines that, with the figures of the
    line above, makes up a whole row of ``n`` (a row's cells printed one per line, or its last ones
    wrapped under it)."""
    rows = [line for line in lines if len(line.values()) >= 2]
    if len(rows) < 3 or not all(line.extra.get("separated") for line in rows):
        return set()
    lone_at = {i for i, line in enumerate(lines) if len(line.cells) == 1 and line.values()
               and not line.extra.get("separated")}
    if any(line.values() and not line.extra.get("separated") for i, line in enumerate(lines) if i not in lone_at):
        return set()         # (a label and its number parted by spaces: a text of another making)
    printed = [i for i, line in enumerate(lines) if any(c.strip() for c in line.cells)]
    out: set[int] = set()
    p = 0
    while p < len(printed):
        if printed[p] not in lone_at:
            p += 1
            continue
        q = p
        while q < len(printed) and printed[q] in lone_at:
            q += 1
        above = len(lines[printed[p - 1]].values()) if p else 0
        if above + q - p != n:
            out.update(printed[p:q])
        p = q
    return out


def columns_printed(line: Line, cells: list[str], start: int, k: int) -> bool:
    """Whether a row printing fewer figures than the table's other rows (``k``) prints where each
    stands: its separators mark all ``k`` cells, the empty ones after its figures too ("规章 | 0 | 0 | |").
    Else the figures' columns are a guess: a copy that lost an empty cell in the middle (a browser's
    copy, a page leaving a middle cell blank) moves every figure after it one column left. A row cut
    by tabs alone (``TABBED``) keeps its empty cells as empty fields wherever they stand; fewer fields
    than the table's other rows are cells its page did not have, at its end (seed 002, 望远镇 2020:
    6.属于四类过程性信息 0 0 0 0 0 0, its 总计 not printed), so its figures stand where they are."""
    if not line.extra.get("separated") or line.extra.get(MERGED) or line.positional:
        return False
    after = [c.strip() for c in line.cells[start:]] + [""] * int(line.extra.get(TRAILING, "0"))
    printed = after[:len(cells)] == [c.strip() for c in cells]
    if line.extra.get(TABBED) and printed and len(after) <= k:
        return True
    return len(after) == k and printed and not any(after[len(cells):])


def set_apart(lines: list[Line], at: int) -> bool:
    """Whether a blank line parts the line ``at`` from the line before or after it, in a table whose
    rows follow each other with none between (a pipe table's): it stands outside the table's run of
    lines, as a page's number does at a page break, not among them as a cell moved out of its row."""
    def blank(i: int) -> bool:
        return 0 <= i < len(lines) and not any(c.strip() for c in lines[i].cells)
    return blank(at - 1) or blank(at + 1) or at in (0, len(lines) - 1)


def zeros_apart(tail: list[str], n: int) -> list[str]:
    """A row's numbers with "00" (or "000") taken as that many cells of 0 when that makes the row's
    ``n`` cells ("（六）其他处理 0 0 0 0 0 00": a copy lost the space between the last two): no count
    is printed with a leading zero, so such a word is never one number."""
    apart = [z for c in tail for z in (list(c.strip()) if _ZEROS.fullmatch(c.strip()) else [c])]
    return apart if len(apart) == n else tail


_ZEROS = re.compile(r"00+")


def usual_gap(lines: list[Line]) -> int:
    """How many blank lines a one-cell-per-line copy puts between two cells (-1 when no one count
    holds for most of them): an empty cell of the page then shows as one more (a bare "|" line, in a
    copy whose cells each end with a pipe, is such a blank line; a line of spaces between empty lines is
    a cell)."""
    if _closed_cells(lines):
        return 0
    gaps: Counter[int] = Counter()
    blank, seen = 0, False
    for line in lines:
        if not any(c.strip() for c in line.cells) and not line.extra.get(SPACE_CELL):
            blank += 1
            continue
        if seen:
            gaps[blank] += 1
        blank, seen = 0, True
    if not gaps:
        return -1
    usual, count = gaps.most_common(1)[0]
    return usual if count >= 0.6 * sum(gaps.values()) else -1


def _closed_cells(lines: list[Line]) -> bool:
    """Whether a one-cell-per-line copy closes every cell with its own pipe ("56 |") and prints no
    empty line: then no line parts two cells, and each bare line of pipes ("|", "||") is an empty
    cell of the page or the row's closing (row_end) — however many of them an empty row shows, which
    can outnumber the cells printed next to each other (二道区房屋征收办 2022: "56 |", five "|", "56 |",
    "||"; a row of seven "|" then "||"). The copy's last line may be cut before its pipe; printed to
    a PDF, that line, holding no pipe, is the one left as the page placed it (a word alone on its line,
    whose place parts no cells)."""
    texted = [line for line in lines if any(c.strip() for c in line.cells)]
    if len(texted) < 2 or any(line.grid or (line.positional and (line is not texted[-1] or len(line.tokens) > 1))
                              for line in lines):
        return False
    bare = [line for line in lines if not any(c.strip() for c in line.cells)]
    if not bare or any(not _bare_pipes(line) for line in bare):
        return False
    return all(_closed(line) for line in texted[:-1]) and len([c for c in texted[-1].cells if c.strip()]) <= 1


def _bare_pipes(line: Line) -> bool:
    """A line of pipes alone ("|", "||"): not of spaces or tabs."""
    return bool(line.extra.get("separated")) and not line.extra.get(SPACES)


def _closed(line: Line) -> bool:
    """A line that is one cell and its closing pipe ("自然人 |", "0 |"): one cell of text, no pipe
    opening it."""
    return bool(line.extra.get("separated")) and not line.extra.get(FRAMED) \
        and len(line.cells) == 1 and bool(line.cells[0].strip())


def row_end(raw: list[tuple[str, list[str], int, Line]], spaced: list[list[str]], trail: list[int], usual: int,
            n: int, cols: Cols) -> Optional[int]:
    """How many blank lines beyond the ``usual`` gap between cells a one-cell-per-line copy puts
    after every row, as its header and the rows it prints whole show (``raw``:
    label, cells, start, line; ``spaced``: their cells, with the empty ones blank lines stand for;
    ``trail``: the blank lines after each; ``n`` columns). A copy closing each row with a line of
    pipes (得荣县卫生健康局 2019: "本年增/减 |" then "||" before 行政事业性收费, "0 |", "|", "||") shows
    that line after every row: it is no empty cell of a row printing fewer numbers, the lines before
    it are. With none such, a row printing numbers and no blank line beyond the usual before the next
    row shows that none closes a row. None when nothing shows it, or the rows disagree: the blank
    lines after a row's last number are then its empty cells or the row's closing, no telling which
    (a row of five 0 and three blank lines, of seven columns: two empty cells, or one and a closing
    line — or the copy's "&nbsp;" cell, printed blank, standing anywhere among the five)."""
    if usual < 0:
        return 0
    # (not the last row: the blank lines after it end the table, not a row)
    seen = {trail[i] - usual for i, (label, _, _, _) in enumerate(raw[:-1])
            if label and (len(spaced[i]) == n or _ends_header(raw, i, cols))}
    if not seen and any(raw[i][0] and any(spaced[i]) and trail[i] <= usual for i in range(len(raw) - 1)):
        return 0
    return max(seen.pop(), 0) if len(seen) == 1 else None


def _ends_header(raw: list[tuple[str, list[str], int, Line]], i: int, cols: Cols) -> bool:
    """Whether ``raw[i]`` is a header's last cell printed on a line of its own: the last column's
    name (``names_at``), with no number, just before the first row printing one. A header run
    together on one line (商业企业总计), or a word naming another column, is no last cell on a line
    of its own: the blank lines after it were taken for those closing every row, and the empty cells
    after a row's numbers counted by them."""
    return (i + 1 < len(raw) and not any(raw[i][1]) and any(raw[i + 1][1])
            and names_at(raw[i][0], cols, len(cols) - 1))


def merged_short(line: Line, cells: list[str], n: int) -> int:
    """For a row printing fewer numbers than the table's columns, its last in a merged cell
    ("行政许可 | 0 | |||" under 上一年项目数量 | 本年增/减 | 处理决定数量), how many of the columns it
    leaves unplaced (0 for any other row): the number may stand for any of the columns it spans, so
    neither it nor the columns after it can be placed. Counted as columns the row does not fit, as
    a table printed with fewer columns than the form is: a form whose block has one column
    (2021's 本年处理决定数量) fits it."""
    printed = max((i + 1 for i, c in enumerate(cells) if c.strip()), default=0)
    return n - printed if line.extra.get(MERGED) and 0 < printed < n else 0


def printed_empty(line: Line) -> bool:
    """A label line that prints its cells empty (closed by its pipe, "规章 |"; or "规章 | ||||")."""
    return bool(line.grid or line.extra.get("separated") or line.extra.get(EMPTY_CELLS))


# --- a row's digits run together, and the empty cells merges leave --------------------------------------

RUN = "run"
"""``Line.extra`` key of a row whose one run of digits could not be split into its cells."""


def is_run(text: str, glued: bool) -> bool:
    """A row's one printed number is its cells' digits run together: it was glued to the label
    (规章000), or it starts with a 0 and goes on (000, 0012), which no one number does."""
    return text.isdigit() and len(text) > 1 and (glued or text[0] == "0")


def split_run(run: str, n: int) -> Optional[list[str]]:
    """The run's cells: a digit a cell when there are as many digits as columns (the rule for a
    page that ran together); one number in a one-column table unless it starts with 0; else None."""
    if n == 1:
        return None if run[0] == "0" else [run]
    return list(run) if len(run) == n else None


def trim_cells(tail: list[str], n: int) -> tuple[list[str], int]:
    """Drop the empty cells merges leave around a row's numbers; returns the cells and how many
    leading empties were dropped."""
    out = list(tail)
    while out and out[-1] == "" and (len(out) > n or not any(out)):
        out.pop()
    lead = 0
    while len(out) > n and out and out[0] == "":
        out.pop(0)
        lead += 1
    return out, lead


# --- a pipe row cut inside a run-together page: its own cells --------------------------------------------

def cell_starts(line: Line) -> dict[int, str]:
    """Each cell's text by where it starts in ``line.text`` (its cells joined by one space), for a
    line its pipes or tabs cut into cells (``separated``): another's spaces part nothing for sure."""
    if not line.extra.get("separated"):
        return {}
    out: dict[int, str] = {}
    pos = 0
    for cell in line.cells:
        if cell:
            out[pos] = cell
            pos += len(cell) + 1
    return out


def whole_cells(starts: dict[int, str], at: int, rest: str, width: int) -> Optional[tuple[list[str], str]]:
    """A row's ``width`` cells when ``rest`` (starting at ``at`` in its line) opens with that many
    of the line's own cells, each a value — a count printed with its unit among them ("行政许可 |
    124件 |": the pipes say 124件 is the cell, not a sentence's 规范性文件15件) — and what follows
    them; None otherwise."""
    cells: list[str] = []
    pos = at
    while len(cells) < width and pos in starts and is_value_text(starts[pos]):
        cells.append(starts[pos])
        pos += len(starts[pos]) + 1
    taken = " ".join(cells)
    if len(cells) != width or not rest.startswith(taken):
        return None
    return cells, rest[len(taken):].strip()
