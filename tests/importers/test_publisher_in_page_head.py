"""A web page's head block under a report's title (helper 68, from 陆丰市湖东镇 2025): the page's date,
its publisher on a line of its own (陆丰市人民政府办公室), 字体:大中小 and the title printed again are
no preamble — the publisher had stood as the whole preamble, and the check then said the preamble
named no statistical period (F4) and no contact (F5) for a report that prints no preamble at all."""

from __future__ import annotations

from core.importers.text import import_text
from core.validate import validate
from importers.files import differences, fixture, table_text

SEED = "seeds/003_bd56896d5bf88536"


def _paged(head: str) -> tuple[object, str]:
    report = fixture(SEED)
    text = table_text(report, "pipe")
    text = text.replace(f"本报告统计期限自{report.year}年1月1日至{report.year}年12月31日。\n", "")
    title = report.display_title()
    return report, text.replace(title, head.format(title=title), 1)


def test_a_publisher_line_between_the_pages_field_lines_is_no_preamble() -> None:
    report, text = _paged("{title}\n2026-01-22 17:49:17\n陆丰市人民政府办公室\n字体:大中小\n{title}")
    got, _ = import_text(text, "x.txt")
    assert got.texts.get("preamble", "") == ""
    assert not [f.rule for f in validate(got) if f.rule in ("F4", "F5")]
    assert differences(got, dict(report.cells)) == []


def test_a_short_line_next_to_the_reports_own_words_stays_in_the_preamble() -> None:
    """Framed on one side only (the date above it, a sentence of the report below): kept."""
    report, text = _paged("{title}\n2026-01-22 17:49:17\n陆丰市人民政府办公室\n根据《条例》规定编制本报告。")
    got, _ = import_text(text, "x.txt")
    assert got.texts.get("preamble", "").startswith("陆丰市人民政府办公室")
