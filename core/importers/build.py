"""From a source's lines to a printed report and its log: the part every importer shares.

The format (2019 or 2021) is told by the labels the tables print; the year by the title (the year
before or after the organ), else the statistical period, else the publication date, else the year
the opening speaks of — each origin noted in the log. Each table of the form is read from its
region; each cell is then read, printed blank, or missing with the reason (a table the source does
not print, or a page cut short, is missing, not refused), and the report keeps the totals as printed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Optional

import core.importers.prose as prose
import core.importers.regions as regions
import core.importers.script as script
import core.importers.tables as tables
from core.forms import Form, Table
from core.importers.layout import Line
from core.importers.match import col_labels, detect_format, fold, is_mixed, read_value, row_labels
from core.importers.model import ImportError_, ImportLog, YearNotFound
from core.importers.run_split import printed_in_one_row
from core.importers.settle import settle
from core.importers.unflatten import unflatten
from core.registry import available_formats, form_for_year, get_form
from core.report import IMPORTED, PRINTED, Origin, Report
from core.text_clean import clean_text
from core.values import Value, ValueError_

MAX_LINES = 200_000


_DASHED_PAGE_NUMBER = re.compile(r"^\s*[-—–－]\s*\d{1,3}\s*[-—–－]\s*$")


def _spec(table: Table) -> tables.Spec:
    rows = [(r.id, row_labels(table, r.id)) for r in table.rows]
    cols = [(c.id, col_labels(table, c.id)) for c in table.cols]
    return tables.Spec(table.name, rows, cols, {r.id for r in table.rows if r.legacy})


def _flat_spec(table: Table) -> tables.Spec:
    cols = [(f"{r.id}|{c.id}", [f"{r.label}{lab}" for lab in col_labels(table, c.id)] + col_labels(table, c.id))
            for r in table.rows for c in table.cols]
    return tables.Spec(table.name, [("flat", [])], cols, flat=True)


def _read_table(lines: list[Line], table: Table) -> tables.Result:
    res = tables.read(lines, _spec(table))
    if not printed_in_one_row(table) or len(res.valued_rows) >= 2:
        return res
    flat = tables.read(lines, _flat_spec(table))
    out = tables.Result(notes=flat.notes)
    for (_, slot), text in flat.cells.items():
        rid, cid = slot.split("|")
        out.cells[(rid, cid)] = text
        out.found_rows.add(rid)
    for slot in flat.absent_cols:
        rid, cid = slot.split("|")
        out.cells[(rid, cid)] = ""
        out.found_rows.add(rid)
        out.notes.append(f"{table.name}原文缺少“{table.row_label(rid)} / {table.col(cid).label}”一列，按空白录入")
    return out


def choose_form(text: str, year: Optional[int], mixed: bool) -> Form:
    forms = [get_form(f) for f in available_formats()]
    year_form = form_for_year(year) if year is not None and _has_form(year) else None
    form = detect_format(text, forms, year_form, mixed)   # forms are loaded once: the year's is among them
    return form or year_form or forms[-1]


def _mixed_note(form: Form, year: Optional[int]) -> str:
    why = f"按报告年度 {year} 年应使用的" if year is not None and form.applies_to(year) else "按"
    return f"原文表格混用了两版格式的表头，{why}{form.name}读取；表头属于另一版格式的表格按位置录入，请对照原文核对"


def build(lines: list[Line], source: str, kind: str, given_year: Optional[int] = None) -> tuple[Report, ImportLog]:
    """The report printed in ``lines`` (read from the file named ``source``); ``given_year``, the
    year the clerk says it is for, counts only when the source names none."""
    if len(lines) > MAX_LINES:
        raise ImportError_(f"“{source}”内容过多（超过 {MAX_LINES} 行），不像是一份年度报告")
    log = ImportLog(source=source, kind=kind)
    # "— 5 —", the page number of a 公文 (GB/T 9704), left inside a table by a PDF-to-text conversion
    lines = [line for line in lines if not _DASHED_PAGE_NUMBER.match(fold(line.text))]
    full = "\n".join(line.text for line in lines)
    if script.is_traditional(full):
        lines = [_converted(line, script.simplified) for line in lines]
        full = "\n".join(line.text for line in lines)
        log.note("原文为繁体字（网站的繁体版），已按简体字读取，导入的正文也为简体字，请核对")
    if script.has_pinyin(full):
        lines = [_converted(line, script.without_pinyin) for line in lines]
        full = "\n".join(line.text for line in lines)
        log.note("原文汉字后注有拼音（如“规(guī)章”，网站的注音功能），读取时已去掉")
    log.source_text = full
    forms = [get_form(f) for f in available_formats()]
    probe = regions.find(lines, forms[-1])
    head_end = min(probe.headings) if probe.headings else min(40, len(lines))
    organ, year, title, how, title_lines = prose.metadata(lines, head_end)
    period = prose.period_year(full)
    if year is None:
        year = period
        if year is not None:
            log.note(f"标题中未找到年度，按统计期限定为 {year} 年")
        else:
            published = prose.published_year(full[:4000])
            if published is not None:
                year = published - 1
                log.note(f"标题和统计期限中均未找到年度，按发布时间（{published} 年）定为 {year} 年，请核对")
            else:
                year = prose.prose_year(full[:4000])
                if year is not None:
                    log.note(f"标题、统计期限和发布时间都没有写明年度，按正文开头所说的“{year}年”定为 {year} 年，请核对")
                elif given_year is not None:
                    year = given_year
                    log.note(f"原文没有写明报告年度，按您指定的 {year} 年读取")
    elif period is not None and period != year:
        log.note(f"标题年度为 {year} 年，而统计期限为 {period} 年，请核对")
    mixed = is_mixed([t.text for line in lines for t in line.tokens], forms)
    form = choose_form(full, year, mixed)
    if mixed:
        log.note(_mixed_note(form, year))
    lines, flat_notes, open_rows = unflatten(lines, form)
    _mark_last(lines)
    for n in flat_notes:
        log.note(n)
    unsplit = {a: f"原文数字连在一起（{row.run}），按本表的勾稽关系和正文都无法确定如何分列，未读取"
               for row in open_rows for a in row.slots}
    found = regions.find(lines, form)
    if not found.tables and not (title and year is not None):
        raise ImportError_(f"“{source}”中未找到任何统计表（表二、表三、表四），不像是政府信息公开工作年度报告，"
                           "或表格是图片（扫描件）无法读取")
    if year is None:
        raise YearNotFound(f"“{source}”中未找到报告年度（标题、统计期限或发布时间），无法导入")
    if not found.tables:
        # a report by its title whose tables cannot be made out (digits run together in a copied
        # page, tables as pictures): its words are read, every cell marked not read
        log.note("原文中的统计表无法辨认（数字连在一起或表格是图片），表格未读取，请对照原文填写")
    absent = [t.name for t in form.tables if t.id not in found.tables]
    if absent:
        # a page cut short, or a partial copy: read as far as it goes, the rest marked not read
        log.note(f"原文中未找到{'、'.join(dict.fromkeys(absent))}：已读取原文中有的表格，其余单元格标为未读取")
    if not form.applies_to(year):
        log.note(f"报告年度 {year} 年按规定应使用{form_for_year(year).name if _has_form(year) else '其他格式'}，"
                 f"原文表格为{form.name}，按原文格式导入")
    cells: dict[str, Value] = {}
    origins: dict[str, Origin] = {}
    missing: dict[str, str] = {}
    skip: set[int] = set()
    for table in form.tables:
        span = found.tables.get(table.id)
        if span is None:
            for a in table.addresses(include_legacy=False):
                missing[a] = f"原文中未找到{table.name}"
                log.missing[a] = missing[a]
            continue
        skip.update(range(span[0], span[1]))
        res = _read_table(lines[span[0]:span[1]], table)
        _fill(table, res, source, cells, origins, missing, log, unsplit)
    texts, notes = prose.split(lines, found, form, skip | title_lines)
    for n in notes:
        log.note(n)
    for done in settle(form, year, organ, texts, open_rows):
        row = done.row
        if done.split is None:
            log.note(f"{row.name}一行的数字连在一起（{row.run}），无法确定如何分列，未读取")
            continue
        for a, text in zip(row.slots, done.split, strict=True):
            if a in missing and a in unsplit:
                cells[a] = read_value(text, form.kind_of(a))[0] if text else None
                origins[a] = Origin(IMPORTED, source)
                log.read[a] = text
                missing.pop(a)
                log.missing.pop(a, None)
        log.note(f"{row.name}一行的数字连在一起（{row.run}），按正文所述（{done.said}）分为 "
                 f"{' '.join(t or '（空白）' for t in done.split)}，请核对")
    if how:
        log.note(f"{how}：{title}" if title else how)
    if not organ:
        log.note("原文的标题和正文开头都没有写明单位名称，导入后请填写")
    log.contact = prose.contact(texts.get("preamble", "") + "\n" + full[:4000])
    if log.contact:
        log.note("联系方式：" + "；".join(f"{k} {v}" for k, v in log.contact.items()))
    texts = {k: clean_text(v) for k, v in texts.items()}         # NUL, controls, lone surrogates
    report = Report(form=form, year=year, organ=clean_text(organ), title=clean_text(title), cells=cells,
                    origins=origins, missing=missing, totals=PRINTED, texts=texts, notes=list(log.notes))
    return report, log


def _converted(line: Line, convert: Callable[[str], str]) -> Line:
    tokens = [dataclasses.replace(t, text=convert(t.text)) for t in line.tokens]
    return dataclasses.replace(line, tokens=tokens, extra={k: convert(v) for k, v in line.extra.items()})


def _mark_last(lines: list[Line]) -> None:
    """Mark the source's last line when it holds a number: a copy cut short may end there inside a
    row ("一、本年新收… | 0 | 0 | 0 | 0 " and no more), whose missing cells are then not read — not
    taken as printed empty, nor as a sign the table has fewer columns — or on the first characters of
    the next row (2 of 2.其他法律…, 20 of 2020年), which a row with one number too many leaves out."""
    printed = [line for line in lines if any(c.strip() for c in line.cells)]
    if printed and any(t.is_value for t in printed[-1].tokens):
        printed[-1].extra[tables.LAST] = "1"


def _has_form(year: int) -> bool:
    try:
        form_for_year(year)
    except KeyError:
        return False
    return True


def _fill(table: Table, res: tables.Result, source: str, cells: dict[str, Value],
          origins: dict[str, Origin], missing: dict[str, str], log: ImportLog,
          unsplit: dict[str, str]) -> None:
    """``unsplit``: cells of rows whose digits ran together and could not be split, with why."""
    for n in res.notes:
        log.note(n)
    for cid in res.absent_cols:
        log.note(f"{table.name}原文没有“{table.col(cid).label}”列，该列各格按空白录入")
    legacy_found = any(r.legacy and r.id in res.found_rows for r in table.rows)
    replaced = {x for r in table.rows if r.legacy and r.id in res.found_rows for x in r.replaces}
    if legacy_found:
        legacy = next(r for r in table.rows if r.legacy and r.id in res.found_rows)
        log.note(f"{table.name}使用了旧版单行“{legacy.label}”，数值录入该行；"
                 f"新版的 {len(legacy.replaces)} 个子行原文没有，留空")
    for row in table.rows:
        for col in table.cols:
            a = table.address(row.id, col.id)
            if row.id not in res.found_rows:
                if row.legacy or row.id in replaced:
                    continue
                reason = (f"原文{table.name}“{table.row_label(row.id)}”一行只有行名，没有数字（空表，或复制时数字丢失）"
                          if row.id in res.bare_rows else f"原文{table.name}中未找到“{table.row_label(row.id)}”一行")
                missing[a] = log.missing[a] = reason
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
