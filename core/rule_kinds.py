"""The builtin rule kinds a template may name, declared: their parameters and message placeholders.

A template rule with ``"kind": "blanks"`` etc. supplies severity, message and basis; this table
lets the loader reject a misspelt kind, a missing or unknown parameter, or a ``{placeholder}`` the
kind never fills — at load, naming the file and the rule — instead of a message showing
``{cels}`` to a clerk. The checks themselves are in ``builtin_rules``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Param:
    name: str
    type: type
    required: bool = True
    refers_to: str = ""
    """"section" when the value (or each list item) must be a section id of the form."""


@dataclass(frozen=True)
class KindSpec:
    name: str
    purpose: str
    params: tuple[Param, ...] = ()
    placeholders: tuple[str, ...] = ()
    certain: bool = False
    """The check decides from the form's structure or the cells alone, with nothing to interpret:
    only such a kind may be an error (docs/severity.md). Reading prose, guessing plausibility or
    judging wording is never certain."""


BUILTIN_RULE_KINDS: Mapping[str, KindSpec] = {k.name: k for k in (
    KindSpec("cell_kinds", "每个单元格的值符合其类型（非负整数、可带符号整数、非负金额）",
             placeholders=("table", "cell", "value", "expected"), certain=True),
    KindSpec("blanks", "表格中留空的单元格（未读取的不算）", placeholders=("table", "count", "cells")),
    KindSpec("empty_table", "整张表格一个数字都没有填写", placeholders=("table",), certain=True),
    KindSpec("not_read", "导入时未能读取的单元格：涉及它们的核对不进行", placeholders=("table", "count", "cells")),
    KindSpec("unread_sections", "来源文件没有读到的部分（复制不完整）：这些部分是否填写的核对不进行",
             placeholders=("sections", "reason")),
    KindSpec("magnitude", "数值大得不合常理（多为单位填错，如把元填进万元栏）",
             params=(Param("limits", dict), Param("table_limits", dict, required=False),
                     Param("levels", dict, required=False), Param("unknown_severity", str, required=False),
                     Param("hints", dict, required=False)),
             placeholders=("table", "cell", "value", "unit", "limit", "hint")),
    KindSpec("section_required", "必备部分（含其各小节）不能为空", params=(Param("section", str, refers_to="section"),),
             placeholders=("section",), certain=True),
    KindSpec("text_mentions", "某部分（含其各小节）须提到某些词之一",
             params=(Param("section", str, refers_to="section"), Param("any", list)), placeholders=("section",)),
    KindSpec("format_years", "报告年度适用的格式", placeholders=("year", "expected", "format_name"), certain=True),
    KindSpec("title_period_year", "标题和统计期限中的年份与报告年度一致", placeholders=("where", "year", "found"), certain=True),
    KindSpec("carried_text", "沿用上年的文字尚未修改（含前言和各小节）", placeholders=("section",)),
    KindSpec("last_year_identity", "所附上年报告是本机关上一年度的", placeholders=("problem",)),
    KindSpec("legacy_rows", "使用了旧格式的行", placeholders=("cells",), certain=True),
    # Prose (core/prose): statements of table figures, the form of the report, privacy, drafts.
    KindSpec("prose_figures", "正文所述数字与表格一致（收到/办结/结转申请数、复议诉讼、文件件数等）",
             params=(Param("measures", list), Param("units", list, required=False), Param("macros", dict, required=False),
                     Param("scope", str, required=False), Param("change", str, required=False),
                     Param("cancel", str, required=False), Param("coordination", str, required=False),
                     Param("filler", str, required=False), Param("split", str, required=False),
                     Param("respective", str, required=False), Param("not_count", str, required=False),
                     Param("organ", str, required=False), Param("doubt", str, required=False),
                     Param("applicants", list, required=False),
                     Param("unsure_message", str, required=False),
                     Param("all_message", str, required=False)),
             placeholders=("where", "sentence", "said", "name", "value", "reading", "other")),
    KindSpec("report_title", "标题为“<机关名称><年度>年政府信息公开工作年度报告”", placeholders=("title", "problem")),
    KindSpec("section_headings", "正文中的六个部分标题与规定标题一致",
             params=(Param("variants", dict, required=False), Param("older", dict, required=False),
                     Param("typos", list, required=False)),
             placeholders=("where", "found", "expected", "problem")),
    KindSpec("parts_claim", "正文所称报告的部分数与规定的六部分一致", params=(Param("parts", int),),
             placeholders=("where", "sentence", "said", "expected")),
    KindSpec("stat_period", "前言写明统计期限（1月1日至12月31日）", placeholders=("problem",)),
    KindSpec("contact_block", "前言写明联系方式，电话、电子邮箱格式正确", placeholders=("where", "problem")),
    KindSpec("privacy", "公开前隐藏个人信息：手机号码、身份证号码、银行卡号、申请人姓名",
             params=(Param("severities", dict), Param("name_cues", list, required=False),
                     Param("surnames", str, required=False)),
             placeholders=("where", "what", "shown")),
    KindSpec("ledger", "申请台账：未计入表三的申请、缺少办理结果或答复日期、日期先后、与表三不一致、答复期限",
             params=(Param("check", str),), placeholders=("n", "number", "detail", "count")),
    KindSpec("yoy_change", "与上年相比变化较大的数字（供差异说明）",
             params=(Param("threshold_percent", int), Param("min_base", int), Param("cells", dict)),
             placeholders=("name", "last", "now", "change")),
)}
