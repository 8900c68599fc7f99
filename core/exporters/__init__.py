"""Exports for submission: Word, PDF and Excel files that look like the official documents.

``render(report, fmt, findings, draft)`` is pure (Report → bytes) and self-checks its output;
``export(report, path, fmt, draft)`` adds the export gate (errors refuse a final export) and
writes atomically: a temporary file in the target folder, fsync, then a rename, so a failed
export never leaves half a file under the target name. A workbook is read back before the rename
(its 数据 sheet must give the report again, as ``convert`` and the importers will read it); the
file keeps the permissions, owner and links of the one it replaces (``core.atomic``). Lone
surrogates, which no document can hold, are replaced with U+FFFD in a copy of the report first.
Every failure the clerk can meet is an ``ExportError`` with a Chinese message.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Optional, Union

from core.damage import damage
from core.exporters.common import DRAFT_MARK, FORMAT_NAMES, FORMATS, default_name
from core.exporters.selfcheck import SelfCheckError
from core.findings import WARNING, Finding
from core.report import Report
from core.section_rules import blockers_text, export_blockers
from core.text_clean import printable

__all__ = ["DRAFT_MARK", "ExportError", "ExportRefused", "FORMATS", "FORMAT_NAMES", "carried_place",
           "carried_unrevised", "default_name", "export", "format_of", "open_warnings", "open_warnings_text",
           "render"]

Renderer = Callable[..., bytes]


class ExportError(Exception):
    """An export that could not be made or written; the message is for the clerk (Chinese)."""


class ExportRefused(ExportError):
    """A final export refused because the report has errors; ``errors`` lists them."""

    def __init__(self, errors: Sequence[Finding]) -> None:
        self.errors = list(errors)
        lines = "\n".join(f"  {i}. {f.message}" for i, f in enumerate(self.errors, 1))
        super().__init__(f"报告中还有 {blockers_text(self.errors)}，不能导出正式文件。请改正后再导出，"
                         f"或选择导出草稿（每页标注“{DRAFT_MARK}”）：\n{lines}")


def carried_unrevised(report: Report, findings: Iterable[Finding]) -> list[Finding]:
    """Open warnings that a place of prose is still last year's text (S7: the rules of kind
    ``carried_text``): a final export asks about these, since a report 雷同 with last year's
    loses marks, though warnings never block an export."""
    return _open_of_kind(report, findings, "carried_text")


def personal_data(report: Report, findings: Iterable[Finding]) -> list[Finding]:
    """Open warnings that the prose shows what looks like personal data (P1: rules of kind
    ``privacy``): recognised by its pattern, so a warning (docs/severity.md), but published by
    mistake it cannot be taken back, so a final export asks about these too."""
    return _open_of_kind(report, findings, "privacy")


def _open_of_kind(report: Report, findings: Iterable[Finding], kind: str) -> list[Finding]:
    rules = {r.id for r in report.form.rules if r.kind == kind}
    return [f for f in open_warnings(report, findings) if f.rule in rules]


def open_warnings(report: Report, findings: Iterable[Finding]) -> list[Finding]:
    """Warnings the clerk has neither fixed nor accepted with an explanation."""
    return [f for f in findings if f.severity == WARNING and f.accepted is None and f.key not in report.accepted]


def carried_place(report: Report, finding: Finding) -> str:
    """The place of prose a carried-text finding is about (一、总体情况, 前言…), from its key."""
    key = finding.key.split("@", 1)[-1]
    return report.form.text_heading(key) if key in report.form.text_keys() else key


def open_warnings_text(report: Report, findings: Iterable[Finding]) -> str:
    """What a final export says about the open warnings, in Chinese ("" when there are none)."""
    findings = list(findings)
    open_ = open_warnings(report, findings)
    if not open_:
        return ""
    carried = carried_unrevised(report, findings)
    lines = [f"注意：报告中还有 {len(open_)} 个提示未处理（提示不影响导出；报送前请核对，或在编辑器中写明理由后接受）："]
    if carried:
        lines.append(f"  沿用上年文字、尚未修改（{len(carried)} 处）：")
        lines.extend(f"    · {carried_place(report, f)}" for f in carried)
    carried_keys = {f.key for f in carried}
    others = [f for f in open_ if f.key not in carried_keys]
    if others:
        lines.append("  其他提示：" if carried else "  提示：")
        lines.extend(f"    {i}. {f.message}" for i, f in enumerate(others, 1))
    return "\n".join(lines)


def format_of(path: Union[str, Path]) -> str:
    """"docx", "pdf" or "xlsx" from the file name; ExportError for anything else."""
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(f"不支持导出为“{Path(path).suffix or Path(path).name}”：可导出 .docx、.pdf、.xlsx")
    return fmt


def _renderer(fmt: str) -> Renderer:
    if fmt == "docx":
        from core.exporters.docx import export_docx
        return export_docx
    if fmt == "pdf":
        from core.exporters.pdf import export_pdf
        return export_pdf
    if fmt == "xlsx":
        from core.exporters.xlsx import export_xlsx
        return export_xlsx
    raise ExportError(f"不支持导出为“{fmt}”")


def render(report: Report, fmt: str, findings: Iterable[Finding] = (), draft: bool = False,
           today: Optional[_dt.date] = None, annex: bool = False) -> bytes:
    """The file's bytes, self-checked (``SelfCheckError`` when WPS would not show it right). Lone
    surrogates, which no document can hold, are printed as U+FFFD (from a copy of the report)."""
    from core.exporters import selfcheck

    report = printable(report)   # no lone surrogate, NUL or control character reaches a writer
    data = _renderer(fmt)(report, findings, draft=draft, today=today, annex=annex)
    {"docx": selfcheck.check_docx, "pdf": selfcheck.check_pdf, "xlsx": selfcheck.check_xlsx}[fmt](data)
    return data


def export(report: Report, path: Union[str, Path], fmt: Optional[str] = None, draft: bool = False,
           findings: Optional[Sequence[Finding]] = None, today: Optional[_dt.date] = None,
           annex: bool = False) -> Path:
    """Write the report to ``path``. Without ``draft`` the report must have no errors and no
    section left unread (``ExportRefused`` lists them); ``findings`` defaults to a fresh validation."""
    path = Path(path)
    fmt = fmt or format_of(path)
    if findings is None:
        from core.validate import validate
        findings = validate(report)
    errors = export_blockers(report, findings)
    if errors and not draft:
        raise ExportRefused(errors)
    try:
        data = render(report, fmt, findings, draft=draft, today=today, annex=annex)
    except SelfCheckError as e:
        raise ExportError(str(e)) from e
    except (RecursionError, MemoryError, ValueError, TypeError, KeyError, IndexError) as e:
        # the writers' one boundary: an unforeseen failure of a document library is a message
        raise ExportError(f"无法生成“{path.name}”（{damage(e)}）；原文件（如有）未改动。"
                          "请把报告文件发给技术支持") from e
    write(path, data, _workbook_verifier(path) if fmt == "xlsx" else None)
    return path


def _workbook_verifier(path: Path) -> Callable[[Path], None]:
    """A check that a written workbook gives the report back from its 数据 sheet, read as
    ``xlsx_import.read_xlsx`` reads it (from the open file: openpyxl refuses a ``.tmp`` name)."""
    def verify(written: Path) -> None:
        from core import storage
        from core.exporters.xlsx import DATA_SHEET
        from core.exporters.xlsx_import import data_sheet_text
        from core.project_json import ProjectFileError

        name = f"“{path.name}”"
        try:
            from openpyxl import load_workbook

            with open(written, "rb") as f:        # (openpyxl refuses the temp file's name, not its bytes)
                wb = load_workbook(f, read_only=True, data_only=True)
                try:
                    text = data_sheet_text(wb)
                finally:
                    wb.close()
            storage.load_text(text, name, path.parent, follow=False)
        except ProjectFileError as e:
            problem = str(e)
        except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds; the write stops either way
            problem = f"{name}的“{DATA_SHEET}”工作表无法读取（{damage(e)}）"
        else:
            return
        raise ExportError(f"无法导出{name}：导出的表格无法重新读取（{problem}）；原文件（如有）未改动。"
                          "请把报告文件发给技术支持")
    return verify


def write(path: Path, data: bytes, verify: Optional[Callable[[Path], None]] = None) -> None:
    """Replace ``path`` with ``data`` atomically; ``ExportError`` (target untouched) on failure.
    ``verify`` gets the temporary file before it replaces anything and raises to stop.

    An exported file is made again from the project at will, so no ``.bak`` is kept beside it.
    """
    from core import atomic

    folder = path.parent if str(path.parent) else Path(".")
    problem = atomic.name_problem(path)
    if problem:
        raise ExportError(f"无法导出：{problem}")
    try:
        if not folder.is_dir():
            raise ExportError(f"文件夹“{folder}”不存在，无法导出")
        if path.is_dir():
            raise ExportError(f"“{path}”是文件夹，请换一个文件名")
        atomic.write_file(path, data, verify=verify)  # no .bak beside an exported file
    except atomic.TargetDamaged as e:
        raise ExportError(f"无法写入“{path}”：{e}") from None
    except (MemoryError, RecursionError) as e:  # a verify that could not finish: not written
        raise ExportError(f"无法导出“{path.name}”：导出的文件无法重新读取（{damage(e)}）；"
                          "原文件（如有）未改动") from None
    except OSError as e:
        raise ExportError(f"无法写入“{path}”：{atomic.reason(e)}。原文件（如有）未改动") from None
