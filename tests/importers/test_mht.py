"""Web pages saved as one file (.mht): the MIME message IE, 360 浏览器 and Word write, its HTML part
quoted-printable in GB18030 as Chinese sites serve it, read as the saved .html is."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest

from core.importers import ImportError_, import_bytes, import_file

PAGE = Path(__file__).resolve().parents[1] / "corpus" / "code-shuyang-fgj-2023.html"


def _mht(html: str | None, cte: str = "quoted-printable") -> bytes:
    msg = EmailMessage()
    msg["From"] = "<由 Windows Internet Explorer 8 保存>"
    msg["Subject"] = "沭阳县发展和改革局2023年政府信息公开工作年度报告"
    msg["MIME-Version"] = "1.0"
    msg.make_related()
    if html is not None:
        part = EmailMessage()
        part.set_content(html, subtype="html", charset="gb18030", cte=cte)
        part["Content-Location"] = "http://www.shuyang.gov.cn/syfgj/zfxxgk/nb.html"
        msg.attach(part)
    picture = EmailMessage()
    picture.set_content(b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png")
    msg.attach(picture)
    return msg.as_bytes(policy=default)


@pytest.mark.parametrize("cte", ["quoted-printable", "base64"])
def test_a_page_saved_as_mht_reads_as_the_page(tmp_path: Path, cte: str) -> None:
    path = tmp_path / "年报.mht"
    path.write_bytes(_mht(PAGE.read_text(encoding="utf-8"), cte))
    got, log = import_file(path)
    want, _ = import_file(PAGE)
    assert (got.year, got.organ, got.cells, got.missing) == (want.year, want.organ, want.cells, want.missing)
    assert got.texts == want.texts and len(got.cells) > 150
    assert log.kind == "html"


def test_a_mht_without_a_page_is_refused_in_chinese() -> None:
    with pytest.raises(ImportError_, match="没有网页正文"):
        import_bytes(_mht(None), "空.mht")


def test_text_quoting_mime_headers_is_still_text() -> None:
    """A copied page that merely mentions MIME headers in its body is not taken for a .mht."""
    text = "某镇2023年政府信息公开工作年度报告\n说明：MIME-Version: 1.0 multipart/related\n一、总体情况\n"
    report, log = import_bytes(text.encode("utf-8"), "note.txt")
    assert log.kind == "text" and report.year == 2023
