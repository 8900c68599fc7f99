"""The export gate, atomic writing with Chinese errors, and ``main.py convert``."""

from __future__ import annotations

import io
import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest
from exporthelpers import DAY, SAMPLES, clean, hongze_2023

from core import exporters, storage
from core.cli import main
from core.exporters import (
    ExportError,
    ExportRefused,
    carried_unrevised,
    default_name,
    export,
    format_of,
    open_warnings_text,
)
from core.report import Acceptance
from core.validate import validate

SEEDS = SAMPLES.parent / "seeds"


def test_errors_refuse_the_final_export_and_list_them(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    with pytest.raises(ExportRefused) as e:
        export(hongze_2023(), target, today=DAY)
    assert len(e.value.errors) == 3
    assert "不能导出正式文件" in str(e.value) and "表四 行政复议" in str(e.value)
    assert not target.exists() and list(tmp_path.iterdir()) == []
    export(hongze_2023(), target, draft=True, today=DAY)
    assert target.read_bytes().startswith(b"%PDF-")


def test_a_failed_export_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.docx"
    target.write_bytes(b"old version")

    def broken(*args: object, **kwargs: object) -> bytes:
        raise ExportError("导出失败（测试）")

    monkeypatch.setattr(exporters, "render", broken)
    with pytest.raises(ExportError):
        export(clean(), target, today=DAY)
    assert target.read_bytes() == b"old version"
    assert [p.name for p in tmp_path.iterdir()] == ["r.docx"]  # no temp file left


def test_write_problems_have_chinese_messages(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="文件夹.*不存在"):
        export(clean(), tmp_path / "missing" / "r.pdf", today=DAY)
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"old")
    os.chmod(locked, stat.S_IREAD)
    with pytest.raises(ExportError, match="没有写入权限，或文件正在被"):
        export(clean(), locked, today=DAY)
    assert locked.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.xlsx"]
    (tmp_path / "dir.pdf").mkdir()
    with pytest.raises(ExportError, match="是文件夹"):
        export(clean(), tmp_path / "dir.pdf", today=DAY)
    with pytest.raises(ExportError, match="不支持导出为"):
        format_of("r.txt")


def test_default_name() -> None:
    report = clean()
    assert default_name(report) == "某某镇人民政府2024年政府信息公开工作年度报告"
    report.organ = 'A/B:"镇"'
    assert default_name(report) == "AB镇2024年政府信息公开工作年度报告"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".xlsx"])
def test_cli_exports_each_format(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / ("报告" + suffix)
    code, out, err = _run("convert", str(SAMPLES / "huaian-city-2024.nianbao"), str(target))
    assert code == 0 and err == ""                              # a city's 96,171.6 万元 of fees is no slip
    assert "已导出" in out and target.stat().st_size > 5000
    # open warnings are named after the final export; they do not block it
    code, out, err = _run("convert", str(SEEDS / "001_3414622f6e6cf362.nianbao"), str(target))
    assert code == 0 and err.startswith("注意：报告中还有 3 个提示未处理") and "统计期限" in err


def test_cli_refuses_with_errors_exit_1_and_drafts_with_flag(tmp_path: Path) -> None:
    src = str(SAMPLES / "hongze-district-2023.nianbao")
    code, out, err = _run("convert", src, str(tmp_path / "r.docx"))
    assert code == 1 and out == ""
    assert "3 个错误" in err and "1. 表四 行政复议" in err
    assert not (tmp_path / "r.docx").exists()
    code, out, err = _run("convert", src, str(tmp_path / "r.docx"), "--draft")
    assert code == 0 and "已导出（草稿）" in out


def test_cli_write_failure_exit_2(tmp_path: Path) -> None:
    code, _, err = _run("convert", str(SAMPLES / "huaian-city-2024.nianbao"), str(tmp_path / "no" / "r.pdf"))
    assert code == 2 and "不存在" in err


def test_cli_xlsx_round_trip_and_project_copy_still_work(tmp_path: Path) -> None:
    src = SAMPLES / "huaian-city-2024.nianbao"
    assert _run("convert", str(src), str(tmp_path / "r.xlsx"))[0] == 0
    code, out, _ = _run("convert", str(tmp_path / "r.xlsx"), str(tmp_path / "back.nianbao"))
    assert code == 0 and "已转换" in out
    assert storage.load(tmp_path / "back.nianbao").cells == storage.load(src).cells
    code, _, _ = _run("convert", str(src), str(tmp_path / "copy.json"))
    assert code == 0 and (tmp_path / "copy.json").exists()
    code, _, err = _run("convert", str(src), str(tmp_path / "r.txt"))
    assert code == 2 and "暂不支持" in err


def _carried_project(tmp_path: Path) -> Path:
    """A clean report whose 五 and 六 are still last year's text (S7), one of them explained."""
    report = clean()
    report.carried_texts = {"5", "6"}
    report.accepted["S7@6"] = Acceptance("六与上年相同：本年确无其他需要报告的事项")
    return storage.save(report, tmp_path / "carried.nianbao")


def test_final_export_names_prose_still_carried_from_last_year(tmp_path: Path) -> None:
    src = _carried_project(tmp_path)
    code, out, err = _run("convert", str(src), str(tmp_path / "r.pdf"))
    assert code == 0 and "已导出" in out and (tmp_path / "r.pdf").is_file()
    assert err.splitlines() == [
        "注意：报告中还有 1 个提示未处理（提示不影响导出；报送前请核对，或在编辑器中写明理由后接受）：",
        "  沿用上年文字、尚未修改（1 处）：",
        "    · 五、存在的主要问题及改进情况",
    ]
    code, out, err = _run("convert", str(src), str(tmp_path / "d.docx"), "--draft")
    assert (code, err) == (0, "") and "已导出（草稿）" in out  # a draft is not for submission


def test_a_clean_final_export_says_nothing_more(tmp_path: Path) -> None:
    src = storage.save(clean(), tmp_path / "clean.nianbao")
    code, out, err = _run("convert", str(src), str(tmp_path / "r.xlsx"))
    assert (code, err) == (0, "") and "已导出" in out


def test_open_warnings_text_lists_carried_places_then_the_others() -> None:
    report = clean()
    report.carried_texts = {"preamble", "1.2"}
    report.texts["1.2"] = "本年度收到申请21件。"
    report.cells["art20_8/fees/amount"] = Decimal("96171.6")  # R8: 万元 more than 10000
    findings = validate(report)
    assert [f.key for f in carried_unrevised(report, findings)] == ["S7@preamble", "S7@1.2"]
    text = open_warnings_text(report, findings)
    assert "    · 前言\n    · 一、总体情况（二）依申请公开\n  其他提示：\n    1. 数值可能有误" in text
    assert open_warnings_text(clean(), validate(clean())) == ""
