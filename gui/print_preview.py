"""打印预览: the pages of the PDF export, rendered with pypdfium2, printed through QPrinter.

What is previewed and printed is exactly the PDF the clerk would export (same fonts, same page
breaks); a report with errors is previewed as a draft, marked 草稿 as the export would be.
Qt's own PDF module is not in PySide6-Essentials, hence pypdfium2 (Apache-2.0 / BSD-3).
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.exporters import ExportError, render
from core.section_rules import export_blockers
from core.session import Session

PREVIEW_DPI = 80
PRINT_DPI_MAX = 300


def render_page(pdf: object, index: int, dpi: float) -> QImage:
    """Page ``index`` of an open ``pypdfium2.PdfDocument`` as an RGB QImage at ``dpi``."""
    page = pdf[index]  # type: ignore[index]
    try:
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888)
        return image.copy()  # own the pixels: the bitmap's buffer goes away with it
    finally:
        page.close()


def page_images(data: bytes, dpi: float = PREVIEW_DPI) -> list[QImage]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        return [render_page(pdf, i, dpi) for i in range(len(pdf))]
    finally:
        pdf.close()


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print every page of the PDF ``data`` on ``printer``, each scaled to the printable area;
    returns the number of pages printed."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    painter = QPainter()
    if not painter.begin(printer):
        pdf.close()
        raise ExportError("无法开始打印：打印机不可用或已取消")
    try:
        dpi = min(PRINT_DPI_MAX, printer.resolution())
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        n = len(pdf)
        for i in range(n):
            if i:
                printer.newPage()
            image = render_page(pdf, i, dpi)
            scale = min(area.width() / image.width(), area.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            target = QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h)
            painter.drawImage(target, image)
        return n
    finally:
        painter.end()
        pdf.close()


class PrintPreview(QDialog):
    """The export's pages one under another, with 打印… and 关闭."""

    def __init__(self, session: Session, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("打印预览")
        self.resize(760, 900)
        self.draft = bool(export_blockers(session.report, session.findings))
        self.pdf = render(session.report, "pdf", session.findings, draft=self.draft)   # (the export, self-checked)
        images = page_images(self.pdf)
        self.page_count = len(images)

        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setSpacing(12)
        self.page_labels: list[QLabel] = []
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("background: white; border: 1px solid #999;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #808080; }")

        note = f"共 {self.page_count} 页"
        if self.draft:
            note += "。报告中还有错误，按草稿预览（每页标注“草稿”）"
        self.info = QLabel(note)
        self.print_button = QPushButton("打印(&P)…")
        self.print_button.clicked.connect(self.print_dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print on an already set-up ``printer``; tells the clerk in Chinese when it fails."""
        try:
            return print_pdf(self.pdf, printer)
        except ExportError as e:
            QMessageBox.warning(self, "打印", str(e))
            return 0
