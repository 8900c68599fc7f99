"""Screenshots of the county's desk (汇总各单位报告) and of its aggregate in the editor, for docs/.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/county_screenshots.py

``county-page.png``: the desk over twelve made-up units of one county (towns and departments of
某某县, sent as project files and as Word documents), two with errors, one with a warning, one of
last year, and one file that cannot be read; a unit with errors selected, the cross-unit findings
below.
``county-aggregate-origin.png``: the aggregate opened in the editor on 表三, with the tooltip of a
summed cell listing its units and their values.
Like scripts/screenshots.py it must run on a real X server (xcb): tooltips are grabbed from the screen.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts.real_screen import real_screen  # noqa: E402

COUNTY = "某某县"
# (unit, 新收申请 自然人, 法人 商业企业, how it is sent: "" project file, "docx" a Word export,
#  "fees" 收费 typed in 元 into the 万元 column (a warning), "unwritten" sections 一 and 五 left
#  empty (errors), "2023" last year's report sent by mistake)
UNITS: tuple[tuple[str, int, int, str], ...] = (
    ("城关镇人民政府", 27, 3, "fees"),
    ("东湖镇人民政府", 14, 1, ""),
    ("西山镇人民政府", 9, 0, "docx"),
    ("南河乡人民政府", 6, 0, ""),
    ("北坪乡人民政府", 4, 0, "unwritten"),
    ("教育局", 22, 2, ""),
    ("卫生健康委员会", 11, 1, "docx"),
    ("自然资源局", 35, 6, ""),
    ("住房和城乡建设局", 31, 5, "unwritten"),
    ("财政局", 8, 1, ""),
    ("人力资源和社会保障局", 17, 0, ""),
    ("市场监督管理局", 13, 4, "2023"),
)


def unit_files(folder: Path) -> None:
    """The units' reports as they arrive: mostly project files, two Word exports, two with
    sections left unwritten, one of last year, and a damaged PDF attachment."""
    from decimal import Decimal

    from core import calc, storage
    from core.exporters import export
    from tests.builders import clean_report

    for name, natural, commercial, how in UNITS:
        organ = COUNTY + name
        report = clean_report("2021", 2023 if how == "2023" else 2024, organ)
        # 21 new + 1 carried = 20 decided + 2 carried forward in the builder: keep it balanced
        report.cells["requests/1/natural"] = natural
        report.cells["requests/1/commercial"] = commercial
        report.cells["requests/3.1/natural"] = max(natural - 7, 0)
        report.cells["requests/3.1/commercial"] = commercial
        report.cells["requests/3.2/natural"] = min(3, natural)
        report.cells["requests/3.4.1/natural"] = natural - max(natural - 7, 0) - min(3, natural) + 1 - 2
        if how == "unwritten":
            report.texts["1"] = report.texts["5"] = ""
        if how == "fees":
            report.cells["art20_8/fees/amount"] = Decimal("12850")
        calc.recompute_all(report)
        if how == "docx":
            export(report, folder / f"2024年度{organ}政府信息公开工作年度报告.docx", draft=True)
        else:
            storage.save(report, folder / f"{organ}.nianbao")
    (folder / f"{COUNTY}北坪乡扫描件.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description="截取县级汇总的屏幕截图")
    p.add_argument("--out", default=str(ROOT / "docs"))
    args = p.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="nianbao-county-shots-"))
    os.environ.setdefault("NIANBAO_DATA_DIR", str(work / "data"))

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QToolTip

    from gui import county_page
    from gui.app import settings
    from gui.county_model import KEYS
    from gui.main_window import MainWindow

    display = real_screen(args.out)
    if display is None:
        return 2
    W, H = display.size
    settle, free, platform = display.settle, display.free, "xcb"

    def shoot(name: str) -> str:
        return display.shoot(name, 0, 0, W, H)

    folder = work / f"{COUNTY}2024年度各单位报告"
    folder.mkdir()
    unit_files(folder)
    window = MainWindow(settings())
    window.show()
    window.resize(W, H)
    settle(600)
    desk = county_page.desk(window, ask=False)
    assert desk is not None
    desk.collect_folders([folder])
    while desk.collection is None:
        settle(100)
    desk.setGeometry(free.adjusted(0, 0, 0, 0))
    desk.resize(W, H)
    desk.move(free.topLeft())
    desk.view.sortByColumn(KEYS.index("errors"), Qt.SortOrder.DescendingOrder)
    row = next(r for r, u in enumerate(desk.model.units) if u.organ.endswith("住房和城乡建设局"))
    desk.view.selectRow(desk.proxy.mapFromSource(desk.model.index(row, 0)).row())
    desk.raise_()
    desk.activateWindow()
    shots = [shoot("county-page.png")]

    report = desk.make_aggregate(f"{COUNTY}人民政府办公室", "")
    assert report is not None and window.editor is not None and window.nav_dock is not None
    window.raise_()
    window.activateWindow()
    window.resizeDocks([window.nav_dock], [window.fontMetrics().horizontalAdvance("字" * 16)], Qt.Orientation.Horizontal)
    address = "requests/1/natural"
    window.jump_to("3", address)
    settle()
    view = window.editor.views["requests"]
    index = view.sheet.index_of(address)
    rect = view.visualRect(index)
    tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
    QToolTip.showText(view.viewport().mapToGlobal(QPoint(rect.center().x(), rect.bottom())), tip, view)
    shots.append(shoot("county-aggregate-origin.png"))
    QToolTip.hideText()
    summary = [(u.path.name, u.organ, u.errors, u.warnings, u.not_read, u.summed) for u in desk.model.units]
    document = window.document
    assert document is not None
    document.undo_stack.setClean()
    document._unsaved = False
    desk.close()
    document.close()
    window.set_document(None)
    print(json.dumps({"platform": platform, "screen": [W, H], "screenshots": shots, "tooltip": tip,
                      "units": summary}, ensure_ascii=False, indent=1))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
