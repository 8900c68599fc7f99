"""表三's result rows said in 一、总体情况's words, in a copy holding no 表三 (issue 17, helper 153): an
excerpt stops in its overview, whose (二)依申请公开 lists the year's results after its count of requests
("共收到政府信息公开申请45件。其中,予以公开19件,部分公开3件,本机关不掌握相关政府信息15件…", 辽宁省生态
环境厅 2020; "全年受理…24件…其中:予以公开13件、部分公开2件…", 甘肃省林草局 2023) — the only words the copy
holds of the table, left unread. Synthetic text in the patterns real copies printed; whatever does not
add up to the requests handled, names a row loosely, or may be a part or another year's stays unread."""

from __future__ import annotations

import pytest

from core.importers.overview_results import read_sentences, result_clause
from core.importers.overview_text import sentences
from core.importers.text import import_text


def _read(text: str, year: int = 2025) -> list[tuple[str, int]]:
    return [(r, v) for r, v, _ in read_sentences(sentences(text), year)]


@pytest.mark.parametrize("text,read", [
    # the results in the sentence after the requests, the form's words, adding up with 结转下年度
    ("2025年,某厅共收到政府信息公开申请45件,上年结转0件,全部依法依规予以答复。其中,予以公开19件,部分公开3件,"
     "本机关不掌握相关政府信息15件,没有现成信息需要另行制作4件,其他处理3件,结转下年度继续办理1件。",
     [("3.1", 19), ("3.2", 3), ("3.4.1", 15), ("3.4.2", 4), ("3.6", 3)]),
    # a clause of several results cut at its 、; a rate between them
    ("全年受理政府信息公开申请24件,办结24件,按时答复率100%。其中:予以公开13件、部分公开2件、不予公开2件、无法提供5件、不予处理2件。",
     [("3.1", 13), ("3.2", 2), ("3.3", 2), ("3.4", 5), ("3.5", 2)]),
    # in the requests' own sentence, with 上年结转 and 结转下年 (7 + 1 = 3 + 4 + 1)
    ("2025年,某街道共收到信息公开申请7件,上年度结转1件;予以公开3件,无法提供4件,结转下年继续办理1件",
     [("3.1", 3), ("3.4", 4)]),
    # adding up to the 办结 count; a reason with its group's word; shares between
    ("2025年,共收到政府信息公开申请6件,上年结转1件,均按时规范办结7件,办结率为100%。其中:予以公开2件,占29%;"
     "因本机关不掌握相关政府信息而无法提供2件,占29%;其他处理3件,占42%。",
     [("3.1", 2), ("3.4.1", 2), ("3.6", 3)]),
    # a clause naming no row counts toward the sum (信息不存在的1件), and is not read
    ("全年共收到和办理依申请公开12件,上年度结转政府信息公开申请0件。处理结果中,予以公开2件,部分公开8件,"
     "因本机关不掌握相关政府信息无法提供1件,信息不存在的1件。",
     [("3.1", 2), ("3.2", 8), ("3.4.1", 1)]),
    ("全年受理政府信息公开申请0件,上年结转0件,予以公开0件", [("3.1", 0)]),
    ("2025年共受理政府信息公开申请1件,已办结1件,涉及1个领域。其中予以公开申请1件,部分公开0件,不予公开0件,无法提供0件。",
     [("3.1", 1), ("3.2", 0), ("3.3", 0), ("3.4", 0)]),
    ("收到依申请公开信息10条,上年结转0条,其中:予以公开4条,属于行政查询事项2条,重复申请4条",
     [("3.1", 4), ("3.3.8", 2), ("3.5.2", 4)]),
    # neither the requests handled nor those carried in said, and none said carried in anywhere: the results adding
    # up to the requests exactly are the year's (辽宁省生态环境厅 2020, 甘肃省林草局 2023, 临渭区 2019)
    ("2025年共收到政府信息公开申请24件。申请内容主要涉及征地等领域。经依法办理,予以公开4件,无法提供20件",
     [("3.1", 4), ("3.4", 20)]),
    ("全年受理政府信息公开申请24件,按时答复率100%。其中:予以公开13件、部分公开2件、不予公开2件、无法提供5件、不予处理2件。",
     [("3.1", 13), ("3.2", 2), ("3.3", 2), ("3.4", 5), ("3.5", 2)]),
    ("收到依申请公开信息10条,其中:予以公开4条,属于行政查询事项2条,重复申请4条", [("3.1", 4), ("3.3.8", 2), ("3.5.2", 4)]),
    ("全年受理政府信息公开申请0件,予以公开0件", [("3.1", 0)]),
    ("2025年,共接到依申请公开申请26件,其中依法予以公开的16件,区分处理部分公开的3件,属于三类内部事务信息不予公开的1件,"
     "没有现成信息需要另行制作6件,承接的申请均无意见投诉情况。",
     [("3.1", 16), ("3.3.5", 1), ("3.4.2", 6)]),      # 区分处理部分公开: not the form's words, counted only
    # every one disclosed, right after the requests (安镇街道 2025, 宁河区政务服务办 2025)
    ("2025年,某街道共受理政府信息公开申请3件,均已按规定及时予以公开。", [("3.1", 3)]),
    ("2025年共收到政府信息公开申请7件,经审核均属于可公开范围,全部准予公开,且均在法定时限内完成答复", [("3.1", 7)]),
    ("2025年共收到政府信息公开申请7件,均予以公开", [("3.1", 7)]),
    # …with 结转下年度 among them (45 = 44 results + 1), and 上年结转0件 said in another sentence
    ("2025年,某厅共收到政府信息公开申请45件,全部依法依规予以答复。其中,予以公开19件,部分公开3件,本机关不掌握相关政府信息"
     "15件,没有现成信息需要另行制作4件,其他处理3件,结转下年度继续办理1件。上年结转0件。",
     [("3.1", 19), ("3.2", 3), ("3.4.1", 15), ("3.4.2", 4), ("3.6", 3)]),
])
def test_results_adding_up_to_the_requests(text: str, read: list[tuple[str, int]]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize("text", [
    # cut before its end: the results do not add up (部分公, 不予公开28)
    "2025年度,我街道收到依申请公开事项3件,其中予以公开1件,部分公",
    "2025年,某局受理依申请公开件255件,办结255件,其中予以公开71件、部分公开5件、不予公开28",
    # a part named before them: the results are the part's (6 of 10)
    "2025年共收到政府信息公开申请10件,其中网上申请6件,予以公开3件,部分公开3件",
    # a part among them makes the sum too big
    "2025年共收到政府信息公开申请10件,予以公开7件,其中网上申请3件,部分公开3件",
    # two rows together, or a row twice (the new requests' and last year's)
    "2025年共收到政府信息公开申请10件,予以公开及部分公开8件,无法提供2件",
    "2025年共收到政府信息公开申请17件,予以公开13件,无法提供4件;上年结转1件,予以公开1件",
    # a whole area's requests, several organs', another year's
    "2025年,全区受理依申请公开件20件,办结20件,其中予以公开15件、部分公开5件",
    "2024年共收到政府信息公开申请5件,予以公开5件",
    "2025年共收到政府信息公开申请5件,较上年增加2件,其中予以公开5件",
    # neither the requests handled nor those carried in said in the run, but some carried in said elsewhere (or
    # their aside): the results adding up to the requests received may be the new requests' alone
    "2025年共收到政府信息公开申请24件。申请内容主要涉及征地等领域。经依法办理,予以公开4件,无法提供20件。另办理上年结转申请2件",
    "上年度结转3件。全年受理政府信息公开申请24件。其中:予以公开13件、部分公开2件、不予公开2件、无法提供5件、不予处理2件。",
    "收到依申请公开信息10条,其中:予以公开4条,属于行政查询事项2条,重复申请4条。2024年结转的1条已办结",
    "全年受理政府信息公开申请5件,予以公开5件(另有转办件1件)",
    # …nor where they do not add up exactly (a list left short, 20 of 21; one too many)
    "全年受理依申请信息公开21件,全部在规定时间内办结。其中予以公开10件,部分公开10件。",
    "2025年共收到政府信息公开申请5件,予以公开4件,部分公开2件",
    # every one disclosed, but a part's (a figure between), some carried in said, or more words after 公开
    "2025年共收到政府信息公开申请10件,其中网上申请6件,均予以公开",
    "2025年共收到政府信息公开申请7件,上年结转1件,均予以公开",
    "2025年共收到政府信息公开申请7件,均予以公开。另有上年结转申请2件",
    "2025年共收到政府信息公开申请7件,均予以公开答复",
    "2025年共收到政府信息公开申请7件,均予以邮寄公开",
    "2025年共收到政府信息公开申请7件,均予以公开,结转下年度1件",
    "2025年共收到政府信息公开申请7件,均予以公开,部分公开1件",
    # no requests named before them
    "主动公开政府信息120条,其中予以公开120条",
])
def test_what_stays_unread(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize("clause,row", [
    ("予以公开的10件", ("3.1", 10)),
    ("其中予以部份公开1件", ("3.2", 1)),
    ("属于保护第三方合法权益73件", ("3.3.4", 73)),
    ("因本机关不掌握相关政府信息无法提供1件", ("3.4.1", 1)),
    ("因本机关不掌握等原因无法提供10件", ("3.4", 10)),     # a reason not the form's: the group, counted only
    ("不予公开(三类内部事务信息)2条", None),            # asides are taken out before (the group then)
    ("不掌握信息2件", None),
    ("保护第三方合法权益不予公开件16件", None),
    ("予以公开及部分公开84件", None),
    ("同意公开9件", None),
])
def test_a_clause_names_one_row(clause: str, row: tuple[str, int] | None) -> None:
    assert result_clause(clause) == row


_COPY = ("某市某局2020年政府信息公开工作年度报告\n"
         "本报告所列数据统计期限为2020年1月1日至12月31日。\n"
         "一、总体情况\n"
         "(一)主动公开。2020年,某局主动公开信息共计100条。\n"
         "(二)依申请公开。2020年,某局共收到政府信息公开申请45件,上年结转0件,全部依法依规予以答复。其中,予以公开19件,"
         "部分公开3件,本机关不掌握相关政府信息15件,没有现成信息需要另行制作4件,其他处理3件,结转下年度继续办理1件。\n"
         "(三)政府信息管理。进一步加强")


def test_a_copy_cut_in_the_overview_reads_them_and_says_so() -> None:
    report, _ = import_text(_COPY, "some.txt")
    assert report.cells["requests/3.1/total"] == 19 and report.cells["requests/3.2/total"] == 3
    assert report.cells["requests/3.4.1/total"] == 15 and report.cells["requests/3.4.2/total"] == 4
    assert report.cells["requests/3.6/total"] == 3                      # the 2019 form's one row
    assert "requests/3.1/natural" in report.missing                    # no applicant is said
    assert any("表三的表格" in n and "请对照原文核对" in n for n in report.notes)
    assert "从正文读取" in report.origins["requests/3.1/total"].source


def test_the_2021_forms_other_handling_is_three_rows() -> None:
    report, _ = import_text(_COPY.replace("2020", "2023"), "some.txt")
    assert report.cells["requests/3.1/total"] == 19
    assert "requests/3.6.3/total" in report.missing and report.cells.get("requests/3.6/total") is None


def test_a_copy_printing_the_table_takes_it_from_the_table_alone() -> None:
    report, _ = import_text(_COPY + "。\n三、收到和处理政府信息公开申请情况\n某些文字。\n", "some.txt")
    assert "requests/3.1/total" in report.missing
