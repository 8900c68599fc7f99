"""The one error every reader of a project file raises: its message is for the clerk, in Chinese.

Apart from ``project_json`` so the window can catch it without loading the project-file machinery.
"""


class ProjectFileError(Exception):
    """A project file that cannot be read; the message is for the clerk, in Chinese."""
