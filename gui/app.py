"""The QApplication: Chinese translations, the shipped CJK font, and the never-silent excepthook.

A clerk's PC may have no Chinese font at all (a fresh 统信UOS or a stripped Windows image), so the
font under ``templates/fonts`` is registered at start and placed after the system's UI font in
the application font's family list: Latin text keeps the system look, Chinese never renders as
boxes. Qt's own dialogs (file dialog, message box buttons) are translated with ``qtbase_zh_CN``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from core.paths import data_dir
from gui import input_method

APP_NAME = "年报编辑器"
FONTS_DIR = Path(__file__).resolve().parent.parent / "templates" / "fonts"
CJK_FONT_FILE = "DroidSansFallbackFull.ttf"


def settings() -> QSettings:
    """Recent files, window layout and the organ name, in the user's data folder (one INI file,
    the same on Windows and Linux; tests get their own folder through ``NIANBAO_DATA_DIR``)."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def register_fonts(app: QApplication) -> list[str]:
    """Register the shipped CJK fonts and make them the fallbacks of the application font, sans
    first so screen text stays sans-serif: Droid Sans Fallback draws nearly every Chinese
    character but lacks 〈 〉, – • and Latin letters, which the shipped Noto Serif SC after it has
    (with the symbols the program shows). So nothing a report or the program shows is drawn as
    boxes on a computer without a CJK or symbol font (``tests/gui/test_font_coverage.py``).

    The UI font's family is often an alias ("Sans Serif" on Linux) that Qt's family list does not
    resolve: the face it stands for is put in the list by name, before ours, or Latin text would
    be drawn in the serif (Droid has no Latin letters)."""
    from PySide6.QtGui import QFontInfo

    font = app.font()
    system_face = QFontInfo(font).family()  # resolved before the shipped fonts exist
    families: list[str] = []
    for file_name in (CJK_FONT_FILE, "NotoSerifSC-GB2312.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / file_name))
        if font_id >= 0:
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    if families:
        base = [f for f in font.families() if f not in families] or [font.family()]
        if system_face and system_face not in base and system_face not in families:
            base.append(system_face)
        font.setFamilies(base + families)
        app.setFont(font)
    return families


class QtChineseFallback(QTranslator):
    """Qt's strings that Qt 6 changed after PySide6's ``qtbase_zh_CN.qm`` was last updated.

    Qt 6 gave QFileDialog's "Look in:" and "Files of type:" mnemonics ("&Look in:", "Files of
    &type:") and moved "Folder", "File", "Drive"… from QFileDialog to QAbstractFileIconProvider;
    the catalogue still has only the old texts, so every file dialog showed those two labels and
    its 类型 column in English beside Chinese. Asked only after the catalogue found nothing: the
    catalogue's old translation (under the old context, or of the text without "&" with the
    mnemonic added the way the catalogue writes its others: "查找范围(&L)：")."""

    MOVED = {"QAbstractFileIconProvider": "QFileDialog"}

    def __init__(self, catalogue: QTranslator) -> None:
        super().__init__(catalogue)  # a child of the catalogue: installed and kept alive with it
        self.catalogue = catalogue

    def translate(self, context: str, sourceText: str, /, disambiguation: Optional[str] = None,
                  n: int = -1) -> Optional[str]:
        # None, never "": a null string lets Qt show the source text when nobody translates it.
        old_context = self.MOVED.get(context)
        if old_context is not None:
            return self.catalogue.translate(old_context, sourceText, disambiguation, n) or None
        at = sourceText.find("&")
        if at < 0 or at + 1 >= len(sourceText) or not sourceText[at + 1].isalnum():
            return None
        text = self.catalogue.translate(context, sourceText[:at] + sourceText[at + 1:], disambiguation, n)
        if not text or "&" in text:
            return None
        body = text.rstrip(":：")
        return f"{body}(&{sourceText[at + 1].upper()}){text[len(body):]}"


def install_translator(app: QApplication) -> Optional[QTranslator]:
    """Qt's own strings (Cancel, Open, Yes/No, the file dialog…) in Chinese, from PySide6's
    translations folder (the frozen build ships ``qtbase_zh_CN.qm`` there, see build.spec)."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_zh_CN", folder):
        # Installed first, so asked last: Qt asks the most recently installed translator first.
        app.installTranslator(QtChineseFallback(translator))
        app.installTranslator(translator)
        return translator
    return None


def setup_app(app: QApplication) -> None:
    """Everything the editor needs from the QApplication; the tests call it on pytest-qt's app."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    if not app.property("nianbaoReady"):
        install_translator(app)
        register_fonts(app)
        app.setProperty("nianbaoReady", True)


def create_app(argv: Sequence[str]) -> QApplication:
    """The QApplication. High-DPI safe as Qt 6 is by default: fractional scale factors (150 %)
    pass through unrounded (setting that policy again would load the ``Qt`` namespace early)."""
    existing = QApplication.instance()
    if existing is None:
        input_method.prepare()  # fcitx5 desktops: Chinese input through the IBus portal
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    setup_app(app)
    return app


def run(argv: Sequence[str]) -> int:
    """Start the editor: open FILE when given, else offer recovery after a crash or the start page."""
    from gui import errors
    from gui.main_window import MainWindow

    app = create_app([sys.argv[0], *argv])
    window = MainWindow(settings())
    errors.install(window)
    window.show()
    bench = bool(os.environ.get("NIANBAO_EXIT_WHEN_SHOWN"))  # benchmarks: time to the painted window
    if bench:
        QTimer.singleShot(0, lambda: (window.grab(), print("shown", flush=True)))
    if argv:
        QTimer.singleShot(0, lambda: window.open_path(argv[0]))
    else:
        QTimer.singleShot(0, window.offer_recovery)
    if bench:
        def ready() -> None:
            window.grab()
            print("ready", flush=True)
            app.quit()

        QTimer.singleShot(0, ready)
    return app.exec()
