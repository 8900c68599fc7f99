"""A web page whose tables are wider than the paper, printed to PDF by the browser, which shrinks
the page to fit them (a clerk printing last year's report from its site). The text layer then
puts the line break before a label's text inside its first letter, and "2.没有现成信息需要另行制作"
must stay one label, not a number 2 and a label; where the numbers' places cannot name a column
(one printing no number, beside a table cut at the paper's edge), the cells the drawn lines close
give it."""

from __future__ import annotations

import json
from pathlib import Path

from corpus_import import CORPUS, score_one

from core.importers.pdf_grid import fill_unfound
from core.importers.pdf_text import Letter, _Blanks
from core.importers.row_repair import Observed
from core.importers.table_spec import Result, Spec

SHRUNK = Path(__file__).resolve().parents[1] / "fixtures" / "browser" / "pingtan-2021-tables-900px-a4.pdf"
"""code-pingtan-2021's hand-read tables as a web page (``files.html_text``) whose tables are set
900 px wide (``table{width:900px}``), printed to A4 by Chromium 156 with no header or footer: the
page is shrunk to fit the tables, none is cut."""


def test_a_table_shrunk_to_fit_the_page_reads_every_cell_right() -> None:
    """Before: 表三's （一）予以公开 read 1 0 0 0 0 0 1 (another row's numbers) for 27 0 0 2 0 1 30,
    its 3.6.2 read blank, its 3.4.2 and 3.5.3 not read."""
    meta = json.loads((CORPUS / "code-pingtan-2021.json").read_text(encoding="utf-8"))
    score = score_one(meta, SHRUNK)
    assert (score.refused, score.wrong, score.missing) == (None, [], [])


def _letter(text: str, x0: float, x1: float) -> Letter:
    return Letter(text, x0, x1, 658.24, 669.30, 16.0, True, 667.07)


def test_a_line_break_inside_a_letter_is_no_space_after_it() -> None:
    """The letters and blanks PDFium gives for "2." in the shrunk print: the inferred line break
    (two points at the baseline of the line above) stands 0.2 pt into the "2"; a space glyph set
    between the two letters still parts them."""
    two, dot = _letter("2", 149.46, 155.51), _letter(".", 155.51, 158.53)
    breaks = [Letter(" ", 149.69, 149.69, 660.53, 660.53, 0.0, True)] * 2
    assert not _Blanks([two, dot, *breaks]).between(two, dot)
    assert _Blanks([two, dot, Letter(" ", 155.51, 158.0, 658.24, 669.30, 16.0, True)]).between(two, dot)


SPEC = Spec("表三", [("3.1", ["（一）予以公开"]), ("3.2", ["（二）部分公开"])],
            [("natural", ["自然人"]), ("research", ["科研机构"]), ("legal", ["法律服务机构"])])


def test_a_found_rows_unnamed_columns_are_read_from_its_drawn_cells_when_both_readings_agree() -> None:
    """code-shanghai-szfbgt-2019 printed with its cells unwrapped: 表三 is cut at the right edge, so
    no line closes its last column of numbers, the columns' header words are not told apart, and
    科研机构 (no number) and 法律服务机构 (one 1) were not read in the rows the numbers gave. Where
    the two readings disagree on a cell, that cell is not read (``test_pdf_drawn_shapes``)."""
    res = Result(cells={("3.1", "natural"): "258"}, found_rows={"3.1"})
    fill_unfound(res, SPEC, [Observed("（一）予以公开", {0: "258", 1: "", 2: "1"}, True)])
    assert res.cells == {("3.1", "natural"): "258", ("3.1", "research"): "", ("3.1", "legal"): "1"}
    res = Result(cells={("3.1", "natural"): "258"}, found_rows={"3.1"})
    fill_unfound(res, SPEC, [Observed("（一）予以公开", {0: "25", 1: "", 2: "1"}, True)])
    assert res.cells == {}       # (the readings disagree: neither is sure, and the cell is not read)
    assert "两种读法不一致" in res.missing[("3.1", "natural")]
