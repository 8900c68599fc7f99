"""Screenshots of the real editor window, for docs/ and for the test that runs it under Xvfb.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py --out docs

The screen is a 1366×768 office laptop's. Besides the pictures, the script reports what does not
fit that screen (``layout_problems``): a window larger than the screen, a page that must scroll
sideways, a button or table out of reach. ``--check-only`` skips the pictures (the 150 % run).

Must run on a real X server (the xcb platform), not offscreen: the pictures are grabbed from the
screen, tooltips and docks included. ``--no-system-cjk`` hides the system's fonts from fontconfig
except DejaVu (Latin), so the pictures prove the shipped CJK font renders the Chinese.
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

FIXTURES = ROOT / "tests" / "fixtures"


def latin_only_fontconfig(folder: Path) -> Path:
    conf = folder / "fonts.conf"
    conf.write_text("""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <cachedir>%s</cachedir>
</fontconfig>
""" % (folder / "cache"), encoding="utf-8")
    return conf


def edited_copy(work: Path, name: str, organ: str = "", said: tuple[str, str] = ("", "")) -> Path:
    """A sample report saved with another organ or one sentence changed, to show a finding."""
    from core import storage

    report = storage.load(FIXTURES / "samples" / f"{name}.nianbao")
    if organ:
        report.organ, report.title = organ, ""
    if said[0]:
        report.texts["1"] = report.texts["1"].replace(*said)
    target = work / f"{name}-shown.nianbao"
    storage.save(report, target)
    return target


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description="截取编辑器窗口的屏幕截图")
    p.add_argument("--out", default=str(ROOT / "docs"))
    p.add_argument("--no-system-cjk", action="store_true")
    p.add_argument("--check-only", action="store_true", help="只检查布局是否超出屏幕，不截图")
    args = p.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="nianbao-shots-"))
    os.environ.setdefault("NIANBAO_DATA_DIR", str(work / "data"))
    if args.no_system_cjk:
        os.environ["FONTCONFIG_FILE"] = str(latin_only_fontconfig(work))

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QToolTip

    from gui.app import settings
    from gui.main_window import MainWindow

    screen = real_screen(args.out)
    if screen is None:
        return 2
    platform, free, settle, shoot, app = "xcb", screen.free, screen.settle, screen.shoot, screen.app
    W, H = screen.size

    window = MainWindow(settings())
    window.show()  # the size it picks for itself: it must fit the screen
    settle(600)
    problems = layout_problems(window, free, settle)
    if args.check_only:
        window.open_path(str(FIXTURES / "samples" / "hongze-district-2024.nianbao"))
        problems += layout_problems(window, free, settle)
        print(json.dumps({"platform": platform, "screen": [W, H], "problems": problems}, ensure_ascii=False))
        window.document.close()  # type: ignore[union-attr]
        return 0
    shots = [shoot("start-page.png", 0, 0, W, H)]

    window.open_path(str(FIXTURES / "samples" / "hongze-district-2024.nianbao"))
    problems += layout_problems(window, free, settle)
    window.jump_to("4", "appeals/review/total")
    shots.append(shoot("table4.png", 0, 0, W, H))
    window.jump_to("3", "requests/3.6/natural")
    settle()
    view = window.editor.views["requests"]  # type: ignore[union-attr]
    index = view.sheet.index_of("requests/3.6/natural")
    rect = view.visualRect(index)
    tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
    QToolTip.showText(view.viewport().mapToGlobal(QPoint(rect.center().x(), rect.bottom())), tip, view)
    shots.append(shoot("table3-finding.png", 0, 0, W, H))
    QToolTip.hideText()
    settle(800)

    window.navigator.select("1")  # type: ignore[union-attr]
    shots.append(shoot("narrative.png", 0, 0, W, H))

    window.files.close_report()
    window.open_path(str(edited_copy(work, "huaian-city-2024", organ="某某镇人民政府")))  # R8: a township's fees
    panel = window.findings
    assert panel is not None
    tree = panel.tree
    first = next(tree.topLevelItem(i).child(0) for i in range(tree.topLevelItemCount())
                 if "已说明" not in tree.topLevelItem(i).child(0).text(0))
    tree.setCurrentItem(first)
    panel.accept_current("本单位全年收费金额确为该数，单位为万元")
    from core.commands import SetCell

    window.document.execute(SetCell("requests/1/natural", 40))  # type: ignore[union-attr]  # 表三 no longer balances
    window.jump_to("", "art20_8/fees/amount")
    dock = window.findings_dock
    window.resizeDocks([dock], [420], Qt.Orientation.Vertical)
    shots.append(shoot("findings-dock.png", 0, 0, W, H))
    window.files.close_report() if not window.document or not window.document.modified else window.document.close()
    window.set_document(None)

    # A sentence of the prose that contradicts 表三 (17 requests said, 95 counted), underlined and selected;
    # the published sentence names 区政府办 (another organ: R6 stays quiet), so it is said of 区政府 here.
    window.open_path(str(edited_copy(work, "hongze-district-2024", said=("区政府办代表区政府受理", "区政府受理"))))
    r6 = next(f for f in window.document.findings if f.rule == "R6")  # type: ignore[union-attr]
    assert r6.span is not None
    window.jump_to_text(*r6.span)
    shots.append(shoot("prose-finding.png", 0, 0, W, H))

    # 文件 → 导入上年报告 with a published PDF: the tables read from it beside its text.
    pdf = ROOT.parent / "shared" / "samples" / "hongze-district-2023.pdf"
    if pdf.exists():
        from gui.import_dialog import ImportDialog

        dialog = ImportDialog(window, str(pdf))
        dialog.move(0, 0)
        dialog.resize(W, H - 40)
        dialog.show()
        dialog.tabs.setCurrentIndex(next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i).startswith("表三")))
        shots.append(shoot("import-dialog.png", 0, 0, W, H))
        dialog.close()
    shots += import_shots(window, work, shoot, settle, W, H)
    if window.document is not None:
        window.document.close()
        window.set_document(None)
    print(json.dumps({"platform": platform, "screen": [W, H], "screenshots": shots, "problems": problems,
                      "font": app.font().families()}, ensure_ascii=False))
    window.close()
    return 0


def import_shots(window: object, work: Path, shoot: object, settle: object, W: int, H: int) -> list[str]:
    """A page copied from a site's 繁体 version read as simplified (the note says so), a real report
    saved as Word 97 (.doc) read with its tables, one giving 表二 as a sentence, and the year asked of
    the clerk for a fragment that names none."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from gui.import_dialog import ImportDialog

    shots: list[str] = []
    previews = [(ROOT / "tests" / "corpus" / "pages-mayang-banlishu-2022.txt", "import-traditional.png"),
                # a Word 97 attachment of a real report's page, read with its tables
                (ROOT / "tests" / "fixtures" / "doc" / "code-shuyang-fgj-2023.doc", "import-doc.png"),
                # no title and no table: 表二 given as a sentence, read from it and shown doubtful
                (ROOT / "tests" / "corpus" / "pages-qingshan-gongrencun-2025.txt", "import-prose-table.png"),
                # digits run together: tables doubtful (one read in no cell), an unread cell's reason below the table
                (ROOT / "tests" / "corpus" / "code-pingtan-2019.txt", "import-doubt.png"),
                # a page naming no organ, cut after 表二: the blank organ and the unread tables said
                (ROOT / "tests" / "corpus" / "pagesz-haitang-qzf-2021.txt", "import-partial.png")]
    for source, name in previews:
        if source.exists():
            dialog = ImportDialog(window, str(source))  # type: ignore[arg-type]
            dialog.move(0, 0)
            dialog.resize(W, H - 40)
            dialog.show()
            table = dialog.tabs.currentWidget()
            unread = [item for item in (table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount()))
                      if item is not None and "未能读取" in item.toolTip()]
            if unread and name == "import-doubt.png":
                table.setFocus()
                table.setCurrentItem(unread[0])
            shots.append(shoot(name, 0, 0, W, H))  # type: ignore[operator]
            dialog.close()
    seed = ROOT.parent / "shared" / "seeds" / "003_bd56896d5bf88536.txt"
    if seed.exists():
        text = seed.read_text(encoding="utf-8")
        fragment = work / "表格片段.txt"
        fragment.write_text(text[text.index("二、主动公开政府信息情况"):text.index("五、")], encoding="utf-8")
        dialog = ImportDialog(window, expected_year=2022)  # type: ignore[arg-type]
        dialog.move(0, 0)
        dialog.resize(W, H - 40)
        dialog.show()

        def answer() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QInputDialog):
                QTimer.singleShot(50, answer)
                return
            settle(300)  # type: ignore[operator]
            shots.append(shoot("import-year.png", 0, 0, W, H))  # type: ignore[operator]
            box.accept()

        QTimer.singleShot(0, answer)
        dialog.load(str(fragment))
        dialog.close()
    return shots


def layout_problems(window: object, free: object, settle: object) -> list[str]:
    """What a clerk on this screen could not see or reach: the window beyond the screen, a page
    that scrolls sideways, a table or button starting beyond the page's right edge."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QScrollArea

    from gui.form_view import FormView
    from gui.main_window import MainWindow

    assert isinstance(window, MainWindow) and isinstance(free, QRect) and callable(settle)
    problems = []
    if not free.contains(window.frameGeometry()):
        problems.append(f"窗口 {window.frameGeometry().getRect()} 超出屏幕 {free.getRect()}")
    if window.editor is None or window.navigator is None:
        return problems
    for key, page in window.editor.pages.items():
        window.navigator.select(key)
        settle(150)
        if not isinstance(page, QScrollArea):
            continue
        if page.horizontalScrollBar().maximum() > 0:
            problems.append(f"第{key}页需要左右滚动（{page.horizontalScrollBar().maximum()} 像素）")
        right = page.viewport().width()
        for w in page.findChildren(FormView) + page.findChildren(QAbstractButton):
            if w.isVisible() and w.mapTo(page.viewport(), w.rect().topRight()).x() > right:
                problems.append(f"第{key}页的“{w.accessibleName() or getattr(w, 'text', lambda: '')()}”超出右边")
    return problems


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
