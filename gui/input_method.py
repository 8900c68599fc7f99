"""Chinese input on Linux desktops whose input method is fcitx5 (统信UOS, 银河麒麟, Debian with fcitx5).

Why: those desktops set ``QT_IM_MODULE=fcitx``, but PySide6 ships no fcitx plugin, only ibus and
compose, so Qt silently falls back to plain keys and the clerk types "zhongwen" instead of 中文.
fcitx5 also speaks the IBus protocol (its ibusfrontend, on by default) and offers it as the IBus
portal on the session bus; Qt's ibus plugin uses that portal when ``IBUS_USE_PORTAL`` is set (without
it the plugin insists on an ``ibus-daemon`` executable). So when fcitx is asked for and no fcitx
plugin is there to load, the editor asks Qt for ibus over the portal instead. A fcitx plugin the
system makes visible to this Qt is always preferred. fcitx 4 has no such portal: there the editor
still gets plain keys (see packaging/README.md).

Must run before the QApplication is created: Qt reads these variables once, at start.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping, MutableMapping
from pathlib import Path

FCITX = ("fcitx", "fcitx5")


def plugin_keys(files: Iterable[str]) -> set[str]:
    """Input-method keys Qt could load, from platforminputcontexts plugin file names."""
    keys: set[str] = set()
    for name in files:
        lowered = name.lower()
        if "fcitx5" in lowered:
            keys.update(FCITX)
        elif "fcitx" in lowered:
            keys.add("fcitx")
        elif "ibus" in lowered:
            keys.add("ibus")
    return keys


def requested(env: Mapping[str, str]) -> str:
    """The input method the desktop asks Qt for ("" when none)."""
    modules = env.get("QT_IM_MODULES", "")  # Qt ≥ 6.8: a ;-separated list, first wins
    first = modules.split(";")[0].strip() if modules else env.get("QT_IM_MODULE", "").strip()
    if first:
        return first.lower()
    return "fcitx" if "@im=fcitx" in env.get("XMODIFIERS", "") else ""


def adjustments(env: Mapping[str, str], available: set[str]) -> dict[str, str]:
    """The variables to set so fcitx input reaches the editor; empty when nothing needs changing."""
    if requested(env) not in FCITX or available & set(FCITX) or "ibus" not in available:
        return {}
    changes = {"QT_IM_MODULE": "ibus"}
    if "QT_IM_MODULES" in env:
        changes["QT_IM_MODULES"] = "ibus"
    if "IBUS_USE_PORTAL" not in env:
        changes["IBUS_USE_PORTAL"] = "1"
    return changes


def _plugin_files() -> list[str]:
    from PySide6.QtCore import QLibraryInfo

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    folders += [p for p in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    files: list[str] = []
    for folder in folders:
        contexts = Path(folder) / "platforminputcontexts"
        if contexts.is_dir():
            files += [p.name for p in contexts.iterdir()]
    return files


def prepare(env: MutableMapping[str, str] = os.environ) -> dict[str, str]:
    """Apply ``adjustments`` to ``env`` (the process environment) on Linux; return what changed."""
    if not sys.platform.startswith("linux") or requested(env) not in FCITX:
        return {}
    changes = adjustments(env, plugin_keys(_plugin_files()))
    env.update(changes)
    return changes
