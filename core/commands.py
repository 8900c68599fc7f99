"""Edits as plain records: applying one changes the report and returns its inverse.

The editor's undo/redo is then a thin adapter (one QUndoCommand holding a command and its
inverse), and the same edits run headless in tests and scripts. Each application also says what
it changed (cells, including totals it recomputed; texts; metadata) so validation re-runs only
the checks that read those.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Optional, Protocol, Sequence

from core import calc
from core.report import DERIVED, PRINTED, Acceptance, Report
from core.values import Value, kind_problem


class CommandError(Exception):
    """An edit that cannot be made; the message is for the clerk, in Chinese."""


@dataclass(frozen=True)
class Change:
    cells: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()
    meta: bool = False

    def reads(self) -> list[str]:
        """The keys validation indexes its checks by (see ``Validator.update``)."""
        return list(self.cells) + [f"text:{t}" for t in self.texts] + (["meta"] if self.meta else [])


@dataclass(frozen=True)
class Applied:
    inverse: "Command"
    change: Change


class Command(Protocol):
    @property
    def label(self) -> str: ...

    def apply(self, report: Report) -> Applied: ...


def _check_cell(report: Report, address: str, value: Value) -> None:
    form = report.form
    if address not in form.cells:
        raise CommandError(f"没有单元格“{address}”")
    if report.totals == DERIVED and form.is_computed(address):
        raise CommandError(f"“{form.label(address)}”是自动合计，不能手工填写")
    problem = kind_problem(value, form.kind_of(address))
    if problem:
        raise CommandError(f"“{form.label(address)}”{problem}")


def _write_cells(report: Report, values: Sequence[tuple[str, Value]]) -> tuple[list[tuple[str, Value]], Change]:
    """Check every value first (all or nothing), write them, recompute the totals downstream.
    Returns the previous values, in order, and what changed."""
    for address, value in values:
        _check_cell(report, address, value)
    old = [(a, report.cells[a]) for a, _ in values]
    for address, value in values:
        report.cells[address] = value
    addresses = [a for a, _ in values]
    totals = calc.recompute_after(report, addresses)
    return old, Change(cells=tuple(dict.fromkeys(addresses + totals)))


@dataclass(frozen=True)
class SetCell:
    address: str
    value: Value

    @property
    def label(self) -> str:
        return "填写单元格"

    def apply(self, report: Report) -> Applied:
        ((_, old),), change = _write_cells(report, [(self.address, self.value)])
        return Applied(SetCell(self.address, old), change)


@dataclass(frozen=True)
class Paste:
    """Several cells at once (a block pasted from Excel/WPS); all or nothing."""

    values: Sequence[tuple[str, Value]]

    @property
    def label(self) -> str:
        return f"粘贴 {len(self.values)} 个单元格"

    def apply(self, report: Report) -> Applied:
        old, change = _write_cells(report, self.values)
        return Applied(Paste(tuple(reversed(old))), change)


@dataclass(frozen=True)
class SetText:
    section: str
    text: Optional[str]
    """The new text; None removes the section's entry (the inverse of writing a new section)."""
    carried: Optional[bool] = None
    """Whether the text is still last year's, unrevised; None means "revised now" (cleared)."""

    @property
    def label(self) -> str:
        return "修改文字"

    def apply(self, report: Report) -> Applied:
        if self.section != "preamble" and self.section not in {s.id for s in report.form.sections}:
            raise CommandError(f"没有第“{self.section}”部分")
        old_text = report.texts.get(self.section)
        was_carried = self.section in report.carried_texts
        if self.text is None:
            report.texts.pop(self.section, None)
        else:
            report.texts[self.section] = self.text
        if self.carried:
            report.carried_texts.add(self.section)
        else:
            report.carried_texts.discard(self.section)
        now_carried = self.section in report.carried_texts
        return Applied(SetText(self.section, old_text, was_carried),
                       Change(texts=(self.section,), meta=was_carried != now_carried))


@dataclass(frozen=True)
class AcceptWarning:
    """Accept a warning with a written explanation; ``explanation=None`` withdraws it."""

    key: str
    explanation: Optional[str]
    message: str = ""

    @property
    def label(self) -> str:
        return "接受提示" if self.explanation is not None else "撤销接受"

    def apply(self, report: Report) -> Applied:
        if self.explanation is not None and not self.explanation.strip():
            raise CommandError("接受提示必须写明理由（该说明会保存在报告中供审核）")
        old = report.accepted.get(self.key)
        if self.explanation is None:
            report.accepted.pop(self.key, None)
        else:
            report.accepted[self.key] = Acceptance(self.explanation.strip(), self.message)
        inverse = AcceptWarning(self.key, old.explanation if old else None, old.message if old else "")
        return Applied(inverse, Change(meta=True))


@dataclass(frozen=True)
class SetTotals:
    """Switch how totals are held. ``AdoptComputed()`` is ``SetTotals(DERIVED)``: the printed
    totals of an imported report give way to the sums; the inverse restores them."""

    mode: str = DERIVED
    printed: Mapping[str, Value] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return "采用自动合计" if self.mode == DERIVED else "恢复原表合计"

    def apply(self, report: Report) -> Applied:
        old_mode = report.totals
        old_values = {c.target: report.cells[c.target] for c in report.form.computed}
        report.totals = self.mode
        if self.mode == PRINTED:
            for address, value in self.printed.items():
                report.cells[address] = value
        changed = calc.recompute_all(report) if self.mode == DERIVED else list(self.printed)
        return Applied(SetTotals(old_mode, old_values), Change(cells=tuple(changed), meta=True))


def AdoptComputed() -> SetTotals:
    """The one action that replaces printed totals by computed ones."""
    return SetTotals(DERIVED)


@dataclass(frozen=True)
class SetMeta:
    """Organ, title or year."""

    field_name: str
    value: object

    @property
    def label(self) -> str:
        return "修改报告信息"

    def apply(self, report: Report) -> Applied:
        if self.field_name not in ("organ", "title", "year"):
            raise CommandError(f"不能修改“{self.field_name}”")
        if self.field_name == "year" and (not isinstance(self.value, int) or not 1990 <= self.value <= 2200):
            raise CommandError(f"年度“{self.value}”无效")
        if self.field_name != "year" and not isinstance(self.value, str):
            raise CommandError("应为文字")
        old = getattr(report, self.field_name)
        setattr(report, self.field_name, self.value)
        return Applied(SetMeta(self.field_name, old), Change(meta=True))
