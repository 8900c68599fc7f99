"""The year a report's body opens with: the last resort for the year of a copy that states it nowhere
else (no title line with a year, no statistical period, no sentence about itself naming one, no
publication or signing date).

Why: pages that print the report's words under the page's own title (北京 街道 pages, 广东省厅 pages)
lose all of those with the title when copied, and keep the year only where the body opens its
sentences with it ("一、总体情况 2024年，我街道坚持…"), or with the whole year's span (2022年1月1日至
2022年12月31日，某镇未收到…申请: ``stated.whole_spans``). Each of those sentences says what was done in the
year reported on, so when they all name one year, that is the report's year — read from the words, so
always told to the clerk to confirm. Conservative, as a false year is worse than a refusal: only the
section 一、总体情况 is read (or, in a copy printing no section heading, its body's first paragraph),
never 五/六 (next year's plans); only years that open a sentence, never one inside 《》, a date
(2024年3月5日), a range or a list (2023年至2024年, 2023年、2024年), a plan (2025年将…), or a document's
name (2023年政务公开工作要点…); every such year must be the same one, not after this year and not
before the 条例 took effect (2008).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

import core.importers.regions as regions
from core.importers.layout import Line
from core.importers.match import fold
from core.importers.model import ImportLog
from core.importers.stated import whole_spans
from core.importers.title_sentence import speaks_of_itself

SAID, SPOKEN, GIVEN = "正文“一、总体情况”各句开头所写的年份", "正文开头所说的年份", "您指定的年度"
"""Where the year came from (``build``'s ``said``, which the refusal of a year before the forms names):
the overview's openings, the year the opening names most (``stated.prose_year``), the clerk."""
FIRST_YEAR = 2008
"""The 条例 took effect on 1 May 2008: no earlier year has a 政府信息公开 annual report."""

_SENTENCES = re.compile("[^\u3002;!?\n]+")
"""A sentence (the text is width-folded: ；！？ are ;!?): a clause after a comma is no opening."""
_MARKER = r"(?:[(\u3010][\u4e00-\u9fff\d]{1,3}[)\u3011]|\d{1,2}\s*[.\u3001]|[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]\u662f)?"
"""(一), 【一】, 1. or 1、, 一是: a list's mark before the sentence's own words."""
_OPENS = re.compile(rf"^\s*{_MARKER}\s*((?:19|20)\d{{2}})\s*\u5e74(\u5ea6)?\s*(.{{0,24}})")
"""2024年，… / 2024年度，… / 2024年以来，… / 2024年全年… / 2024年我街道…: 年(度) and the words after."""
_SPAN_OPENS = re.compile(rf"^\s*{_MARKER}\s*(?:\u81ea|\u4ece|\u5728)?\s*(?=(?:19|20)\d{{2}})")
"""Where a span opening a sentence would start: after a list's mark, and 自/从/在 (从2022年1月1日至…)."""
_DATE_OR_RANGE = re.compile(r"^(?:\d{1,2}\u6708|[\u81f3\u5230\u3001\u548c\u4e0e\u53ca\u8d77~\-\u2014\u2013])")
"""A date (2024年3月…), a range or a list (2023年至2024年, 2023年、2024年, 2023年和2024年, 2023年起)."""
_PLAN = re.compile(r"\u5c06|\u8ba1\u5212|\u62df|\u9884\u8ba1|\u529b\u4e89|\u4e89\u53d6|\u51c6\u5907|\u4e0b\u4e00\u6b65|\u4eca\u540e")
"""A plan (将 计划 拟 预计 力争 争取 准备 下一步 今后) in the sentence's first words: next year's, not the
year reported (a past 将…纳入 is skipped too, which only leaves a year unread)."""
_DOCUMENT = re.compile(r"\u300a|\u62a5\u544a|\u8981\u70b9|\u65b9\u6848|\u89c4\u5212|\u901a\u77e5|\u610f\u89c1|\u529e\u6cd5|\u6e05\u5355|\u76ee\u5f55")
"""A document's name the year begins (2023年政务公开工作要点…, 2023年度政府信息公开工作年度报告已…): 《 报告
要点 方案 规划 通知 意见 办法 清单 目录 before the first comma."""
_OVERVIEW_HEADING = re.compile(r"^\s*(?:\u4e00|1)\s*[\u3001.]\s*[\u4e00-\u9fff]{0,12}?(?:\u60c5\u51b5|\u6982\u8ff0|\u6982\u51b5)\s*")
"""一、总体情况 (一、概述, 一、政府信息公开总体工作情况) at the start of a line that goes on with its text."""
_SENTENCE_MARK = re.compile("[\u3002,]")


def settle(year: Optional[int], said: str, given: Optional[int], looks: bool, lines: list[Line],
           found: regions.Regions, log: ImportLog) -> tuple[Optional[int], str, bool]:
    """(year, where it came from, whether the copy is read) for a copy holding no table and known by
    neither title nor headings nor its words naming its year; ``looks``: it reads as a report
    (``what_it_is.reads_as_a_report``). Read when the clerk gave its year, or when its overview opens
    with the year it has, whatever named it (its period, its page's 发布日期: 兴化市大垛镇 2025); the year
    its prose names most only so — else the clerk's (``given``), else none, and the clerk is asked for
    it. The origin is told in the log's notes, in place of the note of the year the prose names most."""
    # (read once: the year ``report_year`` took from these openings, over the same lines and regions, is theirs)
    opened = (year if said == SAID else read(lines, found)) if looks and said != GIVEN else None
    spoken = [n for n in log.notes if looks and said == SPOKEN and year is not None and n == spoken_note(year)]
    if spoken and opened != year:
        log.notes.remove(spoken[0])
        year, said = given, GIVEN
        if year is not None:
            log.note(f"原文没有写明报告年度，按您指定的 {year} 年读取")
    elif spoken and year is not None:
        log.notes[log.notes.index(spoken[0])] = note(year)
    return year, said, looks and year is not None and (said == GIVEN or opened == year)


def read(lines: list[Line], found: regions.Regions) -> Optional[int]:
    """``opening_year`` of ``lines`` with the sections and tables ``found`` in them."""
    return opening_year(lines, found.headings, [start for start, _ in found.tables.values()], found.overview)


def spoken_note(year: int) -> str:
    """The note of a year read as the one the opening names most (``stated.prose_year``): written by
    ``report_year``, found again by ``settle`` to be replaced — one wording, so the two cannot drift apart."""
    return f"标题、统计期限和发布时间都没有写明年度，按正文开头所说的“{year}年”定为 {year} 年，请核对"


def note(year: int) -> str:
    """The note that says where the year came from: the clerk confirms it (the preview, ``check --json``)."""
    return (f"标题、统计期限、发布时间和落款日期都没有写明年度，正文也没有说明本报告是哪一年的：按“一、总体情况”"
            f"各句开头所写的“{year}年”推断为 {year} 年，请确认报告年度")


def opening_year(lines: list[Line], headings: dict[int, str], table_starts: list[int],
                 overview: str) -> Optional[int]:
    """The one year the sentences of 一、总体情况 open with (``headings``: line index → section id, as
    ``regions.find`` gives them, ``overview`` the id of 一 among them, the form's first section;
    ``table_starts``: where its tables start, which end the section), or, in a copy printing no heading,
    its first paragraph's; None when none opens with a year, two different ones do, or the year is after
    this one or before 2008."""
    years = set()
    for sentence in _SENTENCES.findall(fold(_overview(lines, headings, table_starts, overview))):
        spans = whole_spans(sentence)
        opening = _SPAN_OPENS.match(sentence)
        if spans and opening is not None and spans[0][0] == opening.end():
            # the whole year's span opening the sentence (2022年1月1日至2022年12月31日,某镇未收到…申请): the year the
            # work was done in, as 2022年,… says it; not a sentence about the period (统计期限为…: a notice's too)
            years.add(spans[0][1])
            continue
        m = _OPENS.match(sentence)
        if m is None:
            continue
        after = re.sub(r"\s+", "", m.group(3))
        if _DATE_OR_RANGE.match(after) or _PLAN.search(after) or _DOCUMENT.search(after.split(",")[0]):
            continue
        years.add(int(m.group(1)))
    if len(years) != 1:
        return None
    year = years.pop()
    return year if FIRST_YEAR <= year <= date.today().year else None


def _overview(lines: list[Line], headings: dict[int, str], table_starts: list[int], overview: str) -> str:
    """The text of section 一 (its heading's line after the heading's words, to the next heading or
    table); with no heading at all, the body's first paragraph (the first line holding a sentence
    that is no preamble's words about the report); else nothing."""
    start = next((i for i, s in sorted(headings.items()) if s == overview), None)
    if start is None:
        if headings:
            return ""
        return next((line.text for line in lines if _SENTENCE_MARK.search(fold(line.text))
                     and not speaks_of_itself(fold(line.text))), "")
    ends = [i for i in (*headings, *table_starts) if i > start]
    end = min(ends, default=len(lines))
    first = _OVERVIEW_HEADING.sub("", fold(lines[start].text), count=1)
    return "\n".join([first, *(line.text for line in lines[start + 1:end])])
