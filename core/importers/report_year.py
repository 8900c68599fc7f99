"""The year a report is for, and where that was read: the title's, else the statistical period's (or the
year the report's own sentence names, where the period was kept from last year's report), else the
publication date's, the 落款's, the year the opening speaks of, the one 一、总体情况's sentences open with,
or the clerk's. Every origin but the title is noted in the log, so the clerk can check it: a report filed
under the wrong year is a whole report wrong.
"""

from __future__ import annotations

import datetime
from typing import Optional

import core.importers.opening_year as opening_year
import core.importers.organ_words as organ_words
import core.importers.printed_text as printed_text
import core.importers.regions as regions
import core.importers.stated as stated
import core.importers.title_search as title_search
from core.importers.layout import Line
from core.importers.model import ImportLog
from core.importers.title_sentence import named_year
from core.registry import form_for_year

SPOKEN, OPENED, GIVEN = opening_year.SPOKEN, opening_year.SAID, opening_year.GIVEN


def report_year(lines: list[Line], full: str, probe: regions.Regions, head_end: int, opening: str, preamble: str,
                period: Optional[int], titled: Optional[int], title: str, how: str, given_year: Optional[int],
                log: ImportLog) -> tuple[Optional[int], str]:
    """(the year, where it was read) of the report in ``lines`` (``full`` their text, ``probe`` their
    sections and tables, ``head_end`` where the first section starts, ``opening``/``preamble`` the words
    above it); ``period`` the statistical period's year, ``titled`` the title's (``title``, found ``how``),
    ``given_year`` the clerk's, counted only when the source names none."""
    year = titled
    said = "正文开头所说的报告名称" if how == title_search.NAMED_IN_TEXT else "标题"
    its_name = named_year("\n".join(printed_text.paragraphs(lines, head_end)) if preamble.strip() else opening) \
        if year is None and period is not None else None
    if year is None and its_name is not None and its_name != period and has_form(its_name) \
            and stated.prose_year(outside_tables(lines, probe)[:4000]) == its_name:
        # no year in a title, the sentence naming the report (…局编制了2021年政府信息公开年度报告) names another year
        # than the statistical period, and the opening speaks of that year most: a period kept from last year's
        # report (when the opening speaks of the period's year, the sentence is the slip: 东山街道 2025)
        year, said = its_name, "正文开头所说的报告名称"
        log.note(f"{'标题中未找到年度' if title else '原文没有标题'}，正文开头说这是 {its_name} 年的报告，而统计期限为 "
                 f"{period} 年：按 {its_name} 年读取（统计期限可能沿用了上年报告），请核对报告年度")
    if year is None:
        year, said = period, "统计期限"
        if year is not None:
            # a copy that starts below its title (一、总体情况) has no title to miss the year in
            log.note(f"{'标题中未找到年度' if title else '原文没有标题'}，按统计期限定为 {year} 年")
            worked = stated.work_year(full[:4000])
            if worked is not None and worked != year:
                log.note(f"统计期限写的是 {year} 年，而正文说的是“{worked}年度”：统计期限可能沿用了上年报告，"
                         "请核对报告年度")
        else:
            published = stated.published_year(full[:4000])
            if published is not None:
                year, said = published - 1, f"发布时间 {published} 年"
                log.note(f"标题和统计期限中均未找到年度，按发布时间（{published} 年）定为 {year} 年，请核对")
            elif (signed := stated.signed_year(date := organ_words.signature_date([x.text for x in lines]))):
                # the 落款 closing the report (金山镇人民政府 / 2020年1月23日): published early in the next year
                year, said = signed, f"落款日期 {date}"
                log.note(f"标题、统计期限和发布时间中均未找到年度，按落款日期（{date}）定为 {year} 年，请核对")
            else:
                year, said = stated.prose_year(outside_tables(lines, probe)[:4000]), SPOKEN
                if year is not None and year > datetime.date.today().year:
                    year = None     # a year to come (2035年远景目标) is a plan's, never the year reported
                if year is not None:
                    log.note(opening_year.spoken_note(year))
                elif (opened := opening_year.read(lines, probe)) is not None:
                    year, said = opened, OPENED
                    log.note(opening_year.note(year))
                elif given_year is not None:
                    year, said = given_year, GIVEN
                    log.note(f"原文没有写明报告年度，按您指定的 {year} 年读取")
    elif period is not None and period != year:
        log.note(f"标题年度为 {year} 年，而统计期限为 {period} 年，请核对")
    elif period is None:
        spoken = stated.prose_year(outside_tables(lines, probe)[:4000])
        if spoken is not None and spoken != year:
            # no statistical period to check the title by, and the opening speaks of another year
            # (现公布…2024年…报告 over 现将2025年度工作报告如下, 2025年…: last year's words kept)
            log.note(f"标题年度为 {year} 年，而正文说的多是“{spoken}年”：标题可能沿用了上年报告，请核对报告年度")
    return year, said


def outside_tables(lines: list[Line], found: regions.Regions) -> str:
    """The text of the lines no table takes: a year a table's header names (上一年项目数量（指2019年…）)
    is not the year the report speaks of."""
    inside = {i for a, b in found.tables.values() for i in range(a, b)}
    return "\n".join(line.text for i, line in enumerate(lines) if i not in inside)


def has_form(year: int) -> bool:
    try:
        form_for_year(year)
    except KeyError:
        return False
    return True
