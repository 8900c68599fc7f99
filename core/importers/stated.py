"""What a report's text states of itself outside its title: the year of its statistical period, of
its work, of its publication, the year its opening speaks of most, and its contact. Read when the
title names no year (a copy starting below it, a title naming none), each with its origin told to
the clerk (``build``)."""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from core.importers.match import fold

_PERIOD = re.compile(r"((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日\s*(?:起\s*[,，]?)?\s*(?:至|到|[-—–～~－])\s*"
                     r"(?:((?:19|20)\d{2})\s*年\s*)?12\s*月\s*31\s*(?:日|(?=\s*止))")
"""自2024年1月1日至2024年12月31日, 从2019年1月1日到12月31日止, 2024 年 1 月 1 日—12 月 31 日; 从2023年1月1日
至12月31止 (the 日 left out before 止, as 西柳镇 2023 prints it); 自2024年1月1日起,至2024年12月31日止 (a comma
after 起, as 濂溪区 2024 prints it)."""
_PERIOD_RUN = re.compile(r"((?:19|20)\d{2})11\s*日\s*(?:起)?\s*(?:至|到)\s*(?:((?:19|20)\d{2}))?1231\s*日")
"""自202111日起至20211231日止, 自202511日至1231日: a page whose 年 and 月 the site dropped (its text
runs 2021年1月1日 together as 202111日; the same pages print 〔202130号 for 〔2021〕30号). Only 1月1日
and 12月31日 run together so: no other day reads as 11日 after a year and 1231日 at the end."""
_PERIOD_DOTS = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*([./])\s*0?1\s*\2\s*0?1\s*(?:起\s*)?(?:至|到|[-—–～~－])\s*"
                          r"(?:((?:19|20)\d{2})\s*\2\s*)?12\s*\2\s*31(?![\d.])")
"""2022.1.1-2022.12.31, 2022/01/01至2022/12/31, 2022.1.1-12.31: the same span in figures only (one separator
throughout, never the dash that also marks the range)."""
_COMPARED_BEFORE = re.compile(r"(?:与|较|比|对比|上一?年度?|去年|上年同期)\s*(?:同期)?\s*[(（]?\s*$")
_COMPARED_AFTER = re.compile(r"^\s*(?:期间|的?数据)?\s*[)）]?\s*(?:相比|相较|同期|同比|比较|对比)")
"""与2021年1月1日至2021年12月31日相比, 比上年度（2021年1月1日至…）: last year's span, named to compare with."""
_PLANNED = re.compile(r"计划(?!生育)|拟|预计|力争|争取|下一步|今后|明年|下一年|展望|(?<!现)将\s*(?:于|在)?\s*$")
_PLANNED_AFTER = re.compile(r"^\s*(?:期间|内)?\s*[,，]?\s*[\u4e00-\u9fff]{0,4}?(?:将|计划|拟)")
"""计划于2024年1月1日至2024年12月31日…, 2024年1月1日至12月31日(,我局)将…: a year to come, what is planned for it (现将
2022年1月1日至…情况报告如下 is the report's own: only a 将 just before the span is a plan's; a past 将, 把, after it
only leaves the span unread)."""
_SENTENCE_END = re.compile(r"[。；;!！?？\n]")


def whole_years(text: str) -> list[int]:
    """The years of the spans in ``text`` that name one whole calendar year, first day and last both
    stated (2022年1月1日至2022年12月31日, …至12月31日, 2022.1.1-2022.12.31), in order: what a report states as
    the period it covers, wherever its sentence stands. Not a span over several years (2019年1月1日至2021年
    12月31日) nor part of one (none matches), not last year's named in a comparison, not one planned, nor a
    year after this one: none of those is the year reported."""
    return [year for _, year in whole_spans(text)]


def _spans(folded: str) -> list[tuple[int, int, int]]:
    """(start, end, year) in ``folded`` (width-folded text) of each span ``whole_years`` gives."""
    found = [(m.start(), m.end(), m.group(1), m.group(2))
             for m in (*_PERIOD.finditer(folded), *_PERIOD_RUN.finditer(folded))]
    found += [(m.start(), m.end(), m.group(1), m.group(3)) for m in _PERIOD_DOTS.finditer(folded)]
    years = []
    for start, end, first, last in sorted(found):
        if last not in (None, first) or int(first) > date.today().year:
            continue
        before, after = folded[max(0, start - 12):start], folded[end:end + 12]
        sentence = _SENTENCE_END.split(folded[max(0, start - 60):start])[-1]
        if _COMPARED_BEFORE.search(before) or _COMPARED_AFTER.match(after) \
                or _PLANNED.search(sentence) or _PLANNED_AFTER.match(after):
            continue
        years.append((start, end, int(first)))
    return years


def whole_spans(text: str) -> list[tuple[int, int]]:
    """(where in the width-folded ``text`` it starts, its year) of each span ``whole_years`` gives."""
    return [(start, year) for start, _, year in _spans(fold(text))]


_SPAN_TAIL = re.compile(r"\s*止?\s*(?:期间|内)?")
"""(止)(期间|内) after a span: its own words, which name no other time."""


def own_span_out(text: str, year: int) -> str:
    """``text`` without the spans ``whole_spans`` takes as naming ``year`` whole, with their (止)(期间|内): the
    words before a count's verb may open with the period as its time (2023年1月1日至2023年12月31日期间共收到…1件,
    闽侯县交通运输局 2023), which, run on with no comma, left its days' figures among those words, where a figure
    marks another count's. A span of another year, a compared or planned one stays (and keeps its clause unread);
    so does every span of a text that width-folding changes in length (its places would not match)."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    kept, last = [], 0
    for start, end, found in sorted(_spans(folded), key=lambda span: (span[0], -span[1])):   # the longest first
        if found == year and start >= last:
            tail = _SPAN_TAIL.match(folded, end)
            kept.append(text[last:start])
            last = tail.end() if tail else end
    return "".join(kept) + text[last:]


_PUBLISHED = re.compile(r"(?:发布(?:时间|日期)|公开日期|成文日期|生成日期|发文日期)\s*[:：]?\s*((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})")
"""发布时间：2025-02-06: a report is published early in the year after the one it reports."""

CONTACT = {
    "电话": re.compile(r"(?:电话|联系电话|咨询电话)[：:\s]*((?:\d{3,4}[-－—]?)?\d{7,8}(?:[-－]\d{1,4})?)"),
    "传真": re.compile(r"传真[：:\s]*((?:\d{3,4}[-－—]?)?\d{7,8})"),
    "邮编": re.compile(r"邮(?:政)?编(?:码)?[：:\s]*(\d{6})"),
    "电子邮箱": re.compile(r"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"),
    "网址": re.compile(r"((?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.gov\.cn[A-Za-z0-9/._~%?#=&:+-]*)"),
    "地址": re.compile(r"地址[：:\s]*(?![、和及与”\"’』」])([^，,；;。）)（(、]{4,60})"),
}
"""地址 before 、和及与 names the word in a list (办公地址、办公时间…); before a closing quote it ends a
quoted name (开设“联系地址”等栏目): neither introduces an address. A web address is ASCII: the words
run on after it (网站www.suining.gov.cn全文公开) are no part of it."""


def period_year(text: str) -> Optional[int]:
    """The year of the statistical period: the first span naming a whole year the report's own
    (``whole_years``)."""
    return next(iter(whole_years(text)), None)


_PROSE_YEAR = re.compile(r"(?<![\d〔\[（(第])(?<!\d[-—–~～－])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:起)?施行)")
"""A year named (2023年), not a law's date of effect, nor the end of a span of years (《…规划（2021-2035年）》): a
plan's last year is no year a report speaks of (柞水县医疗保障局's opening, under a title naming no year, read 2035)."""


# the year a request is carried over to (其中1件结转至2021年答复; 结转2022年办理; 余0件转2024年度办理): the
# year after the report's, never the one it is about (a bare 转 only before what is done with it there)
_CARRIED_TO = re.compile(r"结转\s*(?:至|到)?\s*(?:19|20)\d{2}\s*年"
                         r"|转\s*(?:至|到|入)?\s*(?:19|20)\d{2}\s*年度?(?=\s*(?:继续)?(?:办理|答复|处理))")


_COMPARED = re.compile(r"(?:与|较|比|同比|相比|对比)\s*(?:上一?年度?|去年)?\s*[(（]?\s*(?:19|20)\d{2}\s*年度?\s*[)）]?"
                       r"|(?:上一?年度?|去年)\s*[(（]\s*(?:19|20)\d{2}\s*年度?\s*[)）]"
                       r"|(?:19|20)\d{2}\s*年度?\s*(?:相比|同期|同比)")
"""The year a figure is compared with (与上年度（2022年）相比, 较2022年增长, 比2022年减少, 2022年同期): the year before
the report's, named as often as a report compares its figures, never the year it speaks of."""


_DATED = re.compile(r"(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
"""The day a page's field dates the article (时间:2024年01月29日来源:…): when it was published, early in the next
year, never the year its words speak of. (A 落款's date stays counted: alone it would leave the one year the words
name to stand unopposed, where the signature's month cannot say which year it closes.)"""


def prose_year(text: str) -> Optional[int]:
    """The year the opening of a report speaks of most (2023年，在区委…；2023年，通过…; a copy that
    starts at 一、总体情况 may name it once: 汇报我镇2023年政府信息公开工作), when no other year is
    named as often: the last resort when nothing states the year, always told to the clerk. A year in a
    《》 name is a document's (公开发布《…2021年…报告》), not the year spoken of, unless no other is
    (我镇认真学习了《2021年全省…报告》。现将本年度的报告汇报如下)."""
    folded = _DATED.sub("", _COMPARED.sub("", _CARRIED_TO.sub("结转", fold(text))))
    return _most_named(_without_titles(folded)) or _most_named(folded)


def _most_named(text: str) -> Optional[int]:
    counts: dict[int, int] = {}
    for m in _PROSE_YEAR.finditer(text):
        counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


_YEAR_OF_WORK = re.compile(r"(?<![\d〔\[（(第])((?:19|20)\d{2})\s*年度")


def work_year(text: str) -> Optional[int]:
    """The one year the text's "N年度" name, when they name one only and at least twice (2022年度我乡
    共计主动公开…; 2022年度我乡未发生…): a check of a statistical period left from last year's
    report. Years in 《》 titles and 〔〕 document numbers are no year of work, nor the year a request is
    carried over to (余0件转2024年度办理)."""
    named = [int(y) for y in _YEAR_OF_WORK.findall(_without_titles(_CARRIED_TO.sub("结转", fold(text))))]
    return named[0] if len(named) >= 2 and len(set(named)) == 1 else None


def _without_titles(text: str) -> str:
    return re.sub(r"《[^《》\n]{0,80}》", "《》", text)


_LATE = 10
"""The first month a page's publication date no longer tells the year before: reports come out early in
the next year (late ones through the summer), but a page dated in the year's last months may carry that
year's own report (发布时间:2023-12-19 over 滁州市气象局2023年度…报告), or be dated when the page was remade."""


def published_year(text: str) -> Optional[int]:
    """The year a page says the report was published in (发布时间：2025-02-06), or None (also when dated
    from October on, ``_LATE``: which year it reports, the date does not say)."""
    m = _PUBLISHED.search(fold(text))
    return int(m.group(1)) if m and int(m.group(2)) < _LATE else None


_DIGITS = {c: n for n, c in enumerate("\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d")}
_DIGITS.update({"\u25cb": 0, "\u96f6": 0})
"""〇一二三四五六七八九 (and ○, 零 for 〇): the digits of a date written in characters (二〇二〇年一月二十三日)."""
_SIGNED_ON = re.compile(r"((?:19|20)\d{2}|[\u3007\u25cb\u96f6\u4e00-\u9fff]{4})\s*年\s*(\d{1,2}|[\u4e00-\u9fff]{1,2})\s*月")
_EARLY = 3
"""The last month a signature is taken to close the year before: the 条例 has an organ's report published
by 31 January (第四十九条), a government's whole report by 31 March (第五十条); one signed later in the
year may be late, or the year's own — the date does not say which."""


def signed_year(date: Optional[str]) -> Optional[int]:
    """The year a report signed on ``date`` (its 落款, ``organ_words.signature_date``) reports: the year
    before, when signed in January to March (2020年1月23日 → 2019), as a report is published early in
    the year after its own; None for a later month, which the words do not settle."""
    m = _SIGNED_ON.search(re.sub(r"\s+", "", date or ""))
    if m is None:
        return None
    year_text, month_text = m.group(1), m.group(2)
    if year_text.isdigit():
        year = int(year_text)
    elif all(c in _DIGITS for c in year_text):
        year = int("".join(str(_DIGITS[c]) for c in year_text))
    else:
        return None
    month = int(month_text) if month_text.isdigit() else _DIGITS.get(month_text, 0)
    return year - 1 if 1 <= month <= _EARLY else None


def contact(text: str) -> dict[str, str]:
    folded = fold(text)
    out = {}
    for name, pattern in CONTACT.items():
        m = pattern.search(folded)
        if m:
            out[name] = m.group(1).strip()
    return out
