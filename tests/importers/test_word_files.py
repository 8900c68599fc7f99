"""Word files as real writers leave them. Word 97 files (.doc, and .wps saved in that format) read as
their .docx twin is, from real files written by LibreOffice's Word 97 filter (``tests/fixtures/doc``,
``scripts/make_doc_fixtures.py``); text deleted with changes tracked, or hidden, is not read, in either format;
a template's content controls hide nothing."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

from core.exporters import render
from core.importers import ImportError_, import_bytes, import_file
from core.importers import doc as doc_reader
from core.importers import docx as docx_reader
from tests.importers.files import TEMPLATE, fixture

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "tests" / "fixtures" / "doc"
sys.path.insert(0, str(ROOT / "tests"))
from corpus_import import entries, score_one  # noqa: E402

sys.path.insert(0, str(ROOT))
from scripts.make_doc_fixtures import merged_down  # noqa: E402


def _doc(name: str) -> bytes:
    return (DOCS / name).read_bytes()


def test_our_word_export_saved_as_doc_reads_as_the_report() -> None:
    """The 洪泽区 2024 report exported to Word and saved as Word 97: every cell, the year, the
    organ and the prose as the project holds them (a ten-cell row's properties live in the Data
    stream; without them 表三 ran into 表四)."""
    project = fixture("samples/hongze-district-2024")
    report, log = import_bytes(_doc("hongze-district-2024.doc"), "洪泽区2024年报.doc")
    assert (report.year, report.organ) == (2024, project.organ)
    assert report.missing == {}
    wrong = {a: (report.cells.get(a), v) for a, v in project.cells.items() if a in report.form.cells
             and not report.form.is_computed(a) and report.cells.get(a) != v}
    assert wrong == {}
    assert log.kind == "doc"
    twin, _ = import_bytes(render(project, "docx", draft=True), "twin.docx")
    assert report.cells == twin.cells
    assert report.texts == twin.texts


def test_blank_template_has_the_grid_of_its_docx() -> None:
    """The county's blank template: the same rows, cell texts and column spans as the .docx it was
    saved from — merged labels span the columns they cover, cells under a vertical merge are not
    repeated, and edges a twip apart are one column line."""
    def shape(lines: list) -> list:
        return [(line.grid, [(t.text, t.x1 - t.x0) for t in line.tokens]) for line in lines]

    got = doc_reader.read_lines(_doc("blank-2021-format-template.doc"), "blank.doc")
    want = docx_reader.read_lines(TEMPLATE.read_bytes(), "blank.docx")
    assert shape(got) == shape(want)
    assert sum(1 for line in got if line.grid) > 40


def test_real_web_page_saved_as_doc_reads_every_hand_read_cell() -> None:
    """A real report's web page (沭阳县发改局 2023) opened in Writer and saved as .doc."""
    meta = next(m for m, _ in entries() if m["id"] == "code-shuyang-fgj-2023")
    score = score_one(meta, DOCS / "code-shuyang-fgj-2023.doc")
    assert score.refused is None
    assert (score.right, score.wrong) == (score.cells, [])
    assert score.year_organ == (2023, meta["organ"])


def _fib(data: bytes) -> int:
    """Where the WordDocument stream starts in the compound file: at its FIB's magic number."""
    assert data.count(b"\xec\xa5\x01\x01") == 1
    return data.index(b"\xec\xa5\x01\x01")


def _patched(data: bytes, offset: int, value: int) -> bytes:
    """``data`` with the FIB's 16-bit word at ``offset`` replaced."""
    at = _fib(data) + offset
    return data[:at] + struct.pack("<H", value) + data[at + 2:]


@pytest.mark.parametrize(("change", "says"), [
    (lambda d: d[:len(d) // 3], "已损坏"),
    (lambda d: _patched(d, 0x0A, struct.unpack_from("<H", d, _fib(d) + 0x0A)[0] | 0x0100), "密码"),
    (lambda d: _patched(d, 0, 0xA5DC), "Word 6.0/95"),
], ids=["truncated", "encrypted", "word95"])
def test_a_doc_that_cannot_be_read_is_refused_in_chinese(change: object, says: str) -> None:
    data = change(_doc("hongze-district-2024.doc"))  # type: ignore[operator]
    with pytest.raises(ImportError_) as caught:
        import_bytes(data, "去年年报.doc")
    assert says in str(caught.value) and "另存为 .docx" in str(caught.value)
    assert caught.value.__cause__ is None


def test_a_wps_file_in_word97_format_is_read_by_its_content(tmp_path: Path) -> None:
    """WPS 文字 saves .wps in the Word 97 format; the name's extension decides nothing."""
    path = tmp_path / "去年年报.wps"
    path.write_bytes(_doc("hongze-district-2024.doc"))
    report, _ = import_file(path)
    assert report.year == 2024 and report.missing == {}


def test_text_deleted_with_changes_tracked_is_not_read() -> None:
    """行政处罚 changed from 1999 to 2776 with changes tracked: a Word 97 file keeps both in its
    text, marking 1999 deleted in the character properties; it was read as 19992776."""
    report, _ = import_bytes(_doc("tracked-changes.doc"), "修订.doc")
    clean, _ = import_bytes(_doc("hongze-district-2024.doc"), "洪泽区.doc")
    assert report.cells["art20_6/penalty/decisions"] == 2776
    assert report.cells == clean.cells and report.missing == {}
    assert report.texts == clean.texts


def test_hidden_text_in_a_word97_file_is_not_read() -> None:
    """A hidden 1999 (隐藏文字) typed before 行政处罚's 2776, saved by LibreOffice as Word 97: the file's
    text holds both, the document shows and prints 2776 alone; it was read as 19992776."""
    report, _ = import_bytes(_doc("hidden-text.doc"), "隐藏.doc")
    clean, _ = import_bytes(_doc("hongze-district-2024.doc"), "洪泽区.doc")
    assert report.cells["art20_6/penalty/decisions"] == 2776
    assert report.cells == clean.cells and report.missing == {}


@pytest.mark.parametrize("vanish, want", [("<w:vanish/>", 2776), ('<w:vanish w:val="1"/>', 2776),
                                          ('<w:vanish w:val="false"/>', 19992776), ('<w:vanish w:val="0"/>', 19992776),
                                          ("<w:b/>", 19992776)])
def test_hidden_text_in_a_docx_is_not_read(vanish: str, want: int) -> None:
    """A run formatted hidden is neither shown nor printed: an old 1999 hidden before 2776 was read as
    19992776. A run whose hiding is switched off, or that is only bold, is text like any other."""
    project = fixture("samples/hongze-district-2024")
    plain = render(project, "docx", draft=True)

    def hide(xml: str) -> str:
        run = xml.rindex("<w:r>", 0, xml.index("<w:t>2776</w:t>"))
        return xml[:run] + f"<w:r><w:rPr>{vanish}</w:rPr><w:t>1999</w:t></w:r>" + xml[run:]

    report, _ = import_bytes(_docx_with(plain, hide), "隐藏.docx")
    assert report.cells["art20_6/penalty/decisions"] == want


@pytest.mark.parametrize("holder", ["w:del", "w:moveFrom"])
def test_a_docx_deletion_or_moved_text_written_as_plain_text_is_not_read(holder: str) -> None:
    """Word writes a deletion's text as ``w:delText``; a move's old place (and some other writers'
    deletions) as ``w:t`` under ``w:moveFrom`` / ``w:del`` — text no longer in the document."""
    import io
    import zipfile

    project = fixture("samples/hongze-district-2024")
    data = render(project, "docx", draft=True)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    at = xml.index("<w:t>2776</w:t>")
    run = xml.rindex("<w:r>", 0, at)
    stamp = 'w:id="901" w:author="镇政府办" w:date="2025-01-10T10:00:00Z"'
    xml = xml[:run] + f"<{holder} {stamp}><w:r><w:t>1999</w:t></w:r></{holder}>" + xml[run:]
    parts["word/document.xml"] = xml.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, part in parts.items():
            z.writestr(name, part)
    report, _ = import_bytes(out.getvalue(), "修订.docx")
    assert report.cells["art20_6/penalty/decisions"] == 2776


def _docx_with(data: bytes, change: object) -> bytes:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["word/document.xml"] = change(parts["word/document.xml"].decode("utf-8")).encode("utf-8")  # type: ignore[operator]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, part in parts.items():
            z.writestr(name, part)
    return out.getvalue()


def _wrap_each(xml: str, tag: str, every: int = 1) -> str:
    """Every ``every``-th element ``tag`` (a paragraph, table, row or cell) inside a content control."""
    import re

    count = 0

    def wrap(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"<w:sdt><w:sdtPr/><w:sdtContent>{m.group(0)}</w:sdtContent></w:sdt>" if count % every == 0 else m.group(0)

    flat = re.compile(rf"<{tag}[ >](?:(?!<{tag}[ >]).)*?</{tag}>", re.S)
    return flat.sub(wrap, xml)


@pytest.mark.parametrize("tag", ["w:p", "w:tbl", "w:tr", "w:tc"])
def test_content_controls_hide_nothing(tag: str) -> None:
    """A template's content controls (w:sdt) around paragraphs, whole tables, a repeating section's
    rows or single cells: the document reads as without them (a table in one was skipped whole)."""
    project = fixture("samples/hongze-district-2024")
    plain = render(project, "docx", draft=True)
    want, _ = import_bytes(plain, "plain.docx")
    wrapped = _docx_with(plain, lambda xml: _wrap_each(xml, tag, 2 if tag != "w:tbl" else 1))
    assert wrapped != plain
    got, _ = import_bytes(wrapped, "controls.docx")
    assert (got.year, got.organ, got.cells, got.missing) == (want.year, want.organ, want.cells, want.missing)
    assert got.texts == want.texts


def test_a_text_box_written_twice_for_old_readers_is_read_once() -> None:
    """Word writes a text box as a drawing and again as VML under mc:Fallback: its text was doubled
    (a title in one read 淮安市洪泽区…报告淮安市洪泽区…报告)."""
    project = fixture("samples/hongze-district-2024")
    plain = render(project, "docx", draft=True)
    want, _ = import_bytes(plain, "plain.docx")

    def boxed(xml: str) -> str:
        import re

        first = re.search(r"<w:p[ >](?:(?!<w:p[ >]).)*?</w:p>", xml, re.S)
        assert first is not None and project.organ in re.sub("<[^>]+>", "", first.group(0))
        inner = first.group(0)
        box = ('<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
               f'<mc:Choice Requires="wps"><w:drawing><w:txbxContent>{inner}</w:txbxContent></w:drawing></mc:Choice>'
               f'<mc:Fallback><w:pict><w:txbxContent>{inner}</w:txbxContent></w:pict></mc:Fallback>'
               '</mc:AlternateContent></w:r></w:p>')
        return xml[:first.start()] + box + xml[first.end():]

    data = _docx_with(plain, boxed)
    lines = docx_reader.read_lines(data, "textbox.docx")
    titled = [line.text for line in lines if project.organ in line.text]
    assert titled and titled[0].count(project.organ) == 1, titled[0]
    got, _ = import_bytes(data, "textbox.docx")
    assert (got.year, got.organ, got.title) == (want.year, want.organ, want.title)


def _boxed_tables(xml: str, twice: bool) -> str:
    """Every table put in a text box of a paragraph of its own, as WPS's 文本框 holds a form; ``twice``:
    written as Word does, a drawing and its VML copy for old readers."""
    import re

    def box(m: re.Match[str]) -> str:
        inner = m.group(0) + "<w:p/>"
        drawn = f"<w:drawing><w:txbxContent>{inner}</w:txbxContent></w:drawing>"
        if twice:
            drawn = ('<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                     f'<mc:Choice Requires="wps">{drawn}</mc:Choice>'
                     f'<mc:Fallback><w:pict><w:txbxContent>{inner}</w:txbxContent></w:pict></mc:Fallback>'
                     '</mc:AlternateContent>')
        return f"<w:p><w:r>{drawn}</w:r></w:p>"

    flat = re.compile(r"<w:tbl>(?:(?!<w:tbl>).)*?</w:tbl>", re.S)
    boxed, count = flat.subn(box, xml)
    assert count >= 3
    return boxed


@pytest.mark.parametrize("twice", [False, True])
def test_tables_in_text_boxes_read_as_tables(twice: bool) -> None:
    """A form put in text boxes: each box's table is read as a table, once. Read as its paragraph's
    words (a box's text runs into its paragraph), 表三's cells ran together and were read as other
    numbers (258 and 12 as 2 and 5)."""
    project = fixture("samples/hongze-district-2024")
    plain = render(project, "docx", draft=True)
    want, _ = import_bytes(plain, "plain.docx")
    data = _docx_with(plain, lambda xml: _boxed_tables(xml, twice))
    got, _ = import_bytes(data, "boxes.docx")
    assert (got.year, got.organ, got.cells, got.missing) == (want.year, want.organ, want.cells, want.missing)
    assert got.texts == want.texts


def test_a_text_box_of_words_beside_a_boxed_table_stays_its_paragraphs_text() -> None:
    """Only a box holding a table is read apart: a paragraph's box of words (a 附件 label) is still
    the paragraph's own text, and a box of words inside a boxed table's box is read with that box."""
    body = ('<w:body><w:p><w:r><w:t>附件</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>表一</w:t></w:r>'
            '</w:p></w:txbxContent></w:drawing></w:r></w:p>'
            '<w:p><w:r><w:t>前</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>题</w:t></w:r>'
            '<w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>注</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></w:p>'
            '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>'
            '</w:tr></w:tbl></w:txbxContent></w:drawing></w:r><w:r><w:t>后</w:t></w:r></w:p></w:body>')
    plain = render(fixture("samples/hongze-district-2024"), "docx", draft=True)

    def only(xml: str) -> str:
        import re

        return re.sub(r"<w:body>.*</w:body>", lambda _: body, xml, flags=re.S)

    lines = docx_reader.read_lines(_docx_with(plain, only), "box.docx")
    assert [(line.grid, [t.text for t in line.tokens]) for line in lines] == [
        (False, ["附件表一"]), (False, ["前后"]), (False, ["题注"]), (True, ["甲", "1"])]


def test_a_number_merged_down_over_rows_of_their_own_is_left_unread() -> None:
    """表三's equal numbers of （四） merged into one cell down its three rows: which row the number is
    cannot be told, so each of them is left unread with its reason. Skipped as a merge's
    continuations, the rows below the first were read blank, in a table called sure."""
    from core.importers.confidence import SURE, confidence
    from core.validate import validate

    plain = render(fixture("samples/hongze-district-2024"), "docx", draft=True)
    data, merged = merged_down(plain, ("3.4.1", "3.4.2", "3.4.3"))
    assert len(merged) >= 6
    report, _ = import_bytes(data, "合并.docx")
    want, _ = import_bytes(plain, "plain.docx")
    assert sorted(a for a in report.missing if a not in want.missing) == sorted(merged)
    assert {a: v for a, v in report.cells.items() if a not in merged} == {
        a: v for a, v in want.cells.items() if a not in merged}
    assert any("跨行合并" in n for n in report.notes)
    assert "requests" not in {t.table for t in confidence(report, validate(report)) if t.level == SURE}


def test_a_number_merged_down_in_a_word97_file_is_left_unread() -> None:
    """The same merge saved by LibreOffice as Word 97 (``merged-numbers.doc``): the rows under the
    merged number were read blank there too."""
    report, _ = import_bytes(_doc("merged-numbers.doc"), "合并.doc")
    clean, _ = import_bytes(_doc("hongze-district-2024.doc"), "洪泽区.doc")
    _, merged = merged_down(render(fixture("samples/hongze-district-2024"), "docx", draft=True), ("3.4.1", "3.4.2", "3.4.3"))
    assert sorted(report.missing) == sorted(merged)
    assert {a: v for a, v in report.cells.items() if a not in merged} == {
        a: v for a, v in clean.cells.items() if a not in merged}
    assert any("跨行合并" in n for n in report.notes)


def test_merged_words_and_a_number_over_empty_rows_stay_one_cell() -> None:
    """Only a number over rows printing something of their own is left unread: a group's label merged
    down beside its rows' numbers, and a number whose merge covers rows that are empty (a row drawn
    taller in two), are one cell as before."""
    import io

    import docx

    doc = docx.Document()
    table = doc.add_table(rows=5, cols=3)
    table.cell(0, 0).merge(table.cell(2, 0)).text = "（四）无法提供"
    for r, (label, number) in enumerate([("甲", "1"), ("乙", "2"), ("丙", "3")]):
        table.cell(r, 1).text, table.cell(r, 2).text = label, number
    table.cell(3, 0).text = "合计"
    table.cell(3, 2).merge(table.cell(4, 2)).text = "6"
    out = io.BytesIO()
    doc.save(out)
    lines = docx_reader.read_lines(out.getvalue(), "merged.docx")
    assert [[t.text for t in line.tokens] for line in lines if line.grid] == [
        ["（四）无法提供", "甲", "1"], ["乙", "2"], ["丙", "3"], ["合计", "", "6"], ["", ""]]


@pytest.mark.parametrize("suffix, content_type", [
    (".dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
    (".docm", "application/vnd.ms-word.document.macroEnabled.main+xml"),
    (".dotm", "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
])
def test_a_word_template_or_macro_document_reads_as_its_docx(tmp_path: Path, suffix: str, content_type: str) -> None:
    """Counties send the form as a Word template (.dotx), and a clerk's file may be saved with
    macros (.docm): the same body under another content type, refused as a damaged .docx before.
    Word tells them apart by that content type alone, as rewritten here; LibreOffice's own .dotx
    and .docm of a printed corpus report read as its .docx too (checked by hand)."""
    import io
    import zipfile

    from core.importers import IMPORTABLE

    plain = render(fixture("samples/hongze-district-2024"), "docx", draft=True)
    with zipfile.ZipFile(io.BytesIO(plain)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    assert word.encode() in parts["[Content_Types].xml"]
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(word.encode(), content_type.encode())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, part in parts.items():
            z.writestr(name, part)
    path = tmp_path / f"年报模板{suffix}"
    path.write_bytes(out.getvalue())
    want, _ = import_bytes(plain, "plain.docx")
    got, _ = import_file(path)
    assert (got.year, got.organ, got.cells, got.missing) == (want.year, want.organ, want.cells, want.missing)
    assert got.texts == want.texts
    assert suffix in IMPORTABLE


def test_a_zip_with_a_word_part_of_another_kind_is_still_refused() -> None:
    """Only Word's four main-part kinds are read: a package naming another content type for its
    main part is no Word file."""
    import io
    import zipfile

    plain = render(fixture("samples/hongze-district-2024"), "docx", draft=True)
    with zipfile.ZipFile(io.BytesIO(plain)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    word = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(word, b"application/vnd.example.other+xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, part in parts.items():
            z.writestr(name, part)
    with pytest.raises(ImportError_, match="不是有效的 Word"):
        import_bytes(out.getvalue(), "其他.docx")
