"""A report pasted from the clipboard (core.importers.pasted): the browser's HTML flavour when it
holds the tables, else its text; Windows' CF_HTML header cut off; nothing copied refused with what
to do."""

from __future__ import annotations

import pytest

from core.importers import ImportError_
from core.importers.pasted import NAME, import_pasted
from importers.files import differences, fixture, html_text, table_text

REPORT = "samples/huaian-city-2024"


def test_the_html_flavour_is_read_when_it_holds_the_tables() -> None:
    report = fixture(REPORT)
    header = "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000090000\r\nStartFragment:0000000141\r\nEndFragment:0000089000\r\n"
    got, log = import_pasted(header + html_text(report), "（纯文本里只剩一个字）")
    assert log.kind == "html" and log.source == NAME
    assert (got.year, got.organ) == (report.year, report.organ)
    assert differences(got, dict(report.cells)) == []


@pytest.mark.parametrize("html", [None, "", "<p>只有一段话，没有表格</p>", "<table><tr><td>坏"])
def test_the_text_flavour_is_read_when_the_html_holds_no_table(html: str | None) -> None:
    report = fixture(REPORT)
    got, log = import_pasted(html, table_text(report, "tab"))
    assert log.kind == "text"
    assert differences(got, dict(report.cells)) == []


@pytest.mark.parametrize(("html", "text"), [(None, None), ("", "  \n"), ("Version:0.9\r\nStartHTML:1\r\n", "")])
def test_nothing_copied_is_refused_with_what_to_do(html: str | None, text: str | None) -> None:
    with pytest.raises(ImportError_, match="Ctrl\\+A"):
        import_pasted(html, text)
