"""Draws the app icon (a red official-document page with a table on it) as PNG and Windows ICO.

Run once when the icon changes; the results are committed beside this script. Qt draws it, so no
image library is needed; the ICO holds PNG images (Windows Vista and later read these).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

HERE = Path(__file__).resolve().parent / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#c8102e"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 36 * s, 36 * s)
    p.setBrush(QColor("#ffffff"))
    page = QRectF(52 * s, 30 * s, 152 * s, 196 * s)
    p.drawRoundedRect(page, 10 * s, 10 * s)
    p.setBrush(QColor("#c8102e"))
    p.drawRect(QRectF(72 * s, 50 * s, 112 * s, 14 * s))  # the red title bar of an official document
    pen = QPen(QColor("#555555"), max(1.0, 5 * s))
    p.setPen(pen)
    left, right, top = 72 * s, 184 * s, 90 * s
    for i in range(5):
        y = top + i * 26 * s
        p.drawLine(int(left), int(y), int(right), int(y))
    for x in (72, 110, 147, 184):
        p.drawLine(int(x * s), int(top), int(x * s), int(top + 104 * s))
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


def write_ico(path: Path, sizes: tuple[int, ...]) -> None:
    images = [png_bytes(draw(n)) for n in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for n, blob in zip(sizes, images, strict=True):
        entries += struct.pack("<BBBBHHII", n % 256, n % 256, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    path.write_bytes(header + entries + blobs)


def main() -> int:
    QGuiApplication(sys.argv)
    HERE.mkdir(exist_ok=True)
    draw(256).save(str(HERE / "nianbao.png"))
    write_ico(HERE / "nianbao.ico", (16, 24, 32, 48, 64, 256))
    return 0


if __name__ == "__main__":
    sys.exit(main())
