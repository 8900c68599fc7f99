"""A page whose text ran together, split back at the form's own words.

A crawler's or a browser's plain copy can hold a whole report on one line, each table's numbers
written without a separator ("规章000行政规范性文件8855698…一、本年新收政府信息公开申请数量 713000074").
The line is cut before every heading, table title, row label and header word the template prints;
a row's run of digits is split into its columns only where one split alone is right — each digit a
column when there are as many digits as columns, or the split the form's sums allow — the row's own
total (表三: 71+3+0+0+0+0 = 74), then the table's (core/importers/run_split.py). A run the sums leave
open (表二's 8855698, three columns and no total) is not guessed: the row's cells are marked not read,
and the log says why.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Optional

import core.importers.flat_text as flat_text
import core.importers.run_split as run_split
import core.importers.text_cells as text_cells
from core.forms import Form, Table
from core.importers.heading_words import section_headings
from core.importers.layout import GLUED, Line, Token
from core.importers.match import col_labels, row_labels, similarity
from core.importers.run_split import Budget, agreed, candidates, printed_in_one_row, resolve, row_slots, sums
from core.importers.unit_cells import unit_cells

MIN_LENGTH = 300
"""A line this long holding several of the form's labels is a page that ran together."""
_TRAILING = re.compile(r"^(.*?[^\d\s.\-+])\s*(" + flat_text.NUMBER + r"(?:\s+" + flat_text.NUMBER + r")*)$")
FUZZY = 0.75
_MEASURE = re.compile(r"[件起个项条次人份家户年月日号天]")
"""A number followed by one of these is prose (行政复议1起), never a run of a table's cells."""


Marker = tuple[Optional[Table], Optional[str]]
"""What a printed word says: the table it belongs to (None when several or none) and the row it
labels (None for a heading, a title or a header word)."""


def _markers(form: Form) -> list[tuple[str, Marker]]:
    owners: dict[str, set[str]] = {}
    out: dict[str, Marker] = {}
    for heading in section_headings(form):
        owners.setdefault(heading, set())
    for t in form.tables:
        words = [t.title] + [g.text for g in t.grid if g.text] + [r.group for r in t.rows if r.group]
        for w in words:
            owners.setdefault(w, set()).add(t.id)
    tables = {t.id: t for t in form.tables}
    for w, ids in owners.items():
        out[w] = (tables[next(iter(ids))] if len(ids) == 1 else None, None)
    for t in form.tables:
        for r in t.rows:
            for label in (*r.aliases, r.label):
                out[label] = (t, r.id)
    for word, marker in list(out.items()):
        out.setdefault(word.translate(flat_text.HALF_WIDTH), marker)   # 第二十条第(八)项, as many pages print it
    return sorted(out.items(), key=lambda kv: -len(kv[0]))


@dataclass
class Unsplit:
    """A row whose run the form's sums leave open: the splits still possible (none listed when
    there are none or too many), for the report's own words to settle (core/importers/settle.py)."""

    name: str
    run: str
    slots: list[str]
    options: list[list[str]]
    partly: bool = False
    """Some of the row's cells were read (every split agrees on them): ``slots`` are the others."""


@dataclass
class _Segment:
    """A stretch of a run-together line: a label of the form (``marked``) and what follows it, or
    other words; ``rid`` set when it is a row of ``table`` (by its label, or told by likeness)."""

    label: str
    rest: str
    table: Optional[Table]
    rid: Optional[str]
    marked: bool
    printed: str = ""
    """The label as the page prints it (the form's word is matched with its brackets half-width)."""
    at: int = -1
    """Where ``rest`` starts in the line's text."""


@dataclass
class _Run:
    """A row (or a one-row table) printed in a run-together line, waiting for its table's sums."""

    at: int
    table: Table
    rid: Optional[str]
    label: str
    run: str
    values: list[str] = field(default_factory=list)
    """The numbers as printed, when they were apart already (one per cell)."""
    shown: str = ""
    """The run as the page prints it ("1400000 14"), for the clerk to find it there."""


def _line(cells: list[str], top: int) -> Line:
    return Line([Token(c, j, j + 1, top, top + 1) for j, c in enumerate(cells)], positional=False)


def _resolve(form: Form, runs: list[_Run], out: list[Line], notes: list[str], unsplit: list[Unsplit],
             budget: Budget) -> None:
    """Each waiting row split by its table's sums, or marked not read with the reason."""
    by_table: dict[str, list[_Run]] = {}
    for r in runs:
        by_table.setdefault(r.table.id, []).append(r)
    for group in by_table.values():
        table = group[0].table
        rules = sums(form, table)
        rows = []
        for r in group:
            slots = row_slots(table, r.rid)
            if r.values:
                options = [r.values] if all(v.lstrip("-+").isdigit() for v in r.values) else None
            else:
                signed = {a for a in slots if form.kind_of(a) == "change"}
                options = candidates(r.run, slots, rules, budget, signed)
            rows.append((slots, options))
        legacy = {table.address(row.id, c.id) for row in table.rows if row.legacy for c in table.cols}
        absent: Callable[[str], Optional[int]] = lambda a: 0 if a in legacy else None   # noqa: E731
        chosen = resolve(rows, rules, absent, budget)
        for r, (slots, options), split in zip(group, rows, chosen, strict=True):
            # the form's own label, as the clerk sees the row in the editor, not the page's half-width (七)
            label = table.row(r.rid).label if r.rid else r.label
            name = f"{table.name}“{label}”" if label else table.name
            if r.values:
                continue
            if split is None and (cols := run_split.by_columns(form, r.run, slots, [s for s, _ in rows], chosen, absent)):
                split = cols
                notes.append(f"{name}一行的数字连在一起（{r.shown or r.run}），{run_split.columns_note(cols)}")
            elif split is None:
                split = _partly(table, name, r.shown or r.run, slots, options or [], unsplit, notes)
            elif len(r.run) != len(slots):
                own = any(set(x.reads) <= set(slots) for x in rules)
                how = ("本表的勾稽关系（各行合计与各列总计）" if options is None or len(options) > 1 else
                       "各列之和等于合计" if own else "唯一的分法（数字不以 0 开头）")
                notes.append(f"{name}一行的数字连在一起（{r.shown or r.run}），按{how}分为 {' '.join(split)}，请核对")
            out[r.at] = _line(([r.label] if r.label else []) + split, r.at)


def _partly(table: Table, name: str, run: str, slots: list[str], options: list[list[str]],
            unsplit: list[Unsplit], notes: list[str]) -> list[str]:
    """A row the sums leave open: its cells every split agrees on (行政许可 88-720: 上一年项目数量 88,
    whether the rest is -72 0 or -7 20), the others "—" and left to the report's words."""
    sure = agreed(options)
    open_at = [i for i, v in enumerate(sure) if v is None] if sure else list(range(len(slots)))
    kept = list(dict.fromkeys(tuple(o[i] for i in open_at) for o in options))
    unsplit.append(Unsplit(name, run, [slots[i] for i in open_at], [list(o) for o in kept], len(open_at) < len(slots)))
    if len(open_at) < len(slots):
        labels = {table.address(row.id, c.id): c.label for row in table.rows for c in table.cols}
        said = "、".join(f"{labels.get(a, a)} {v or '（空白）'}" for a, v in zip(slots, sure, strict=True) if v is not None)
        notes.append(f"{name}一行的数字连在一起（{run}），无论如何分列都是 {said}，已读取；其余单元格无法确定，未读取")
    return [v if v is not None else "—" for v in sure] if sure else ["—"] * len(slots)


def _holds_rows(squeezed: str, markers: list[tuple[str, Marker]]) -> bool:
    """Five of the form's row labels or more in a line (its ``_squeezed`` text): a copy ran together."""
    return sum(1 for m, (_, rid) in markers if rid and flat_text.normal(m) in squeezed) >= 5


def ran_together(form: Form) -> Callable[[str], bool]:
    """Whether a text is what a copy of a report on ``form`` ran together (long, and holding its
    rows' labels): the test ``unflatten`` cuts a line by, for a paragraph a page wrapped."""
    markers = _markers(form)
    return lambda text: len(text) >= MIN_LENGTH and _holds_rows(flat_text.squeezed(text)[0], markers)


def _words(out: list[Line], text: str) -> None:
    """Words of the page, kept in one line with the words just before them, so a sentence the form's
    labels cut ("废止|行政规范性文件|5件") reads as one sentence again."""
    if out and out[-1].extra.get("words"):
        out[-1] = _line([out[-1].text + text], int(out[-1].tokens[0].top))
    else:
        out.append(_line([text], len(out)))
    out[-1].extra["words"] = "1"


def _in_sentence(out: list[Line], word: str, headings: set[str]) -> bool:
    """A header word of a table (其他, 行政诉讼) with words of the page just before it and words after
    it: the page's sentence (…科教文体卫生类24条、其他应主动公开的政府信息94条), not a table's header,
    whose words are followed by other header words or rows. Cut onto a line of its own, it broke the
    sentence into three paragraphs, and a heading holding it (四、…行政复议与行政诉讼情况) in two."""
    return word not in headings and bool(out) and bool(out[-1].extra.get("words"))


_ITEM_CUT = re.compile(r"(?<=\d)(?=\d[.、．][\u3400-\u9fff])")


def _free_pieces(table: Optional[Table], text: str) -> list[tuple[str, str, Optional[str]]]:
    """Text no label of the form starts, cut where a run of numbers meets the next item's numbering
    (…申请0000000|2.申请人…): (label, numbers, row id) for a piece that is one of ``table``'s rows
    printed a little differently, (text, "", None) for anything else."""
    out: list[tuple[str, str, Optional[str]]] = []
    for piece in _ITEM_CUT.split(text):
        piece = piece.strip()
        if piece:
            fuzzy = _fuzzy_row(table, piece)
            out.append(fuzzy if fuzzy is not None else (piece, "", None))
    return out


def _fuzzy_row(table: Optional[Table], piece: str) -> Optional[tuple[str, str, Optional[str]]]:
    """A piece no label of the form starts, read as one of ``table``'s rows when it is a label
    printed a little differently (其他法律和行政法规禁止公开, 行政机关不再受理…) followed by numbers:
    (label, numbers, row id), or None when no row is clearly the one."""
    m = _TRAILING.match(piece)
    if table is None or not m:
        return None
    scored = sorted(((max(similarity(m.group(1), lab) for lab in row_labels(table, r.id)), r.id)
                     for r in table.rows if not r.legacy), reverse=True)
    if not scored or scored[0][0] < FUZZY or (len(scored) > 1 and scored[0][0] - scored[1][0] < 0.05):
        return None
    return m.group(1), m.group(2), scored[0][1]


def _own_column(table: Table, nxt: _Segment) -> bool:
    """The segment after a row's label is a column of that row's own table (无行政规范性文件本年制发件数、现行有效件数,
    襄州区人社局 2022): a sentence naming the row and what it counts, not a row whose empty cells a run-together
    copy lost — a table prints its header before its rows, never a row's label and then the header."""
    columns = {flat_text.normal(w) for c in table.cols for w in col_labels(table, c.id)}
    return nxt.marked and nxt.rid is None and flat_text.normal(nxt.label) in columns


POSITIONED_CELLS = 7
"""Numbers standing apart on a PDF's line beyond which it is rows of a table, not a run-together copy."""


def unflatten(lines: list[Line], form: Form) -> tuple[list[Line], list[str], list[Unsplit]]:
    """``lines`` with every run-together line cut back into lines; notes for the log; and the rows
    whose run the sums could not split (their cells print "—" until settled or marked not read)."""
    markers = _markers(form)
    headings = section_headings(form)
    by_first: dict[str, list[tuple[str, Marker]]] = {}
    for m, row in markers:
        for word in dict.fromkeys(flat_text.variants(flat_text.normal(m))):
            by_first.setdefault(word[0], []).append((word, row))   # longest first, as in ``markers``
    out: list[Line] = []
    notes: list[str] = []
    unsplit: list[Unsplit] = []
    budget = Budget()
    for line in lines:
        text = line.text
        # labels are looked for with the line's spaces taken out: a cell's words wrapped inside it
        # ran together with a space between them (申请 数量, 总　　计); cuts fall in the line as printed
        squeezed, at = flat_text.squeezed(text)
        if len(text) < MIN_LENGTH or (line.positional and len(line.values()) >= POSITIONED_CELLS) \
                or not _holds_rows(squeezed, markers):
            # (a PDF's line holding many numbers each in its place: a table's rows a tall merged
            # label joined into one line, read by where they stand, not cut as a run-together copy)
            out.append(line)
            continue
        runs: list[_Run] = []
        hits: list[tuple[int, int, Marker, str]] = []
        i = 0
        while i < len(squeezed):
            hit = next(((m, row) for m, row in by_first.get(squeezed[i], ()) if squeezed.startswith(m, i)), None)
            if hit is None:
                i += 1
                continue
            hits.append((at[i], at[i + len(hit[0]) - 1] + 1, hit[1], hit[0]))
            i += len(hit[0])
        cuts = list(dict.fromkeys([0] + [a for a, _, _, _ in hits] + [len(text)]))   # (a line opening with a label: once)
        by_start = {a: (b, row, word) for a, b, row, word in hits}
        starts = text_cells.cell_starts(line)
        current: Optional[Table] = None
        queue: deque[_Segment] = deque()
        for a, b in zip(cuts, cuts[1:], strict=False):
            if a in by_start:
                end, (table, rid), word = by_start[a]
                lead = len(text[end:b]) - len(text[end:b].lstrip())
                queue.append(_Segment(word, text[end:b].strip(), table, rid, True, text[a:end], end + lead))
            else:
                queue.append(_Segment(text[a:b], "", None, None, False))
        while queue:
            seg = queue.popleft()
            if not seg.marked and seg.rid is None:
                pieces = _free_pieces(current, seg.label)       # cut at numbering, rows told by likeness
                if len(pieces) != 1 or pieces[0][2] is not None:
                    queue.extendleft(reversed([_Segment(lab, rest, current if rid else None, rid, False)
                                               for lab, rest, rid in pieces]))
                    continue
                if seg.label.strip():
                    _words(out, seg.label.strip())
                continue
            table, rid, label = seg.table, seg.rid, seg.label
            if seg.marked and label in headings:
                current = None                                  # a heading ends a table
            elif table is not None and (rid is not None or len(label) >= 4):
                current = table                                 # (not a short header word: 其他, 总计)
            values, after = flat_text.numbers(seg.rest)
            one_row = (rid is None and current is not None and printed_in_one_row(current)
                       and not any(r.table is current for r in runs))          # its one row, once
            units = unit_cells(seg.rest, [form.kind_of(a) for a in row_slots(table, rid)]) \
                if rid is not None and table is not None else None
            if units is not None:
                values, after = units                       # 1个246900元, 16减12: parted by their units
            elif values and _MEASURE.match(after):
                cells = text_cells.whole_cells(starts, seg.at, seg.rest, len(row_slots(table, rid))) \
                    if rid is not None and table is not None else None
                values, after = cells or ([], seg.rest)      # 行政复议1起, 规范性文件15件: words, not a row
            if after:
                queue.appendleft(_Segment(after, "", None, None, False))
            if (rid is not None and table is not None and not seg.rest and not table.row(rid).legacy
                    and not printed_in_one_row(table)                   # (表四's row labels head its columns)
                    and not (queue and _own_column(table, queue[0]))):
                # a row label straight after another: in a run-together copy its empty cells left no trace
                blank = _line([label] + [""] * len(row_slots(table, rid)), len(out))
                blank.extra["separated"] = "1"
                out.append(blank)
                continue
            if not values and seg.rest and (rid is not None or _in_sentence(out, label, headings)):
                _words(out, seg.printed or label)            # a row's label or a header word in a sentence: words
                continue
            if (rid is None and not one_row) or not values:
                out.append(_line([label] + values, len(out)))
                if values:
                    # a header word's digits (其他1000001 where "3. 其他" lost its item): glued to it,
                    # so a run is split a digit a cell or not read, never taken for one number
                    out[-1].extra[GLUED] = "1"
                continue
            owner = table if rid is not None else current
            assert owner is not None
            if rid is None:
                out.append(_line([label], len(out)))
            width = len(row_slots(owner, rid))
            runs.append(_Run(len(out), owner, rid, label if rid is not None else "", "".join(values),
                             values if len(values) == width else [], " ".join(values)))
            out.append(_line(([label] if rid is not None else []) + values, len(out)))
        _resolve(form, runs, out, notes, unsplit, budget)
    return out, notes, unsplit
