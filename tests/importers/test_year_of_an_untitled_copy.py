"""The year of a copy that names it nowhere but in its signature, and the refusal of one that names it
nowhere at all (issue 17).

金山镇 2019 (an excerpt of the report's prose: no title, no table, no statistical period) was refused as
"不像是政府信息公开工作年度报告" although its sections' headings are the form's: what it lacked was its
year, which its 落款 (金山镇人民政府 / 2020年1月23日) gives — a report is published early in the year
after the one it reports. A year so read is told to the clerk, and never stands over a title's or a
statistical period's; with no year anywhere the clerk is asked for it (``YearNotFound``)."""

from __future__ import annotations

import pytest

from core.importers import stated
from core.importers.model import ImportError_, YearNotFound
from core.importers.text import import_text

BODY = ("四、政府信息公开行政复议、行政诉讼情况\n\n"
        "五、存在的主要问题及改进情况\n"
        "2019年我镇信息公开工作发挥了积极作用。但是,仍存在一些问题和不足。\n"
        "六、其他需要报告的事项\n"
        "全年未出现因政府信息公开申请行政复议、提起行政诉讼的情况。\n\n")


def signed(date: str) -> str:
    return BODY + "                某某县某某镇人民政府\n\n                        " + date + "\n\n"


@pytest.mark.parametrize("date", ["2020年1月23日", "二〇二〇年一月二十三日", "2020年3月5日",
                                  "2020 年1月\n23 日"])   # (pushed right by spaces, its day wrapped by the page)
def test_a_copy_signed_early_in_a_year_reports_the_year_before(date: str) -> None:
    got, log = import_text(signed(date), "x.txt")
    assert got.year == 2019 and got.organ.endswith("某某镇人民政府")
    assert any("落款日期" in n and date.replace("\n", "") in n and "2019 年" in n for n in log.notes), log.notes


def test_a_signature_later_in_the_year_settles_nothing() -> None:
    """Signed in June: late, or the year's own report — the date does not say; the clerk is asked."""
    with pytest.raises(YearNotFound):
        import_text(signed("2020年6月1日"), "x.txt")


def test_a_signature_never_stands_over_the_title_or_the_period() -> None:
    titled, _ = import_text("某某县某某镇2021年政府信息公开工作年度报告\n" + signed("2020年1月23日"), "x.txt")
    assert titled.year == 2021
    period = "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
    stated_period, _ = import_text(period + signed("2020年1月23日"), "x.txt")
    assert stated_period.year == 2022


def test_a_report_by_its_headings_naming_no_year_asks_for_it() -> None:
    """No year anywhere (no title, period, publication date or signature): the clerk is asked for the
    year, not told the text does not look like a report; with the year given it is read."""
    text = BODY.replace("2019年", "今年")
    with pytest.raises(YearNotFound) as info:
        import_text(text, "x.txt")
    assert "不像是" not in str(info.value)
    got, log = import_text(text, "x.txt", 2019)
    assert got.year == 2019 and any("按您指定的 2019 年" in n for n in log.notes)


def test_a_titled_copy_naming_no_year_asks_for_it() -> None:
    with pytest.raises(YearNotFound):
        import_text("某某县某某镇政府信息公开工作年度报告\n全年未出现因政府信息公开申请行政复议的情况。\n", "x.txt")


def test_a_signed_notice_is_still_no_report() -> None:
    """A signature's date gives a year, not a report: a notice signed so is refused as before."""
    notice = ("根据《中华人民共和国政府信息公开条例》,现就有关事项通知如下。请各单位按时报送。\n"
              "某某县人民政府办公室\n2020年1月23日\n")
    with pytest.raises(ImportError_) as info:
        import_text(notice, "x.txt")
    assert not isinstance(info.value, YearNotFound) and "不像是政府信息公开工作年度报告" in str(info.value)


@pytest.mark.parametrize(("date", "year"), [("2020年1月23日", 2019), ("2020 年 2 月 1 日", 2019),
                                            ("二〇二五年三月三十日", 2024), ("2020年4月1日", None),
                                            ("二〇二〇年十二月三十日", None), (None, None), ("", None)])
def test_the_year_a_signature_date_reports(date: str | None, year: int | None) -> None:
    assert stated.signed_year(date) == year
