"""Header and label words judged outside ``table_spec`` by its one matching: the header's last cell
of a one-cell-per-line copy (``text_cells._ends_header``, by ``table_spec.names_at``) and the end of
a row's words printed where its numbers go (``cell_words.words_in_cells``, by
``table_spec.like_a_label``), so that a word is not taken for a column's name there and for none, or
several, by the header's reading."""

from __future__ import annotations

from core.importers.cell_words import words_in_cells
from core.importers.layout import Line, Token
from core.importers.row_repair import Observed
from core.importers.table_reading import _flat_spec, _spec
from core.importers.table_spec import like_a_label, names_at
from core.importers.text_cells import _ends_header
from core.registry import get_form

_TABLES = {t.id: t for t in get_form("2021").tables}
REQUESTS = _spec(_TABLES["requests"])
COLS = [labels for _, labels in REQUESTS.cols]
TOTAL = len(COLS) - 1
APPEALS_FLAT = [labels for _, labels in _flat_spec(_TABLES["appeals"]).cols]
DOCUMENTS = _spec(_TABLES["art20_1"])


def _raw(*rows: tuple[str, list[str]]) -> list[tuple[str, list[str], int, Line]]:
    return [(label, cells, 0, Line([Token(label, 0, 1, 0, 1)], False)) for label, cells in rows]


def test_the_header_ends_at_the_last_columns_name_on_a_line_of_its_own() -> None:
    first_row = ("一、本年新收政府信息公开申请数量", ["1", "0", "0", "0", "0", "0", "1"])
    assert _ends_header(_raw(("总计", []), first_row), 0, COLS)
    assert _ends_header(_raw(("总 计", []), first_row), 0, COLS)


def test_a_header_run_together_on_its_last_line_does_not_end_it_as_one_cell() -> None:
    """商业企业总计 is like 总计 (it holds it), but it names 商业企业 too: no last cell of its own."""
    first_row = ("一、本年新收政府信息公开申请数量", ["1", "0", "0", "0", "0", "0", "1"])
    assert not names_at("商业企业总计", COLS, TOTAL)
    assert not _ends_header(_raw(("商业企业总计", []), first_row), 0, COLS)
    assert not _ends_header(_raw(("法律服务机构其他总计", []), first_row), 0, COLS)


def test_a_word_shared_by_several_columns_is_the_last_ones_where_it_stands() -> None:
    """总计 closes each group of 表四 printed flat: columns_named tells none of them, its place does."""
    last = len(APPEALS_FLAT) - 1
    assert names_at("总计", APPEALS_FLAT, last)
    assert _ends_header(_raw(("总计", []), ("", ["0"] * len(APPEALS_FLAT))), 0, APPEALS_FLAT)
    assert not names_at("结果维持", APPEALS_FLAT, last)


def test_a_word_like_two_labels_still_ends_a_rows_words() -> None:
    """The loose judgement: a word like two columns as each other names neither, but is the
    header's, not a cell's words."""
    heads = [labels for _, labels in DOCUMENTS.cols]
    assert like_a_label("本年件数", heads)
    rows = [Observed("规章", {}, False), Observed("本单位未制作规章", {}, False),
            Observed("本年件数", {}, False), Observed("本单位未制作规章", {}, False)]
    out = words_in_cells(rows, DOCUMENTS)
    assert out[0].cells == {0: "本单位未制作规章"}


def test_another_rows_label_opened_by_qita_ends_a_rows_words() -> None:
    """其他行政规范性文件 (a row some provinces add) holds 行政规范性文件 whole: a row's label, not the
    words 规章 printed where its numbers go, though likeness leaves it out (``names_other``)."""
    rows = [Observed("规章", {}, False), Observed("本单位未制作规章", {}, False),
            Observed("其他行政规范性文件", {}, False), Observed("本单位未制作", {}, False)]
    out = words_in_cells(rows, DOCUMENTS)
    assert out[0].cells == {0: "本单位未制作规章"}
    assert out[1].label == "其他行政规范性文件"


def test_words_in_place_of_numbers_are_still_a_rows_cells() -> None:
    rows = [Observed("规章", {}, False)] + [Observed("本单位未制作规章", {}, False)] * 3 + \
        [Observed("行政规范性文件", {}, False)]
    out = words_in_cells(rows, DOCUMENTS)
    assert out[0].cells == {0: "本单位未制作规章", 1: "本单位未制作规章", 2: "本单位未制作规章"}
    assert not like_a_label("本单位未制作规章", [labs for j, (_, labs) in enumerate(DOCUMENTS.rows) if j]
                            + [labels for _, labels in DOCUMENTS.cols])
