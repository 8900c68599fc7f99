"""The organ a report without a title names in its other words: its contact sentence ("如对本报告有疑问，
请与永康市交通运输局办公室联系"), a sentence that opens with its full name ("2025年，羊山镇人民政府通过…",
"临河区医疗保障局2023年为深入推进…"), the office it names as doing its 信息公开 ("宣城市气象局办公室作为
宣城市气象局信息公开工作机构"), or its signature above the date at the very end.

Why: a copy that starts at its preamble or at 一、总体情况 often names its organ only there, and the clerk
would type it again. Why so narrowly: a report names other bodies too — its superiors (县委、县政府), the
office that asked for it (市政府办公室), the site it is published on, the 政务公开 office to contact for
the whole county. So only a full name is read (a place and a kind of body: 永康市交通运输局, never
县统计局 or 我局; as printed, never an abbreviation made whole: 文登区住建局 stays so), only where the
report speaks of itself (its contact, its sentences before its tables, its signature); a contact
address is not read either: it names the building the organ sits in (…海坛片区管理局1号楼5层); it must fit
the report's own words for itself (a report that says 我局 is no 镇人民政府's); and when these places
name different organs, none is read. Last of all the importer's readers: a title or the opening's
first words come first. A page's 发布机构 field is not read: it names the site's owner as often
(平潭综合实验区人民政府 over its 财政金融局's report, 昌图县人民政府办公室 over a town's).
"""

from __future__ import annotations

import re
from typing import Optional

from core.importers.opening import FOLLOWING_VERB, UNDER, another_at_work, names_a_place
from core.importers.page_marks import is_page_number

_BODY = r"(?:人民政府|政府|街道办事处|办事处|管理委员会|管委会|委员会|局|厅|委|办公室|中心|开发区)"
"""How a full name ends: the kind of body (人民政府, 局, 委员会, 中心…) after its place; a zone reports
by its own name too (2021年，乳山经济开发区认真贯彻…)."""
_FULL = r"([\u4e00-\u9fff（）()]{2,30}?" + _BODY + r")"
_UNIT = re.compile(r"^(?:党政综合|党政|综合|行政|综合督考|党政综合服务)?(?:办公室|办)$")
"""An office inside the organ, the one a contact sentence sends the reader to (党政办公室, 综合办公室,
综合督考办公室, 党政办): the organ is the name before it."""
_CONTACT = re.compile(r"(?:请|(?:疑问|咨询|意见|建议)[^。；;！？!?]{0,12}?可(?:以)?)\s*(?:与|同|和)\s*"
                      r"([\u4e00-\u9fff（）()]{3,40}?)\s*联\s*系"
                      r"|请\s*联\s*系\s*[:：]?\s*([\u4e00-\u9fff（）()]{3,40})(?=[,，。;；:：(（\s]|$)")
"""如对本报告有疑问，请与阿巴嘎旗自然资源局办公室联系 / 请联系桃江县审计局办公室 / 请联系：硚口区荣华街道办事处党政综合
办公室，地址：… (the name after a colon, as a form's field). 可与 as much as 请与, said of a question about the
report (对本报告如有疑问,可与某局办公室联系): a bare 可与…联系 elsewhere may send an applicant to another body."""
_NOT_OURS = re.compile(r"领导小组|(?:便民|为民|党群|政务)服务|热线|大厅|档案馆|图书馆")
"""A contact for the county's whole 政务公开 (XX县政府信息公开工作领导小组办公室), a service counter
(某镇便民服务中心, where the town's people are served), a hotline or a reading room: no organ's own
(a name holding 政务, 信息公开 or 网站 is none either, see ``names_a_place``)."""
_TOWNSHIP = re.compile(r"(镇|乡|街道|苏木)(?:人民)?政府$")
"""A township's government (两城镇人民政府, 湖南镇政府): its 党政办公室 is a part of it."""
_GOVERNMENT_OFFICE = re.compile(r"政府[\u4e00-\u9fff]*办公[室厅]$")
"""某县人民政府办公室 signing: its government's report, issued by it, or its own — the words do not say."""

_LEAD = r"(?:(?:(?:19|20)\d{2}\s*年度?|今年以来|本年度|一年来)\s*(?:以来)?\s*[,，、]?\s*)?"
_SUBJECT = re.compile(r"^\s*" + _LEAD + "(?:" + UNDER + ")?" + _FULL
                      + r"\s*(?:" + FOLLOWING_VERB + r"|(?:19|20)\d{2}\s*年(?!\s*\d{1,2}\s*月))")
"""2025年，羊山镇人民政府通过…; 2022年，衡阳市商务局认真贯彻…; 临河区医疗保障局2023年为深入推进…: a
sentence's subject, its full name, and a verb of its work or the year after it."""
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])"
                      r"[\u4e00-\u9fff、]{2,24}?(?:[:：]\s*|\s+)")
"""一、总体情况 2022年，…: a heading run together with its section's first sentence (a page on one line)."""
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;])")
_SECOND_SECTION = re.compile(r"二\s*[、.．]\s*主动公开")
"""Where the report's words about itself end (a page run together on one line goes on into its tables
and the sections that speak of other bodies' work)."""

_DAY = (r"(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
        r"|二\s*[〇○零]\s*[〇○零一二三四五六七八九]\s*[〇○零一二三四五六七八九]\s*年\s*[一二三四五六七八九十]{1,2}\s*月"
        r"\s*[一二三四五六七八九十]{1,3}\s*日)")
"""2024年1月20日, 二〇二四年一月二十日: the date a report is signed on."""
_DATE = re.compile(r"^\s*" + _DAY + r"\s*$")
_SIGNED = re.compile(r"^\s*" + _FULL + r"\s*(?:" + _DAY + r")?\s*$")
_TAIL = 4
"""How many of the last lines a signature is looked for in (its name, the date, a page number)."""

_SELF = re.compile(r"[我本](局|厅|镇|乡|街道|街|委(?!托)|办(?![理公事])|中心|苏木)")
"""What a report calls itself: 我局, 本镇, 我街道, 我委, 我办, 我中心, 我苏木."""
_KIND_OF_SELF = {"街": "街道"}


def organ_in_words(head: list[str], lines: list[str]) -> Optional[tuple[str, str, str]]:
    """(organ, the words it was read from, where) from ``lines`` (the whole report, a line a paragraph)
    and ``head`` (its first paragraphs); None when no place names one for sure, or two disagree."""
    text = "\n".join(lines)
    found = names_in_words(head, lines)
    selves = {_KIND_OF_SELF.get(k, k) for k in _SELF.findall(text)}
    fitting = [f for f in found if not selves or selves & _kinds(f[0])]
    if not fitting or len(fitting) < len(found):
        return None                        # a name that is not what the report calls itself: another body
    fullest = max(fitting, key=lambda f: len(f[0]))
    if any(not same(fullest[0], organ) for organ, _, _ in fitting) or another_at_work(fullest[0], head):
        return None                        # two organs named: which is the report's, the words do not say
    return fullest


def names_in_words(head: list[str], lines: list[str]) -> list[tuple[str, str, str]]:
    """(organ, the words it was read from, where) for every full name the report's contact sentences,
    its opening's subjects and 信息公开 office, and its signature give, as found (they may disagree)."""
    found = [(organ, words, "联系方式") for organ, words in _contacts("\n".join(lines))]
    opening = "\n".join(head)
    opening = opening[:m.start()] if (m := _SECOND_SECTION.search(opening)) else opening
    found += [(organ, words, "正文") for organ, words in _subjects(opening.split("\n"))]
    found += [(organ, words, "正文所说的信息公开工作机构") for organ, words in _in_charge(opening.split("\n"))]
    found += [(organ, words, "正文所说的报告内容") for organ, words in _covered(opening)]
    signed = _signature(lines)
    if signed is not None:
        found.append((signed[0], signed[1], "落款"))
    return found


def _contacts(text: str) -> list[tuple[str, str]]:
    """The organs the contact sentences name, without the office inside it they send the reader to."""
    out = []
    for m in _CONTACT.finditer(text):
        name = re.sub(r"\s+", "", m.group(1) or m.group(2))
        organ = _without_office(name)
        if organ and not _NOT_OURS.search(name):
            out.append((organ, m.group().strip()))
    return out


def _without_office(name: str) -> str:
    """The organ of a contact's name: 永康市交通运输局 of 永康市交通运输局办公室, 两城镇人民政府 of
    两城镇人民政府党政办公室, 中埠镇 of 中埠镇党政办公室 (a bureau's or a township's office is a part of
    it, never an organ that reports). After a committee or a government above the township the office
    is an organ of its own (某县人民政府办公室, 某县地方志编纂委员会办公室, 某区管委会办公室 report for
    themselves): whose report sends there, the words do not say, and no name is read."""
    for cut in range(len(name) - 1, 2, -1):
        organ, office = name[:cut], name[cut:]
        if not _UNIT.match(office):
            continue
        if re.search(r"(?:局|厅|中心|办事处|镇|乡|街道|苏木)$", organ) or _TOWNSHIP.search(organ):
            return organ if is_name(organ, body=not re.search(r"(?:镇|乡|街道|苏木)$", organ)) else ""
        if re.search(_BODY + "$", organ):
            return ""
    return name if is_name(name) and not re.search(r"(?:办公室|办)$", name) else ""


def is_name(organ: str, body: bool = True) -> bool:
    """``organ`` is a full name: a place, then (``body``) the kind of body, and no words of a sentence."""
    return ((not body or re.search(_BODY + "$", organ) is not None) and names_a_place(organ)
            and not _SENTENCE_WORDS.search(organ))


_SENTENCE_WORDS = re.compile(r"现将|现予|特向|报告|涵盖|包括|包含|(?<!自)由|关于|按照|根据|依据|的")
"""Words before a name that a sentence's start holds, never a name (现将沐阳县人民政府2025年…,
本报告由黄花乡人民政府办公室…, 本报告内容涵盖桂洋镇人民政府…; 包括/包含 opening a list of what was
published: 包括鼓楼区五凤街道办事处2022年…报告、…通知, where last year's report is an item, the name read
was 包括鼓楼区五凤街道办事处)."""


_US = re.compile(r"[我本](省|市|县|区|州|旗|盟|厅|局|委|办|镇|乡|街道|中心)")
"""我省, 本局…: the report's own body, in its own words. A sentence naming it so after a full name
that is no such unit (国家林草局累计转发我省信息330条, 甘肃省林草局 2023) tells of another body's
dealings with it: that name is the other body's, not the report's. A name that is one (某某镇人民政府
…推动我镇…) speaks of itself."""


def _speaks_of_another(name: str, rest: str) -> bool:
    return any(m.group(1) not in name for m in _US.finditer(rest))


def _subjects(paragraphs: list[str]) -> list[tuple[str, str]]:
    """Full names opening a sentence of ``paragraphs`` as its subject, in a sentence that does not
    speak of the report's own body as another (``_US``), with the words up to the name's end. An office
    that is a part of an organ (2023年，大禾镇人民政府办公室严格按照…: a township has no office reporting
    apart from it; 某局办公室) is at its organ's work: the organ is read, as from a contact (``_without_office``);
    a county's or city's government office (某县人民政府办公室) is an organ of its own and read as named."""
    out = []
    for text in paragraphs:
        for sentence in _SENTENCE_END.split(text):
            sentence = _HEADING.sub("", sentence, count=1)
            m = _SUBJECT.match(sentence)
            name = re.sub(r"\s+", "", m.group(1)) if m else ""
            if m and is_name(name) and not _speaks_of_another(m.group(1), sentence[m.end():]):
                out.append(((_without_office(name) or name) if name.endswith("办公室") else name,
                            sentence[:m.end(1)].strip()))
    return out


_IN_CHARGE = re.compile(r"^\s*([\u4e00-\u9fff（）()]{3,40}?)\s*(?:作为|为|是)\s*([\u4e00-\u9fff（）()]{0,30}?)\s*的?\s*"
                        r"(?:政府)?信息公开(?:工作)?(?:机构|主管部门|工作机构)")
"""宣城市气象局办公室作为宣城市气象局信息公开工作机构，…: the office a report says does its own 信息公开."""
_ITS_OWN = re.compile(r"^(?:本|我|该)(?:机关|单位|部门|局|委|厅|镇|乡|街道|中心)?$")


def _in_charge(paragraphs: list[str]) -> list[tuple[str, str]]:
    """The organs whose office a sentence of ``paragraphs`` opens by naming as their 信息公开 office
    (某局办公室作为本局政府信息公开工作机构): the organ is the name before its office. Not when it is
    said to be in charge of others (某县人民政府办公室作为全县…主管部门: a government's office is an organ
    of its own, see ``_without_office``; 作为全县…, over other bodies), nor of an organ other than the
    one whose office it is."""
    out = []
    for text in paragraphs:
        for sentence in _SENTENCE_END.split(text):
            m = _IN_CHARGE.match(_HEADING.sub("", sentence, count=1))
            if m is None:
                continue
            name, whose = (re.sub(r"\s+", "", g) for g in m.groups())
            organ = _without_office(name) if re.search(r"(?:办公室|办)$", name) else ""
            if organ and (_ITS_OWN.match(whose) or (is_name(whose) and same(organ, whose))):
                out.append((organ, m.group().strip()))
    return out


_COVERS = re.compile(r"全文包括\s*" + _FULL + r"\s*(?:政府)?信息公开(?:工作)?总体情况")
"""全文包括扎赉特旗人民政府办公室政府信息公开总体情况，主动公开政府信息情况…: the preamble listing the report's
parts names whose 信息公开 the first part is about (a 2025 template of 兴安盟's organs, a government's office
among them, which names itself nowhere else but as 我办). After 人民政府 the 政府 of 政府信息公开 may be the
organ's own (宝力根花苏木人民政府信息公开总体情况)."""


def _covered(opening: str) -> list[tuple[str, str]]:
    """The organs a preamble says the report's 总体情况 is of (``_COVERS``), full names only."""
    out = []
    for m in _COVERS.finditer(opening):
        organ = re.sub(r"\s+", "", m.group(1))
        if is_name(organ) and not _SENTENCE_WORDS.search(organ):
            out.append((organ, m.group().strip()))
    return out


def signature_date(lines: list[str]) -> Optional[str]:
    """The date the report is signed on, as printed (2020年1月23日), when its last lines are a
    signature: a full name above the date or before it on its line (金山镇人民政府 / 2020年1月23日). A
    date alone at the end may be a page's (its 发布时间, a print date); under a name it is the 落款's.
    A government's office signs so too (its signing says whose report it is not, but when)."""
    signed = _signature(lines, office=True)
    m = re.search(_DAY, signed[1]) if signed is not None else None
    return m.group() if m else None


_DAY_ALONE = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$")


def _day_rejoined(tail: list[str]) -> list[str]:
    """The last lines with a date a page broke before its day (2020 年1月 / 23 日: a date pushed right by
    spaces, wrapped by the page, or carried to the next one) on one line again."""
    if len(tail) >= 2 and _DAY_ALONE.match(tail[-1]) and tail[-2].endswith("\u6708"):
        return [*tail[:-2], tail[-2] + tail[-1]]
    return tail


def _signature(lines: list[str], office: bool = False) -> Optional[tuple[str, str]]:
    """The organ signing the report: a full name on a line of its own just above the date that ends
    it (阿巴嘎旗自然资源局 / 2024年1月20日), or with the date on its line; a government's office only
    when ``office``."""
    tail = _day_rejoined([line.strip() for line in lines if line.strip()][-_TAIL - 1:])[-_TAIL:]
    for n, line in enumerate(tail):
        m = _SIGNED.match(line)
        if m is None:
            continue
        dated = _DATE.search(line) is None and n + 1 < len(tail) and _DATE.match(tail[n + 1]) is not None
        if (dated or re.search(_DAY, line)) and all(is_page_number(rest) for rest in tail[n + (2 if dated else 1):]):
            organ = re.sub(r"\s+", "", m.group(1))
            if is_name(organ) and (office or not _GOVERNMENT_OFFICE.search(organ)):
                return organ, " ".join(tail[n:n + (2 if dated else 1)])
    return None


def _kinds(organ: str) -> set[str]:
    """What the report of ``organ`` calls itself by: 局 for 永康市交通运输局, 镇 for 两城镇人民政府 and
    中埠镇, 街道 or 办 for 古城办事处 (我办); none for a county's government (我县 says no more than where)."""
    if organ.endswith("办事处"):
        return {"街道", "办"}
    if organ.endswith(("委员会", "管委会", "委")):
        return {"委"}
    if organ.endswith(("办公室", "办")):
        return {"办"}
    unit = re.search(r"(镇|乡|街道|苏木)(?:(?:人民)?政府)?$", organ)
    if unit:
        return {unit.group(1)}
    return {k for k in ("局", "厅", "中心") if organ.endswith(k)}


def same(organ: str, other: str) -> bool:
    """Two names of one organ, one the fuller (两城镇人民政府, 微山县两城镇人民政府; 中埠镇, 中埠镇人民政府;
    盐城市亭湖区毓龙街道办事处, 盐城市亭湖区人民政府毓龙街道办事处)."""
    a, b = (re.sub(r"(?:人民)?政府|办事处$", "", name) for name in (organ, other))
    return a.endswith(b) or b.endswith(a)
