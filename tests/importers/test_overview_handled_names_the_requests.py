"""A sentence of 一、总体情况 that opens by counting the requests handled (办理…申请61件) names them as its subject, as
one counting them received does: the clauses after it that give a row of 表三 by its own verb (办结 → 三（七）,
结转下年度 → 四) are of those requests. The handled figure itself stays unread (办理 may hold last year's carried over,
or only those decided), and so does a figure of appeals after it (a list of the year's work, 处理依申请公开16件,,全年发生
行政复议案件4件, may count the organ's every 行政复议: 天津东疆 2020). And an office naming itself short (政府办, for 政府办公室) before the verb is the clause's subject,
not the verb 办. Held-out entry: pageser-liyang-szfb-2025 (溧阳市政府办公室 2025)."""

from __future__ import annotations

import json

from corpus_import import CORPUS, score_one

from core.importers.overview_counts import _read_sentence

UNREAD = (
    "我办理依申请公开政府信息5件",                         # the handled figure: no row's
    "共办理政府信息公开申请20件,答复18件",                  # 答复: another verb's figure
    "网上办理政府信息公开申请20件,办结18件",                # one channel's: the 办结 may be of it alone
    "上年度办理政府信息公开申请20件,办结18件",              # another year's
    "2024年办理政府信息公开申请20件,办结18件",              # another year's, by its number
    "共办理行政许可申请20件,办结18件",                      # requests of another kind
    "共办理依申请公开咨询20件,办结18件",                    # enquiries, not requests
    "共办理信访件20件,办结18件,结转下年度2件",              # letters and visits
    "共处理政府信息公开申请20件,按时办结18件",              # those decided on time: a part
    "共办理政府信息公开申请20件,其中办结18件",              # parts after 其中
    "2025年县政府办理了行政复议7件",                        # 办理 the verb, of appeals with no disclosure named
    "严格按照条例规定处理依申请公开16件,全年发生行政复议案件4件",   # appeals of what: not said
)


def test_a_count_handled_makes_the_requests_the_subject() -> None:
    assert _read_sentence("2025年共办理政府信息公开申请61件,办结54件,结转下年度办理7件", 2025) == [
        ("requests/3.7/total", 54), ("requests/4/total", 7)]
    assert _read_sentence("2024年依法处理依申请公开政府信息20件,办结18件,结转下年度继续办理2件", 2024) == [
        ("requests/3.7/total", 18), ("requests/4/total", 2)]
    assert [s for s in UNREAD if _read_sentence(s, 2025)] == []      # what stays unread


def test_the_government_office_said_short_is_the_subject_not_a_verb() -> None:
    assert _read_sentence("2025年县政府办收到政府信息公开申请6件", 2025) == [("requests/1/total", 6)]
    assert _read_sentence("2025年市政府本级、政府办办理政府信息公开申请61件,办结54件,结转下一年办理7件,"
                          "行政复议7件", 2025) == [("requests/3.7/total", 54), ("requests/4/total", 7)]
    assert _read_sentence("2025年县政府办理政府信息公开申请6件", 2025) == []     # 办理, the verb: no row's figure
    assert _read_sentence("2025年经政府办转办政府信息公开申请6件", 2025) == []   # 转办: narrowed


def test_the_held_out_entry_reads_its_counts() -> None:
    meta = json.loads((CORPUS / "pageser-liyang-szfb-2025.json").read_text(encoding="utf-8"))
    score = score_one(meta, CORPUS / "pageser-liyang-szfb-2025.txt")
    assert score.wrong == [] and score.refused is None
    assert "requests/3.7/total" not in score.missing and "requests/4/total" not in score.missing
    assert {"appeals/review/total", "appeals/suit_after_review/total"} <= set(score.missing)   # of what: not said
