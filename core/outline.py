"""The report's prose in printing order: preamble, six sections, their subsections, their tables.

The narrative editor and the exporters walk this list, so both show the same headings in the
same order and a text stored under a subsection (1.2) is never forgotten by one of them.
"""

from __future__ import annotations

from dataclasses import dataclass

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
