r"""A browser's copy of paragraph cells printed to PDF: its cells put back from the blank lines alone.

Such a copy (``block_cells``) parts two cells of a row by "", a line holding only a tab, "", and
prints an empty cell as "&nbsp;" or nothing between two tabs. Printed, a tab line is only vertical
space: two cells of a row stand some blank lines apart (the gap, ``g``), and each empty cell between
them adds a fixed number more (the step, ``e``) — three and four in one copy, three and two in
another, as the cells' paragraphs and "&nbsp;" fall — while rows stand apart by another count, and a
cell's two paragraphs by one. Neither is the one blank line per empty cell a copy of one cell per
line keeps, so read as such a copy the rows lost their columns.

Nothing on the page says ``g`` and ``e``: per table, they are taken as the only pair under which
its header rows hold the cells the form's do (a cell's paragraphs one cell) and every row of values
reads exactly the form's count — its labels, then as many cells as the form's row holds, those after
its last printed one counted from the blank lines closing it beyond a full row's, which every row but
the table's last then closes with. A row that fits no pair, or two pairs that cut the cells
differently, leave the table as it was read before: a cell put one column over is worse than one not
read. Where a page break's blank lines are not sure (``blank_lines``), the one count that makes
its rows the table's is taken — as ``blank_lines.agreed`` keeps the reading that reads a row, the
others reading none — and where more counts do, the row is given other cells in each of two readings,
so ``agreed`` reads them in neither (left out, or its labels alone, it read as a row printed empty).
The rows then become the text the copy held (tab lines between cells), read as the text is.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

import core.importers.regions as regions
from core.forms import Form, Table
from core.importers.layout import Line, text_line
from core.importers.match import detect_format, stands_in_cell
from core.importers.safety import Budget
from core.registry import available_formats, get_form

GAPS = range(2, 9)
"""Blank lines that may part two cells of a row: more than one (one parts a cell's paragraphs)."""
STEPS = range(1, 9)
"""Blank lines an empty cell may add."""


@dataclass
class _Row:
    """Lines joined into one row of a table, with the empty cells before each (``empties[0]`` = 0)."""

    lines: list[int]
    empties: list[int] = field(default_factory=list)
    after: int | None = None
    """Blank lines closing the row (None: a page break's, not sure)."""
    unsure: bool = False
    """Its cells not sure: cut by a page break whose blank lines are not sure."""
    cut: bool = False
    """Opens after such a break: the cells of the row before it, or a row of its own."""
    trailing: int = 0


@dataclass(frozen=True)
class _Shape:
    values: int
    """Value cells of each row of the table that holds values."""
    labels: int
    """Label cells such a row opens with, at most."""
    step: int
    closing: int | None = None
    """Blank lines closing the table's full rows (the most of them)."""


def _width(table: Table) -> tuple[int, int] | None:
    """(value cells, label cells at most) of each row of ``table`` that holds values, None when its
    rows differ in how many values they hold."""
    values: dict[int, int] = {}
    labels: dict[int, int] = {}
    for cell in table.grid:
        if cell.role == "value":
            values[cell.r] = values.get(cell.r, 0) + 1
        elif cell.role == "label":
            labels[cell.r] = labels.get(cell.r, 0) + 1
    if len(set(values.values())) != 1:
        return None
    return next(iter(values.values())), max((labels.get(r, 0) for r in values), default=0)


def _joins(k: int, g: int, e: int) -> int | None:
    """Empty cells between two cells ``k`` blank lines apart; None when they part no cells of a row."""
    return (k - g) // e if k >= g and (k - g) % e == 0 else None


def _rows(first: int, end: int, gaps: list[int], unsure: dict[int, list[int]], g: int, e: int) -> list[_Row]:
    rows = [_Row([first], [0])]
    for i in range(first + 1, end):
        k = gaps[i]
        row = rows[-1]
        if i in unsure:
            row.unsure = True
            rows.append(_Row([i], [0], unsure=True, cut=True))
        elif (j := _joins(k, g, e)) is not None:
            row.lines.append(i)
            row.empties.append(j)
        else:
            row.after = k
            rows.append(_Row([i], [0]))
    rows[-1].after = None if end in unsure or end >= len(gaps) else gaps[end]
    return rows


def _fields(row: _Row, texts: list[str]) -> list[str]:
    out: list[str] = []
    for i, j in zip(row.lines, row.empties, strict=True):
        out += [""] * j + [texts[i]]
    return out + [""] * row.trailing


def _split(fields: list[str]) -> tuple[int, bool]:
    """How many label cells open ``fields``, and whether every cell after them is a value or empty."""
    n = next((k for k, f in enumerate(fields) if not f or stands_in_cell(f)), len(fields))
    return n, all(not f or stands_in_cell(f) for f in fields[n:])


def _held(row: _Row, texts: list[str]) -> tuple[int, int, bool]:
    labels, cells = _split(_fields(row, texts))
    return labels, len(row.lines) + sum(row.empties) - labels, cells


def _full(row: _Row, texts: list[str], shape: _Shape) -> bool:
    """Whether ``row`` is one of the table's: its labels, then exactly its values (the empty cells
    closing it counted from the blank lines after it, beyond those closing a full row), which it
    is then given."""
    labels, held, cells = _held(row, texts)
    if not cells or labels > shape.labels or (labels == 0) != (shape.labels == 0) or held > shape.values:
        return False
    if held < shape.values:
        if shape.closing is None or row.after != shape.closing + shape.step * (shape.values - held):
            return False
        row.trailing = shape.values - held
        row.after = shape.closing
    return True


def _settle(rows: list[_Row], k: int, texts: list[str], shape: _Shape, g: int, unsure: dict[int, list[int]]) -> bool:
    """The rows either side of the unsure break before ``rows[k]``, put as the one count of its blank
    lines that makes them rows of the table has them (``blank_lines.agreed`` keeps the reading that
    reads them, the others reading none); left unsure when more counts do, False when none does."""
    before, after = rows[k - 1], rows[k]
    if before.cut or after.after is None or before.after is not None:
        return True      # (two breaks in a row: unsure)
    last = k + 1 == len(rows)

    def closes(row: _Row, last: bool) -> bool:      # (as every full row but the table's last)
        return _full(row, texts, shape) and (last or row.after == shape.closing)

    ways: list[list[_Row]] = []
    for count in unsure[after.lines[0]]:
        j = _joins(count, g, shape.step)
        if j is not None:
            one = _Row(before.lines + after.lines, before.empties + [j] + after.empties[1:], after.after)
            if closes(one, last):
                ways.append([one])
        else:
            a = _Row(list(before.lines), list(before.empties), count)
            b = _Row(list(after.lines), list(after.empties), after.after)
            if closes(a, False) and closes(b, last):
                ways.append([a, b])
    if not ways:
        return False
    if len(ways) == 1:
        rows[k - 1:k + 1] = ways[0] + [_Row([], [])] * (2 - len(ways[0]))
    return True


MAX_WAYS = 8
"""Ways the unsure page breaks in a table's header may be read, at most: more, the table is not read."""


def _header_rows(first: int, end: int, gaps: list[int], g: int, e: int) -> list[int] | None:
    """The cells of each header row of the lines from ``first`` to ``end`` (a space under a cell's
    height apart: one cell's paragraphs), None when one shows an empty cell."""
    out = [1] if end > first else []
    for i in range(first + 1, end):
        k = gaps[i]
        j = _joins(k, g, e)
        if k < g:
            continue
        if j is None:
            out.append(1)
        elif j:
            return None
        else:
            out[-1] += 1
    return out


def _header(table: Table, first: int, end: int, gaps: list[int], g: int, e: int,
            unsure: dict[int, list[int]]) -> dict[int, int] | None:
    """The blank lines of the unsure page breaks among the header rows from ``first`` to ``end``
    under which they hold the cells the form's header rows do (those at its foot: its title may
    stand apart), when one way only does; None else. A break before its first row of values must
    close the header however it is read."""
    wanted: dict[int, int] = {}
    for cell in table.grid:
        if cell.r < table.header_rows and cell.role != "value":
            wanted[cell.r] = wanted.get(cell.r, 0) + 1
    grid = [wanted[r] for r in sorted(wanted)]
    breaks = [i for i in range(first + 1, end) if i in unsure]
    if math.prod(len(unsure[i]) for i in breaks) > MAX_WAYS:
        return None
    if end in unsure and any(k < g or _joins(k, g, e) is not None for k in unsure[end]):
        return None
    ways: dict[tuple[int, ...], dict[int, int]] = {}
    for chosen in itertools.product(*(unsure[i] for i in breaks)):
        read = list(gaps)
        for i, k in zip(breaks, chosen, strict=True):
            read[i] = k
        rows = _header_rows(first, end, read, g, e)
        if rows is not None and 0 < len(rows) <= len(grid) and grid[-len(rows):] == rows:
            # (counts that each part rows, or each join cells, are one way: the blank lines between
            # two header rows say nothing)
            how = tuple(-1 if k < g else (_joins(k, g, e) is None) for k in chosen)
            ways.setdefault(how, dict(zip(breaks, chosen, strict=True)))
    if len(ways) != 1:
        return None
    return {**next(iter(ways.values())), **({end: unsure[end][0]} if end in unsure else {})}


def _fit(table: Table, first: int, end: int, texts: list[str], gaps: list[int], g: int, e: int,
         unsure: dict[int, list[int]]) -> list[_Row] | None:
    """``rows`` when every row of ``table`` reads its form row's cell count and its header rows show
    no empty cell (rows an unsure page break cuts put as the one count of its blank lines that fits,
    or left unsure); None when a row does not fit."""
    width = _width(table)
    if width is None:
        return None
    rows = _rows(first, end, gaps, unsure, g, e)
    data = next((k for k, r in enumerate(rows) if any(stands_in_cell(texts[i]) for i in r.lines)), len(rows))
    settled = None if data == len(rows) else _header(table, first, rows[data].lines[0], gaps, g, e, unsure)
    if settled is None:
        return None
    if settled:      # the header read the one way it fits
        gaps = [settled.get(i, k) for i, k in enumerate(gaps)]
        unsure = {i: ks for i, ks in unsure.items() if i not in settled}
        rows = _rows(first, end, gaps, unsure, g, e)
        data = next(k for k, r in enumerate(rows) if any(stands_in_cell(texts[i]) for i in r.lines))
    closing: dict[int, int] = {}
    for r in rows[data:]:
        labels, held, cells = _held(r, texts)
        if not r.unsure and cells and held == width[0] and r.after is not None:
            closing[r.after] = closing.get(r.after, 0) + 1
    shape = _Shape(width[0], width[1], e, max(closing, key=lambda k: closing[k]) if closing else None)
    for r in rows[data:]:
        if not r.unsure and not _full(r, texts, shape):
            return None
    for k in range(len(rows) - 1, data, -1):
        if rows[k].cut and not _settle(rows, k, texts, shape, g, unsure):
            return None
    rows = [r for r in rows if r.lines]
    if any(not r.unsure and r.after != shape.closing for r in rows[data:-1]):
        return None      # a full row closed by more blank lines than the others: its last cells empty, read so
    for r in rows[data:]:
        labels, held, cells = _held(r, texts)
        if r.unsure and (not cells or labels > shape.labels or held > shape.values
                         or labels == 0 and shape.labels and not r.cut):
            return None      # a piece of a row: its labels and first cells, or cells after the break
    return rows


def _form(lines: list[Line]) -> Form | None:
    forms = [get_form(f) for f in available_formats()]
    return detect_format("\n".join(line.text for line in lines), forms)


def _key(rows: list[_Row], texts: list[str]) -> tuple[object, ...]:
    return tuple((tuple(_fields(r, texts)), r.after, r.unsure, r.cut) for r in rows)


def _text(row: _Row, texts: list[str], mark: str, width: int) -> list[str]:
    """The row as the copy's text held it: its cells parted by tab lines (one tab more per empty
    cell), its trailing empty cells a tab line closing it. A row an unsure page break cuts is its
    labels and ``width`` cells of ``mark``, which each reading marks otherwise (``blank_lines.agreed``
    leaves its cells unread: left out or its labels alone, it read as a row printed empty); what
    follows the break, nothing."""
    if row.unsure:
        fields = _fields(row, texts)
        labels = _split(fields)[0]
        return [] if row.cut and not labels else ["\t".join(fields[:labels] + [mark] * width)]
    out: list[str] = []
    for i, j in zip(row.lines, row.empties, strict=True):
        if out:
            out += ["", "\t" * (j + 1), ""]
        out.append(texts[i])
    if row.trailing:
        out += ["", "\t" * row.trailing]
    return out


MARKS = ("1", "2")
"""What the cells of a row an unsure page break cuts read in each of the two readings built."""


def tabbed(lines: list[Line], counts: dict[float, int], unsure: dict[float, list[int]]) -> list[list[Line]] | None:
    """``lines`` with each table of paragraph cells printed one per line turned back into its text
    (``block_cells`` then joins its rows): one reading, or two when a page break whose blank lines
    are not sure cuts a row (its cells read otherwise in each, ``MARKS``); None when no table has
    one (gap, step) that fits every row."""
    form = _form(lines)
    if form is None:
        return None
    found = regions.find(lines, form)
    tops = [min(t.top for t in line.tokens) if line.tokens else 0.0 for line in lines]
    gaps = [counts.get(top, 0) for top in tops]
    where = {i: [gaps[i] + k for k in unsure[top]] for i, top in enumerate(tops) if top in unsure}
    texts = [line.text for line in lines]
    read: list[tuple[int, int, int, list[_Row]]] = []
    spans = sorted(((*span, t) for t in form.tables if (span := found.tables.get(t.id))), key=lambda s: s[:2])
    for first, end, table in spans:
        fits: dict[tuple[object, ...], list[_Row]] = {}
        for g in GAPS:
            for e in STEPS:
                rows = _fit(table, first, end, texts, gaps, g, e, where) if end > first else None
                if rows is not None:
                    fits.setdefault(_key(rows, texts), rows)
        only = next(iter(fits.values())) if len(fits) == 1 else []
        width = _width(table)
        if width is not None and any(len(r.lines) > 1 for r in only):
            read.append((first, end, width[0], only))
    if not read:
        return None
    marks = MARKS if any(r.unsure for *_, rows in read for r in rows) else MARKS[:1]
    return [_lines(lines, read, tops, texts, mark) for mark in marks]


def _lines(lines: list[Line], read: list[tuple[int, int, int, list[_Row]]], tops: list[float], texts: list[str],
           mark: str) -> list[Line]:
    budget = Budget("PDF")
    out: list[Line] = []
    at = 0
    for first, end, width, rows in read:
        out += lines[at:first]
        for n, row in enumerate(rows):
            line = lines[row.lines[0]]
            before = 0 if n == 0 else (rows[n - 1].after or 0)
            for raw in [""] * before + _text(row, texts, mark, width):
                made = text_line(raw, tops[row.lines[0]], budget)
                if made is not None:
                    made.page = line.page
                    out.append(made)
        at = end
    out += lines[at:]
    return out
