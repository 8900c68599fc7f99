"""OFD files (GB/T 33190 版式文档), as China's own office suites and 电子公文 systems save a report:
the editor refused them ("是压缩包，不是 Word、Excel 或 PDF 文件"). Each page's text codes and path
objects are now placed as a PDF page's letters and lines are, and read by the PDF reader.

The real published PDFs of ``samples/`` are rewritten as OFD packages the way converters write them
(``ofd_from_pdf``: text objects with their advances, paths in abbreviated commands, millimetres) in
each way real packages differ, and must read every hand-read cell, as the PDFs do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ofd_from_pdf import ofd_from_pdf, package_parts, page_of, zipped

from core.importers import IMPORTABLE, import_bytes
from core.importers.model import ImportError_
from core.values import NA
from importers.files import SHARED

SAMPLES = SHARED / "samples"
PDFS = sorted(SAMPLES.glob("*.pdf"))
WAYS = {"plain": {}, "template": {"template": True}, "ctm": {"ctm": True}, "grid": {"grid": True},
        "bare": {"bare": True, "nested": True}, "glyphs": {"glyphs": True}, "points": {"points": True},
        "composite": {"composite": True}, "annots": {"annots": True, "template": True}}



def _same(got: object, want: object) -> bool:
    if want is None:
        return got is None
    if want == "/":
        return got is NA
    return got is not None and got is not NA and float(str(got)) == float(str(want))


@pytest.mark.skipif(not PDFS, reason="the shared samples are not here")
@pytest.mark.parametrize("way", list(WAYS))
@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_a_published_report_as_ofd_reads_every_hand_read_cell(pdf: Path, way: str) -> None:
    expected = json.loads((SAMPLES / "expected" / f"{pdf.stem}.json").read_text(encoding="utf-8"))
    report, log = import_bytes(ofd_from_pdf(pdf.read_bytes(), **WAYS[way]), f"{pdf.stem}.ofd")
    wrong = {a: report.cells.get(a) for a, want in expected["cells"].items()
             if a in report.missing or not _same(report.cells.get(a), want)}
    assert wrong == {}
    assert (report.year, log.kind) == (expected["year"], "ofd")
    assert report.organ and report.organ in expected["organ"]


def _package(page: str, extra: dict[str, str] | None = None) -> bytes:
    contents = {"Pages/Page_0/Content.xml": page_of(page)}
    return zipped({**package_parts(["Pages/Page_0/Content.xml"], contents), **(extra or {})})


def _words(page: str) -> list[str]:
    from core.importers.ofd import read_pages

    return [w.text for w in read_pages(_package(page), "x.ofd")[0][0]]


def _text(x: float, y: float, text: str, delta: str, size: float = 3.7) -> str:
    return (f'<ofd:TextObject ID="3" Boundary="{x} {y} 150 6" Font="1" Size="{size}">'
            f'<ofd:TextCode X="0" Y="{size}" DeltaX="{delta}">{text}</ofd:TextCode></ofd:TextObject>')


def test_letters_spread_by_a_justified_line_stay_one_word() -> None:
    """A justified line spreads its letters 1 mm apart (a digit's step 0.77 of the size where it is
    some half a size wide): read with no spacing, each gap was 2.8 pt, more than a PDF's letters
    may stand apart in a word, and the date fell apart into "自" "2023" "年" "1" …; it is one word,
    as on the PDF page."""
    assert _words(_text(20, 40, "自2023年1月1日起", "4.7 g 4 2.85 4.7 2.85 4.7 2.85 4.7")) == ["自2023年1月1日起"]


def test_two_numbers_of_neighbouring_cells_in_one_text_code_stay_apart() -> None:
    """A table row written as one text code: the step from one cell's number to the next's is a
    gap beyond the code's letter spacing, and the numbers are two words, never 7053."""
    assert _words(_text(20, 40, "7053", "2.0 2.0 4.0")) == ["705", "3"]
    assert _words(_text(20, 40, "00000", "g 4 15")) == ["0", "0", "0", "0", "0"]


def _glyph_by_glyph(lines: list[tuple[float, str]]) -> str:
    """Each letter a text object of its own, sized in twentieths of a millimetre and scaled by its
    matrix, inside nested page blocks: as a desktop PDF-to-OFD converter (易转换) writes a page
    (seen in a public repository's unpacked OFD, ninewilli/Knowledge-graph Doc_0/Pages/Page_0)."""
    out = []
    for y, text in lines:
        x = 31.75
        for ch in text:
            wide = ord(ch) > 0x2000
            out.append(f'<ofd:TextObject ID="7" Boundary="{x:.4f} {y} {3.6865 if wide else 1.8433} 3.6865" '
                       'Size="73.73059844970703" CTM="0.05 0 0 0.05 0 0" Fill="true" Font="8"><ofd:CGTransform '
                       'GlyphCount="1" CodeCount="1" CodePosition="0"><ofd:Glyphs>1</ofd:Glyphs></ofd:CGTransform>'
                       f'<ofd:TextCode X="0" Y="63.3622">{ch}</ofd:TextCode></ofd:TextObject>')
            x += 3.683 if wide else 1.8625
    return '<ofd:PageBlock ID="4"><ofd:PageBlock ID="5">' + "".join(out) + "</ofd:PageBlock></ofd:PageBlock>"


def test_a_page_of_one_object_per_letter_reads_its_lines() -> None:
    assert _words(_glyph_by_glyph([(25.9325, "奏响“红色物业”最强音"), (30.7585, "发布日期:2020-03-07")])) == \
        ["奏响“红色物业”最强音", "发布日期:2020-03-07"]


def test_path_objects_are_the_pages_rules() -> None:
    """A cell's box in one path, and a grid drawn as one path, give the lines across and down a
    drawn table's rows and columns are told by; a frame round the page gives none."""
    from core.importers.ofd import MM, read_pages

    box = '<ofd:PathObject ID="4" Boundary="20 50 100 10"><ofd:AbbreviatedData>M 0 0 L 100 0 L 100 10 L 0 10 C' \
          '</ofd:AbbreviatedData></ofd:PathObject>'
    grid = '<ofd:PathObject ID="5" Boundary="20 80 100 20"><ofd:AbbreviatedData>M 0 0 L 100 0 M 0 10 L 100 10 ' \
           'M 50 0 L 50 20</ofd:AbbreviatedData></ofd:PathObject>'
    frame = '<ofd:PathObject ID="6" Boundary="5 5 200 287"><ofd:AbbreviatedData>M 0 0 L 200 0 L 200 287 L 0 287 C' \
            '</ofd:AbbreviatedData></ofd:PathObject>'
    across, down = read_pages(_package(box + grid + frame + _text(30, 52, "表", "")), "x.ofd")[0][3]
    assert sorted(round(y / MM) for y, _, _ in across) == [50, 60, 80, 90]
    assert sorted(round(x / MM) for x, _, _ in down) == [20, 70, 120]


@pytest.mark.parametrize(("page", "extra", "says"), [
    ('<ofd:ImageObject ID="3" Boundary="0 0 210 297" ResourceID="9"/>', None, "扫描件"),
    ("".join(f'<ofd:PathObject ID="{i}" Boundary="{i % 100} 20 3 3"><ofd:AbbreviatedData>M 0 0 B 1 2 2 2 3 0 C'
             "</ofd:AbbreviatedData></ofd:PathObject>" for i in range(3, 300)), None, "曲线"),
    ("", None, "没有文字"),
    ("", {"Encryptions.xml": "<Encryptions/>"}, "加密"),
])
def test_an_ofd_without_readable_text_says_why(page: str, extra: dict[str, str] | None, says: str) -> None:
    with pytest.raises(ImportError_) as e:
        import_bytes(_package(page, extra), "扫描.ofd")
    assert says in str(e.value) and "扫描.ofd" in str(e.value)


@pytest.mark.parametrize("broken", [
    {"Doc_0/Document.xml": "<ofd:Document"},
    {"OFD.xml": '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>'},
    {"Doc_0/Document.xml": '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Pages>'
                           '<ofd:Page ID="1" BaseLoc="../../etc/passwd"/></ofd:Pages></ofd:Document>'},
    {"Doc_0/Pages/Page_0/Content.xml": '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'},
    {"Doc_0/Pages/Page_0/Content.xml": '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer>'
                                       '<ofd:TextObject Boundary="1e999 1e999 5 5" CTM="1e999 0 0 1e999 0 0" Size="1e999">'
                                       '<ofd:TextCode X="1e999" Y="nan" DeltaX="1e999 g inf 2 nan">2023年报告</ofd:TextCode>'
                                       '</ofd:TextObject><ofd:PathObject Boundary="1e999 0 1 1"><ofd:AbbreviatedData>'
                                       'M nan 1e999 L 1e999 -1e999 Z 1 2</ofd:AbbreviatedData></ofd:PathObject>'
                                       '</ofd:Layer></ofd:Content></ofd:Page>'},
])
def test_a_damaged_ofd_is_refused_in_chinese(broken: dict[str, str]) -> None:
    with pytest.raises(ImportError_) as e:
        import_bytes(_package(_text(20, 40, "政府信息公开", ""), broken), "坏.ofd")
    assert "坏.ofd" in str(e.value) and e.value.__cause__ is None


def test_the_dialogs_offer_ofd() -> None:
    from core.reading import readable_suffixes

    assert ".ofd" in IMPORTABLE and ".ofd" in readable_suffixes()


def _placed(page: str, extra: dict[str, str] | None = None, area: str = "0 0 210 297") -> list[tuple[str, int, int]]:
    """The page's words and where they stand, in whole millimetres from its top left."""
    from core.importers.ofd import MM, read_pages

    package = _package(page, extra)
    if area != "0 0 210 297":
        package = _package(page, {**(extra or {}), "Doc_0/Document.xml": _document(area)})
    words = read_pages(package, "x.ofd")[0][0]
    return [(w.text, round(w.x0 / MM), round(w.bottom / MM)) for w in words]


def _document(area: str, common: str = "", pages: str = '<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>') -> str:
    return (f'<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>{area}'
            f'</ofd:PhysicalBox></ofd:PageArea>{common}</ofd:CommonData><ofd:Pages>{pages}</ofd:Pages></ofd:Document>')


def test_vertical_text_stands_in_one_column() -> None:
    """ofdrw writes vertical text (ReadDirection 90) as one text code with steps down and none
    across (ofdrw/ofdrw ofdrw-layout/src/main/java/org/ofdrw/layout/element/canvas/DrawContext.java,
    fillText): its letters stand in one column, each on a line of its own as a PDF's vertical text
    is read. They were dropped as turned text (a header cell set vertically went unread), and with
    steps down only they would march across, a diagonal. A text code with steps down only, no read
    direction, is a column too (GB/T 33190: no DeltaX, no step across)."""
    column = ('<ofd:TextObject ID="3" Boundary="20 40 6 30" Font="1" Size="5" ReadDirection="90">'
              '<ofd:TextCode X="0.5" Y="5" DeltaY="g 2 6">竖排文</ofd:TextCode></ofd:TextObject>')
    assert _placed(column) == [("竖", 20, 45), ("排", 20, 51), ("文", 20, 57)]
    steps_down = column.replace(' ReadDirection="90"', "")
    assert [w for w, _, _ in _placed(steps_down)] == ["竖", "排", "文"]


@pytest.mark.parametrize("turned", ['ReadDirection="270"', 'ReadDirection="180"', 'CharDirection="90"',
                                    'CharDirection="270"', 'CTM="0 1 -1 0 0 0"', 'CTM="0.866 -0.5 0.5 0.866 0 0"'])
def test_text_read_backwards_or_turned_stays_unread(turned: str) -> None:
    """Letters read from the bottom up or right to left, or each turned on its side, would read
    backwards or as a jumble if taken as a line: they are left unread, as a PDF's turned letters
    on an upright page are (a watermark, a turned header cell), and never join the row beside them."""
    text = (f'<ofd:TextObject ID="3" Boundary="20 40 60 30" Font="1" Size="5" {turned}>'
            '<ofd:TextCode X="0" Y="5" DeltaX="g 2 5">合计数</ofd:TextCode></ofd:TextObject>')
    assert _placed(text + _text(40, 40, "12", "2")) == [("12", 40, 44)]


def test_a_box_and_a_matrix_both_move_the_text() -> None:
    """A text object measured in points, its matrix scaling it to millimetres and moving it, inside
    a box whose origin moves it too (the matrix maps the object into its box, GB/T 33190 8.2): as
    PDF-to-OFD converters keep a PDF's text matrix (Suwell's pdf2ofd writes CTM="0.3528 0 0 0.3528 0 0",
    KaiserY/ofdsdk crates/ofdsdk-test/tests/annotation.rs)."""
    text = ('<ofd:TextObject ID="3" Boundary="20 40 100 10" CTM="0.352778 0 0 0.352778 10 5" Font="1" Size="14.17">'
            '<ofd:TextCode X="0" Y="14.17" DeltaX="g 3 14.17">信息公开</ofd:TextCode></ofd:TextObject>')
    assert _placed(text) == [("信息公开", 30, 50)]


def test_a_landscape_page_reads_across_its_width() -> None:
    """A landscape page (PhysicalBox 297 by 210, as 表三 is often printed): its far right column
    and its foot are read where they stand, and a frame round it is no table's rule."""
    page = _text(20, 20, "申请人情况", "g 4 3.7") + _text(270, 195, "38", "2")
    assert _placed(page, area="0 0 297 210") == [("申请人情况", 20, 24), ("38", 270, 199)]


def _unit(ident: str, content: str) -> str:
    return (f'<ofd:CompositeGraphicUnit ID="{ident}" Width="595" Height="842"><ofd:Content>{content}</ofd:Content>'
            '</ofd:CompositeGraphicUnit>')


def _res(units: str) -> str:
    return f'<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CompositeGraphicUnits>{units}</ofd:CompositeGraphicUnits></ofd:Res>'


def test_a_composite_object_draws_its_unit_where_it_stands() -> None:
    """A composite object draws a unit kept in the resources (a PDF's form XObject as Suwell's
    pdf2ofd converts it, its content in points and the object's matrix scaling it to millimetres:
    KaiserY/ofdsdk crates/ofdsdk-test/tests/annotation.rs). The unit's text was never read: a page
    whose whole text is such a unit read nothing. Units are found in the document's resources and
    the page's own (PageRes, beside the page), and one inside another is placed by both."""
    inner = ('<ofd:TextObject ID="21" Boundary="0 0 100 20" Font="1" Size="10.5"><ofd:TextCode X="0" Y="10.5" '
             'DeltaX="g 3 10.5">政府信息</ofd:TextCode></ofd:TextObject>')
    outer = inner.replace("政府信息", "公开指南") + '<ofd:CompositeObject ID="22" Boundary="0 56.7 100 20" ResourceID="31"/>'
    page = ('<ofd:CompositeObject ID="4" Boundary="20 40 100 40" CTM="0.352778 0 0 0.352778 0 0" ResourceID="30"/>'
            '<ofd:CompositeObject ID="5" Boundary="0 0 10 10" ResourceID="99"/>')         # (no such unit: nothing)
    common = "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>"
    extra = {"Doc_0/Document.xml": _document("0 0 210 297", common), "Doc_0/DocumentRes.xml": _res(_unit("30", outer)),
             "Doc_0/PublicRes.xml": '<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016"/>',
             "Doc_0/Pages/Page_0/Res.xml": _res(_unit("31", inner))}
    page_xml = (f'<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:PageRes>Res.xml</ofd:PageRes><ofd:Content>'
                f'<ofd:Layer ID="2">{page}</ofd:Layer></ofd:Content></ofd:Page>')
    assert _placed("", {**extra, "Doc_0/Pages/Page_0/Content.xml": page_xml}) == [("公开指南", 20, 44), ("政府信息", 20, 64)]


def test_a_composite_unit_drawing_itself_is_refused() -> None:
    """A crafted unit that draws itself nests without end: refused in Chinese, never a hang."""
    common = "<ofd:DocumentRes>Res.xml</ofd:DocumentRes>"
    loop = _unit("30", '<ofd:CompositeObject ID="4" Boundary="0 0 10 10" ResourceID="30"/>' + _text(20, 40, "表", ""))
    extra = {"Doc_0/Document.xml": _document("0 0 210 297", common), "Doc_0/Res.xml": _res(loop)}
    with pytest.raises(ImportError_) as e:
        import_bytes(_package('<ofd:CompositeObject ID="5" Boundary="0 0 10 10" ResourceID="30"/>', extra), "环.ofd")
    assert "环.ofd" in str(e.value) and "嵌套" in str(e.value)


def test_annotations_are_left_unread() -> None:
    """Annotations (GB/T 33190 15: stamps, watermarks, a signature's appearance, notes) are drawn
    over the page but are not its text, and are deliberately not read: a stamp's upright
    "某某县人民政府办公室 2024 12" laid over a table's rows would join their numbers, and a PDF's
    annotations are not read either (PDFium's text page holds the page's own text). The stamp and
    watermark are as KaiserY/ofdsdk crates/ofdsdk-test/tests/annotation.rs holds real ones."""
    from ofd_from_pdf import _annotations

    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    common = "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
    document = _document("0 0 210 297", common).replace(
        "</ofd:Pages>", "</ofd:Pages><ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>")
    extra = {"Doc_0/Document.xml": document,
             "Doc_0/Annots/Annotations.xml": f'<ofd:Annotations {ns}><ofd:Page PageID="1"><ofd:FileLoc>Page_0/Annotation.xml'
                                             '</ofd:FileLoc></ofd:Page></ofd:Annotations>',
             "Doc_0/Annots/Page_0/Annotation.xml": _annotations(50, "ofd:", ns)}
    assert _placed(_text(60, 100, "12", "2") + _text(90, 100, "7", ""), extra) == [("12", 60, 104), ("7", 90, 104)]


def test_composite_units_drawing_each_other_many_times_are_refused() -> None:
    """Units each drawing the next ten times, seven deep, would place ten million objects: the
    objects drawn are counted as they are placed, and the package is refused once past the cap."""
    units = "".join(_unit(str(30 + k), "".join(f'<ofd:CompositeObject ID="{i}" Boundary="0 0 1 1" ResourceID="{31 + k}"/>'
                                               for i in range(10)) + _text(20, 40, "表", "")) for k in range(7))
    extra = {"Doc_0/Document.xml": _document("0 0 210 297", "<ofd:DocumentRes>Res.xml</ofd:DocumentRes>"),
             "Doc_0/Res.xml": _res(units)}
    with pytest.raises(ImportError_) as e:
        import_bytes(_package('<ofd:CompositeObject ID="5" Boundary="0 0 10 10" ResourceID="30"/>', extra), "炸.ofd")
    assert "炸.ofd" in str(e.value) and "异常庞大" in str(e.value)
