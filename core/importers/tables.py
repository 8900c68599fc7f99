"""Reading one official table out of its lines: columns from positions or headers, rows by label.

Two ways in, one way out. Positioned lines (PDF words, Word/Excel/HTML grid cells) give each
number an x position: the columns are the clusters those positions form, named by the header
words above them when some column has no number at all. Text lines give cells in order: a row's
numbers are taken left to right after its label, and a table printed with fewer columns than the
form is mapped through its header. Either way each printed row is then matched to the form's
rows in order (``match.align``), and every cell of the form is read, printed blank, or missing
with a reason — never filled in by guess.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Optional

import core.importers.cut_columns as cut_columns
import core.importers.text_cells as text_cells
from core.importers.cell_words import blank_rows, words_in_cells
from core.importers.layout import EMPTY_CELLS, FRAMED, GLUED, MIXED, SPACE_CELL, Line, unglued
from core.importers.match import align, best_label, cut_in_note, key, names_other
from core.importers.pdf_grid import drawn_rows, fill_unfound
from core.importers.positioned import observe_positioned
from core.importers.row_notes import CUT, bare_labels, placed_by_position, said, split_rows, unplaced, withdraw
from core.importers.row_repair import Observed, drop_echoes, join_split_labels, rows_start
from core.importers.table_spec import BLANK, Result, Spec, name_slots, names_every_column, texts_at
from core.importers.text_cells import lone, merged_short, odd_cells, printed_empty, split_row, usual_gap, zeros_apart

__all__ = ["BLANK", "LAST", "Result", "Spec", "read", "header_line_index"]
LAST = "last"
"""``Line.extra`` key of a copy's very last line when it is a lone number (``build`` marks it)."""


# --- text cells -------------------------------------------------------------------------------------------

def _holes_before(raw: list[tuple[str, list[str], int, Line]], trimmed: list[tuple[str, list[str], int, Line]],
                  n: int) -> None:
    """A row one cell too long with an empty cell at each end (a Markdown copy keeps a merged label
    cell as an empty one: | 三、本年度办理结果 | （一）予以公开 |  | 258 | … |  |): the empty cell
    dropped is the one before its numbers when that puts them where the table's other rows put
    theirs, not the last (which is then its 总计, printed blank)."""
    starts = Counter(t[2] for t in trimmed if len(t[1]) == n and any(t[1]))
    if not starts:
        return
    common = max(starts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    for i, (label, tail, start, line) in enumerate(raw):
        if len(tail) == n + 1 and tail[0] == "" and tail[-1] == "" and start + 1 == common and trimmed[i][2] == start:
            trimmed[i] = (label, tail[1:], start + 1, line)


def observe_text(lines: list[Line], spec: Spec, res: Result) -> list[Observed]:
    n = len(spec.cols)
    raw: list[tuple[str, list[str], int, Line]] = []
    spaced: list[list[str]] = []
    """Each row's cells with an empty cell for every blank line beyond the usual between cells."""
    usual, blank = usual_gap(lines), 0
    cut: Optional[int] = None
    """The row the copy's very last line belongs to (a page cut short may end on the next row's 2 or 20)."""
    trail: list[int] = []
    """Blank lines after each row, before the next: a row printing its cells empty shows one per cell."""
    odd = odd_cells(lines, n)
    # (the copy's last line is not: a copy cut short may stop inside a row, after its first figure)
    astray = set() if spec.flat else {i for i in text_cells.figures_astray(lines, n) if not lines[i].extra.get(LAST)}
    for at, line in enumerate(lines):
        cells = line.cells
        if at in astray:
            res.stray.append([line.cells[0]])
            if not text_cells.set_apart(lines, at):
                res.moved.append(line.cells[0])
            res.notes.append(f"{spec.name}中的数字“{line.cells[0]}”单独印在一行，而表格各行的数字都在“|”之间，"
                             "它不属于上下任何一行（转换时移出了原来的单元格），未读取")
            continue
        if line.extra.get(SPACE_CELL) and raw and usual >= 1:
            # a cell printed empty ("&nbsp;") among cells parted by empty lines: one cell, counted
            # where the row's empty cells are (taken only when that gives the row its every column)
            spaced[-1] += [""] * (blank - usual if blank > usual else 0) + [""]
            trail[-1], blank = blank, 0
            continue
        if not any(c.strip() for c in cells):
            blank += 1
            continue                         # a blank line between copied cells ends nothing
        gap, blank = blank, 0
        if trail:
            trail[-1] = gap
        if at in odd:
            glued = None                     # a cell among the row's numbers (not read: it is no number)
            cells = [lone(line) or ""]
            label, tail = "", list(cells)
        else:
            glued = unglued(cells)           # a PDF's line (a text line was split when read)
            label, tail = (glued[0], [glued[1]]) if glued else split_row(cells)
            if not glued and text_cells.words_after_number(cells):
                line = dataclasses.replace(line, extra={**line.extra, MIXED: label})   # (not read)
            if line.extra.get(LAST) and len(cells) == 1 and cut_in_note(cells[0]):
                label, tail = "", list(cells)   # the copy ends inside a cell's note: a cell, not a label
        if label and len(tail) == 1 and text_cells.is_run(tail[0], glued is not None or bool(line.extra.get(GLUED))):
            split = text_cells.split_run(tail[0], n)
            if split is None:
                line = dataclasses.replace(line, extra={**line.extra, text_cells.RUN: tail[0]})
            tail = split or tail
        if label and 0 < len(tail) < n:
            tail = zeros_apart(tail, n)
        if not label and raw and len([c for c in tail if c]) == len(tail) and len(tail) == 1 and len(cells) == 1 \
                and (spec.flat or len(raw[-1][1]) < n):     # (a row with its every cell: a page number after it)
            prev = raw[-1]
            if not prev[1] and prev[0] and text_cells.is_run(tail[0], False):
                # the row's cells, their separators lost, on the line under its label (0000000)
                split = text_cells.split_run(tail[0], n)
                if split is None:
                    prev = (prev[0], prev[1], prev[2], dataclasses.replace(prev[3], extra={**prev[3].extra, text_cells.RUN: tail[0]}))
                tail = split or tail
            raw[-1] = (prev[0], prev[1] + tail, prev[2], prev[3])  # one cell per line
            # a blank line beyond the usual, and a lone pipe opening the line ("| 25 |" after "|" lines),
            # each stand for an empty cell
            spaced[-1] += [""] * ((gap - usual if usual >= 0 else 0) + (1 if line.extra.get(FRAMED) else 0)) + tail
            if line.extra.get(LAST):
                cut = len(raw) - 1
            continue
        start = len(cells) - len(tail)
        raw.append((label, tail, start, line))
        spaced.append(list(tail))
        trail.append(blank)
        if line.extra.get(LAST):
            cut = len(raw) - 1
    if trail:
        trail[-1] = blank
    if cut is not None and not spec.flat and len(raw[cut][1]) == n + 1 and raw[cut][3].extra.get(LAST) is None:
        label, tail, start, line = raw[cut]
        res.notes.append(f"{spec.name}“{label}”一行后的“{tail[-1]}”是原文的最后一行，像是截断的下一行的开头，未计入该行")
        raw[cut] = (label, tail[:-1], start, line)
    blank_by_gap: set[int] = set()
    end = text_cells.row_end(raw, spaced, trail, usual, n, spec.cols[-1][1])
    for i, (label, tail, start, line) in enumerate(raw):
        # the blank lines after a row's last number (before the next row), beyond those that close
        # every row, are its trailing empty cells; where no row shows how many close every row, only
        # a row printing no number takes them as such (its cells are empty however many they are)
        close = 0 if end is None and not any(spaced[i]) else end
        full = spaced[i] + [""] * (trail[i] - usual - close if close is not None and trail[i] > usual + close else 0)
        if label and len(tail) < n and len(spaced[i]) == n:
            # 一、本年新收… then six empty cells and 0 (总计): one blank line more per empty cell
            raw[i] = (label, spaced[i], start, line)
            if not any(spaced[i]):
                blank_by_gap.add(i)                     # 行政许可, then three cells of "&nbsp;"
        elif label and len(tail) < n and len(full) == n:
            if any(full):
                raw[i] = (label, full, start, line)    # (一)予以公开 4, then six empty cells
            else:
                blank_by_gap.add(i)                     # 二、上年结转…, then seven empty cells
    trimmed = []
    for label, tail, start, line in raw:
        cells, lead = text_cells.trim_cells(tail, n)
        trimmed.append((label, cells, start + lead, line))
    _holes_before(raw, trimmed, n)
    with_values = [t for t in trimmed if any(t[1])]
    if not with_values:
        return blank_rows([(label, line.grid or (len(line.cells) > 1 and not line.positional) or bool(line.extra.get(EMPTY_CELLS))
                            or i in blank_by_gap) for i, (label, _, _, line) in enumerate(trimmed)], spec)
    # the row a cut copy ends in says nothing of how many numbers a row prints
    counts = Counter(len(t[1]) for i, t in enumerate(trimmed) if any(t[1]) and i != cut
                     and not t[3].extra.get(MIXED) and not merged_short(t[3], t[1], n)) or Counter({n: 1})
    k = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    lost = not spec.flat and len({c for c in counts if c < n}) > 1
    """Rows print different numbers of cells, fewer than the columns (1 here, 2 there, of 7): the copy
    lost its empty cells, so where each number stands is not printed; a table printed with fewer
    columns prints the same few in every row."""
    if lost:
        res.notes.append(f"{spec.name}各行印出的数值个数不一（{'、'.join(map(str, sorted(c for c in counts if c < n)))} 个，"
                         f"表格有 {n} 列），空白格在复制时丢失，看不出各数值所在的列，这些行未读取")
    if spec.flat:
        k = max(counts)
    for idx, (label, cells, start, line) in enumerate(trimmed):
        lead = 0
        while len(cells) > k and cells and cells[0] == "":
            cells = cells[1:]
            lead += 1
        trimmed[idx] = (label, cells, start + lead, line)
    mapping: dict[int, int]
    if spec.flat and k < n:
        res.notes.append(f"{spec.name}只读到 {k} 个数值（应为 {n} 个），空白格在复制时丢失，无法确定各数值所在的列，未读取")
        return []
    if k >= n:
        mapping = {i: i for i in range(n)}
        k = n
    else:
        first_data = next((i for i, t in enumerate(trimmed) if any(t[1])), 0)
        header = [t[3] for t in trimmed[:first_data]]
        starts = {t[2] + d for t in with_values if len(t[1]) == k for d in (-1, 0, 1)}
        best: tuple[float, list[str]] = (-1.0, [""] * k)
        for s0 in sorted(starts):
            texts = texts_at(header, s0, k)
            pairs = align(texts, [labels for _, labels in spec.cols])
            named = {i for i, _, _ in pairs}
            score = sum(sc for _, _, sc in pairs) - 0.1 * sum(1 for i, t in enumerate(texts) if t and i not in named)
            if score > best[0]:
                best = (score, texts)
        mapping = name_slots(spec, best[1], res, "")
        if names_every_column(header, spec):
            # one cell per line: the header names all n columns and the rows print k of them; which
            # columns they are cannot be told from where the cells stand (政府集中采购 then one 0)
            res.notes.append(f"{spec.name}表头有 {n} 列，而每行只印了 {k} 个数值，且各数值单独成行、看不出所在的列，"
                             "这些行未读取")
            return [Observed(label, {}, True) for label, cells, _, _ in trimmed[first_data:] if any(cells)]
    if len(mapping) == k and not lost:
        res.absent_cols = [cid for j, (cid, _) in enumerate(spec.cols) if j not in mapping.values()]
    elif not lost:
        res.notes.append(f"{spec.name}每行印有 {k} 个数值，少于表格的 {n} 列，且表头无法说明各是哪一列；无法确定的列未读取")
    rows = []
    first_data = _label_above_header(trimmed, spec, next((i for i, t in enumerate(trimmed) if any(t[1])), len(trimmed)))
    for i, (label, cells, _start, line) in enumerate(trimmed):
        if i < first_data:
            continue
        out: dict[int, str] = {}
        if line.extra.get(text_cells.RUN) and any(cells):
            res.notes.append(f"{spec.name}“{label}”一行的数字连在一起（{line.extra[text_cells.RUN]}），无法确定如何分列，该行未读取")
            rows.append(Observed(label, {}, True))
            continue
        if line.extra.get(MIXED) and any(cells):
            res.notes.append(f"{spec.name}“{label}”一行的数字间夹有不是数字的字符，各数值所在的列无法确定，该行未读取")
            rows.append(Observed(label, {}, True))
            continue
        if merged_short(line, cells, n):
            res.misfit += merged_short(line, cells, n)
            res.notes.append(f"{spec.name}“{label}”一行的数值印在跨几列的合并单元格中，看不出属于哪一列，该行未读取")
            rows.append(Observed(label, {}, True))
            continue
        if line.extra.get("unsure") and any(cells):
            res.notes.append(f"{spec.name}“{label}”一行按制表位排列，“{line.extra['unsure']}”后的空白格数无法确定，"
                             "该行未读取")
            rows.append(Observed(label, {}, True))
            continue
        if len(cells) > n:
            res.notes.append(f"{spec.name}“{label}”一行有 {len(cells)} 个数值，多于表格的 {n} 列，该行未读取")
            res.misfit += len(cells) - n
            rows.append(Observed(label, {}, True))
            continue
        if lost and 0 < len(cells) < n and any(cells):
            rows.append(Observed(label, {}, True))
            continue
        use = mapping if len(cells) <= k else {i: i for i in range(n)}
        for s, text in enumerate(cells):
            if s in use:
                out[use[s]] = text
        if spec.flat and 0 < len(cells) < n:
            res.notes.append(f"{spec.name}只读到 {len(cells)} 个数值（应为 {n} 个），无法确定各数值所在的列，未读取")
            rows.append(Observed(label, {}, True))
            continue
        if 0 < len(cells) < k and any(cells) and i == cut:
            said(res, label, f"{spec.name}“{label or '（无行名）'}”一行在原文的末尾只印了 {len(cells)} 个数值，"
                              f"{CUT}，其余各列未读取")
        elif 0 < len(cells) < k and any(cells) and not text_cells.columns_printed(line, cells, _start, k):
            said(res, label, f"{spec.name}“{label or '（无行名）'}”一行只印了 {len(cells)} 个数值，而表中各行印有 {k} 个，"
                             "原文没有标出空白格在哪几列（复制时可能丢失了中间的空白格），看不出各数值所在的列，该行未读取")
            rows.append(Observed(label, {}, True, figures=tuple(c for c in cells if c)))
            continue
        elif 0 < len(cells) < k and any(cells):
            for s in range(len(cells), k):
                if s in use:
                    out[use[s]] = BLANK
            said(res, label, f"{spec.name}“{label or '（无行名）'}”一行只印了 {len(cells)} 个数值，其后各格印为空白，"
                             "按所在的列录入")
        cut_after_label = i == cut and not cells and not line.grid and not line.extra.get(EMPTY_CELLS)
        if not any(cells) and label and not cut_after_label \
                and (cells or line.grid or line.extra.get("separated") or i in blank_by_gap):
            # cells printed empty; a bare label on a line of its own printed none, and is not read; nor
            # is the copy's last line, a label closed by its pipe ("其他对外管理服务事项 |"): cut off there
            out = {use[s]: BLANK for s in range(k) if s in use}
        shown = bool(out) and not any(cells) and bool(line.grid or line.extra.get(EMPTY_CELLS) or len(line.cells) > 1)
        rows.append(Observed(label, out, any(cells), shown_empty=shown))
    return rows


def _label_above_header(trimmed: list[tuple[str, list[str], int, Line]], spec: Spec, first_data: int) -> int:
    """Where the rows start: at the first line with numbers, or at a row's own label standing alone
    above the header over them ("### 行政复议", then 结果维持 … 总计, then the numbers)."""
    return rows_start([(label, any(c.strip() for c in cells), printed_empty(line))
                       for label, cells, _, line in trimmed], first_data, spec)


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
    if drawn and not values:
        rows = drawn
    elif positioned and (len(positioned) >= len(lines) / 2 or not values and any(line.grid for line in positioned)) and (
            2 * sum(len(line.values()) for line in positioned) >= values):   # (a real table printing no number: its grid)
        rows = observe_positioned(positioned, spec, res)
    else:
        rows = observe_text(lines, spec, res)
    if spec.flat:
        data = [r for r in rows if r.has_values] or [r for r in rows if r.cells] or drawn[:1]  # (or printed empty)
        if data:
            best = max(data, key=_filled)
            for other in data:       # its one row printed on two lines (a cell's "12件" wrapped): one row
                taken = {j for j, v in best.cells.items() if v}
                more = {j: v for j, v in other.cells.items() if v}
                if other is not best and more and taken.isdisjoint(more):
                    best = Observed(best.label, {**best.cells, **more}, True)
            if drawn and _filled(drawn[0]) > _filled(best):
                best = drawn[0]      # its cells' lines place more of its numbers than where they stand
            rid = spec.rows[0][0]
            _put(res, spec, rid, best)
            res.found_rows.add(rid)
        cut_columns.drop_hidden(res, spec)
        return res
    rows = words_in_cells(join_split_labels(drop_echoes(rows), spec, res.notes, res.scrambled), spec)
    heads = {key(lab) for _, labels in spec.cols for lab in labels}
    bare = bare_labels(rows, heads)
    rows = [r for r in rows if r.has_values or r.cells]      # a bare label with no cells says nothing
    pairs = align([r.named or r.label for r in rows], [labels for _, labels in spec.rows])
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


def _filled(row: Observed) -> int:
    return sum(1 for v in row.cells.values() if v)


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


def header_line_index(lines: list[Line]) -> Optional[int]:
    for i, line in enumerate(lines):
        if line.values():
            return i
    return None
