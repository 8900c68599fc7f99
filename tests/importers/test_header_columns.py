"""Which of the form's columns a header word names (``table_spec.columns_named``) and how a
header's words are paired with them (``table_spec.pair_columns``): one answer for every header
judgement (by place, one cell per line, words split on spaces, words run together), so that a word
is not taken for a column by one of them and for none, or another, by the next."""

from __future__ import annotations

from core.importers.layout import Line, Token
from core.importers.table_reading import _flat_spec, _spec
from core.importers.table_spec import (
    Result,
    column_named,
    columns_named,
    name_slots,
    names_more_columns,
    names_several,
    pair_columns,
    texts_at,
)
from core.registry import get_form

_TABLES = {t.id: t for t in get_form("2021").tables}
REQUESTS = _spec(_TABLES["requests"])
COLS = [labels for _, labels in REQUESTS.cols]
NATURAL, COMMERCIAL, RESEARCH, NONPROFIT, LEGAL, OTHER, TOTAL = range(7)
RUN_TOGETHER = "法人或其他组织总计商业企业科研机构社会公益组织法律服务机构"


def test_a_word_names_the_one_column_whose_label_it_is_or_is_clearly_like() -> None:
    assert columns_named("商业企业", COLS) == {COMMERCIAL}
    assert columns_named("社会公益组", COLS) == {NONPROFIT}            # cut short: by likeness
    assert columns_named("（四）法律服务机构", COLS) == {LEGAL}        # its numbering is no word
    assert column_named("科 研 机 构", COLS) == RESEARCH


def test_a_word_naming_no_column_names_none() -> None:
    for word in ("", "  ", "本年新收政府信息公开申请数量", "申请人情况", "2021"):
        assert columns_named(word, COLS) == set(), word
        assert column_named(word, COLS) is None


def test_a_word_alike_two_columns_names_neither() -> None:
    """结果 is as like 结果维持 as 结果纠正: which column it stands for is a guess."""
    appeals = [labels for _, labels in _spec(_TABLES["appeals"]).cols]
    assert columns_named("结果", appeals) == set()


def test_a_header_run_together_names_several_columns_and_so_none() -> None:
    assert columns_named(RUN_TOGETHER, COLS) == {COMMERCIAL, RESEARCH, NONPROFIT, LEGAL, OTHER, TOTAL}
    assert names_several(RUN_TOGETHER, COLS)
    assert column_named(RUN_TOGETHER, COLS) is None      # not the one it is most like (社会公益组织)
    assert not names_several("社会公益组织", COLS)


def test_a_label_inside_another_columns_longer_label_is_not_named_again() -> None:
    """表四 printed flat: 行政复议结果维持 names the one column, not each group's 结果维持; the bare
    结果维持 of a flat header stands for any group's, so for none, and with its group's words in
    another order it names its group's by likeness (not every group's by the words they share)."""
    flat = [labels for _, labels in _flat_spec(_TABLES["appeals"]).cols]
    assert columns_named("行政复议结果维持", flat) == {0}
    assert columns_named("结果维持", flat) == set()
    assert columns_named("未经复议直接起诉行政诉讼结果维持", flat) == {5}


def test_a_run_together_word_is_judged_alike_by_every_header_rule() -> None:
    """A word naming several columns names none: blanked where the words over the numbers are taken
    (``texts_at``), no column counted for it among a spaced header's names (``names_more_columns``),
    and not taken for the column it is most like when the header is followed by place."""
    header = [Line([Token(RUN_TOGETHER, 0, 1, 0, 1)], positional=False)]
    assert texts_at(header, 0, 1, COLS) == [""]
    assert not names_more_columns(header, 0, REQUESTS)
    texts = ["自然人", RUN_TOGETHER, "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    res = Result()
    assert name_slots(REQUESTS, texts, res, "列") == {i: i for i in range(7)}
    assert res.notes == []


def test_header_words_pair_with_columns_one_to_one() -> None:
    assert pair_columns(["自然人", "", "总计"], COLS) == [(0, NATURAL, 1.0), (2, TOTAL, 1.0)]
    # in order, of two words printed the other way round one pairs with none; in any order both do
    assert len(pair_columns(["总计", "自然人"], COLS)) == 1
    assert sorted(j for _, j, _ in pair_columns(["总计", "自然人"], COLS, in_order=False)) == [NATURAL, TOTAL]
    # one column, one word: a second 总计 pairs with nothing
    assert [j for _, j, _ in pair_columns(["总计", "总计"], COLS, in_order=False)] == [TOTAL]
    assert pair_columns(["申请人情况"], COLS) == []
