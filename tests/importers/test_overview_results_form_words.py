"""表三's result rows in 一、总体情况's words, where the requests handled are said in three more ways (helper
196): by the form's own rows 一 and 二 (新收政府信息公开申请数量317件,上年结转政府信息公开申请数量3件, 淮安市
自然资源和规划局 2021), by an aside on the count saying it holds those carried in (共受理…24件(含上年结转1件), 兴安盟
行署办公室 2025), or as the whole the results part (在办结的5件申请中,予以公开3件…, 北京朝外街道 2025). Each was
left unread; what it does not say for sure — a part's count, an aside on a result, 不含 — stays unread."""

from __future__ import annotations

import pytest

from core.importers.overview_results import read_sentences
from core.importers.overview_text import sentences


def _read(text: str, year: int = 2025) -> list[tuple[str, int]]:
    return [(r, v) for r, v, _ in read_sentences(sentences(text), year)]


@pytest.mark.parametrize("text,read", [
    # the form's rows 一 and 二 by their names (317 + 3 = 307 decided + 13 结转下年度)
    ("2025年新收政府信息公开申请数量317件,上年结转政府信息公开申请数量3件。其中,予以公开184件,部分公开18件,不予公开8件,"
     "本机关无法提供57件,不予处理18件,其他处理22件,结转下年度继续办理13件。",
     [("3.1", 184), ("3.2", 18), ("3.3", 8), ("3.5", 18), ("3.6", 22)]),
    ("本年新收政府信息公开申请数量为5件,上年结转政府信息公开申请数量为0件,予以公开3件,部分公开2件",
     [("3.1", 3), ("3.2", 2)]),
    # the count holding those carried in: 24 handled, not 24 + 1
    ("2025年,某办共受理政府信息公开申请24件(含上年结转1件),申请人全部为公民。经依法办理,予以公开4件,无法提供19件,"
     "另处理重复申请1件,所有申请均在法定期限内完成答复。",
     [("3.1", 4), ("3.4", 19)]),
    ("2025年共收到政府信息公开申请6件(含上年度结转政府信息公开申请2件),予以公开5件,部分公开1件",
     [("3.1", 5), ("3.2", 1)]),
    # the decided ones as the whole the results part
    ("全年共受理政府信息公开申请7件,均来自自然人。在办结的5件申请中,予以公开3件,因属于行政执法案卷信息不予公开1件,"
     "申请撤销1件。另2件申请按规定结转下年度继续办理。",
     [("3.1", 3), ("3.3", 1)]),
    ("2025年共收到政府信息公开申请9件,在已办结的8件中,予以公开6件,部分公开2件", [("3.1", 6), ("3.2", 2)]),
    # the form's row 一 alone, or an aside on a part, and no request said carried in anywhere: the results adding up
    # to it are the year's
    ("2025年新收政府信息公开申请数量317件。其中,予以公开184件,部分公开133件。", [("3.1", 184), ("3.2", 133)]),
    ("2025年共受理政府信息公开申请24件(含网上申请1件),予以公开4件,无法提供20件", [("3.1", 4), ("3.4", 20)]),
    # past one sentence between that counts nothing
    ("2025年共收到政府信息公开申请24件,上年结转0件。申请内容主要涉及征地等领域。经依法办理,予以公开4件,无法提供20件。",
     [("3.1", 4), ("3.4", 20)]),
])
def test_requests_handled_said_so(text: str, read: list[tuple[str, int]]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize("text", [
    # the form's row 一 alone, and those carried in said apart: the results may be of the new alone
    "2025年新收政府信息公开申请数量317件。其中,予以公开184件,部分公开133件。另有上年结转申请3件,均已办结。",
    # a part's new requests, a whole area's
    "2025年新收网上政府信息公开申请数量10件,上年结转政府信息公开申请数量0件,予以公开10件",
    "2025年全区新收政府信息公开申请数量10件,上年结转政府信息公开申请数量0件,予以公开10件",
    # not held (不含), another aside, or one on a result: those carried in stay unsaid
    "2025年共受理政府信息公开申请24件(不含上年结转1件),予以公开4件,无法提供20件",
    "2025年共受理政府信息公开申请24件(含网上申请1件),予以公开4件,无法提供20件,上年转办的2件均已答复",
    "2025年共收到政府信息公开申请94件,予以公开76件(含上年结转5件),部分公开18件",
    "2025年共收到政府信息公开申请10件,均来自自然人(含上年结转1件),予以公开10件",
    # held, yet the results do not add up to the count (they are 24 + 1)
    "2025年共受理政府信息公开申请24件(含上年结转1件),予以公开5件,无法提供20件",
    # a part's decided ones, or results not adding up to the decided
    "2025年共收到政府信息公开申请9件。在网上办结的5件申请中,予以公开3件,无法提供2件",
    "2025年共收到政府信息公开申请9件。在办结的5件申请中,予以公开3件,无法提供1件",
    "2025年共收到政府信息公开申请9件。在办结的5件申请中,予以公开3件,无法提供2件,在办结的4件中,予以公开4件",
    # a sentence between naming a part, another time, or a figure; or two of them
    "2025年共收到政府信息公开申请24件,上年结转0件。其中网上申请的办理情况如下。予以公开4件,无法提供20件",
    "2025年共收到政府信息公开申请24件,上年结转0件。下属单位的办理情况如下。予以公开4件,无法提供20件",
    "2025年共收到政府信息公开申请24件,上年结转0件。上年度的办理情况如下。予以公开4件,无法提供20件",
    "2025年共收到政府信息公开申请24件,上年结转0件。另收到咨询3件。予以公开4件,无法提供20件",
    "2025年共收到政府信息公开申请24件,上年结转0件。申请内容主要涉及征地等领域。均依法答复。予以公开4件,无法提供20件",
])
def test_what_stays_unread(text: str) -> None:
    assert _read(text) == []
