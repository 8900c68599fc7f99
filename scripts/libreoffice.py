"""Run LibreOffice (``soffice --headless --convert-to``) with the fonts shipped in ``templates/fonts``.

Why: a fresh Debian machine (and many a build or CI machine) has no CJK font at all, and
LibreOffice then draws every Chinese character of our docx as the same missing glyph. The
program ships free CJK fonts for its own PDF export, so LibreOffice is given them too: a private
fontconfig file that includes the system configuration, adds ``templates/fonts`` as a font folder
and maps the official font names the docx asks for (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312,
宋体) to the shipped faces the same way ``core/exporters/fonts.py`` does: 黑体 to the sans-serif
Droid Sans Fallback, the others to Noto Serif SC. The file is handed to the LibreOffice process
only (``FONTCONFIG_FILE`` in its environment), with its font cache in the caller's temporary
folder, so nothing is installed and neither the user's nor the system's font cache is written.

The shipped faces are *preferred* over same-named system fonts, so renders and tests look the
same on every machine (a machine with the real 仿宋_GB2312 still uses the shipped serif here).

Used by ``tests/exporters/test_libreoffice.py``, ``scripts/render_exports.py`` and
``benchmarks/exports.py``; all three put the repo root on ``sys.path`` and import
``scripts.libreoffice``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from collections.abc import Mapping
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
FONTS_DIR = ROOT / "templates" / "fonts"
SERIF = "Noto Serif SC"          # NotoSerifSC-GB2312.ttf
SANS = "Droid Sans Fallback"     # DroidSansFallbackFull.ttf

ALIASES: dict[str, tuple[str, ...]] = {
    # official name → shipped family first, the other shipped family for what it lacks
    "仿宋_GB2312": (SERIF, SANS), "仿宋": (SERIF, SANS), "FangSong": (SERIF, SANS),
    "方正小标宋简体": (SERIF, SANS), "宋体": (SERIF, SANS), "SimSun": (SERIF, SANS),
    "楷体_GB2312": (SERIF, SANS), "楷体": (SERIF, SANS), "KaiTi": (SERIF, SANS),
    "黑体": (SANS, SERIF), "SimHei": (SANS, SERIF),
    # Latin text and digits: without Times New Roman (or its metric twin Liberation Serif) fontconfig
    # falls back to DejaVu Serif, whose digits are so wide that 表三's four-digit counts wrap.
    "Times New Roman": ("Liberation Serif", SERIF),
}
"""The names ``core/exporters/common.py`` writes into the docx (and their Windows spellings)."""

ALWAYS_RECALC = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""
"""Profile setting: recalculate every formula of an xlsx on load rather than trust stored values."""


def soffice() -> str | None:
    """The LibreOffice executable on PATH, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def fontconfig_file(work: Path) -> Path:
    """Write ``work/fontconfig/fonts.conf`` (and its cache folder) and return its path.

    Our ``<cachedir>`` comes before the system configuration: fontconfig reads caches from every
    cache folder but writes a new one to the first writable folder, so the shipped fonts' cache
    lands in ``work`` rather than in /var/cache or the user's home.
    """
    folder = work / "fontconfig"
    cache = folder / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    aliases = "".join(
        f"<alias binding='same'><family>{escape(name)}</family><prefer>"
        + "".join(f"<family>{escape(f)}</family>" for f in families)
        + "</prefer></alias>"
        for name, families in ALIASES.items())
    conf = folder / "fonts.conf"
    conf.write_text(
        "<?xml version='1.0'?>\n<!DOCTYPE fontconfig SYSTEM 'urn:fontconfig:fonts.dtd'>\n<fontconfig>"
        f"<cachedir>{escape(str(cache))}</cachedir>"
        "<include ignore_missing='yes'>/etc/fonts/fonts.conf</include>"
        f"<dir>{escape(str(FONTS_DIR))}</dir>{aliases}</fontconfig>\n", encoding="utf-8")
    return conf


def environment(work: Path, base: Mapping[str, str] | None = None) -> dict[str, str]:
    """``base`` (default: this process' environment) with ``FONTCONFIG_FILE`` set for LibreOffice."""
    env = dict(os.environ if base is None else base)
    env["FONTCONFIG_FILE"] = str(fontconfig_file(work))
    return env


def profile_dir(work: Path, recalc: bool = False) -> Path:
    """A private LibreOffice profile under ``work`` (a running LibreOffice of the user's, or a
    parallel test, would otherwise own the default one and swallow the conversion)."""
    profile = work / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    if recalc:
        (profile / "user" / "registrymodifications.xcu").write_text(ALWAYS_RECALC, encoding="utf-8")
    return profile


def convert(src: Path, to: str, outdir: Path, work: Path, *, recalc: bool = False,
            env: Mapping[str, str] | None = None, timeout: float = 300) -> Path:
    """``soffice --headless --convert-to TO --outdir OUTDIR SRC`` with the shipped fonts; the
    converted file's path. ``work`` holds the profile and the fontconfig files (reused when the
    same ``work`` is passed again, as the benchmark does); ``env`` is what :func:`environment`
    returned, to skip rewriting the configuration on every call."""
    exe = soffice()
    if exe is None:
        raise FileNotFoundError("LibreOffice (soffice) is not installed")
    outdir.mkdir(parents=True, exist_ok=True)
    profile = profile_dir(work, recalc)
    subprocess.run([exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", to,
                    "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=timeout,
                   env=dict(env) if env is not None else environment(work))
    out = outdir / (src.stem + "." + to.split(":")[0])
    if not out.exists():
        raise FileNotFoundError(f"LibreOffice wrote no {out.name} (converting {src.name})")
    return out


BATCH = 200
"""Files one LibreOffice run is given at most: a run given more (257 text files) converted the first
247 and exited 0 without a word about the rest."""


def convert_many(sources: list[Path], to: str, outdir: Path, work: Path, timeout: float = 600) -> list[Path]:
    """``convert`` for many files in few LibreOffice processes (its start-up is most of a small
    file's conversion), ``BATCH`` files each; the converted files' paths, in order."""
    exe = soffice()
    if exe is None:
        raise FileNotFoundError("LibreOffice (soffice) is not installed")
    outdir.mkdir(parents=True, exist_ok=True)
    env = environment(work)
    for start in range(0, len(sources), BATCH):
        subprocess.run([exe, f"-env:UserInstallation={profile_dir(work).as_uri()}", "--headless", "--convert-to", to,
                        "--outdir", str(outdir), *map(str, sources[start:start + BATCH])],
                       check=True, capture_output=True, timeout=timeout, env=env)
    out = [outdir / (src.stem + "." + to.split(":")[0]) for src in sources]
    lost = [p.name for p in out if not p.exists()]
    if lost:
        raise FileNotFoundError(f"LibreOffice wrote no {', '.join(lost[:5])}")
    return out


def with_tab_stop(docx: Path, twips: int, out: Path) -> Path:
    """A copy of ``docx`` whose default tab stop is ``twips`` (``w:defaultTabStop`` in settings.xml):
    the same text as another word processor would lay it out (Word's two characters of 五号: 420)."""
    with zipfile.ZipFile(docx) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/settings.xml":
                data = re.sub(rb'<w:defaultTabStop w:val="\d+"/>', f'<w:defaultTabStop w:val="{twips}"/>'.encode(), data)
            dst.writestr(item, data)
    return out
