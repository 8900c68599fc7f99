"""What every importer hands back: the report it built and a log of how each cell got its value.

An import never guesses silently. Each cell of the form ends up *read* (printed in the source),
*derived* (worked out from other printed cells — the log says from which), *blank* (printed
empty), or *missing* (not found in the source — the reason goes into ``Report.missing``). The
log also keeps notes for the clerk: typos in fixed labels, units printed in cells, renamed
headings, old-format rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.project_errors import ReadError


class ImportError_(ReadError):
    """A file that cannot be imported; the message is the Chinese text to show the clerk."""


SAVE_AS = "请在 WPS 或 Word 中打开后另存为 .docx / .xlsx（不设密码）再导入"
"""What to do with an old Office file that cannot be read (damaged, encrypted, another kind)."""


class YearNotFound(ImportError_):
    """A report whose source names its year nowhere (a fragment that starts below the title, with no
    statistical period or publication date): the clerk may say the year and import it again."""


@dataclass
class ImportLog:
    """How an import went, cell by cell, for the preview and for ``check --json``."""

    source: str
    """The file name the cells' origins name."""
    kind: str = ""
    """Which importer read it: project, xlsx, docx, pdf, text, html."""
    read: dict[str, str] = field(default_factory=dict)
    """Cells read from the source: address → the text as printed ("" for a printed blank)."""
    derived: dict[str, str] = field(default_factory=dict)
    """Cells worked out from others: address → what from."""
    missing: dict[str, str] = field(default_factory=dict)
    """Cells not found: address → why."""
    notes: list[str] = field(default_factory=list)
    contact: dict[str, str] = field(default_factory=dict)
    """Contact details found in the prose (电话, 地址, 邮编, 电子邮箱, 网址)."""
    source_text: str = ""
    """The source's text as read (for the preview beside the tables)."""

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def status(self, address: str) -> str:
        """"read", "derived", "missing" or "" (not touched by the import)."""
        if address in self.missing:
            return "missing"
        if address in self.derived:
            return "derived"
        if address in self.read:
            return "read"
        return ""
