"""A row of 表三 that Word or WPS breaks over a page (its label wrapped in a narrow column: "1.本机关不掌"
at the foot of one page, "握相关政府信息" atop the next, the numbers in the first part and the
second part's cells empty), read as the one row it is (``pdf_rows._rejoin_page_breaks``). Read as
two rows, the second took the row's place as a row printed blank and its numbers were dropped: seven
cells read wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_import import _same, entries

from core.importers import import_file
from importers.files import FIXTURES

LAYOUTS = FIXTURES / "pdf_layouts"
_ENTRIES = {meta["id"]: meta for meta, _ in entries()}


@pytest.mark.parametrize("pdf", sorted(LAYOUTS.glob("row-over-page*__*.pdf")), ids=lambda p: p.stem)
def test_a_row_broken_over_a_page_is_read_as_one_row(pdf: Path) -> None:
    """``row-over-page``: 表三's 1.本机关不掌握相关政府信息 broken over pages 9 and 10, its header not
    repeated; ``-header-repeated``: （二）部分公开（区分处理的，…） broken over a page whose top repeats
    the header's three rows. Every hand-read cell read, none left unread."""
    meta = _ENTRIES[pdf.stem.split("__")[1]]
    report, _ = import_file(pdf)
    wrong = [(a, report.cells.get(a), want) for a, want in meta["cells"].items()
             if a in report.missing or not _same(report.cells.get(a), want)]
    assert wrong == []
    assert not [n for n in report.notes if "无法对应" in n]


def test_only_the_parts_of_one_row_are_joined() -> None:
    """Two rows on either side of a page break, each whole (a row that ends at the foot of a page,
    the next one printing its cells empty atop the next): not joined into one. A row's two parts
    are, whichever prints the numbers, and with the header repeated between them; not two rows
    on one page."""
    from core.importers.pdf_rows import _rejoin_page_breaks
    from core.importers.row_repair import Observed
    from core.importers.table_reading import _spec
    from core.registry import get_form

    spec = _spec(get_form("2021").table("requests"))
    full = {j: "1" for j in range(7)}
    blank = {j: "" for j in range(7)}
    pages = [0, 0, 0, 1, 1, 1]          # bands 0–1 on page 0, 2 between pages, 3–4 on page 1
    one = (1, Observed("（四）无法提供1.本机关不掌握相关政府信息", full, True), "1.本机关不掌握相关政府信息")
    two = (3, Observed("2.没有现成信息需要另行制作", blank, False), "2.没有现成信息需要另行制作")
    assert _rejoin_page_breaks([one, two], pages, set(), spec) == [one[1], two[1]]
    cut = (1, Observed("（四）无法提供1.本机关不掌", full, True), "1.本机关不掌")
    rest = (3, Observed("握相关政府信息", blank, False), "握相关政府信息")
    assert [r.label for r in _rejoin_page_breaks([cut, rest], pages, set(), spec)] == [
        "（四）无法提供1.本机关不掌握相关政府信息"]
    first, after = (1, Observed("（四）无法提供1.本机关不掌", blank, False), "1.本机关不掌"), \
        (3, Observed("握相关政府信息", full, True), "握相关政府信息")      # (the numbers in the later part)
    assert _rejoin_page_breaks([first, after], pages, set(), spec) == [
        Observed("（四）无法提供1.本机关不掌握相关政府信息", full, True)]
    header = (3, Observed("（本列数据的勾稽关系为：", blank, False), "")      # (repeated atop the page)
    assert [r.label for r in _rejoin_page_breaks([cut, header, (4, rest[1], rest[2])], pages, {3}, spec)] == [
        "（四）无法提供1.本机关不掌握相关政府信息", "（本列数据的勾稽关系为："]
    on_one_page = [(0, cut[1], cut[2]), (1, rest[1], rest[2])]
    assert len(_rejoin_page_breaks(on_one_page, pages, set(), spec)) == 2   # (not across a page: left alone)
