"""What the import tells the clerk must be true (helper 181), each seen on real corpus entries:

- a copy cut inside 一、总体情况 (笕桥街道 2024, a search excerpt stopping at "不断完") was told its tables
  could not be made out: the figures its words give for 表四 had been taken for the table printed, so the
  copy's end was not seen as a cut. It never reached the tables, and the note says so, and where;
- a 表三 printed only as its header (璧山区福禄镇 2024) was noted "原文中没有表三的表格": its header is there,
  the copy stops before its rows;
- the organ's note quoted past the name ("2024年,笕桥街道办事处以习"): the words are those up to the name's end;
- ``opening_year`` knew the overview as section "1" (the form says which), and ran twice for one import;
- a township government's office at work ("2023年，大禾镇人民政府办公室严格按照…") was read as the organ: a
  township has no office reporting apart from it, its government is read (a county's office still is one).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import core.importers.opening_year as opening_year
from core.importers import import_file
from core.importers.from_words import not_printed
from core.importers.layout import text_lines
from core.importers.opening import opening_subject
from core.importers.organ_words import organ_in_words
from core.importers.regions import find
from core.importers.text import import_text
from core.registry import get_form

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

_CUT_IN_ONE = ("一、总体情况\n2024年，东岭街道办事处坚持以人民为中心，推进政务公开。\n"
               "（一）主动公开。2024年，街道主动公开各类信息44条。\n"
               "（二）依申请公开。2024年街道收到政府信息公开申请28件，未出现因政府信息公开工作被申请行政复议或"
               "提起行政诉讼的情况。\n（三）监督保障。根据新形势新要求不断完")
"""An excerpt stopping in 一 (as 笕桥街道 2024's): its words give 表四's three totals (0), none of its tables printed."""


def _notes(text: str) -> list[str]:
    return import_text(text, "excerpt.txt")[1].notes


def test_a_copy_cut_in_the_overview_says_it_stops_before_the_tables() -> None:
    report, log = import_text(_CUT_IN_ONE, "excerpt.txt")
    assert report.cells["appeals/suit_after_review/total"] == 0          # (read from its words, as before)
    assert {"2", "3", "4", "5", "6"} <= set(report.unread_sections)
    assert any(n.startswith("原文复制不完整，统计表所在的部分没有读到（来源文件在第一部分处中断") for n in log.notes)
    assert not any("无法辨认" in n for n in log.notes)


@pytest.mark.parametrize("ending", [
    "（三）监督保障。根据新形势新要求不断完善制度。",                               # its last sentence finished
    "（三）监督保障。根据新形势新要求不断完\n东岭街道办事处\n2025年1月20日",           # signed on its date
])
def test_a_copy_ending_on_its_own_is_not_said_to_be_cut(ending: str) -> None:
    report, log = import_text(_CUT_IN_ONE.rsplit("\n", 1)[0] + "\n" + ending, "excerpt.txt")
    assert report.unread_sections == {}
    assert not any("统计表所在的部分没有读到" in n for n in log.notes)


def test_a_copy_reaching_the_tables_place_keeps_the_unreadable_note() -> None:
    """Headings 二…四 printed with no table under them, then cut in 五: the tables' place was reached."""
    text = (_CUT_IN_ONE.rsplit("\n", 1)[0] + "\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
            "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n一是公开内容不够全")
    report, log = import_text(text, "excerpt.txt")
    assert not {"2", "3", "4"} & set(report.unread_sections)
    assert any("统计表无法辨认" in n for n in log.notes)
    assert not any("统计表所在的部分没有读到" in n for n in log.notes)


def test_the_real_excerpt_cut_in_the_overview() -> None:
    report, log = import_file(CORPUS / "pagesbu-hz-jianqiao-2024.txt")
    assert {"2", "3", "4", "5", "6"} <= set(report.unread_sections)
    assert "原文复制不完整，统计表所在的部分没有读到（来源文件在第一部分处中断，其后的内容没有读到），表格未读取，请对照原文填写" \
        in log.notes
    assert not any("无法辨认" in n for n in log.notes)
    assert any(n.startswith("原文中没有表三的表格（复制不完整）") for n in log.notes)    # (no 表三 at all: as it was)


def test_a_table_printed_as_its_header_alone_is_told_so() -> None:
    assert not_printed("表三", "requests", {"requests"}) == "原文印出了表三的表头，但在表中第一行之前就中断了（复制不完整）"
    assert not_printed("表三", "requests", set()) == "原文中没有表三的表格（复制不完整）"
    assert not_printed("表四", "appeals", {"requests"}) == "原文中没有表四的表格（复制不完整）"
    _, log = import_file(CORPUS / "pages-bishan-fulu-2024.txt")       # stops inside 表三's header
    assert any(n.startswith("原文印出了表三的表头，但在表中第一行之前就中断了（复制不完整），按“一、总体情况”的文字读取了")
               for n in log.notes)
    assert not any(n.startswith("原文中没有表三的表格") for n in log.notes)


def test_a_table_cut_after_some_rows_is_not_said_to_be_header_only() -> None:
    _, log = import_file(CORPUS / "pagesan-siping-sthjj-2022.txt")     # stops inside 表三's row (一)
    assert not any("的表头，但在表中第一行之前" in n for n in log.notes)


@pytest.mark.parametrize(("paragraph", "organ", "words"), [
    ("2024年,笕桥街道办事处以习近平新时代中国特色社会主义思想为指导。", "笕桥街道办事处", "2024年,笕桥街道办事处"),
    ("2020年，水江镇人民政府信息公开工作在区委领导下推进。", "水江镇人民政府", "2020年，水江镇人民政府"),
    ("为认真做好京山市卫生健康局政府信息公开工作，局里成立专班。", "京山市卫生健康局", "为认真做好京山市卫生健康局"),
])
def test_the_organs_words_end_where_its_name_does(paragraph: str, organ: str, words: str) -> None:
    assert opening_subject([paragraph]) == (organ, words)


def test_the_real_excerpts_organ_note_quotes_its_name_only() -> None:
    _, log = import_file(CORPUS / "pagesbu-hz-jianqiao-2024.txt")
    assert "原文没有标题，单位名称按正文开头“2024年,笕桥街道办事处”读取，请核对" in log.notes


def test_the_overview_is_the_forms_first_section() -> None:
    lines = text_lines("甲、总体情况\n2021年，街道推进政府信息公开工作。\n")
    assert opening_year.opening_year(lines, {0: "A"}, [], "A") == 2021
    assert opening_year.opening_year(lines, {0: "A"}, [], "1") is None    # a heading, not the overview's
    form = get_form("2021")
    assert find(text_lines("一、总体情况\n"), form).overview == form.sections[0].id


def test_the_overviews_year_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """An untitled copy, its year from the overview's openings (the opening names two other years as often):
    ``report_year`` read it, ``settle`` read it again from the same lines."""
    calls: list[int] = []
    read = opening_year.opening_year

    def counted(*args: object) -> object:
        calls.append(1)
        return read(*args)      # type: ignore[arg-type]
    monkeypatch.setattr(opening_year, "opening_year", counted)
    text = ("一、总体情况\n2024年，东岭街道坚持公开为常态，主动公开政府信息120条。2024年，街道收到政府信息公开申请3件。"
            "街道参照2023年和2022年的做法，完善了制度，2023年、2022年的经验得到推广。\n（二）政府信息管理。街道推进规范")
    report, log = import_text(text, "x.txt")
    assert report.year == 2024 and any("各句开头所写的“2024年”" in n for n in log.notes)
    assert len(calls) == 1


def _headed(paragraph: str) -> str:
    return f"一、总体情况\n{paragraph}\n（二）依申请公开。本年度未收到政府信息公开申请。"


@pytest.mark.parametrize(("paragraph", "organ"), [
    ("2023年，大禾镇人民政府办公室严格按照要求办理。", "大禾镇人民政府"),
    ("(二)依申请公开。2023年，大禾镇人民政府办公室严格按照要求办理。", "大禾镇人民政府"),
    ("2023年，大禾街道办事处办公室认真贯彻《条例》。", "大禾街道办事处"),
])
def test_a_township_governments_office_at_work_gives_its_government(paragraph: str, organ: str) -> None:
    assert opening_subject([paragraph]) is None             # (not the office: the report's other words read)
    found = organ_in_words([paragraph], [paragraph])
    assert found is not None and found[0] == organ and found[1].endswith("办公室")
    report, log = import_text(_headed(paragraph), "x.txt")
    assert report.organ == organ


@pytest.mark.parametrize(("paragraph", "organ"), [
    ("2023年，禾县人民政府办公室严格按照要求办理。", "禾县人民政府办公室"),           # a county's: an organ of its own
    ("2025年，福州市人民政府外事办公室深入推进公开。", "福州市人民政府外事办公室"),    # an office by its work
    ("2023年，禾县人民防空办公室严格按照要求办理。", "禾县人民防空办公室"),
])
def test_an_office_that_is_an_organ_is_still_read_as_named(paragraph: str, organ: str) -> None:
    assert opening_subject([paragraph]) == (organ, paragraph[:paragraph.index(organ) + len(organ)])
    report, _ = import_text(_headed(paragraph), "x.txt")
    assert report.organ == organ


@pytest.mark.parametrize("paragraphs", [
    ["2023年，大禾镇人民政府办公室严格按照要求办理。", "本年度我办主动公开信息12条。"],     # speaks as the office
    ["2023年，大禾镇人民政府办公室严格按照要求办理。", "如对本报告有疑问，请与禾县小禾乡人民政府联系。"],
])
def test_a_township_office_read_against_other_words_gives_none_when_unsure(paragraphs: list[str]) -> None:
    assert organ_in_words(paragraphs, paragraphs) is None
