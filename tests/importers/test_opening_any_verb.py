"""The organ an untitled copy's opening names before a verb no list knows (2025年，永外街道立足…; 2022年度，
蠡县交通运输局未发生…) was read as none; a township's short name (穆寨街办) was kept when the opening
prints its full one (穆寨街道办事处); a report naming whose year it sums up (全面总结某街道办事处2025年…
工作情况) gave none. A clause holding two names, a party body, 我/全/各 or a township government's
office still gives none."""

from __future__ import annotations

import pytest

from core.importers.opening import names_a_place, opening_subject
from core.importers.text import import_text
from importers.files import differences, fixture, table_text


def _headed(*head: str) -> tuple[str, dict[str, object]]:
    """The sample's copy with ``head`` in place of its title line, and the cells it holds."""
    report = fixture("samples/huaian-city-2024")
    lines = table_text(report, "tab").split("\n")
    return "\n".join([*head, *lines[1:]]), dict(report.cells)


@pytest.mark.parametrize(("paragraph", "organ"), [
    ("2025年，东岭街道立足自身政府信息公开工作实际，严格对标工作要点。", "东岭街道"),
    ("2022年度，禾县交通运输局未发生因政府信息公开引发的行政复议案。", "禾县交通运输局"),
    ("2024年，西岭街道办事处在政府信息公开工作上深入学习。", "西岭街道办事处"),
    ("2025年，河西区人民政府东岭街道办事处立足实际，推进公开。", "河西区人民政府东岭街道办事处"),
    ("2025年，禾县住房和城乡建设局立足职能，推进公开。", "禾县住房和城乡建设局"),
    ("2025年，禾县乡村振兴局对标要求，推进公开。", "禾县乡村振兴局"),
    ("2024年，大禾镇人民政府对标要求，推进公开。", "大禾镇人民政府"),
    ("本报告根据《条例》编制，全面总结河西区人民政府东岭街道办事处2025年政府信息公开工作情况。",
     "河西区人民政府东岭街道办事处"),
    ("(一)主动公开。2024年，东岭街道积极做好政务信息公开工作。", "东岭街道"),
    ("1.组织领导：2025年，禾县交通运输局对政府信息公开高度重视。", "禾县交通运输局"),
    ("2025年，禾县人民政府办公室以提升政务公开质效为核心。", "禾县人民政府办公室"),
])
def test_the_subject_before_any_verb_is_read(paragraph: str, organ: str) -> None:
    found = opening_subject([paragraph], any_verb=True)
    assert found is not None and found[0] == organ and found[1] in paragraph
    assert opening_subject([paragraph]) is None       # (the report's other words come first)
    text, cells = _headed("一、总体情况", paragraph)
    got, log = import_text(text, "x.txt")
    assert got.organ == organ and differences(got, cells) == []
    assert any("正文开头" in note for note in log.notes)


@pytest.mark.parametrize("paragraph", [
    "2025年，全街道立足实际，推进公开。",
    "2025年，街道党工委立足实际，推进公开。",
    "2025年，我街道立足实际，推进公开。",
    "2025年，本街道立足实际，推进公开。",
    "2025年，东岭街道党工委立足实际，推进公开。",
    "2025年，河西区各街道立足实际，推进公开。",
    "2025年，禾县各乡镇立足实际，推进公开。",
    "2025年，东岭街道联合辖区便民服务中心开展公开。",
    "2023年，大禾镇人民政府办公室依托网站公开信息。",
    "2025年，区财政局立足职能，推进公开。",
    "2025年，东岭街道官方网站发布信息12条。",
    "2024年，禾县公安局联合我镇开展普法宣传。",
])
def test_a_subject_that_is_not_the_organ_is_not_read(paragraph: str) -> None:
    assert opening_subject([paragraph], any_verb=True) is None
    text, _ = import_text(_headed("一、总体情况", paragraph)[0], "x.txt")[0], None
    assert text.organ == ""


@pytest.mark.parametrize("paragraph", [
    "(二)依申请公开。2023年，大禾镇人民政府办公室严格按照要求办理。",
    "(二)依申请公开。2023年，禾县统计局办公室严格按照要求办理。",
])
def test_an_office_of_the_organ_after_a_run_in_heading_is_not_read(paragraph: str) -> None:
    """The heading run in is passed over for the any-verb reading; the office at work behind it is a part of
    the organ (a township government's, a bureau's), never the organ."""
    assert opening_subject([paragraph], any_verb=True) is None


def test_a_contact_naming_the_organ_comes_before_the_subject_any_verb_reads() -> None:
    contact = "如对本报告有疑问，请与禾县大禾乡党政办公室联系。"
    text, cells = _headed(contact, "一、总体情况", "2024年，大禾乡收到依申请公开申请0件。")
    got, _ = import_text(text, "x.txt")
    assert got.organ == "禾县大禾乡" and differences(got, cells) == []


@pytest.mark.parametrize(("paragraphs", "organ"), [
    (["现将穆岭街道办事处2021年度信息公开工作的总体情况、主动公开信息情况等方面的报告如下。",
      "2021年，穆岭街办在区委、区政府的坚强领导下，认真贯彻《条例》。"], "穆岭街道办事处"),
    (["2024年，大禾镇认真贯彻《条例》。", "大禾镇人民政府门户网站主动公开信息12条。"], "大禾镇人民政府"),
    (["2024年，大禾乡认真贯彻《条例》。", "地址：禾县大禾乡人民政府二楼。"], "大禾乡"),
    (["2024年，大禾镇认真贯彻《条例》。", "大禾镇人民政府、大禾镇人民代表大会…"], "大禾镇人民政府"),
])
def test_the_fuller_name_the_opening_prints_is_read(paragraphs: list[str], organ: str) -> None:
    found = opening_subject(paragraphs)
    assert found is not None and found[0] == organ


@pytest.mark.parametrize(("name", "place"), [
    ("镇康县财政局", True), ("镇江市统计局", True), ("全椒县人民政府", True), ("乡宁县人民政府", True),
    ("镇政府", False), ("全县", False), ("乡村振兴局", False), ("镇城市管理局", False), ("全区县", False),
    ("县级市人民政府", False), ("县市场监督管理局", False),
])
def test_a_place_whose_name_begins_with_a_kind_of_place(name: str, place: bool) -> None:
    """镇康县, 镇江市, 全椒县: a county's or city's own name may begin with 镇, 乡 or 全 (2024年，镇康县财政局深入
    贯彻… was read as no organ); 镇政府, 全县, 乡村振兴局 name none."""
    assert names_a_place(name) is place
    found = opening_subject([f"2024年，{name}深入贯彻落实《条例》。"])
    assert (found is not None and found[0] == name) is (place and name.endswith(("局", "政府")))
