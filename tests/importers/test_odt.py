"""OpenDocument text files (.odt) read as the report, as LibreOffice saves one on the 统信UOS and
银河麒麟 office PCs: real files written by LibreOffice's ODF filter (``tests/fixtures/odt``,
``scripts/make_rtf_odt_fixtures.py``). Before, such a file was refused as "是压缩包，不是 Word、Excel
或 PDF 文件"."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from core.exporters import render
from core.importers import ImportError_, import_bytes
from tests.importers.files import fixture

ROOT = Path(__file__).resolve().parents[2]
ODTS = ROOT / "tests" / "fixtures" / "odt"
sys.path.insert(0, str(ROOT / "tests"))
from corpus_import import entries, score_one  # noqa: E402


def test_our_word_export_saved_as_odt_reads_as_the_report() -> None:
    """洪泽区 2024 exported to Word and saved as .odt: every cell (its merged headers as spans), the
    year, the organ, and the prose's words as its .docx twin gives them."""
    project = fixture("samples/hongze-district-2024")
    report, _ = import_bytes((ODTS / "hongze-district-2024.odt").read_bytes(), "洪泽区2024年报.odt")
    assert (report.year, report.organ) == (2024, project.organ)
    assert report.missing == {}
    wrong = {a: (report.cells.get(a), v) for a, v in project.cells.items() if a in report.form.cells
             and not report.form.is_computed(a) and report.cells.get(a) != v}
    assert wrong == {}
    twin, _ = import_bytes(render(project, "docx", draft=True), "twin.docx")
    assert report.cells == twin.cells
    assert {k: "".join(v.split()) for k, v in report.texts.items()} == \
        {k: "".join(v.split()) for k, v in twin.texts.items()}


def test_real_web_page_saved_as_odt_reads_every_hand_read_cell() -> None:
    """A real report's web page (沭阳县发改局 2023) opened in Writer and saved as .odt."""
    meta = next(m for m, _ in entries() if m["id"] == "code-shuyang-fgj-2023")
    score = score_one(meta, ODTS / "code-shuyang-fgj-2023.odt")
    assert score.refused is None
    assert (score.right, score.wrong) == (score.cells, [])
    assert score.year_organ == (2023, meta["organ"])


def test_an_odt_named_otherwise_is_read_by_its_content() -> None:
    data = (ODTS / "hongze-district-2024.odt").read_bytes()
    report, _ = import_bytes(data, "附件：洪泽区2024年报.doc")
    assert report.missing == {}


def _package(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.text")
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("members", [
    {},                                                                   # no content.xml
    {"content.xml": b"<office:document-content"},                         # cut XML
    {"content.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'},   # entities
])
def test_a_damaged_odt_gets_a_message(members: dict[str, bytes]) -> None:
    with pytest.raises(ImportError_) as info:
        import_bytes(_package(members), "坏.odt")
    assert "坏.odt" in str(info.value)
