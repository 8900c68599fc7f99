"""The yardstick for start-up: a bare PySide6 window with one 28×10 table, frozen the same way."""

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv)
window = QMainWindow()
view = QTableView()
view.setModel(QStandardItemModel(28, 10))
window.setCentralWidget(view)
window.resize(1280, 860)
window.show()
if os.environ.get("NIANBAO_EXIT_WHEN_SHOWN"):
    def shown() -> None:
        window.grab()
        print("ready", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
sys.exit(app.exec())
