"""The installers: the NSIS script compiles, the frozen bundle passes its self-test, the .deb
installs into a fresh Debian root and its app starts, exports and leaves user data on removal.

The bundle and .deb tests build real artifacts (PyInstaller, dpkg-deb, debootstrap as root) and
take minutes, so they run when ``NIANBAO_PACKAGING_TESTS=1`` (CI sets it); the NSIS test runs
wherever makensis is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = os.environ.get("NIANBAO_PACKAGING_TESTS") == "1"
needs_build = pytest.mark.skipif(not PACKAGING, reason="set NIANBAO_PACKAGING_TESTS=1 to build the installers")


@pytest.mark.skipif(shutil.which("makensis") is None and not PACKAGING, reason="makensis not installed")
def test_nsis_script_compiles_against_a_stand_in_payload(tmp_path: Path) -> None:
    payload = tmp_path / "nianbao"
    (payload / "_internal").mkdir(parents=True)
    (payload / "nianbao.exe").write_bytes(b"MZ stand-in")
    (payload / "_internal" / "base_library.zip").write_bytes(b"PK")
    out = tmp_path / "setup.exe"
    proc = subprocess.run(["makensis", "-V2", f"-DPAYLOAD={payload}", "-DVERSION=0.5.0", f"-DOUTFILE={out}",
                           "installer.nsi"], cwd=ROOT / "packaging" / "windows", capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    data = out.read_bytes()
    assert data[:2] == b"MZ" and len(data) > 50_000
    script = (ROOT / "packaging" / "windows" / "installer.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script and "HKCU" in script and "HKLM" not in script
    assert "%LOCALAPPDATA%\\nianbao" in script  # named as kept, never removed


@needs_build
def test_frozen_bundle_passes_its_self_test() -> None:
    subprocess.run([str(ROOT / "packaging" / "build_bundle.sh")], check=True, cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([str(ROOT / "dist" / "nianbao" / "nianbao"), "--selftest"], env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "自检通过" in proc.stdout and "字体已嵌入" in proc.stdout
    assert all(f"{fmt} 回读" in proc.stdout for fmt in ("pdf", "docx", "xlsx")) and "打印预览" in proc.stdout
    assert "RTF 可读" in proc.stdout                 # striprtf, imported only on opening an RTF, is bundled
    bundle = ROOT / "dist" / "nianbao"
    if sys.platform.startswith("linux"):  # the trimmed ICU data, no library the system provides
        sys.path.insert(0, str(ROOT / "packaging" / "linux"))
        import bundle_libs

        icu = sorted(bundle.rglob("libicudata.so.*"))
        assert icu and all(p.stat().st_size < 8 * 2**20 for p in icu)
        system = bundle_libs.system_sonames()
        assert not [p for p in bundle.rglob("*.so*") if p.name in system]
        assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    check = subprocess.run([str(ROOT / "dist" / "nianbao" / "nianbao"), "check",
                            str(ROOT / "tests" / "fixtures" / "samples" / "hongze-district-2023.nianbao")],
                           env=env, capture_output=True, text=True, timeout=120)
    assert check.returncode == 1 and "R4" in check.stdout  # the CLI works frozen too


@needs_build
@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("debootstrap") is None, reason="needs root and debootstrap")
def test_deb_installs_starts_and_keeps_user_data_in_a_fresh_debian_root(tmp_path: Path) -> None:
    env = dict(os.environ, DEB_XZ_LEVEL=os.environ.get("DEB_XZ_LEVEL", "6"))
    subprocess.run([str(ROOT / "packaging" / "linux" / "build_deb.sh")], check=True, cwd=ROOT, env=env)
    deb = sorted((ROOT / "dist").glob("nianbao_*_amd64.deb"))[-1]
    shot = tmp_path / "installed.png"
    proc = subprocess.run([str(ROOT / "packaging" / "linux" / "test_deb_in_root.sh"), str(deb), "bookworm", str(shot)],
                          cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "自检通过" in proc.stdout and "kept" in proc.stdout
    assert "every one the app loads resolves" in proc.stdout and "typed 中文" in proc.stdout
    assert shot.stat().st_size > 20_000  # the window was on screen
