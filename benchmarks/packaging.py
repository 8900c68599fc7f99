"""Installer figures, printed rather than asserted: bundle size, .deb size, frozen start-up.

Why: clerks copy the installer from a USB stick and start the app many times a day; the goals are
a bundle ≤ 120 MB, a .deb ≤ 40 MB, and the frozen editor opening a report within 1.3× the time a
bare PySide6 window (one table, frozen the same way) takes to appear, measured in the same run.

Builds what is missing (packaging/build_bundle.sh, packaging/linux/build_deb.sh, and the bare
window from packaging/bench/bare.spec), then measures. Run from the repo root:
    .venv/bin/python benchmarks/packaging.py [--quick]
    python benchmarks/packaging.py --measure-only dist/nianbao   # size of a built bundle only, exit 1 above the goal
    .venv/bin/python benchmarks/packaging.py --windows-estimate  # the Windows bundle, projected (packaging_windows.py)

--measure-only builds nothing and needs only the standard library: the Windows workflow runs it on
the bundle it has just built, the one build that cannot be made here.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "nianbao"
BARE = ROOT / "build" / "bench-dist" / "bare"
SAMPLE = ROOT / "templates" / "samples" / "selftest.nianbao"
GOALS = {"bundle": 120, "deb": 40, "start": 1.3}


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def build() -> Path:
    if not (BUNDLE / "nianbao").exists():
        subprocess.run([str(ROOT / "packaging" / "build_bundle.sh")], check=True)
    if not (BARE / "bare").exists():
        subprocess.run([str(ROOT / ".venv-build" / "bin" / "python"), "-m", "PyInstaller", "--noconfirm",
                        "--log-level", "WARN", "--distpath", str(BARE.parent), "--workpath",
                        str(ROOT / "build" / "bench-work"), str(ROOT / "packaging" / "bench" / "bare.spec")],
                       check=True)
    debs = sorted((ROOT / "dist").glob("nianbao_*.deb"))
    if not debs:
        subprocess.run([str(ROOT / "packaging" / "linux" / "build_deb.sh")], check=True)
        debs = sorted((ROOT / "dist").glob("nianbao_*.deb"))
    return debs[-1]


def first_window(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds to the first painted window ("shown") and to the report painted in it ("ready")."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    shown = ready = 0.0
    for line in proc.stdout:
        if line.startswith("shown") and not shown:
            shown = time.perf_counter() - start
        if line.startswith("ready"):
            ready = time.perf_counter() - start
    proc.wait(timeout=120)
    if not ready:
        raise SystemExit(f"{argv[0]} did not show its window")
    return shown or ready, ready


def measure_only(folder: Path) -> int:
    """Print a built bundle's size against the goal; 1 above it (the Windows workflow's gate)."""
    if not folder.is_dir():
        print(f"{folder}: no such bundle folder")
        return 2
    mb = size_mb(folder)
    met = mb <= GOALS["bundle"]
    print(f"bundle {folder}: {mb:.1f} MB (goal ≤ {GOALS['bundle']} MB): {'met' if met else 'MISSED'}")
    return 0 if met else 1


def main(argv: list[str]) -> int:
    if isinstance(sys.stdout, io.TextIOWrapper):  # a Windows console may not encode "≤"
        sys.stdout.reconfigure(errors="replace")
    p = argparse.ArgumentParser()
    p.add_argument("--quick", action="store_true")
    p.add_argument("--measure-only", metavar="DIR", type=Path, help="print the size of a built bundle folder, build nothing")
    p.add_argument("--windows-estimate", action="store_true",
                   help="project the Windows bundle's size from dist/nianbao and the win_amd64 wheels")
    args = p.parse_args(argv)
    if args.measure_only:
        return measure_only(args.measure_only)
    if args.windows_estimate:
        if not (BUNDLE / "nianbao").exists():
            subprocess.run([str(ROOT / "packaging" / "build_bundle.sh")], check=True)
        import packaging_windows  # beside this file

        return packaging_windows.main(BUNDLE, GOALS["bundle"])
    deb = build()
    bundle, deb_mb = size_mb(BUNDLE), size_mb(deb)
    print(f"bundle dist/nianbao: {bundle:.1f} MB (goal ≤ {GOALS['bundle']} MB)")
    print(f"{deb.name}: {deb_mb:.1f} MB (goal ≤ {GOALS['deb']} MB)")
    old_linux = ROOT / "dist-bullseye"  # packaging/linux/bullseye/build.sh, when it has been run
    for deb_old in sorted(old_linux.glob("nianbao_*.deb"))[-1:]:
        print(f"Debian 11 build: bundle {size_mb(old_linux / 'nianbao'):.1f} MB, {deb_old.name} {size_mb(deb_old):.1f} MB")
    env = dict(os.environ, NIANBAO_EXIT_WHEN_SHOWN="1", NIANBAO_DATA_DIR=tempfile.mkdtemp(prefix="nianbao-bench-"))
    env.setdefault("QT_QPA_PLATFORM", "xcb" if env.get("DISPLAY") else "offscreen")
    n = 3 if args.quick else 9
    app_cmd = [str(BUNDLE / "nianbao"), str(SAMPLE)]
    bare_cmd = [str(BARE / "bare")]
    first_window(app_cmd, env)  # warm the file cache for both
    first_window(bare_cmd, env)
    shown, apps, bares = [], [], []
    for _ in range(n):
        bares.append(first_window(bare_cmd, env)[1])
        s, r = first_window(app_cmd, env)
        shown.append(s)
        apps.append(r)
    w, a, b = statistics.median(shown), statistics.median(apps), statistics.median(bares)
    print(f"frozen start ({env['QT_QPA_PLATFORM']}, median of {n}): bare PySide6 window with a table {b * 1000:.0f} ms; "
          f"editor's first window {w * 1000:.0f} ms, ratio {w / b:.2f}× (goal ≤ {GOALS['start']}×); "
          f"with the report opened and painted {a * 1000:.0f} ms, ratio {a / b:.2f}×")
    a = w
    missed = [k for k, bad in (("bundle", bundle > GOALS["bundle"]), ("deb", deb_mb > GOALS["deb"]),
                               ("start", a / b > GOALS["start"])) if bad]
    print("goals missed: " + ", ".join(missed) if missed else "all goals met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
