"""Characters that cannot be saved or printed (issue 18, item 9): NUL and other control characters,
lone surrogates — cleaned where text comes in; characters no font has — named before a final PDF."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from builders import clean_report

from core.commands import SetMeta, SetText
from core.exporters import render
from core.exporters.fonts import missing_glyphs
from core.exporters.pdf import unprintable
from core.importers.text import import_text
from core.session import Session
from core.text_clean import clean_text

DIRTY = "第一段\x00文字\x07，\r\n第二段\ud800结束\x1b。"


def test_clean_text_drops_controls_and_replaces_what_cannot_be_written() -> None:
    assert clean_text(DIRTY) == "第一段文字，\n第二段\ufffd结束。"
    assert clean_text("甲\t乙\n丙") == "甲\t乙\n丙"
    clean_text(DIRTY).encode("utf-8")


def test_a_typed_or_pasted_control_character_never_reaches_the_word_file() -> None:
    session = Session(clean_report())
    session.execute(SetText("1.2", DIRTY))
    session.execute(SetMeta("organ", "某\x00镇人民政府"))
    report = session.report
    assert report.texts["1.2"] == clean_text(DIRTY) and report.organ == "某镇人民政府"
    document = docx.Document(io.BytesIO(render(report, "docx", draft=True)))
    assert any("第二段\ufffd结束。" in p.text for p in document.paragraphs)


def test_an_imported_control_character_is_cleaned(tmp_path: Path) -> None:
    from importers.files import fixture, table_text

    report = fixture("samples/hongze-district-2023")
    text = table_text(report, "tab").replace("五、存在的主要问题及改进情况", "五、存在的主要问题及改进情况\n问题\x00一\x0b二。")
    got, _ = import_text(text, "x.txt")
    assert all(t == clean_text(t) for t in got.texts.values()) and "\x00" not in "".join(got.texts.values())
    render(got, "docx", draft=True)


@pytest.fixture
def _shipped_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NIANBAO_SYSTEM_FONTS", "0")


@pytest.mark.usefixtures("_shipped_fonts")
def test_characters_no_font_has_are_named_in_order() -> None:
    assert missing_glyphs(["平潭综合实验区 😀 𠀀 𪚥 😀 一"]) == ["😀", "𠀀", "𪚥"]
    assert missing_glyphs(["平潭综合实验区党工委管委会（２０２４）"]) == []


@pytest.mark.usefixtures("_shipped_fonts")
def test_a_report_says_which_of_its_characters_the_pdf_cannot_print() -> None:
    report = clean_report()
    assert unprintable(report) == []
    report.texts["1.2"] = "群众满意😀。"
    report.organ = "𪚥镇人民政府"
    assert set(unprintable(report)) == {"😀", "𪚥"}


def test_convert_to_a_final_pdf_names_the_characters_it_prints_as_boxes(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from core import storage

    report = clean_report()
    report.texts["1.2"] = "群众满意😀，𠀀字地名。"
    src = storage.save(report, tmp_path / "r.nianbao")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, NIANBAO_SYSTEM_FONTS="0")
    proc = subprocess.run([sys.executable, "main.py", "convert", str(src), str(tmp_path / "r.pdf")], cwd=root,
                          env=env, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "空框" in proc.stderr and "😀" in proc.stderr and "𠀀" in proc.stderr
