"""Nones of the year's requests worded in ways the overview's grammar left unread (corpus helper pagesec: 2019–2023
townships and county departments) — synthetic text, each in the pattern a real copy printed:

- the ways of applying listed, then 和其他形式: every form at once, as 书面或其他形式 is (年内未接到当面申请、网站提交、
  电子邮件和其他形式申请公开政府信息要求, 凉州区松树镇 2022);
- 公民、法人和其它组织: 其它 for 其他, every applicant at once (全年没有公民、法人和其它组织提出依申请公开信息的申请,
  青川县 部门 2021), and the requests named 依申请公开信息的申请 — 申请 last, so no information given is meant;
- 诉求 for 要求 after the verb (未收到公民、法人或其他组织的依申请公开诉求, 葫芦岛市教育局 2022);
- 项目 for 事项 (无依申请公开项目, 阿右旗阿拉腾敖包镇 2021);
- in a none, two ways of applying or more listed before 等方式 (未收到通过受理电话、网络平台、来信等方式提出的相关政府信息
  公开申请, 哈密市伊州区雅满苏镇 2022): no request by any of them.

What may be another thing stays unread: forms listed without 其他形式 (some forms, not every one), a kind of applicant
among them, 其它 with one kind of applicant, information rather than requests (无依申请公开信息), 诉求 with no verb,
one way before 等, a count of requests by the ways listed with 等 (maybe those channels' alone: 信函、网络等渠道), and
受理 (a count of requests accepted is not one of those received)."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence
from core.importers.overview_text import sentences

NEW = "requests/1/total"


def _said(text: str, year: int = 2022) -> list[tuple[str, int]]:
    return [r for s in sentences(text) for r in _read_sentence(s, year)]


@pytest.mark.parametrize("sentence,read", [
    ("年内未接到当面申请、网站提交、电子邮件和其他形式申请公开政府信息要求", [(NEW, 0)]),
    ("2022年,我镇未收到信函、网上申请或其它形式的政府信息公开申请", [(NEW, 0)]),
    ("全年没有公民、法人和其它组织提出依申请公开信息的申请", [(NEW, 0)]),
    ("2022年,我局未收到公民、法人和其它组织提出的政府信息公开申请", [(NEW, 0)]),
    ("2022年,我局未收到公民、法人或其他组织的依申请公开诉求", [(NEW, 0)]),
    ("2022年,我局未收到申请公开政府信息的诉求", [(NEW, 0)]),
    ("2022年度,某某镇无依申请公开项目", [(NEW, 0)]),
    ("2022年1月1日至2022年12月31日,某某镇未收到通过受理电话、网络平台、来信等方式提出的相关政府信息公开申请",
     [(NEW, 0)]),
])
def test_nones_worded_otherwise_are_read(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _said(sentence) == read


@pytest.mark.parametrize("sentence", [
    "年内未接到当面申请、网站提交的政府信息公开申请",                  # some forms, not every one
    "2022年,我镇未收到法人、信函和其他形式的政府信息公开申请",          # a kind of applicant among them
    "2022年,我镇未收到企业网上申请和其他形式的政府信息公开申请",
    "全年没有法人和其它组织提出依申请公开信息的申请",                  # not every applicant
    "2022年,我局无依申请公开信息",                                  # information, not requests
    "2022年,我局无依申请公开的政府信息",
    "2022年,我局无依申请公开诉求",                                  # no verb
    "2022年,我镇未收到通过网络等方式提出的政府信息公开申请",                  # one way before 等: no list
    "2022年,我镇未收到通过法人、网络等方式提出的政府信息公开申请",            # a kind of applicant listed
    "2022年,我局收到通过信函、网络等渠道提出的政府信息公开申请5件",          # a count: maybe those channels' alone
    "2022年,我局收到通过来信、来访等途径提出的政府信息公开申请5件",
    "2022年,某某中心未收到依申请公开信息受理件",                      # 受理: accepted, not received
])
def test_close_wordings_stay_unread(sentence: str) -> None:
    assert _said(sentence) == []
