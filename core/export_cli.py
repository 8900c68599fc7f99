"""``convert``'s two ends apart from project files: reading a workbook this program exported
(losslessly, from its 数据 sheet; any other workbook goes to the importers) and writing an export.

Exit codes: 0 written (after a final export the warnings still open, if any, are listed on
stderr); 1 refused because the report has errors (they are listed; ``--draft`` exports anyway,
marked 草稿 on every page); 2 a file could not be read or written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, TextIO

from core.exporters import FORMATS, ExportError, ExportRefused, export, open_warnings_text
from core.project_json import ProjectFileError
from core.report import Report
from core.validate import validate

EXPORT_SUFFIXES = tuple("." + f for f in FORMATS)


def read_own_workbook(src: Path) -> Optional[Report]:
    """The report an exported workbook holds (project file and all), or None when ``src`` is not
    one of ours (the importers then read it as the official layout)."""
    from core.exporters.xlsx_import import read_xlsx

    try:
        return read_xlsx(src)
    except ProjectFileError:
        return None


def export_report(report: Report, src: Path, dst: Path, draft: bool, annex: bool, out: TextIO, err: TextIO) -> int:
    """Export; after a final export the warnings still open (prose carried from last year
    unrevised first) go to ``err``: they never block, but the clerk should not learn of them
    from the county. A draft says nothing more: it is not for submission."""
    findings = validate(report)
    try:
        written = export(report, dst, draft=draft, findings=findings, annex=annex)
    except ExportRefused as e:
        err.write(f"{e}\n")
        return 1
    except ExportError as e:
        err.write(f"{e}\n")
        return 2
    mark = "（草稿）" if draft else ""
    out.write(f"已导出{mark}：{src} → {written}\n")
    note = "" if draft else open_warnings_text(report, findings)
    if note:
        err.write(note + "\n")
    if not draft and written.suffix.lower() == ".pdf":
        from core.exporters.pdf import unprintable

        boxes = unprintable(report, findings, annex)
        if boxes:   # what the editor asks about before a final PDF, said here after it
            err.write(f"注意：以下 {len(boxes)} 个字符没有可嵌入 PDF 的字体，在 PDF 中显示为空框：{' '.join(boxes)}\n")
    return 0
