"""Where the tables and the six sections stand in a source's lines.

Tables are found by what the official layout prints at their top (第二十条第（一）项, 申请人情况,
行政复议 … 行政诉讼), sections by their numbered headings (一、… 六、), taken in order so a row
label such as "四、结转下年度继续办理" is never mistaken for section 四.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from core.forms import Form
from core.importers.layout import Line
from core.importers.match import fold, key, similarity

NUMERALS = "一二三四五六七八九十"
_ART20 = re.compile(r"第二十条\s*第?\s*[(（]?\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]?\s*项")
"""第二十条第（一）项, 第二十条第1项, 第二十条（一）项, 第二十条第(一)项."""
_HEAD = re.compile(r"^[#*\s>]*([一二三四五六])\s*[、.．]\s*(.*)$")
_SUBHEAD = re.compile(r"^[#*\s>]*[(（]\s*([一二三四五六七八九十]{1,2})\s*[)）]\s*(.*)$")
_REQUEST_ROWS = ("本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "本年度办理结果", "结转下年度继续办理")


def numeral(text: str) -> int:
    """一 → 1 … 十九 → 19, or 5 → 5 (the numbering of headings and 第二十条 items)."""
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + NUMERALS.index(text[1]) + 1
    if len(text) == 2 and text.endswith("十"):
        return (NUMERALS.index(text[0]) + 1) * 10
    if len(text) == 3:
        return (NUMERALS.index(text[0]) + 1) * 10 + NUMERALS.index(text[2]) + 1
    return NUMERALS.index(text[0]) + 1


@dataclass
class Regions:
    tables: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Table id → [first, end) line indexes."""
    headings: dict[int, str] = field(default_factory=dict)
    """Line index → section id ("1" … "6")."""
    heading_text: dict[str, str] = field(default_factory=dict)
    """Section id → the heading as printed."""


def heading_number(line: Line) -> Optional[tuple[int, str]]:
    """(section number, rest of the heading) when the line looks like 一、…六、 on its own."""
    if line.values() and line.positional:
        return None
    text = fold(line.text).strip()
    m = _HEAD.match(text)
    if not m:
        return None
    rest = m.group(2).strip().strip("*#").strip()
    k = key(rest)
    if not k or len(k) > 32:
        return None
    if any(similarity(rest, r) > 0.7 for r in _REQUEST_ROWS):
        return None
    return NUMERALS.index(m.group(1)) + 1, rest


def subheading(text: str) -> Optional[tuple[int, str]]:
    """(n, rest) when a paragraph starts with （一）…（十）."""
    m = _SUBHEAD.match(fold(text).strip())
    if not m:
        return None
    return numeral(m.group(1)), m.group(2)


def find(lines: list[Line], form: Form) -> Regions:
    out = Regions()
    keys = [key(fold(line.text), numbering=True) for line in lines]
    anchors: list[tuple[int, str]] = []
    table_ids = {t.id for t in form.tables}
    for i, line in enumerate(lines):
        m = _ART20.search(re.sub(r"\s+", "", fold(line.text)))
        if m and len(keys[i]) <= 40:
            tid = f"art20_{numeral(m.group(1))}"
            if tid in table_ids and tid not in {a[1] for a in anchors}:
                anchors.append((i, tid))
    after_art20 = max((i for i, _ in anchors), default=0)
    req_start = None
    # after 表二 as the form prints it; a copy with 表三 first is searched from its top
    for first in (after_art20, 0) if after_art20 else (0,):
        for i in range(first, len(lines)):
            k = keys[i]
            if len(k) <= 60 and ("申请人情况" in k or "本列数据的勾稽关系" in k or ("自然人" in k and len(k) <= 24)
                                 or "本年新收政府信息公开申请数量" in k):
                req_start = i
                break
        if req_start is not None:
            break
    app_start = None
    for i in range(req_start if req_start is not None else after_art20, len(lines)):
        k = keys[i]
        if ("行政复议" in k and "行政诉讼" in k and len(k) <= 30) or k.startswith("结果维持"):
            app_start = i
            break
    if req_start is not None:
        anchors.append((req_start, "requests"))
    if app_start is not None:
        anchors.append((app_start, "appeals"))
    anchors.sort()
    # Headings: in order, outside the request table's rows.
    current = 0
    req_end_guess = app_start if app_start is not None else len(lines)
    for i, line in enumerate(lines):
        h = heading_number(line)
        if h is None:
            continue
        n, rest = h
        if req_start is not None and req_start < i < req_end_guess:
            sections = [s for s in form.sections if s.id == str(n)]
            if n < 4 or not sections or similarity(rest, sections[0].heading) < 0.6:
                continue
        if n > current:
            current = n
            out.headings[i] = str(n)
            out.heading_text[str(n)] = fold(line.text).strip().lstrip("#* ").strip()
    heads = sorted(out.headings)
    for idx, (start, tid) in enumerate(anchors):
        end = anchors[idx + 1][0] if idx + 1 < len(anchors) else len(lines)
        following = [h for h in heads if h > start]
        if following:
            end = min(end, following[0])
        if tid == "appeals":
            end = min(end, start + 60)
        out.tables[tid] = (start, end)
    return out
