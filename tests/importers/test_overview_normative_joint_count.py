"""A count after a list of verbs is the list's, not its last verb's (issue 17; found reading the reader's
own grammar, not a corpus entry): "2024年我局制发、废止规范性文件3件" was read as 本年废止 3 and "…废止、制发
规范性文件3件" as 本年制发 3 — the 3 may be 2 made and 1 repealed. A none over such a list is each verb's
none (``test_overview_normative_verb_list``), and a 0 after it is 0 of each, so only a count above 0 is
left unread. Verbs done to the same documents (修订并制发: revised, then issued) are one act, still read."""

from __future__ import annotations

import pytest

from core.importers.overview_normative import ISSUED, REPEALED, RULES_ISSUED, read_sentence


def _read(sentence: str) -> list[tuple[str, int]]:
    return [(a, v) for a, v, _ in read_sentence(sentence, 2024)]


@pytest.mark.parametrize("sentence", [
    "2024年我局制发、废止规范性文件3件",
    "2024年,我局废止、制发规范性文件3件",
    "2024年我局修改、制发规范性文件3件",
    "本年度制定和废止行政规范性文件5件",
    "全年共制发及废止规范性文件2件",
    "2024年我局修订、废止规范性文件4个",
    "2024年市政府修改、制发政府规章2件",
])
def test_a_count_after_a_list_of_verbs_is_not_its_last_verbs(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize("sentence,read", [
    ("2024年我局制发规范性文件3件", [(ISSUED, 3)]),
    ("2024年我局修订并制发规范性文件3件", [(ISSUED, 3)]),
    ("2024年我局制发规范性文件3件、废止2件", [(ISSUED, 3), (REPEALED, 2)]),
    ("市政府、市政府办公室2024年制发规范性文件6件", [(ISSUED, 6)]),
    ("2024年我局制发、废止规范性文件0件", [(REPEALED, 0)]),
    ("2024年市政府制发政府规章1件", [(RULES_ISSUED, 1)]),
])
def test_a_count_of_one_verb_is_still_read(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _read(sentence) == read
