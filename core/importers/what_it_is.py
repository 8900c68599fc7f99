"""What a text says of itself — which kind of document it is, whose report — where the importer's
refusals and notes must tell the clerk the truth about it.

Why: a refusal that names the wrong cause sends the clerk the wrong way. A 2018 绩效评价报告 refused as
"an annual report on the form before 2019" has the clerk looking for a newer year's report of a
document that never was one; a copy of an annual report holding only its prose, refused as "不像是
年度报告", has the clerk doubting a file that is the report, whose tables did not come along. And a
title naming one organ over a preamble naming another (the preamble kept from another organ's Word
file) is the clerk's to settle: the title is used, the other name said.
"""

from __future__ import annotations

import re
from typing import Optional

import core.importers.organ_words as organ_words
import core.importers.prose as prose
from core.forms import Section
from core.importers.heading_words import subheading
from core.importers.match import fold, key
from core.importers.opening import SITE_WORDS
from core.importers.title_sentence import speaks_of_itself
from core.organ_level import abbreviates

_OF_DISCLOSURE = re.compile(r"信息公开|政务公开")
_OTHER_DOCUMENT = re.compile(r"^[^，,。；;：:！？!?《》“”|]{4,60}?(?:报告|总结|说明|方案|计划)$")
"""A title of another kind of document (南县住房和城乡建设局2018年度整体支出 绩效评价报告): a short line with
no sentence's punctuation, ending as a document's name does; with a year, and no word of 公开."""
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
_TITLE_WINDOW = 30


def another_kind(lines: list[str], full: str) -> Optional[str]:
    """Why the text of ``lines`` (its whole text ``full``) is no 政府信息公开工作年度报告 at all, when it
    says so itself — it never speaks of 信息公开, or its title names another kind of document — as the
    words of a refusal; None when it may be one (a report, a notice about one: the old form's refusal)."""
    named = ""
    for line in lines[:_TITLE_WINDOW]:
        text = fold(line).strip()
        if _OTHER_DOCUMENT.match(text) and _YEAR.search(text) and "公开" not in text:
            named = re.sub(r"\s+", "", text)
            break
    silent = _OF_DISCLOSURE.search(re.sub(r"[^\S\n]+", "", fold(full))) is None    # (not across lines: 详细信息 / 公开…)
    if named and silent:
        return f"原文是“{named}”，通篇没有提到政府信息公开"
    if named:
        return f"原文是“{named}”"
    return "原文通篇没有提到政府信息公开" if silent else None


def not_a_report(source: str, why: str) -> str:
    """The refusal of a document of another kind (``why``: from ``another_kind``)."""
    return f"“{source}”不是政府信息公开工作年度报告（{why}），无法导入；请导入政府信息公开工作年度报告"


_NOTICE = re.compile(r"^[^，,。；;：:]{0,40}?关于[^，,。；;]{2,80}?通知$")
_READING = re.compile(r"^(?:(?:文字|图文|图片|视频|政策)?解读|图解)[:：]?.*(?:报告|年报)$")
_HEAD_LINES = 3
"""Only the text's first lines: a notice or a reading is titled at its top, while a real report's page may
list other documents' titles (…关于…的通知) among its menus and links further down."""


def another_document(head: list[str]) -> Optional[str]:
    """The title of a notice (某市政府办公室关于做好2020年度政府信息公开工作年度报告编制发布工作的通知) or
    of a reading of the report (文字解读：某街道办事处2022年政府信息公开工作年度报告, 图解…) among the first
    lines of ``head`` (the text above its first section's heading), as its words; None when there is none.
    Why: holding no table, such a text was taken for the report its title speaks of — the notice's
    为做好… read as the organ, the reading's 编写本报告 as the report's own words — though neither is one."""
    for line in [t for line in head if (t := re.sub(r"\s+", "", fold(line)))][:_HEAD_LINES]:
        if _NOTICE.match(line) or _READING.match(line):
            return line
    return None


_ITSELF = re.compile(r"本\s*(?:年\s*度\s*)?报\s*告|本\s*年\s*报")
_OPENING = 1500
"""How far into a text its words about itself are looked for (its preamble, or the first paragraph
of 一、总体情况 when the copy starts at that heading)."""


def calls_itself_the_report(full: str) -> bool:
    """The opening of ``full`` speaks of itself as the 政府信息公开 report (本年度报告根据《…政府信息公开
    条例》…编制; 本报告由某镇人民政府编制 … 政府信息公开工作): a text that is the report, whatever it lacks."""
    opening = fold(full[:_OPENING])
    return speaks_of_itself(opening) or (_ITSELF.search(opening) is not None
                                         and _OF_DISCLOSURE.search(re.sub(r"\s+", "", opening)) is not None)


_OUTLINE_ITEMS = 4


def outlines_the_overview(texts: list[str], headings: dict[int, str], one: Section) -> bool:
    """The lines under the heading of section ``one`` (一、总体情况, at its index in ``headings``, the
    lines' texts ``texts``) open with at least four of its five items, each under the number the form
    gives it ((一)主动公开…, (二)依申请公开…, (三)政府信息管理…, (四)政府信息公开平台建设…, (五)监督保障…):
    the 2021 form's own outline of that section. Why: a copy that starts at 一、总体情况 (a search excerpt),
    under no title and naming its report in no sentence, was refused as "不像是政府信息公开工作年度报告"
    although its section is laid out as the form lays it out. Three are not enough: the first three
    (主动公开, 依申请公开, 政府信息管理) outline any account of the year's 政务公开 work, and a copy known only
    by its words about itself must name its year there (``_speaks_of_its_year``)."""
    at = sorted(i for i, sid in headings.items() if sid == one.id)
    if not at or not one.subsections:
        return False
    end = min((i for i in headings if i > at[0]), default=len(texts))
    words = [key(re.sub(r"^[(（][一二三四五六七八九十]+[)）]", "", sub.heading)) for sub in one.subsections]
    seen = set()
    for text in texts[at[0] + 1:end]:
        sh = subheading(text)
        if sh and 1 <= sh[0] <= len(words) and words[sh[0] - 1] and key(sh[1]).startswith(words[sh[0] - 1]):
            seen.add(sh[0])
    return len(seen) >= _OUTLINE_ITEMS


def reads_as_a_report(full: str, headings: int) -> bool:
    """``full``, printing ``headings`` of the form's section headings, is a 政府信息公开 report by its words:
    it calls itself one, or prints one of the headings (一、总体情况: a copy cut inside that section) and
    speaks of 政府信息公开 in its opening. With the year told, a copy holding no table and no title is read
    for its words; without it, the clerk is asked for the year — not told it is no report."""
    opening = re.sub(r"\s+", "", fold(full[:_OPENING]))
    if _CHECKS_REPORT.search(opening):
        return False                # 现将…政府信息公开工作自查情况报告如下: a check's report, not the year's
    return calls_itself_the_report(full) or (headings >= 1 and "政府信息公开" in opening)


_CHECKS_REPORT = re.compile("(?:\u81ea\u67e5|\u68c0\u67e5|\u7763\u67e5|\u6574\u6539|\u8bc4\u4f30|\u8003\u6838)"
                            "(?:\u5de5\u4f5c)?(?:\u60c5\u51b5)?\u7684?(?:\u62a5\u544a|\u6c47\u62a5)")
"""自查 检查 督查 整改 评估 考核 (工作)(情况)(的)报告/汇报: the report of a check, whose words speak of 政府信息公开 too."""


def tables_not_copied(source: str) -> str:
    """The refusal of a text that is the report by its own words but holds none of its tables."""
    return (f"“{source}”的正文说明它是政府信息公开工作年度报告，但其中未找到任何统计表（表二、表三、表四）："
            "所复制的可能只有报告的文字部分，表格没有一起复制下来，或表格是图片（扫描件）无法读取，未导入；"
            "请导入含表格的原文（Word、PDF 文件或网页原文）")


def preamble_names_another(organ: str, preamble: list[str]) -> Optional[str]:
    """The note when the title's ``organ`` and the organ a sentence of the ``preamble`` names its
    report by (现公布某县民族宗教事务局2025年度…报告 under 某县某镇2025年…报告) are full names of two
    different organs; None when they are one organ (面甸镇, 建水县面甸镇人民政府; 上海市科委) or either
    is no full name (某县: which of its bodies, the words do not say)."""
    if not _full(organ):
        return None
    for text in preamble:
        named = prose.named_in_sentence(fold(text))
        if named is None or not _full(named[0]) or _one_organ(organ, named[0]):
            continue
        return (f"原文标题写的单位是“{organ}”，而正文开头写的是“{named[0]}”（“{named[2]}”），两者不是同一单位："
                f"已按标题读取为“{organ}”，请核对报告单位")
    return None


_SITE_WORDS = re.compile(rf"{SITE_WORDS}|(?i:app)|www|\.com")
"""Words of a website or an account, which no organ's name holds: a mirror of a page writes its own
site's name into the title where the district's stood (武汉市生态环境局环球国际(中国)官方网站分局)."""


def site_words_in(organ: str) -> Optional[str]:
    """The note when the ``organ`` read holds a website's words (官方网站, 公众号…): read as printed,
    since which name they stand in for the words do not say, and the clerk told so; None otherwise."""
    m = _SITE_WORDS.search(organ)
    if m is None:
        return None
    return (f"读取的单位名称“{organ}”中有“{m.group()}”，这不是单位名称的用语（转载的网页可能把名称中的地名"
            "换成了网站名），已按原文读取，请核对并改正单位名称")


def _full(organ: str) -> bool:
    """A full name: a place and the kind of body (某县民族宗教事务局), or a township by its place alone
    (建水县面甸镇)."""
    township = re.search(r"(?:镇|乡|街道|苏木)$", organ) is not None
    return organ_words.is_name(organ) or (township and organ_words.is_name(organ, body=False))


def _one_organ(a: str, b: str) -> bool:
    """Two names of one organ: one the fuller (``organ_words.same``) or one an abbreviation of the
    other (every character in order: 上海市科委, 上海市科学技术委员会)."""
    short, long_ = sorted((a, b), key=len)
    return organ_words.same(a, b) or abbreviates(short, long_)
