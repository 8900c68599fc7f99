"""What a copied web page prints around a report that is no word of it: the page's head above
the preamble (its field lines, buttons, menus, the title printed again), its footer, and the words
that close the report after its last sentence (the signature, the imprint, the page's 附件下载).

Only what is clearly the page's or the document's frame is dropped: a line that may be the
report's own words stays where it stands (in the 前言 when it is above 一).
"""

from __future__ import annotations

import re

from core.importers.match import fold, key
from core.importers.prose import DATE_LINE, title_parts

_FOOTER = re.compile(r"网站标识码|ICP[备证]|公网安备|版权所有|(?:主办|承办)单位\s*[:：]|技术支持\s*[:：]|网站地图|"
                     r"分享到|^\s*相关(?:文章|链接|阅读|新闻|信息)|^\s*[上下]一篇|打印本页|关闭窗口|【\s*(?:打印|关闭)|"
                     r"扫一扫|二维码|浏览次数|访问(?:量|次数)\s*[:：]|字号\s*[:：]?\s*\[?\s*大|^\s*附件下载\s*$")
"""A web page's footer and share bar after a report (主办单位, 网站标识码, 分享到, 相关文章, 附件下载 …)."""


def page_footer(text: str) -> bool:
    """A line of a web page's footer: the page went on to its end, past the report's."""
    return _FOOTER.search(text) is not None and "。" not in text


_HEAD = re.compile(r"(?:发布|发文|生成|成文|发表|更新)(?:时间|日期|机构)|索\s*引\s*号|来\s*源\s*[:：]|浏览(?:次数|量)|阅读次数|点击数|"
                   r"字号\s*[:：]|字体\s*[:：]|【\s*字体|时效性|有\s*效\s*性|^\s*(?:语音播报|分享\s*[:：]|背景色\s*[:：])\s*$|"
                   r"^[\s\u2022\u00b7]*(?:文\s*号|文件编号|栏\s*目|关\s*键\s*词|主\s*题\s*词|主题分类|目录名称|内容概述|原文链接)\s*[:：]|"
                   r"^[\s\u2022\u00b7]*(?:(?:时\s*间|日\s*期)\s*[:：]\s*)?(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$|"
                   r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]\s*$")
"""A web page's field lines between the title and the report (发布日期：…, 来源：…, 索引号 …, 浏览次数：…,
2025-01-26 15:07 alone or labelled only 时间: / 日期:, as 营山县 and 重庆's district sites print it; their
语音播报 and 分享: buttons, 西藏's 背景色: picker, each a line of its own); the fields of the metadata
grid a 政府信息公开 page prints over its article (文号：, 栏目：, 关键词：, 主题分类：, 内容概述：), and
its date with the weekday (2025年12月30日 星期二)."""
_BUTTONS = re.compile(r"^(?:[\s|\uff5c/:：\-\u2022\u00b7]*(?:微信|微博|QQ空间|全真版|文字版|文件下载|打印(?:本页)?|收藏|分享(?:到)?|"
                      r"关闭(?:窗口)?|字体大小|大中小|无障碍|长者版|关怀版|A[+\-]?|X|[大中小]))+[\s|\uff5c/:：\-\u2022\u00b7]*$")
"""A line of the page's buttons and nothing else: share (微信 微博 QQ空间 X), print, keep, the font
size (大中小, A+ A A-), the site's reading modes (全真版 文字版, 无障碍, 长者版)."""


def _page_head(para: str) -> bool:
    """A paragraph of the page, not of the report's preamble: a field line or a repeat of the title
    (a page prints it again under its date), holding no sentence (no 。)."""
    if "。" in para:
        return False
    if _HEAD.search(para) or _FOOTER.search(para) or _BUTTONS.match(para) or not _WORDS.search(para):
        return True          # (no words at all: bullets, bars, the "??" of characters a copy lost)
    return _title_again(para)


_WORDS = re.compile(r"[0-9A-Za-z\u4e00-\u9fff]")


_BARE_TITLE = re.compile(r"[\u4e00-\u9fff]{0,30}?(?:(?:19|20)\d{2}年度?)?(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)")
"""A title naming no organ or no year (河包镇政府信息公开工作年度报告, 关于2019年政府信息公开工作年度报告,
政府信息公开工作年度报告), compared by its key."""
_NAMING = re.compile(r"编制|公布|现将|发布|报送|如下|根据|按照|[《》“”，,、：:；;]")
"""A sentence's words naming the report (特编制本年度…报告), or a piece of one a copy wrapped
(…定》）和《关于印发中华人民共和国政府信息公开工作年度报告): not a title printed again."""


def _title_again(para: str) -> bool:
    """The report's title printed again (no sentence in it)."""
    if "。" in para or len(key(para)) > 60 or not key(para).endswith(("报告", "年报")):   # (…年度工作 / 报 告)
        return False
    return title_parts(para) is not None or (_BARE_TITLE.fullmatch(key(para)) is not None and not _NAMING.search(para))


def without_page_head(paras: list[str]) -> list[str]:
    """The preamble's paragraphs without the page's head block. A short line naming no field that
    stands between two of the page's field lines (陆丰市人民政府办公室 between 2026-01-22 17:49:17 and
    字体:大中小, the title printed again under them) is the block's too — the site's publisher — not
    a sentence of the report, which would have made the check say the preamble lacks its period and
    contact. Only a line with a page line just above and just below it: one next to the report's
    words is kept. The title printed again over two lines is the page's too: neither line holds a
    sentence, joined they are a title."""
    head = [_page_head(p) for p in paras]
    for i in range(len(paras) - 1):
        if not head[i] and _title_again(paras[i] + paras[i + 1]):
            # the title again, wrapped after the organ (盐边县共和乡人民政府 / 关于…的年度报告; 重庆市万州区
            # 规划和自然资源局 / 2020年政府信息公开工作年度报告, its second line a title naming no organ)
            head[i] = head[i + 1] = True
    _menu(paras, head)
    out = []
    for i, p in enumerate(paras):
        framed = 0 < i < len(paras) - 1 and head[i - 1] and head[i + 1]
        if head[i] or (framed and len(key(p)) <= 30 and not re.search(r"[。，,；;：:！!？?]", p)):
            continue
        out.append(p)
    return out


_MENU_ITEM = re.compile(r"[^\s。，,；;：:、（）()《》“”!！?？]{1,8}")
_MENU_RUN = 4


def _menu(paras: list[str], head: list[bool]) -> None:
    """The page's menus above the report (首页 / 走进沭阳 / 办事服务 / 政民互动 / 政府信息公开, a side
    menu 地方性法规 / 规章 / 行政规范性文件 / 其他文件): four or more short lines in a row, none a
    sentence, before the preamble's first sentence, the page's own lines between them aside —
    marked as the page's in ``head``."""
    first = next((i for i, p in enumerate(paras) if "。" in p), len(paras))
    run: list[int] = []
    for i in range(first + 1):
        if i < first and head[i]:
            continue                       # (the page's date or field lines between its menus' items)
        if i < first and _MENU_ITEM.fullmatch(paras[i].strip()):
            run.append(i)
            continue
        if len(run) >= _MENU_RUN:
            for j in run:
                head[j] = True
        run = []


def drop_page_footer(paras: list[str]) -> list[str]:
    """The copy's last section (六, or where a page cut short ends) without the page's footer a
    copy of the whole page ends with: from the first paragraph that is page furniture (no
    sentence of the report: it holds no 。)."""
    for i, p in enumerate(paras):
        if i and _FOOTER.search(p) and "。" not in p:
            return paras[:i]
    return paras


_CLOSING = re.compile(r"(?:\s*(?:[\u4e00-\u9fff（）()][\u4e00-\u9fff（）()\s]{1,40}?\s*)?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月"
                      r"\s*\d{1,2}\s*日(?:\s*印发)?|\s*附件下载)+\s*")
"""What closes a report and its page: the organ and the date it signs with (after a letter's 此函),
the imprint (…办公室 2022年1月13日印发), the page's 附件下载 — each optional, in a row."""
_CLOSES_AFTER = re.compile(r"[。；;！？!?]|\s+")
"""Where the closing words may start in the last paragraph: after a sentence, or after a space that
follows the section's answer (无 平潭综合实验区经济发展局 2020年1月2日 …印发 附件下载)."""
_ORGAN_END = re.compile(r"(?:局|委员会|委|办公室|办|政府|处|院|中心|街道|镇|乡|所|站|队|厅|部|公司|组|室|馆|区|县|市|会)$")
"""How an organ's name ends: the signature's line names one (平潭综合实验区经济发展局); 六's own short
answer does not (无其他需要报告的事项, 暂无)."""
_LINK = re.compile(r"\s*附件下载\s*")


def _answer(words: str) -> bool:
    """The section's words before a space, without a sentence's end (无, 无其他需要报告的事项): not
    when they end as an organ's name does — 暂无平潭综合实验区苏平片区管理局 ran the answer into the
    organ, and no cut tells one from the other."""
    return bool(key(words)) and not _ORGAN_END.search(key(words))


def drop_closing(paras: list[str]) -> list[str]:
    """The copy's last section without the words that close the report and its page, on lines of
    their own or, in a copy that ran together, after its last sentence (…无收取信息处理费情况。
    平潭综合实验区经济发展局 2022年1月13日 平潭综合实验区经济发展局办公室 2022年1月13日印发 附件下载):
    no words of the section, whichever the copy ends with (a report without 六 signs under 五)."""
    out = list(paras)
    while len(out) > 1 and _CLOSING.fullmatch(out[-1]):
        out.pop()                  # (never the section's only words: 暂无 run into the organ's name)
    if out:
        last = out[-1]
        at = next((m.end() for m in _CLOSES_AFTER.finditer(last)
                   if (m.group().strip() or _LINK.fullmatch(last, m.end()) or _answer(last[:m.end()]))
                   and m.end() < len(last)
                   and _CLOSING.fullmatch(last, m.end())), None)
        if at is not None:
            out[-1] = last[:at].rstrip()
    return out


def drop_signature(paras: list[str]) -> list[str]:
    """The organ's name and the date that close the report are not prose of section 六."""
    out = list(paras)
    while out and (DATE_LINE.match(fold(out[-1])) or (len(key(out[-1])) <= 20 and not re.search(r"[。；，]", out[-1])
                                                       and _ORGAN_END.search(key(out[-1])))):
        if len(out) == 1 and not DATE_LINE.match(fold(out[-1])) and len(key(out[-1])) <= 4:
            break
        out.pop()
    return out
