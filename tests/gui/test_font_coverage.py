"""Every character a report or the program shows has a glyph in the fonts we ship, in the editor
and in the PDF.

Why: clerks saw 〈 〉 as boxes in the editor. Droid Sans Fallback, the editor's CJK fallback, has
nearly every Chinese character but not all of the punctuation; a computer without a CJK or symbol
font of its own (a fresh 统信UOS, a stripped Windows image) shows boxes for whatever the shipped
fonts lack, so the system's fonts are not counted here. The characters are those of the seed
texts, the hand-read samples, the test fixtures, the templates and the string literals of gui/ and
core/ (``scripts/build_font.py``'s ``corpus``, which also decides what the shipped serif keeps).
A new character in any of them that no shipped font has fails here: add it to the serif with
``scripts/build_font.py`` (or draw it there).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication

from core.exporters import fonts
from gui.app import FONTS_DIR, register_fonts
from scripts import build_font


def _missing(chars: dict[str, Path], covered: set[int]) -> list[str]:
    """"字 U+5B57 (where it is used)" for each character not in ``covered``."""
    def where(path: Path) -> str:
        return str(path.relative_to(build_font.ROOT) if build_font.ROOT in path.parents
                   else Path("..") / path.relative_to(build_font.ROOT.parent))
    return [f"{ch} U+{ord(ch):04X} ({where(path)})" for ch, path in sorted(chars.items()) if ord(ch) not in covered]


def test_the_corpus_reads_every_kind_of_source() -> None:
    sources = build_font.corpus_sources()
    for folder in (build_font.SHARED / "seeds", build_font.SHARED / "samples" / "expected",
                   build_font.ROOT / "tests" / "fixtures", build_font.ROOT / "templates",
                   build_font.ROOT / "gui", build_font.ROOT / "core"):
        assert any(folder in p.parents for p in sources), folder
    chars = build_font.corpus()
    assert len(chars) > 1000 and "淮" in chars and "〈" in chars
    assert not any(ch.isspace() for ch in chars)


def test_python_strings_count_as_written_without_docstrings(tmp_path: Path) -> None:
    """A docstring is never shown and an escape in a regular expression is no character to show;
    an f-string's literal text and the strings inside its fields are."""
    src = tmp_path / "m.py"
    src.write_text('"""Module ⇄ doc."""\n\n\ndef f(n: int) -> str:\n    """½ doc."""\n'
                   "    return f\"✖{n}\" + \"\\u9fff\" + f\"文件{'␀'.join('ab')}\"  # 注释\n", encoding="utf-8")
    text = build_font._literals(src)
    assert {"✖", "文", "件", "␀"} <= set(text)
    assert not {"⇄", "½", "\u9fff", "注"} & set(text)


def test_the_editor_font_chain_covers_every_character(qapp: QApplication) -> None:
    families = register_fonts(qapp)
    assert qapp.font().families()[-len(families):] == families   # fallbacks after the UI font
    by_family: dict[str, set[int]] = {}
    for path in FONTS_DIR.glob("*.ttf"):
        font = TTFont(str(path), lazy=True)
        by_family.setdefault(font["name"].getBestFamilyName(), set()).update(font.getBestCmap())
    assert set(families) <= set(by_family)          # only shipped fonts count: no system font is sure
    covered = set().union(*(by_family[f] for f in families))
    missing = _missing(build_font.corpus(), covered)
    assert not missing, f"{len(missing)} characters no shipped editor font has: {missing}"


def test_latin_text_keeps_the_system_face(qapp: QApplication) -> None:
    """The shipped fonts are fallbacks: where the system has a UI font (here "Sans Serif", an alias
    Qt's family list does not resolve by itself) Latin text stays in it, not in Noto Serif SC."""
    system = QFontInfo(QFont(qapp.font().families()[0])).family()
    families = register_fonts(qapp)
    if not system or system in families:
        pytest.skip("no system font on this machine")
    assert QFontInfo(qapp.font()).family() == system


def test_the_pdf_font_chain_covers_every_character() -> None:
    """Each role's face, then the fallbacks ``split_runs`` tries, with the shipped fonts alone."""
    chars = build_font.corpus()
    chosen = fonts.choose(chars, system=False)
    for role in fonts.ROLES:
        drawn = {ord(ch) for run, face in fonts.split_runs("".join(chars), chosen[role], chosen.fallback)
                 for ch in run if ord(ch) in face.chars}
        missing = _missing(chars, drawn)
        assert not missing, f"{role}: {len(missing)} characters the PDF would print as boxes: {missing}"
