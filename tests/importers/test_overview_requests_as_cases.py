"""The year's requests called 案件 (cases) in 一、总体情况 (the corpus's unread cells, helper 198): "共收到依申请公开
政府信息案件7件" (路桥区人社局 2024) — each request as a case handled, right after the words that name the requests
(依申请公开, 申请公开政府信息), as 依申请公开信件 names each as the letter it came in.

Close wordings stay unread: 案件 after 政府信息公开 alone (政府信息公开案件: as often the appeals over disclosure), after
公开 alone or 信息公开, 案件 alone; the appeals' cases (行政复议案件, 依申请公开…行政诉讼案件); a count of cases accepted
(受理: may hold last year's carried over), handled or answered (办理, 答复), not received. Synthetic sentences in the
pattern the copies print."""

from __future__ import annotations

import pytest

from core.importers import import_bytes
from core.importers.overview_counts import _read_sentence
from tests.importers.files import township_cut_in_overview

NEW = "requests/1/total"


@pytest.mark.parametrize("sentence,want", [
    ("2024年,我局共收到依申请公开政府信息案件7件", [(NEW, 7)]),
    ("全年收到依申请公开案件3件", [(NEW, 3)]),
    ("2024年共收到申请公开政府信息案件2件,均已按期答复", [(NEW, 2)]),
    ("2024年,我局共收到依申请公开政府信息案件7件,提起行政诉讼0件",
     [(NEW, 7), ("appeals/suit_direct/total", 0), ("appeals/suit_after_review/total", 0)]),
])
def test_requests_counted_as_cases(sentence: str, want: list[tuple[str, object]]) -> None:
    assert _read_sentence(sentence, 2024) == want


@pytest.mark.parametrize("sentence", [
    "全年收到政府信息公开案件3件",            # 政府信息公开案件: the appeals over disclosure as often as requests
    "全年收到政府信息公开申请案件2件",
    "收到信息公开案件2件",
    "全年收到公开案件3件",
    "全年收到案件3件",                        # cases of anything
    "全年收到行政复议案件2件",
    "全年收到依申请公开政府信息行政诉讼案件1件",  # an appeal's case, not a request
    "全年受理依申请公开案件3件",              # accepted: last year's carried over may be among them
    "全年办理依申请公开案件3件",              # handled, not received
    "答复依申请公开政府信息案件5件",          # answered, not received
])
def test_other_cases_stay_unread(sentence: str) -> None:
    assert all(address != NEW for address, _ in _read_sentence(sentence, 2024))


def test_a_copy_cut_in_the_overview_reads_them() -> None:
    report, _ = import_bytes(township_cut_in_overview("2024年,我镇共收到依申请公开政府信息案件4件。"), "某某镇.txt")
    assert report.cells.get(NEW) == 4
    report, _ = import_bytes(township_cut_in_overview("2024年,我镇共收到政府信息公开案件4件。"), "某某镇.txt")
    assert NEW in report.missing
