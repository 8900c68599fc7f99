"""The errors readers raise: their message is for the clerk, in Chinese.

Apart from ``project_json`` and the importers so the window can catch them without loading the
reading machinery. ``ReadError`` is what any reader raises; callers that read "any file a report can
come from" catch that one.
"""


class ReadError(Exception):
    """A file a report cannot be read from; the message is for the clerk, in Chinese."""


class ProjectFileError(ReadError):
    """A project file that cannot be read (or written); the message is for the clerk, in Chinese."""
