"""Which TrueType fonts the PDF embeds: the computer's 仿宋 / 宋体 / 黑体 / 楷体 when present,
otherwise the free fonts shipped in ``templates/fonts``.

reportlab embeds only TrueType (glyf) outlines, so every candidate is opened with reportlab itself
and skipped when it has PostScript (CFF) outlines, cannot be read, or lacks a character the report
prints. Characters a role's font lacks (a rare character in an organ's name, 〈 〉 in the sans
face) are set in the first shipped font that has them, so the PDF never shows empty boxes where a
font exists that has the glyph.

Headings (一、二、…) are 黑体 in the official layout: a heavier sans face than the 仿宋 body.
Without a 黑体 on the computer they are set in the shipped Droid Sans Fallback, the only sans
face we ship, rather than in the body face, where they would look like body text.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, Union

SHIPPED_DIR = Path(__file__).resolve().parent.parent.parent / "templates" / "fonts"
SHIPPED_SERIF = SHIPPED_DIR / "NotoSerifSC-GB2312.ttf"
SHIPPED_WIDE = SHIPPED_DIR / "DroidSansFallbackFull.ttf"

# Role → file names to look for, best first (lower-case). Windows names, then names seen on
# 统信UOS / 银河麒麟 and WPS Office installs.
CANDIDATES: dict[str, tuple[str, ...]] = {
    "body": ("仿宋_gb2312.ttf", "fs_gb2312.ttf", "fsgb2312.ttf", "simfang.ttf", "fangsong.ttf",
             "simsun.ttc", "simsun.ttf", "songti.ttf"),
    "title": ("fzxbsjw.ttf", "方正小标宋简体.ttf", "fzxbsjw--gb1-0.ttf", "simhei.ttf", "simsun.ttc"),
    "h1": ("simhei.ttf", "黑体.ttf", "hei.ttf"),
    "h2": ("楷体_gb2312.ttf", "kai_gb2312.ttf", "kaiti_gb2312.ttf", "simkai.ttf", "kaiti.ttf"),
    "table": ("simsun.ttc", "simsun.ttf", "songti.ttf", "simfang.ttf"),
}
ROLES = tuple(CANDIDATES)
OTHER_SCRIPTS = ("simsun-extb.ttf", "simsunb.ttf", "mingliub.ttc", "seguisym.ttf", "seguiemj.ttf", "arial.ttf",
                 "times.ttf", "tahoma.ttf", "arialuni.ttf", "notosans-regular.ttf", "notosansarabic-regular.ttf",
                 "notosanshebrew-regular.ttf", "dejavusans.ttf", "freesans.ttf", "freeserif.ttf", "hanaminb.ttf",
                 "hanamina.ttf", "unifont.ttf")
"""System fonts tried, in order, for characters no Chinese font has (Latin accents, Arabic, Hebrew,
symbols, CJK Extension B such as 𠀀 and 𪚥): a Windows PC has most, a Linux desktop some."""


def font_dirs() -> list[Path]:
    """Where fonts live on Windows and common Linux desktops (system and user folders)."""
    dirs = []
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    home = Path.home()
    dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".fonts",
             home / ".local" / "share" / "fonts", Path("/opt/kingsoft/wps-office/office6/fonts")]
    return [d for d in dirs if d.is_dir()]


@functools.lru_cache(maxsize=1)
def _system_files() -> dict[str, Path]:
    """Lower-cased file name → path of every font file in the font folders (first one wins)."""
    found: dict[str, Path] = {}
    for d in font_dirs():
        try:
            for p in d.rglob("*"):
                if p.suffix.lower() in (".ttf", ".ttc"):
                    found.setdefault(p.name.lower(), p)
        except OSError:
            continue
    return found


@dataclass(frozen=True)
class Face:
    """A font file reportlab can embed, with the characters it has."""

    path: Path
    name: str
    """The name it is registered under in reportlab (ASCII)."""
    chars: frozenset[int]


@functools.lru_cache(maxsize=32)
def _open(path: str) -> Optional[Face]:
    """Register ``path`` with reportlab; None when it has CFF outlines or cannot be read."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    stem = Path(path).stem.encode("ascii", "replace").decode().replace("?", "x")
    name = f"CJK-{stem}-{hashlib.sha1(path.encode('utf-8')).hexdigest()[:8]}"  # one name per file
    try:
        font: Any = TTFont(name, path, subfontIndex=0)
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        return None
    pdfmetrics.registerFont(font)
    return Face(Path(path), name, frozenset(font.face.charToGlyph))


def _covers(face: Face, text: set[int]) -> bool:
    return text <= face.chars


@dataclass(frozen=True)
class FontSet:
    """The face of each role and the faces tried, in order, for a character a role's face lacks."""

    faces: dict[str, Face]
    fallback: tuple[Face, ...]
    """The shipped wide-coverage sans, then the shipped serif: between them every character of
    GB 2312, GBK and the program's own texts (``tests/gui/test_font_coverage.py``); then any system
    font of ``OTHER_SCRIPTS`` that has a character they lack."""
    missing: frozenset[int] = frozenset()
    """Characters of the document no face has: they would print as empty boxes."""

    def __getitem__(self, role: str) -> Face:
        return self.faces[role]

    def all_faces(self) -> list[Face]:
        out = {f.name: f for f in self.faces.values()}
        for f in self.fallback:
            out.setdefault(f.name, f)
        return list(out.values())


def use_system_fonts() -> bool:
    """``NIANBAO_SYSTEM_FONTS=0`` makes the export use only the shipped fonts (tests, reproducible files)."""
    return os.environ.get("NIANBAO_SYSTEM_FONTS", "1") != "0"


def choose(text: Iterable[str], system: Optional[bool] = None) -> FontSet:
    """The fonts for a document whose characters are ``text``.

    A system font must cover every CJK character of the document to be used for a role. Without
    one, the body, tables and 楷体 headings use the body font (the computer's 仿宋, else the
    shipped serif), the 黑体 headings the shipped sans, and the title a system 黑体 if there is one
    (方正小标宋 is a heavy face), else the body font. The shipped serif covers GB 2312, the shipped
    wide font (when present) GBK.
    Raises ``RuntimeError`` when not even the shipped font can be read: the export cannot embed a font.
    """
    needed = {ord(ch) for chunk in text for ch in chunk if ord(ch) > 0x7F}
    shipped = _open(str(SHIPPED_SERIF))
    if shipped is None:
        raise RuntimeError(f"找不到可嵌入 PDF 的中文字体“{SHIPPED_SERIF}”，程序文件可能不完整，请重新安装")
    wide = _open(str(SHIPPED_WIDE)) if SHIPPED_WIDE.is_file() else None
    faces: dict[str, Face] = {}
    from_system: set[str] = set()
    files = _system_files() if (use_system_fonts() if system is None else system) else {}
    for role, names in CANDIDATES.items():
        for n in names:
            p = files.get(n)
            face = _open(str(p)) if p is not None else None
            if face is not None and _covers(face, needed):
                faces[role] = face
                from_system.add(role)
                break
    body = faces.setdefault("body", shipped)
    faces.setdefault("h1", wide or body)
    faces.setdefault("title", faces["h1"] if "h1" in from_system else body)
    for role in ROLES:
        faces.setdefault(role, body)
    chain = [f for f in (wide, shipped) if f is not None]
    left = needed - frozenset().union(*(f.chars for f in [*faces.values(), *chain]))
    for n in OTHER_SCRIPTS if left else ():
        p = files.get(n)
        face = _open(str(p)) if p is not None else None
        if face is not None and left & face.chars:
            chain.append(face)
            left -= face.chars
    return FontSet(faces, tuple(chain), frozenset(c for c in left if not _invisible(c)))


def _invisible(code: int) -> bool:
    """Characters that print nothing of their own (joiners, variation selectors, soft hyphen)."""
    import unicodedata

    return unicodedata.category(chr(code)) in ("Cf", "Mn", "Me") or 0xFE00 <= code <= 0xFE0F


def missing_glyphs(text: Iterable[str], system: Optional[bool] = None) -> list[str]:
    """The characters of ``text`` no font the PDF export can embed has (they would print as empty
    boxes), in order of first appearance."""
    chunks = list(text)
    missing = choose(chunks, system).missing
    seen: dict[str, None] = {}
    for chunk in chunks:
        for ch in chunk:
            if ord(ch) in missing:
                seen.setdefault(ch, None)
    return list(seen)


def split_runs(text: str, face: Face, fallback: Union[Face, Sequence[Face], None]) -> list[tuple[str, Face]]:
    """``text`` cut into runs set in ``face``, except characters ``face`` lacks: those go to the
    first face of ``fallback`` that has them (and stay in ``face`` when none has)."""
    chain = [fallback] if isinstance(fallback, Face) else list(fallback or ())
    runs: list[tuple[str, Face]] = []
    for ch in text:
        use = face
        if ord(ch) not in face.chars:
            use = next((f for f in chain if ord(ch) in f.chars), face)
        if runs and runs[-1][1] is use:
            runs[-1] = (runs[-1][0] + ch, use)
        else:
            runs.append((ch, use))
    return runs
