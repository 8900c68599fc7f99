"""The report's prose in printing order: preamble, six sections, their subsections, their tables.

The narrative editor and the exporters walk this list, so both show the same headings in the
same order and a text stored under a subsection (1.2) is never forgotten by one of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from core.report import Report

PREAMBLE = "preamble"


@dataclass(frozen=True)
class TextBlock:
    id: str
    """Where the text is stored: "preamble", a section ("1") or a subsection ("1.2")."""
    heading: str
    level: int
    """0 the preamble, 1 a section (一、), 2 a subsection (（一）)."""
    text: str
    guidance: str
    carried: bool
    """Still last year's text, not yet revised."""
    tables: tuple[str, ...] = ()
    """Tables printed after this block (表二's blocks after 二)."""


def text_blocks(report: Report) -> list[TextBlock]:
    """Every place prose may stand, in printing order."""
    def block(key: str, heading: str, level: int, guidance: str, tables: tuple[str, ...] = ()) -> TextBlock:
        section = report.form.section_of(key) if report.unread_sections else None
        if section in report.unread_sections:
            # the box shows this while empty: the text is not known to be absent, only not read
            guidance = f"本部分未能从来源文件读取（{report.unread_sections[section]}），请对照原文补写。{guidance}"
        return TextBlock(key, heading, level, report.texts.get(key, ""), guidance,
                         key in report.carried_texts, tables)

    out = [block(PREAMBLE, "", 0, "报告编制依据、统计期限、电子版下载地址、联系方式等。")]
    for section in report.form.sections:
        out.append(block(section.id, section.heading, 1, section.guidance, section.tables))
        out.extend(block(sub.id, sub.heading, 2, "") for sub in section.subsections)
    return out


def section_text(report: Report, section_id: str) -> str:
    """A section's prose with its subsections' (for checks that read the section as a whole)."""
    keys = report.form.section_text_keys(section_id)
    return "\n".join(report.texts[k] for k in keys if report.texts.get(k, "").strip())


# --- A text that begins with its own heading ----------------------------------------------------
_NUMERAL = "〇零一二三四五六七八九十百"
_HEADING = re.compile(rf"^(?:（([{_NUMERAL}]+)）|([{_NUMERAL}]+)、)(.*)$")
_SENTENCE_END = "。；！？：:;!?"
HEADING_LINE_CHARS = 24
"""A first paragraph at most this long (one body line after the indent) can be a heading line."""


def _marker(heading: str) -> tuple[str, Optional[re.Pattern[str]], str]:
    """(canonical marker, pattern finding it at a text's start, the heading's words) of a heading
    such as （一）主动公开 or 一、总体情况; ("", None, heading) for an unnumbered one.

    The pattern accepts what clerks type for the same marker: full- or half-width brackets,
    一、 一． 一. 一，, spaces anywhere in between."""
    m = _HEADING.match("".join(heading.split()))
    if m is None:
        return "", None, heading
    if m[1]:
        return f"（{m[1]}）", re.compile(rf"^\s*[（(]\s*{m[1]}\s*[）)]\s*"), m[3]
    return f"{m[2]}、", re.compile(rf"^\s*{m[2]}\s*[、，,．.]\s*"), m[3]


def fold_heading(heading: str, paragraphs: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """The heading to print and the paragraphs under it, for a text that may begin with its heading.

    Texts carried from last year or pasted from a published report often open with their own
    heading (“（一）主动公开方面。……”, “一、总体情况”), which printed under the template's heading
    would number the place twice. So when the first paragraph begins with the heading's ordinal
    marker (in any of the ways it is typed) or with the heading's words:

    - a short first paragraph followed by others is a heading line: it is printed as the heading
      (the clerk's wording, with the canonical marker) and not again as body text;
    - a longer one is a run-in heading: no separate heading is printed ("" is returned) and the
      paragraph starts with the canonical marker (put before the words when it had none), so the
      numbering of the report stays whole.

    Otherwise the template's heading is printed above the paragraphs unchanged.
    """
    paras = tuple(paragraphs)
    if not heading or not paras:
        return heading, paras
    canonical, pattern, words = _marker(heading)
    first = paras[0]
    m = pattern.match(first) if pattern is not None else None
    if m is not None:
        first = canonical + first[m.end():]
    elif len(words) >= 2 and "".join(first.split()).startswith(words):
        first = canonical + first.strip()
    else:
        return heading, paras
    body = first.rstrip(_SENTENCE_END)
    if len(paras) > 1 and len(body) <= HEADING_LINE_CHARS and not any(ch in body for ch in _SENTENCE_END):
        return first, paras[1:]
    return "", (first,) + paras[1:]
