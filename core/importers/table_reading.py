"""Reading the form's tables out of a source's lines: one reading per form, so the importer can
read a text on two forms and keep the one that fits it (``build``).

Each table of the form is found (``regions``) and read (``tables``); each cell is then read,
printed blank, or missing with the reason. Digits a flattened copy ran together are split later,
from the prose (``settle``); ``unsplit`` says why each such cell is not read yet.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from decimal import Decimal

import core.importers.regions as regions
import core.importers.tables as tables
import core.importers.unread_rows as unread_rows
from core.forms import Form, Table
from core.importers.heading_cut import cut_headings
from core.importers.layout import Line, without_cut_figure
from core.importers.match import col_labels, is_value_text, key, read_value, row_labels
from core.importers.model import ImportLog
from core.importers.run_split import printed_in_one_row
from core.importers.text_rows import LAST
from core.importers.unflatten import Unsplit, unflatten
from core.report import IMPORTED, Origin
from core.values import Value, ValueError_


@dataclass
class Reading:
    form: Form
    lines: list[Line]
    """The source's lines as this form reads them (a flattened copy's rows rebuilt)."""
    found: regions.Regions
    log: ImportLog
    """What the reading noted, read and missed (merged into the import's log when kept)."""
    open_rows: list[Unsplit]
    unsplit: dict[str, str]
    flat_notes: list[str]
    cells: dict[str, Value] = field(default_factory=dict)
    origins: dict[str, Origin] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)
    skip: set[int] = field(default_factory=set)
    """Lines inside the tables (not prose)."""
    worded: dict[str, str] = field(default_factory=dict)
    """Table id → the sentences printed under its heading where no row of it stands (an old-style
    report's （三）申请行政复议和提起行政诉讼情况 going on in words): kept as prose, and read as the table
    given in words."""
    headed_only: set[str] = field(default_factory=set)
    """Tables the source stops inside before any row (its header printed, no row label nor figure
    after it): found, but holding no value — what the overview's words say of them is read as of a
    table not printed (``build``'s overview readers), where a table cut after some rows keeps them."""
    ends_in: str = ""
    """The name of the table the source stops in, when tables after it in the form are not printed
    because of it: a copy cut short inside an earlier table (a page's excerpt), not a report that
    leaves them out."""

    misfit: int = 0
    """How badly the printed tables fit this form: the tables' ``tables.Result.misfit`` and the
    columns no header names (``absent_cols``), summed."""


def read_tables(lines: list[Line], form: Form, source: str) -> Reading:
    """Every table of ``form`` as ``lines`` print it (``source``: the file the origins name)."""
    log = ImportLog(source=source)
    lines, flat_notes, open_rows = unflatten(lines, form)
    lines = cut_headings(lines, [s.heading for s in form.sections])   # (a run-together page's: cut above)
    lines, cut_figure = without_cut_figure(lines)
    if cut_figure:
        log.note(cut_figure)
    _mark_last(lines)
    for n in flat_notes:
        log.note(n)
    unsplit = {a: f"原文数字连在一起（{row.run}），按本表的勾稽关系和正文都无法确定如何分列，未读取"
               for row in open_rows for a in row.slots}
    out = Reading(form, lines, regions.find(lines, form), log, open_rows, unsplit, flat_notes)
    repeats = _repeats_lines(lines)
    last = _table_at_the_end(form, out.found, len(lines))
    read = _read_all(lines, form, out.found)
    for table in form.tables:
        span = out.found.tables.get(table.id)
        if span is None:
            why = f"原文中未找到{table.name}"
            if last is not None and form.tables.index(table) > form.tables.index(last):
                out.ends_in = last.name
                why += f"（原文到{last.name}就结束了，复制或摘录不完整）"
            for a in table.addresses(include_legacy=False):
                out.missing[a] = log.missing[a] = why
            continue
        out.skip.update(range(span[0], span[1]))
        res = read[table.id]
        out.misfit += res.misfit + len(res.absent_cols)
        region = lines[span[0]:span[1]]
        figured = any(_prints_a_figure(line) for line in region)
        blank_form = repeats and not figured and not any(line.grid or line.rules or line.verticals for line in region)
        bounded = any(start >= span[1] for start, _ in out.found.tables.values())
        printed = key("".join(line.text for line in region))
        runs_to_end = span[1] >= len(lines)
        cut_off = unread_rows.after_the_end(table, res, runs_to_end, header_only=runs_to_end and not figured)
        if cut_off and not (res.found_rows or res.bare_rows):
            out.headed_only.add(table.id)
        unprinted = unread_rows.unprinted_rows(table, res, blank_form, bounded, printed)
        words = unread_rows.words_under(region)
        no_row = {} if cut_off or unprinted else unread_rows.no_row_under(table, res, region, runs_to_end, bool(words))
        if no_row and words:
            # its heading and sentences are the report's words
            out.skip -= {span[0], *range(span[1] - len(words), span[1])}
            out.worded[table.id] = "\n".join(line.text for line in unread_rows.first_paragraphs(words))
        _fill(table, res, source, out.cells, out.origins, out.missing, log, unsplit, unprinted, cut_off or no_row)
        for why in dict.fromkeys(no_row.values()):
            log.note(f"{why}，请对照原文填写")
    return out


def _table_at_the_end(form: Form, found: regions.Regions, end: int) -> Table | None:
    """The table the source stops inside (its span runs to the last line), when it is the last found:
    the tables after it in the form were cut off with the copy, not left out by the report."""
    spans = [(span, t) for t in form.tables if (span := found.tables.get(t.id)) is not None]
    if not spans:
        return None
    span, table = max(spans, key=lambda st: st[0][0])
    return table if span[1] >= end else None


def _spec(table: Table, space_parts: bool = False) -> tables.Spec:
    rows = [(r.id, row_labels(table, r.id)) for r in table.rows]
    cols = [(c.id, col_labels(table, c.id)) for c in table.cols]
    return tables.Spec(table.name, rows, cols, {r.id for r in table.rows if r.legacy}, space_parts=space_parts)


def _flat_spec(table: Table, space_parts: bool = False) -> tables.Spec:
    cols = [(f"{r.id}|{c.id}", [f"{r.label}{lab}" for lab in col_labels(table, c.id)] + col_labels(table, c.id))
            for r in table.rows for c in table.cols]
    return tables.Spec(table.name, [("flat", [])], cols, flat=True, space_parts=space_parts)


def _without_holes(lines: list[Line]) -> list[Line]:
    """A copied table's lines without the cells that are empty in every line of it: a Markdown or
    HTML-to-text copy keeps a merged cell as an empty one at the same place in each row
    (| 本年新公开数量 |  | 对外公开总数量 |, | 13 |  | 524 |), which no header names and no row fills.
    Only where every line of the table prints the same number of cells, so places line up, and a
    header row names every other place (a column printed blank in every row is not a hole)."""
    printed = [line for line in lines if any(c.strip() for c in line.cells)]
    if len(printed) < 2 or not all(line.extra.get("separated") for line in printed):
        return lines
    width = len(printed[0].cells)
    if width < 3 or any(len(line.cells) != width for line in printed):
        return lines
    holes = {j for j in range(1, width) if all(not line.cells[j].strip() for line in printed)}
    if not holes or len(holes) >= width - 1:
        return lines
    named = [j for j in range(1, width) if j not in holes]
    if not any(all(line.cells[j].strip() and not is_value_text(line.cells[j]) for j in named) for line in printed):
        return lines          # no header row names every other place: an empty place may be a blank column
    return [dataclasses.replace(line, tokens=[t for j, t in enumerate(line.tokens) if j not in holes])
            if any(c.strip() for c in line.cells) else line for line in lines]


def _read_all(lines: list[Line], form: Form, found: regions.Regions) -> dict[str, tables.Result]:
    """Each found table read. Where lines of spaces close rows already printing a figure in every cell at least
    as often as they give a row its last cell, the copy parts its items with them (a space line
    after each item, whatever its cell count): a table that took one as a row's cell is read again
    with it parting. The evidence is the whole copy's, as a damaged table's own rows may not
    show it (宝山区 2020's 行政强制 7 0 0 run together as 70 0: the line after it read as its third
    cell, blank); a copy whose lines of spaces are its empty cells (嘉积镇 2019) shows none such."""
    spans = {t.id: (t, span) for t in form.tables if (span := found.tables.get(t.id)) is not None}
    read = {tid: _read_table(lines[a:b], t) for tid, (t, (a, b)) in spans.items()}
    over = sum(res.spaces_over for res in read.values())
    if over and over >= sum(res.spaces_taken for res in read.values()):
        for tid, (t, (a, b)) in spans.items():
            if read[tid].spaces_closing:
                read[tid] = _read_table(lines[a:b], t, space_parts=True)
    return read


def _read_table(lines: list[Line], table: Table, space_parts: bool = False) -> tables.Result:
    res = _read_rows(lines, table, space_parts)
    _lost_totals(res, table)
    return res


def _lost_totals(res: tables.Result, table: Table) -> None:
    """A row's 总计 printed blank while a cell it adds up holds a number other than 0 (结转下年度 1 0 0 0
    0 0, and nothing under 总计), in a table where a part of a row's figures stands that no row took
    (a lone 1 on a line of its own among rows a converter tore apart): the total's figure may be
    one of them, moved out of its row, so the blank is not read as printed. Some reports do print
    总计 blank beside figures (上海市人民政府办公厅 2019): in a table whose every figure found its row, that
    blank is read as printed. Where one row's total is so lost and one figure stands astray, and that
    figure is what the row adds up to, it is that total: the figure printed and the arithmetic agree —
    only a figure standing among the table's lines (``Result.moved``), never one apart from them or a
    row of its own (a page's number at a page break, a date), which may be what the row adds up to too."""
    moved = [" ".join(cells) for cells in res.stray if len(cells) < len(table.cols)]
    if not moved or not any(c.id == "total" for c in table.cols):
        return
    strays = "、".join(moved)
    lost = [row for row in table.rows if res.cells.get((row.id, "total")) == tables.BLANK and any(
        is_value_text(text) and _nonzero(text, kind) for text, kind in _parts(res, table, row.id))]
    if len(lost) == 1 and len(moved) == 1 and moved[0] in res.moved \
            and _value(moved[0], table.col("total").kind) == _sum(_parts(res, table, lost[0].id)):
        # the one figure astray is what the one blank total adds up to: that total, moved out of its
        # row (a total is its parts' sum whatever the figure's source, and the figure says one was printed)
        res.cells[(lost[0].id, "total")] = moved[0]
        res.notes.append(f"原文{table.name}“{table.row_label(lost[0].id)}”一行的“总计”一格空白，表中单独印出的数字"
                         f"“{moved[0]}”正是该行各列之和，按该行的总计读取，请对照原文核对")
        return
    for row in lost:
        del res.cells[(row.id, "total")]
        res.missing[(row.id, "total")] = (
            f"原文{table.name}“{table.row_label(row.id)}”一行的“总计”一格空白，而该行其他各列有不为 0 的数字，"
            f"表中又有单独印出、未能对应到任何一行的数字（{strays}），总计的数字可能被移到了其中，未读取")


def _parts(res: tables.Result, table: Table, rid: str) -> list[tuple[str, str]]:
    """The printed text and kind of each cell a row's 总计 adds up."""
    return [(res.cells.get((rid, c.id), ""), c.kind) for c in table.cols if c.id != "total"]


def _value(text: str, kind: str) -> object:
    try:
        return read_value(text, kind)[0]
    except ValueError_:
        return None


def _sum(parts: list[tuple[str, str]]) -> object:
    """What a row's parts add up to; None when one of them prints no number (blank or unread)."""
    values = [_value(text, kind) for text, kind in parts]
    if not all(isinstance(v, (int, Decimal)) for v in values):
        return None
    return sum(v for v in values if isinstance(v, (int, Decimal)))


def _nonzero(text: str, kind: str) -> bool:
    value = _value(text, kind)
    return isinstance(value, (int, Decimal)) and value != 0


def _read_rows(lines: list[Line], table: Table, space_parts: bool) -> tables.Result:
    lines = _without_holes(lines)
    res = tables.read(lines, _spec(table, space_parts))
    if not printed_in_one_row(table) or len(res.valued_rows) >= 2:
        return res
    flat = tables.read(lines, _flat_spec(table, space_parts))
    if res.found_rows and not flat.cells and not flat.absent_cols:
        return res          # (its rows printed empty, each under its own label: no one-row reading)
    out = tables.Result(notes=flat.notes, misfit=flat.misfit + len(flat.absent_cols), spaces_over=res.spaces_over,
                        spaces_taken=res.spaces_taken + flat.spaces_taken,
                        spaces_closing=res.spaces_closing + flat.spaces_closing)
    for (_, slot), text in flat.cells.items():
        rid, cid = slot.split("|")
        out.cells[(rid, cid)] = text
        out.found_rows.add(rid)
    for (_, slot), why in flat.missing.items():
        rid, cid = slot.split("|")
        out.missing[(rid, cid)] = why
        out.found_rows.add(rid)
    for slot in flat.absent_cols:
        rid, cid = slot.split("|")
        out.cells[(rid, cid)] = ""
        out.found_rows.add(rid)
        out.notes.append(f"{table.name}原文缺少“{table.row_label(rid)} / {table.col(cid).label}”一列，按空白录入")
    return out


def _repeats_lines(lines: list[Line]) -> bool:
    """Whether some line of the source is printed twice, as every real report's is (信息内容 over each
    part of 表二, a row of noughts). A crawl that kept each line only the first time it occurred prints
    none twice: there a label with nothing after it may have lost its noughts, not printed blanks."""
    seen: set[str] = set()
    for line in lines:
        text = line.text
        if text in seen:
            return True
        if text:
            seen.add(text)
    return False


_NUMBERING = re.compile(r"^\s*[(\uff08]?\d{1,2}\s*[).\u3001\uff0e\uff09]")
_DIGIT = re.compile(r"[0-9\uff10-\uff19]")


def _prints_a_figure(line: Line) -> bool:
    """A number anywhere in the line, a count with its unit (1个, 246900元) included; not a row
    label's own numbering (1.属于国家秘密)."""
    return bool(line.values()) or any(_DIGIT.search(_NUMBERING.sub("", t.text)) for t in line.tokens)


def _mark_last(lines: list[Line]) -> None:
    """Mark the source's last line when it holds a number: a copy cut short may end there inside a
    row ("一、本年新收… | 0 | 0 | 0 | 0 " and no more), whose missing cells are then not read — not
    taken as printed empty, nor as a sign the table has fewer columns — or on the first characters of
    the next row (2 of 2.其他法律…, 20 of 2020年), which a row with one number too many leaves out.
    Marked too when it is a row's label alone, closed by its pipe or not ("其他对外管理服务事项 |"):
    a copy cut short before the row's cells, which are then not read, not taken as printed empty —
    unlike a label with its empty cells after it (a browser's copy of an empty row: label and tabs)."""
    printed = [line for line in lines if any(c.strip() for c in line.cells)]
    if printed and any(t.is_value for t in printed[-1].tokens):
        printed[-1].extra[LAST] = "1"
    elif printed and not printed[-1].grid and len(printed[-1].cells) == 1:
        printed[-1].extra[LAST] = "1"    # a row's label and no more ("其他对外管理服务事项 |"): cut off


def _fill(table: Table, res: tables.Result, source: str, cells: dict[str, Value],
          origins: dict[str, Origin], missing: dict[str, str], log: ImportLog,
          unsplit: dict[str, str], unprinted: dict[str, str], cut_off: dict[str, str]) -> None:
    """``unsplit``: cells of rows whose digits ran together and could not be split, with why;
    ``unprinted``: rows the source shows printed without numbers, entered blank with the note;
    ``cut_off``: rows past the end of the source, with why."""
    for n in res.notes:
        log.note(n)
    # a table none of whose rows was found enters no cell blank: nothing to say of its columns (宣城市
    # 气象局 2020, its rows' numbers lost in the copy, was told "该列各格按空白录入" of cells left unread)
    for cid in res.absent_cols if any(r.id in res.found_rows for r in table.rows) else ():
        # the header may name the column and every row leave it blank (行政许可 | 106 | 2939 | |):
        # the note must not claim the report lacks a column it prints
        log.note(f"{table.name}原文各行都没有“{table.col(cid).label}”列的数值（表头未列此列，或此列各格空白），"
                 "该列各格按空白录入")
    legacy_found = any(r.legacy and r.id in res.found_rows for r in table.rows)
    replaced = {x for r in table.rows if r.legacy and r.id in res.found_rows for x in r.replaces}
    if legacy_found:
        legacy = next(r for r in table.rows if r.legacy and r.id in res.found_rows)
        log.note(f"{table.name}使用了旧版单行“{legacy.label}”，数值录入该行；"
                 f"新版的 {len(legacy.replaces)} 个子行原文没有，留空")
    for why in dict.fromkeys(unprinted[r.id] for r in table.rows
                             if r.id in unprinted and not r.legacy and r.id not in replaced):
        log.note(why)
    for row in table.rows:
        for col in table.cols:
            a = table.address(row.id, col.id)
            if row.id not in res.found_rows:
                if row.legacy or row.id in replaced:
                    continue
                if row.id in unprinted:
                    cells[a] = None
                    log.read[a] = ""
                    continue
                reason = res.scrambled.get(row.id) or (
                    f"原文{table.name}“{table.row_label(row.id)}”一行只有行名，没有数字（空表，或复制时数字丢失）"
                    if row.id in res.bare_rows else cut_off.get(row.id)
                    or f"原文{table.name}中未找到“{table.row_label(row.id)}”一行")
                missing[a] = log.missing[a] = reason
                continue
            if (row.id, col.id) in res.missing:
                missing[a] = log.missing[a] = res.missing[(row.id, col.id)]
                continue
            if (row.id, col.id) not in res.cells:
                if col.id in res.absent_cols:
                    cells[a] = None
                    log.read[a] = ""
                else:
                    missing[a] = log.missing[a] = f"原文{table.name}“{table.row_label(row.id)}”一行未读到“{col.label}”列"
                continue
            text = res.cells[(row.id, col.id)]
            log.read[a] = text
            if text.strip() == "":
                cells[a] = None
                continue
            try:
                value, note = read_value(text, col.kind, col.unit)
            except ValueError_ as e:
                why = unsplit.get(a, str(e))
                missing[a] = log.missing[a] = f"{table.name} {table.row_label(row.id)} / {col.label}：{why}"
                log.read.pop(a, None)
                continue
            cells[a] = value
            origins[a] = Origin(IMPORTED, source)
            if note:
                log.note(f"{table.name} {table.row_label(row.id)} / {col.label}：{note}")
