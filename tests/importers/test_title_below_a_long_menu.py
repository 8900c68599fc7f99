"""A saved web page whose site menus run to dozens of lines above the article's title (an audit of the
corpus, helper 72: 平潭综合实验区行政审批局 2024, 69 lines of 国务院 / 省政府 / 首页 / 政务公开 … before
its title). The title was looked for in the head's first 12 lines only: it was missed, the organ left
blank, F1 warned of a title without an organ, and the menus were read as the preamble."""

from __future__ import annotations

from pathlib import Path

from core.importers import import_file
from core.importers.text import import_text
from core.validate import validate
from importers.files import differences, fixture, table_text

SEED = "seeds/003_bd56896d5bf88536"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"
MENU = ["国务院", "省政府", "移动版", "登录", "注册", "网站支持IPV6", "首页", "政务公开", "解读回应", "办事服务",
        "互动交流", "政府信息公开", "领导之窗", "政府机构", "要闻", "政府会议", "最新文件", "政策文件库",
        "公示公告", "规划信息", "人事信息", "统计信息", "数据开放", "专题专栏", "新闻发布会", "回应关切",
        "在线访谈", "网上调查", "民意征集", "当前位置：", "首页", "政务公开", "政府信息公开年报"]


def test_a_title_below_a_long_menu_gives_the_organ_and_ends_the_menu() -> None:
    report = fixture(SEED)
    text = table_text(report, "tab")
    title = report.display_title()
    opening = f"根据《条例》要求，结合我局实际，编制{report.year}年政府信息公开工作年度报告。"
    text = text.replace(title, "\n".join(MENU + [title, "来源：办公室", opening]), 1)
    got, _ = import_text(text, "page.txt")
    assert (got.organ, got.year, got.title) == (report.organ, report.year, title)
    preamble = got.texts.get("preamble", "")
    assert preamble.startswith(opening), preamble
    assert not any(word in preamble for word in ("网站支持IPV6", "领导之窗", "民意征集"))
    assert differences(got, dict(report.cells)) == []


def test_a_sentence_naming_a_report_further_down_is_no_title() -> None:
    """Only a line that is a title and nothing else: a preamble's 现将…报告公布如下 is prose."""
    report = fixture(SEED)
    text = table_text(report, "tab")
    title = report.display_title()
    said = f"现将{report.organ}{report.year}年政府信息公开工作年度报告公布如下"
    text = text.replace(title, "\n".join(MENU + [said]), 1)
    got, _ = import_text(text, "page.txt")
    assert said in got.texts.get("preamble", "")


def test_the_real_page() -> None:
    report, _ = import_file(CORPUS / "code-pingtan-hzs-2024.html")
    assert (report.organ, report.title) == ("平潭综合实验区行政审批局", "平潭综合实验区行政审批局2024年政府信息公开工作年度报告")
    assert "领导之窗" not in report.texts.get("preamble", "")
    assert not [f for f in validate(report) if f.rule == "F1"]
