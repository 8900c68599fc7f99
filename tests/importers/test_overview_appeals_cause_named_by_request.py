"""表四's none said of appeals caused by 政府信息申请 — the requests for government information named without 公开
(桐乡市公安局 2023: 未发生因政府信息申请引起的行政复议和行政诉讼; pagesea-tongxiang-gaj-2023). The cause names the
disclosure as 因政府信息公开申请引起的 does, so the none is the whole appeals' (each row's 总计 0). A request of another
kind (信访申请, 行政许可申请), a cause naming no request, or a none narrowed to a result stays unread.
Synthetic sentences, and the real report's own."""

from __future__ import annotations

from core.importers.overview_counts import _read_sentence

REVIEW, DIRECT, AFTER = "appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total"
ALL_NONE = [(REVIEW, 0), (DIRECT, 0), (AFTER, 0)]


def _appeals(sentence: str, year: int = 2023) -> list[tuple[str, int]]:
    return [(a, v) for a, v in _read_sentence(sentence, year) if a.startswith("appeals/")]


def test_a_cause_naming_requests_for_government_information_is_the_disclosure() -> None:
    assert _appeals("严把登记、审核、办理答复、送达、归档各个环节,共办理回复依申请公开事项23件,均已按时答复。"
                    "未发生因政府信息申请引起的行政复议和行政诉讼") == ALL_NONE
    assert _appeals("全年未发生因政府信息申请而引发的行政复议") == [(REVIEW, 0)]
    assert _appeals("未发生因政府信息申请引起的复议、诉讼") == ALL_NONE
    assert _appeals("因政府信息申请行政复议2件、行政诉讼0件") == [(REVIEW, 2), (DIRECT, 0), (AFTER, 0)]


def test_a_cause_naming_another_request_or_a_part_stays_unread() -> None:
    assert _appeals("未发生因信访申请引起的行政复议和行政诉讼") == []
    assert _appeals("未发生因行政许可申请引起的行政复议和行政诉讼") == []
    assert _appeals("未发生因政府信息申请引起的行政复议被纠错的情况") == []
    assert _appeals("力争全年不发生因政府信息申请引起的行政复议和行政诉讼") == []
    assert _appeals("2022年未发生因政府信息申请引起的行政复议和行政诉讼") == []
