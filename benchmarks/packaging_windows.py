"""The Windows bundle's size, projected here from the Linux bundle and the win_amd64 wheels.

Why: the goal (one-folder bundle ≤ 120 MB) is for every build packaging/README.md describes, and
the Windows bundle is made only on a Windows runner (PyInstaller does not cross-build), where
.github/workflows/windows.yml measures it (`packaging.py --measure-only dist\\nianbao`). This gives
a figure before a push and shows where the megabytes go. It is a projection, not a measurement.

Method: start from the built Linux bundle (dist/nianbao). Every file in it that comes from a binary
wheel is replaced by its counterpart in the win_amd64 wheel of the same version (Qt plugins as
build.spec keeps them; the Qt and C++ runtime DLLs as the kept Windows binaries import them, the
way PyInstaller's dependency scan finds them; opengl32sw.dll as PyInstaller's Qt hook adds it);
Linux-only files (ICU, X11/Wayland, Pillow's vendored .so files, libstdc++) are dropped. CPython's
Windows runtime (python311.dll, python3.dll, DLLs\\*.pyd, libffi-8.dll) is not on PyPI: the Linux
libpython, lib-dynload and the libraries lib-dynload links stand in for it at their own size.
Data files and pure Python (templates, fonts, the PYZ) are counted as they are.

    .venv/bin/python benchmarks/packaging.py --windows-estimate
"""

from __future__ import annotations

import ast
import importlib.metadata
import os
import re
import struct
import sys
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from windows_wheels import CACHE, PLATFORM, PYTHON, FetchError, canonical, fetch, pins  # noqa: E402,F401

MB = 2**20
# Qt plugin types PyInstaller's Qt hooks collect for QtCore/Gui/Widgets/PrintSupport/Svg
# (PyInstaller/utils/hooks/qt/_modules_info.py); build.spec then keeps PLUGINS and three folders.
PLUGIN_TYPES = {"accessiblebridge", "egldeviceintegrations", "generic", "iconengines", "imageformats",
                "platforms", "platforminputcontexts", "platformthemes", "styles", "printsupport"}
PLUGIN_DIRS_KEPT = {"styles", "printsupport", "iconengines"}  # build.spec's wanted()
# PyInstaller's Qt hook adds these on Windows when every mandatory file of a group is in the wheel.
QT_HOOK_EXTRAS = [(["libEGL.dll", "libGLESv2.dll"], ["d3dcompiler_??.dll"]), (["opengl32sw.dll"], []),
                  (["icudt??.dll", "icuin??.dll", "icuuc??.dll"], [])]
RENAMES = {"qxcb": "qwindows"}  # the X11 platform plugin's Windows counterpart
# Libraries PyInstaller copies from the Linux host (no wheel): what each stands for on Windows.
HOST_LIBS = [
    (r"libpython3", "python", "python311.dll"),
    (r"lib(ffi|bz2|lzma|z|uuid)\.so", "python", "libraries lib-dynload links (libffi-8.dll; bz2, lzma, zlib built in)"),
    (r"lib(stdc\+\+|gcc_s)\.so", "drop", "C++ runtime: the MSVC runtime DLLs the wheels carry instead"),
    (r"libzstd\.so", "drop", "Qt's Linux build links the system zstd; Qt6Core.dll imports none"),
    (r"libxcb", "drop", "X11"),
]
PYTHON_DLLS = {"python3.dll", f"python{PYTHON.replace('.', '')}.dll"}


def windows_key(name: str) -> str:
    """A file name reduced so a Linux file and its Windows counterpart compare equal:
    libQt6Core.so.6 / Qt6Core.dll → qt6core, QtCore.abi3.so / QtCore.pyd → qtcore,
    libpyside6.abi3.so.6.11 / pyside6.abi3.dll → pyside6,
    etree.cpython-311-x86_64-linux-gnu.so / etree.cp311-win_amd64.pyd → etree, libqxcb.so → qwindows."""
    n = name.lower()
    m = re.fullmatch(r"(.+?)(\.cpython-\d+-[^.]+|\.cp\d+-win_amd64|\.abi3)?\.(so(\.\d+)*|dll|pyd)", n)
    if m is None:
        return n  # not a binary: data files keep their name
    stem = m[1]
    if m[3].startswith("so") and not (m[2] or "").startswith(".cpython"):
        stem = stem.removeprefix("lib")  # a shared library, not a Python extension module
    return RENAMES.get(stem, stem)


def slot(path: str) -> str:
    """Where a file sits in a Qt tree, the same on both platforms: 'plugins/<type>', 'translations' or ''."""
    parts = PurePosixPath(path).parts
    if "plugins" in parts[:-1]:
        return "plugins/" + parts[parts.index("plugins") + 1]
    return "translations" if "translations" in parts[:-1] else ""


def counterpart(linux_path: str, windows_paths: Iterable[str]) -> str | None:
    """The Windows wheel path standing for a file of the Linux bundle (path inside _internal): same
    top-level package, same slot, same windows_key; None if the Windows wheel has no such file."""
    def place(path: str) -> tuple[str, str, str]:
        p = PurePosixPath(path)
        return (p.parts[0] if len(p.parts) > 1 else "", slot(path), windows_key(p.name))

    want, parent = place(linux_path), PurePosixPath(linux_path).parent.name
    found = sorted((w for w in windows_paths if place(w) == want), key=lambda w: PurePosixPath(w).parent.name != parent)
    return found[0] if found else None


def pe_imports(data: bytes) -> list[str]:
    """DLL names a PE file (.dll/.pyd/.exe) imports, normal and delay-loaded."""
    def u32(at: int, size: int = 4) -> int:
        return int.from_bytes(data[at:at + size], "little")

    pe = u32(0x3C)
    if data[pe:pe + 4] != b"PE\0\0":
        raise ValueError("not a PE file")
    opt = pe + 24
    dirs = opt + (112 if u32(opt, 2) == 0x20B else 96)  # PE32+ or PE32 optional header
    first = opt + u32(pe + 20, 2)
    table = [(u32(s + 8), u32(s + 12), u32(s + 16), u32(s + 20)) for s in range(first, first + 40 * u32(pe + 6, 2), 40)]

    def offset(rva: int) -> int:
        for vsize, va, rsize, ptr in table:
            if va <= rva < va + max(vsize, rsize):
                return rva - va + ptr
        raise ValueError(f"RVA {rva:#x} outside every section")

    names = []
    for index, entry, name_at in ((1, 20, 12), (13, 32, 4)):  # import table, delay-load import table
        if not u32(dirs + 8 * index):
            continue
        at = offset(u32(dirs + 8 * index))
        while any(data[at:at + entry]):
            start = offset(u32(at + name_at))
            names.append(data[start:data.index(b"\0", start)].decode("ascii"))
            at += entry
    return names


def spec_constants(spec: Path) -> dict[str, set[str]]:
    """KEEP_QT, ALL_QT, PLUGINS and WINDOWS_DROP (if any) read from build.spec, so the projection
    keeps exactly what the spec keeps."""
    NAMES = ("KEEP_QT", "ALL_QT", "PLUGINS", "WINDOWS_DROP")
    found: dict[str, set[str]] = {"WINDOWS_DROP": set()}
    for node in ast.parse(spec.read_text(encoding="utf-8")).body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
        if isinstance(node, ast.Assign) and isinstance(target, ast.Name) and target.id in NAMES:
            found[target.id] = set(ast.literal_eval(node.value))
    return found


def app_qt_modules(sources: Iterable[Path]) -> set[str]:
    """PySide6 modules the app imports itself (the others PyInstaller adds follow Qt's link deps)."""
    mods: set[str] = set()
    for src in sources:
        for node in ast.walk(ast.parse(src.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6"):
                mods.update([node.module.split(".")[1]] if "." in node.module else [a.name for a in node.names])
            elif isinstance(node, ast.Import):
                mods.update(a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6."))
    return mods


@dataclass
class Dist:
    name: str
    version: str
    pure: bool


def bundle_dists(site_packages: Path) -> dict[str, Dist]:
    """Top-level names (PySide6, pillow.libs, lxml…) → the installed distribution they come from."""
    tops: dict[str, Dist] = {}
    for d in importlib.metadata.distributions(path=[str(site_packages)]):
        wheel = d.read_text("WHEEL") or ""
        dist = Dist(d.metadata["Name"], d.version, "Root-Is-Purelib: true" in wheel and "-none-any" in wheel)
        for f in d.files or []:
            if f.parts and not f.parts[0].endswith(".dist-info") and f.parts[0] != "..":
                tops.setdefault(f.parts[0], dist)
    return tops


def pkg_length(exe: Path) -> int:
    """Bytes of the PyInstaller archive (bootloader options, PYZ, scripts) appended to an executable."""
    data = exe.read_bytes()
    at = data.rfind(b"MEI\014\013\012\013\016")
    if at < 0:
        raise ValueError(f"{exe}: no PyInstaller archive")
    return int(struct.unpack_from("!8sIIII64s", data, at)[1])


@dataclass
class Projection:
    kept: dict[str, tuple[int, str]] = field(default_factory=dict)  # Windows path → (bytes, group)
    dropped: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(dict))  # reason → {Linux file: bytes}
    warnings: list[str] = field(default_factory=list)

    def drop(self, reason: str, linux_path: str, size: int) -> None:
        self.dropped[reason][PurePosixPath(linux_path).name] = size

    def total(self, prefix: str = "") -> int:
        return sum(size for size, group in self.kept.values() if group.startswith(prefix))


def group_of(win_path: str) -> str:
    """'Qt: …', 'Python runtime: …' or 'others: …', for the printed breakdown."""
    name = PurePosixPath(win_path).name.lower()
    top = PurePosixPath(win_path).parts[0]
    runtime = re.match(r"(msvcp|vcruntime|concrt|vccorlib|vcomp|vcamp)\d", name)
    if top in ("PySide6", "shiboken6"):
        if runtime:
            return "Qt: MSVC C++ runtime (PySide6/, shiboken6/)"
        if name == "opengl32sw.dll":
            return "Qt: opengl32sw.dll (software OpenGL, PyInstaller's Qt hook)"
        if slot(win_path).startswith("plugins"):
            return "Qt: plugins"
        return "Qt: Qt6*.dll" if name.startswith("qt6") else "Qt: bindings (.pyd, pyside6/shiboken6 DLLs), translations"
    if runtime:
        return "Python runtime: MSVC runtime beside python311.dll (size of a wheel's copy)"
    return "others: " + top


def wheel_files(wheels: list[Path]) -> dict[str, tuple[zipfile.ZipFile, int]]:
    """Every file of the wheels (path as PyInstaller lays it out on Windows) → its wheel, bytes."""
    files: dict[str, tuple[zipfile.ZipFile, int]] = {}
    for wheel in wheels:
        z = zipfile.ZipFile(wheel)
        files.update({i.filename: (z, i.file_size) for i in z.infolist()
                      if not i.is_dir() and ".dist-info/" not in i.filename and i.filename not in files})
    return files


def dependency_scan(roots: set[str], win: dict[str, tuple[zipfile.ZipFile, int]], keeps: Callable[[str], bool],
                    qt_modules: set[str]) -> set[str]:
    """PyInstaller's scan on Windows: each DLL a kept binary imports, looked up beside it, then in the
    DLL folders PySide6 and shiboken6 add, then beside python.exe ('top/…', a wheel's copy stands in);
    Windows' own DLLs (not in any wheel) stay out. A Qt library whose PySide6 module the Linux bundle
    has brings that module (the module hook's hidden import)."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for w in win:
        by_name[PurePosixPath(w).name.lower()].append(w)
    todo, seen = sorted(roots), set(roots)
    while todo:
        path = todo.pop()
        if not path.endswith((".dll", ".pyd")):
            continue
        for dll in pe_imports(win[path][0].read(path)):
            low = dll.lower()
            if low in PYTHON_DLLS or low not in by_name:
                continue  # the Python runtime stand-in, or Windows' own (api-ms-win-*, KERNEL32, icuuc…)
            folders = (str(PurePosixPath(path).parent), "PySide6", "shiboken6")
            found = next((w for d in folders for w in by_name[low] if str(PurePosixPath(w).parent) == d), "top/" + low)
            module = f"PySide6/Qt{PurePosixPath(found).name[3:-4]}.pyd" if low.startswith("qt6") else ""
            for dep in (found, module):
                if dep and dep not in seen and (dep.startswith("top/") or keeps(dep)) and (dep != module or dep in qt_modules):
                    seen.add(dep)
                    todo.append(dep)
    if "vcruntime140.dll" in by_name:
        seen.add("top/vcruntime140.dll")  # python311.dll's, from its own folder
    return seen


def project(bundle: Path, wheels: list[Path], dists: dict[str, Dist], spec: dict[str, set[str]],
            app_modules: set[str], bootloader: int, icon: int) -> Projection:
    """The projected Windows bundle (see the module docstring); `bootloader` and `icon` in bytes."""
    out, win = Projection(), wheel_files(wheels)
    left_out = {f"qt6{m[2:].lower()}" for m in spec["ALL_QT"] - spec["KEEP_QT"]}

    def spec_keeps(path: str) -> bool:
        """build.spec's wanted() (and its Windows-only drops) on a Windows path."""
        name = PurePosixPath(path).name
        if name in spec["WINDOWS_DROP"] or any(q in name.lower() for q in left_out):
            return False
        where = slot(path)
        if where == "translations" and name.endswith(".qm"):
            return name in ("qtbase_zh_CN.qm", "qt_zh_CN.qm")
        if where.startswith("plugins/"):
            kind = where.removeprefix("plugins/")
            return kind in PLUGIN_TYPES and (name in spec["PLUGINS"] or kind in PLUGIN_DIRS_KEPT)
        return True

    roots: set[str] = set()
    qt_linux: dict[str, tuple[str, int]] = {}  # Qt library or PySide6 module on Windows → Linux file, bytes
    internal = bundle / "_internal"
    for f in sorted(p for p in internal.rglob("*") if p.is_file() and not p.is_symlink()):
        rel, size, name = f.relative_to(internal).as_posix(), f.stat().st_size, f.name
        top = rel.split("/")[0]
        dist = dists.get(top)
        if top == f"python{PYTHON}":
            out.kept["python:" + rel] = (size, "Python runtime: stand-in: lib-dynload (DLLs\\*.pyd and modules built into python311.dll)")
        elif dist is None and "/" not in rel and name.startswith("lib") and ".so" in name:
            kind, note = next(((k, n) for pattern, k, n in HOST_LIBS if re.match(pattern, name)), ("keep", ""))
            if kind == "python":
                out.kept["python:" + rel] = (size, f"Python runtime: stand-in: {note}")
            elif kind == "drop":
                out.drop(f"host libraries: {note}", rel, size)
            else:
                out.kept[rel] = (size, "others: host libraries with no rule (counted as is)")
                out.warnings.append(f"{rel}: a host library with no rule in HOST_LIBS, counted at its Linux size")
        elif dist is None or dist.pure:
            out.kept[rel] = (size, "others: data files and pure Python (same on Windows)")
        elif slot(rel).startswith("plugins/"):  # the Windows plugins are chosen from the wheel below
            twin = counterpart(rel, win)
            if twin is None or not spec_keeps(twin):
                out.drop("Qt plugins with no Windows counterpart", rel, size)
        else:
            twin = counterpart(rel, win)
            if twin is None:
                out.drop("ICU (Qt6Core.dll uses Windows' own icuuc.dll)" if "libicu" in name else
                         "Pillow's vendored libraries (linked into _imaging.pyd on Windows)" if top == "pillow.libs"
                         else f"{top}: no counterpart in the win_amd64 wheel", rel, size)
            elif top == "PySide6" and ("/lib/" in rel or re.fullmatch(r"Qt\w+\.abi3\.so", name)):
                qt_linux[twin] = (rel, size)  # kept if the Windows binaries need it (dependency_scan)
            elif spec_keeps(twin):
                roots.add(twin)

    out.kept["nianbao.exe"] = (bootloader + icon + pkg_length(bundle / "nianbao"),
                               "others: nianbao.exe (runw.exe bootloader + icon + the same PYZ)")
    roots.update(w for w in win if w.startswith("PySide6/plugins/") and w.endswith(".dll") and spec_keeps(w))
    for mandatory, optional in QT_HOOK_EXTRAS:  # what PyInstaller's Qt hook adds on Windows
        groups = [[w for w in win if w.count("/") == 1 and PurePosixPath(w).match("PySide6/" + pattern)]
                  for pattern in mandatory + optional]
        if all(groups[: len(mandatory)]):
            roots.update(w for group in groups for w in group if spec_keeps(w))
    roots.update(f"PySide6/{m}.pyd" for m in app_modules if f"PySide6/{m}.pyd" in qt_linux)
    for path in dependency_scan(roots, win, spec_keeps, set(qt_linux)):
        name = path.removeprefix("top/")
        real = next(w for w in win if PurePosixPath(w).name.lower() == name) if path.startswith("top/") else path
        out.kept[name] = (win[real][1], group_of(name))
        qt_linux.pop(path, None)
    for rel, size in qt_linux.values():
        out.drop("Qt libraries and modules no kept Windows binary imports", rel, size)
    return out


def report(p: Projection, goal_mb: float) -> str:
    total = p.total() / MB
    lines = [
        f"Windows bundle (projection, not a measurement): {total:.1f} MB (goal ≤ {goal_mb:g} MB)",
        "method: Linux dist/nianbao with each wheel file replaced by its win_amd64 wheel counterpart (same "
        "versions), Qt plugins/DLLs as build.spec and PyInstaller would pick them, Linux-only files dropped; "
        "CPython's Windows runtime is not on PyPI, so Linux libpython + lib-dynload stand in for it",
    ]
    for head in ("Qt", "Python runtime", "others"):
        lines.append(f"  {head:<15}{p.total(head + ':') / MB:6.1f} MB")
        groups: dict[str, int] = defaultdict(int)
        for size, group in p.kept.values():
            if group.startswith(head + ":"):
                groups[group.split(": ", 1)[1]] += size
        lines += [f"      {size / MB:6.1f} MB  {g}" for g, size in sorted(groups.items(), key=lambda kv: -kv[1])]
    dropped = sorted(((sum(files.values()), reason, files) for reason, files in p.dropped.items()), key=lambda t: -t[0])
    lines.append(f"  left out (Linux-only, {sum(t[0] for t in dropped) / MB:.1f} MB of dist/nianbao):")
    for size, reason, files in dropped:
        names = sorted(files, key=lambda n: -files[n])
        lines.append(f"      {size / MB:6.1f} MB  {reason}: {', '.join(names[:4])}{', …' if len(names) > 4 else ''}")
    lines += [f"  warning: {w}" for w in p.warnings]
    lines.append("goal met (projected)" if total <= goal_mb else "goal MISSED (projected)")
    return "\n".join(lines)


def main(bundle: Path, goal_mb: float) -> int:
    """Print the projection; 0 if within the goal, 1 above it, 2 if the wheels could not be had."""
    site = next((ROOT / ".venv-build").glob("lib/python*/site-packages"), None)
    if site is None or not (bundle / "nianbao").exists():
        print("no Linux bundle or .venv-build: run packaging/build_bundle.sh first")
        return 2
    dists = bundle_dists(site)
    internal = {p.name for p in (bundle / "_internal").iterdir()}
    binary = {d.name: d.version for top, d in dists.items() if top in internal and not d.pure}
    pinned = pins(ROOT / "requirements.txt", ROOT / "packaging" / "requirements-build.txt")
    stale = [f"{n} {v} (pinned {pinned[canonical(n)]})" for n, v in binary.items()
             if pinned.get(canonical(n), v) != v]
    if stale:
        print(f"dist/nianbao was built with {', '.join(stale)}: rebuild it with packaging/build_bundle.sh")
        return 2
    if "pyinstaller" not in pinned:
        print("packaging/requirements-build.txt pins no pyinstaller: no bootloader to measure")
        return 2
    binary["pyinstaller"] = pinned["pyinstaller"]
    print(f"win_amd64 wheels ({os.path.relpath(CACHE, ROOT)}): " + ", ".join(f"{n} {v}" for n, v in sorted(binary.items())))
    try:
        wheels = fetch(binary)
    except FetchError as e:
        print(f"cannot project the Windows bundle: {e}")
        return 2
    pyi = next(w for w in wheels if canonical(w.name.split("-")[0]) == "pyinstaller")
    with zipfile.ZipFile(pyi) as z:
        bootloader = z.getinfo("PyInstaller/bootloader/Windows-64bit-intel/runw.exe").file_size  # console=False
    sources = [ROOT / "main.py", *(ROOT / "gui").rglob("*.py"), *(ROOT / "core").rglob("*.py")]
    projection = project(bundle, [w for w in wheels if w != pyi], dists, spec_constants(ROOT / "build.spec"),
                         app_qt_modules(sources), bootloader, (ROOT / "packaging" / "icons" / "nianbao.ico").stat().st_size)
    print(report(projection, goal_mb))
    return 0 if projection.total() / MB <= goal_mb else 1
