"""The organ a title-less copy's preamble names, however it is printed or written (issue 17): a PDF page
wrapping the sentence that names it (…要求,闽侯县人 / 民政府办公室编制了本报告。, 佛冈县…特向社会公布 / 2024年度本机关
…报告), or the contact sentence (…请与苏尼特右 / 旗自然资源局办公室联系); a page in traditional characters (由廣州市統計局
編制); a contact sentence saying 可与 where most say 请与.
The wordings are those of real preambles (tests/corpus: pagesar-minhou-zfb-2023, pagesar-fogang-zjj-2024), with
other names. And what is never joined: lines that end a sentence, a heading, an indented paragraph, a text's
or a Word file's lines (each a paragraph of its own); nor read: a contact's office, an applicant sent elsewhere."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from core.importers import import_bytes
from core.importers.layout import Line, Token
from core.importers.opening import opening_subject
from core.importers.organ_words import organ_in_words
from core.importers.printed_text import paragraphs
from core.importers.text import import_text

FONT = Path(__file__).resolve().parents[2] / "templates" / "fonts" / "NotoSerifSC-GB2312.ttf"
SIZE = 10.5
PERIOD = "本报告中所列数据的统计时限自2023年1月1日至2023年12月31日。"
TABLE = ("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
         "规章 | 0 | 0 | 0 |\n行政规范性文件 | 0 | 0 | 0 |\n三、收到和处理政府信息公开申请情况\n")


def _line(text: str, right: float, indent: float = 0.0, positional: bool = True) -> Line:
    """A printed line of ``text`` from the left margin (or ``indent`` past it) to ``right``."""
    return Line([Token(text, 72.0 + indent, right, 0.0, 10.5)], positional=positional, indent=indent)


MINHOU = ("根据《中华人民共和国政府信息公开条例》等文件要求,永泰县人民政府办公室编制了本报告。本报告全文由总体情况等六部分"
          "组成。")
FOGANG = ("根据《中华人民共和国政府信息公开条例》和省、市、县有关要求,英德市住房和城乡建设局特向社会公布2024年度本机关信"
          "息公开工作报告。")


@pytest.mark.parametrize(("paragraph", "cut", "organ"), [
    ("根据《中华人民共和国政府信息公开条例》等文件要求,罗源县住房和城乡建设局编制了本报告。", "罗源县住", "罗源县住房和城乡建设局"),
    ("根据《中华人民共和国政府信息公开条例》等文件要求,由罗源县住房和城乡建设局编制本报告。", "罗源县住房和城",
     "罗源县住房和城乡建设局"),
    ("根据《中华人民共和国政府信息公开条例》和省有关要求,英德市住房和城乡建设局特向社会公布2024年度本机关信息公开工作报告。",
     "特向社会公布", "英德市住房和城乡建设局"),
    ("本年度报告根据《中华人民共和国政府信息公开条例》要求,由汉中市统计局围绕2020年度政府信息公开工作情况编制而成。",
     "由汉中市统", "汉中市统计局"),
])
def test_a_preamble_wrapped_anywhere_names_its_maker(paragraph: str, cut: str, organ: str) -> None:
    """Cut after ``cut`` (inside the name, or between the name and what it made), the lines read one by one
    miss the organ (or clip it: 房和城乡建设局, whose 房和城乡 passes for a place); the wrapped lines put back
    read it whole."""
    at = paragraph.index(cut) + len(cut)
    first, rest = paragraph[:at], paragraph[at:]
    lines = [_line(first, 72.0 + 10.5 * len(first)), _line(rest, 72.0 + 10.5 * len(rest) * 0.5),
             _line("一、总体情况", 140.0)]
    alone = opening_subject([line.text for line in lines])
    assert alone is None or alone[0] != organ
    found = opening_subject(paragraphs(lines, len(lines)))
    assert found is not None and found[0] == organ


def test_only_printed_wraps_are_joined() -> None:
    """A line goes on in the next only when it reaches the right margin (set by the page's fullest line)
    with no sentence ended, and the next starts at the left margin with no heading; a text's lines never."""
    full = 72.0 + 10.5 * 40
    margin = _line("本机关严格落实政府信息公开条例的各项要求，主动公开政府信息，依法办理政府信息公开申请事。", full)
    cases = [
        ([_line("根据《条例》要求,罗源县住房和城乡建设局编制了本报告。", full), _line("本报告由总体情况等部分组成。", 200.0)], 2),
        ([_line("局长强调：“要坚持以公开为常态、不公开为例外。”", full), _line("罗源县住房和城乡建设局编制了本报告。", 200.0)], 2),
        ([_line("根据《条例》要求,罗源县住房和城乡建设局编制了本报告", full), _line("一、总体情况", 140.0)], 2),
        ([_line("根据《条例》要求,罗源县住房和城乡建设局编制了本报告", full), _line("(一)主动公开", 140.0)], 2),
        ([_line("根据《条例》要求,罗源县住房和城乡建设局编制了本报告", full), _line("本报告由…组成。", 200.0, indent=21.0)], 2),
        ([_line("罗源县住房和城乡建设局", 250.0), _line("编制了本报告。", 200.0)], 2),              # a short line: its end
        ([_line("根据《条例》要求,罗源县住房", full, positional=False), _line("和城乡建设局编制了本报告。", 200.0,
                                                                          positional=False)], 2),
        ([_line("根据《条例》要求,罗源县住房", full), _line("和城乡建设局编制了本报告。", 200.0)], 1),
    ]
    for lines, count in cases:
        assert len(paragraphs([margin, *lines], len(lines) + 1)) == count + 1, [line.text for line in lines]


def test_a_name_never_spans_a_texts_paragraphs() -> None:
    """A text's lines are its paragraphs: a name cut over two of them is no name (the title-less copy's
    first line a heading of its own, the next a sentence going on from it) — read as a text, none."""
    report, _ = import_text(f"根据《条例》要求,罗源县住房\n和城乡建设局编制了本报告。{PERIOD}\n一、总体情况\n"
                            f"2023年，本机关坚持以公开为常态。\n{TABLE}", "copy.txt")
    assert report.organ != "罗源县住房和城乡建设局"


def _pdf(lines: list[tuple[float, str]]) -> bytes:
    """One A4 page printing (indent, text) lines in the shipped serif, one under the other."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WrappedPreambleCJK", str(FONT)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("WrappedPreambleCJK", SIZE)
    for n, (indent, text) in enumerate(lines):
        c.drawString(72.0 + indent, 780.0 - 18 * n, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _printed(width: int, *texts: str) -> list[tuple[float, str]]:
    """``texts``, each a paragraph, wrapped every ``width`` characters as a page of that width does."""
    return [(0.0, p[k:k + width]) for p in texts for k in range(0, len(p), width)]


@pytest.mark.skipif(not FONT.exists(), reason="the shipped font is missing")
@pytest.mark.parametrize(("preamble", "cut", "organ"), [
    (MINHOU, "永泰县人", "永泰县人民政府办公室"),
    (FOGANG, "特向社会公布", "英德市住房和城乡建设局"),
])
def test_a_printed_preamble_wrapped_inside_the_sentence_names_the_organ(preamble: str, cut: str, organ: str) -> None:
    """The two corpus preambles' wordings printed so the page wraps inside the sentence naming the organ,
    just where the corpus copies' PDFs wrap it (永泰县人 / 民政府办公室编制了本报告; …特向社会公布 / 2024年度本机关
    …报告): read as the text reads it. The office is its own organ here because the opening says its own
    office did the work (本年度我办…)."""
    width = preamble.index(cut) + len(cut)
    year = "2024" if "2024" in preamble else "2023"
    printed = _printed(width, preamble + PERIOD.replace("2023", year), "一、总体情况",
                       "本年度我办主动公开政府信息135条。", *TABLE.splitlines())
    assert printed[0][1].endswith(cut)
    text, _ = import_text("\n".join([preamble + PERIOD.replace("2023", year), "一、总体情况",
                                     "本年度我办主动公开政府信息135条。", TABLE]), "copy.txt")
    report, log = import_bytes(_pdf(printed), "copy.pdf")
    assert text.organ == organ
    assert report.organ == organ
    assert any(organ in n and "请核对" in n for n in log.notes)


@pytest.mark.skipif(not FONT.exists(), reason="the shipped font is missing")
@pytest.mark.parametrize(("contact", "cut", "organ"), [
    ("如对本报告有疑问，请与苏尼特右旗自然资源局办公室联系。", "苏尼特右", "苏尼特右旗自然资源局"),
    ("如对本报告有任何疑问，可与泗阳县公路事业发展中心办公室联系。", "可与泗阳县公路事业发展中心", "泗阳县公路事业发展中心"),
])
def test_a_printed_contact_wrapped_inside_the_name_names_the_organ(contact: str, cut: str, organ: str) -> None:
    """A contact sentence the page wraps inside the name (…请与苏尼特右 / 旗自然资源局办公室联系。) names the organ as
    the text's does."""
    preamble = PERIOD + contact
    width = preamble.index(cut) + len(cut)
    paragraphs_ = [preamble, "一、总体情况", "2023年，本机关坚持以公开为常态。", *TABLE.splitlines()]
    printed = _printed(width, *paragraphs_)
    assert printed[0][1].endswith(cut)
    text, _ = import_text("\n".join(paragraphs_), "copy.txt")
    report, _ = import_bytes(_pdf(printed), "copy.pdf")
    assert text.organ == organ
    assert report.organ == organ


@pytest.mark.parametrize(("paragraph", "organ"), [
    ("本報告由廣州市統計局編制。", "广州市统计局"),
    ("根據《中華人民共和國政府信息公開條例》要求,由廣州市統計局編制本報告。", "广州市统计局"),
    ("根據《條例》要求,佛岡縣住房和城鄉建設局特向社會公布2024年度本機關信息公開工作報告。", "佛冈县住房和城乡建设局"),
    ("2023年，廣州市統計局認真貫徹落實《條例》。", "广州市统计局"),
])
def test_a_preamble_in_traditional_characters_names_its_maker(paragraph: str, organ: str) -> None:
    """Read as the same words in simplified characters are; the words shown as printed."""
    found = opening_subject([paragraph])
    assert found is not None and found[0] == organ
    assert found[1] in paragraph


@pytest.mark.parametrize("paragraph", [
    "如對本報告有疑問,可與廣州市統計局辦公室聯繫。",
    "本報告所列數據由廣州市統計局根據統計報表制度編制。",
])
def test_traditional_words_that_name_no_maker_name_none(paragraph: str) -> None:
    assert opening_subject([paragraph]) is None


@pytest.mark.parametrize(("contact", "organ"), [
    ("如对本报告有任何疑问，可与永康市交通运输局办公室联系，电话：0579-89282019。", "永康市交通运输局"),
    ("对本报告如有疑问,可与两城镇人民政府党政办公室联系(地址:两城镇中心街1号)。", "两城镇人民政府"),
    ("如需咨询，可以与临沂市公路事业发展中心办公室联系。", "临沂市公路事业发展中心"),
])
def test_a_contact_saying_ke_yu_names_the_organ_not_its_office(contact: str, organ: str) -> None:
    found = organ_in_words([], [PERIOD + contact])
    assert found is not None and found[0] == organ
    report, _ = import_text(f"{PERIOD}{contact}\n一、总体情况\n2023年，本机关坚持以公开为常态。\n{TABLE}", "copy.txt")
    assert report.organ == organ


@pytest.mark.parametrize("contact", [
    "对本报告如有疑问,可与闽侯县人民政府办公室联系(地址:闽侯县甘蔗街道交通路2号)。",   # its government's, or its own
    "如对本报告有疑问,可与平武县政府信息公开工作领导小组办公室联系。",                  # the whole county's
    "对不属于本机关公开的,告知申请人可与永康市自然资源局联系。",                         # an applicant sent elsewhere
    "申请人可与永康市自然资源局联系获取。",
])
def test_a_contact_that_is_not_the_organs_own_names_none(contact: str) -> None:
    assert organ_in_words([], [PERIOD + contact]) is None
