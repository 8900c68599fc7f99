"""Titles on pages of 西安 district departments (unseen-report trial, 陕西 slice): a page's visit
counter above a title wrapped after the organ, and a title that puts the year after 信息公开工作.
The lines are the real pages' own (a mirror in traditional characters)."""

from __future__ import annotations

from core.importers.prose import title_parts
from core.importers.text import import_text

TABLE = ("二、主動公開政府信息情況\n"
         "第二十條第(一)項 | |||\n"
         "信息內容 | 本年制發件數 | 本年廢止件數 | 現行有效件數 |\n"
         "規章 | 0 | 0 | 0 |\n"
         "行政規范性文件 | 0 | 0 | 0 |\n")
TABLE_2019 = ("二、主動公開政府信息情況\n"
              "第二十條第(一)項 | |||||\n"
              "信息內容 | 本年新 制作數量 | 本年新 公開數量 | 對外公開總數量 | ||\n"
              "規章 | 0 | 0 | 0 | ||\n"
              "規范性文件 | 0 | 0 | 0 | ||\n")


def test_a_visit_counter_above_a_wrapped_title_is_not_the_organs_first_word() -> None:
    """高陵区文化和旅游体育局 2021: 瀏覽次數:次 / the organ / 2021年…報告. The counter's 次 was joined
    in front of the organ (次西安市高陵区文化和旅游体育局) and put in the title the checks read."""
    text = ("瀏覽次數:次\n西安市高陵區文化和旅游體育局\n2021年政府信息公開工作年度報告\n一、總體情況\n"
            "2021年，在區委、區政府的正確領導下，緊密結合實際。\n" + TABLE)
    report, log = import_text(text, "gaoling.txt")
    assert (report.year, report.organ) == (2021, "西安市高陵区文化和旅游体育局")
    assert report.title == "西安市高陵区文化和旅游体育局2021年政府信息公开工作年度报告"
    assert not any("次西安" in n for n in log.notes), log.notes


def test_a_counter_or_date_field_with_the_title_on_the_same_line_stays_the_title() -> None:
    """Only a field line that holds no title is set aside: a page that prints its date beside the
    title on one line still has its title read from that line."""
    text = ("西安市高陵区文化和旅游体育局2021年政府信息公开工作年度报告 发布时间：2022-01-14 浏览次数：23\n"
            "一、总体情况\n2021年，在区委、区政府的正确领导下。\n" + TABLE)
    report, _ = import_text(text, "same-line.txt")
    assert (report.year, report.organ) == (2021, "西安市高陵区文化和旅游体育局")


def test_a_title_with_the_year_after_xinxi_gongkai_gongzuo_names_organ_and_year() -> None:
    """阎良区机关事务服务中心 2021: 西安市閻良區機關事務服務中心 / 政府信息公開工作2021年度報告. The
    title was not known for one, so the organ was left for the clerk to type and the year taken from
    the prose (with a note that nothing stated it)."""
    text = ("瀏覽次數:次\n西安市閻良區機關事務服務中心\n政府信息公開工作2021年度報告\n一、總體情況\n"
            "2021年,區機關事務服務中心深入貫徹落實《中華人民共和國政府信息公開條例》。\n" + TABLE_2019)
    report, log = import_text(text, "yanliang.txt")
    assert (report.year, report.organ) == (2021, "西安市阎良区机关事务服务中心")
    assert report.title == "西安市阎良区机关事务服务中心政府信息公开工作2021年度报告"
    assert not any("没有写明年度" in n or "没有写明单位名称" in n for n in log.notes), log.notes


def test_the_year_inside_title_on_one_line() -> None:
    assert title_parts("某县人民政府信息公开工作2024年度报告") == ("某县人民政府", 2024, "某县人民政府信息公开工作2024年度报告")
    assert title_parts("政府信息公开工作2021年度报告") == ("", 2021, "政府信息公开工作2021年度报告")
    assert title_parts("关于做好政府信息公开工作2021年度报告的通知") is None
