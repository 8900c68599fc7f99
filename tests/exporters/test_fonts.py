"""Font choice: the computer's 仿宋 when it has one, the shipped font otherwise."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.exporters import fonts


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("WINDIR", raising=False)
    fonts._system_files.cache_clear()
    yield tmp_path
    fonts._system_files.cache_clear()


def test_a_system_fangsong_is_used_for_the_body(home: Path) -> None:
    (home / ".fonts").mkdir()
    fake = home / ".fonts" / "simfang.ttf"       # a TrueType font under the Windows 仿宋 file name
    shutil.copy(fonts.SHIPPED_SERIF, fake)
    chosen = fonts.choose(["淮安市人民政府"], system=True)
    assert chosen["body"].path == fake
    assert chosen["h1"].path == fake             # no 黑体 here: headings use the body font
    assert fonts.choose(["淮安市"], system=False)["body"].path == fonts.SHIPPED_SERIF


def test_a_font_that_cannot_be_embedded_is_skipped(home: Path) -> None:
    (home / ".fonts").mkdir()
    (home / ".fonts" / "simfang.ttf").write_bytes(b"not a font")
    assert fonts.choose(["报告"], system=True)["body"].path == fonts.SHIPPED_SERIF


def test_runs_fall_back_per_character() -> None:
    chosen = fonts.choose(["堃"], system=False)
    runs = fonts.split_runs("某堃镇", chosen["body"], chosen.fallback)
    assert [(text, face.path.name) for text, face in runs] == [
        ("某", "NotoSerifSC-GB2312.ttf"), ("堃", "DroidSansFallbackFull.ttf"), ("镇", "NotoSerifSC-GB2312.ttf")]
