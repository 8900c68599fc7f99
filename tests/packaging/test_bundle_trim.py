"""What the Linux bundle leaves out: ICU data items (bundle_icu.keep), libraries the system provides
or nothing needs (bundle_libs.prune), and the .deb's Depends taken from the same list.

Fast: pruning runs on real ELF files (this interpreter's extension modules and small libraries
linked here with the system's ld), no PyInstaller build."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging" / "linux"))

import bundle_icu  # noqa: E402
import bundle_libs  # noqa: E402

linux_tools = pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("readelf") is None
                                 or shutil.which("gcc") is None, reason="needs Linux, binutils and gcc")


@pytest.mark.parametrize("item, kept", [
    ("root.res", True), ("zh.res", True), ("zh_Hans_CN.res", True), ("zh_Hant_TW.res", True),
    ("en.res", True), ("ja.res", False), ("fr_CA.res", False), ("res_index.res", True), ("pool.res", True),
    ("cnvalias.icu", True), ("nfkc.nrm", True), ("supplementalData.res", True), ("likelySubtags.res", True),
    ("unames.icu", False), ("gb18030.cnv", True), ("ibm-1390_P110-2003.cnv", False),
    ("coll/zh.res", True), ("coll/ucadata.icu", True), ("coll/root.res", True), ("coll/ko.res", False),
    ("brkitr/cjdict.dict", False), ("brkitr/root.res", False), ("translit/root.res", False),
    ("rbnf/zh.res", False), ("zone/zh.res", True), ("zone/de.res", False), ("curr/pool.res", True),
])
def test_icu_keeps_chinese_english_and_root_data_only(item: str, kept: bool) -> None:
    assert bundle_icu.keep(item) is kept


def test_deb_depends_are_the_system_libs_list() -> None:
    provided = bundle_libs.system_sonames()
    assert provided["libglib-2.0.so.0"] == provided["libgio-2.0.so.0"] == "libglib2.0-0"
    assert provided["libcups.so.2"] == "libcups2"
    packages = bundle_libs.system_packages()
    assert len(packages) == len(set(packages)) and "libdbus-1-3" in packages
    script = (ROOT / "packaging" / "linux" / "build_deb.sh").read_text(encoding="utf-8")
    assert "system-libs.txt" in script and "${system_depends}" in script


def _library(folder: Path, soname: str, needs: list[str]) -> Path:
    """A real shared library named ``soname`` whose DT_NEEDED entries are ``needs``."""
    source = folder / f"{soname}.c"
    source.write_text(f"int f_{abs(hash(soname))}(void) {{ return 1; }}\n")
    out = folder / soname
    args = [f"-l:{n}" for n in needs]
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(out), f"-Wl,-soname,{soname}", str(source),
                    f"-L{folder}", "-Wl,--no-as-needed", *args], check=True)
    return out


@linux_tools
def test_prune_keeps_what_shipped_binaries_need_and_drops_system_and_orphans(tmp_path: Path) -> None:
    # libc.so.6 stands in for a system library: it is always there to link against.
    leaf = _library(tmp_path, "libleaf.so.1", [])
    mid = _library(tmp_path, "libmid.so.1", ["libleaf.so.1"])
    orphan = _library(tmp_path, "libtheme.so.1", [])
    dbus = _library(tmp_path, "libdbus-1.so.3", ["libleaf.so.1"])  # provided by the system
    plugin = _library(tmp_path, "libplugin.so", ["libmid.so.1", "libdbus-1.so.3"])
    toc = [
        ("PySide6/Qt/plugins/platforms/libplugin.so", str(plugin), "BINARY"),  # loaded on its own
        ("PySide6/Qt/lib/libmid.so.1", str(mid), "BINARY"),
        ("libleaf.so.1", str(leaf), "BINARY"),
        ("libtheme.so.1", str(orphan), "BINARY"),  # needed only by a plugin build.spec dropped
        ("libdbus-1.so.3", str(dbus), "BINARY"),
    ]
    kept = {entry[0] for entry in bundle_libs.prune(toc)}
    assert kept == {"PySide6/Qt/plugins/platforms/libplugin.so", "PySide6/Qt/lib/libmid.so.1", "libleaf.so.1"}
    datas = [("libmid.so.1", "PySide6/Qt/lib/libmid.so.1", "SYMLINK"),
             ("libgone.so.1", "PySide6/Qt/lib/libgone.so.1", "SYMLINK"),
             ("templates/2021.json", "/x/2021.json", "DATA")]
    assert [d[0] for d in bundle_libs.drop_dangling(datas, bundle_libs.prune(toc))] == ["libmid.so.1",
                                                                                        "templates/2021.json"]


def test_every_templates_folder_is_shipped() -> None:
    """Data the app reads at run time lives in templates/ (forms, fonts, holidays, the traditional
    character table); a folder build.spec forgets works from a checkout and silently not installed."""
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    shipped = set(re.findall(r'ROOT / "templates" / "([^"*]+)"\), "templates/', spec))
    folders = {p.name for p in (ROOT / "templates").iterdir() if p.is_dir()}
    assert folders and folders <= shipped, folders - shipped
