"""No network, ever: the app is used on offline office PCs, and a report must never leave them.

A child process installs an audit hook on every socket and URL event before anything is imported,
then starts the editor (offscreen) and opens a report, checks it from the CLI, imports a PDF, a
Word file and web text, and exports Word, PDF and Excel. Any socket event fails the test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r'''
import sys
events = []
WATCH = ("socket.", "urllib.Request", "http.client.", "ftplib.", "smtplib.", "webbrowser.", "nntplib.")
def hook(event, args):
    if event.startswith(WATCH):
        events.append((event, repr(args)[:200]))
sys.addaudithook(hook)

import io, json, os, tempfile
from pathlib import Path
done = []
folder = Path(tempfile.mkdtemp())
from PySide6.QtWidgets import QApplication
from gui.app import create_app, settings
from gui.main_window import MainWindow
app = create_app([sys.argv[0]])
window = MainWindow(settings())
window.show()
sample = Path("tests/fixtures/samples/hongze-district-2024.nianbao")
window.open_path(str(sample))
QApplication.processEvents()
assert window.document is not None
done.append("editor")
from core import cli
from core.exporters import export
report = window.document.report
for fmt in ("docx", "pdf", "xlsx"):
    export(report, folder / f"r.{fmt}", draft=True)
    done.append("export " + fmt)
(folder / "r.txt").write_text(__import__("tests.importers.files", fromlist=["x"]).table_text(report, "tab"), encoding="utf-8")
rc = cli.main(["check", str(sample)], out=io.StringIO(), err=io.StringIO())
done.append(f"check {rc}")
from core.importers import import_file
for name in ("r.pdf", "r.docx", "r.txt"):
    import_file(folder / name)
    done.append("import " + name)
window.document.close()
window.close()
app.processEvents()
seen = list(events)
import socket
socket.socket().close()  # the control: the hook does see a socket
print(json.dumps({"events": seen, "done": done, "control": len(events) > len(seen)}))
'''


def test_no_socket_is_opened(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", NIANBAO_DATA_DIR=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["done"] == ["editor", "export docx", "export pdf", "export xlsx", "check 0",
                           "import r.pdf", "import r.docx", "import r.txt"] or out["done"][4].startswith("check")
    assert len(out["done"]) == 8
    assert out["events"] == [], out["events"]
    assert out["control"]
