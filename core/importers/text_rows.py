"""A table's rows from lines of text, for ``tables.read``: each row's cells in order after its label, a table printed
with fewer columns than the form mapped through its header, a row's blank cells told from cells cut off (a copy's
last line, a Markdown copy's empty end cells). Kept apart from reading positioned lines and from matching the rows
observed to the form's, which are the same for either way in."""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Optional

import core.importers.text_cells as text_cells
from core.importers.cell_words import blank_rows
from core.importers.every_cell_a_line import every_cell_a_line
from core.importers.layout import EMPTY_CELLS, FRAMED, GLUED, MIXED, SPACE_CELL, Line, unglued
from core.importers.match import cut_in_note
from core.importers.row_notes import CUT, said
from core.importers.row_repair import Observed, rows_start
from core.importers.table_spec import (
    BLANK,
    Result,
    Spec,
    name_slots,
    names_every_column,
    names_more_columns,
    pair_columns,
    texts_at,
)
from core.importers.text_cells import lone, merged_short, odd_cells, printed_empty, split_row, usual_gap, zeros_apart

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


def _in_a_line(line: Line) -> bool:
    """Whether the row prints its cells on one line (a space-aligned one: pdftotext -layout, w3m),
    not one cell a line (a lone 0 under its header, which the one-cell-a-line reading judges)."""
    return sum(1 for cell in line.cells if cell.strip()) >= 2


def observe_text(lines: list[Line], spec: Spec, res: Result) -> list[Observed]:
    n = len(spec.cols)
    if not spec.flat:
        lines = every_cell_a_line(lines, n) or lines   # a word processor's text: each cell of the grid a line
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
            # where the row's empty cells are (taken only when that gives the row its every column) —
            # unless the copy parts its items so, closing rows already whole (``Spec.space_parts``)
            before = spaced[-1] + [""] * (blank - usual if blank > usual else 0)
            closes = _closes_row(lines, at)
            if closes and len(before) >= n - 1:
                res.spaces_closing += 1
                # (every cell a figure: whole by what it prints, not by a line taken as a cell)
                if not spec.flat and len(before) == n and all(c.strip() for c in before):
                    res.spaces_over += 1
                elif len(before) == n - 1:
                    res.spaces_taken += 1
            spaced[-1] = before if closes and spec.space_parts else before + [""]
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
    end = text_cells.row_end(raw, spaced, trail, usual, n, [labels for _, labels in spec.cols])
    for i, (label, tail, start, line) in enumerate(raw):
        # the blank lines after a row's last number (before the next row), beyond those that close
        # every row, are its trailing empty cells; where no row shows how many close every row, only
        # a row printing no number takes them as such (its cells are empty however many they are)
        close = 0 if end is None and not any(spaced[i]) else end
        # (none where no one count of blank lines parts the cells: the blank lines then count no cell)
        full = spaced[i] + [""] * (trail[i] - usual - close
                                   if usual >= 0 and close is not None and trail[i] > usual + close else 0)
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
            texts = texts_at(header, s0, k, [labels for _, labels in spec.cols])
            pairs = pair_columns(texts, [labels for _, labels in spec.cols])
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
            return [Observed(label, {}, True, figures=tuple(c for c in cells if c))
                    for label, cells, _, _ in trimmed[first_data:] if any(cells)]
        if any(not t[3].extra.get("separated") and _in_a_line(t[3]) for t in with_values
               if len(t[1]) == k) and names_more_columns(header, k, spec):
            # the header names more columns than a row prints numbers parted by spaces: its empty cells
            # are spaces (pdftotext -layout's and w3m's columns), and their order says not which these are
            # (a row cut by tabs or pipes prints its empty cells between them)
            res.notes.append(f"{spec.name}表头列出的列多于每行印出的 {k} 个数值，空白格在转换时丢失（或只是空格），"
                             "看不出各数值所在的列，这些行未读取")
            return [Observed(label, {}, True, figures=tuple(c for c in cells if c))
                    for label, cells, _, _ in trimmed[first_data:] if any(cells)]
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


def _closes_row(lines: list[Line], at: int) -> bool:
    """Whether the line of spaces ``at`` is the last thing of its row: the next printed line is a
    label (the next row's, the next item's heading), or there is none."""
    for line in lines[at + 1:]:
        if line.extra.get(SPACE_CELL):
            return False
        if any(c.strip() for c in line.cells):
            return bool(split_row(line.cells)[0])
    return True


def _label_above_header(trimmed: list[tuple[str, list[str], int, Line]], spec: Spec, first_data: int) -> int:
    """Where the rows start: at the first line with numbers, or at a row's own label standing alone
    above the header over them ("### 行政复议", then 结果维持 … 总计, then the numbers)."""
    return rows_start([(label, any(c.strip() for c in cells), printed_empty(line))
                       for label, cells, _, line in trimmed], first_data, spec)


