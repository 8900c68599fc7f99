"""The report's words about itself: title, organ, year and contact details (the prose of each
section is ``sections``)."""

from __future__ import annotations

import re
from typing import Optional

import core.importers.printed_text as printed_text
from core.importers.layout import Line, is_page_number
from core.importers.match import fold, key
from core.importers.opening import names_a_place, opening_subject
from core.importers.script import without_pinyin
from core.importers.stated import prose_year
from core.importers.title_sentence import names_its_report, quoted_year_first, shared_government, unscrambled

_REPORT = r"(?:报\s*告|年\s*报)"
"""How a title ends: …年度报告, …工作报告, or 政府信息公开年报."""
_TITLE = re.compile(r"(.{2,40}?)\s*[（(]?\s*((?:19|20)\d{2})\s*[）)]?\s*"
                    r"(?:年度?\s*(?:(?:政府|政务)?\s*信息\s*公开|政务\s*公开)|(?:政府|政务)\s*信息\s*公开)"
                    rf".{{0,12}}?{_REPORT}")
"""…2024年政府信息公开工作年度报告; …2024年政务公开工作年度报告, as some organs title the same report."""
_TITLE_YEAR_FIRST = re.compile(r"^[（(]?\s*((?:19|20)\d{2})\s*[）)]?\s*年度?\s*(.{2,40}?)\s*"
                               rf"(?:((?:人民)?政府|政务)?\s*信息\s*公开|政务\s*公开).{{0,12}}?{_REPORT}")
"""2019年上海市人民政府办公厅政府信息公开工作年度报告: the year first, the organ after it."""
_TITLE_YEAR_INSIDE = re.compile(r"^(.{2,40}?)\s*((?:(?<!人民)政府|政务)?\s*信息\s*公开\s*(?:工作)?\s*"
                                r"((?:19|20)\d{2})\s*年度?\s*(?:报\s*告|年\s*报))\s*$")
"""西安市阎良区机关事务服务中心政府信息公开工作2021年度报告: the year after 信息公开工作, just before
报告 (the prose check names the misplacement; the importer still reads the organ and year)."""
_TITLE_YEAR_AFTER = re.compile(r"^(.{2,40}?)\s*((?:(?<!人民)(?:政府|政务)?\s*信息\s*公开|政务\s*公开).{0,12}?" + _REPORT + r")\s*"
                               r"[（(]\s*((?:19|20)\d{2})\s*年度?\s*[）)]\s*$")
"""宝坻区大钟庄镇政府信息公开工作年度报告 (2019年): the year after the title, in brackets."""
_PAGE_CHROME = re.compile(r"^.*(?:信息公开年报|政务公开年报|年度报告|专栏|首页|栏目|导航|登录\|?注册|标题[:：]|当前位置[:：]?)")
"""What a web page prints before the title on the same line — a breadcrumb or menu (…政府信息公开年报,
…专题专栏), 登录|注册, 标题：— is cut off at its last marker."""
_FIELD_LABEL = re.compile(r"^[•·●\u25e6\u25aa■◆\u25b6\u25ba\u2023\u2219・\-–—*\s]*(?:(?:标\s*题|名\s*称|文件名称|信息名称|主题)\s*(?:[:：]\s*|\s+)"
                          r"|(?:标\s*题|(?:文件|信息)?名\s*称)(?=[\u4e00-\u9fff]))")
"""A page's field that holds the title (标题：…, 名称 …), the field list often drawn as bullets
(• 名称 兰陵县新兴镇2022年…), or its label run into its value when the grid's cells lost their gap
(标题水城区杨梅乡2022年…: no organ's name begins 标题 or 名称): the label and its bullet are no part of the organ's name."""
_YEAR_ONLY = re.compile(r"^\s*((?:19|20)\d{2})\s*年\s*(?:度)?\s*(?:政府|政务)?\s*信息\s*公开")
DATE_LINE = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
"""A date on a line of its own (2021年9月26日): a page's or a signature's, never part of a title."""


_NO_ORGAN = ("政府", "人民政府", "政务", "本机关", "本单位")
"""What a year-first title may hold where an organ's name would stand, naming none."""
_LEAD_IN = re.compile(r"^(?:.*(?:[，,。；;：:《“”\"]|现将|现予?公布|(?:特|现)向社会公[布开]|现公开|特此公布|(?:特|现)发布|(?:特|现)编制(?:了|完成)?|[是系]由)|由)")
"""A sentence's words before the organ (根据《条例》要求，现公布乌兰察布市区域经济合作局2020年度…报告; 现发布,
特发布 as 铜梁区商务委 2021 words it; 现公开, 现向社会公开 as 杨陵区卫健局 2020 does: the verbs _IN_SENTENCE knows)."""
_LEAD_OUT = re.compile(r"(?:(?:特|现)?编制(?:了|完成|的)?|关于)$")
"""东湖街道特编制2023年…报告, 新九镇人民政府关于2021年度…的年度报告: the words after the organ."""
_NOT_A_NAME = re.compile(r"(?:我|本|全)(?:省|镇|乡|街道|街道办|局|区|县|市|州|旗|盟|苏木|委|办|厅|署|机关|单位|部门|院|校|中心|所|站|级|级政府|级机关)")
"""现将我镇2022年…报告, 特向社会公布我旗2021年度…报告: the report's own words for itself, not its name
(本溪市 is one)."""
_PUBLISH = r"现将|现予?公布|现向社会公布|现发布|特发布|公布"
"""The verbs a preamble names its own report with (现将…报告公布如下)."""
_IN_SENTENCE = re.compile(rf"(?:(?:{_PUBLISH}|现向社会公开|现公开|(?:特|现)编制(?:了|完成)?|(?:^|(?<=[，,。；;]))编制)《?(?!了|完成)([\u4e00-\u9fff][^，,。；;《》“”]{{1,29}}?)|"
                          r"([^，,。；;《》“”]{2,30}?)(?:特?编制(?:了|完成|的)?|(?:特|现)向社会(?:公布|发布))《?)\s*((?:19|20)\d{2})\s*年度?\s*"
                          r"(?:政府|政务)?\s*信息\s*公开[^，,。；;《》]{0,12}?报\s*告")
"""现将北坡镇2022年政府信息公开工作年度报告进行公开, 东湖街道特编制2023年政府信息公开年度报告, 由鞍山市行政审批局
编制的2020年度…报告, …等相关规定，编制达州市通川区统计局2024年…报告, …要求，眉山市东坡区松江镇人民政府特向社会公布
2020年…报告: the organ and year a preamble names its report by."""
_QUOTED = re.compile(r"《\s*([\u4e00-\u9fff][^，,。；;《》“”\d]{1,29}?)\s*((?:19|20)\d{2})\s*年度?\s*"
                     r"(?:政府|政务)?\s*信息\s*公开[^，,。；;《》]{0,12}?报\s*告\s*》")
"""现形成《海城市卫生健康局2025年政府信息公开工作年度报告》: the report's name quoted whole."""
_YEAR_BEFORE = re.compile(rf"(?:{_PUBLISH}|(?:特|现)编制)《?\s*((?:19|20)\d{{2}})\s*年度?\s*"
                          r"([\u4e00-\u9fff][^，,。；;《》“”\d]{1,29}?)\s*(?:(?<!人民)(?:政府|政务))?\s*信息\s*公开[^，,。；;《》]{0,12}?报\s*告")
"""现向社会公布2022年卯都乡信息公开工作年度报告, 特编制2023年度和静县克尔古提乡人民政府办公室信息公开年度报告:
the year before the organ. After 人民 the 政府 is the organ's (特向社会公布2020年桂洋镇人民政府信息公开工作年度报告
named 桂洋镇人民), as in the title patterns."""
_NO_YEAR_TITLE = re.compile(r"(.{2,30}?)\s*(?:(?:(?<!人民)(?:政府|政务))?\s*信息\s*公开|政务\s*公开)\s*(?:工作)?\s*(?:年度)?\s*"
                            r"(?:报\s*告|年\s*报)")
"""驼峰路街道办事处政府信息公开工作年度报告: a title naming no year (the year comes from elsewhere); 某镇人民政府
信息公开工作年度报告 keeps its 人民政府."""


_CN_YEAR = re.compile(r"([〇○零一二][〇○零一二三四五六七八九]{3})(?=\s*年)")
_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


_OTHER_KIND = re.compile(r"自查|整改|季度|半年")
"""Words of a title naming another kind of report on the same work (2020年四季度政务公开工作自查报告, a
quarter's self-inspection; …政务公开整改报告): no 年度报告, its period no organ's name."""


_NO_NAME = re.compile(r"^编制|关[于於]|要求|规定|向社会|公布|号\s*[)）]|(?:19|20)\d{2}\s*年")
"""Words no organ's name holds, left where a line of a sentence stood for a title or a sentence's name:
编制万源市玉带乡 (the verb before it), 湖北省人民政府办公厅关於做好 (a notice's title; 於 as a traditional copy
keeps it), 号)等相关文件要求 (a document number's end and the sentence around it), a year (…委员会2022年度),
特向社会公布 (the verb of a preamble's sentence whose line a PDF made short enough to pass for a title)."""


def title_parts(text: str) -> Optional[tuple[str, int, str]]:
    """(organ, year, title) from a title line such as 平罗县渠口乡人民政府 2020 年 政府信息公开年度报告;
    None when the line names none, or names another kind of report (a self-inspection, a quarter's)."""
    parts = _title_parts(text)
    return None if parts is None or _OTHER_KIND.search(parts[2]) else parts


def _title_parts(text: str) -> Optional[tuple[str, int, str]]:
    if "报" not in text:
        return None     # every title ends …报告 or …年报 (the patterns' search over a long line costs seconds)
    clean = re.sub(r"[#*]+", "", fold(text)).strip()
    clean = _FIELD_LABEL.sub("", clean)          # a page's 标题：… field
    clean = _ALIAS.sub("", clean)                # 某局(以下简称发改局)2024年…: the name without its short form
    clean = without_pinyin(clean)                # 委员会(huì )2022年…: a reading a PDF printed apart from its word
    clean = _CN_YEAR.sub(lambda m: m.group(1).translate(_CN_DIGITS), clean)   # 二〇二三年 → 2023年
    if (mended := unscrambled(clean)) is not None:
        # its last words out of order: the organ and year read from it put right, the title as printed
        parts = title_parts(mended)
        printed = re.sub(r"\s+", "", clean)
        return (parts[0], parts[1], printed[printed.find(parts[0]):]) if parts and parts[0] in printed else None
    first = _TITLE_YEAR_FIRST.search(clean.rsplit(">", 1)[-1].strip())    # (after a breadcrumb: 首页 > … > 2023年…)
    if first:
        # "XX县人民政府信息公开…": 人民政府 is the organ's; "XX镇政府信息公开…": 政府 is the title's
        tail = first.group(3) or ""
        organ = re.sub(r"\s+", "", first.group(2) + (tail if tail.startswith("人民") else ""))
        title = re.sub(r"\s+", "", first.group())
        if organ in _NO_ORGAN:
            return "", int(first.group(1)), title   # 2022年政府信息公开工作年度报告: the organ is on another line
        if len(organ) >= 2 and re.search(r"[\u4e00-\u9fff]", organ) and not _NO_NAME.search(organ):
            return organ, int(first.group(1)), title
    m = _TITLE.search(clean)
    if not m:
        after = _TITLE_YEAR_AFTER.match(clean.rsplit(">", 1)[-1].strip())
        if after is None:
            return _year_inside(clean.rsplit(">", 1)[-1].strip())
        # 宝坻区大钟庄镇政府信息公开工作年度报告 (2019年): read as 宝坻区大钟庄镇2019年…报告, titled as printed
        organ = _LEAD_OUT.sub("", _LEAD_IN.sub("", _PAGE_CHROME.sub("", re.sub(r"\s+", "", after.group(1)))))
        organ = re.sub(r"^[^\u4e00-\u9fff]+", "", organ)
        if len(organ) < 2 or _names_none(organ) or _NO_NAME.search(organ):
            return None
        return organ, int(after.group(3)), re.sub(r"\s+", "", after.group()[after.group().find(organ):])
    organ = _PAGE_CHROME.sub("", re.sub(r"\s+", "", m.group(1)).split(">")[-1])
    organ = _LEAD_OUT.sub("", _LEAD_IN.sub("", organ))
    organ = re.sub(r"^[^\u4e00-\u9fff]+", "", organ)     # Page8-…: a flip-book's page before the name
    organ = re.sub(r"[^\u4e00-\u9fff）)]+$", "", organ)  # 【青石镇】2024年…: the page's brackets after it
    if len(organ) < 2 or not re.search(r"[\u4e00-\u9fff]", organ) or _NOT_A_NAME.fullmatch(organ) or _NO_NAME.search(organ):
        return None                                  # 《某市人民政府办公室关于做好2022年…报告编制…的通知》: not a title
    year = int(m.group(2))
    title = re.sub(r"\s+", "", clean[m.start():m.end()])
    return organ, year, title[title.find(organ):] if organ in title else title


def _year_inside(clean: str) -> Optional[tuple[str, int, str]]:
    """(organ, year, title) of a title that puts the year inside its last words (…信息公开工作2021年度报告);
    an organ-less one (政府信息公开工作2021年度报告) leaves the organ to the line above it."""
    m = _TITLE_YEAR_INSIDE.match(clean)
    if m is None:
        return None
    organ = _LEAD_OUT.sub("", _LEAD_IN.sub("", _PAGE_CHROME.sub("", re.sub(r"\s+", "", m.group(1)))))
    organ = re.sub(r"^[^\u4e00-\u9fff]+", "", organ)
    title = re.sub(r"\s+", "", m.group())
    if not organ or organ in _NO_ORGAN:
        return "", int(m.group(3)), title
    if len(organ) < 2 or _names_none(organ) or _NO_NAME.search(organ):
        return None
    return organ, int(m.group(3)), title[title.find(organ):]


_PAGE_FIELD = re.compile(r"(?:浏览|阅读|访问|点击)\s*(?:次数|量|数)\s*[:：]|(?:发布|发文|生成|成文)\s*(?:时间|日期)\s*[:：]"
                         r"|来\s*源\s*[:：]|字\s*[号体]\s*[:：]")
"""A web page's own field lines about the article (浏览次数:次, 发布时间：…, 来源：…, 字号：…). Above a
title wrapped over two lines, such a line was joined into it and its last word taken for the organ's
first (瀏覽次數:次 / 西安市高陵區文化和旅游體育局 / 2021年…報告 read as 次西安市高陵区…局)."""


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
                                                   or _said_again(lines, used))):
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
                if alone and alone[0]:
                    # lines of page chrome above a full title (明升体育 / 图片 / 鸭南乡2021年…报告)
                    return alone[0], alone[1], alone[2], "", {used[-1]}
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
        parts, line = further
        return parts[0], parts[1], parts[2], "", {line}
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
        text = "".join(re.sub(r"[#*\s]+", "", _FIELD_LABEL.sub("", fold(lines[j].text).strip())) for j in used)
        m = _NO_YEAR_TITLE.fullmatch(text) if len(used) == span and len(text) <= 40 else None
        organ = _PAGE_CHROME.sub("", _LEAD_IN.sub("", m.group(1)).split(">")[-1]) if m else ""   # (a breadcrumb)
        if m and len(organ) >= 2 and not _names_none(organ) and not _NO_NAME.search(organ):
            return organ, None, text, (WRAPPED if span > 1 else ""), set(used)
        if m and span == 1 and m.group(1) in ("政府", "政务") \
                and (beside := _organ_beside(lines, idx, fields, fields)):
            # a title naming neither organ nor year (政府信息公开工作年度报告), the organ on its own line
            # beside it (武昌经开区管委会(滨江商务区管委会), then the date it was signed)
            return beside, None, text, "", set(used)
    if unnamed is None or not unnamed[0]:
        from core.importers.organ_words import organ_in_words  # (it imports this module)

        opening = [fold(text) for text in printed_text.paragraphs(lines, max(1, head_end) + 8)]
        found = opening_subject(opening)
        said = (found[0], f"正文开头“{found[1]}”") if found is not None else None
        whole = [fold(text) for text in printed_text.paragraphs(lines, len(lines))]
        if said is None and (elsewhere := organ_in_words(opening, whole)) is not None:
            said = elsewhere[0], f"{elsewhere[2]}“{elsewhere[1]}”"   # its contact sentence, a sentence, its signature
        if said is not None:
            year = unnamed[1] if unnamed else None
            return said[0], year, unnamed[2] if unnamed else "", f"原文没有标题，单位名称按{said[1]}读取，请核对", \
                unnamed[4] if unnamed else set()
    return unnamed or ("", None, "", "", set())


_WINDOW = 12
"""How many of the head's lines a title is first looked for in (and joined over, when wrapped)."""


def _title_further_down(lines: list[Line], idx: list[int],
                        year: Optional[int]) -> Optional[tuple[tuple[str, int, str], int]]:
    """A title on a line of its own below the lines first looked at: a saved web page prints its
    site's menus, dozens of lines of them, above the article's title (平潭综合实验区行政审批局
    2024年…报告 after 69 lines of 国务院 / 省政府 / 首页 / 政务公开 …). Only a line that is the title
    and nothing else (no sentence ends on it, it ends with the title's own words), of the report's
    year when that is known; the last such line, the one just above the article."""
    found = None
    for i in idx[_WINDOW:]:
        text = fold(lines[i].text).strip()
        if len(key(text)) > 70 or re.search(r"[，,。；;《》“”]", text):
            continue
        parts = title_parts(text)
        if (parts is not None and parts[0] and (year is None or parts[1] == year)
                and re.sub(r"\s+", "", text).endswith(parts[2])):
            found = (parts, i)
    return found


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


def _names_none(organ: str) -> bool:
    """政府, 我镇, 全县: words standing where an organ's name would, naming none."""
    return organ in _NO_ORGAN or _NOT_A_NAME.fullmatch(organ) is not None


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


def named_in_sentence(text: str) -> Optional[tuple[str, int, str]]:
    """(organ, year, the report's name) as a sentence names its report: 现将北坡镇2022年…报告,
    东湖街道特编制2023年…报告, 《海城市卫生健康局2025年…报告》, 现向社会公布2022年卯都乡…报告."""
    if "报" not in text:
        return None     # (each way of naming it ends …报告)
    text = without_pinyin(_ALIAS.sub("", text))     # 现将某局(以下简称发改局)2024年度…报告, 委员会(huì ): the name alone
    m = _IN_SENTENCE.search(text)
    quoted = _QUOTED.search(text) if m is None else None
    after = _YEAR_BEFORE.search(text) if m is None and quoted is None else None
    if m is not None:
        organ, year, rest = m.group(1) or m.group(2), int(m.group(3)), text[m.start(3):m.end()]
    elif quoted is not None:
        organ, year, rest = quoted.group(1), int(quoted.group(2)), text[quoted.start(2):quoted.end()].rstrip("》 ")
    elif after is not None:
        organ, year = after.group(2), int(after.group(1))
        rest = f"{after.group(1)}年" + shared_government(organ, text[after.end(2):after.end()])
    elif (year_first := quoted_year_first(text)) is not None:
        organ, year, rest = year_first          # 认真编制了《2021年色威镇…报告》
    else:
        return None
    organ = _MANNER.sub("", re.sub(r"^由", "", re.sub(r"\s+", "", organ)))
    organ = _VERB.split(organ)[-1]      # 编制本报告现向社会公开安乐乡2019年…: the name stands after the last verb
    organ = re.sub(r"(?:19|20)\d{2}[—–\-－~～至]$", "", organ)   # 我校2021—2022学年度…: a span of years, not the name
    if m is not None and m.group(2) and not names_a_place(organ):
        return None                     # 根据《条例》规定编制2023年…: the words before the verb, not a name
    if len(organ) < 2 or _names_none(organ) or _names_none(_ASIDE.sub("", organ)) or _NO_NAME.search(organ):
        return None                     # 本级政府(机关): the report's own words, an aside after them
    return organ, year, organ + re.sub(r"\s+", "", rest)


def _body_speaks_of_another(year: int, lines: list[Line], head_end: int) -> bool:
    """A report named below the heading of section 一 is one the organ published among the year's work
    (二是…公开发布《国家新闻出版署2021年…报告》 under 2022年，国家新闻出版署…), not the report naming itself,
    when the body speaks of another year: last year's name would give last year's year."""
    spoken = prose_year("\n".join(line.text for line in lines[head_end:head_end + 12]))
    return spoken is not None and spoken != year


_VERB = re.compile(rf"{_PUBLISH}|现向社会公开|现公开")
"""The verbs a preamble names its report after: a name never holds one, so a name read from an earlier
verb (编制) on stops at the last of them."""
_ASIDE = re.compile(r"[(（][^()（）]*[)）]$")
"""An aside closing the words (特向社会公布2019年度本级政府(机关)信息公开…报告): 本级政府 names none, with it or not."""
_ALIAS = re.compile(r"\s*[(（]\s*(?:以下)?\s*(?:简称|称)[^()（）]{0,20}[)）]")
"""(以下简称发改局), the short name a sentence gives the organ it names: no part of the name."""
_MANNER = re.compile(r"(?:认真|精心|依法|及时|严格|如实|全面|规范|统一|组织|负责)+$")
"""How a sentence says the report was written, not who wrote it (…结合实际工作，认真编制了2016年度…报告):
never the organ, nor the end of its name."""


_ORGAN_LINE = re.compile(r"[\u4e00-\u9fff（）()]{2,30}")


def _organ_beside(lines: list[Line], idx: list[int], first: int, last: int) -> str:
    """The organ on the line just above or below a title that names none (2022年政府信息公开工作年度报告
    under 桃江县松木塘镇人民政府): a short line of Chinese that names an administrative unit."""
    from core.organ_level import organ_level

    for n in (first - 1, last + 1):
        if 0 <= n < len(idx):
            text = re.sub(r"\s+", "", fold(lines[idx[n]].text))
            if _ORGAN_LINE.fullmatch(text) and organ_level(text):
                return text
    return ""
