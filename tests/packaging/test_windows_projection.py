"""The Windows bundle projection (benchmarks/packaging_windows.py) and the size gate the Windows
workflow runs (benchmarks/packaging.py --measure-only), without network or a Windows build:
Linux → Windows file names, a PE import table, and a whole projection over a made-up bundle and
made-up wheels whose DLLs carry real (tiny) PE import tables."""

from __future__ import annotations

import importlib.util
import struct
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path) -> ModuleType:
    # Loaded by path: benchmarks/packaging.py must not shadow the `packaging` distribution.
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


pw = _load("packaging_windows", ROOT / "benchmarks" / "packaging_windows.py")
bench = _load("benchmarks_packaging", ROOT / "benchmarks" / "packaging.py")

WINDOWS = ["PySide6/Qt6Core.dll", "PySide6/QtCore.pyd", "PySide6/Qt6Svg.dll", "PySide6/pyside6.abi3.dll",
           "PySide6/plugins/platforms/qwindows.dll", "PySide6/plugins/platforms/qoffscreen.dll",
           "PySide6/plugins/imageformats/qsvg.dll", "PySide6/plugins/iconengines/qsvgicon.dll",
           "PySide6/translations/qtbase_zh_CN.qm", "shiboken6/shiboken6.abi3.dll", "shiboken6/Shiboken.pyd",
           "lxml/etree.cp311-win_amd64.pyd", "pypdfium2_raw/pdfium.dll", "_cffi_backend.cp311-win_amd64.pyd"]


@pytest.mark.parametrize("linux, windows", [
    ("PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt6Core.dll"),
    ("PySide6/QtCore.abi3.so", "PySide6/QtCore.pyd"),
    ("PySide6/Qt/lib/libQt6Svg.so.6", "PySide6/Qt6Svg.dll"),
    ("PySide6/libpyside6.abi3.so.6.11", "PySide6/pyside6.abi3.dll"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/plugins/platforms/qwindows.dll"),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/plugins/platforms/qoffscreen.dll"),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/plugins/imageformats/qsvg.dll"),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", "PySide6/plugins/iconengines/qsvgicon.dll"),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", "PySide6/translations/qtbase_zh_CN.qm"),
    ("shiboken6/libshiboken6.abi3.so.6.11", "shiboken6/shiboken6.abi3.dll"),
    ("shiboken6/Shiboken.abi3.so", "shiboken6/Shiboken.pyd"),
    ("lxml/etree.cpython-311-x86_64-linux-gnu.so", "lxml/etree.cp311-win_amd64.pyd"),
    ("pypdfium2_raw/libpdfium.so", "pypdfium2_raw/pdfium.dll"),
    ("_cffi_backend.cpython-311-x86_64-linux-gnu.so", "_cffi_backend.cp311-win_amd64.pyd"),
    ("PySide6/Qt/lib/libicudata.so.73", None),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", None),
    ("pillow.libs/libjpeg-6dc8d115.so.62.4.0", None),
    ("lxml/sax.cpython-311-x86_64-linux-gnu.so", None),
])
def test_each_linux_file_maps_to_its_windows_counterpart(linux: str, windows: str | None) -> None:
    assert pw.counterpart(linux, WINDOWS) == windows


def fake_pe(imports: list[str]) -> bytes:
    """A minimal PE32+ image: headers and one section holding an import table naming `imports`."""
    names, at = b"", []
    for name in imports:
        at.append(20 * (len(imports) + 1) + len(names))
        names += name.encode() + b"\0"
    body = b"".join(struct.pack("<IIIII", 0, 0, 0, 0x1000 + a, 0) for a in at) + bytes(20) + names
    head = bytearray(0x200)
    struct.pack_into("<I", head, 0x3C, 0x40)
    head[0x40:0x44] = b"PE\0\0"
    struct.pack_into("<HH", head, 0x44, 0x8664, 1)  # machine, one section
    struct.pack_into("<H", head, 0x54, 240)  # size of the PE32+ optional header
    struct.pack_into("<H", head, 0x58, 0x20B)
    struct.pack_into("<II", head, 0x58 + 112 + 8, 0x1000, len(body))  # data directory 1: imports
    struct.pack_into("<8sIIII", head, 0x58 + 240, b".idata", len(body), 0x1000, len(body), 0x200)
    return bytes(head) + body


def test_pe_import_table_is_read() -> None:
    assert pw.pe_imports(fake_pe(["Qt6Core.dll", "KERNEL32.dll"])) == ["Qt6Core.dll", "KERNEL32.dll"]
    assert pw.pe_imports(fake_pe([])) == []
    with pytest.raises(ValueError):
        pw.pe_imports(bytes(0x200))


def test_spec_constants_are_read_from_build_spec() -> None:
    spec = pw.spec_constants(ROOT / "build.spec")
    assert {"QtCore", "QtGui", "QtWidgets"} <= spec["KEEP_QT"] < spec["ALL_QT"] | spec["KEEP_QT"]
    assert "qwindows.dll" in spec["PLUGINS"] and isinstance(spec["WINDOWS_DROP"], set)


def test_projection_of_a_made_up_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "nianbao"
    files = {"PySide6/Qt/lib/libQt6Core.so.6": 700, "PySide6/Qt/lib/libQt6DBus.so.6": 90,
             "PySide6/QtCore.abi3.so": 300, "PySide6/QtDBus.abi3.so": 30, "PySide6/Qt/lib/libicudata.so.73": 450,
             "PySide6/Qt/plugins/platforms/libqxcb.so": 20, "PySide6/Qt/plugins/platforms/libqwayland.so": 20,
             "libstdc++.so.6": 200, "libpython3.11.so.1.0": 500, "python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so": 70,
             "templates/2021.json": 19}
    for rel, size in files.items():
        (bundle / "_internal" / rel).parent.mkdir(parents=True, exist_ok=True)
        (bundle / "_internal" / rel).write_bytes(bytes(size))
    cookie = struct.pack("!8sIIII64s", b"MEI\014\013\012\013\016", 1000 + 88, 0, 0, 311, b"libpython3.11.so.1.0")
    (bundle / "nianbao").write_bytes(b"\x7fELF" + bytes(96) + bytes(1000) + cookie)
    wheel = tmp_path / "pyside6_essentials-6.11.3-cp310-abi3-win_amd64.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr("PySide6/QtCore.pyd", fake_pe(["Qt6Core.dll", "python3.dll", "MSVCP140.dll"]))
        z.writestr("PySide6/QtDBus.pyd", fake_pe(["Qt6DBus.dll"]))
        z.writestr("PySide6/Qt6Core.dll", fake_pe(["icuuc.dll", "KERNEL32.dll", "MSVCP140.dll"]))
        z.writestr("PySide6/Qt6DBus.dll", fake_pe(["Qt6Core.dll"]))
        z.writestr("PySide6/Qt6Network.dll", fake_pe([]))
        z.writestr("PySide6/msvcp140.dll", fake_pe([]))
        z.writestr("PySide6/vcruntime140.dll", fake_pe([]))
        z.writestr("PySide6/opengl32sw.dll", fake_pe([]) + bytes(5000))
        z.writestr("PySide6/plugins/platforms/qwindows.dll", fake_pe(["Qt6Core.dll", "Qt6Network.dll"]))
        z.writestr("PySide6/plugins/platforms/qdirect2d.dll", fake_pe([]))
        z.writestr("PySide6/plugins/generic/qtuiotouchplugin.dll", fake_pe([]))
    dists = {"PySide6": pw.Dist("PySide6_Essentials", "6.11.3", False)}
    p = pw.project(bundle, [wheel], dists, pw.spec_constants(ROOT / "build.spec"), {"QtCore"}, 300_000, 6_000)

    assert set(p.kept) == {"PySide6/QtCore.pyd", "PySide6/Qt6Core.dll", "PySide6/msvcp140.dll", "vcruntime140.dll",
                           "PySide6/opengl32sw.dll", "PySide6/plugins/platforms/qwindows.dll", "nianbao.exe",
                           "python:libpython3.11.so.1.0", "python:python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so",
                           "templates/2021.json"}
    assert p.kept["nianbao.exe"][0] == 300_000 + 6_000 + 1088
    assert p.kept["templates/2021.json"][0] == 19 and p.kept["python:libpython3.11.so.1.0"][0] == 500
    dropped = {name for files in p.dropped.values() for name in files}
    assert dropped == {"libicudata.so.73", "libstdc++.so.6", "libqwayland.so", "libQt6DBus.so.6", "QtDBus.abi3.so"}
    assert p.total() == sum(size for size, _ in p.kept.values())
    text = pw.report(p, 120)
    assert "projection, not a measurement" in text and "goal met (projected)" in text


def test_measure_only_prints_the_size_and_fails_above_the_goal(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "nianbao.exe").write_bytes(bytes(2**20))
    assert bench.main(["--measure-only", str(tmp_path)]) == 0
    assert "1.0 MB (goal ≤ 120 MB): met" in capsys.readouterr().out
    monkeypatch.setitem(bench.GOALS, "bundle", 0.5)
    assert bench.main(["--measure-only", str(tmp_path)]) == 1
    assert "MISSED" in capsys.readouterr().out
    assert bench.main(["--measure-only", str(tmp_path / "missing")]) == 2
