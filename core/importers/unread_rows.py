"""Why the rows of a table the source shows are not read: printed without numbers (entered blank,
with a note), cut off with the copy, or found by its heading with no row of it under it (words,
a picture, or nothing) — each said per row, so the clerk is never left to guess why a table that
was found gave nothing."""

from __future__ import annotations

import re

import core.importers.heading_words as heading_words
import core.importers.tables as tables
from core.forms import Table
from core.importers.layout import Line
from core.importers.match import is_value_text, key, row_labels
from core.importers.run_split import printed_in_one_row


def unprinted_rows(table: Table, res: tables.Result, blank_form: bool, bounded: bool,
                    printed: str) -> dict[str, str]:
    """Rows the source shows printed without numbers, entered blank, each with the note that says so
    (the table is then doubtful, shown for confirmation):

    - a blank form — no number anywhere in the table, and no cells of its own (a real table's,
      a PDF's drawn grid: their empty cells say what is blank) — whose empty cells a copy dropped, so each
      row's label follows the last ("规章 / 规范性文件 / 第二十条第(五)项 …"): every row when another
      table follows it (nothing of it can lie beyond), else (a copy cut short) the rows whose labels
      it printed;
    - a row the table leaves out while printing the rows after it, every number of the table in its
      place and its words nowhere in the table (a township's 表二 with no 规章 row): a copy cut short,
      a row's numbers left unplaced, a label the reading did not take for the row (a definition
      wrapped over lines, "规章:地方行政规章指…") or a table printed in one row never counts.

    A row printing its label alone among rows with numbers is not entered: a copy can lose cells."""
    if printed_in_one_row(table):
        return {}
    if blank_form and 2 * len(res.bare_rows) >= sum(1 for r in table.rows if not r.legacy):
        if bounded:
            why = f"原文{table.name}没有印出任何数字（空白表格），各行按空白录入"
            return {r.id: why for r in table.rows if not r.legacy}
        why = f"原文{table.name}没有印出任何数字（空白表格），印出行名的各行按空白录入"
        return {rid: why for rid in res.bare_rows}
    if blank_form or not res.valued_rows or res.misfit:
        return {}
    out: dict[str, str] = {}
    later_found = False
    for row in reversed(table.rows):
        if row.id in res.found_rows:
            later_found = True
        elif later_found and not row.legacy and row.id not in res.bare_rows and not any(
                key(label) in printed for label in row_labels(table, row.id)):
            out[row.id] = f"原文{table.name}没有“{table.row_label(row.id)}”一行（其后各行均已读到），该行按空白录入"
    return out


def no_row_under(table: Table, res: tables.Result, region: list[Line], at_end: bool,
                  worded: bool = False) -> dict[str, str]:
    """Why each row of a table found by its heading (or header) but printing none of its rows is not
    read: an old-style report in prose whose （三）申请行政复议和提起行政诉讼情况 is taken for 表四's place
    and goes on in sentences, a copy whose table was a picture or did not come along. "未找到某一行",
    said of every row, left the clerk to guess why a table that was found gave nothing. Only when no
    line of it opens with a row's label, nor prints cells alone: a row printed and not made out is no
    row missing (a sentence naming 行政复议 is none). ``at_end``: the table runs to the end of the
    source, which may stop there (a page's excerpt, a copy cut inside the header); ``worded``:
    sentences stand under the heading (read as the table given in words, where they say its figures)."""
    if res.found_rows or res.bare_rows or res.cells or res.missing:
        return {}
    starts = [key(line.text) for line in region[1:] if not _SENTENCE.search(line.text)]
    labels = [key(label) for r in table.rows if not r.legacy for label in row_labels(table, r.id)]
    if any(label and text.startswith(label) for text in starts for label in labels):
        return {}       # a line opens with a row's label (政府集中采购1个246900元): there, not made out;
        #                 a sentence opening with it (行政规范性文件本年制发2件，…。) is words, no row
    if any(line.tokens and all(is_value_text(t.text) for t in line.tokens) for line in region[1:]):
        return {}       # cells printed without their labels (第二十条第（一）项 / 22 / 55): a table, not made out
    first = next((t for line in region if (t := re.sub(r"\s+", " ", line.text).strip())), "")
    shown = first if len(first) <= 30 else first[:30] + "…"
    maybe = ("其下是文字叙述" if worded else "原文到此就结束了，复制或摘录可能不完整" if at_end
             else "表格可能是图片、没有复制下来，或改用文字叙述")
    why = f"原文找到了{table.name}的标题或表头（“{shown}”），但其下没有{table.name}的任何一行（{maybe}），{table.name}的表格未读取"
    return {r.id: why for r in table.rows if not r.legacy}


def words_under(region: list[Line]) -> list[Line]:
    """The region's lines from the first sentence under its heading on: words, not a table's header
    (which ends no sentence)."""
    at = next((i for i, line in enumerate(region) if i and _SENTENCE.search(line.text)), None)
    return region[at:] if at is not None else []


def first_paragraphs(words: list[Line]) -> list[Line]:
    """The sentences before the next sub-heading (（四）政府信息公开的收费及减免情况): the table's own."""
    end = next((i for i, line in enumerate(words) if i and heading_words.subheading(line.text)), len(words))
    return words[:end]


_SENTENCE = re.compile("[\u3002\uff1b;]")


def after_the_end(table: Table, res: tables.Result, runs_to_end: bool, header_only: bool = False) -> dict[str, str]:
    """Why each row after the last one read is not, when the table runs to the end of the source: the
    copy stops there (a page's excerpt, a copy cut short), not "the row was not found". ``header_only``:
    the table prints no figure and the source stops in it — with no row found, it stops in the header
    (第二十条第(一)项 / 信息内容 / 本年制发件数 / 本年 and no more), before every row."""
    if not runs_to_end:
        return {}
    out: dict[str, str] = {}
    for row in reversed(table.rows):
        if row.id in res.found_rows or row.id in res.bare_rows:
            last = f"“{table.row_label(row.id)}”一行"
            return {rid: f"原文到{table.name}{last}就结束了（复制或摘录不完整），此行未读取" for rid in out}
        if not row.legacy:
            out[row.id] = ""
    if header_only:
        return {rid: f"原文到{table.name}的表头就结束了（复制或摘录不完整），此行未读取" for rid in out}
    return {}
