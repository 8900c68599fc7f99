"""The templates describe the official forms exactly, and a broken template fails at load."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from core import expr
from core.forms import FormScope
from core.registry import TEMPLATES_DIR, form_for_year, get_form
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


def test_each_form_names_the_cells_the_overviews_words_fill() -> None:
    """Each form's own cells for what 一、总体情况 says; a meaning the form has no cell for is left out
    (the 2019 form's 第二十条第（一）项 counts 新制作/新公开, not 本年制发; the 2021 form's 其他处理 is three rows)."""
    new, old = get_form("2021"), get_form("2019")
    for form in (new, old):
        assert form.prose_cells["new_requests"] == "requests/1/total"
        assert form.prose_cells["decided_total"] == "requests/3.7/total"
        assert form.prose_cells["suit_after_review_total"] == "appeals/suit_after_review/total"
        assert form.result_cells["3.4.1"] == "requests/3.4.1/total"
    assert new.prose_cells["normative_in_force"] == "art20_1/normative/in_force"
    assert not any(m.startswith(("normative_", "rules_")) for m in old.prose_cells)
    assert old.result_cells["3.6"] == "requests/3.6/total" and "3.6" not in new.result_cells


Change = Callable[[dict[str, Any], dict[str, Any]], None]


def _broken(tmp_path: Path, change: Change) -> str:
    """Load a copy of the 2021 template and the shared entries beside it, broken by ``change``."""
    data = json.loads((TEMPLATES_DIR / "2021.json").read_text(encoding="utf-8"))
    shared = json.loads((TEMPLATES_DIR / "shared.json").read_text(encoding="utf-8"))
    change(data, shared)
    (tmp_path / "shared.json").write_text(json.dumps(shared, ensure_ascii=False), encoding="utf-8")
    path = tmp_path / "next-year.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        load_template(path)
    return str(err.value)


def _table(data: dict[str, Any], tid: str) -> dict[str, Any]:
    return next(t for t in data["tables"] if t["id"] == tid)


def _rule(data: dict[str, Any], rid: str) -> dict[str, Any]:
    return next(r for r in data["rules"] if r.get("id") == rid)


def _check(shared: dict[str, Any], rid: str) -> dict[str, Any]:
    return next(c for c in shared["computed"] if c.get("check", {}).get("id") == rid)


F, S = "next-year.json：", "shared.json："
BROKEN: list[tuple[str, Change, tuple[str, ...]]] = [
    ("rowspan too long", lambda d, s: _table(d, "requests")["grid"]["rows"][0][0].update(rs=4),
     (F, "requests", "第 4 行", "超出")),
    ("overlap", lambda d, s: _table(d, "requests")["grid"]["rows"][2].__setitem__(4, {"text": "其他", "cs": 2}),
     (F, "requests", "其他", "重叠")),
    ("hole", lambda d, s: _table(d, "appeals")["grid"]["rows"][0].pop(), (F, "appeals", "没有被任何单元格覆盖")),
    ("missing value cell", lambda d, s: _table(d, "art20_6")["grid"]["rows"].pop(), (F, "art20_6",)),
    ("grid names an unknown row", lambda d, s: _table(d, "art20_6")["grid"]["rows"][2].__setitem__(0, {"row": "x"}),
     (F, "art20_6", "第 3 行", "没有行“x”")),
    ("grid names an unknown column", lambda d, s: _table(d, "art20_1")["grid"]["rows"][1].__setitem__(1, {"col": "y"}),
     (F, "art20_1", "没有列“y”")),
    ("bad expression", lambda d, s: _rule(s, "R1").update(check="requests/1/$col + == 2"), (S, "rules[R1]",)),
    ("python in rule", lambda d, s: _rule(s, "R1").update(check="__import__('os').system('x')"), (S, "rules[R1]",)),
    ("unknown group", lambda d, s: _check(s, "R3").update(expr="sum(requests/$row/@nope)"),
     (S, "computed[requests.total_col]", "@nope")),
    ("unknown cell", lambda d, s: _rule(d, "X2").update(check="art20_1/$row/in_force == art20_1/$row/bogus"),
     (F, "rules[X2]", "art20_1/rules/bogus")),
    ("group outside sum", lambda d, s: _check(s, "R4").update(expr="appeals/$row/@results"),
     (S, "computed[appeals.total]", "sum")),
    ("bad message expression", lambda d, s: _rule(s, "R1").update(message="{= requests/1/$nope}"),
     (S, "rules[R1]", "$nope")),
    ("unknown message name", lambda d, s: _rule(s, "R1").update(message="相差 {difference}"),
     (S, "rules[R1]", "difference")),
    ("unknown placeholder in a generated check", lambda d, s: _check(s, "R2")["check"].update(message="{cell}"),
     (S, "computed[requests.total_row].check", "{cell}")),
    ("unknown placeholder in a builtin kind", lambda d, s: _rule(s, "R5b").update(message="{tabel}"),
     (S, "rules[R5b]", "{tabel}", "blanks")),
    ("carry to unknown cell", lambda d, s: s["carry"][0].update(target="requests/9/$col"),
     (S, "carry[carryover]", "requests/9/natural")),
    ("unknown kind", lambda d, s: _rule(s, "S1").update(kind="astrology"), (S, "rules[S1]", "astrology")),
    ("unknown rule parameter", lambda d, s: _rule(d, "S4").update(sections="6"), (F, "rules[S4]", "sections")),
    ("missing rule parameter", lambda d, s: _rule(d, "S4").pop("any"), (F, "rules[S4]", "any")),
    ("rule names an unknown section", lambda d, s: _rule(d, "S4").update(section="7"), (F, "rules[S4]", "第“7”部分")),
    ("table in an unknown section", lambda d, s: _table(d, "appeals").update(section="9"), (F, "appeals", "第“9”部分")),
    ("unknown key in a table", lambda d, s: _table(d, "appeals").update(colour="red"), (F, "appeals", "colour")),
    ("unknown key in a rule", lambda d, s: _rule(d, "X2").update(needs_last_year=True), (F, "rules[X2]", "needs_last_year")),
    ("unknown key at top", lambda d, s: d.update(rule=[]), (F, "“rule”")),
    ("use of an unknown shared entry", lambda d, s: d["rules"].append({"use": "R99"}), (F, "rules", "R99")),
    ("bad severity", lambda d, s: _rule(s, "S1").update(severity="fatal"), (S, "rules[S1]",)),
    ("duplicate rule", lambda d, s: d["rules"].append(dict(_rule(d, "X2"))), (F, "rules[X2]", "重复")),
    ("cycle", lambda d, s: d["computed"].append({"id": "loop", "target": "requests/1/natural",
                                                 "expr": "requests/1/total"}), (F, "computed", "循环")),
    ("unknown cell kind", lambda d, s: _table(d, "art20_8")["cols"][0].update(kind="float"), (F, "art20_8", "float")),
    ("missing key", lambda d, s: _table(d, "appeals").pop("rows"), (F, "appeals", "rows")),
    ("label variants not a list of words", lambda d, s: _table(d, "art20_1")["rows"][1].update(aliases="规范性文件"),
     (F, "art20_1", "aliases")),
    ("prose meaning in no cell", lambda d, s: d["prose_cells"].update(carried_in="requests/9/total"),
     (F, "prose_cells[carried_in]", "requests/9/total")),
    ("prose meaning no reader knows", lambda d, s: d["prose_cells"].update(new_request="requests/1/total"),
     (F, "prose_cells", "new_request")),
    ("prose outcome in a legacy row", lambda d, s: d["prose_cells"]["results"].update({"3.6": "requests/3.6/total"}),
     (F, "prose_cells：results[3.6]", "requests/3.6/total")),
]


@pytest.mark.parametrize("name,change,words", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_template_fails_at_load_naming_file_and_entry(
        tmp_path: Path, name: str, change: Change, words: tuple[str, ...]) -> None:
    message = _broken(tmp_path, change)
    assert message.startswith(words[0]), message
    for word in words[1:]:
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
