"""Edits as plain records: applying one changes the report and returns its inverse.

The editor's undo/redo is then a thin adapter (one QUndoCommand holding a command and its
inverse), and the same edits run headless in tests and scripts. Each application also says what
it changed (cells, including totals it recomputed; texts; metadata; last year) so validation
re-runs only the checks that read those. Apply commands through ``core.session.Session``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Optional, Protocol, TypeVar

from core import calc
from core.ledger.derive import addresses as ledger_addresses
from core.report import DERIVED, OVERRIDDEN, PRINTED, TYPED, Acceptance, Origin, Report, date_problem
from core.text_clean import clean_text
from core.values import Value, kind_problem


class CommandError(Exception):
    """An edit that cannot be made; the message is for the clerk, in Chinese."""


@dataclass(frozen=True)
class Change:
    cells: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()
    meta: bool = False
    last_year: bool = False
    """Last year's report was attached, replaced or removed: every cross-year check is affected."""
    ledger: bool = False
    """The request ledger changed (its rows or its mode)."""

    def reads(self) -> list[str]:
        """The keys validation indexes its checks by (see ``Validator.update``)."""
        return (list(self.cells) + [f"text:{t}" for t in self.texts] + (["meta"] if self.meta else [])
                + (["ledger"] if self.ledger else []))


@dataclass(frozen=True)
class Applied:
    inverse: Command
    change: Change


class Command(Protocol):
    @property
    def label(self) -> str: ...

    def apply(self, report: Report) -> Applied: ...


@dataclass(frozen=True)
class CellState:
    """Everything a cell holds: value, recorded origin, and the reason it was not read."""

    address: str
    value: Value
    origin: Optional[Origin] = None
    missing: Optional[str] = None


def _check_cell(report: Report, address: str, value: Value) -> None:
    form = report.form
    if address not in form.cells:
        raise CommandError(f"没有单元格“{address}”")
    if report.totals == DERIVED and form.is_computed(address):
        raise CommandError(f"“{form.label(address)}”是自动合计，不能手工填写")
    problem = kind_problem(value, form.kind_of(address))
    if problem:
        raise CommandError(f"“{form.label(address)}”{problem}")


def _refuse_derived(report: Report, addresses: Sequence[str]) -> None:
    """In ledger mode the ledger's cells are counted, not typed (leave ledger mode to type)."""
    spec = report.form.ledger
    if not report.ledger.derive or spec is None:
        return
    prefix = f"{spec.table}/"
    derived = set(ledger_addresses(spec))
    for a in addresses:
        if a.startswith(prefix) and a in derived:
            raise CommandError(f"“{report.form.label(a)}”由台账统计，不能手工填写（可先改为手工填写表三）")


def _state(report: Report, address: str) -> CellState:
    return CellState(address, report.cells[address], report.origins.get(address), report.missing.get(address))


def write_states(report: Report, states: Sequence[CellState]) -> Applied:
    """Check every value first (all or nothing), write them, recompute the totals downstream; the
    inverse restores them exactly. Every command that writes cells writes through here."""
    for s in states:
        _check_cell(report, s.address, s.value)
    old = [_state(report, s.address) for s in states]
    for s in states:
        report.cells[s.address] = s.value
        if s.origin is None or s.value is None:
            report.origins.pop(s.address, None)
        else:
            report.origins[s.address] = s.origin
        if s.missing is None:
            report.missing.pop(s.address, None)
        else:
            report.missing[s.address] = s.missing
    addresses = [s.address for s in states]
    totals = calc.recompute_after(report, addresses)
    return Applied(RestoreCells(tuple(reversed(old))), Change(cells=tuple(dict.fromkeys(addresses + totals))))


def _origin_for(report: Report, address: str, origin: Optional[Origin]) -> Origin:
    """What a write records: typed unless said otherwise; a printed total the clerk changes is overridden."""
    if origin is not None:
        return origin
    if report.totals == PRINTED and report.form.is_computed(address):
        return Origin(OVERRIDDEN)
    return Origin(TYPED)


@dataclass(frozen=True)
class RestoreCells:
    """Put cells back exactly as they were (value, origin, not-read state): the inverse of a write."""

    states: tuple[CellState, ...]

    @property
    def label(self) -> str:
        return "恢复单元格"

    def apply(self, report: Report) -> Applied:
        return write_states(report, self.states)


@dataclass(frozen=True)
class SetCell:
    address: str
    value: Value
    origin: Optional[Origin] = None
    """Where the value comes from; None means the clerk typed it."""

    @property
    def label(self) -> str:
        return "填写单元格"

    def apply(self, report: Report) -> Applied:
        _refuse_derived(report, [self.address])
        origin = _origin_for(report, self.address, self.origin) if self.address in report.form.cells else None
        return write_states(report, [CellState(self.address, self.value, origin)])


@dataclass(frozen=True)
class Paste:
    """Several cells at once (a block pasted from Excel/WPS, or carried over); all or nothing."""

    values: Sequence[tuple[str, Value]]
    origin: Optional[Origin] = None

    @property
    def label(self) -> str:
        return f"粘贴 {len(self.values)} 个单元格"

    def apply(self, report: Report) -> Applied:
        for address, _ in self.values:
            if address not in report.form.cells:
                raise CommandError(f"没有单元格“{address}”")
        _refuse_derived(report, [a for a, _ in self.values])
        return write_states(report, [CellState(a, v, _origin_for(report, a, self.origin))
                                      for a, v in self.values])


@dataclass(frozen=True)
class SetText:
    section: str
    text: Optional[str]
    """The new text; None removes the section's entry (the inverse of writing a new section)."""
    carried: Optional[bool] = None
    """Whether the text is still last year's, unrevised; None means "revised now" (cleared)."""
    unread: Optional[str] = None
    """Why the section was not read from the source (``Report.unread_sections``), restored by an
    undo; None, what a clerk's edit gives, clears it: the section is the clerk's now, as a typed
    cell stops being missing."""

    @property
    def label(self) -> str:
        return "修改文字"

    def apply(self, report: Report) -> Applied:
        if self.section not in report.form.text_keys():
            raise CommandError(f"没有第“{self.section}”部分")
        old_text = report.texts.get(self.section)
        was_carried = self.section in report.carried_texts
        section = report.form.section_of(self.section)
        old_unread = report.unread_sections.get(section) if section is not None else None
        if section is not None:
            _set_or_pop(report.unread_sections, section, self.unread)
        if self.text is None:
            report.texts.pop(self.section, None)
        else:
            report.texts[self.section] = clean_text(self.text)
        if self.carried:
            report.carried_texts.add(self.section)
        else:
            report.carried_texts.discard(self.section)
        now_carried = self.section in report.carried_texts
        # (the checks of a section's mark read every place of its prose: ``text:<key>`` reaches them)
        return Applied(SetText(self.section, old_text, was_carried, old_unread),
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
            report.accepted[self.key] = Acceptance(clean_text(self.explanation.strip()), self.message)
        inverse = AcceptWarning(self.key, old.explanation if old else None, old.message if old else "")
        return Applied(inverse, Change(meta=True))


@dataclass(frozen=True)
class SetTotals:
    """Switch how totals are held. ``AdoptComputed()`` is ``SetTotals(DERIVED)``: the printed
    totals of an imported report give way to the sums; the inverse restores them exactly."""

    mode: str = DERIVED
    printed: Mapping[str, CellState] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return "采用自动合计" if self.mode == DERIVED else "恢复原表合计"

    def apply(self, report: Report) -> Applied:
        if self.mode not in (DERIVED, PRINTED):
            raise CommandError(f"未知的合计方式“{self.mode}”")
        old_mode = report.totals
        old = {c.target: _state(report, c.target) for c in report.form.computed}
        report.totals = self.mode
        if self.mode == PRINTED:
            for s in self.printed.values():
                report.cells[s.address] = s.value
                _set_or_pop(report.origins, s.address, s.origin if s.value is not None else None)
                _set_or_pop(report.missing, s.address, s.missing)
            changed = list(self.printed)
        else:
            for target in old:
                report.origins.pop(target, None)
                report.missing.pop(target, None)
            changed = list(dict.fromkeys(calc.recompute_all(report) + list(old)))
        return Applied(SetTotals(old_mode, old), Change(cells=tuple(changed), meta=True))


_V = TypeVar("_V")


def _set_or_pop(mapping: dict[str, _V], key: str, value: Optional[_V]) -> None:
    if value is None:
        mapping.pop(key, None)
    else:
        mapping[key] = value


def AdoptComputed() -> SetTotals:
    """The one action that replaces printed totals by computed ones."""
    return SetTotals(DERIVED)


@dataclass(frozen=True)
class SetMeta:
    """Organ, title, year or the 落款 date (ISO "2025-01-20", or "" for the day of export)."""

    field_name: str
    value: object

    @property
    def label(self) -> str:
        return "修改落款日期" if self.field_name == "date" else "修改报告信息"

    def apply(self, report: Report) -> Applied:
        if self.field_name not in ("organ", "title", "year", "date"):
            raise CommandError(f"不能修改“{self.field_name}”")
        if self.field_name == "year" and (not isinstance(self.value, int) or isinstance(self.value, bool)
                                          or not 1990 <= self.value <= 2200):
            raise CommandError(f"年度“{self.value}”无效")
        if self.field_name == "date" and date_problem(self.value):
            raise CommandError(date_problem(self.value))
        if self.field_name != "year" and not isinstance(self.value, str):
            raise CommandError("应为文字")
        old = getattr(report, self.field_name)
        setattr(report, self.field_name, clean_text(self.value) if isinstance(self.value, str) else self.value)
        return Applied(SetMeta(self.field_name, old), Change(meta=True))


@dataclass(frozen=True)
class SetLastYear:
    """Attach last year's report for carry-over checks (None detaches); ``file`` keeps a reference."""

    last_year: Optional[Report]
    file: str = ""

    @property
    def label(self) -> str:
        return "附加上年报告" if self.last_year is not None else "移除上年报告"

    def apply(self, report: Report) -> Applied:
        if self.last_year is report:
            raise CommandError("不能把报告本身作为上年报告")
        inverse = SetLastYear(report.last_year, report.last_year_file)
        report.last_year = self.last_year
        report.last_year_file = self.file if self.last_year is not None else ""
        return Applied(inverse, Change(meta=True, last_year=True))
