"""Reading a table from positioned lines (PDF words, Word/Excel/HTML grid cells): each number has
an x position, the columns are the clusters those positions form, named by the header words above
them when some column has no number at all."""

from __future__ import annotations

import core.importers.cut_columns as cut_columns
from core.importers.cell_words import blank_rows
from core.importers.column_heads import header_texts, leaf_columns
from core.importers.drawn_cells import crossed, overlapped
from core.importers.layout import ACROSS_ROWS, SHEET, UNCOMPUTED, Line, Token
from core.importers.match import key
from core.importers.pdf_rows import (
    across_border,
    drawn_headers,
    nearest_band,
    owned_bands,
    rejoined,
    rows_printed_empty,
    ruled_rows,
    spanned,
)
from core.importers.positioned_wraps import loose_lines, wrapped_numbers, wrapped_rows
from core.importers.row_repair import Observed, naming_run
from core.importers.table_spec import BLANK, Result, Spec, name_slots


def _clusters(tokens: list[Token]) -> list[tuple[float, float]]:
    """x intervals of columns: number positions that overlap belong to one column."""
    spans = sorted((t.x0, t.x1) for t in tokens)
    out: list[list[float]] = []
    for x0, x1 in spans:
        if out and x0 < out[-1][1] - 0.01:
            out[-1][1] = max(out[-1][1], x1)
        else:
            out.append([x0, x1])
    return [(a, b) for a, b in out]


def _wide(tokens: list[Token], heads: list[Token]) -> set[int]:
    """Grid cells (ids) merged over columns other rows hold apart: a value cell spanning 自然人 and
    商业企业 in one row made one column of the two for the whole table (one of them entered blank
    in every row, the other's numbers read with the merged one). Left out of the columns, and
    unread: which of the columns its number is cannot be told. So too a cell merged over columns
    the header names apart (表四's one row, a sheet merging 本年制发件数 and 本年废止件数 in every
    row), where no row holds them apart: its columns were one, the header's second name over none
    of its numbers and entered blank. A cell under one header over several columns (2021's
    本年处理决定数量 over three) is that header's."""
    spans = {(t.x0, t.x1) for t in tokens}
    out = set()
    for t in tokens:
        inner = [(a, b) for a, b in spans if t.x0 <= a and b <= t.x1 and (a, b) != (t.x0, t.x1)]
        if inner and min(b for _, b in inner) <= max(a for a, _ in inner):
            out.add(id(t))
            continue
        named = [h for h in heads if t.x0 - 0.01 <= h.x0 and h.x1 <= t.x1 + 0.01]
        if t.text and named and min(h.x1 for h in named) <= max(h.x0 for h in named) + 0.01:
            out.add(id(t))
    return out


def _bands(tokens: list[Token]) -> list[tuple[float, float]]:
    spans = sorted((t.top, t.bottom) for t in tokens)
    out: list[list[float]] = []
    for top, bottom in spans:
        mid = (top + bottom) / 2
        if out and mid < out[-1][1]:
            out[-1][1] = max(out[-1][1], bottom)
        else:
            out.append([top, bottom])
    return [(a, b) for a, b in out]


def _vertical_letter(t: Token, tokens: list[Token]) -> bool:
    """One letter of a heading printed top to bottom (三 / 、 / 本 / 年 …): not part of a row label."""
    if len(t.text) != 1:
        return False
    h = t.bottom - t.top
    return any(o is not t and len(o.text) == 1 and abs(o.x0 - t.x0) < 2 and 0 < abs(o.top - t.top) < 2 * h
               for o in tokens)


def _grid_blanks(lines: list[Line], flat: bool) -> list[Token]:
    """A Word or web table's columns are its cells: blank ones count too (a column of 表三 left
    blank in every row is still a column, and without it the others are named wrongly). A blank
    before a row's first number counts when a header cell of its own stands over it and no row
    prints a label there (政府集中采购 with its 项目数量 blank); 表四 has no label column at all."""
    label_cols = {(t.x0, t.x1) for line in lines if line.values() for t in line.tokens if t.text and not t.is_value}
    blanks: list[Token] = []
    heads: set[tuple[float, float]] = set()
    after_values = False
    for line in lines:
        if not line.values():
            heads = (set() if after_values else heads) | {(t.x0, t.x1) for t in line.tokens if t.text}
            after_values = False
            continue
        after_values = True
        first = min(v.x0 for v in line.values())
        blanks += [t for t in line.tokens
                   if not t.text and (flat or t.x0 >= first or (t.x0, t.x1) in heads - label_cols)]
    return blanks


def _data_band(values: list[Token]) -> list[Token]:
    """A one-row table's numbers: the band holding the most of them. A number printed above the
    header (a section whose text is just "0") is prose, and taken as the table's first line it hid
    the header and shifted every column."""
    bands = _bands(values)
    a, b = max(bands, key=lambda band: sum(1 for t in values if band[0] <= t.yc <= band[1]))
    return [t for t in values if a <= t.yc <= b]


def _blank_grid(lines: list[Line], spec: Spec) -> list[Observed]:
    """The rows of a Word, Excel or web table printing no number at all: a row whose label cells
    (one, or a merged group's label and its own: 三、本年度办理结果 | （一）予以公开) are followed
    by empty cells only, or in a sheet by nothing (``_labels_alone``); for a table printed in one
    row (表四), its one row of empty cells under the header, when it has a cell for each column."""
    grid = [line for line in lines if line.grid and line.tokens]
    if spec.flat:
        n = len(spec.cols)
        after_header = False
        for line in grid:
            if any(t.text for t in line.tokens):
                after_header = True
            elif after_header and len(line.tokens) == n:
                return [Observed("", {j: BLANK for j in range(n)}, False)]
        return []
    labels = {key(lab) for _, variants in spec.rows for lab in variants}
    candidates = []
    for line in grid:
        texts = [t.text for t in line.tokens if t.text]
        lead = next((i for i, t in enumerate(line.tokens) if not t.text), len(line.tokens))
        if not texts or len(texts) != lead:
            continue                      # words after an empty cell: a header, not a row
        label = naming_run(texts, labels) or "".join(texts)
        alone = bool(line.extra.get(SHEET)) and key(label) in labels     # (a sheet's row: its label alone)
        candidates.append((label, len(line.tokens) > lead or alone))
    return blank_rows(candidates, spec)


def _blank_above(lines: list[Line], clusters: list[tuple[float, float]], col_of: dict[int, int], left: float,
                 first_top: float) -> list[Observed]:
    """Rows of a Word, Excel or web table above its first number that print their cells empty
    (规章 left blank, 行政规范性文件 below with its numbers): a label, then an empty cell in every
    column of numbers; a header line names its columns instead."""
    out = []
    for line in lines:
        if not line.grid or not line.tokens or line.tokens[0].top >= first_top:   # <tr> holding no cell
            continue
        label = "".join(t.text for t in line.tokens if t.text and t.x1 <= left)
        zone = [t for t in line.tokens if t.x0 >= left]
        if not label or not zone or any(t.text for t in zone):
            continue
        cells = {col_of[s]: BLANK for s, (x0, x1) in enumerate(clusters)
                 if s in col_of and any(x0 <= t.xc <= x1 for t in zone)}
        if cells:
            out.append(Observed(label, cells, False))
    return out


def _labels_alone(lines: list[Line], col_of: dict[int, int], left: float,
                  spec: Spec) -> list[tuple[float, Observed]]:
    """Rows of a sheet's table that print their label and nothing more (``SHEET``: a sheet keeps
    nothing of an empty cell): printed empty in every column, when the label cells left of the
    numbers name one of the form's rows. Left out, such a row was "not found" and its cells not
    read, though the sheet prints it (规章 left empty above 行政规范性文件's numbers). A label whose
    numbers stand on the sheet's next row under no label is joined to them after
    (``row_repair.join_split_labels``)."""
    labels = {key(lab) for _, variants in spec.rows for lab in variants}
    out = []
    for line in lines:
        texts = [t.text for t in line.tokens if t.text]
        if not line.extra.get(SHEET) or not texts or any(t.x1 > left for t in line.tokens if t.text):
            continue
        label = naming_run(texts, labels)
        if label is not None:
            out.append((line.tokens[0].top, Observed(label, {c: BLANK for c in col_of.values()}, False)))
    return out


def _worded(lines: list[Line], values: list[Token]) -> list[Token]:
    """A Word, Excel or web table's cells holding words in a column of numbers ("见附件", a formula
    Excel never computed), in rows with numbers, after the row's label: cells of their row, read
    as no number with the words as the reason, not as blanks. A sheet's formula left without its
    result, or its number merged down over several rows, is a number's cell wherever it stands: a
    column of them (总计 summed by ``=IF(…)`` in every row, no result saved) was no column, and
    entered blank."""
    numbered = {t.x0 for t in values}
    out = []
    for line in lines:
        formulas = {id(t) for t in line.tokens if t.text.startswith((UNCOMPUTED + "=", ACROSS_ROWS))}
        if not line.values() and not formulas:
            continue
        texts = [t for t in line.tokens if t.text and not t.is_value]
        out += [t for i, t in enumerate(texts) if id(t) in formulas or i and t.x0 in numbered]
    return out


def observe_positioned(lines: list[Line], spec: Spec, res: Result) -> list[Observed]:
    tokens = [t for line in lines for t in line.tokens]
    grid = any(line.grid for line in lines)
    values = [t for t in tokens if t.text and t.is_value]
    if not values:
        return _blank_grid(lines, spec)
    if spec.flat and not grid:
        values = _data_band(values)
    crossing = set() if grid else crossed(values, lines)       # (a number across a drawn border)
    clusters = _clusters([t for t in values if id(t) not in crossing] or values)
    worded = _worded(lines, values) if grid else []
    wide: set[int] = set()
    merged_cells: list[Token] = []
    if grid:
        pool = values + _grid_blanks(lines, spec.flat) + worded
        first = min(t.top for t in values)
        wide = _wide(pool, [t for t in tokens if t.text and not t.is_value and t.bottom <= first + 0.01])
        merged_cells = [t for t in pool if id(t) in wide and t.text]
        # the grid columns under a merged cell stay columns (their header names them), unread
        units = [Token("", c, c + 1, t.top, t.bottom) for t in merged_cells for c in range(round(t.x0), round(t.x1))]
        clusters = _clusters([t for t in pool if id(t) not in wide] + units)
    left = min(a for a, _ in clusters)
    in_zone = [t for t in tokens if t.xc >= left - 0.5 and (t.is_value or (grid and not t.text))]
    bands = _bands([t for t in in_zone if t.text] or in_zone)
    if grid:
        bands = _bands(in_zone)
    first_top = min(t.top for t in values)
    header = [t for t in tokens if t.text and not t.is_value and t.xc >= left - 1 and t.bottom <= first_top + 0.5]
    leaf = leaf_columns(tokens, first_top) if spec.flat and not grid and len(clusters) != len(spec.cols) else []
    if len(leaf) == len(spec.cols):
        clusters = leaf
        left = min(a for a, _ in clusters)
        in_zone = [t for t in tokens if t.xc >= left - 0.5 and t.is_value]
        texts = [lab[0] for _, lab in spec.cols]
    else:
        texts = (None if grid else drawn_headers(lines, clusters, header, values)) or \
            header_texts(clusters, header, spec.flat, grid)
    mapping = name_slots(spec, texts, res, "列")
    col_of = {s: c for s, c in mapping.items()}
    edge = None if grid else cut_columns.cut_edge(lines, tokens)
    if edge is not None:
        res.cut_cols = cut_columns.hidden_columns(lines, tokens, clusters, col_of, len(spec.cols), edge)
    if len(col_of) == len(clusters):
        res.absent_cols = [cid for j, (cid, _) in enumerate(spec.cols) if j not in col_of.values()]
    else:
        res.notes.append(f"{spec.name}有 {len(clusters) - len(col_of)} 列数值无法根据表头确定所在列，未读取")
    tol, window, reach = (0.01, 0.0, 0.0) if grid else (2.0, 40.0, 12.0)
    labels = [t for t in tokens if t.text and not t.is_value and t.x1 <= left + tol and t.top >= first_top - window
              and not (not grid and _vertical_letter(t, tokens))]
    if not grid:
        ruled = ruled_rows(lines, [t for t in tokens if t.text], clusters, col_of, left, spec)
        if ruled is not None:
            return ruled
        wraps = wrapped_numbers([t for t in in_zone if t.text], [t for t in tokens if t.text], clusters)
        if wraps:
            gone = {id(p) for w in wraps for p in w.pieces}
            in_zone = [t for t in in_zone if id(t) not in gone] + [w.token for w in wraps]
            bands = _bands([t for t in in_zone if t.text])
        bands = spanned(bands, labels, [t for t in in_zone if t.text], clusters)
    else:
        wraps = []
    rows: list[Observed] = _blank_above(lines, clusters, col_of, left, first_top) if grid else []
    pieced = {id(w.token) for w in wraps}
    by_band: dict[int, list[Token]] = {i: [] for i in range(len(bands))}
    nearest = {id(t): nearest_band(t, bands) for t in labels}
    pitch = (bands[-1][1] - bands[0][0]) / max(1, len(bands) - 1) if len(bands) > 1 else 30.0
    empty = [] if grid else rows_printed_empty(labels, nearest, owned_bands(labels, nearest, spec), spec)
    placed: list[tuple[float, Observed]] = [(line[0].top, Observed("".join(t.text for t in line),
                                                                   {c: BLANK for c in col_of.values()}, False))
                                            for line in empty]
    if grid:
        placed += _labels_alone(lines, col_of, left, spec)
    in_empty = {id(t) for line in empty for t in line}
    for t in labels:
        best, dist = nearest[id(t)]
        if id(t) in in_empty:
            continue
        if best >= 0 and (dist < 0 or (not grid and dist <= max(pitch, reach))):
            by_band[best].append(t)
    for i, (a, b) in enumerate(bands):
        cells: dict[int, str] = {}
        unread: list[tuple[int, str]] = []
        label = "".join(t.text for t in sorted(by_band[i], key=lambda t: (round(t.top), t.x0)))
        for s, (x0, x1) in enumerate(clusters):
            if s not in col_of:
                continue
            pad = 0.0 if grid else 0.5
            hit = [t for t in in_zone + worded if t.text and a <= t.yc <= b and x0 - pad <= t.xc <= x1 + pad
                   and id(t) not in wide and id(t) not in crossing]
            # two cells of a grid row in one column (a value cell merged over two columns elsewhere
            # joined their columns): two numbers, never the one their digits make (23 and 0 read 230)
            joint = "、" if grid and sum(1 for t in hit if t.is_value) > 1 else ""
            cells[col_of[s]] = joint.join(t.text for t in sorted(hit, key=lambda t: t.x0))
            astride = [t.text for t in values if id(t) in crossing and a <= t.yc <= b and s in overlapped(t, clusters)]
            if astride:
                del cells[col_of[s]]
                unread.append((col_of[s], across_border(spec, label, col_of[s], astride[0])))
            elif any(id(t) in pieced for t in hit):
                # (a number in pieces one under the other, no line drawn to prove them one cell's)
                del cells[col_of[s]]
                unread.append((col_of[s], f"原文{spec.name}“{label}”一行“{spec.cols[col_of[s]][1][0]}”格的数字分印"
                                          "在上下几行（一个数在格内折行，或几个数），没有表格线可以确认，无法确定是哪个数，未读取"))
        merged = _under_merged(merged_cells, (a, b), clusters, col_of)
        if merged:
            # the columns a merged number covers are not read: printed blank they are not, and
            # which of them the number is cannot be told
            cells = {j: text for j, text in cells.items() if j not in merged}
            res.notes.append(f"{spec.name}“{label}”一行的数值印在跨几列的合并单元格中，看不出属于哪一列，这几列未读取")
        if _unplaced_in(in_zone, (a, b), clusters, col_of):
            # a number of the row stands in a column the header cannot name: it may be any of the
            # cells that look empty, so none of them is read as printed blank
            cells = {j: text for j, text in cells.items() if text}
        has = any(cells.values()) or bool(unread)
        if has or label:
            placed.append((a, Observed(label, cells, has, unread=tuple(unread))))
    if grid:
        return rows + [row for _, row in sorted(placed, key=lambda p: p[0])]
    used = in_empty | {id(t) for words in by_band.values() for t in words}
    loose = loose_lines([t for t in tokens if t.text and not t.is_value and t.x1 <= left + tol and id(t) not in used
                          and t.top >= max((h.bottom for h in header), default=-1e9) and not _vertical_letter(t, tokens)])
    rows += wrapped_rows(placed, loose, spec, res)
    return rejoined(rows, spec, res)


def _under_merged(merged: list[Token], band: tuple[float, float], clusters: list[tuple[float, float]],
                  col_of: dict[int, int]) -> set[int]:
    """The columns (spec indexes) a cell of the band merged over several of them covers."""
    a, b = band
    return {col_of[s] for t in merged if a <= t.yc <= b
            for s, (x0, x1) in enumerate(clusters) if s in col_of and t.x0 - 0.01 <= (x0 + x1) / 2 <= t.x1 + 0.01}


def _unplaced_in(tokens: list[Token], band: tuple[float, float], clusters: list[tuple[float, float]],
                 col_of: dict[int, int]) -> bool:
    """Whether the band prints a number in a column no header names."""
    a, b = band
    return any(t.text and t.is_value and a <= t.yc <= b and x0 - 0.5 <= t.xc <= x1 + 0.5
               for s, (x0, x1) in enumerate(clusters) if s not in col_of for t in tokens)
