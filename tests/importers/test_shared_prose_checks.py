"""The checks the prose readers share (one weighing of the words before a count's verb, one pattern of an aside):
each reader keeps out what it kept out before, and no reader reads more for sharing them."""

import re

from core.importers.asides import ASIDE
from core.importers.overview_asides import OPEN_TO_CLOSE
from core.importers.overview_decided_sum import _handled
from core.importers.overview_results import _requests_clause
from core.importers.request_words import NARROW, before_verb_ok, prefix_ok

YEAR = 2023


def test_the_words_before_a_verb_hold_only_the_clauses_time_and_subject() -> None:
    for words in ("2023年我街道共", "本年度", "全年", "", "本年度我办共", "2023年区政府办公室共"):
        assert prefix_ok(words, YEAR), words
    for words in ("2022年", "上年度", "截至11月底", "网上", "其中", "3个部门", "某某某某某某某某某某某某某某某某某",
                  "办结上年结转后", "我局依法公开"):
        assert not prefix_ok(words, YEAR), words
        assert not before_verb_ok(words, YEAR, refused=(re.compile("\u529e|\u516c\u5f00"),)), words


def test_what_a_reader_keeps_out_besides_is_its_own() -> None:
    assert before_verb_ok("按时", YEAR, manner=re.compile("\u6309\u65f6"))       # 按时办结: the manner taken out
    assert not before_verb_ok("按时", YEAR)                                    # 按时 alone narrows a count
    assert not before_verb_ok("我办", YEAR, refused=(re.compile("\u529e"),))    # 我办: a verb unless an office
    assert before_verb_ok("我办", YEAR, refused=(re.compile("\u529e"),), named_self=re.compile("[\u6211\u672c]\u529e"))
    assert not before_verb_ok("本单位执行", YEAR, what="\u653f\u5e9c\u4fe1\u606f")   # 行|政府: 行政 across the verb
    assert before_verb_ok("本单位执行", YEAR) and NARROW.search("本单位执行") is None


def test_a_count_dealt_with_keeps_its_own_refusals() -> None:
    assert _handled("全年按时办结政府信息公开申请12件", YEAR) == (12, "\u529e\u7ed3")
    assert _handled("依法答复12件", YEAR) == (12, "\u7b54\u590d")
    for clause in ("未答复政府信息公开申请43件", "收到并办结12件", "2022年办结12件", "网上办结12件", "其中办结3件",
                   "公开答复191件", "上年度办结12件"):
        assert _handled(clause, YEAR) is None, clause


def test_the_results_reader_weighs_the_requests_clause_by_its_own_words() -> None:
    assert _requests_clause("2023年共收到政府信息公开申请45件", YEAR) == 45
    for clause in ("全区共收到政府信息公开申请45件", "各部门收到政府信息公开申请45件", "2022年收到政府信息公开申请45件",
                   "较去年收到政府信息公开申请45件", "截至目前收到政府信息公开申请45件"):
        assert _requests_clause(clause, YEAR) is None, clause


def test_an_aside_is_one_pattern_either_width_innermost_first() -> None:
    assert ASIDE.sub("", "收到44件(其中:网上申请42件,邮寄2件),上年结转0件") == "收到44件,上年结转0件"
    assert ASIDE.sub("", "收到5件（含上年结转1件）") == "收到5件"
    assert [m[1] for m in ASIDE.finditer("5件(含上年结转1件)、3件（另有2件）")] == ["含上年结转1件", "另有2件"]
    assert ASIDE.sub("", "办结(按时(3件))2件") == "办结(按时)2件"          # a nested aside: its inner pair first
    assert ASIDE.sub("", "收到(未完5件(含1件)") == "收到(未完5件"           # an open bracket never closed stays


def test_a_clause_takes_out_what_the_sentences_asides_left() -> None:
    assert OPEN_TO_CLOSE.sub("", "收到(未完5件") == "收到(未完5件"
    assert OPEN_TO_CLOSE.sub("", "收到(未完(含)5件") == "收到5件"           # unlike ``ASIDE``: across an opening bracket
