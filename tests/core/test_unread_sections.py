"""Sections the source never reached (``Report.unread_sections``): kept by the project file, shown
by ``check --json``, and cleared — undo restoring them — when the clerk writes into the section,
as a cell not read stops being missing once typed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from builders import clean_report

from core import storage
from core.commands import SetText
from core.project_json import ProjectFileError
from core.report import PRINTED, Report
from core.session import Session

WHY = "来源文件在表三处中断，其后的内容没有读到"


def cut_copy() -> Report:
    """A report imported from a page copied up to 表三: 四、五、六 never reached, 表四 not read."""
    report = clean_report("2021")
    report.totals = PRINTED
    for a in report.form.table("appeals").addresses():
        report.cells[a] = None
        report.missing[a] = "原文中未找到表四"
    for section in ("4", "5", "6"):
        for key in report.form.section_text_keys(section):
            report.texts.pop(key, None)
        report.unread_sections[section] = WHY
    return report


def _rules(session: Session) -> list[str]:
    return [f.rule for f in session.findings if f.rule in ("S2", "S3", "S4", "N2")]


def test_the_project_file_keeps_the_sections_not_read(tmp_path: Path) -> None:
    path = storage.save(cut_copy(), tmp_path / "cut.nianbao")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["unread_sections"] == {"4": WHY, "5": WHY, "6": WHY}
    loaded = storage.load(path)
    assert loaded.unread_sections == {"4": WHY, "5": WHY, "6": WHY}
    assert _rules(Session(loaded)) == ["N2"]


def test_a_file_without_the_entry_loads_with_every_section_read(tmp_path: Path) -> None:
    path = storage.save(clean_report("2021"), tmp_path / "r.nianbao")
    assert "unread_sections" not in json.loads(path.read_text(encoding="utf-8"))   # as files before it
    assert storage.load(path).unread_sections == {}
    older = Path(__file__).resolve().parents[1] / "fixtures" / "samples" / "hongze-district-2023.nianbao"
    assert storage.load(older).unread_sections == {}                                # a schema-1 file


@pytest.mark.parametrize("entry,words", [
    ({"9": WHY}, ("第“9”部分",)),
    ({"5": 3}, ("unread_sections",)),
    (["5"], ("unread_sections",)),
    ({"1": WHY}, ("第“1”部分既有文字又标记为未读取",)),
])
def test_an_inconsistent_entry_is_refused_and_the_file_untouched(tmp_path: Path, entry: object,
                                                                  words: tuple[str, ...]) -> None:
    path = storage.save(clean_report("2021"), tmp_path / "r.nianbao")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["unread_sections"] = entry
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ProjectFileError) as err:
        storage.load(path)
    assert all(w in str(err.value) for w in words)
    assert path.read_bytes() == before


def test_writing_into_a_section_not_read_makes_it_the_clerks_and_undo_restores_the_mark() -> None:
    session = Session(cut_copy())
    assert _rules(session) == ["N2"]
    done = session.execute(SetText("6.1", "本年度未收取信息处理费。"))      # a subsection of 六
    assert set(session.report.unread_sections) == {"4", "5"}
    assert _rules(session) == ["N2"] and "第四、五部分" in next(f.message for f in done.findings if f.rule == "N2")
    session.execute(done.inverse)
    assert session.report.unread_sections == {"4": WHY, "5": WHY, "6": WHY}
    assert "6.1" not in session.report.texts and _rules(session) == ["N2"]


def test_a_section_emptied_by_the_clerk_is_no_longer_unread_but_empty() -> None:
    session = Session(cut_copy())
    done = session.execute(SetText("5", ""))
    assert "5" not in session.report.unread_sections
    assert _rules(session) == ["N2", "S2"]
    session.execute(done.inverse)
    assert _rules(session) == ["N2"]


def test_check_json_lists_the_sections_not_read(tmp_path: Path) -> None:
    path = storage.save(cut_copy(), tmp_path / "cut.nianbao")
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, str(root / "main.py"), "check", "--json", str(path)],
                          capture_output=True, text=True, cwd=tmp_path)
    record = json.loads(proc.stdout)
    assert record["import"]["unread_sections"] == ["4", "5", "6"]
    (n2,) = [f for f in record["findings"] if f["rule"] == "N2"]
    assert n2["severity"] == "info" and WHY in n2["message"] and "第四、五、六部分" in n2["message"]
    assert not [f for f in record["findings"] if f["rule"] in ("S2", "S3")]
    whole = storage.save(clean_report("2021"), tmp_path / "whole.nianbao")
    proc = subprocess.run([sys.executable, str(root / "main.py"), "check", "--json", str(whole)],
                          capture_output=True, text=True, cwd=tmp_path)
    assert json.loads(proc.stdout)["import"]["unread_sections"] == []


def test_a_final_export_waits_for_the_sections_not_read(tmp_path: Path) -> None:
    """In a check the copy, not the report, lacks them (information); exported, they would be
    printed empty, which S1–S3 exist to stop: the final export is refused, naming them, and a draft
    is not; once the clerk has written them the final export goes through."""
    from core.exporters import ExportRefused, export
    from core.section_rules import export_blockers

    session = Session(cut_copy())
    with pytest.raises(ExportRefused) as refused:
        export(session.report, tmp_path / "final.docx", findings=session.findings)
    assert [f.rule for f in refused.value.errors] == ["N2"]
    assert "未从来源文件读取的部分" in str(refused.value) and "第四、五、六部分" in str(refused.value)
    assert not (tmp_path / "final.docx").exists()
    assert export(session.report, tmp_path / "draft.docx", draft=True, findings=session.findings).exists()
    for section in ("4", "5", "6"):
        session.execute(SetText(section, "本年度无此项情况。"))
    assert export_blockers(session.report, session.findings) == []
    assert export(session.report, tmp_path / "final.docx", findings=session.findings).exists()


def test_the_box_of_a_section_not_read_says_so_while_empty() -> None:
    """The editor's box shows its guidance while empty: for a section not read it says why first,
    so an empty box is not taken for a section the report lacks."""
    from core.outline import text_blocks

    blocks = {b.id: b for b in text_blocks(cut_copy())}
    assert blocks["5"].guidance.startswith(f"本部分未能从来源文件读取（{WHY}），请对照原文补写。")
    assert blocks["6.1"].guidance.startswith("本部分未能从来源文件读取")            # its subsections too
    assert not blocks["3"].guidance.startswith("本部分未能") and not blocks["preamble"].guidance.startswith("本部分未能")
    session = Session(cut_copy())
    session.execute(SetText("5", "无。"))
    assert not {b.id: b for b in text_blocks(session.report)}["5"].guidance.startswith("本部分未能")
