"""Copies of real 2022/2023 reports from 山东, 陕西, 天津 (helper 73): what their pages print around
the report that was read wrong before."""

from __future__ import annotations

from core.importers.text import import_text
from importers.files import differences, fixture, table_text

SEED = "seeds/003_bd56896d5bf88536"


def test_a_bulleted_name_field_above_the_title_gives_the_organ_without_its_label() -> None:
    """兰陵县新兴镇 2022: the page lists its fields as bullets (• 发布机构 …, • 名称 …2022年…报告) above
    the title; 名称 was read as the start of the organ's name (名称兰陵县新兴镇)."""
    report = fixture(SEED)
    text = table_text(report, "lines")
    head = (f"欢迎访问本县人民政府网站!\n  • 索引号 xxz/{report.year + 1}-0000001\n  • 发布机构 {report.organ}\n"
            f"  • 公开目录 乡镇、街道信息公开工作年度报告\n  • 公开方式 主动公开\n"
            f"  • 名称 {report.organ}{report.year}年政府信息公开工作年度报告\n"
            f"{report.organ}{report.year}年政府信息公开工作年度报告")
    got, _ = import_text(text.replace(report.display_title(), head, 1), "x.txt")
    assert got.organ == report.organ
    assert not got.title.startswith("名称"), got.title
    assert differences(got, dict(report.cells)) == []


def _untitled(opening: str) -> str:
    """A copy that starts at 一、总体情况 (no title), its organ named only in a paragraph's first words."""
    report = fixture(SEED)
    text = table_text(report, "lines").replace(report.display_title() + "\n", "", 1)
    head = f"一、总体情况\n{report.year}年,我局政府信息公开工作紧密结合本地实际。\n(一)主动公开情况\n{opening}\n"
    return text.replace("二、主动公开政府信息情况", head + "二、主动公开政府信息情况", 1)


def test_a_one_character_county_begins_an_organs_name() -> None:
    """洋县自然资源局 2023: 洋县, 易县, 滑县, 莘县 — one character before 县 is a county's whole name;
    the opening's organ was read only when two characters stood before the unit."""
    got, log = import_text(_untitled("2022年,易县人民政府认真贯彻落实《条例》,主动公开信息12条。"), "x.txt")
    assert got.organ == "易县人民政府", (got.organ, log.notes)
    got, _ = import_text(_untitled("2022年,该县自然资源局认真贯彻落实《条例》。"), "x.txt")
    assert got.organ == ""                                   # 该县, 本县: no county's name


def test_an_opening_naming_its_organ_before_gong_gives_the_organ() -> None:
    """"2023年度,洋县自然资源局共完成政府网站信息发布65条": 共 (共完成, 共发布, 共受理) follows the
    organ as 共公开 did; a website counted with 共 is no organ."""
    got, log = import_text(_untitled("2023年度,宁强县自然资源局共完成政府网站信息发布65条。"), "x.txt")
    assert got.organ == "宁强县自然资源局", (got.organ, log.notes)
    got, _ = import_text(_untitled("2023年度,宁强县人民政府门户网站共发布信息65条。"), "x.txt")
    assert got.organ == ""


def test_a_copy_without_a_title_is_not_told_its_title_lacks_the_year() -> None:
    """洋县自然资源局 2023 starts at 一、总体情况: the year comes from the statistical period, and the
    note said "标题中未找到年度" of a title the copy does not print."""
    got, log = import_text(_untitled("2023年度,宁强县自然资源局共完成政府网站信息发布65条。"), "x.txt")
    assert any(n.startswith("原文没有标题，按统计期限定为") for n in log.notes), log.notes
    assert not any("标题中未找到年度" in n for n in log.notes), log.notes
