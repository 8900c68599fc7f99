"""表二's blocks after 第二十条第（一）项 said in 一、总体情况's words, in a copy holding none of 表二 (the
corpus's unread 第二十条 cells, slice "s71"): 常德市人社局 2021 ("行政许可处理决定数量为13134件"), 石滩镇 2024
("共处理行政处罚530宗,…行政事业性收费0元"), 华容县 2024 ("共办理行政许可15件", its section 二 saying only its
规范性文件), 沧沟乡 2023 ("行政处罚8件") were left unread. Synthetic text in their patterns; what may
count items published, requests received, the catalogue of powers, another year's or another organ's
stays unread. And 大寨乡 2021's "制定并公开规范性文件0件" for 第二十条第（一）项."""

from __future__ import annotations

import pytest

from core.importers.overview_normative import ISSUED, REPEALED, RULES_ISSUED, RULES_REPEALED, read_sentence
from core.importers.text import import_text

LICENSE, PENALTY = "art20_5/license/decisions", "art20_6/penalty/decisions"
ENFORCEMENT, FEES = "art20_6/enforcement/decisions", "art20_8/fees/amount"
RULES_IN_FORCE = "rules_in_force"
"""The meaning of 规章 现行有效 (``core.template_prose``), spelled out so the test runs against code without it."""

_HEAD = ("某县某镇2025年政府信息公开工作年度报告\n"
         "本报告所列数据统计期限为2025年1月1日至12月31日。\n"
         "一、总体情况\n")
_REST = ("(二)依申请公开。2025年未收到依申请公开事宜。\n"
         "(三)政府信息平台建设。以县政府网为第一平台,同步加强")


def _copy(active: str) -> str:
    return _HEAD + "(一)主动公开。" + active + "\n" + _REST


def test_the_blocks_said_in_the_overview_are_read_and_noted() -> None:
    report, _ = import_text(_copy("2025年,某镇行政许可处理决定数量为120件,共处理行政处罚30宗,行政事业性收费0元。"), "some.txt")
    assert report.cells[LICENSE] == 120 and report.cells[PENALTY] == 30 and report.cells[FEES] == 0
    assert ENFORCEMENT in report.missing                          # not said
    assert any("第二十条第（五）项的表格" in n and "请对照原文核对" in n for n in report.notes)
    assert any("第二十条第（六）项的表格" in n and "行政处罚" in n for n in report.notes)
    assert "从正文读取" in report.origins[LICENSE].source


def test_money_in_the_forms_unit() -> None:
    report, _ = import_text(_copy("共办理行政许可15件,行政事业性收费88300元。"), "some.txt")
    assert report.cells[LICENSE] == 15 and str(report.cells[FEES]) in ("8.83", "8.8300")


def test_section_two_saying_other_things_does_not_stop_it() -> None:
    text = _copy("共办理行政许可15件。") + "。\n二、主动公开政府信息情况\n2025年,本局共公开行政规范性文件1件。\n"
    report, _ = import_text(text, "some.txt")
    assert report.cells[LICENSE] == 15


@pytest.mark.parametrize("active,cell", [
    ("公示行政处罚信息35件。", PENALTY),                     # items published
    ("全年行政处罚信息公开35件。", PENALTY),                 # items published
    ("受理行政许可申请500件。", LICENSE),                    # requests received, not decisions
    ("梳理公布行政许可事项12件。", LICENSE),                 # the catalogue of powers
    ("全县行政处罚案件30件。", PENALTY),                     # the whole county's
    ("较上年行政处罚增加5件。", PENALTY),                    # a change
    ("2024年行政处罚30件。", PENALTY),                       # another year's
    ("累计办理行政许可300件。", LICENSE),                    # over years
    ("共处理行政处罚30件。全年行政处罚案件共32件。", PENALTY),  # said twice, differently
    ("县市场监管局作出行政处罚20件。", PENALTY),             # another organ's
])
def test_what_stays_unread(active: str, cell: str) -> None:
    report, _ = import_text(_copy(active), "some.txt")
    assert cell in report.missing


def test_a_copy_printing_the_block_takes_it_from_the_table_alone() -> None:
    table = ("\n二、主动公开政府信息情况\n第二十条第(五)项\n信息内容 | 本年处理决定数量\n行政许可 | 7\n"
             "第二十条第(六)项\n信息内容 | 本年处理决定数量\n行政处罚 | 3\n行政强制 | 0\n")
    report, _ = import_text(_copy("共办理行政许可15件,共处理行政处罚30宗。") + "。\n" + table, "some.txt")
    assert report.cells[LICENSE] == 7 and report.cells[PENALTY] == 3


@pytest.mark.parametrize("sentence,read", [
    ("2025年制定并公开规范性文件0件", [(ISSUED, 0)]),
    ("全年制定并公开行政规范性文件3件", [(ISSUED, 3)]),
    ("2025年公开规范性文件3件", []),                         # published, not made
    ("制定并公开政府信息30件", []),                          # every piece of information, not 规范性文件
    ("制定并公开文件3件", []),                               # 文件 alone: any document
    ("其中制定并公开规范性文件2件", []),                     # a part
])
def test_made_and_published(sentence: str, read: list[tuple[str, int]]) -> None:
    assert [(a, v) for a, v, _ in read_sentence(sentence, 2025)] == read


@pytest.mark.parametrize("sentence,read", [
    # 钦州市政府办公室 2024: 规章 counted in their own clauses, then 规范性文件 in theirs
    ("全年共制发(修改)政府规章1份,废止政府规章1份,现行有效政府规章8份;制发3份规范性文件",
     [(RULES_ISSUED, 1), (RULES_REPEALED, 1), (RULES_IN_FORCE, 8), (ISSUED, 3)]),
    ("2025年制发规章2件", [(RULES_ISSUED, 2)]),
    ("规章现行有效3件", [(RULES_IN_FORCE, 3)]),
    ("制定规章制度5件", []),                                 # an organ's internal rules
    ("本年度制定内部规章制度3件,废止规章制度2件", []),
    ("全市制发政府规章2件", []),                             # the whole city's
    ("发布规章0个", []),                                     # published, not made
    ("公开现行有效规章8件", []),                             # what a site published
    ("其中制发规章1件", []),                                 # a part
    ("2024年制发规章1件", []),                               # another year's
    ("审查规章3件", []),                                     # no verb of the form
    ("制发规章、规范性文件3件", []),                         # two things counted together
    ("制发行政规范性文件2件,废止文件1件", [(ISSUED, 2), (REPEALED, 1)]),   # 文件 stays 规范性文件's
    ("制发政府规章1件,废止文件1件", [(RULES_ISSUED, 1)]),    # …never 规章's
])
def test_rules_counted_in_words(sentence: str, read: list[tuple[str, int]]) -> None:
    assert [(a, v) for a, v, _ in read_sentence(sentence, 2025)] == read


def test_rules_in_a_copy_cut_in_the_overview() -> None:
    report, _ = import_text(_copy("2025年,全年共制发政府规章1份,废止政府规章1份,现行有效政府规章8份。"), "some.txt")
    assert report.cells["art20_1/rules/issued"] == 1 and report.cells["art20_1/rules/repealed"] == 1
    assert report.cells["art20_1/rules/in_force"] == 8
    assert "art20_1/normative/issued" in report.missing


@pytest.mark.parametrize("sentence,read", [
    # 凉山州政府办公室 2021: the subject a list of organs, the counts after it parts of one clause
    ("凉山州人民政府、州政府办公室2025年制发规范性文件6件、废止11件,现行有效的规范性文件共23件",
     [(ISSUED, 6), (REPEALED, 11), ("normative_in_force", 23)]),
    ("县政府、各部门制发规范性文件6件、废止11件", []),         # every department's too
    ("全县各乡镇、部门制发规范性文件6件", []),                 # the whole county's
    ("2024年、2025年制发规范性文件6件", []),                   # two years'
    ("上年度、本年度制发规范性文件6件", []),                   # two years'
    ("制发规范性文件3件、规章", []),                           # a part counting nothing
])
def test_a_list_of_organs_before_the_counts(sentence: str, read: list[tuple[str, int]]) -> None:
    assert [(a, v) for a, v, _ in read_sentence(sentence, 2025)] == read


@pytest.mark.parametrize("active,zero", [
    # 大冶市茗山乡 2025, 北京市重大项目办 2025: a none of the powers named
    ("全年未制发规章及行政规范性文件,未产生行政许可、行政处罚等相关处理决定。", [LICENSE, PENALTY]),
    ("我办全年无行政许可、行政处罚、行政强制事项,不涉及行政事业性收费。", [LICENSE, PENALTY, ENFORCEMENT, FEES]),
    ("2025年共处理行政处罚3件,无行政强制案件。", [ENFORCEMENT]),
])
def test_a_none_of_the_powers(active: str, zero: list[str]) -> None:
    report, _ = import_text(_copy(active), "some.txt")
    assert all(report.cells[a] == 0 for a in zero)


@pytest.mark.parametrize("active,cell", [
    ("未出现行政处罚被复议纠错的情况。", PENALTY),            # a part of them
    ("本年度无违法实施行政处罚的情况。", PENALTY),            # no unlawful ones: says nothing of the rest
    ("全县无行政处罚案件。", PENALTY),                        # the whole county's
    ("2024年无行政处罚案件。", PENALTY),                      # another year's
    ("上年度共处理行政处罚5件,无行政强制案件。", ENFORCEMENT),  # after another year's clause
    ("其中无行政强制案件。", ENFORCEMENT),                    # a part
    ("未公开行政处罚信息。", PENALTY),                        # nothing published, not none decided
    ("无行政处罚权力清单调整。", PENALTY),                    # the catalogue of powers
    ("无行政事业性收费项目调整。", FEES),                     # the list of fees, not the year's amount
    ("无行政处罚案件。全年共处理行政处罚3件。", PENALTY),      # none and 3: said otherwise
])
def test_nones_that_stay_unread(active: str, cell: str) -> None:
    report, _ = import_text(_copy(active), "some.txt")
    assert cell in report.missing


def test_a_list_of_powers_none_of_each() -> None:
    # 石滩镇 2024: a sum that is none is none of each
    report, _ = import_text(_copy("2025年,共处理行政处罚530宗,行政许可、行政强制0宗,行政事业性收费0元。"), "some.txt")
    assert report.cells[PENALTY] == 530 and report.cells[LICENSE] == 0 and report.cells[ENFORCEMENT] == 0
    assert report.cells[FEES] == 0


@pytest.mark.parametrize("active", [
    "行政许可、行政强制事项0件。",                  # the catalogue's
    "公示行政许可、行政强制信息0条。",              # items published
    "行政许可、行政强制共5件。",                    # more than none: how they split is not said
    "全县行政许可、行政强制0件。",                  # the whole county's
])
def test_a_list_of_powers_that_stays_unread(active: str) -> None:
    report, _ = import_text(_copy(active), "some.txt")
    assert LICENSE in report.missing and ENFORCEMENT in report.missing


@pytest.mark.parametrize("active,cells", [
    # 海南海事局 2020: a list of what the site published, 行政处罚379件 one of its items
    ("2025年,官网主动公开信息100条;发布航行通告14条;行政处罚379件;政策解读信息7条。", [PENALTY]),
    # 大寨乡 2021: bare 0s after 制定并公开…, about powers said nothing more of
    ("2025年制定并公开规范性文件0件,行政处罚0件,行政强制0件。", [PENALTY, ENFORCEMENT]),
    ("全镇共公开信息118条,行政许可、行政强制0件。", [LICENSE, ENFORCEMENT]),
])
def test_bare_items_of_a_publishing_sentence_stay_unread(active: str, cells: list[str]) -> None:
    report, _ = import_text(_copy(active), "some.txt")
    assert all(a in report.missing for a in cells)


def test_an_item_with_its_own_verb_in_such_a_sentence_is_read() -> None:
    # 麻陇彝族乡 2020: "全乡共公开信息118条,…;依法办理…,实施行政处罚0起、行政强制0起"
    report, _ = import_text(_copy("全镇共公开信息118条;依法实施行政处罚3起、行政强制0起。"), "some.txt")
    assert report.cells[PENALTY] == 3 and report.cells[ENFORCEMENT] == 0


@pytest.mark.parametrize("active,zero", [
    # 枝江市交通运输局 2023 ("四是行政事业性收费:我局无行政事业性收费项目"), 余杭区邮政管理局 2022: an organ with no fee
    # items collects none; the 2019 form's own row 其他对外管理服务事项 named beside 行政许可 in the same none
    ("四是行政事业性收费:我局无行政事业性收费项目。", [FEES]),
    ("未出台规章和规范性文件;无行政许可及其他对外管理服务事项;无行政处罚和行政强制;无行政事业性收费项目。",
     [LICENSE, PENALTY, ENFORCEMENT, FEES]),
    ("2025年无行政许可和其他对外管理服务事项。", [LICENSE]),
])
def test_a_none_of_fee_items_or_of_the_2019_forms_services_row(active: str, zero: list[str]) -> None:
    report, _ = import_text(_copy(active), "some.txt")
    assert all(report.cells[a] == 0 for a in zero)


@pytest.mark.parametrize("active,cell", [
    ("无新增行政事业性收费项目。", FEES),                          # no new items: the old ones may still charge
    ("全县无行政事业性收费项目。", FEES),                          # the whole county's
    ("无行政事业性收费项目清单。", FEES),                          # the list, not the items
    ("无行政许可及其他对外管理服务事项调整。", LICENSE),             # the catalogue changed, not the decisions
    ("无其他对外管理服务事项。", LICENSE),                        # the services row alone denies no 行政许可
])
def test_nones_of_items_that_stay_unread(active: str, cell: str) -> None:
    report, _ = import_text(_copy(active), "some.txt")
    assert cell in report.missing
