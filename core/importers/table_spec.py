"""What a table reader is asked to read and what it gives back, and the naming of columns by
their header words (shared by the positioned and the text readers)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.importers.layout import Line
from core.importers.match import MATCH, align, best_label, key

BLANK = ""


@dataclass
class Spec:
    """What to read: the form's rows and columns (ids with the labels they may be printed as)."""

    name: str
    rows: list[tuple[str, list[str]]]
    cols: list[tuple[str, list[str]]]
    optional_rows: set[str] = field(default_factory=set)
    flat: bool = False
    """One unlabelled row holding every column (表四 as the official layout prints it)."""
    space_parts: bool = False
    """The copy prints a line of spaces after rows already holding every cell (``Result.spaces_over``):
    such a line closing a row parts items there, and is no empty cell of the row."""


@dataclass
class Result:
    cells: dict[tuple[str, str], str] = field(default_factory=dict)
    """(row id, col id) → printed text ("" blank)."""
    missing: dict[tuple[str, str], str] = field(default_factory=dict)
    absent_cols: list[str] = field(default_factory=list)
    """Columns the printed table does not have (their cells are printed blank)."""
    notes: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    """Row id → the label as printed (for typo notes)."""
    found_rows: set[str] = field(default_factory=set)
    valued_rows: set[str] = field(default_factory=set)
    """Found rows that print at least one number."""
    bare_rows: set[str] = field(default_factory=set)
    """Rows whose label is printed with no number and no cell after it: not read, and not "not found"."""
    scrambled: dict[str, str] = field(default_factory=dict)
    """Rows whose label a torn table prints among rows of numbers it cannot be paired with
    (``row_repair.join_split_labels``) → why each is not read, when the row is not placed otherwise."""
    stray: list[list[str]] = field(default_factory=list)
    """The figures of each printed row that fits none of the form's rows (not read): a cell a
    converter moved away from its row may be among them."""
    moved: list[str] = field(default_factory=list)
    """Those of ``stray`` that may be a cell a converter moved out of its row: a figure alone on a
    line among a pipe table's lines, no blank line parting it from them. Not a figure found as a row
    fitting none of the form's (a page's number at its foot in a PDF, a date), nor one a blank line
    sets apart (a page break: the next page's number, the last one's footer)."""
    row_notes: dict[str, list[str]] = field(default_factory=dict)
    """Printed label → the notes (among ``notes``) that say how that row's cells were entered: true
    only of a row that is then placed in the form, withdrawn when it matches none."""
    cut_cols: set[int] = field(default_factory=set)
    """Columns (indices) a PDF page cut at its right edge (``cut_columns``): not read in any row."""
    spaces_over: int = 0
    """Lines of spaces a one-cell-per-line copy prints after a row already printing a figure in every
    cell (宝山区绿化市容局 2020: one after each item of 表二, 规章 0 0 0 then " "): no cell of it."""
    spaces_taken: int = 0
    """Lines of spaces closing a row that were taken as its last empty cell, giving it its every column
    (a page's "&nbsp;")."""
    spaces_closing: int = 0
    """Lines of spaces closing a row that holds every cell but one, or more: read as a cell or as
    parting items, the row reads otherwise."""
    misfit: int = 0
    """How badly the printed table fits this spec: header cells naming none of its columns, values
    a row prints beyond its columns, rows that are none of its rows (``absent_cols``, the columns
    no header names, is counted beside it)."""


def fill_by_order(slots: int, anchors: dict[int, int], n_cols: int) -> tuple[dict[int, int], list[int]]:
    """Columns of unnamed slots between named ones, when the counts leave no choice.

    Returns slot → column and the slots that were placed by order (for the log).
    """
    out = dict(anchors)
    placed: list[int] = []
    known = sorted(anchors.items())
    bounds = [(-1, -1)] + known + [(slots, n_cols)]
    for (s0, c0), (s1, c1) in zip(bounds, bounds[1:], strict=False):
        free_slots = list(range(s0 + 1, s1))
        free_cols = list(range(c0 + 1, c1))
        if not free_slots:
            continue
        if len(free_slots) == len(free_cols) or (s1 == slots and len(free_cols) >= len(free_slots)) \
                or (s0 == -1 and len(free_cols) >= len(free_slots) and not known):
            for s, c in zip(free_slots, free_cols, strict=False):
                out[s] = c
                placed.append(s)
    return out, placed


Cols = list[list[str]]
"""The labels each column of the form may be printed as, in the form's order."""


def columns_named(text: str, cols: Cols) -> set[int]:
    """The columns of the form a header word names: every column whose label it holds whole (a
    header run together, "法人或其他组织总计商业企业…", holds several), failing that the one column
    it is clearly most like (a label with a slip, cut short, printed with its group's words); none
    where two are alike. The one answer every header judgement asks, so that a word is taken for the
    same columns wherever it is read: by its place, line by line, or split on its spaces."""
    k = key(text)
    whole = _held_whole(k, cols)
    if whole or not k:
        return whole
    scores = sorted(((best_label(text, labels), j) for j, labels in enumerate(cols)), reverse=True)
    if scores[0][0] < MATCH or (len(scores) > 1 and scores[1][0] >= scores[0][0]):
        return set()
    return {scores[0][1]}


def _held_whole(k: str, cols: Cols) -> set[int]:
    """Columns one of whose labels key ``k`` holds, other than only inside another column's longer
    label it holds: 行政复议结果维持 names 表四's 行政复议 column, not each group's 结果维持 too. A
    label several columns share (结果维持 under each group of 表四 printed flat) tells none of them:
    likeness does (未经复议直接起诉行政诉讼结果维持, its groups' words in another order)."""
    owners: dict[str, set[int]] = {}
    for j, labels in enumerate(cols):
        for lab in map(key, labels):
            owners.setdefault(lab, set()).add(j)
    held = {(lab, next(iter(js))) for lab, js in owners.items() if lab and lab in k and len(js) == 1}
    longer = {(lab, j): {w for w, c in held if c != j and w != lab and lab in w} for lab, j in held}
    return {j for lab, j in held if k.count(lab) > sum(k.count(w) * w.count(lab) for w in longer[lab, j])}


def column_named(text: str, cols: Cols) -> int | None:
    """The one column a header word names (``columns_named``); None for none, or several: a word
    naming several columns names none of them, and its number is nobody's."""
    named = columns_named(text, cols)
    return next(iter(named)) if len(named) == 1 else None


def names_several(text: str, cols: Cols) -> bool:
    """Whether ``text`` holds the names of two columns or more whole: a header run together
    ("法人或其他组织总计商业企业科研机构社会公益组织…", a page's text wrapped by a printer or a text
    browser), or a paragraph holding rows' labels ("3.其他1000001（七）总计…"). It names none of them:
    a label found inside extra words is taken for that column (``similarity``), and the one column
    it was most like took a row's one number (社会公益组织 for 一、本年新收's 4000004), the others
    entered blank."""
    return len(columns_named(text, cols)) > 1


def names_at(text: str, cols: Cols, j: int) -> bool:
    """Whether a word standing where column ``j``'s name stands (the header's last cell, just
    before the numbers) names it: like it (``MATCH``), and naming no other column by
    ``columns_named``. Its place settles a word as like two columns as each other, as order does
    in ``pair_columns`` (总计 under each group of 表四 printed flat, 本年处理决定数量 under 行政处罚 and
    行政强制); a word naming another column, or several (a header run together, 商业企业总计), is
    not column j's name however like it it is."""
    return best_label(text, cols[j]) >= MATCH and columns_named(text, cols) <= {j}


def like_a_label(text: str, groups: Cols) -> bool:
    """Whether ``text`` may be one of ``groups``' labels: like any of them (``MATCH``), or holding
    one whole, with no label needing to be clearly ahead. The loose side of ``columns_named``, for
    refusing a word a place rather than giving it one: where a run of words is collected as a row's
    cells (``cell_words.words_in_cells``), a word columns_named tells none of because it is as like
    two columns as each other (结果 under 结果维持 and 结果纠正), or holds two of them whole, is the
    header's all the same, not a cell's words; stopping there leaves the cells unread, taking it
    would read a header as the row's cells."""
    return bool(columns_named(text, groups)) or any(best_label(text, labels) >= MATCH for labels in groups)


def pair_columns(texts: list[str], cols: Cols, in_order: bool = True) -> list[tuple[int, int, float]]:
    """A header's words paired with the form's columns one to one: (word index, column, likeness).
    In order (``align``) where the words stand over their numbers: their order settles a word as
    like two columns as each other (结果 over 结果维持 and 结果纠正), so a pair needs likeness
    (``MATCH``) only, where ``columns_named``, asked of a word alone, needs a column clearly ahead.
    ``in_order=False`` for words whose order says nothing (a two-level header printed one level
    after the other): the likest pairs first."""
    if in_order:
        return align(texts, cols)
    scores = sorted(((best_label(t, labels), i, j) for i, t in enumerate(texts) for j, labels in enumerate(cols)),
                    reverse=True)
    used: set[int] = set()
    named: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for score, i, j in scores:
        if score >= MATCH and i not in used and j not in named:
            used.add(i)
            named.add(j)
            out.append((i, j, score))
    return out


def name_slots(spec: Spec, texts: list[str], res: Result, unit: str) -> dict[int, int]:
    """Slot → spec column: by header labels in order, unnamed slots by position between them."""
    n = len(spec.cols)
    if len(texts) == n:
        return _by_place(spec, texts, res)
    pairs = pair_columns(texts, [labels for _, labels in spec.cols])
    anchors = {i: j for i, j, _ in pairs}
    res.misfit += len(texts) - len(anchors)
    if not anchors and len(texts) < n:
        return {}          # fewer columns of numbers than the table's, none named: which they are is a guess
    mapping, placed = fill_by_order(len(texts), anchors, n)
    for s in placed:
        res.notes.append(f"{spec.name}第 {s + 1} 个数值{unit}没有可辨认的列名，按位置视为“{spec.cols[mapping[s]][1][0]}”列")
    return mapping


def _by_place(spec: Spec, texts: list[str], res: Result) -> dict[int, int]:
    """As many columns as the form's are its columns in order, unless their header words say
    otherwise: a table whose columns a clerk set in another order (科研机构 before 商业企业, the
    header moved with its numbers) had each number read into the column standing at its place,
    every cell filled and the table called sure. Where the header words name every column once the
    header is followed (and said, so the table is checked); else only the columns named where they
    stand are read; a table none of whose columns is named otherwise is read as before."""
    n = len(spec.cols)
    cols = [labels for _, labels in spec.cols]
    named = [column_named(t, cols) for t in texts]
    if all(j is None or j == i for i, j in enumerate(named)):
        return {i: i for i in range(n)}
    if sorted(j for j in named if j is not None) == list(range(n)):
        res.notes.append(f"{spec.name}的列次序与标准表不同，已按表头列名读取，请核对")
        return {i: j for i, j in enumerate(named) if j is not None}
    return {i: i for i, j in enumerate(named) if j == i}   # the others: 无法根据表头确定所在列


def names_every_column(header: list[Line], spec: Spec) -> bool:
    """Whether a header printed one cell per line names each of the table's columns. A two-level
    header is printed level by level (自然人, 法人或其他组织, 总计, then 商业企业…其他 under the second),
    so the names are paired with the columns one to one, in whatever order they come."""
    if not header or any(len([c for c in line.cells if c.strip()]) > 1 for line in header):
        return False
    texts = [line.cells[0] for line in header if line.cells and line.cells[0].strip()]
    cols = [labels for _, labels in spec.cols]
    return any(len({j for _, j, _ in pair_columns(texts, cols, in_order)}) == len(cols)
               for in_order in (True, False))


def names_more_columns(header: list[Line], k: int, spec: Spec) -> bool:
    """Whether the header's words name more of the form's columns than the k numbers a row prints.
    A header typed with spaces (pdftotext -layout, a text browser's dump) is one cell a line, its
    names wrapped over several lines ("社 会" / "公 益" / "组织"), so a line holding several
    columns' names ("组织    机构") was taken as one column's name and the rows' numbers were
    placed by the order of such lines: 自然人 and 总计 read as 科研机构 and 社会公益组织. The numbers
    then stand under columns the header names but the rows do not print, which order cannot tell."""
    cols = [labels for _, labels in spec.cols]
    named = {j for line in header for cell in line.cells for word in cell.split()
             if (j := column_named(word, cols)) is not None}
    return len(named) > k


def texts_at(header: list[Line], s0: int, k: int, cols: Cols) -> list[str]:
    """Header words standing at cells s0…s0+k-1; the lowest header line names a column (words
    naming several columns name none)."""
    texts = [""] * k
    for line in header:
        # a header line typed with spaces is one cell: its names, two spaces or more apart, its cells
        cells = re.split(r"\s{2,}", line.cells[0].strip()) if len(line.cells) == 1 else line.cells
        for j in range(k):
            idx = s0 + j
            if 0 <= idx < len(cells) and cells[idx] and not cells[idx].strip().isdigit():
                texts[j] = "" if names_several(cells[idx], cols) else cells[idx]
    return texts
