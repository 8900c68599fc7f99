"""Font choice: the computer's 仿宋 when it has one, the shipped font otherwise; 黑体 headings in a
sans face distinct from the body even with the shipped fonts alone."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pdfplumber
import pytest
from exporthelpers import DAY, huaian

from core.exporters import fonts, render


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
    assert chosen["table"].path == fake and chosen["h2"].path == fake and chosen["title"].path == fake
    assert chosen["h1"].path == fonts.SHIPPED_WIDE  # no 黑体 here: headings in the shipped sans, not 仿宋
    assert fonts.choose(["淮安市"], system=False)["body"].path == fonts.SHIPPED_SERIF


def test_a_system_heiti_sets_the_headings_and_the_title(home: Path) -> None:
    (home / ".fonts").mkdir()
    fake = home / ".fonts" / "simhei.ttf"
    shutil.copy(fonts.SHIPPED_SERIF, fake)
    chosen = fonts.choose(["淮安市人民政府"], system=True)
    assert chosen["h1"].path == fake and chosen["title"].path == fake    # no 小标宋: 黑体 for the title
    assert chosen["body"].path == fonts.SHIPPED_SERIF


def test_shipped_fonts_alone_give_headings_a_sans_face() -> None:
    chosen = fonts.choose(["一、总体情况"], system=False)
    assert chosen["h1"].path == fonts.SHIPPED_WIDE
    for role in ("body", "title", "h2", "table"):
        assert chosen[role].path == fonts.SHIPPED_SERIF, role
    assert [f.path for f in chosen.fallback] == [fonts.SHIPPED_WIDE, fonts.SHIPPED_SERIF]


def test_a_font_that_cannot_be_embedded_is_skipped(home: Path) -> None:
    (home / ".fonts").mkdir()
    (home / ".fonts" / "simfang.ttf").write_bytes(b"not a font")
    assert fonts.choose(["报告"], system=True)["body"].path == fonts.SHIPPED_SERIF


def test_runs_fall_back_per_character() -> None:
    chosen = fonts.choose(["堃"], system=False)
    runs = fonts.split_runs("某堃镇", chosen["body"], chosen.fallback)
    assert [(text, face.path.name) for text, face in runs] == [
        ("某", "NotoSerifSC-GB2312.ttf"), ("堃", "DroidSansFallbackFull.ttf"), ("镇", "NotoSerifSC-GB2312.ttf")]


def test_characters_the_sans_lacks_fall_back_to_the_serif() -> None:
    """Droid Sans Fallback has no 〈 〉 and no Latin letters: a heading holding them must not show boxes."""
    chosen = fonts.choose(["〈条例〉"], system=False)
    sans = chosen["h1"]
    assert ord("〈") not in sans.chars
    runs = fonts.split_runs("学习〈条例〉2024", sans, chosen.fallback)
    assert [(text, face.path.name) for text, face in runs] == [
        ("学习", "DroidSansFallbackFull.ttf"), ("〈", "NotoSerifSC-GB2312.ttf"),
        ("条例", "DroidSansFallbackFull.ttf"), ("〉2024", "NotoSerifSC-GB2312.ttf")]


def test_pdf_headings_are_sans_and_the_body_serif() -> None:
    """Per text line of the exported PDF: the six 黑体 headings are set in Droid Sans Fallback only,
    the title and the body text in Noto Serif SC (CJK characters; Latin digits are serif anyway)."""
    data = render(huaian(), "pdf", today=DAY)
    lines: list[tuple[str, set[str]]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for line in page.extract_text_lines(return_chars=True):
                cjk = {c["fontname"].split("+")[-1] for c in line["chars"] if ord(c["text"]) > 0x2E80}
                lines.append((line["text"].replace(" ", ""), cjk))
    faces = dict(lines)
    headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
    for heading in headings:
        assert faces[heading] == {"DroidSansFallback"}, heading
    assert lines[0][0].startswith("淮安市人民政府") and lines[0][1] == {"NotoSerifSC-Regular"}  # title
    body = [t for t in faces if t.startswith(("本报告由淮安市", "2024年，我市坚持"))]
    assert len(body) == 2 and all(faces[t] == {"NotoSerifSC-Regular"} for t in body), body
