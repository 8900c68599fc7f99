"""Files a word processor saves, read as the report by their content: RTF (WPS or Word, or a site's
".doc" that is RTF inside) and OpenDocument text (LibreOffice on 统信UOS/银河麒麟). Real files written
by LibreOffice's filters (``tests/fixtures/rtf``, ``tests/fixtures/odt``,
``scripts/make_rtf_odt_fixtures.py``); each format's own cases are in ``test_rtf`` and ``test_odt``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from core.exporters import render
from core.importers import import_bytes
from tests.importers.files import fixture

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
sys.path.insert(0, str(ROOT / "tests"))
from corpus_import import entries, score_one  # noqa: E402

KINDS = ["rtf", "odt"]


@pytest.mark.parametrize("kind", KINDS)
def test_our_word_export_saved_so_reads_as_the_report(kind: str) -> None:
    """洪泽区 2024 exported to Word and saved as RTF or .odt: every cell (merged headers included), the
    year, the organ, and the prose's words as its .docx twin gives them."""
    project = fixture("samples/hongze-district-2024")
    report, _ = import_bytes((FIXTURES / kind / f"hongze-district-2024.{kind}").read_bytes(), f"洪泽区2024年报.{kind}")
    assert (report.year, report.organ) == (2024, project.organ)
    assert report.missing == {}
    wrong = {a: (report.cells.get(a), v) for a, v in project.cells.items() if a in report.form.cells
             and not report.form.is_computed(a) and report.cells.get(a) != v}
    assert wrong == {}
    twin, _ = import_bytes(render(project, "docx", draft=True), "twin.docx")
    assert report.cells == twin.cells
    assert {k: "".join(v.split()) for k, v in report.texts.items()} == \
        {k: "".join(v.split()) for k, v in twin.texts.items()}


@pytest.mark.parametrize("kind", KINDS)
def test_real_web_page_saved_so_reads_every_hand_read_cell(kind: str) -> None:
    """A real report's web page (沭阳县发改局 2023) opened in Writer and saved as RTF or .odt."""
    meta = next(m for m, _ in entries() if m["id"] == "code-shuyang-fgj-2023")
    score = score_one(meta, FIXTURES / kind / f"code-shuyang-fgj-2023.{kind}")
    assert score.refused is None
    assert (score.right, score.wrong) == (score.cells, [])
    assert score.year_organ == (2023, meta["organ"])


@pytest.mark.parametrize("kind", KINDS)
def test_one_named_as_a_doc_attachment_is_read_by_its_content(kind: str) -> None:
    data = (FIXTURES / kind / f"hongze-district-2024.{kind}").read_bytes()
    by_name, _ = import_bytes(data, "附件：洪泽区2024年报.doc")
    as_kind, _ = import_bytes(data, f"洪泽区2024年报.{kind}")
    assert by_name.cells == as_kind.cells and by_name.missing == {}
