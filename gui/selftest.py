"""``main.py --selftest``: proves an installed copy works — the window opens a report, the PDF
export embeds its fonts, each export (PDF, Word, Excel) reads back with the same numbers, the print
preview renders, Chinese sorts by pinyin — and exits 0, or prints what failed and exits 1.

Run by the packaging tests against the frozen bundle (PyInstaller misses a module, a data file or
a library only at run time, and the bundle's trimmed ICU data and pruned libraries must still do
everything the app asks of them), by the Windows build before the installer is made, and by a
clerk's IT support when something seems wrong. It writes only to a temporary folder and never touches the user's
settings, recent files or autosaves.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.report import Report

SAMPLE = Path(__file__).resolve().parent.parent / "templates" / "samples" / "selftest.nianbao"


def run() -> int:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="nianbao-selftest-") as tmp:
        os.environ["NIANBAO_DATA_DIR"] = tmp
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        try:
            message = _check(Path(tmp))
        except Exception as e:  # noqa: BLE001 - the self-test reports every failure in words
            print(f"自检失败：{type(e).__name__}: {e}", file=sys.stderr)
            return 1
    print(f"自检通过（{time.perf_counter() - started:.1f} 秒）：{message}")
    return 0


def _check(folder: Path) -> str:
    from PySide6.QtCore import QCollator, QLocale
    from PySide6.QtWidgets import QApplication

    from core.exporters import export
    from gui.app import create_app, settings
    from gui.main_window import MainWindow
    from gui.print_preview import page_images

    app = create_app([sys.argv[0]])
    window = MainWindow(settings())
    window.show()
    window.open_path(str(SAMPLE))
    QApplication.processEvents()
    document = window.document
    if document is None:
        raise RuntimeError(f"未能打开示例报告 {SAMPLE}")
    report = document.report
    pdf = export(report, folder / "自检.pdf", draft=True, findings=document.findings)
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF") or b"/FontFile2" not in data:
        raise RuntimeError("导出的 PDF 不完整或没有嵌入字体")
    read_back = [_read_back(report, folder, fmt) for fmt in ("pdf", "docx", "xlsx")] + [_rtf_reads()]
    pages = page_images(data, dpi=30)
    if not pages or pages[0].isNull():
        raise RuntimeError("打印预览未能显示导出的 PDF")
    collator = QCollator(QLocale("zh_CN"))
    if collator.compare("甲", "乙") >= 0:  # jiǎ before yǐ: the collation data is in the bundle
        raise RuntimeError("中文排序数据缺失（ICU）")
    document.close()
    window.close()
    app.processEvents()
    return (f"打开“{report.display_title()}”，{len(document.findings)} 条检查结果；"
            f"导出 PDF {len(data) // 1024} KB，字体已嵌入；{'、'.join(read_back)}；"
            f"打印预览 {len(pages)} 页；Qt 平台 {app.platformName()}")


def _rtf_reads() -> str:
    """An RTF's text read (its reader, striprtf, is imported only when a clerk opens one: a bundle
    missing it would fail there, not here)."""
    from core.importers.rtf import text_of

    if "2024" not in text_of(b"{\\rtf1\\ansi\\ansicpg936 2024\\'c4\\'ea\\par}"):
        raise RuntimeError("RTF 文件无法读取")
    return "RTF 可读"


def _read_back(report: Report, folder: Path, fmt: str) -> str:
    """Export ``report`` as ``fmt`` and import it again: every filled cell must come back equal."""
    from core.exporters import export
    from core.reading import read_report

    path = export(report, folder / f"回读.{fmt}", draft=True)
    back = read_report(path)
    filled = {a: v for a, v in report.cells.items() if v is not None}
    differ = [a for a, v in filled.items() if back.get(a) != v]
    if differ:
        raise RuntimeError(f"{fmt} 导出再导入后 {len(differ)} 格不同（如 {differ[0]}）")
    return f"{fmt} 回读 {len(filled)} 格一致"
