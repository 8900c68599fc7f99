"""Which shared libraries the Linux bundle ships (used by build.spec).

Why: PyInstaller collects every library any collected binary needs, before build.spec drops the Qt
plugins the editor never loads — so a GTK theme plugin that is not even shipped still brings Cairo,
Pango and GDK, and Qt's print plugin brings GnuTLS and Kerberos through CUPS. Here the bundle keeps
what the binaries it really ships need, directly or through each other, and nothing that the .deb's
Depends (``system-libs.txt``) provide.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
LIBRARY_DIRS = {"", "PySide6/Qt/lib"}
"""Bundle folders that hold libraries loaded only because another binary needs them. Anything
elsewhere (Python extension modules, Qt plugins, pdfium opened by ctypes) is loaded on its own."""


def system_sonames(listing: Path = HERE / "system-libs.txt") -> dict[str, str]:
    """Soname -> the Debian package that provides it, from ``system-libs.txt``."""
    provided: dict[str, str] = {}
    for line in listing.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        for soname in words[1:]:
            provided[soname] = words[0]
    return provided


def system_packages(listing: Path = HERE / "system-libs.txt") -> list[str]:
    """The packages of ``system-libs.txt``, in its order: the .deb's Depends."""
    return list(dict.fromkeys(system_sonames(listing).values()))


def needed(binary: str) -> list[str]:
    """The sonames ``binary`` names as DT_NEEDED (direct needs only: ``ldd`` would add the needs of
    system libraries the bundle does not ship)."""
    out = subprocess.run(["readelf", "-d", "-W", binary], check=True, capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def is_library_slot(dest: str) -> bool:
    path = PurePosixPath(dest.replace("\\", "/"))
    parent = str(path.parent).strip(".")
    return path.name.startswith("lib") and (parent in LIBRARY_DIRS or parent.endswith(".libs"))


def prune(binaries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The entries of a PyInstaller binaries TOC the bundle should ship.

    Roots are the binaries loaded on their own (see ``LIBRARY_DIRS``) and libpython; a library
    stays if a root needs it, directly or through other kept libraries, and the system does not
    provide it."""
    toc = list(binaries)
    system = system_sonames()
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in toc:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry)
    roots = [e for e in toc if not is_library_slot(e[0]) or PurePosixPath(e[0]).name.startswith("libpython")]
    seen: set[str] = set()
    stack = [e[1] for e in roots]
    while stack:
        source = stack.pop()
        if source in seen:
            continue
        seen.add(source)
        for soname in needed(source):
            if soname in system:
                continue
            for entry in by_name.get(soname, []):
                stack.append(entry[1])
    return [e for e in toc if e[1] in seen and PurePosixPath(e[0]).name not in system]


def drop_dangling(datas: Iterable[tuple[str, str, str]], binaries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The datas TOC without the links PyInstaller planned to libraries ``prune`` dropped (it lists, in
    datas, a link beside the launcher for each library it moved into a package folder)."""
    shipped = {PurePosixPath(b[0].replace("\\", "/")) for b in binaries}
    return [d for d in datas if d[2] != "SYMLINK" or not is_library_slot(d[0])
            or PurePosixPath(d[0].replace("\\", "/")).parent / d[1] in shipped]
