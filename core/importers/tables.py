"""Reading one official table out of its lines: columns from positions or headers, rows by label.

Two ways in, one way out. Positioned lines (PDF words, Word/Excel/HTML grid cells) give each
number an x position: the columns are the clusters those positions form, named by the header
words above them when some column has no number at all. Text lines give cells in order: a row's
numbers are taken left to right after its label, and a table printed with fewer columns than the
form is mapped through its header (``text_rows``). Either way each printed row is then matched to the form's
rows in order (``match.align``), and every cell of the form is read, printed blank, or missing
with a reason — never filled in by guess.
"""

from __future__ import annotations

from typing import Optional

import core.importers.cut_columns as cut_columns
from core.importers.cell_words import words_in_cells
from core.importers.layout import Line
from core.importers.match import align, best_label, key, names_other
from core.importers.pdf_grid import drawn_rows, fill_unfound
from core.importers.positioned import observe_positioned
from core.importers.row_notes import bare_labels, placed_by_position, split_rows, unplaced, withdraw
from core.importers.row_repair import Observed, drop_echoes, join_split_labels, named_items, shown
from core.importers.table_spec import BLANK, Result, Spec
from core.importers.text_rows import observe_text

__all__ = ["BLANK", "Result", "Spec", "read", "header_line_index"]


# --- rows ------------------------------------------------------------------------------------------------

def _beside_labels(lines: list[Line]) -> bool:
    """Whether a PDF's lone numbers stand right of its labels, in a column of their own (a drawn
    table whose number cells print a line above their labels: 1100 above 行政处罚), not at the left
    margin where typed text, one cell per line, prints them."""
    words = [t for line in lines for t in line.tokens if t.text]
    numbers = [t for t in words if t.is_value]
    labels = [t for t in words if not t.is_value]
    return bool(numbers and labels) and min(t.x0 for t in numbers) > min(t.x1 for t in labels)


def read(lines: list[Line], spec: Spec) -> Result:
    """Every cell of ``spec`` from the lines of one table region."""
    res = Result()
    positioned = [line for line in lines if line.positional]
    # a PDF's rows read from the cells drawn around them (a table printing no number: only so)
    drawn = drawn_rows(positioned, spec) if any(line.rules for line in positioned) else []
    if len(positioned) >= 3 and not any(line.grid for line in positioned) and all(
            len(line.tokens) == 1 for line in positioned if line.values()) and not _beside_labels(positioned):
        # one cell per line printed as a column of text (a label may hold blanks: "三、本 年度办"):
        # read as text
        positioned = []
    # where the numbers stand decides: a table typed with pipes and printed to PDF has its
    # numbers on text lines, and only its wrapped labels, headings and prose on positioned ones
    values = sum(len(line.values()) for line in lines)
    texted = False
    if drawn and not values:
        rows = drawn
    elif positioned and (len(positioned) >= len(lines) / 2 or not values and any(line.grid for line in positioned)) and (
            2 * sum(len(line.values()) for line in positioned) >= values):   # (a real table printing no number: its grid)
        rows = observe_positioned(positioned, spec, res)
    else:
        rows, texted = observe_text(lines, spec, res), True
    if spec.flat:
        data = [r for r in rows if r.has_values] or [r for r in rows if r.cells] or drawn[:1]  # (or printed empty)
        if data:
            best = max(data, key=_filled)
            stacked = _stacked(best, data)
            for other in data:       # its one row printed on two lines (a cell's "12件" wrapped): one row
                taken = {j for j, v in best.cells.items() if v}
                more = {j: v for j, v in other.cells.items() if v}
                if other is not best and more and taken.isdisjoint(more):
                    best = Observed(best.label, {**best.cells, **more}, True)
            if drawn and _filled(drawn[0]) > _filled(best) and not best.unread:
                # its cells' lines place more of its numbers than where they stand; not where the
                # row was broken over a page (the next page's cells hold only its numbers' ends)
                best = drawn[0]
            rid = spec.rows[0][0]
            _put(res, spec, rid, best)
            res.found_rows.add(rid)
            for j in () if drawn and best is drawn[0] else sorted(stacked):   # (closed cells of one number each)
                cid, labels = spec.cols[j]
                res.cells.pop((rid, cid), None)
                res.missing[(rid, cid)] = (f"原文{spec.name}“{labels[0]}”列的数字分印在上下几行（一个数折行，或几个数），"
                                           "无法确定是哪个数，未读取")
        cut_columns.drop_hidden(res, spec)
        return res
    rows = words_in_cells(join_split_labels(drop_echoes(rows), spec, res.notes, res.scrambled), spec)
    heads = {key(lab) for _, labels in spec.cols for lab in labels}
    bare = bare_labels(rows, heads)
    rows = [r for r in rows if r.has_values or r.cells]      # a bare label with no cells says nothing
    last = _naming_several(rows, spec, res) if texted else {}
    pairs = [(i, j, score) for i, j, score in align([last.get(i) or r.named or r.label for i, r in enumerate(rows)],
                                                    [labels for _, labels in spec.rows])
             if not _names_another(spec, j, rows[i].named or rows[i].label)]
    matched_obs = {i for i, _, _ in pairs}
    matched_rows = {j for _, j, _ in pairs}
    for i, j, score in pairs:
        rid, labels = spec.rows[j]
        _put(res, spec, rid, rows[i])
        res.found_rows.add(rid)
        res.labels[rid] = rows[i].label
        if score < 0.97 and _is_typo(rows[i].label, labels[0]):
            res.notes.append(f"{spec.name}行名原文为“{rows[i].label}”，与格式“{labels[0]}”不同，已按该行读取")
    # Rows with numbers but no recognisable label, between matched rows: by position when the gap fits.
    # before the first matched row only rows printed without a label (or under a header word, where a
    # one-cell-per-line copy drops a blank label) are placed so
    unfit: list[int] = []
    bounds = [(-1, -1)] + sorted((i, j) for i, j, _ in pairs) + [(len(rows), len(spec.rows))]
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:], strict=False):
        obs = [i for i in range(i0 + 1, i1) if rows[i].has_values and i not in matched_obs]
        free = [j for j in range(j0 + 1, j1) if j not in matched_rows and spec.rows[j][0] not in spec.optional_rows]
        if obs and len(obs) == len(free) and (i0 >= 0 or all(not rows[i].label or key(rows[i].label) in heads
                                                             for i in obs)) \
                and not any(names_other(rows[i].label, spec.rows[j][1][0]) for i, j in zip(obs, free, strict=False)):
            for i, j in zip(obs, free, strict=False):
                rid = spec.rows[j][0]
                _put(res, spec, rid, rows[i])
                res.found_rows.add(rid)
                res.notes.append(placed_by_position(spec, rows[i], heads, spec.rows[j][1][0]))
        elif obs:
            for i in obs:
                res.notes.append(unplaced(spec, rows[i], heads, res))
                res.misfit += 1
            unfit += obs
            res.stray += [cells for i in obs
                          if (cells := [v for _, v in sorted(rows[i].cells.items()) if v] or list(rows[i].figures))]
    withdraw(res, {rows[i].label for i in unfit} - {rows[i].label for i in range(len(rows)) if i not in unfit})
    split_rows(spec, rows, pairs, set(unfit), heads, res)
    if drawn and values:
        fill_unfound(res, spec, drawn)
    for _, j, _ in align(bare, [labels for _, labels in spec.rows]) if bare else []:
        if spec.rows[j][0] not in res.found_rows:
            res.bare_rows.add(spec.rows[j][0])
    cut_columns.drop_hidden(res, spec)
    return res


def _naming_several(rows: list[Observed], spec: Spec, res: Result) -> dict[int, str]:
    """Rows with numbers whose label holds the labels of two rows of the form or more ("一、本年新收
    政府信息公开申请数量 3000003 二、上年结转政府信息公开申请数量", then 0000000: a page run together,
    wrapped by a printer or a text browser) → the last row's label. Each row's figures follow its
    label, so those after the line are the last row's; the whole label, most like the first row,
    gave them to it (二's noughts read as 一's). Text rows only: a row read by where its words stand on
    a page (labels wrapped, aligned to the cell's foot) gathers labels by place, not as a line runs."""
    out: dict[int, str] = {}
    for i, row in enumerate(rows):
        items = named_items(row.label, spec, glued=True) if row.has_values and not row.named else []
        if len(items) >= 2:
            out[i] = items[-1][1]
            res.notes.append(f"{spec.name}“{shown(row.label)}”一行含有几行的行名，其后的数值属于最后一个行名"
                             f"“{items[-1][1].strip()}”一行")
    return out


def _names_another(spec: Spec, j: int, printed: str) -> bool:
    """A row of an older form (表三's single （六）其他处理) matched by a label that is word for word
    another row's (3.其他, a sub-row replacing it, its neighbours' labels torn): that row's
    numbers, not the old row's, and the sub-rows are printed, not left out."""
    rid = spec.rows[j][0]
    if rid not in spec.optional_rows:
        return False
    k = key(printed)
    return any(k == key(lab) for other, labels in spec.rows if other != rid for lab in labels)


def _filled(row: Observed) -> int:
    return sum(1 for v in row.cells.values() if v)


def _stacked(best: Observed, data: list[Observed]) -> set[int]:
    """Columns of a one-row table that two of its lines besides the fullest print a number in: a
    number wrapped in a narrow cell ("１２" as １ over ２, the cell's other neighbours centred on
    the line between), or numbers from elsewhere. Joined only where the lines drawn round the row
    show one cell (``pdf_rows.ruled_rows``); here the first piece alone was read, 1 for 12, the
    table called sure."""
    own = {j for j, v in best.cells.items() if v}
    seen: dict[int, int] = {}
    under: set[int] = set()
    for other in data:
        more = {j for j, v in other.cells.items() if v}
        if other is not best and more and own.isdisjoint(more):
            for j in more:
                seen[j] = seen.get(j, 0) + 1
        elif other is not best:
            # (a line printing numbers under the fullest's own: the rest of numbers wrapped over
            # several lines, "１００９" one digit a line, its last line over the page; the fullest
            # line alone read 1 for 1009, the table called sure)
            under |= own & more
    return {j for j, n in seen.items() if n > 1} | under


def _is_typo(printed: str, label: str) -> bool:
    """A printed label that differs from the form's in its words, not just in spacing or numbering."""
    p, lab = key(printed), key(label)
    return bool(p) and lab not in p and best_label(printed, [label]) < 0.97


def _put(res: Result, spec: Spec, rid: str, row: Observed) -> None:
    if row.has_values:
        res.valued_rows.add(rid)
    for j, (cid, _) in enumerate(spec.cols):
        if j in row.cells:
            res.cells[(rid, cid)] = row.cells[j]
    for j, why in row.unread:
        res.cells.pop((rid, spec.cols[j][0]), None)
        res.missing[(rid, spec.cols[j][0])] = why


def header_line_index(lines: list[Line]) -> Optional[int]:
    for i, line in enumerate(lines):
        if line.values():
            return i
    return None
