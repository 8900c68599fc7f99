"""Ways real pages the importer had not seen broke it (issue 17, this round's corpus batch): a copy
cut off inside its only data row, a title wrapped after the organ with no year, and a preamble
that names its report 特编制2023年度XX信息公开年度报告. The lines are the real pages' own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.importers.text import import_text

HEADER = (
    "三、收到和处理政府信息公开申请情况\n"
    "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||\n"
    "自然人 | 法人或其他组织 | 总计 | |||||||\n"
    "商业 企业 | 科研 机构 | 社会公益组织 | 法律服务 机构 | 其他 | |||||\n"
)
TITLE = "黑河市气象局2021年政府信息公开工作年度报告\n"


def _row(report: object, row: str) -> dict[str, object]:
    cells = report.cells  # type: ignore[attr-defined]
    missing = report.missing  # type: ignore[attr-defined]
    return {a.split("/")[2]: ("未读取" if a in missing else cells.get(a)) for a in cells if a.startswith(f"requests/{row}/")}


def test_a_copy_cut_inside_its_only_data_row_reads_that_row_from_the_left() -> None:
    """黑河市气象局 2021: the page ends four numbers into 表三's first row. It was read as a table of
    four columns (自然人, 其他 and 总计 "blank", the four 0s under 商业企业…法律服务机构, one wrong)."""
    report, log = import_text(TITLE + HEADER + "一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 ", "heihe.txt")
    assert _row(report, "1") == {"natural": 0, "commercial": 0, "research": 0, "nonprofit": 0,
                                 "legal": "未读取", "other": "未读取", "total": "未读取"}
    assert not any("原文没有" in n for n in log.notes), log.notes
    assert any("截断" in n for n in log.notes)


def test_a_cut_last_row_after_full_rows_leaves_its_rest_unread() -> None:
    """The same cut after whole rows: the missing cells were called printed empty."""
    text = (TITLE + HEADER + "一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |\n"
            "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
            "三、本年度办理结果 | (一)予以公开 | 2 | 1 | 0 ")
    report, _ = import_text(text, "cut.txt")
    assert _row(report, "1")["total"] == 4
    got = _row(report, "3.1")
    assert (got["natural"], got["commercial"], got["research"]) == (2, 1, 0)
    assert {got[c] for c in ("nonprofit", "legal", "other", "total")} == {"未读取"}


def test_a_pipe_row_printed_short_before_the_end_is_not_placed() -> None:
    """Not at the source's end, a pipe row printing one figure of seven, its pipes marking no empty
    cell: which column the 0 stands in is not printed (a converter drops empty cells anywhere), so the
    row is left unread, not read from the left as it was (helper 221); a tab row is (test_short_rows)."""
    text = (TITLE + HEADER + "一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |\n"
            "二、上年结转政府信息公开申请数量 | 0 |\n"
            "三、本年度办理结果 | (一)予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n四、结束语\n")
    report, _ = import_text(text, "short.txt")
    got = _row(report, "2")
    assert set(got.values()) == {"未读取"}, got
    assert _row(report, "3.1")["total"] == 3


def test_a_title_wrapped_after_the_organ_without_a_year() -> None:
    """乌海市工业和信息化局 2020: the organ on one line, 政府信息公开工作年度报告 on the next, the
    year only in the statistical period."""
    text = ("乌海市工业和信息化局\n政府信息公开工作年度报告\n"
            "为切实做好政府信息公开工作,…现将我局政务公开工作报告如下。\n一、总体情况\n"
            "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日。\n"
            "二、主动公开政府信息情况\n第二十条第(一)项 | ||||\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
            "规章 | 0 | 0 | 0 |\n")
    report, _ = import_text(text, "wuhai.txt")
    assert (report.year, report.organ) == (2020, "乌海市工业和信息化局")


def test_a_preamble_naming_its_report_year_first_after_te_bianzhi() -> None:
    """和静县克尔古提乡 2023: no title; 特编制2023年度XX信息公开年度报告 names the organ after the year."""
    text = ("根据《中华人民共和国政府信息公开条例》特编制2023年度和静县克尔古提乡人民政府办公室信息公开年度报告。"
            "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n"
            "二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n"
            "规章 |\n0 |\n0 |\n0 |\n")
    report, _ = import_text(text, "hejing.txt")
    assert (report.year, report.organ) == (2023, "和静县克尔古提乡人民政府办公室")


def test_a_converter_writing_dang_an_for_wen_jian_keeps_the_normative_row() -> None:
    """武汉市生态环境局 2020, copied from its 繁体 page: the site's converter used Taiwan phrasing,
    so 规范性文件 reads 規範性檔案 (规范性档案 once simplified), and the row was not found."""
    text = ("武漢市生態環境局2020年政府信息公開工作年度報告\n二、主動公開政府信息情況\n第二十條第(一)項 | |||||\n"
            "信息內容 | 本年新 製作數量 | 本年新 公開數量 | 對外公開總數量 | ||\n"
            "規章(設區的市、自治州人民政府應提供相關數據) | 0 | 0 | 0 | ||\n"
            "規範性檔案(行政機關制定發布的決定、公告、通告、意見、通知,一般情況下屬於規範性檔案) | 2 | 2 | 19 | ||\n"
            "其他主動公開檔案(含以本單位或本單位辦公室名義正式簽發的、除規範性檔案以外的主動公開檔案) | 186 | 86 | 255 | ||\n")
    report, _ = import_text(text, "wuhan.txt")
    assert [report.cells.get(f"art20_1/normative/{c}") for c in ("made", "published", "total_public")] == [2, 2, 19]


@pytest.mark.parametrize("layout", ["pipes", "lines"])
def test_wei_zeng_wei_jian_in_the_change_column_is_zero(layout: str) -> None:
    """始兴县退役军人事务局 2020: 本年增/减 printed 未增未减. One cell per line, the word was taken for
    a row label (14 cells lost); with pipes, 处理决定数量 was called blank (wrong)."""
    rows = [("行政许可", "3", "未增未减", "12"), ("其他对外管理服务事项", "0", "未增未减", "0")]
    if layout == "pipes":
        body = "".join(f"{a} | {b} | {c} | {d} |\n" for a, b, c, d in rows)
    else:
        body = "".join(f"{a} |\n{b} |\n{c} |\n{d} |\n" for a, b, c, d in rows)
    text = ("始兴县退役军人事务局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(五)项 |\n"
            + ("信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n" if layout == "pipes"
               else "信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n") + body)
    report, log = import_text(text, "shixing.txt")
    got = {a: report.cells.get(a) for a in report.cells if a.startswith("art20_5/")}
    assert got == {"art20_5/license/prev_items": 3, "art20_5/license/change": 0, "art20_5/license/decisions": 12,
                   "art20_5/other_services/prev_items": 0, "art20_5/other_services/change": 0,
                   "art20_5/other_services/decisions": 0}
    assert any("未增未减" in n for n in log.notes)


def test_a_mixed_template_is_read_on_the_form_its_year_requires() -> None:
    """A 2021 report whose 第二十条第（一）项 still carries 2019's header (本年新制作数量…) and 规范性文件,
    its (五)(六)(八) in the 2021 layout: it was read as 2019, 行政事业性收费 282.1 refused as a
    项目数量. Read on the 2021 form, with a note that the headers are mixed."""
    text = ("一、总体情况\n2021年,我局按照区政府的部署……\n二、主动公开政府信息情况\n第二十条第(一)项 |\n"
            "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n规章 | 0 | 0 | 0 |\n规范性文件 | 0 | 0 | 0 |\n"
            "第二十条第(五)项 |\n信息内容 | 本年处理决定数量 |\n行政许可 | 5 |\n"
            "第二十条第(六)项 |\n信息内容 | 本年处理决定数量 |\n行政处罚 | 0 |\n行政强制 | 0 |\n"
            "第二十条第(八)项 |\n信息内容 | 本年收费金额(单位:万元) |\n行政事业性收费 | 282.1 |\n")
    report, log = import_text(text, "mixed.txt", 2021)
    assert report.form.format == "2021"
    assert report.cells["art20_8/fees/amount"] == Decimal("282.1") and report.cells["art20_5/license/decisions"] == 5
    assert any("混用了两版格式" in n for n in log.notes)


CHUANZHU = ("2019年川主乡政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
            "信息内容本年新制作数量本年新公开数量对外公开总数量\n规章000\n规范性文件000\n第二十条(五)项\n"
            "信息内容上一年项目数量本年增/减处理决定数量\n行政许可{licence}\n其他对外管理服务事项000\n第二十条(六)项\n"
            "信息内容上一年项目数量本年增/减处理决定数量\n行政处罚000\n行政强制000\n第二十条(八)项\n"
            "信息内容上一年项目数量本年增/减\n行政事业性收费00\n")


def test_labels_run_into_their_digits_are_split_a_digit_a_cell() -> None:
    """川主乡 2019: every row printed with its label run into its digits (规章000); 20 cells lost."""
    report, _ = import_text(CHUANZHU.format(licence="000"), "chuanzhu.txt")
    got = {a: v for a, v in report.cells.items() if a.startswith("art20_") and a not in report.missing}
    assert len(got) == 20 and set(got.values()) == {0}


def test_a_run_that_does_not_split_one_way_is_not_read() -> None:
    """行政许可1012 under three columns: 1|0|12, 10|1|2, 1|01|… — not guessed, and said why."""
    report, log = import_text(CHUANZHU.format(licence="1012"), "chuanzhu.txt")
    assert {a for a in report.missing if a.startswith("art20_5/license/")} == {
        "art20_5/license/prev_items", "art20_5/license/change", "art20_5/license/decisions"}
    assert any("1012" in n and "连在一起" in n for n in log.notes)
    assert report.cells["art20_5/other_services/decisions"] == 0


def test_a_number_starting_with_zero_is_several_cells() -> None:
    """规章 000 (spaced from its label): no one number is written 000; it was read as 0 in the first
    column and the other two called blank."""
    text = ("某镇2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项\n"
            "信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n规章 000\n规范性文件 102\n")
    report, _ = import_text(text, "zero.txt")
    assert [report.cells.get(f"art20_1/rules/{c}") for c in ("made", "published", "total_public")] == [0, 0, 0]
    assert report.cells.get("art20_1/normative/made") == 102     # a number not starting with 0 is one number


def test_a_change_written_out_is_no_label() -> None:
    """减少8 and 增1423 one cell per line are values, not a label 减少 run into 8."""
    text = ("某镇2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(五)项\n"
            "信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政许可\n10\n减少8\n0\n其他对外管理服务事项\n5\n增1423\n7\n")
    report, _ = import_text(text, "change.txt")
    assert [report.cells.get(f"art20_5/license/{c}") for c in ("prev_items", "change", "decisions")] == [10, -8, 0]
    assert report.cells.get("art20_5/other_services/change") == 1423


@pytest.mark.parametrize(("opening", "organ"), [
    ("2020年,宣城市气象局认真贯彻落实《条例》精神,", "宣城市气象局"),
    ("2024年,天山乡政府信息公开工作坚持以人民为中心,", "天山乡"),
    ("为认真做好京山市卫生健康局政府信息公开工作,现向社会公布2022年度本单位政府信息公开工作年度报告。", "京山市卫生健康局"),
    ("今年以来,荣昌区林业局认真贯彻落实《条例》,", "荣昌区林业局"),
    ("2020年,乌海市工业和信息化局认真贯彻落实《条例》,", "乌海市工业和信息化局"),
    ("2023年,本溪市财政局深入贯彻落实《条例》,", "本溪市财政局"),
    ("台吉镇根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定和市文件的具体要求,", "台吉镇"),
    ("2025年和平街道办事处通过铁东区门户网站公开信息65条,", "和平街道办事处"),    # (鞍山 铁东区, helper 69)
])
def test_an_untitled_copy_takes_the_organ_its_opening_names_as_subject(opening: str, organ: str) -> None:
    """Real openings of copies that start at 一、总体情况 (宣城, 伊州区天山乡, 京山, 荣昌): the organ was
    left empty though the first words name it; read, and the log says from where."""
    text = f"一、总体情况\n{opening}\n本报告统计期限为2022年1月1日至12月31日。\n二、主动公开政府信息情况\n第二十条第(一)项 |\n规章 | 0 | 0 | 0 |\n"
    report, log = import_text(text, "opening.txt")
    assert report.organ == organ
    assert any("正文开头" in n and organ in n for n in log.notes)


@pytest.mark.parametrize("opening", [
    "2021年,县统计局积极加强统计信息公开,",                 # no place: which county?
    "2020年,在区委区政府的正确领导下,我局认真贯彻落实,",
    "2021年,开发区管委会政务信息工作坚持公开为常态,",
    "2025年,区城乡建设局认真贯彻落实,",
    "本报告根据《中华人民共和国政府信息公开条例》要求编制,",
    "各乡镇根据《中华人民共和国政府信息公开条例》,",
    "2023年通过“阿巴嘎旗人民政府”门户网站累计公开政府信息105条,",   # the site, not the organ (helper 69)
])
def test_an_opening_naming_no_placed_organ_gives_none(opening: str) -> None:
    text = f"一、总体情况\n{opening}\n本报告统计期限为2022年1月1日至12月31日。\n二、主动公开政府信息情况\n第二十条第(一)项 |\n规章 | 0 | 0 | 0 |\n"
    report, _ = import_text(text, "opening.txt")
    assert report.organ == ""


def test_a_run_together_page_is_cut_at_titles_printed_with_ascii_brackets() -> None:
    """衡阳市商务局 2022: 表二 run together on one line with its pipes, titles as 第二十条第(八)项; the
    title was not a cut, so it ran into the empty 行政强制 and the row was lost."""
    line = ("本报告统计期限为2022年1月1日至12月31日。" + "我局认真做好政府信息公开工作。" * 12
            + "二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | 规章 | 0 | 0 | 0 | "
            "行政规范性文件 | 1 | 0 | 3 | 第二十条第(五)项 | 信息内容 | 本年处理决定数量 | 行政许可 | 124 | "
            "第二十条第(六)项 | 信息内容 | 本年处理决定数量 | 行政处罚 | | 行政强制 | | "
            "第二十条第(八)项 | 信息内容 | 本年收费金额(单位:万元) | 行政事业性收费 | 0 |")
    report, _ = import_text(line + "\n", "hengyang.txt")
    for row in ("penalty", "enforcement"):     # printed empty: blank, not lost
        assert f"art20_6/{row}/decisions" not in report.missing and report.cells[f"art20_6/{row}/decisions"] is None
    assert report.cells.get("art20_5/license/decisions") == 124


@pytest.mark.parametrize(("opening", "organ"), [
    ("根据《条例》等相关规定,编制达州市通川区统计局2024年政府信息公开工作年度报告,所列数据统计期限为2024年1月1日至12月31日。",
     "达州市通川区统计局"),
    ("2025年,长春临空经济示范区共公开信息246项。", "长春临空经济示范区"),
])
def test_more_ways_an_untitled_opening_names_its_organ(opening: str, organ: str) -> None:
    """通川区统计局 2024 (…，编制XX2024年…报告) and 长春临空经济示范区 2025 (XX共公开…): organ empty."""
    text = f"一、总体情况\n{opening}\n本报告统计期限为2024年1月1日至12月31日。\n二、主动公开政府信息情况\n第二十条第(一)项 |\n规章 | 0 | 0 | 0 |\n"
    report, _ = import_text(text, "opening.txt")
    assert report.organ == organ


def test_an_organ_read_nowhere_is_said() -> None:
    text = "一、总体情况\n2024年,我局认真贯彻落实《条例》。\n本报告统计期限为2024年1月1日至12月31日。\n二、主动公开政府信息情况\n第二十条第(一)项 |\n规章 | 0 | 0 | 0 |\n"
    report, log = import_text(text, "none.txt")
    assert report.organ == "" and any("没有写明单位名称" in n for n in log.notes)


@pytest.mark.parametrize(("title", "organ", "year"), [
    ("青石镇人民政府2024年政务公开工作年度报告", "青石镇人民政府", 2024),        # 政务公开, as some organs title it
    ("2024年青石镇人民政府政务公开工作年度报告", "青石镇人民政府", 2024),
    ("青石镇人民政府2024年度政府信息公开年报", "青石镇人民政府", 2024),          # …年报
    ("【青石镇】2024年政府信息公开工作年度报告", "青石镇", 2024),                 # a site's brackets
    ("青石县卫生健康委员会2024年政府信息公开工作年度报告", "青石县卫生健康委员会", 2024),
    ("青石镇人民政府二〇二四年政府信息公开工作年度报告", "青石镇人民政府", 2024),
])
def test_title_shapes_give_organ_and_year(title: str, organ: str, year: int) -> None:
    from core.importers.prose import title_parts

    parts = title_parts(title)
    assert parts is not None and parts[:2] == (organ, year)


def test_a_work_plan_is_no_title() -> None:
    """政务公开 alone does not make a title: a plan or a notice names no report."""
    from core.importers.prose import title_parts

    assert title_parts("青石镇2024年政务公开工作要点") is None


@pytest.mark.parametrize(("title", "organ", "year"), [
    ("宝坻区大钟庄镇政府信息公开工作年度报告 (2019年)", "宝坻区大钟庄镇", 2019),     # 天津宝坻 2019, as printed
    ("青石县人民政府信息公开工作年度报告（2020年度）", "青石县人民政府", 2020),
    ("首页 > 年报 > 青石街道办事处政务公开工作年度报告(2021年)", "青石街道办事处", 2021),
])
def test_a_title_with_its_year_in_brackets_after_it(title: str, organ: str, year: int) -> None:
    """宝坻区大钟庄镇 2019 (helper 66): the year printed after the title in brackets was not read, so
    the organ was left empty, the year came from the publication date, and F1 warned of a title
    "2019年政府信息公开工作年度报告" lacking its organ, a title the page never printed."""
    from core.importers.prose import title_parts

    parts = title_parts(title)
    assert parts is not None and parts[:2] == (organ, year)


@pytest.mark.parametrize("line", [
    "现将我镇政府信息公开工作年度报告(2021年)",      # the report's own words, no name
    "关于做好政府信息公开工作年度报告(2021年)",
    "青石镇人民政府信息公开工作年度报告(2024年3月26日)",   # a date, not a year
])
def test_a_bracketed_year_after_no_title_names_nothing(line: str) -> None:
    from core.importers.prose import title_parts

    assert title_parts(line) is None


def test_a_bracketed_year_title_keeps_its_organ_and_year_on_import() -> None:
    from core.validate import validate

    text = ("宝坻区大钟庄镇政府信息公开工作年度报告 (2019年)\n来源:天津市宝坻区大钟庄镇人民政府 发布时间:2020-01-30 00:00\n"
            "一、总体情况\n我镇依托区政府门户网站主动公开政府信息31条。\n二、主动公开政府信息情况\n第二十条第(一)项\n"
            "信息内容\n本年新\n制作数量\n本年新\n公开数量\n对外公开总数量\n规章\n0\n0\n0\n规范性文件\n0\n0\n0\n")
    report, log = import_text(text, "baodi.txt")
    assert (report.organ, report.year) == ("宝坻区大钟庄镇", 2019)
    assert not any("发布时间" in n for n in log.notes)
    f1 = [f.message for f in validate(report) if f.rule == "F1"]
    assert len(f1) == 1 and "年份写在了标题末尾" in f1[0] and "缺少机关名称" not in f1[0]


def test_an_opening_organ_stops_before_yi_that_opens_a_phrase() -> None:
    """易家街道 2021 (武汉硚口, helper 66): "2021年,易家街道办事处以贯彻《信息公开条例》为契机" gave the organ
    "易家街道办事处以"."""
    text = ("一、总体情况\n2021年,易家街道办事处以贯彻《信息公开条例》为契机,坚持“公开为常态、不公开为例外”。\n"
            "本报告统计期限为2021年1月1日至12月31日。\n二、主动公开政府信息情况\n第二十条第(一)项 |\n规章 | 0 | 0 | 0 |\n")
    report, _ = import_text(text, "yijia.txt")
    assert report.organ == "易家街道办事处"


def test_an_address_is_not_read_from_a_list_naming_the_word() -> None:
    """易家街道 2021: "…机构设置、办公地址、办公时间、联系方式…" was logged as the contact address
    "、办公时间、联系方式、负责人姓名…"."""
    from core.importers.stated import contact

    assert "地址" not in contact("依规公开机关简介、工作职能、机构设置、办公地址、办公时间、联系方式、负责人姓名等信息。")
    assert contact("请与四都镇人民政府党政办联系(地址:诏安县四都镇外埕村621号,电话:0596-3522003)")["地址"] == "诏安县四都镇外埕村621号"
