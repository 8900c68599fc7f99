"""Pages and PDFs as real sites and offices lay them out (issue 17, this round's layout probe):
rows printed blank in a web table, tags a page leaves unclosed, an older site's page laid out in
a table, a site's footer and its links to other years' reports, a stray byte of another encoding;
PDFs whose letters' boxes disagree on one baseline, the county's template with its totals set to
the top, and a running header on every page."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from corpus_import import entries, score_one

from core.importers import import_bytes
from importers.files import FIXTURES, TEMPLATE, differences, filled_template, fixture, html_text

REPORT = "samples/huaian-city-2024"
LAYOUTS = FIXTURES / "pdf_layouts"


def _page(blank: tuple[str, ...] = ()) -> tuple[object, str]:
    """The report as a saved page, the cells whose address starts with one of ``blank`` printed empty."""
    report = copy.deepcopy(fixture(REPORT))
    for address in report.cells:
        if address.startswith(blank):
            report.cells[address] = None
    return report, html_text(report)


@pytest.mark.parametrize("blank", [("appeals/",), ("art20_1/rules/",), ("requests/",)],
                         ids=["table-four", "rules-above-its-neighbour", "table-three"])
def test_rows_printed_empty_in_a_web_table_are_blank(blank: tuple[str, ...]) -> None:
    """A township with no appeals prints 表四's row of empty cells; 规章 empty above 行政规范性文件's
    numbers; a whole 表三 empty: read as printed, blank, not "row not found"."""
    report, page = _page(blank)
    got, _ = import_bytes(page.encode("utf-8"), "page.html")
    assert [a for a in got.missing if a.startswith(blank)] == []
    assert differences(got, dict(report.cells)) == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("values", [None, [[1, 2, 3, 4, 10], [0, 1, 0, 0, 1], [0, 0, 0, 1, 1]]], ids=["empty", "filled"])
def test_table_four_printed_in_three_rows_is_read_row_by_row(values: list[list[int]] | None) -> None:
    """表四 printed as three rows (行政复议, and 行政诉讼 in two) under one header of its five results:
    read row by row; printed empty, every cell blank, not "row not found" after a one-row reading
    that finds nothing."""
    report, page = _page()
    rows = values or [[None] * 5] * 3
    for r, row in zip(("review", "suit_direct", "suit_after_review"), rows, strict=True):
        for c, v in zip(("upheld", "corrected", "other", "pending", "total"), row, strict=True):
            report.cells[f"appeals/{r}/{c}"] = v  # type: ignore[attr-defined]
    table = "<table border=1><tr><td>类别</td>" + "".join(f"<td>{h}</td>" for h in (
        "结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) + "</tr>" + "".join(
        f"<tr><td>{label}</td>" + "".join(f"<td>{'' if v is None else v}</td>" for v in row) + "</tr>"
        for label, row in zip(("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"), rows, strict=True))
    a = page.index("<table", page.index("<h2>四、"))
    b = page.index("</table>", a) + len("</table>")
    got, _ = import_bytes((page[:a] + table + "</table>" + page[b:]).encode("utf-8"), "page.html")
    assert [a for a in got.missing if a.startswith("appeals/")] == []
    assert differences(got, dict(report.cells)) == []  # type: ignore[attr-defined]


def test_cells_and_rows_left_unclosed_are_closed_by_the_next() -> None:
    report, page = _page()
    got, _ = import_bytes(page.replace("</td>", "").replace("</tr>", "").encode("utf-8"), "page.html")
    assert differences(got, dict(report.cells)) == []  # type: ignore[attr-defined]


def test_one_cell_left_unclosed_shifts_nothing() -> None:
    report, page = _page()
    cut = page.index("</td>", page.index("予以公开"))
    got, _ = import_bytes((page[:cut] + page[cut + len("</td>"):]).encode("utf-8"), "page.html")
    assert differences(got, dict(report.cells)) == []  # type: ignore[attr-defined]


def test_a_page_laid_out_in_a_table_keeps_its_title_and_prose() -> None:
    """An older site puts the whole article in one cell of a layout table, the report's tables nested."""
    report, page = _page()
    body = page[page.index("<body>") + len("<body>"):page.index("</body>")]
    page = page.replace(body, f"<table width=1000><tr><td>网站首页</td></tr><tr><td>{body}</td></tr></table>")
    got, _ = import_bytes(page.encode("utf-8"), "page.html")
    assert (got.year, got.organ) == (report.year, report.organ)  # type: ignore[attr-defined]
    assert differences(got, dict(report.cells)) == []  # type: ignore[attr-defined]
    assert got.texts.get("5") == "无。"


def test_the_sites_footer_is_no_prose_of_section_six() -> None:
    report, page = _page()
    footer = ("<h2>六、其他需要报告的事项</h2><p>本年度未收取信息处理费。</p><p>淮安市人民政府办公室</p>"
              "<div>分享到：微信 微博</div><div><h4>相关文章</h4><a>淮安市2023年政府信息公开工作年度报告</a></div>"
              "<p>主办单位：淮安市人民政府办公室 &nbsp; 承办单位：淮安市大数据中心</p>"
              "<p>网站标识码：3208000001 &nbsp; 苏ICP备05001234号 &nbsp; 访问量：1234567</p>")
    got, _ = import_bytes(page.replace("</body>", footer + "</body>").encode("utf-8"), "page.html")
    assert got.texts.get("6") == "本年度未收取信息处理费。"


def test_the_sites_footer_is_cut_from_the_last_section_of_a_page_cut_short() -> None:
    """A page holding the report only up to 五 ends with the site's footer all the same."""
    report, page = _page()
    assert page.endswith("<h2>五、存在的主要问题及改进情况</h2><p>无。</p></body></html>")   # (no 六)
    footer = "<div>分享到：微信 微博</div><p>主办单位：淮安市人民政府办公室</p><p>网站标识码：3208000001</p>"
    got, _ = import_bytes(page.replace("</body>", footer + "</body>").encode("utf-8"), "page.html")
    assert got.texts.get("5") == "无。"


def test_a_table_of_contents_is_no_heading_and_no_prose() -> None:
    """A 目录 lists the six headings with dot leaders and page numbers before the report: its lines
    start no section (else 表四 would run on to the end, taking the years of the prose after it
    for its empty cells), and are no text of the preamble."""
    report, page = _page()
    toc = "<p>目 录</p>" + "".join(f"<p>{h}{'.' * 40}{n}</p>" for h, n in (
        ("一、总体情况", 1), ("二、主动公开政府信息情况", 2), ("三、收到和处理政府信息公开申请情况", 3),
        ("四、政府信息公开行政复议、行政诉讼情况", 4), ("五、存在的主要问题及改进情况", 5), ("六、其他需要报告的事项", 5)))
    tail = "<h2>六、其他需要报告的事项</h2><p>2025年1月20日前无其他事项，共2020件资料归档。</p>"
    page = page.replace("<p>统计期限", toc + "<p>统计期限", 1).replace("</body>", tail + "</body>")
    got, _ = import_bytes(page.encode("utf-8"), "page.html")
    assert differences(got, dict(report.cells)) == []  # type: ignore[attr-defined]
    assert "目" not in got.texts.get("preamble", "") and "....." not in got.texts.get("preamble", "")
    assert got.texts.get("5") == "无。"


@pytest.mark.parametrize("before", [
    "<div>上一篇：<a>淮安市人民政府{last}年政府信息公开工作年度报告</a></div>",
    "<ul><li>淮安市人民政府{last}年政府信息公开工作年度报告</li><li>淮安市人民政府{older}年政府信息公开工作年度报告</li></ul>",
], ids=["previous-link", "sidebar-of-years"])
def test_other_years_reports_named_above_the_title_do_not_give_the_year(before: str) -> None:
    report, page = _page()
    year = report.year  # type: ignore[attr-defined]
    page = page.replace("<body>", "<body>" + before.format(last=year - 1, older=year - 2))
    got, _ = import_bytes(page.encode("utf-8"), "page.html")
    assert (got.year, got.organ) == (year, report.organ)  # type: ignore[attr-defined]


def test_a_stray_byte_of_another_encoding_is_shown_not_refused() -> None:
    """A GBK footer included in a UTF-8 page: browsers show the page; so does the import, saying where."""
    report, page = _page()
    raw = page.replace("<h2>五、", "<p>附：说明</p><h2>五、").encode("utf-8").replace("说明".encode(), b"\xcb\xb5\xc3\xf7")
    got, _ = import_bytes(raw, "page.html")
    assert differences(got, dict(report.cells)) == []  # type: ignore[attr-defined]
    assert any("字节无法按文字读取" in n for n in got.notes)


def test_a_binary_file_named_html_is_still_refused() -> None:
    from core.importers.model import ImportError_

    with pytest.raises(ImportError_):
        import_bytes(bytes(range(1, 256)) * 40, "page.html")


_ENTRIES = {meta["id"]: (meta, source) for meta, source in entries()}


@pytest.mark.parametrize("pdf", sorted(p for p in LAYOUTS.glob("*.pdf") if not p.name.startswith("zeros-blank")),
                         ids=lambda p: p.stem)
def test_pdf_layouts_read_what_their_text_reads(pdf: Path) -> None:
    meta, source = _ENTRIES[pdf.stem.split("__")[1]]
    printed, text = score_one(meta, pdf), score_one(meta, source)
    assert printed.refused is None and printed.wrong == []
    assert set(printed.missing) <= set(text.missing)
    assert printed.year_organ == (meta["year"], meta["organ"])   # (the layout's title names the entry's organ)


@pytest.mark.parametrize("pdf", sorted(LAYOUTS.glob("zeros-blank*__*.pdf")), ids=lambda p: p.stem)
def test_a_pdf_leaving_its_zeros_blank_gives_no_row_anothers_numbers(pdf: Path) -> None:
    """Rows printing no number at all (whole rows of zeros left blank) beside rows with numbers:
    each cell as printed, its number or blank, and none of a neighbour's numbers."""
    from corpus_import import _same

    from core.importers import import_file

    meta, _ = _ENTRIES[pdf.stem.split("__")[1]]
    report, _ = import_file(pdf)
    wrong = [(a, report.cells.get(a), want) for a, want in meta["cells"].items()
             if a not in report.missing and not _same(report.cells.get(a), None if want == 0 else want)]
    assert wrong == []
    # every cell is read, a table printing no number at all too: its drawn cells tell its empty
    # rows from lost ones (test_pdf_drawn_blank.py)
    assert dict(report.missing) == {}


def test_a_row_of_zeros_in_cells_drawn_one_by_one_reads_its_zeros() -> None:
    """表三 in narrow value columns, each cell drawn as a rectangle of its own (as Word and WPS draw a
    table's borders, a row's rule in as many pieces as it has cells): 1.申请人无正当理由逾期不补正…
    wraps over two lines, its seven 0s centred on a line between them, at one pitch like tab stops.
    They were read as tabs after empty cells and the row read blank (and 3.补正后申请内容仍不明确 and
    4.无正当理由大量反复申请, their labels on stops too, not found); the cells drawn round them make
    them drawn rows, read whole."""
    from core.importers import import_file

    report, _ = import_file(LAYOUTS / "cells-drawn-apart__code-pingtan-2021.pdf")
    cols = ("natural", "commercial", "research", "nonprofit", "legal", "other", "total")
    assert [report.cells.get(f"requests/3.6.1/{c}") for c in cols] == [0] * 7
    assert dict(report.missing) == {}


@pytest.mark.skipif(not TEMPLATE.is_file(), reason="../shared not present")
def test_the_county_template_left_empty_where_nothing_happened_reads_blank() -> None:
    """The county's Word template with 表四 left empty (no appeals) and 规章 empty: blank, not missing."""
    report = copy.deepcopy(fixture(REPORT))
    for address in report.cells:
        if address.startswith(("appeals/", "art20_1/rules/")):
            report.cells[address] = None
    got, _ = import_bytes(filled_template(report), "filled.docx")
    assert [a for a in got.missing if a.startswith(("appeals/", "art20_1/"))] == []
    assert differences(got, dict(report.cells)) == []


def test_a_word_files_tables_framed_in_a_one_cell_table_are_read() -> None:
    """A Word file whose whole body sits in a one-cell frame table, the report's tables nested in it."""
    import io

    import docx

    from core.exporters import render

    report = fixture(REPORT)
    doc = docx.Document(io.BytesIO(render(report, "docx")))
    body = doc.element.body
    content = [el for el in body if not el.tag.endswith("}sectPr")]
    frame = doc.add_table(rows=1, cols=1)._tbl
    cell = frame.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tc")
    for el in cell.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
        cell.remove(el)
    for el in content:
        cell.append(el)
    cell.append(docx.oxml.OxmlElement("w:p"))      # (a cell ends with a paragraph)
    body.insert(0, frame)
    out = io.BytesIO()
    doc.save(out)
    got, _ = import_bytes(out.getvalue(), "framed.docx")
    assert (got.year, got.organ) == (report.year, report.organ)
    assert differences(got, dict(report.cells)) == []


@pytest.mark.parametrize("pdf", sorted(LAYOUTS.glob("*.pdf")), ids=lambda p: p.stem)
def test_without_its_borders_a_pdf_table_gives_no_row_anothers_numbers(pdf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same PDFs read as if their tables had no lines drawn across (a table laid out with tabs, a
    converter dropping the borders): rows are then told by where words stand, which may leave a
    cell not read but never gives a row another row's numbers. The lines are left out as the page
    is read, before its lines are judged typed text or a drawn table's rows."""
    from corpus_import import _same

    import core.importers.pdf as pdf_module
    from core.importers.build import build
    from core.importers.pdf import read_lines

    read_pages = pdf_module.read_pages
    monkeypatch.setattr(pdf_module, "read_pages", lambda data, name: [
        (words, other, height, ((), down), cuts) for words, other, height, (_, down), cuts in read_pages(data, name)])
    meta, _ = _ENTRIES[pdf.stem.split("__")[1]]
    lines = read_lines(pdf.read_bytes(), pdf.name, isolate=False)
    assert not any(line.rules for line in lines)
    report, _ = build(lines, pdf.name, "pdf")
    blank_zeros = pdf.name.startswith("zeros-blank")
    wrong = [(a, report.cells.get(a), want) for a, want in meta["cells"].items() if a not in report.missing
             and not _same(report.cells.get(a), None if blank_zeros and want == 0 else want)]
    assert wrong == []
    if not blank_zeros:       # (zeros left blank, which position alone cannot always place, may stay unread)
        # (an entry read from a copy cut short counts the cells it holds: the tables after the cut are
        # in no layout of it)
        missing = [a for a in report.missing if meta["tables"] == "full" or a in meta["cells"]]
        assert len(missing) <= len(meta["cells"]) // 10
