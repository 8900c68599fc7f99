"""A PDF whose fonts come without their table of what each glyph means (``/ToUnicode``): its text
layer gives glyph numbers for letters, and copying it out gives 乱码. It was refused as holding no
statistical table, "or the tables are pictures (a scan)", which sent the clerk looking for a scan;
it is now refused as garbled text, with what to import instead."""

from __future__ import annotations

import pytest
from corpus_import import entries
from drawn_pdf import FONT, draw

from core.importers import import_bytes
from core.importers.model import ImportError_

_ENTRIES = {meta["id"]: meta for meta, _ in entries()}

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="the shipped font is not here")


def test_a_text_layer_without_its_glyph_table_is_refused_as_garbled() -> None:
    pdf, _ = draw(_ENTRIES["code-pingtan-2021"])
    assert pdf.count(b"/ToUnicode") >= 1
    unmapped = pdf.replace(b"/ToUnicode", b"/ToUnicodX")     # same length: the file's offsets hold
    with pytest.raises(ImportError_) as refused:
        import_bytes(unmapped, "乱码.pdf")
    assert "乱码" in str(refused.value) and "扫描件" not in str(refused.value)
    report, _ = import_bytes(pdf, "原样.pdf")                    # the same file with its tables reads
    assert report.cells["requests/1/total"] is not None


def test_a_bilingual_report_is_not_garbled() -> None:
    """Organs in Xinjiang, Tibet, Inner Mongolia and Yanbian print their language beside the
    Chinese: letters of those scripts, and pinyin's, are readable ones. Glyph numbers read as
    letters (control codes, Syriac, Thaana…) are not."""
    from core.importers.pdf_text import Word, garbled

    def words(*texts: str) -> list[Word]:
        return [Word(t, 0, 10, 0, 10) for t in texts]

    chinese = "政府信息公开工作年度报告"
    for other in ("ھۆكۈمەت ئۇچۇرلىرىنى ئاشكارىلاش", "གཞུང་གི་ཆ་འཕྲིན་སྤེལ་བ", "ᠵᠠᠰᠠᠭ ᠤᠨ ᠮᠡᠳᠡᠭᠡ",
                  "정부정보공개 업무 연도보고", "Zhèngfǔ xìnxī gōngkāi"):
        assert not garbled(words(chinese, other * 3))
    assert garbled(words("\x01\x02\x03\x04\x05", "ܐܒܓܕܗܘܙܚܛܝ", "ހށނރބޅކއވމ", "ĀāĂ", chinese[:2]))
