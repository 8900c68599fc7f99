"""Prose checks and helpers: statements that report a table figure, the form of the report,
the privacy scan, drafts bound to the cells and the 差异说明 annex.

Nothing here imports Qt. The rule builders (``checks``, ``form_checks``, ``privacy``) are
registered in ``core.builtin_rules`` and parameterised by the templates.
"""
