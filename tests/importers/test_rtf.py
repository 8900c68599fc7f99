"""RTF files read as the report: one saved by WPS or Word as .rtf, or a site's ".doc" attachment that
is RTF inside. Real files written by LibreOffice's RTF filter (``tests/fixtures/rtf``,
``scripts/make_rtf_odt_fixtures.py``), and RTF as Word writes Chinese (escaped bytes of the code page)
and as some writers do (raw GBK bytes), built here. Before, such a file was taken for plain text
and refused as "不像是政府信息公开工作年度报告"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from core.exporters import render
from core.importers import ImportError_, import_bytes
from tests.importers.files import fixture

ROOT = Path(__file__).resolve().parents[2]
RTFS = ROOT / "tests" / "fixtures" / "rtf"
sys.path.insert(0, str(ROOT / "tests"))
from corpus_import import entries, score_one  # noqa: E402


def test_our_word_export_saved_as_rtf_reads_as_the_report() -> None:
    """洪泽区 2024 exported to Word and saved as RTF: every cell, the year, the organ and the prose's
    words as its .docx twin gives them."""
    project = fixture("samples/hongze-district-2024")
    report, _ = import_bytes((RTFS / "hongze-district-2024.rtf").read_bytes(), "洪泽区2024年报.rtf")
    assert (report.year, report.organ) == (2024, project.organ)
    assert report.missing == {}
    wrong = {a: (report.cells.get(a), v) for a, v in project.cells.items() if a in report.form.cells
             and not report.form.is_computed(a) and report.cells.get(a) != v}
    assert wrong == {}
    twin, _ = import_bytes(render(project, "docx", draft=True), "twin.docx")
    assert report.cells == twin.cells
    assert {k: "".join(v.split()) for k, v in report.texts.items()} == \
        {k: "".join(v.split()) for k, v in twin.texts.items()}


def test_real_web_page_saved_as_rtf_reads_every_hand_read_cell() -> None:
    """A real report's web page (沭阳县发改局 2023) opened in Writer and saved as RTF."""
    meta = next(m for m, _ in entries() if m["id"] == "code-shuyang-fgj-2023")
    score = score_one(meta, RTFS / "code-shuyang-fgj-2023.rtf")
    assert score.refused is None
    assert (score.right, score.wrong) == (score.cells, [])
    assert score.year_organ == (2023, meta["organ"])


def test_a_doc_attachment_that_is_rtf_inside_is_read_by_its_content() -> None:
    data = (RTFS / "hongze-district-2024.rtf").read_bytes()
    by_name, _ = import_bytes(data, "附件：洪泽区2024年报.doc")
    as_rtf, _ = import_bytes(data, "洪泽区2024年报.rtf")
    assert by_name.cells == as_rtf.cells and by_name.missing == {}


_REPORT = [
    "某某县某某镇人民政府2024年政府信息公开工作年度报告",
    "一、总体情况",
    "2024年，某某镇人民政府认真落实《条例》。",
    "二、主动公开政府信息情况",
    ["第二十条第（一）项"],
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", "0", "0", "0"],
    ["行政规范性文件", "3", "1", "12"],
    "三、收到和处理政府信息公开申请情况",
]


def _rtf(raw: bool) -> bytes:
    """``_REPORT`` as RTF under \\ansicpg936: each Chinese character as Word writes it (\\'b1\\'be, the
    bytes of the code page), or, ``raw``, as the bare GBK bytes some writers leave; tables as rows of
    cells."""
    def chars(text: str) -> bytes:
        if raw:
            return text.encode("gbk")
        return b"".join(c.encode() if c.isascii() else
                        b"".join(b"\\'%02x" % b for b in c.encode("gbk")) for c in text)

    body = []
    for item in _REPORT:
        if isinstance(item, str):
            body.append(b"\\pard\\plain\\f1 " + chars(item) + b"\\par\n")
        else:
            body.append(b"\\trowd\\trgaph108" + b"".join(b"\\cellx%d" % (1500 * (i + 1)) for i in range(len(item)))
                        + b"\n" + b"".join(b"\\pard\\intbl\\f1 " + chars(c) + b"\\cell " for c in item) + b"\\row\n")
    return (b"{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}"
            b"{\\f1\\fnil\\fcharset134 SimSun;}}\n" + b"".join(body) + b"}")


@pytest.mark.parametrize("raw", [False, True], ids=["escaped", "raw-gbk"])
def test_rtf_as_word_writes_chinese_reads_title_and_table(raw: bool) -> None:
    report, _ = import_bytes(_rtf(raw), "报告.rtf")
    assert (report.year, report.organ) == (2024, "某某县某某镇人民政府")
    assert [report.cells.get(f"art20_1/normative/{c}") for c in ("issued", "repealed", "in_force")] == [3, 1, 12]
    assert [report.cells.get(f"art20_1/rules/{c}") for c in ("issued", "repealed", "in_force")] == [0, 0, 0]
    assert report.texts["1"] == "2024年，某某镇人民政府认真落实《条例》。"


def test_an_rtf_without_words_or_cut_short_gets_a_message() -> None:
    with pytest.raises(ImportError_, match="RTF"):
        import_bytes(b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\pict\\pngblip 89504e47}}", "图片.rtf")
    data = _rtf(False)
    for cut in (len(data) // 3, len(data) // 2, len(data) - 1):
        try:
            import_bytes(data[:cut], "报告.rtf")
        except ImportError_ as e:
            assert str(e)
