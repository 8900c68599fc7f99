"""What every screenshot script needs: the app on a real X screen (xcb, under Xvfb), the screen's
free area, a way to let the window settle, and a shot of the screen saved under ``out``."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional


@dataclass
class Screen:
    app: Any
    screen: Any
    free: Any
    """The screen's available geometry (QRect)."""
    out: Path

    @property
    def size(self) -> tuple[int, int]:
        return self.free.width(), self.free.height()

    def settle(self, ms: int = 300) -> None:
        from PySide6.QtWidgets import QApplication

        for _ in range(max(1, ms // 20)):
            self.app.processEvents()
            QApplication.instance().thread().msleep(20)  # type: ignore[union-attr]

    def shoot(self, name: str, x: int = 0, y: int = 0, w: int = -1, h: int = -1) -> str:
        self.settle()
        path = self.out / name
        self.screen.grabWindow(0, x, y, w, h).save(str(path))
        return str(path)


def real_screen(out: str) -> Optional[Screen]:
    """The app on a real X screen, or None (with the reason on stderr) when there is none."""
    from PySide6.QtGui import QGuiApplication

    from gui.app import create_app

    app = create_app([sys.argv[0]])
    platform = QGuiApplication.platformName()
    if platform != "xcb":
        print(f"需要真实的 X 窗口（xcb），当前为 {platform}", file=sys.stderr)
        return None
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    screen = QGuiApplication.primaryScreen()
    return Screen(app, screen, screen.availableGeometry(), folder)
