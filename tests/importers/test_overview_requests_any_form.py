"""Two ways a township's 一、总体情况 denies every request that the overview's grammar left unread (corpus
helper pagescj) — synthetic text, each in the pattern real copies printed:

- in writing or in any other form, every form at once (太和街道未接收到书面或其他形式要求公开政府信息的申请);
- 政务信息依申请公开要求 after the verb (未收到政务信息依申请公开要求): 政务信息 for 政府信息, and the requests named
  as in 未收到依申请公开要求, with 政府信息 before them.

What may be another thing stays unread: one form alone (书面形式, 其他形式), no verb (无…依申请公开要求 may say no
rule required any), a word between the name and 要求 (工作要求), a kind of applicant named."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence
from core.importers.overview_text import sentences

NEW = "requests/1/total"


def _said(text: str, year: int = 2023) -> list[tuple[str, int]]:
    return [r for s in sentences(text) for r in _read_sentence(s, year)]


@pytest.mark.parametrize("sentence,read", [
    ("2023年1月1日至12月31日,某某街道未接收到书面或其他形式要求公开政府信息的申请", [(NEW, 0)]),
    ("2023年,我镇未收到书面或其他形式提出的政府信息公开申请", [(NEW, 0)]),
    ("2023年,我乡未收到书面及其它形式的政府信息公开申请", [(NEW, 0)]),
    ("2023年,我镇收到书面或其他形式的政府信息公开申请3件", [(NEW, 3)]),
    ("2023年我处未收到政务信息依申请公开要求", [(NEW, 0)]),
    ("2023年,我局未收到政府信息依申请公开要求", [(NEW, 0)]),
    ("2023年,我局未收到政府信息依申请公开事项", [(NEW, 0)]),
])
def test_every_form_and_the_requests_named_otherwise_are_read(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _said(sentence) == read


@pytest.mark.parametrize("sentence", [
    "2023年,我镇未收到书面形式的政府信息公开申请",               # one form alone
    "2023年,我镇未收到其他形式的政府信息公开申请",
    "2023年,我镇未收到书面或电子形式的政府信息公开申请",          # two forms, not every one
    "2023年,我镇未收到法人书面或其他形式的政府信息公开申请",      # one kind of applicant
    "2023年我处无政务信息依申请公开要求",                        # no verb: maybe no rule required any
    "2023年我处未收到政务信息依申请公开工作要求",                  # the work's requirements, not requests
    "2023年我处未收到上级政务信息依申请公开要求",
])
def test_close_wordings_stay_unread(sentence: str) -> None:
    assert _said(sentence) == []
