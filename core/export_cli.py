"""``main.py convert REPORT OUT.docx|OUT.pdf|OUT.xlsx [--draft]`` and ``convert BOOK.xlsx OUT.nianbao``.

Exit codes: 0 written; 1 refused because the report has errors (they are listed; ``--draft``
exports anyway, marked 草稿 on every page); 2 a file could not be read or written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from core import storage
from core.exporters import FORMATS, ExportError, ExportRefused, export
from core.project_json import ProjectFileError
from core.validate import validate

EXPORT_SUFFIXES = tuple("." + f for f in FORMATS)


def handles(args: argparse.Namespace) -> bool:
    """Whether ``convert`` is an export (or an xlsx import) rather than a project-file copy."""
    return (Path(args.output).suffix.lower() in EXPORT_SUFFIXES
            or Path(args.input).suffix.lower() == ".xlsx")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    src, dst = Path(args.input), Path(args.output)
    if src.suffix.lower() == ".xlsx":
        return _import_xlsx(src, dst, out, err)
    try:
        report = storage.load(src)
    except ProjectFileError as e:
        err.write(f"无法读取：{e}\n")
        return 2
    findings = validate(report)
    draft = bool(getattr(args, "draft", False))
    try:
        written = export(report, dst, draft=draft, findings=findings, annex=bool(getattr(args, "annex", False)))
    except ExportRefused as e:
        err.write(f"{e}\n")
        return 1
    except ExportError as e:
        err.write(f"{e}\n")
        return 2
    mark = "（草稿）" if draft else ""
    out.write(f"已导出{mark}：{src} → {written}\n")
    return 0


def _import_xlsx(src: Path, dst: Path, out: TextIO, err: TextIO) -> int:
    from core.exporters.xlsx_import import read_xlsx

    if dst.suffix.lower() not in (".nianbao", ".json"):
        err.write("从 Excel 表格只能转换为年报项目文件（.nianbao）\n")
        return 2
    try:
        try:
            report = read_xlsx(src)
        except ProjectFileError:
            # Not a workbook this program exported: read it as the official layout counties circulate.
            from core.importers import ImportError_, import_file

            try:
                report = import_file(src)[0]
            except ImportError_ as e:
                err.write(f"无法读取：{e}\n")
                return 2
        storage.save(report, dst)
    except ProjectFileError as e:
        err.write(f"{e}\n")
        return 2
    out.write(f"已转换：{src} → {dst}\n")
    return 0
