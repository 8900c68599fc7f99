"""The prose of each section of a report.

Prose is split at the six numbered headings found by ``regions`` and, inside a section with
subsections, at paragraphs opening with （一）… (or at that numbering inside a paragraph, in a copy
that ran together); text before 一、 (after the title) is the preamble. What the tables print is
left out, and so are page numbers, a section's heading printed again, the page's own lines (its
menu, field lines, footer: ``page_furniture``) and the signature. When 一、's heading is not
printed, the text before the first heading found that holds its items is section 一, not the
preamble (``unheaded_opening``) — the whole text, in a copy cut inside 一 before any heading (an
excerpt whose 本报告… paragraphs run straight into (一)主动公开… (二)依申请公开…).
"""

from __future__ import annotations

import re

import core.importers.page_furniture as page_furniture
import core.importers.printed_text as printed_text
from core.forms import Form, Section
from core.importers.heading_words import NUMERALS, numeral, section_headings, subheading
from core.importers.layout import Line
from core.importers.match import key, similarity
from core.importers.page_marks import is_page_number
from core.importers.regions import Regions


def is_table_row(line: Line) -> bool:
    """A row of a table pasted into the prose (a file list, a screenshot's grid): not prose."""
    return line.grid or (not line.positional and sum(1 for c in line.cells if c.strip()) >= 3)


def _paragraphs(lines: list[Line], right: dict[int, float] | None = None) -> list[str]:
    """Lines joined into paragraphs: a PDF line continues the previous unless it is indented, or the
    previous ends short of the page's right margin (``right``: each page's; ``printed_text.wraps_on``)."""
    out: list[str] = []
    last: Line | None = None
    for line in lines:
        text = line.text.strip()
        if not text or is_page_number(text) or is_table_row(line):
            continue
        if line.positional and not line.grid and out and line.indent < 8 and (
                right is None or last is None or printed_text.wraps_on(last, line, right)):
            prev = out[-1]
            sep = " " if prev and prev[-1].isascii() and text[0].isascii() and prev[-1].isalnum() else ""
            out[-1] = prev + sep + text
        else:
            out.append(text)
        last = line
    return [c for p in out if (c := _clean(p))]


_MD_LINK = re.compile(r"\[([^\]\n]{1,200})\]\((?:mailto:|https?://)[^)\s]{0,300}\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]{1,300})>")


_WORD_COMMENT = re.compile(r"<!--\[(?:if [^\]]{1,40}|endif)\]-->")
"""Word's list markup a page exported from Word keeps (<!--[if !supportLists]-->, <!--[endif]-->),
copied as text with the page."""


def _clean(text: str) -> str:
    """Web-to-text leftovers out of a paragraph: markdown headings, bold marks, link syntax, Word's
    list markup, and the "?" a copy put at its start for the indent it could not encode."""
    text = re.sub(r"^[#>\s?？]+", "", _WORD_COMMENT.sub("", text))
    text = _MD_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    return text.replace("**", "").strip()


def split(lines: list[Line], regions: Regions, form: Form, skip: set[int]) -> tuple[dict[str, str], list[str]]:
    """Section texts (preamble, 1…6 and subsections) and notes on renamed headings."""
    notes: list[str] = list(regions.notes)
    starts = sorted(regions.headings.items())
    first = starts[0][0] if starts else len(lines)
    chunks: dict[str, list[Line]] = {"preamble": []}
    for i in range(first):
        if i not in skip:
            chunks["preamble"].append(lines[i])
    for n, (start, sid) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        chunks[sid] = [lines[i] for i in range(start + 1, end) if i not in skip]
    texts: dict[str, str] = {}
    wordings: dict[str, list[str]] = {}
    for h in section_headings(form):
        number, sep, words = h.partition("、")
        if sep and number in NUMERALS:
            wordings.setdefault(str(NUMERALS.index(number) + 1), []).append(words)
    right = printed_text.prose_edges(lines)
    pre = page_furniture.without_page_head(_paragraphs(chunks["preamble"], right))
    one = form.sections[0] if form.sections else None
    opening: list[str] = []
    if one is not None and one.id not in chunks:
        pre, opening = unheaded_opening(pre, [sub.heading for sub in one.subsections], one.heading.partition("、")[2])
        if opening:
            number, _, name = one.heading.partition("、")
            notes.append(f"原文没有“{one.heading}”这一标题，写{name}各项的段落已按第{number}部分读取，请核对")
    if pre:
        texts["preamble"] = "\n".join(pre)
    for section in form.sections:
        if section.id in chunks:
            paras = _section_paras(section, chunks[section.id], regions, form, starts, notes,
                                   wordings.get(section.id, []), right)
        elif opening and section is one:
            paras = opening
        else:
            continue
        if section.subsections:
            _with_subsections(section.id, [s.id for s in section.subsections], paras, texts)
        elif paras:
            texts[section.id] = "\n".join(paras)
    return texts, notes


def _section_paras(section: Section, lines: list[Line], regions: Regions, form: Form, starts: list[tuple[int, str]],
                   notes: list[str], wordings: list[str], right: dict[int, float]) -> list[str]:
    """The paragraphs under a section's heading, without its heading printed again, the page's
    footer or the signature."""
    printed = regions.heading_text.get(section.id, "")
    if printed and similarity(printed, section.heading) < 0.9:
        notes.append(f"第{section.heading[0]}部分标题原文为“{printed}”（格式为“{section.heading}”）")
    rows = sum(1 for line in lines if is_table_row(line))
    if rows and section.id not in {t.section for t in form.tables}:
        notes.append(f"{section.heading}中插入的表格（{rows} 行）不是正文文字，未录入")
    paras = [p for p in _paragraphs(lines, right) if not _heading_again(p, wordings)]
    if starts and section.id == starts[-1][1]:       # the copy's last section: a page ends there
        paras = page_furniture.drop_closing(page_furniture.drop_page_footer(paras))
    if section.id == "6" or section.id == str(len(form.sections)):
        paras = page_furniture.drop_signature(paras)
    return paras


_OF_THE_REPORT = re.compile(r"本(?:年度)?报\s*告|年度报告|年\s*报|统计(?:期限|时限|区间)|所列数据|报告如下|如下\s*[:：]?\s*$")
"""What a preamble's paragraph says of the report it opens (本报告…, 统计期限…, 现将…报告如下:); the
first section's own opening says what the organ did."""
_ITEMS_NEEDED = 3


def unheaded_opening(paras: list[str], items: list[str], title: str = "") -> tuple[list[str], list[str]]:
    """(preamble, first section) of the paragraphs before the first heading found, when the first
    section's heading (一、总体情况) is not among them but its items are: at least three paragraphs
    that open with its items' words (主动公开…, 依申请公开…, 政府信息管理…, 平台建设…, 监督保障…, as
    ``items`` name them) or with three of its numbered items in order ((一)… (二)…, a copy starting
    inside it). The preamble keeps the leading paragraphs that speak of the report (本报告, 统计期限);
    the section is the rest. Without such items the paragraphs stay the preamble, as printed: a
    section one the report lacks is not made up.

    Or the heading is printed numbered as a subsection's: a paragraph that is the section's own
    ``title`` alone after （一） ((一)总体情况 over 1.主动公开… 2.依申请公开…, 薛城区发改局 2022: the report
    numbering its parts as items): the section starts after it, however few of its items a copy cut short
    still holds, and what stands above stays the preamble. The title alone, nothing after it: （一）总体情况
    良好… is a sentence, not a heading; （二）总体情况 is another part's."""
    own = key(title)
    for at, p in enumerate(paras):
        sh = subheading(p)
        if own and sh is not None and sh[0] == 1 and key(sh[1]) == own:
            return paras[:at], paras[at + 1:]
    cues = [key(re.sub(r"^[(（][一二三四五六七八九十]+[)）]", "", i))[-4:] for i in items]
    cued = {n for p in paras for n, c in enumerate(cues) if c and c in key(p)[:16]}
    numbered, expected = 0, None
    for p in paras:
        sh = subheading(p)
        if sh and (expected is None or sh[0] == expected):
            numbered, expected = numbered + 1, sh[0] + 1
    if len(cued) < _ITEMS_NEEDED and numbered < _ITEMS_NEEDED:
        return paras, []
    lead = 0
    while lead < len(paras) and _OF_THE_REPORT.search(paras[lead]) and not subheading(paras[lead]):
        lead += 1
    return paras[:lead], paras[lead:]


def _heading_again(para: str, wordings: list[str]) -> bool:
    """The section's heading printed again inside it, without its number (主动公开政府信息情况 as the
    caption over 表二): a heading, not the section's words."""
    if re.search(r"[。，,；;：:]", para) or subheading(para) or re.match(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]", para):
        return False                     # (（一）概述 is a subsection's heading, not the section's again)
    return any(similarity(para, w) >= 0.9 and len(key(para)) <= len(key(w)) for w in wordings)   # (not 无其他需要报告的事项)


def _marks(paras: list[str], count: int) -> list[int]:
    """The paragraphs opening with （一）, （二）… in order, up to the ``count``-th."""
    marks = []
    expected = 1
    for i, p in enumerate(paras):
        sh = subheading(p)
        if sh and sh[0] == expected and expected <= count:
            marks.append(i)
            expected += 1
    return marks


_INLINE_SUB = re.compile(r"(?:(?<=[。；;！？!?\s>])|^)[(（]\s*([一二三四五六七八九十]{1,2})\s*[)）]")
"""（二） at a paragraph's start, after a sentence's end or a space: where a subsection starts in a page
that ran together (…提供制度保障。（二）政府信息公开平台建设方面…)."""


def _cut_inline(paras: list[str], count: int) -> list[str]:
    """Paragraphs cut before the subheadings printed inside them, numbered in order from （一）: a
    copy that ran together holds a section in one paragraph, and its subsections were read as one
    text (section 一 swallowing its own 主动公开, 依申请公开…)."""
    cuts: dict[int, list[int]] = {}
    expected = 1
    for n, p in enumerate(paras):
        for m in _INLINE_SUB.finditer(p):
            if expected <= count and numeral(m.group(1)) == expected:
                cuts.setdefault(n, []).append(m.start())
                expected += 1
    if expected <= 2:
        return paras
    out: list[str] = []
    for n, p in enumerate(paras):
        at = [0] + [a for a in cuts.get(n, []) if a] + [len(p)]
        out.extend(piece for a, b in zip(at, at[1:], strict=False) if (piece := p[a:b].strip()))
    return out


def _with_subsections(sid: str, subs: list[str], paras: list[str], texts: dict[str, str]) -> None:
    """Paragraphs under a section whose subsections are headed （一）…: each subsection its own
    text when the paragraphs follow that numbering in order (paragraphs run together cut first at
    the numbering inside them); otherwise the whole section."""
    marks = _marks(paras, len(subs))
    if len(marks) < 2:
        paras = _cut_inline(paras, len(subs))
        marks = _marks(paras, len(subs))
    if len(marks) < 2:
        if paras:
            texts[sid] = "\n".join(paras)
        return
    head = paras[:marks[0]]
    if head:
        texts[sid] = "\n".join(head)
    for n, m in enumerate(marks):
        end = marks[n + 1] if n + 1 < len(marks) else len(paras)
        texts[subs[n]] = "\n".join(paras[m:end])
