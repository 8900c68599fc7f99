"""RTF files read as the report: one saved by WPS or Word as .rtf, or a site's ".doc" attachment that
is RTF inside. RTF as Word writes Chinese (escaped bytes of the code page) and as some writers do (raw
GBK bytes), built here; the real files LibreOffice wrote are read in ``test_word_processor_files``.
Before, such a file was taken for plain text and refused as "不像是政府信息公开工作年度报告"."""

from __future__ import annotations

import pytest

from core.importers import ImportError_, import_bytes

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


def test_pictures_are_cut_out_by_their_braces() -> None:
    """A picture is its bytes in hex, megabytes of them; its group (nested groups and all) is no word
    of the report, and is cut before the text is read (striprtf walked it character by character)."""
    from core.importers.rtf import text_of

    plain = _rtf(False)
    picture = b"{\\pict{\\*\\picprop{\\sp{\\sn shapeType}{\\sv 75}}}\\pngblip " + b"89504e470d0a1a0a" * 4000 + b"}"
    shape = b"{\\*\\shppict" + picture + b"}{\\nonshppict{\\pict\\wmetafile8 0100090000}}"
    with_pictures = plain.replace(b"\\par\n", b"\\par\n" + shape, 1)
    assert text_of(with_pictures) == text_of(plain)
    report, _ = import_bytes(with_pictures, "报告.rtf")
    assert report.cells["art20_1/normative/in_force"] == 12
