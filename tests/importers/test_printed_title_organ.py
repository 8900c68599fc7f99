"""No false organ from a printed PDF (issue 17): a preamble's sentence the page wraps leaves lines that read
like a title (号)等相关文件要求编制2024年度…报告。, 开锡山区东北塘街道2019年度…报告。, 阁乡2025年度…报告。), and the
title reader took them for one, the organ the words the wrap left before the year. A line that is the rest of a
wrapped sentence starts no title; the sentence is read whole, as the text's is. And what no organ's name holds
is never one: a verb before it (编制…), a notice's title (…关於做好), the words around a document number
(号)等相关文件要求), an aside giving its short name (以下简称…), a site's pinyin (委员会(huì )).
The wordings are those of real preambles (tests/corpus: pagesal-liuzhi-luobie-2024, pages-wanyuan-yudai-2024,
pagesao-xishan-dongbeitang-2019, pagesap-yingcheng-wenchangge-2025-trad, pagesak-donghu-fgj-2024,
pages-wuhan-sthjj-2020, pagesas-chaoyang-wjw-2022-trad, each printed by LibreOffice), with other names."""

from __future__ import annotations

import pytest

from core.importers import import_bytes
from core.importers.prose import named_in_sentence, title_parts
from core.importers.text import import_text
from tests.importers.test_wrapped_preamble_organ import FONT, TABLE, _pdf, _printed

BODY = ("一、总体情况", "本年度本机关主动公开政府信息135条。", *TABLE.splitlines())
BASIS = "根据《中华人民共和国政府信息公开条例》(国务院令第711号)和省、市相关要求,"


@pytest.mark.skipif(not FONT.exists(), reason="the shipped font is missing")
@pytest.mark.parametrize(("preamble", "cut", "organ"), [
    # …等相关文件要求 / 编制…: the verb starts a line that reads like a title
    (BASIS + "编制宣汉县南坝镇2024年政府信息公开工作年度报告,所列数据统计期限为2024年1月1日至2024年12月31日。",
     BASIS, "宣汉县南坝镇"),
    # …现公 / 开…: the verb's last character starts it (开 begins 开封市, 开州区: no word to refuse)
    ("根据《中华人民共和国政府信息公开条例》的规定和《关于做好政府信息公开工作事项的通知》的要求,现公开惠山区洛社镇2019"
     "年度政府信息公开工作报告。本报告中所涉数据统计起止时间为2019年1月1日至2019年12月31日。", "现公", "惠山区洛社镇"),
    # …现特向社会公布文昌 / 阁乡2025年度…: the name's first characters on the line above (河镇 was read)
    ("根据《中华人民共和国政府信息公开条例》《国务院办公厅政府信息与政务公开办公室关於印发〈中华人民共和国政府信息公开工作"
     "年度报告格式〉的通知》(国办公开办函〔2021〕30号)等有关文件规定,现特向社会公布孝感市杨河镇2025年度政府信息公开年度报告。",
     "孝感市杨", "孝感市杨河镇"),
    # …(以下简称发改局)2024年 / 度…报告如下: the aside no part of the name
    (BASIS + "编制本报告,报告电子版可从政府网站下载。现将孝感市发展和改革委员会(以下简称发改委)2024年度信息公开工作报告如下:",
     "2024年", "孝感市发展和改革委员会"),
])
def test_a_wrapped_preamble_is_no_title(preamble: str, cut: str, organ: str) -> None:
    """Printed so that a line of the sentence reads like a title: the organ the sentence names, as read
    from the text (the sentence on one line)."""
    at = preamble.index(cut) + len(cut)
    width = next(w for w in range(60, 24, -1) if at % w == 0)    # a line of 25 to 60 characters ends at ``cut``
    printed = _printed(width, preamble, *BODY)
    assert any(line.endswith(cut) for _, line in printed)
    text, _ = import_text("\n".join([preamble, *BODY]), "copy.txt")
    report, _ = import_bytes(_pdf(printed), "copy.pdf")
    assert text.organ == organ
    assert report.organ == organ


@pytest.mark.skipif(not FONT.exists(), reason="the shipped font is missing")
def test_a_wrapped_document_number_is_no_organ() -> None:
    """…的通知》(国办公开办函〔2021〕30 / 号)等相关文件要求编制2024年度…报告。: no organ named there (号)等相关文件要求
    was read); the contact sentence's office names none either, so none is read — rather than a false one."""
    preamble = ("根据《中华人民共和国政府信息公开条例》及省、市相关要求,严格按照《国务院办公厅政府信息与政务公开办公室关于印发中华"
                "人民共和国政府信息公开工作年度报告格式的通知》(国办公开办函〔2021〕30号)等相关文件要求编制2024年度政府信息公开报告。"
                "所报数据的统计期限为2024年1月1日起至2024年12月31日止。")
    width = preamble.index("30号") + 2
    printed = _printed(width, preamble, *BODY)
    assert printed[1][1].startswith("号)等相关文件要求编制2024年度")
    report, _ = import_bytes(_pdf(printed), "copy.pdf")
    assert report.year == 2024
    assert "要求" not in report.organ and "号" not in report.organ


@pytest.mark.parametrize(("text", "organ"), [
    ("根据市政务服务和大数据管理局转发的《湖北省人民政府办公厅关於做好2020年政府信息公开年度报告编制", None),
    ("号)等相关文件要求编制2024年度政府信息公开报告。全文包括总体情况等六个部分。", None),
    ("编制万源市玉带乡2024年政府信息公开工作年度报告,所列数据统计期限为2024年1月1日至2024年12月31日。", None),
    ("现将孝感市发展和改革委员会(以下简称发改委)2024年度信息公开工作报告如下:", "孝感市发展和改革委员会"),
    ("朝阳市卫生健康委员会(hu\u00ec )2022年度政府信息公开年度报告", "朝阳市卫生健康委员会"),
    # 吴起县 2023's first PDF line: the preamble's verb before the year, no organ (特/现向社会公布)
    ("根据《中华人民共和国政府信息公开条例》要求,特向社会公布2023 年政府信息公开工作年度报告。主要内", None),
    ("现向社会公开2023年政府信息公开工作年度报告。", None),
])
def test_a_title_reader_refuses_what_is_no_name(text: str, organ: str | None) -> None:
    """A line read as a title gives no organ holding a verb, a notice's words, a document number's end,
    an aside or pinyin: the name alone, or none."""
    parts = title_parts(text)
    assert (parts[0] if parts else None) == organ


@pytest.mark.parametrize(("text", "organ"), [
    ("现将孝感市发展和改革委员会(以下简称发改委)2024年度信息公开工作报告如下:", "孝感市发展和改革委员会"),
    ("现将朝阳市卫生健康委员会(hu\u00ec )2022年度政府信息公开年度报告公布如下。", "朝阳市卫生健康委员会"),
    ("根据《湖北省人民政府办公厅关於做好2020年政府信息公开年度报告编制和发布工作的通知》,现公布如下。", None),
])
def test_a_sentence_names_no_organ_with_what_is_no_name(text: str, organ: str | None) -> None:
    named = named_in_sentence(text)
    assert (named[0] if named else None) == organ
