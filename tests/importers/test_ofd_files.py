"""OFD files (GB/T 33190 版式文档), as China's own office suites and 电子公文 systems save a report:
the editor refused them ("是压缩包，不是 Word、Excel 或 PDF 文件"). Each page's text codes and path
objects are now placed as a PDF page's letters and lines are, and read by the PDF reader.

The real published PDFs of ``samples/`` are rewritten as OFD packages the way converters write them
(``ofd_from_pdf``: text objects with their advances, paths in abbreviated commands, millimetres) in
each way real packages differ, and must read every hand-read cell, as the PDFs do."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from ofd_from_pdf import ofd_from_pdf

from core.importers import IMPORTABLE, import_bytes
from core.importers.model import ImportError_
from core.values import NA

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
PDFS = sorted(SAMPLES.glob("*.pdf"))
WAYS = {"plain": {}, "template": {"template": True}, "ctm": {"ctm": True}, "grid": {"grid": True},
        "bare": {"bare": True, "nested": True}, "glyphs": {"glyphs": True}}



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
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    parts = {
        "OFD.xml": f'<ofd:OFD {ns}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
        "Doc_0/Document.xml": f'<ofd:Document {ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297'
                              '</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>'
                              '<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/Pages/Page_0/Content.xml": f'<ofd:Page {ns}><ofd:Content><ofd:Layer ID="2">{page}</ofd:Layer>'
                                          '</ofd:Content></ofd:Page>',
        **(extra or {}),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    return out.getvalue()


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
