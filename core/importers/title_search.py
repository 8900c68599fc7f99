"""Where among the lines above section 一 the report's title stands: on one line or wrapped over two
or three, under a site's menus and page fields, among titles of other years a sidebar lists, or
nowhere — the report then known by its preamble's sentence naming it, or by the organ a line beside
an organ-less title prints. What a title line or such a sentence says is read by ``prose``.
"""

from __future__ import annotations

import re
from typing import Optional

import core.importers.printed_text as printed_text
from core.importers.layout import Line
from core.importers.match import fold, key
from core.importers.opening import names_a_place, opening_subject
from core.importers.organ_words import organ_in_words
from core.importers.page_marks import is_page_number
from core.importers.prose import (
    DATE_LINE,
    FIELD_LABEL,
    LEAD_IN,
    NO_NAME,
    NO_YEAR_TITLE,
    PAGE_CHROME,
    named_in_sentence,
    names_none,
    title_parts,
)
from core.importers.stated import prose_year
from core.importers.title_sentence import names_its_report, unscrambled
from core.organ_level import organ_level

_PAGE_FIELD = re.compile(r"(?:浏览|阅读|访问|点击)\s*(?:次数|量|数)\s*[:：]|(?:发布|发文|生成|成文)\s*(?:时间|日期)\s*[:：]"
                         r"|来\s*源\s*[:：]|字\s*[号体]\s*[:：]"
                         r"|索\s*引\s*号|(?:主\s*题|组\s*配)\s*分\s*类")
"""A web page's own field lines about the article (浏览次数:次, 发布时间：…, 来源：…, 字号：…), and the lines
of its index grid (索引号 001008003008067/2021-98380 主题分类 政务公开; 组配分类 信息公开年报 发布机构 县府办:
labels no title holds, with or without a colon). Above a title wrapped over two lines, such a line was
joined into it and its last word taken for the organ's first (瀏覽次數:次 / 西安市高陵區文化和旅游體育局 /
2021年…報告 read as 次西安市高陵区…局); a breadcrumb ending in a year (> 政府信息公开年报 > 2020年) over
the grid read as the title 2020年索引号…主题分类政务公开组配分类信息公开年报, its organ 索引号…主题分类."""


_COLUMN = re.compile(r"(?:(?:19|20)\d{2}\s*年度?)?(?:政府)?(?:信息|政务)公开(?:专栏|目录|年报|平台)?")
"""A site's column name on a line of its own (政府信息公开, 政务公开…, a year's: 2020年信息公开年报): over a title
wrapped after the organ (政府信息公开 / 北京市大兴区人民政府办公室 / 2025年…报告) it was joined in front of the organ,
and a year's column over a title naming none (2020年信息公开年报 / 蒲纺工业园区政府信息公开工作年度报告) read as a
year-first title of the organ 信息公开年报蒲纺工业园区. No title starts with it: the organ's name, or the year, comes first."""


def _column_over(lines: list[Line], used: list[int]) -> bool:
    """The first of lines joined into a title is only a column's name (``_COLUMN``)."""
    return _COLUMN.fullmatch(re.sub(r"\s+", "", fold(lines[used[0]].text))) is not None


def _said_again(lines: list[Line], used: list[int]) -> bool:
    """The first of lines joined into a title is said again at the start of the next (a site's banner
    printing the organ over a wrapped title: 左贡县人民政府 / 左贡县人民政府2021年度 / 信息公开年度报告):
    it is no part of the title, and joined it would give the organ twice."""
    first, second = (re.sub(r"\s+", "", fold(lines[j].text)) for j in used[:2])
    return bool(first) and second.startswith(first)


def _page_field(text: str) -> bool:
    """A line of the page's fields that holds no title (one that also holds the title stays a title):
    never a part of a title wrapped over lines. It stays among the lines looked at, so that the line
    beside a title naming no organ is still the one printed there (a 来源：… line names no organ; the
    site's banner above it must not be taken for one)."""
    return bool(_PAGE_FIELD.search(text)) and title_parts(text) is None


_BODY_ONLY = re.compile(r"(?:街道)?办事处|街道办|(?:人民)?政府(?:办公室)?|办公室|(?:管理)?委员会|管委会")
"""The last words of an organ's name and nothing of a place (办事处, 人民政府, 管委会): where a title's last
line opens with them, the line above is the name's start, the title wrapped inside the organ
(重庆市沙坪坝区人民政府小龙坎街道 / 办事处2023年…报告) — not page chrome over a title of its own, which
read 办事处 for the organ."""


WRAPPED = "标题分两行"
NAMED_IN_TEXT = "原文没有标题，按正文开头所说的报告名称"
SCRAMBLED = "标题末尾文字顺序错乱"
"""How ``metadata`` found a title when the log says so: wrapped over lines, named by the preamble's
sentence, or with its last words out of order (the other ways are said in their own words)."""


def metadata(lines: list[Line], head_end: int,
             period: Optional[int] = None) -> tuple[str, Optional[int], str, str, set[int]]:
    """(organ, year, title, how the title was found, the title's line indexes) from the lines
    before section 一; a title wrapped over two or three lines is joined. ``period``: the year of
    the statistical period, when stated (which of several titles on a page is the report's)."""
    organ, year, title, how, used = _metadata(lines, head_end, period)
    if title and not how and unscrambled(title) is not None:
        how = SCRAMBLED
    return organ, year, title, how, used


def _metadata(lines: list[Line], head_end: int,
              period: Optional[int]) -> tuple[str, Optional[int], str, str, set[int]]:
    idx = [i for i in range(min(len(lines), max(1, head_end)))
           if fold(lines[i].text).strip() and not is_page_number(lines[i].text)
           and "草稿" not in lines[i].text and not _NAVIGATION.match(fold(lines[i].text))
           and not DATE_LINE.match(fold(lines[i].text))]   # a date on its own line is no part of a title
    idx = idx[_own_title(lines, idx, period):]
    rest, idx = idx, idx[:_WINDOW]
    unnamed: Optional[tuple[str, Optional[int], str, str, set[int]]] = None
    spans = printed_text.spans(lines, min(len(lines), max(1, head_end) + 6))
    wrapped = {k for first, last in spans for k in range(first + 1, last)}
    for n in range(len(idx)):
        if idx[n] in wrapped:
            continue    # the rest of a sentence the page wrapped (…要求 / 编制2024年度…报告。): no title's start
        for span in (1, 2, 3):
            used = idx[n:n + span]
            if len(used) < span or (span > 1 and (any(_page_field(fold(lines[j].text)) for j in used)
                                                   or _said_again(lines, used) or _column_over(lines, used))):
                break
            joined = "".join(fold(lines[j].text).strip() for j in used)
            if len(key(joined)) > 70:
                head = joined[:joined.find("报告", 0, 90) + 2] if "报告" in joined[:90] else ""
                if span == 1 and n == 0 and head and not re.search(r"[，,。；;：:《》“”]", head):
                    # a page that ran together on one line opens with its title (…年度报告 一、总体情况…);
                    # not a sentence naming a notice (根据《…关于做好2023年…年度报告…的通知》)
                    parts = title_parts(head)
                    if parts and parts[0]:
                        return parts[0], parts[1], parts[2], "", set()
                break
            parts = title_parts(joined)
            if parts and parts[0] and span > 1:
                alone = title_parts(fold(lines[used[-1]].text).strip())
                if alone and alone[0] and not _BODY_ONLY.fullmatch(alone[0]):
                    # lines of page chrome above a full title (明升体育 / 图片 / 鸭南乡2021年…报告)
                    return alone[0], alone[1], alone[2], "", {used[-1]}
            if parts and parts[0] and span > 1 and (k := _over_the_name(lines, used)):
                # page chrome or a notice's title over a title wrapped after its organ (无障碍 简体|繁体 /
                # 武清区大黄堡镇 / 2022年…报告): the name stands whole on its line, nothing above it is its own
                below = title_parts("".join(fold(lines[j].text).strip() for j in used[k:]))
                if below and below[0]:
                    return below[0], below[1], below[2], (WRAPPED if span - k > 1 else ""), set(used[k:])
            if parts and parts[0] and span == 1 and n > 0 and idx[n - 1] == used[0] - 1 \
                    and (cut := _named_in_line(lines, idx[n - 1])) is not None \
                    and cut[0] != parts[0] and cut[0].endswith(parts[0]) and cut[1] == parts[1]:
                return cut[0], cut[1], cut[2], NAMED_IN_TEXT, set()     # (编制理 / 塘县藏坝乡2023年…: a wrap)
            if parts and parts[0] and span == 1 and names_its_report(joined, parts[0]):
                return parts[0], parts[1], parts[2], NAMED_IN_TEXT, set()   # (stays prose)
            if parts and parts[0]:
                return parts[0], parts[1], parts[2], (WRAPPED if span > 1 else ""), set(used)
            if parts and unnamed is None:
                # a title naming no organ; the organ may stand on the line above or below it
                unnamed = (_organ_beside(lines, idx, n, n + span - 1), parts[1], parts[2], "", set(used))
    further = _title_further_down(lines, rest, period if unnamed is None else unnamed[1]) \
        if unnamed is None or not unnamed[0] else None
    if further is not None:
        parts, further_lines = further
        return parts[0], parts[1], parts[2], (WRAPPED if len(further_lines) > 1 else ""), further_lines
    if unnamed is None or not unnamed[0]:
        # the opening's first sentences too: a copy that starts at 一、总体情况 says 东湖街道特编制…报告 there
        for i, stop in spans:     # a sentence the page wrapped read whole (…现公 / 开锡山区东北塘街道2019年度…)
            named = _named_in_line(lines, i, stop)
            if named is not None and i > head_end and _body_speaks_of_another(named[1], lines, head_end):
                continue
            if named is not None and (unnamed is None or unnamed[1] == named[1]):
                # no title line: the organ and year a preamble names its report by (the line stays prose)
                return named[0], named[1], named[2], NAMED_IN_TEXT, set()
    fields = next((k for k, j in enumerate(idx) if not _page_field(fold(lines[j].text))), 0)
    for span in (1, 2) if unnamed is None else ():
        # a title naming no year (the year from the period or the publication date), on one line or wrapped
        # after the organ (乌海市工业和信息化局 / 政府信息公开工作年度报告); under the page's 发布时间:… 来源:… lines
        used = idx[fields:fields + span]
        if span > 1 and len(used) == span and (_no_name_part(lines[used[0]]) or _said_again(lines, used)):
            break       # (政府信息公开 / 某局政府信息公开工作年度报告: a column's name, no organ's start)
        text = "".join(re.sub(r"[#*\s]+", "", FIELD_LABEL.sub("", fold(lines[j].text).strip())) for j in used)
        m = NO_YEAR_TITLE.fullmatch(text) if len(used) == span and len(text) <= 40 else None
        organ = PAGE_CHROME.sub("", LEAD_IN.sub("", m.group(1)).split(">")[-1]) if m else ""   # (a breadcrumb)
        if m and len(organ) >= 2 and not names_none(organ) and not NO_NAME.search(organ):
            return organ, None, text, (WRAPPED if span > 1 else ""), set(used)
        if m and span == 1 and m.group(1) in ("政府", "政务") \
                and (beside := _organ_beside(lines, idx, fields, fields)):
            # a title naming neither organ nor year (政府信息公开工作年度报告), the organ on its own line
            # beside it (武昌经开区管委会(滨江商务区管委会), then the date it was signed)
            return beside, None, text, "", set(used)
    if unnamed is None or not unnamed[0]:
        opening = [fold(text) for text in printed_text.paragraphs(lines, max(1, head_end) + 8)]
        found = opening_subject(opening)
        said = (found[0], f"正文开头“{found[1]}”") if found is not None else None
        whole = [fold(text) for text in printed_text.paragraphs(lines, len(lines))]
        if said is None and (elsewhere := organ_in_words(opening, whole)) is not None:
            said = elsewhere[0], f"{elsewhere[2]}“{elsewhere[1]}”"   # its contact sentence, a sentence, its signature
        if said is None and (found := opening_subject(opening, any_verb=True)) is not None:
            said = found[0], f"正文开头“{found[1]}”"    # 2025年，永外街道立足…: the subject before a verb no list knows
        if said is not None:
            year = unnamed[1] if unnamed else None
            return said[0], year, unnamed[2] if unnamed else "", f"原文没有标题，单位名称按{said[1]}读取，请核对", \
                unnamed[4] if unnamed else set()
    return unnamed or ("", None, "", "", set())


_WINDOW = 12
"""How many of the head's lines a title is first looked for in (and joined over, when wrapped)."""


def _title_further_down(lines: list[Line], idx: list[int],
                        year: Optional[int]) -> Optional[tuple[tuple[str, int, str], set[int]]]:
    """A title on a line of its own below the lines first looked at: a saved web page prints its
    site's menus, dozens of lines of them, above the article's title (平潭综合实验区行政审批局
    2024年…报告 after 69 lines of 国务院 / 省政府 / 首页 / 政务公开 …). Only a line that is the title
    and nothing else (no sentence ends on it, it ends with the title's own words), of the report's
    year when that is known; the last such line, the one just above the article. Or such a title wrapped
    after its organ, the name whole on the line above (建水县面甸镇 / 2025年…报告 under a page's index grid):
    left unread, the preamble's sentence naming another organ (its own slip, 现公布建水县民族宗教事务局…) was read."""
    found = None
    for n, i in enumerate(idx[_WINDOW - 1:], start=_WINDOW - 1):
        text = fold(lines[i].text).strip()
        if n < _WINDOW and not _whole_name(text):
            continue        # (the window's last line: only as the organ over a title wrapped below the window)
        if len(key(text)) > 70 or re.search(r"[，,。；;《》“”]", text):
            continue
        parts = title_parts(text)
        if (parts is not None and parts[0] and (year is None or parts[1] == year)
                and re.sub(r"\s+", "", text).endswith(parts[2])):
            found = (parts, {i})
        elif n + 1 < len(idx) and _whole_name(text) and (below := title_parts(fold(lines[idx[n + 1]].text).strip())) \
                and not below[0] and (year is None or below[1] == year):
            joined = re.sub(r"\s+", "", text) + below[2]
            parts = title_parts(joined)
            if parts is not None and parts[0] and parts[1] == below[1] and joined.endswith(parts[2]):
                found = (parts, {i, idx[n + 1]})
    return found


def _whole_name(text: str) -> bool:
    """``text`` is an organ's name and nothing else: an administrative unit's or its department's (鸭南乡,
    涡阳县城市管理局), beginning with its place."""
    name = re.sub(r"\s+", "", text)
    return bool(_ORGAN_LINE.fullmatch(name) and organ_level(name) and names_a_place(name))


_NAVIGATION = re.compile(r"\s*(?:上一篇|下一篇|上一条|下一条|相关(?:文章|阅读|链接|新闻|信息)|推荐阅读|往期回顾)")
"""A page's links to other articles (上一篇：…2023年…年度报告): never the report's own title."""


def _own_title(lines: list[Line], idx: list[int], period: Optional[int]) -> int:
    """Where in ``idx`` to look for the title from, when the head names reports of several years
    (a sidebar listing the organ's 2019年…, 2018年…年度报告 before the article): the last title of
    the statistical period's year, else the last one, just above the report; else the start."""
    titled = [(n, parts[1]) for n, i in enumerate(idx[:40])
              if (parts := title_parts(fold(lines[i].text).strip())) is not None and parts[0]]
    if len({year for _, year in titled}) < 2:
        return 0
    return next((n for n, year in reversed(titled) if year == period), titled[-1][0])


_SENTENCE_END = re.compile(r"[。；;！!？?|｜：:]\s*$")


def _named_in_line(lines: list[Line], i: int, stop: int = 0) -> Optional[tuple[str, int, str]]:
    """``named_in_sentence`` of line ``i`` (with the lines up to ``stop`` a printed page wrapped it over),
    or of it and the next when it stops mid-sentence: a page wraps the preamble anywhere
    (编制理塘县藏坝乡2023年政府信息公开工 / 作年度报告。), and the next line alone would name a clipped organ
    (塘县藏坝乡) or none."""
    stop = max(stop, i + 1)
    text = fold(printed_text.joined(lines[i:stop]))
    named = named_in_sentence(text)
    if named is None and stop < len(lines) and text.strip() and not _SENTENCE_END.search(text):
        named = named_in_sentence(text.rstrip() + fold(lines[stop].text).lstrip())
    return named


def _body_speaks_of_another(year: int, lines: list[Line], head_end: int) -> bool:
    """A report named below the heading of section 一 is one the organ published among the year's work
    (二是…公开发布《国家新闻出版署2021年…报告》 under 2022年，国家新闻出版署…), not the report naming itself,
    when the body speaks of another year: last year's name would give last year's year."""
    spoken = prose_year("\n".join(line.text for line in lines[head_end:head_end + 12]))
    return spoken is not None and spoken != year


def _no_name_part(line: Line) -> bool:
    """``line`` can be no part of an organ's name wrapped over lines: it holds what no name holds (|, /,
    digits, a notice's 关于…的通知), or names no place (图片, 用微信扫描二维码…, 政府信息公开) and is no party
    organ's start (中共…)."""
    text = re.sub(r"\s+", "", fold(line.text))
    return not _ORGAN_LINE.fullmatch(text) or not (names_a_place(text) or text.startswith(("中共", "中国共产党")))


def _over_the_name(lines: list[Line], used: list[int]) -> int:
    """How many of the first lines joined into a title stand above its organ's name and are none of it:
    the name whole on a line of its own (an organ of a known level: 鸭南乡, 涡阳县城市管理局), every line
    above it no part of a name (``_no_name_part``). 0 when there are none (湖北省 / 武汉市江岸区 / …: a
    place over a place is the name wrapped)."""
    for k in range(1, len(used)):
        if not all(_no_name_part(lines[j]) for j in used[:k]):
            return 0
        if _whole_name(fold(lines[used[k]].text)):
            return k
    return 0


_ORGAN_LINE = re.compile(r"[\u4e00-\u9fff（）()]{2,30}")


def _organ_beside(lines: list[Line], idx: list[int], first: int, last: int) -> str:
    """The organ on the line just above or below a title that names none (2022年政府信息公开工作年度报告
    under 桃江县松木塘镇人民政府): a short line of Chinese that names an administrative unit."""
    for n in (first - 1, last + 1):
        if 0 <= n < len(idx):
            text = re.sub(r"\s+", "", fold(lines[idx[n]].text))
            if _ORGAN_LINE.fullmatch(text) and organ_level(text):
                return text
    return ""
