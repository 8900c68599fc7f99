"""A row some provinces add to the form's tables, 其他主动公开文件（含以本单位…除规范性文件以外的主动
公开文件…）(湖北 2020: 蚌埠铁路社区, 黄石体育中心), names the form's 规范性文件 inside its words. Where a copy
lost the 规范性文件 row (a line dropped), its numbers were read as 规范性文件's and the table shown
sure: a label that opens with 其他 names what is *not* the rows before it, and stands for none of them."""

from __future__ import annotations

from core.importers.text import import_text

HEAD = ("某社区2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | |||\n"
        "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n")
RULES = "规章(设区的市、自治州人民政府应提供相关数据) | 0 | 0 | 0 |\n"
NORMATIVE = ("规范性文件(行政机关制定发布的决定、公告、通告、意见、通知,以及标题采用“规定”“办法”“细则”“规范”"
             "“规程”“规则”等字样的公文,一般情况下属于规范性文件) | 2 | 2 | 5 |\n")
OTHER = ("其他主动公开文件(含以本单位或本单位办公室名义正式签发的、除规范性文件以外的主动公开文件,可参考本单位"
         "政府信息公开平台“其他主动公开文件”栏目数据) | 7 | 3 | 9 |\n")
TAIL = ("第二十条第(五)项 | |||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n行政许可 | 4 | 0 | 6 |\n"
        "其他对外管理服务事项 | 1 | 0 | 0 |\n")
COLS = ("made", "published", "total_public")


def _read(body: str) -> dict[str, list[object]]:
    report, _ = import_text(HEAD + body + TAIL, "x.txt")
    return {r: ["-" if f"art20_1/{r}/{c}" in report.missing else report.cells.get(f"art20_1/{r}/{c}") for c in COLS]
            for r in ("rules", "normative")}


def test_the_other_row_is_not_read_as_the_row_the_copy_lost() -> None:
    assert _read(RULES + OTHER) == {"rules": [0, 0, 0], "normative": ["-", "-", "-"]}


def test_the_other_row_alone_is_no_row_of_the_form() -> None:
    assert _read(OTHER) == {"rules": ["-", "-", "-"], "normative": ["-", "-", "-"]}


def test_the_form_rows_beside_the_other_row_are_read() -> None:
    assert _read(RULES + NORMATIVE + OTHER) == {"rules": [0, 0, 0], "normative": [2, 2, 5]}


def test_the_form_rows_named_other_are_still_read() -> None:
    """2019's 其他对外管理服务事项 opens with 其他 itself: still its row."""
    report, _ = import_text(HEAD + RULES + NORMATIVE + TAIL, "x.txt")
    assert [report.cells.get(f"art20_5/other_services/{c}") for c in ("prev_items", "change", "decisions")] == [1, 0, 0]
