"""Whether a line is one of the six sections' headings (一、…六、), or a subsection's (（一）…): their
numerals, the marks copies put before them, and the wordings reports print.

Why its own module: reading where the sections stand (``regions``), cutting the words under them
(``sections``), and cutting a run-together page at them (``unflatten``, ``heading_cut``) all ask it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Optional

from core.forms import Form
from core.importers.layout import Line
from core.importers.match import fold, key, similarity

NUMERALS = "一二三四五六七八九十"
HEAD_MARKS = "#* •●■◆\u25aa"
"""A markdown copy's "#" and "*", or the bullet of a page's list item a heading stood in (• 一、总体情况):
not the heading's words."""
HEAD_LEAD = rf"[{re.escape(HEAD_MARKS)}\s>?？]*"
"""What may stand before a section heading: ``HEAD_MARKS``, or the "?" a copy put for characters it lost
(????一、總體情況)."""
HEAD = re.compile(rf"^{HEAD_LEAD}([一二三四五六])\s*[、.．]\s*(.*)$")
"""一、总体情况, 一. 总体情况: a section's numeral, its mark and its words."""
SUBHEAD = re.compile(r"^[#*\s>]*[(（]\s*([一二三四五六七八九十]{1,2})\s*[)）]\s*(.*)$")


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


def section_headings(form: Form) -> set[str]:
    """The sections' headings as reports print them: the form's own, the wordings its heading rule
    accepts (五、政府信息公开工作存在的主要问题及改进情况) and those reports kept from the earlier
    outline (一、概述, 六、需要说明的其他事项与附表: "older", still not the prescribed title), each
    with the section's number. In a run-together copy each is cut off the prose it runs into, so the
    section is found there: a heading the copy's words alone cannot tell from prose is only known by
    its wording, and a section not found is reported missing."""
    out = {s.heading for s in form.sections}
    rule = next((r for r in form.rules if r.kind == "section_headings"), None)
    wordings: dict[str, list[str]] = {}
    for param in ("variants", "older"):
        for sid, words in dict(rule.params.get(param, {}) if rule is not None else {}).items():
            wordings.setdefault(str(sid), []).extend(str(w) for w in words)
    for s in form.sections:
        number, sep, _ = s.heading.partition("、")
        if sep:
            out.update(f"{number}、{v}" for v in wordings.get(s.id, ()))
    return out


def numbered_rows(form: Form) -> tuple[str, ...]:
    """The row labels a table numbers like headings (表三's 一、本年新收…, 四、结转下年度继续办理)."""
    out = []
    for t in form.tables:
        for text in [r.label for r in t.rows] + [r.group for r in t.rows] + [g.text for g in t.grid]:
            m = HEAD.match(text or "")
            if m:
                out.append(m.group(2).strip())
    return tuple(dict.fromkeys(out))


def heading_number(line: Line, rows: tuple[str, ...] = (), titles: Sequence[str] = ()) -> Optional[tuple[int, str]]:
    """(section number, rest of the heading) when the line looks like 一、…六、 on its own and is
    not one of ``rows`` (a table's numbered row labels); with no mark after the numeral
    (一总体情况) only when the words are the section's own title (``titles``: the form's, in order)."""
    if line.values() and line.positional:
        return None
    text = fold(line.text).strip()
    m = HEAD.match(text) or _bare_head(text, titles)
    if not m:
        return None
    rest = m.group(2).strip().strip("*#").strip()
    k = key(rest)
    if not k or len(k) > 32:
        return None
    if any(similarity(rest, r) > 0.7 for r in rows):
        return None
    return NUMERALS.index(m.group(1)) + 1, rest


_BARE_HEAD = re.compile(rf"^{HEAD_LEAD}([一二三四五六])\s*(.*)$")


def _bare_head(text: str, titles: Sequence[str]) -> Optional[re.Match[str]]:
    m = _BARE_HEAD.match(text)
    if m is None:
        return None
    n = NUMERALS.index(m.group(1))
    own = key(HEAD.sub(r"\2", titles[n])) if n < len(titles) else ""
    return m if own and key(m.group(2)).startswith(own) else None


def subheading(text: str) -> Optional[tuple[int, str]]:
    """(n, rest) when a paragraph starts with （一）…（十）."""
    m = SUBHEAD.match(fold(text).strip())
    if not m:
        return None
    return numeral(m.group(1)), m.group(2)
