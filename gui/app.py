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
    """Register the shipped sans-serif CJK font and make it the fallback of the application font.
    (The serif font beside it is the PDF exporter's; screen text stays sans-serif.)"""
    families: list[str] = []
    font_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / CJK_FONT_FILE))
    if font_id >= 0:
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if families:
        font = app.font()
        base = [f for f in font.families() if f not in families] or [font.family()]
        font.setFamilies(base + families)
        app.setFont(font)
    return families


def install_translator(app: QApplication) -> Optional[QTranslator]:
    """Qt's own strings (Cancel, Open, Yes/No…) in Chinese, from PySide6's translations folder."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_zh_CN", folder):
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
