"""The templates describe the official forms exactly, and a broken template fails at load."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Callable

import pytest

from core import expr
from core.forms import TEMPLATES_DIR, FormScope, form_for_year, get_form
from core.template_loader import TemplateError, load_template

APPLICANTS = ["natural", "commercial", "research", "nonprofit", "legal", "other"]


def _results(fmt: str) -> list[str]:
    rows = ["3.1", "3.2"] + [f"3.3.{i}" for i in range(1, 9)] + [f"3.4.{i}" for i in range(1, 4)]
    rows += [f"3.5.{i}" for i in range(1, 6)]
    return rows + (["3.6.1", "3.6.2", "3.6.3"] if fmt == "2021" else ["3.6"])


def expected_addresses(fmt: str) -> set[str]:
    """The cell ids of ../shared/reference/cell-ids.md, typed out independently of the templates."""
    out: set[str] = set()

    def add(table: str, rows: list[str], cols: list[str]) -> None:
        out.update(f"{table}/{r}/{c}" for r in rows for c in cols)

    if fmt == "2021":
        add("art20_1", ["rules", "normative"], ["issued", "repealed", "in_force"])
        add("art20_5", ["license"], ["decisions"])
        add("art20_6", ["penalty", "enforcement"], ["decisions"])
        add("art20_8", ["fees"], ["amount"])
    else:
        add("art20_1", ["rules", "normative"], ["made", "published", "total_public"])
        add("art20_5", ["license", "other_services"], ["prev_items", "change", "decisions"])
        add("art20_6", ["penalty", "enforcement"], ["prev_items", "change", "decisions"])
        add("art20_8", ["fees"], ["prev_items", "change"])
        add("art20_9", ["procurement"], ["projects", "amount"])
    add("requests", ["1", "2"] + _results(fmt) + ["3.7", "4"], APPLICANTS + ["total"])
    add("appeals", ["review", "suit_direct", "suit_after_review"], ["upheld", "corrected", "other", "pending", "total"])
    return out


@pytest.mark.parametrize("fmt", ["2021", "2019"])
def test_cell_addresses_follow_cell_ids_reference(fmt: str) -> None:
    form = get_form(fmt)
    non_legacy = {a for a in form.cells if not form.is_legacy(a)}
    assert non_legacy == expected_addresses(fmt)


@pytest.mark.parametrize("fmt,rowspan", [("2021", 22), ("2019", 20)])
def test_requests_grid_matches_official_layout(fmt: str, rowspan: int) -> None:
    table = get_form(fmt).table("requests")
    by_text = {c.text: c for c in table.grid if c.text}
    corner = by_text["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"]
    assert (corner.r, corner.c, corner.rs, corner.cs, corner.role) == (0, 0, 3, 3, "header")
    assert (by_text["申请人情况"].cs, by_text["法人或其他组织"].cs, by_text["总计"].rs) == (7, 5, 2)
    assert by_text["三、本年度办理结果"].rs == rowspan
    assert by_text["（三）不予公开"].rs == 8 and by_text["（五）不予处理"].rs == 5
    assert table.header_rows == 3 and table.grid_cols == 10
    value = next(c for c in table.grid if c.address == "requests/3.3.1/natural")
    assert (value.c, value.role) == (3, "value")


def test_art20_single_value_column_spans_three() -> None:
    table = get_form("2021").table("art20_5")
    (value,) = [c for c in table.grid if c.address]
    assert (value.c, value.cs) == (1, 3)
    assert get_form("2021").table("art20_8").col("amount").unit == "万元"
    assert get_form("2021").kind_of("art20_8/fees/amount") == "money"
    assert get_form("2019").kind_of("art20_5/license/change") == "change"


def test_appeals_is_one_printed_row_of_fifteen() -> None:
    table = get_form("2021").table("appeals")
    values = sorted((c.c, c.address) for c in table.grid if c.address)
    assert len(values) == 15 and {c.r for c in table.grid if c.address} == {3}
    assert values[5][1] == "appeals/suit_direct/upheld" and values[14][1] == "appeals/suit_after_review/total"


def test_computed_cells_and_format_by_year() -> None:
    form = get_form("2021")
    assert form.is_computed("requests/3.7/natural") and form.is_computed("requests/1/total")
    assert form.is_computed("requests/3.7/total") and form.is_computed("appeals/review/total")
    assert not form.is_computed("requests/1/natural")
    assert form_for_year(2020).format == "2019" and form_for_year(2021).format == "2021"
    assert form_for_year(2031).format == "2021"
    assert [s.heading for s in form.sections][0] == "一、总体情况"
    assert [s.heading for s in form.section("1").subsections][4] == "（五）监督保障"


def _broken(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> str:
    data = json.loads((TEMPLATES_DIR / "2021.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    change(data)
    path = tmp_path / "next-year.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        load_template(path)
    return str(err.value)


def _table(data: dict[str, Any], tid: str) -> dict[str, Any]:
    return next(t for t in data["tables"] if t["id"] == tid)


def _rule(data: dict[str, Any], rid: str) -> dict[str, Any]:
    return next(r for r in data["rules"] if r["id"] == rid)


BROKEN = [
    ("rowspan too long", lambda d: _table(d, "requests")["grid"]["rows"][0][0].update(rs=4), ("requests", "第 4 行", "超出")),
    ("overlap", lambda d: _table(d, "requests")["grid"]["rows"][2].__setitem__(4, {"text": "其他", "cs": 2}),
     ("requests", "其他", "重叠")),
    ("hole", lambda d: _table(d, "appeals")["grid"]["rows"][0].pop(), ("appeals", "没有被任何单元格覆盖")),
    ("missing value cell", lambda d: _table(d, "art20_6")["grid"]["rows"].pop(), ("art20_6",)),
    ("bad expression", lambda d: _rule(d, "R1").update(check="requests/1/$col + == 2"), ("rules[R1]",)),
    ("python in rule", lambda d: _rule(d, "R2").update(check="__import__('os').system('x')"), ("rules[R2]",)),
    ("unknown group", lambda d: _rule(d, "R3").update(check="requests/$row/total == sum(requests/$row/@nope)"),
     ("rules[R3]", "@nope")),
    ("unknown cell", lambda d: _rule(d, "R4").update(check="appeals/$row/total == appeals/$row/bogus"),
     ("rules[R4]", "appeals/review/bogus")),
    ("group outside sum", lambda d: _rule(d, "R4").update(check="appeals/$row/total == appeals/$row/@results"),
     ("rules[R4]", "sum")),
    ("bad message expression", lambda d: _rule(d, "R1").update(message="{= requests/1/$nope}"), ("rules[R1]", "$nope")),
    ("unknown message name", lambda d: _rule(d, "R1").update(message="相差 {difference}"), ("rules[R1]", "difference")),
    ("carry to unknown cell", lambda d: d["rollover"]["carry"][0].update(target="requests/9/$col"),
     ("rollover.carry[carryover]", "requests/9/natural")),
    ("unknown kind", lambda d: _rule(d, "S1").update(kind="astrology"), ("rules[S1]", "astrology")),
    ("bad severity", lambda d: _rule(d, "S1").update(severity="fatal"), ("rules[S1]",)),
    ("duplicate rule", lambda d: d["rules"].append(dict(_rule(d, "R1"))), ("rules[R1]", "重复")),
    ("cycle", lambda d: d["computed"].append({"id": "loop", "target": "requests/1/natural",
                                              "expr": "requests/1/total"}), ("computed", "循环")),
    ("unknown cell kind", lambda d: _table(d, "art20_8")["cols"][0].update(kind="float"), ("art20_8", "float")),
    ("missing key", lambda d: _table(d, "appeals").pop("rows"), ("appeals", "rows")),
]


@pytest.mark.parametrize("name,change,words", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_template_fails_at_load_naming_file_and_entry(
        tmp_path: Path, name: str, change: Callable[[dict[str, Any]], None], words: tuple[str, ...]) -> None:
    message = _broken(tmp_path, change)
    assert message.startswith("next-year.json：")
    for word in words:
        assert word in message, message


def test_not_json_template(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(TemplateError, match="x.json"):
        load_template(path)


def test_expression_language() -> None:
    scope = FormScope({t.id: t for t in get_form("2021").tables})
    node = expr.parse("sum(requests/@results/$col) - requests/4/$col + 2")
    bound = expr.bind(node, {"col": "natural"}, scope)
    assert len(bound.reads) == 23  # 22 result rows (the legacy 3.6 included) + row 4
    values = {"requests/3.1/natural": 5, "requests/4/natural": 1}
    assert bound.evaluate(lambda a: values.get(a, 0), lambda a: 0) == 6
    check = expr.bind_check(expr.parse("requests/2/$col == last:requests/4/$col"), {"col": "other"}, scope)
    assert check.reads == ("requests/2/other",) and check.reads_last == ("requests/4/other",)
    for bad in ("1 +", "a.b()", "requests/1/natural ** 2", "open('x')", "requests/1/natural == 1 == 1", ""):
        with pytest.raises(expr.ExprError):
            expr.parse(bad)
