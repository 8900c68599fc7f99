"""The prose after the last table (表四) when no heading the section reader takes stands between
(an audit of the corpus, helper 72: 上海市科委 2024 heads 六 "五、其他需要报告的事项" after a 六 of its
own outline, 上海市人民政府办公厅 2025's copy lost its 五 heading, 平潭苏平片区 2023 runs
"六、存在的主要问题和改进情况" into its page's last table). The table took up to 60 lines after its
start, and that prose — problems, improvements, the fee statement — was read as neither table nor
text: dropped without a word, and S4 warned of a fee statement the report prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.importers import import_file
from core.importers.text import import_text
from core.validate import validate
from importers.files import differences, fixture, table_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEEDS = ["seeds/003_bd56896d5bf88536", "seeds/002_623967a19d51db49"]   # 2021 all 0; 2019 with 12 suits
AFTER = ("（一）存在的主要问题\n部分科室主动公开意识有待加强，政策解读形式不够丰富。\n"
         "（二）改进情况\n一是加强培训；二是丰富解读形式。\n")


@pytest.mark.parametrize("seed,style", [(SEEDS[0], s) for s in ("tab", "pipe", "space", "lines")]
                         + [(SEEDS[1], s) for s in ("tab", "pipe")])   # (its blank cells need a separator)
def test_prose_after_the_last_table_is_kept_and_the_tables_are_read(seed: str, style: str) -> None:
    report = fixture(seed)
    text = table_text(report, style).replace("五、存在的主要问题及改进情况\n无。\n", AFTER)
    got, _ = import_text(text, "x.txt")
    assert differences(got, dict(report.cells)) == []
    assert "政策解读形式不够丰富" in got.texts.get("4", ""), got.texts


@pytest.mark.parametrize("seed", SEEDS)
def test_a_note_between_the_header_and_the_numbers_stays_in_the_table(seed: str) -> None:
    """注：行政复议、行政诉讼数量含上年度结转数量。 printed above 表四's numbers (上海市人民政府办公厅
    2025): the table goes on after it."""
    report = fixture(seed)
    lines = table_text(report, "tab").splitlines()
    numbers = len(lines) - 3                   # 表四's row of numbers, above 五's heading and its 无。
    assert lines[numbers].replace("\t", "").isdigit()
    lines.insert(numbers, "注：行政复议、行政诉讼数量含上年度结转数量。")
    got, _ = import_text("\n".join(lines) + "\n", "x.txt")
    assert differences(got, dict(report.cells)) == []


def test_the_real_reports() -> None:
    report, _ = import_file(CORPUS / "code-shanghai-kewei-2024.md")
    assert any("市科委未发生政府信息公开收费事项" in t for t in report.texts.values())
    assert not [f for f in validate(report) if f.rule == "S4"]
    report, _ = import_file(CORPUS / "code-pingtan-suping-2023.txt")
    assert report.texts.get("5", "").startswith("（一）存在的主要问题2023年")   # its 六 is the form's 五 (heading_chain)


def test_a_header_after_the_first_numbers_is_the_tables() -> None:
    """表四 in two blocks, 行政诉讼's header under 行政复议's numbers, its letters read across a
    vertical header (维持纠正结果审结…): the table's lines, not prose."""
    report = fixture(SEEDS[0])
    head, _ = table_text(report, "tab").split("四、政府信息公开行政复议、行政诉讼情况\n")
    text = head + ("四、政府信息公开行政复议、行政诉讼情况\n行政复议\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
                   "0\t0\t0\t0\t0\n行政诉讼\n未经复议直接起诉\t复议后起诉\n维持纠正结果审结维持纠正结果审结\n"
                   "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n" + AFTER)
    got, _ = import_text(text, "x.txt")
    assert got.texts.get("4", "").startswith("（一）存在的主要问题"), got.texts.get("4")
