"""The prose of each section of a report.

Prose is split at the six numbered headings found by ``regions`` and, inside a section with
subsections, at paragraphs opening with （一）…; text before 一、 (after the title) is the
preamble. What the tables print is left out, and so are page numbers, the page's own lines (its
menu, field lines, footer) and the signature.
"""

from __future__ import annotations

import re

from core.forms import Form
from core.importers.layout import Line, is_page_number
from core.importers.match import fold, key, similarity
from core.importers.prose import DATE_LINE, title_parts
from core.importers.regions import Regions, subheading


def is_table_row(line: Line) -> bool:
    """A row of a table pasted into the prose (a file list, a screenshot's grid): not prose."""
    return line.grid or (not line.positional and sum(1 for c in line.cells if c.strip()) >= 3)


def _paragraphs(lines: list[Line]) -> list[str]:
    """Lines joined into paragraphs: a PDF line continues the previous unless it is indented."""
    out: list[str] = []
    for line in lines:
        text = line.text.strip()
        if not text or is_page_number(text) or is_table_row(line):
            continue
        if line.positional and not line.grid and out and line.indent < 8:
            prev = out[-1]
            sep = " " if prev and prev[-1].isascii() and text[0].isascii() and prev[-1].isalnum() else ""
            out[-1] = prev + sep + text
        else:
            out.append(text)
    return [_clean(p) for p in out]


_MD_LINK = re.compile(r"\[([^\]\n]{1,200})\]\((?:mailto:|https?://)[^)\s]{0,300}\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]{1,300})>")


def _clean(text: str) -> str:
    """Web-to-text leftovers out of a paragraph: markdown headings, bold marks and link syntax."""
    text = re.sub(r"^[#>\s]+", "", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    return text.replace("**", "").strip()


def split(lines: list[Line], regions: Regions, form: Form, skip: set[int]) -> tuple[dict[str, str], list[str]]:
    """Section texts (preamble, 1…6 and subsections) and notes on renamed headings."""
    notes: list[str] = []
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
    pre = _without_page_head(_paragraphs(chunks["preamble"]))
    if pre:
        texts["preamble"] = "\n".join(pre)
    for section in form.sections:
        if section.id not in chunks:
            continue
        printed = regions.heading_text.get(section.id, "")
        if printed and similarity(printed, section.heading) < 0.9:
            notes.append(f"第{section.heading[0]}部分标题原文为“{printed}”（格式为“{section.heading}”）")
        rows = sum(1 for line in chunks[section.id] if is_table_row(line))
        if rows and section.id not in {t.section for t in form.tables}:
            notes.append(f"{section.heading}中插入的表格（{rows} 行）不是正文文字，未录入")
        paras = _paragraphs(chunks[section.id])
        if starts and section.id == starts[-1][1]:       # the copy's last section: a page ends there
            paras = _drop_page_footer(paras)
        if section.id == "6" or section.id == str(len(form.sections)):
            paras = _drop_signature(paras)
        if section.subsections:
            _with_subsections(section.id, [s.id for s in section.subsections], paras, texts)
        elif paras:
            texts[section.id] = "\n".join(paras)
    return texts, notes


_FOOTER = re.compile(r"网站标识码|ICP[备证]|公网安备|版权所有|(?:主办|承办)单位\s*[:：]|技术支持\s*[:：]|网站地图|"
                     r"分享到|^\s*相关(?:文章|链接|阅读|新闻|信息)|^\s*[上下]一篇|打印本页|关闭窗口|【\s*(?:打印|关闭)|"
                     r"扫一扫|浏览次数|访问(?:量|次数)\s*[:：]|字号\s*[:：]?\s*\[?\s*大")
"""A web page's footer and share bar after a report (主办单位, 网站标识码, 分享到, 相关文章 …)."""


def page_footer(text: str) -> bool:
    """A line of a web page's footer: the page went on to its end, past the report's."""
    return _FOOTER.search(text) is not None and "。" not in text


_HEAD = re.compile(r"(?:发布|发文|生成|成文)(?:时间|日期|机构)|索\s*引\s*号|来\s*源\s*[:：]|浏览次数|阅读次数|点击数|"
                   r"字号\s*[:：]|字体\s*[:：]|【\s*字体|时效性|有\s*效\s*性|^\s*(?:语音播报|分享\s*[:：]|背景色\s*[:：])\s*$|"
                   r"^\s*(?:(?:时\s*间|日\s*期)\s*[:：]\s*)?(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
"""A web page's field lines between the title and the report (发布日期：…, 来源：…, 索引号 …, 浏览次数：…,
2025-01-26 15:07 alone or labelled only 时间: / 日期:, as 营山县 and 重庆's district sites print it; their
语音播报 and 分享: buttons, 西藏's 背景色: picker, each a line of its own)."""


def _page_head(para: str) -> bool:
    """A paragraph of the page, not of the report's preamble: a field line or a repeat of the title
    (a page prints it again under its date), holding no sentence (no 。)."""
    if "。" in para:
        return False
    if _HEAD.search(para) or _FOOTER.search(para):
        return True
    return _title_again(para)


def _title_again(para: str) -> bool:
    """The report's title printed again (no sentence in it)."""
    parts = title_parts(para)
    return "。" not in para and parts is not None and len(key(para)) <= 60 and fold(para).rstrip().endswith(("报告", "年报"))


def _without_page_head(paras: list[str]) -> list[str]:
    """The preamble's paragraphs without the page's head block. A short line naming no field that
    stands between two of the page's field lines (陆丰市人民政府办公室 between 2026-01-22 17:49:17 and
    字体:大中小, the title printed again under them) is the block's too — the site's publisher — not
    a sentence of the report, which would have made the check say the preamble lacks its period and
    contact. Only a line with a page line just above and just below it: one next to the report's
    words is kept. The title printed again over two lines is the page's too: neither line holds a
    sentence, joined they are a title."""
    head = [_page_head(p) for p in paras]
    for i in range(len(paras) - 1):
        if not head[i] and not head[i + 1] and _title_again(paras[i] + paras[i + 1]):
            head[i] = head[i + 1] = True     # the title again, wrapped after the organ (盐边县共和乡人民政府 / 关于…的年度报告)
    out = []
    for i, p in enumerate(paras):
        framed = 0 < i < len(paras) - 1 and head[i - 1] and head[i + 1]
        if head[i] or (framed and len(key(p)) <= 30 and not re.search(r"[。，,；;：:！!？?]", p)):
            continue
        out.append(p)
    return out


def _drop_page_footer(paras: list[str]) -> list[str]:
    """The copy's last section (六, or where a page cut short ends) without the page's footer a
    copy of the whole page ends with: from the first paragraph that is page furniture (no
    sentence of the report: it holds no 。)."""
    for i, p in enumerate(paras):
        if i and _FOOTER.search(p) and "。" not in p:
            return paras[:i]
    return paras


def _drop_signature(paras: list[str]) -> list[str]:
    """The organ's name and the date that close the report are not prose of section 六."""
    out = list(paras)
    while out and (DATE_LINE.match(fold(out[-1])) or (len(key(out[-1])) <= 20 and not re.search(r"[。；，]", out[-1]))):
        if len(out) == 1 and not DATE_LINE.match(fold(out[-1])) and len(key(out[-1])) <= 4:
            break
        out.pop()
    return out


def _with_subsections(sid: str, subs: list[str], paras: list[str], texts: dict[str, str]) -> None:
    """Paragraphs under a section whose subsections are headed （一）…: each subsection its own
    text when the paragraphs follow that numbering in order; otherwise the whole section."""
    marks = []
    expected = 1
    for i, p in enumerate(paras):
        sh = subheading(p)
        if sh and sh[0] == expected and expected <= len(subs):
            marks.append(i)
            expected += 1
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
