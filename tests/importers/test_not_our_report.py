"""Real documents a clerk may feed the importer that are no report of a supported form
(tests/fixtures/not_reports/, each as the search tool returned it): refused with a Chinese message
saying why, never read onto our form as if they were one."""

from __future__ import annotations

import pytest

from core.importers import ImportError_, import_file
from core.importers.prose import named_in_sentence
from importers.files import FIXTURES

DOCS = FIXTURES / "not_reports"


@pytest.mark.parametrize("name,year,said", [
    ("tljq-xiang-2017", 2017, "正文开头所说的年份"),        # was read: its 五、收费及减免 under 五、存在的主要问题…
    ("binjiang-ju-2017-traditional", 2017, "统计期限"),      # 繁体; its 二、依申请公开 text under 二、主动公开
    ("sanming-city-2018", 2018, "标题"),
    ("putian-notice-2009", 2009, "正文开头所说的年份"),       # a notice on writing the 2009 report, old 附表
])
def test_a_report_on_the_form_before_2019_is_refused(name: str, year: int, said: str) -> None:
    """Before: imported on the 2021 form ("原文表格为2021版格式", untrue), its old sections' words put
    under the form's headings of the same number, 四、…行政复议… taken for 表四's header."""
    with pytest.raises(ImportError_) as info:
        import_file(DOCS / f"{name}.txt")
    message = str(info.value)
    assert f"写的是 {year} 年度" in message and f"年度按{said}" in message
    assert "2019 年以前" in message and "2019 年度及以后" in message


def test_the_notice_issuing_the_format_is_no_report() -> None:
    """Before: read as 中华人民共和国's 2021 report, organ "9月26日中华人民共和国" — its date line
    (2021年9月26日) joined to the lines under it as a title wrapped over three lines."""
    with pytest.raises(ImportError_) as info:
        import_file(DOCS / "format-notice-2021.txt")
    assert "未找到任何统计表" in str(info.value)


def test_a_genuine_2019_report_is_still_read() -> None:
    report, _ = import_file(DOCS / "yangling-jiaoyuju-2019.txt")
    assert (report.year, report.organ, report.form.format) == (2019, "示范区教育局", "2019")
    assert report.cells["art20_5/license/prev_items"] == 2


@pytest.mark.parametrize("sentence", [
    # 沙塘镇人民政府's 2016 report: the word before 编制 says how, not who
    "根据《中华人民共和国政府信息公开条例》第三十二条规定,沙塘镇政府结合实际工作,认真编制了2016年度政府信息公开年度报告。",
    # a university's report for the school year 2021—2022: 我校 is no name, 2021— no part of one
    "根据《教育部办公厅关于做好2022年高校信息公开年度报告工作的通知》要求,现将我校2021—2022年度信息公开工作报告如下",
])
def test_a_sentence_naming_its_report_gives_no_false_organ(sentence: str) -> None:
    """Before: organ "认真" and "我校2021—"."""
    assert named_in_sentence(sentence) is None
