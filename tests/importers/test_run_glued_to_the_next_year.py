"""A run-together copy (a crawler's text of a page, every cell and paragraph on one line) whose
table is followed straight by a paragraph opening with the year: "行政事业性收费02025年，我局…",
"四、结转下年度继续办理20000022025年，我局…". The last cell's digits and the year are one run
followed by 年, and a number followed by 年 is prose (行政复议1起, 规范性文件15件), so the whole row
went unread. A run followed by 年 that ends in a year (19xx/20xx) after other digits is the cell,
then the next sentence's year; digits before 年 that do not end in a year, or a year alone, stay
prose as before. Found in codey-pingtan-scj-2025 (平潭综合实验区市场监督管理局2025年度报告)."""

from __future__ import annotations

import pytest

from core.importers.text import import_text

_COLS = ("natural", "commercial", "research", "nonprofit", "legal", "other", "total")
_ROWS = ["（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
         "（三）不予公开1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
         "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
         "8.属于行政查询事项", "（四）无法提供1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
         "3.补正后申请内容仍不明确", "（五）不予处理1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
         "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
         "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
         "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]


def _page(fees: str, carried: str, after_fees: str = "，我局按规定主动公开政府信息。",
          after_carried: str = "，我局共收到政府信息公开申请21件，均按时办结。") -> str:
    """One line like the crawled copy: prose, 表二, 表三 (21 received, 19 handled, 2 carried on)."""
    results = {"（一）予以公开": "1000001", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "110000011",
               "7.属于行政执法案卷": "3000003",
               "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": "2000002",
               "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请": "2000002"}
    body = ("某市市场监督管理局2025年度政府信息公开工作年度报告 一、总体情况2025年，我局认真落实政府信息公开工作要求，"
            "坚持以公开为常态、不公开为例外，规范开展主动公开和依申请公开工作，切实保障人民群众的知情权、参与权和监督权。"
            "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000"
            "行政规范性文件000第二十条第（五）项信息内容本年处理决定数量行政许可0第二十条第（六）项信息内容"
            "本年处理决定数量行政处罚187行政强制42第二十条第（八）项信息内容本年收费金额（单位：万元）"
            f"行政事业性收费{fees}{after_fees}"
            "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
            "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
            "一、本年新收政府信息公开申请数量210000021二、上年结转政府信息公开申请数量0000000三、本年度办理结果")
    body += "".join(f"{label}{results.get(label, '0000000')}" for label in _ROWS)
    body += (f"（七）总计190000019四、结转下年度继续办理{carried}{after_carried}"
             "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
             "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
             "000000000000000五、存在的主要问题及改进情况政策解读形式有待丰富。六、其他需要报告的事项无。")
    return "某市市场监督管理局2025年度政府信息公开工作年度报告\n" + body + "\n"


def test_a_row_glued_to_the_next_paragraphs_year_is_read() -> None:
    report, _ = import_text(_page("02025年", "20000022025年"), "glued.txt")
    assert report.cells.get("art20_8/fees/amount") == 0
    assert [report.cells.get(f"requests/4/{c}") for c in _COLS] == [2, 0, 0, 0, 0, 0, 2]
    assert report.cells.get("requests/3.7/total") == 19
    assert report.cells.get("art20_6/penalty/decisions") == 187


def test_a_year_printed_apart_after_the_row_is_left_to_the_sentence() -> None:
    report, _ = import_text(_page("0 2025年", "2 0 0 0 0 0 2 2025年"), "apart.txt")
    assert report.cells.get("art20_8/fees/amount") == 0
    assert [report.cells.get(f"requests/4/{c}") for c in _COLS] == [2, 0, 0, 0, 0, 0, 2]


@pytest.mark.parametrize("fees, why", [
    ("2025年", "a year alone: the row printed nothing, the 2025 is the sentence's"),
    ("31年", "digits before 年 not ending in a year are prose (a count of years), not a cell"),
    ("12345年", "five digits before 年 whose last four are no year"),
])
def test_digits_before_nian_that_are_not_a_cell_then_a_year_stay_unread(fees: str, why: str) -> None:
    report, _ = import_text(_page(fees, "2000002"), "prose.txt")
    assert report.cells.get("art20_8/fees/amount") is None, why
    assert [report.cells.get(f"requests/4/{c}") for c in _COLS] == [2, 0, 0, 0, 0, 0, 2]


def test_a_glued_row_reads_as_the_same_row_set_apart_from_its_year() -> None:
    """The year taken off, the run is any run: split (or not) by the same rules as the row printed
    apart from the next sentence — here 3000002, whose digits are as many as the columns."""
    glued, _ = import_text(_page("0", "30000022025年"), "glued.txt")
    apart, _ = import_text(_page("0", "3000002", after_carried="。2025年，我局共收到政府信息公开申请21件。"),
                           "apart.txt")
    assert [glued.cells.get(f"requests/4/{c}") for c in _COLS] == \
        [apart.cells.get(f"requests/4/{c}") for c in _COLS]
    assert ("requests/4/total" in glued.missing) == ("requests/4/total" in apart.missing)
