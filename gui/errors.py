"""Never a silent failure: an unexpected exception is logged, the work is autosaved, the clerk is
told in Chinese what to do, and the editor keeps running.

PySide6 calls ``sys.excepthook`` for an exception raised in a slot or an event handler and then
returns to the event loop, so replacing the hook is enough to keep the window alive. The dialog
is opened non-modally (``open()``): a second error while it is shown does not stack modal loops.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Optional, Protocol

from PySide6 import QtWidgets
from PySide6.QtWidgets import QWidget

from core.crash_log import log_folder as log_folder
from core.crash_log import write_log as write_log


class Keeper(Protocol):
    """What the hook needs from the window: somewhere to parent the dialog and a way to autosave."""

    def emergency_autosave(self) -> Optional[str]:
        """"" when saved, None when there is nothing open, else why the autosave failed."""


def message_for(log: Optional[Path], saved: Optional[str] = "") -> str:
    """The dialog's words. ``saved``: "" when the autosave worked (or there was nothing to save),
    None when there is no report open, else why the autosave failed — the dialog never claims a
    save that did not happen."""
    where = f"错误记录已写入：\n{log}" if log else "错误记录未能写入。"
    if saved is None:
        work = "程序可以继续使用。"
    elif saved:
        work = f"自动保存未成功：{saved}。程序可以继续使用，请立即“保存”一次。"
    else:
        work = "您的工作已自动保存，程序可以继续使用。建议先“保存”一次，再检查刚才修改的内容；"
    return ("程序遇到了一个意外错误，刚才的操作可能没有完成。\n\n" + work +
            "如果错误反复出现，请保存后重新启动程序，并把错误记录文件发给技术支持。\n\n" + where)


class ErrorHook:
    """The excepthook: log, autosave, show the Chinese dialog, keep going."""

    def __init__(self, parent: Optional[QWidget], keeper: Optional[Keeper] = None,
                 show: bool = True) -> None:
        self.parent = parent
        self.keeper = keeper
        self.show = show
        self.dialog: Optional[QtWidgets.QMessageBox] = None  # looked up when first shown
        self.last_log: Optional[Path] = None
        self._previous: Callable[..., object] = sys.excepthook

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: Optional[TracebackType]) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        try:
            self.last_log = write_log(exc_type, exc, tb)
        except OSError:
            self.last_log = None
        saved: Optional[str] = None
        try:
            if self.keeper is not None:
                saved = self.keeper.emergency_autosave()
        except Exception as e:  # the autosave failing must not hide the first error
            traceback.print_exc()
            saved = f"自动保存时又出现了错误（{type(e).__name__}）"
        traceback.print_exception(exc_type, exc, tb)
        if self.show:
            self._show(message_for(self.last_log, saved))

    def _show(self, text: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Critical, "程序错误", text,
                                    QtWidgets.QMessageBox.StandardButton.Ok, self.parent)
        self.dialog = box
        box.open()


def install(window: QWidget) -> ErrorHook:
    hook = ErrorHook(window, window if hasattr(window, "emergency_autosave") else None)
    sys.excepthook = hook
    return hook
