"""Screenshots of 申请台账 in the real editor window, for docs/.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/ledger_screenshots.py

``ledger-page.png``: the ledger page with about thirty made-up requests of a township (names such
as 张某 only), sorted in ledger order, one overdue and one not counted in 表三 (its row tinted).
``ledger-derived-table.png``: 表三 in ledger mode with a derived cell's tooltip listing its requests.
``ledger-paused-deadline.png``: the register scrolled to its 补正 and 征求意见 dates, with the tooltip of
a request whose clock stands still while a third party's opinion is awaited.
Like scripts/screenshots.py it must run on a real X server (xcb): tooltips are grabbed from the screen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts.real_screen import real_screen  # noqa: E402

TODAY = dt.date(2024, 12, 20)
"""The day the pictures are "taken": late in the year, so some requests are still running."""

# (received, channel, applicant, name, contact, subject, outcome, answered, extended, carried, notes)
ROWS: tuple[tuple[str, str, str, str, str, str, str, str, bool, bool, str], ...] = (
    ("2023-12-18", "信函", "natural", "赵某", "139****2817", "某某村2023年度集体土地征收补偿标准", "3.1", "2024-01-12", False, True, ""),
    ("2024-01-08", "网络", "natural", "张某", "138****5621", "某某村土地征收补偿安置方案", "3.1", "2024-01-26", False, False, ""),
    ("2024-01-22", "当面", "natural", "李某某", "135****0937", "本人宅基地审批档案", "3.4.1", "2024-02-05", False, False, "已告知向县自然资源局申请"),
    ("2024-02-19", "网络", "commercial", "某某建材有限公司", "0517-8xxxx21", "某某路改造工程招标文件及中标结果", "3.1", "2024-03-04", False, False, ""),
    ("2024-03-04", "信函", "natural", "王某", "137****4410", "某某小区建设工程规划许可证", "3.2", "2024-03-27", False, False, "删除第三方个人信息后公开"),
    ("2024-03-11", "网络", "natural", "刘某", "186****3307", "镇2023年度低保对象名单", "3.1", "2024-03-22", False, False, ""),
    ("2024-03-25", "电子邮件", "legal", "某某律师事务所", "lawfirm@example.cn", "某某厂房拆除决定及送达材料", "3.1", "2024-04-17", False, False, ""),
    ("2024-04-02", "当面", "natural", "陈某", "133****6675", "某某河道整治工程资金使用情况", "3.4.2", "2024-04-24", False, False, "需另行制作，已告知"),
    ("2024-04-15", "网络", "natural", "杨某", "159****8820", "某某村2023年村务公开材料", "3.5.1", "2024-04-26", False, False, "属信访事项，已转信访办"),
    ("2024-05-06", "信函", "natural", "黄某", "152****1196", "某某路段拓宽工程征收范围图", "3.1", "2024-05-29", False, False, ""),
    ("2024-05-20", "网络", "commercial", "某某房地产开发有限公司", "0517-8xxxx56", "某地块控制性详细规划调整批复", "3.3.6", "2024-06-13", False, False, "属过程性信息"),
    ("2024-06-03", "网络", "natural", "周某", "177****0238", "某某小学扩建项目环评批复", "3.1", "2024-06-18", False, False, ""),
    ("2024-06-17", "当面", "natural", "吴某", "131****7759", "本人房屋征收评估报告", "3.3.4", "2024-07-29", True, False, "征求第三方意见，延期答复"),
    ("2024-07-01", "网络", "nonprofit", "某某环保志愿者协会", "xh@example.org", "某某工业园区企业排污许可情况", "3.1", "2024-07-23", False, False, ""),
    ("2024-07-15", "信函", "natural", "徐某", "158****2045", "某某村2023年财务收支明细", "3.1", "2024-08-02", False, False, ""),
    ("2024-07-29", "网络", "natural", "孙某", "182****6613", "本镇2024年农村危房改造名单", "3.1", "2024-08-09", False, False, ""),
    ("2024-08-12", "网络", "natural", "张某", "138****5621", "某某村土地征收补偿安置方案", "3.5.2", "2024-08-20", False, False, "与1月申请内容相同"),
    ("2024-08-26", "当面", "natural", "马某", "136****4471", "某某道路施工许可及交通组织方案", "3.1", "2024-09-10", False, False, ""),
    ("2024-09-09", "网络", "research", "某某大学公共管理学院", "research@example.edu.cn", "本镇2019—2023年政务公开工作年度报告", "3.5.3", "2024-09-19", False, False, "已在政府网站公开"),
    ("2024-09-23", "信函", "natural", "朱某", "150****9032", "某某村2024年土地流转合同", "3.2", "2024-10-21", False, False, ""),
    ("2024-10-08", "网络", "commercial", "某某物流有限公司", "0517-8xxxx90", "某某路限行措施的决定", "3.1", "2024-10-24", False, False, ""),
    ("2024-10-21", "当面", "natural", "胡某", "139****5580", "本人2023年度社保补贴发放记录", "3.4.1", "2024-11-04", False, False, ""),
    ("2024-10-28", "信函", "natural", "郭某", "187****3362", "某某村集体经济组织成员名单", "", "", False, False, "待村委会提供材料"),
    ("2024-11-04", "网络", "natural", "何某", "135****8817", "某某垃圾中转站选址论证材料", "3.1", "2024-11-25", False, False, ""),
    ("2024-11-18", "网络", "natural", "林某", "151****0644", "某某小区加装电梯补贴标准", "", "", True, False, "延期答复，已告知申请人"),
    ("2024-11-25", "电子邮件", "legal", "某某律师事务所", "lawfirm@example.cn", "某某企业行政处罚决定书", "", "", False, False, ""),
    ("2024-12-02", "网络", "natural", "高某", "183****2275", "镇2024年度财政预算执行情况", "", "", False, False, ""),
    ("2024-12-09", "当面", "", "罗某", "134****9901", "某某村道路硬化工程验收材料", "", "", False, False, "申请人类型待核实"),
    ("2024-12-13", "网络", "natural", "郑某", "199****4518", "某某安置小区分房方案", "", "", False, False, ""),
    ("2024-12-16", "信函", "commercial", "某某科技有限公司", "0517-8xxxx07", "2024年度企业扶持资金拟补助名单", "", "", False, False, ""),
    ("2024-12-18", "网络", "natural", "梁某", "176****6039", "某某路口信号灯设置依据", "", "", False, False, ""),
)


PAUSES: dict[int, dict[str, str]] = {
    13: {"consult_start": "2024-06-28", "consult_end": "2024-07-12"},
    20: {"supplemented": "2024-09-29"},
    26: {"consult_start": "2024-12-06"},
    27: {"supplemented": "2024-12-10"},
}
"""Requests (by number in ROWS, from 1) with 补正 or 征求意见 dates: an answer after 20 working days
that was on time, and two still running whose deadline moved."""
PAUSED_ROW = 26
"""The request waiting for a third party's opinion: its deadline's tooltip is in the picture."""


def requests() -> tuple[object, ...]:
    from core.ledger.model import Request

    out = []
    for n, (received, channel, applicant, name, contact, subject, outcome, answered, extended, carried,
            notes) in enumerate(ROWS, 1):
        number = f"依申请〔{received[:4]}〕{n if not carried else 47}号"
        out.append(Request(number, received, channel, applicant, name, contact, subject, outcome, answered,
                           extended, carried, notes).with_(**PAUSES.get(n, {})))
    return tuple(out)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description="截取申请台账的屏幕截图")
    p.add_argument("--out", default=str(ROOT / "docs"))
    args = p.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="nianbao-ledger-shots-"))
    os.environ.setdefault("NIANBAO_DATA_DIR", str(work / "data"))

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QToolTip

    from core.ledger import checks
    from core.ledger.commands import ReplaceLedger, SetLedgerMode
    from gui.app import settings
    from gui.ledger_model import LEDGER_PAGE
    from gui.main_window import MainWindow

    checks.today = lambda: TODAY
    display = real_screen(args.out)
    if display is None:
        return 2
    W, H = display.size
    settle, platform = display.settle, "xcb"

    def shoot(name: str) -> str:
        return display.shoot(name, 0, 0, W, H)

    from tests.builders import clean_report

    window = MainWindow(settings())
    window.show()
    window.resize(W, H)
    settle(600)
    # a complete, consistent report (its only findings are the ledger's), then its register
    document = window.files._show(clean_report("2021", 2024, "某某县某某镇人民政府"))
    assert window.editor is not None and window.navigator is not None
    assert document.execute(ReplaceLedger(requests())) is None  # type: ignore[arg-type]
    assert document.execute(SetLedgerMode(True)) is None
    window.navigator.select(LEDGER_PAGE)
    assert window.nav_dock is not None  # a narrow navigator leaves the register its width
    window.resizeDocks([window.nav_dock], [window.fontMetrics().horizontalAdvance("字" * 14)], Qt.Orientation.Horizontal)
    page = window.editor.ledger_page
    assert page is not None
    page.select_row(22, 1)  # the overdue request, selected
    page.view.scrollToBottom()  # the year's last requests: still running, one overdue, one not counted
    shots = [shoot("ledger-page.png")]

    address = "requests/3.1/natural"
    window.resizeDocks([window.nav_dock], [window.fontMetrics().horizontalAdvance("字" * 20)], Qt.Orientation.Horizontal)
    window.jump_to("3", address)
    settle()
    view = window.editor.views["requests"]
    index = view.sheet.index_of(address)
    rect = view.visualRect(index)
    tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
    QToolTip.showText(view.viewport().mapToGlobal(QPoint(rect.center().x(), rect.bottom())), tip, view)
    shots.append(shoot("ledger-derived-table.png"))
    QToolTip.hideText()

    from gui.ledger_model import KEYS

    window.resizeDocks([window.nav_dock], [window.fontMetrics().horizontalAdvance("字" * 14)], Qt.Orientation.Horizontal)
    window.navigator.select(LEDGER_PAGE)
    page.select_row(PAUSED_ROW - 1, KEYS.index("consult_start"))
    page.view.scrollTo(page.proxy.mapFromSource(page.model.index(PAUSED_ROW - 1, KEYS.index("notes"))))
    settle()
    cell = page.proxy.mapFromSource(page.model.index(PAUSED_ROW - 1, KEYS.index("deadline")))
    rect = page.view.visualRect(cell)
    paused_tip = str(cell.data(Qt.ItemDataRole.ToolTipRole))
    QToolTip.showText(page.view.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom())), paused_tip, page.view)
    shots.append(shoot("ledger-paused-deadline.png"))
    QToolTip.hideText()
    document.undo_stack.setClean()
    document.close()
    window.set_document(None)
    print(json.dumps({"platform": platform, "screen": [W, H], "screenshots": shots, "tooltip": tip,
                      "paused_tooltip": paused_tip},
                     ensure_ascii=False))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
