"""Converts an X window dump (xwd -root, 24/32-bit TrueColor) to PNG with Qt: the test root has no
image tools, and the host's ``convert`` may be a stand-in."""

from __future__ import annotations

import os
import struct
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtGui import QGuiApplication, QImage  # noqa: E402


def main(src: str, dst: str) -> int:
    QGuiApplication(sys.argv[:1])
    with open(src, "rb") as f:
        data = f.read()
    header = struct.unpack(">25I", data[:100])
    header_size, width, height, bpl, ncolors = header[0], header[4], header[5], header[12], header[19]
    pixels = data[header_size + 12 * ncolors:]
    image = QImage(pixels, width, height, bpl, QImage.Format.Format_RGB32)
    image.copy().save(dst)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
