"""The program's version: one place, read by the editor's About box, the CLI and the installers."""

__version__ = "0.5.0"
