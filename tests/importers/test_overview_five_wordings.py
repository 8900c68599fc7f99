"""Five wordings of 一、总体情况 the corpus left unread (helper 200), each read only where it is unambiguous:

1. the form's row words in quotes (其中“予以公开”17件, 亳州市政府办公室 2025; “予以公开”的1件、“本机关不掌握相关
   政府信息”的3件, 东华市街道 2025) — and 「」 and ASCII quotes — the pair around the row's words whole;
2. a 表二 decision count in 项, and 3. one with no unit, only right after the cell's own column words
   (行政许可2022年处理决定数量450项, 海南省生态环境厅 2022; 行政许可处理决定167、行政处罚8件, 沧沟乡 2023) —
   never 项 elsewhere, where it counts the catalogue's items (共办理行政许可4251项, 安肃镇 2025);
4. a none of 规范性文件's 立改废 (未发生规范性文件立改废情况, 大渡口经开区 2022): 本年制发 0 and 本年废止 0;
5. a sentence naming the report's own organ by a name whose 区 is part of a word (实验区管委会（办公室）制发
   行政规范性文件9件…, 平潭综合实验区管委会办公室 2025) taken for another organ's figures, so that 表二's
   run "97253" was not settled by them.
Synthetic text in those patterns; close wordings stay unread.
"""

from __future__ import annotations

import re

import pytest

from core.importers.overview_normative import read_sentence
from core.importers.overview_results import read_sentences, result_clause
from core.importers.overview_text import sentences
from core.importers.settle import settle
from core.importers.text import import_text
from core.importers.unflatten import Unsplit
from core.prose.subjects import other_organ
from core.registry import get_form

LICENSE, PENALTY, ENFORCEMENT = "art20_5/license/decisions", "art20_6/penalty/decisions", "art20_6/enforcement/decisions"
ISSUED, REPEALED, IN_FORCE = "art20_1/normative/issued", "art20_1/normative/repealed", "art20_1/normative/in_force"

_HEAD = ("某县某镇2025年政府信息公开工作年度报告\n"
         "本报告所列数据统计期限为2025年1月1日至12月31日。\n"
         "一、总体情况\n")


def _copy(active: str, requests: str = "2025年未收到依申请公开事宜。") -> str:
    return (_HEAD + "(一)主动公开。" + active + "\n(二)依申请公开。" + requests + "\n"
            "(三)政府信息平台建设。以县政府网为第一平台,同步加强")


# 1. quotes around the row's words

@pytest.mark.parametrize("clause,read", [
    ("其中\u201c予以公开\u201d11件", ("3.1", 11)),
    ("\u201c部分公开\u201d3件", ("3.2", 3)),
    ("\u300c予以公开\u300d5件", ("3.1", 5)),
    ('"不予公开"2件', ("3.3", 2)),
    ("\u201c予以公开\u201d的1件", ("3.1", 1)),
    ("\u201c本机关不掌握相关政府信息\u201d的3件", ("3.4.1", 3)),
])
def test_a_rows_words_in_quotes_are_its_words(clause: str, read: tuple[str, int]) -> None:
    assert result_clause(clause) == read


@pytest.mark.parametrize("clause", [
    "\u201c予以公开17件",                      # an open quote never closed
    "予以公开\u201d17件",                      # a close with no open
    "\u201c予以公开\u300d17件",                # a pair that is none
    "\u201c予以公开及部分公开\u201d84件",       # more words than one row's inside
    "\u201c予以\u201d公开5件",                 # fewer
    "\u201c予以公开\u201d类5件",               # words of its own after them
])
def test_quotes_not_around_a_rows_words_whole_stay_unread(clause: str) -> None:
    assert result_clause(clause) is None


def test_quoted_results_adding_up_are_read_from_the_overview() -> None:
    requests = ("2025年共收到政府信息公开申请5件,上年结转0件,其中\u201c予以公开\u201d2件、\u201c部分公开\u201d1件、"
                "\u201c本机关不掌握相关政府信息\u201d的2件。")
    report, _ = import_text(_copy("主动公开政府信息30条。", requests), "some.txt")
    assert (report.cells["requests/3.1/total"], report.cells["requests/3.2/total"],
            report.cells["requests/3.4.1/total"]) == (2, 1, 2)


def test_quoted_results_not_adding_up_stay_unread() -> None:
    said = sentences("全年共收到政府信息公开申请70件,上年结转0件。依法对全部申请进行了规范答复,其中\u201c予以公开\u201d17件;"
                     "\u201c不予公开\u201d6件;\u201c无法提供\u201d21件;\u201c其他处理\u201d12件。")
    assert read_sentences(said, 2025) == []           # 17 + 6 + 21 + 12 is not 70


# 2 and 3. 表二's decisions in 项 or with no unit, after the cell's own column words

@pytest.mark.parametrize("active,cell,value", [
    ("行政许可2025年处理决定数量450项,行政事业性收费0元。", LICENSE, 450),
    ("全年行政许可处理决定167、行政处罚8件。", LICENSE, 167),
    ("全年行政处罚处理决定数量为12项。", PENALTY, 12),
    ("行政强制本年处理决定3,行政事业性收费0元。", ENFORCEMENT, 3),
])
def test_a_count_after_the_cells_column_words_in_any_unit_or_none(active: str, cell: str, value: int) -> None:
    report, _ = import_text(_copy(active), "some.txt")
    assert report.cells[cell] == value
    assert "从正文读取" in report.origins[cell].source


@pytest.mark.parametrize("active,cell", [
    ("2025年,我镇共办理行政许可4251项,办理行政处罚6项。", LICENSE),   # 项 without the column's words: items
    ("行政许可处理决定数量450件,行政处罚2项。", PENALTY),               # 项 after a count in 件: not the column's unit
    ("行政许可处理决定数量450项,公开行政处罚2项。", PENALTY),           # no bare item: items published
    ("行政许可处理决定数量450项,行政处罚2项。行政强制0项。", ENFORCEMENT),  # another sentence
    ("行政许可处理决定数量450项,行政许可事项5项、行政强制0项。", ENFORCEMENT),  # the list ended before it
    ("梳理行政许可事项14项。", LICENSE),
    ("公开行政许可处理决定信息55项。", LICENSE),                       # items published
    ("全年行政许可处理决定167人次。", LICENSE),                        # words after the figure: another count
    ("全年行政许可处理决定45个工作日内办结。", LICENSE),
    ("全年行政许可处理决定167.5。", LICENSE),                          # the figure may go on
    ("2024年行政许可处理决定167。", LICENSE),                          # another year's
    ("全县行政许可处理决定167。", LICENSE),                            # the whole county's
    ("其中,行政许可处理决定167。", LICENSE),                           # a part
    ("县市场监管局行政许可处理决定数量450项。", LICENSE),               # another organ's
    ("全年行政许可处理决定167、行政许可处理决定160件。", LICENSE),      # said twice, differently
    ("全年行政许可办理决定167。", LICENSE),                            # not the column's words
])
def test_other_counts_in_xiang_or_bare_stay_unread(active: str, cell: str) -> None:
    report, _ = import_text(_copy(active), "some.txt")
    assert cell in report.missing


def test_bare_items_in_xiang_right_after_the_column_are_its_rows() -> None:
    report, _ = import_text(_copy("行政许可2025年处理决定数量450项,行政处罚2项、行政强制0项,行政事业性收费0元。"), "some.txt")
    assert (report.cells[LICENSE], report.cells[PENALTY], report.cells[ENFORCEMENT]) == (450, 2, 0)


def test_a_comma_before_more_digits_leaves_a_bare_figure_alone() -> None:
    from core.importers.overview_decisions import _ENDS
    assert _ENDS.match(",行政处罚") and _ENDS.match("\u3001行政处罚") and _ENDS.match("")
    assert not _ENDS.match(",234件") and not _ENDS.match(".5") and not _ENDS.match("人次")


# 4. 立改废

@pytest.mark.parametrize("sentence,read", [
    ("大渡口经开区2025年未发生规范性文件立改废情况", {"normative_issued": 0, "normative_repealed": 0}),
    ("本年度无立改废规范性文件情况", {"normative_issued": 0, "normative_repealed": 0}),
    ("本镇规范性文件未发生立改废", {"normative_issued": 0, "normative_repealed": 0}),
    ("2025年未发生规章、行政规范性文件立改废情况",
     {"normative_issued": 0, "normative_repealed": 0, "rules_issued": 0, "rules_repealed": 0}),
])
def test_a_none_of_li_gai_fei_is_none_made_and_none_repealed(sentence: str, read: dict[str, int]) -> None:
    assert {a: v for a, v, _ in read_sentence(sentence, 2025)} == read


@pytest.mark.parametrize("sentence", [
    "开展规范性文件立改废工作",                  # no none
    "按照立改废的要求对规范性文件进行动态调整",
    "未发生规章制度立改废情况",                  # an organ's internal rules
    "规范性文件立改废3件",                      # a sum whose parts are not said
    "2024年未发生规范性文件立改废情况",          # another year
    "全县未发生规范性文件立改废情况",            # the whole county
    "其中未发生规范性文件立改废情况",
    "未发生规范性文件立改情况",                  # not the three words
    "未发生规范性文件立改废情况的通报工作",
])
def test_other_li_gai_fei_wordings_stay_unread(sentence: str) -> None:
    assert read_sentence(sentence, 2025) == []


def test_li_gai_fei_read_from_an_overview() -> None:
    report, _ = import_text(_copy("2025年,我镇未发生规范性文件立改废情况,无其他情况。"), "some.txt")
    assert report.cells[ISSUED] == 0 and report.cells[REPEALED] == 0 and IN_FORCE in report.missing


# 5. the report's own organ named by a word with a unit's character in it

_ORGAN = re.compile("(?:[省市州县区镇乡]|街道)[^，。]{1,6}?(?:局|委员会|委|办公室)")


@pytest.mark.parametrize("text,own,other", [
    ("实验区管委会制发", "平潭综合实验区管委会办公室", False),
    ("开发区管委会制发", "某经济开发区管理委员会", False),
    ("实验区管委会制发", "某县人民政府", True),              # another organ's
    ("开发区管委会制发", "某区人民政府", True),
    ("区司法局制发", "某区人民政府", True),
])
def test_a_unit_inside_a_word_names_no_other_district(text: str, own: str, other: bool) -> None:
    assert other_organ(_ORGAN, text, 0, len(text), own) is other


def test_the_organs_own_sentence_settles_its_run_of_digits() -> None:
    form = get_form("2021")
    row = Unsplit("行政规范性文件", "97253", [ISSUED, REPEALED, IN_FORCE],
                  [["9", "7", "253"], ["9", "72", "53"], ["97", "2", "53"], ["9", "725", "3"], ["97", "25", "3"]])
    said = {"1": "2025年，实验区管委会（办公室）制发行政规范性文件9件，按程序确认失效或废止文件7件，"
                 "现行有效行政规范性文件共253件。"}
    [own] = settle(form, 2025, "平潭综合实验区管委会办公室", said, [row])
    assert own.split == ["9", "7", "253"]
    [other] = settle(form, 2025, "平潭县人民政府", said, [row])
    assert other.split is None                       # another organ's words settle nothing
