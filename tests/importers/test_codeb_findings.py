"""Findings of a trial on full reports of the 平潭 archive (tests/corpus/codeb-*): what a copied page
does to a report's sections and to 表三's （六）其他处理 row, each on the real page and, where the
page's numbers are all 0, on the same page with one number changed."""

from __future__ import annotations

from pathlib import Path

from core.importers import import_bytes
from core.validate import validate

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _import(text: str):
    report, _ = import_bytes(text.encode("utf-8"), "report.txt")
    return report


def test_a_section_heading_in_older_words_is_found_in_a_run_together_copy() -> None:
    """五、政府信息公开工作存在的主要问题及改进情况 run into its prose on the page's one line: the
    section's text is read as section 五 (it was taken into 表四, and an empty 五 was an S2 error)."""
    report = _import((CORPUS / "codeb-pingtan-junshan-2019.txt").read_text(encoding="utf-8"))
    assert report.texts.get("5", "").startswith("（一）存在的主要问题2019年")
    assert "行政诉讼" not in report.texts.get("4", "")
    assert not [f for f in validate(report) if f.rule == "S2"]


def test_other_processing_printed_as_the_2021_items_is_not_read_as_one_of_them() -> None:
    """A 2021 report whose 表二 keeps 2019's headers is read on the 2019 form; its 表三 prints
    （六）其他处理 as 2021's three items. 3.6 is none of them: not read (it took 3.其他 alone, and a
    1 under item 1. gave a false R2 error), and the log says why."""
    text = (CORPUS / "codeb-pingtan-shs-2021.txt").read_text(encoding="utf-8")
    item = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0 0 0 0 0 00"
    assert item in text
    text = (text.replace(item, item.replace("0 0 0 0 0 00", "2 0 0 0 0 02"))
            .replace("（七）总计0 0 0 0 0 00", "（七）总计2 0 0 0 0 02")
            .replace("一、本年新收政府信息公开申请数量0000000", "一、本年新收政府信息公开申请数量2 0 0 0 0 0 2"))
    report = _import(text)
    assert report.form.format == "2019"
    assert all(report.cells.get(f"requests/3.6/{c}") is None and f"requests/3.6/{c}" in report.missing
               for c in ("natural", "other", "total"))
    assert "分项印出" in report.missing["requests/3.6/natural"]
    assert report.cells["requests/3.7/natural"] == 2
    assert not [f for f in validate(report) if f.severity == "error" and f.rule[:1] == "R"]


def test_a_word_of_zeros_in_a_spaced_row_is_that_many_cells() -> None:
    """"（六）其他处理 0 0 0 0 0 00": the copy lost the last space; 00 is two cells of 0, not one
    (the row's 总计 was left blank, a false R5b hint)."""
    rows = ["某县某局2020年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况",
            "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1", "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
            "（一）予以公开 1 0 0 0 0 0 1", "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 0 0 0 0 0 0"]
    rows += [f"{i}.{lab} 0 0 0 0 0 0 0" for i, lab in enumerate(
        ["属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
         "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"], 1)]
    rows += [f"{i}.{lab} 0 0 0 0 0 0 0" for i, lab in enumerate(
        ["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"], 1)]
    rows += [f"{i}.{lab} 0 0 0 0 0 0 0" for i, lab in enumerate(
        ["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
         "要求行政机关确认或重新出具已获取信息"], 1)]
    rows += ["（六）其他处理 0 0 0 0 0 00", "（七）总计 1 0 0 0 0 0 1", "四、结转下年度继续办理 0 0 0 0 0 0 0",
             "四、政府信息公开行政复议、行政诉讼情况"]
    report = _import("\n".join(rows) + "\n")
    assert [report.cells.get(f"requests/3.6/{c}") for c in ("other", "total")] == [0, 0]
    assert "requests/3.6/total" not in report.missing
