"""Where the tables and the six sections stand in a source's lines.

Tables are found by what the official layout prints at their top (第二十条第（一）项, 申请人情况,
行政复议 … 行政诉讼), sections by their numbered headings (一、… 六、), taken in order so a row
label such as "四、结转下年度继续办理" is never mistaken for section 四.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Optional

import core.importers.heading_chain as heading_chain
from core.forms import Anchor, Form, Table
from core.importers.asides import ASIDE
from core.importers.count_sentence import states_a_count
from core.importers.heading_words import (
    HEAD,
    HEAD_MARKS,
    NUMERALS,
    heading_number,
    numbered_rows,
    numeral,
    section_headings,
    subheading,
)
from core.importers.layout import Line
from core.importers.match import fold, is_value_text, key, row_labels, similarity, stands_in_cell
from core.importers.printed_text import wrapped_onto

_TOC_ENTRY = re.compile(r"[.…·•・]{3,}\s*\d{1,3}\s*$")
"""A line of a 目录: the heading, dot leaders, its page number. Not where the section starts."""


@dataclass
class Regions:
    tables: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Table id → [first, end) line indexes."""
    headings: dict[int, str] = field(default_factory=dict)
    """Line index → section id ("1" … "6")."""
    heading_text: dict[str, str] = field(default_factory=dict)
    """Section id → the heading as printed."""
    contents: set[int] = field(default_factory=set)
    """Lines of a 目录 (its title and its entries): no heading, and no prose either."""
    notes: list[str] = field(default_factory=list)
    """Numbered lines the headings' words read otherwise than their numbers (``heading_chain``)."""
    left: set[int] = field(default_factory=set)
    """A table's heading left where the table is not (``_printed_apart``): no prose either."""
    overview: str = ""
    """The id of the form's first section, 一、总体情况, among ``headings``' ids: the form's, not a number
    a reader of the overview would have to know (the next form's ids may differ)."""


_CLAUSE = re.compile(r"第([一二三四五六七八九十]{1,3}|\d{1,3})条第?([一二三四五六七八九十]{1,3}|\d{1,2})项")


def clause_key(text: str) -> str:
    """第二十条第一项, 第二十条一项, 第二十条第1项 (keys: no spaces or brackets) → 第20条第1项."""
    return _CLAUSE.sub(lambda m: f"第{numeral(m.group(1))}条第{numeral(m.group(2))}项", text)


def _anchored(anchor: Anchor, k: str) -> bool:
    if len(k) > anchor.max:
        return False
    return (any(w in k for w in anchor.any) or (bool(anchor.all) and all(w in k for w in anchor.all))
            or k.startswith(anchor.starts))


def _best_before(table: Table, lines: list[Line], keys: list[str], after: int,
                 opens: Callable[[Table, int], bool]) -> Optional[int]:
    """Where ``table`` starts among the lines before ``after`` (a copy printing the tables in another
    order): the first line its anchors take that is followed by one of its own rows before another
    section's heading — not words of the prose (自然人 in "均为自然人申请", cut out of a page run
    together); else, as before, the first such line."""
    found = [i for i in range(after) if opens(table, i)]
    rows = {key(r.label) for r in table.rows if len(key(r.label)) >= 4}
    labels = tuple(r.label for r in table.rows)
    for i in found:
        for k in range(i + 1, min(len(lines), i + 80)):
            if any(r in key(keys[k]) for r in rows):
                return i
            head = heading_number(lines[k], labels)
            if head is not None and str(head[0]) != table.section:
                break
    return found[0] if found else None


def _by_own_rows(form: Form, table: Table, lines: list[Line], keys: list[str], after: int) -> Optional[int]:
    """A table whose title is printed cut short (a site printing "第二十条第" for every block of 表二)
    or not at all (the header straight under 二、主动公开政府信息情况) found by a row label no other
    table prints (行政许可, 行政事业性收费) standing on a line of its own or opening a row of numbers
    ("规章 | 0 | 0 | 0"), the region starting at the header and the cut title just above it. Not the
    end of a sentence a PDF's page wrapped onto a line of its own (…而引起的 / 行政复议): 表四 found
    there took the sentence's last words for its header, and the copy for one cut inside it."""
    others = {key(r.label) for t in form.tables if t is not table for r in t.rows}
    own = {key(r.label) for r in table.rows} - others
    title = clause_key(key(fold(table.title), numbering=True))
    heads = {key(g.text) for g in table.grid if g.text and g.role == "header"} | {key(c.label) for c in table.cols}
    at = next((i for i in range(after, len(keys)) if keys[i] and (key(keys[i]) in own or _opens_row(lines[i], own))
               and not wrapped_onto(lines, i)), None)
    if at is None or not title:
        return None
    start = at
    i = at - 1
    while i >= max(0, at - 12):
        k = key(keys[i])
        if k and k not in heads and not k.isdigit() and not title.startswith(clause_key(keys[i])):
            break                                # numbers of a row whose label is printed blank go with it
        if k:
            start = i
        i -= 1
    return start


def _opens_row(line: Line, own: set[str]) -> bool:
    """A row of cells whose label is one of ``own`` (or its start, the rest wrapped onto the next
    line: a PDF's narrow label cell printing "一、本年新收政府信息公开申请" / "数量") and whose other
    cells are numbers or blank. Taken for no row, such rows of 表三 were left out of its region, and
    then entered blank as rows the copy left out."""
    cells = [c for c in line.cells if c.strip()]
    k = key(cells[0]) if cells else ""
    cut = len(k) >= 6 and any(lab.startswith(k) and 2 * len(k) >= len(lab) for lab in own)
    return len(cells) >= 2 and (k in own or cut) and all(stands_in_cell(c) for c in cells[1:])


def starts_table(table: Table, k: str) -> bool:
    """Whether a line (its key) is where ``table`` starts: one of the template's anchors, or else the
    table's title (第二十条第（一）项 in any numbering) on a short line of its own."""
    if table.anchors:
        return any(_anchored(a, k) for a in table.anchors)
    title = clause_key(key(fold(table.title), numbering=True))
    return bool(title) and len(k) <= 40 and title in clause_key(k)


_SENTENCE = re.compile(r"[。；;！？]\s*$")
"""A line ending as a sentence ends (a copy's lost characters may put a 。 anywhere else in a header)."""


_ITEM = re.compile(r"^[#*\s>]*(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．](?!\d))\s*")
"""An item's number opening a line: （五）, 五、, 5. (5.5 is a number)."""
_ITEM_HEADING = re.compile("(?:\u60c5\u51b5|\u65b9\u9762)[\u3002\uff1a:]?\\s*$")
"""An item ending in 情况/方面 under 一、 heads its prose, no row: （三）申请行政复议、提起行政诉讼情况 passed
for the row 行政复议, the sentence under it lost (with no 一、, an old report's own （三） is 表四's place)."""


_BRACKETED_ITEM = re.compile(r"^[#*\s>]*[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]")
"""An item numbered （三）: a sub-heading, never a section's own heading (一、…六、): one ending in 情况/方面
heads its prose, with or without a 一、 above it — an old-style report written as （一）…（五） (海口市龙华区
司法局 2021: （三）、申请行政复议和提起行政诉讼情况) sits whole under 一 here, and its words are read as 一's."""


def _opens(table: Table, line: Line, k: str, rows: tuple[str, ...], titles: Sequence[str], overview: bool = False) -> bool:
    """``starts_table``, on a line that is neither its section's heading, a sentence, nor an item of
    the prose (5.因政府信息公开申请提起行政复议、行政诉讼的情况) other than one of the table's own
    numbered rows (一、本年新收政府信息公开申请数量): 四、政府信息公开行政复议、行政诉讼情况 and
    本年度未发生行政复议、行政诉讼。 hold both of 表四's anchor words, and taken for the table's start
    they put the section's words inside the table — read as neither cells nor text, dropped without
    a word. Nor a line stating a count in words (a wrapped overview's 本年新收政府信息公开申请数量为4件，
    …: ``count_sentence``)."""
    if not starts_table(table, k) or states_a_count(line.text):
        return False
    text = fold(line.text)
    item = _ITEM.match(text)
    if item and (((overview or _BRACKETED_ITEM.match(text)) and _ITEM_HEADING.search(text)) or not any(similarity(text[item.end():], r.label) >= 0.7 for r in table.rows)):
        return False
    return heading_number(line, rows, titles) is None and not _SENTENCE.search(ASIDE.sub("", text))


def _header_above(table: Table, keys: list[str], start: int) -> int:
    """Where a table starts whose first header words stand on lines of their own above the line its
    anchor found (行政复议 / 行政诉讼 over 结果维持 in a copy cut at every label; the note 本列数据的
    钩稽关系… printed with 钩 for the form's 勾): they are the table's, not its section's prose."""
    heads = [key(g.text) for g in table.grid if g.text] + [key(c.label) for c in table.cols]
    at, i = start, start - 1
    while i >= 0:
        k = key(keys[i])
        if k and not (k in heads or any(len(h) >= 12 and similarity(k, h) >= 0.9 for h in heads)):
            break
        if k:
            at = i
        i -= 1
    return at


def find(lines: list[Line], form: Form) -> Regions:
    out = Regions(overview=form.sections[0].id if form.sections else "")
    keys = [key(fold(line.text), numbering=True) for line in lines]
    anchors: list[tuple[int, str]] = []
    after = 0
    rows = numbered_rows(form)
    titles = [s.heading for s in form.sections]

    numbered = [heading_number(line, rows, titles) for line in lines]
    overview, last = [], 0
    for h in numbered:           # whether the last section heading above each line is 一's
        overview.append(last == 1)
        last = h[0] if h else last

    def opens(table: Table, i: int) -> bool:
        return _opens(table, lines[i], keys[i], rows, titles, overview[i])

    for table in form.tables:
        # in the form's order after the table before; a copy printing them in another order from the top
        start = next((i for i in range(after, len(lines)) if opens(table, i)), None)
        if start is None and after:
            start = _best_before(table, lines, keys, after, opens)
        if start is None:
            # its title cut short or not printed (a page that starts inside 表三): its own rows
            start = _by_own_rows(form, table, lines, keys, after)
        if start is not None:
            start = _header_above(table, keys, start)
        if start is not None and start not in {i for i, _ in anchors}:
            anchors.append((start, table.id))
            after = max(after, start)
    anchors.sort()
    # Headings: in order; inside a table whose rows are numbered like headings (表三's 三、本年度办理结果,
    # 四、结转下年度继续办理) only a later section's own heading counts.
    sections_of = {t.id: int(t.section) for t in form.tables if t.section.isdigit() and any(
        HEAD.match(f"{r.group} {r.label}".strip()) or HEAD.match(r.label) for r in t.rows)}
    wordings: dict[int, list[str]] = {}
    for wording in section_headings(form):
        m = HEAD.match(wording)
        if m:
            wordings.setdefault(NUMERALS.index(m.group(1)) + 1, []).append(m.group(2))
    candidates = []
    for i, line in enumerate(lines):
        h = numbered[i]
        if h is not None and _TOC_ENTRY.search(fold(line.text)):
            out.contents.add(i)
            if i and keys[i - 1] == "目录":
                out.contents.add(i - 1)
            continue
        if h is None:
            continue
        n, rest = h
        words = heading_chain.named(rest, wordings)
        inside = [tid for idx, (start, tid) in enumerate(anchors)
                  if start < i < (anchors[idx + 1][0] if idx + 1 < len(anchors) else len(lines))]
        if inside and inside[0] in sections_of:
            sections = [s for s in form.sections if s.id == str(words or n)]
            if (words or n) <= sections_of[inside[0]] or not sections or similarity(rest, sections[0].heading) < 0.6:
                continue
        like = heading_chain.named(re.split(r"[\u3002\uff1a:]", rest)[0], wordings) if words is None else None
        candidates.append(heading_chain.Candidate(i, n, words, fold(line.text).strip().lstrip(HEAD_MARKS).strip(), like))
    taken = heading_chain.chain(candidates)
    for c, section in taken:
        out.headings[c.line] = str(section)
        out.heading_text[str(section)] = c.printed
    out.notes = heading_chain.notes(taken, heading_chain.by_number(candidates), dict(enumerate(NUMERALS, 1)))
    _fill_unnumbered(lines, keys, form, out)
    heads = sorted(out.headings)
    for idx, (start, tid) in enumerate(anchors):
        end = anchors[idx + 1][0] if idx + 1 < len(anchors) else len(lines)
        following = [h for h in heads if h > start]
        if following:
            end = min(end, following[0])
        if tid == form.tables[-1].id:
            # the last table: what follows it may be unheaded prose; 60 lines of print (a copy with a
            # blank line between cells has twice as many lines)
            printed = [i for i in range(start, end) if keys[i]]
            end = min(end, printed[59] + 1 if len(printed) > 60 else end)
            end = _prose_resumes(form.tables[-1], lines, keys, start, end, rows)
        out.tables[tid] = (start, end)
    _printed_apart(lines, keys, form, out)
    return out


def _printed_apart(lines: list[Line], keys: list[str], form: Form, out: Regions) -> None:
    """A table found by its heading with no figure under it, whose header — every column of it on
    one line, columns no other table of the form has all of — stands further on inside another
    table's region with a row of its own under it (上海市科委 2024, a PDF's converter: 第二十条第（一）项
    alone, the next part's heading right after it, and after 第二十条第（八）项's rows "| 信息内容 |
    本年制发件数 | 本年废止件数 | 现行有效件数 |", 规章, 规范性文件): the table is read there, the
    other's region ending above that header, and the heading left alone is no prose."""
    for table in form.tables:
        span = out.tables.get(table.id)
        cols = {key(c.label) for c in table.cols}
        if span is None or any(lines[i].values() for i in range(*span)) or any(
                {key(c.label) for c in t.cols} >= cols for t in form.tables if t is not table):
            continue
        labels = [k for r in table.rows if not r.legacy for lab in row_labels(table, r.id) if (k := key(lab))]
        for other, (start, end) in list(out.tables.items()):
            at = next((i for i in range(start + 1, end) if all(c in keys[i] for c in cols)
                       and any(lines[j].values() and keys[j].startswith(tuple(labels)) for j in range(i + 1, end))), None)
            if at is not None and other != table.id:
                out.left.update(range(*span))
                out.tables[table.id], out.tables[other] = (at, end), (start, at)
                break


_SENTENCE_END = re.compile(r"[。；;！？]")


def _prose_resumes(table: Table, lines: list[Line], keys: list[str], start: int, end: int,
                   rows: tuple[str, ...]) -> int:
    """Where the report's words start again after the last table's numbers: a sentence, a heading
    or sub-heading, or a line of words none of the table's own. Headings the section reader did not
    take (五、其他需要报告的事项 after a 六 of the report's own outline, 六、存在的主要问题和改进情况 run
    into the page's last table) left the prose after the table inside it, and it was read as neither
    table nor text — dropped without a word (上海市科委 2024, 平潭苏平片区 2023). A line of the table's
    own characters is its header, whatever their order (a PDF's 维持纠正结果审结 read across a header
    printed vertically; 表四 printed as two blocks, 行政诉讼's under 行政复议's numbers)."""
    own = set("".join(key(w) for w in [g.text for g in table.grid] + [c.label for c in table.cols]
                      + [r.label for r in table.rows] + [r.group for r in table.rows]))
    numbers = False
    for i in range(start, end):
        cells = [c for c in lines[i].cells if c.strip()]
        if not cells:
            continue
        if all(is_value_text(c) for c in cells):
            numbers = True
            continue
        if not numbers:
            continue
        text = fold(lines[i].text)
        other = [ch for ch in key(text) if ch not in own]
        if _SENTENCE_END.search(text) or subheading(text) or heading_number(lines[i], rows) or len(other) >= 4:
            return i
    return end


def _fill_unnumbered(lines: list[Line], keys: list[str], form: Form, out: Regions) -> None:
    """A heading printed without its number (a page whose list numbering is drawn by its style:
    总体情况 on a line of its own) for a section no numbered heading was found for, when the line
    is the heading's words alone, the only such line, and stands between the sections around it.
    A run of such lines is a list of the headings (本报告包括：…, a 目录), not where they start."""
    words = {key(HEAD.sub(r"\2", h), numbering=True): NUMERALS.index(HEAD.sub(r"\1", h)) + 1
             for h in section_headings(form) if HEAD.match(h)}
    printed = [i for i, k in enumerate(keys) if k]
    candidates: dict[int, list[int]] = {}
    for at, i in enumerate(printed):
        n = words.get(keys[i])
        if n is None or i in out.contents or (lines[i].values() and lines[i].positional):
            continue
        if not any(keys[printed[j]] in words for j in (at - 1, at + 1) if 0 <= j < len(printed)):
            candidates.setdefault(n, []).append(i)
    found = {int(n): i for i, n in out.headings.items()}
    for n, at_lines in sorted(candidates.items()):
        if n in found or len(at_lines) != 1:
            continue
        i = at_lines[0]
        if all(j < i for m, j in found.items() if m < n) and all(j > i for m, j in found.items() if m > n):
            found[n] = i
            out.headings[i] = str(n)
            out.heading_text[str(n)] = fold(lines[i].text).strip().lstrip(HEAD_MARKS).strip()
