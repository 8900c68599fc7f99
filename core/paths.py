"""Where the program keeps the user's own files: autosaves, settings, logs.

Never beside the program (a clerk without admin rights cannot write there): $NIANBAO_DATA_DIR, else
the platform's user data folder. Kept apart from the journal so the window can find its settings
without loading the project-file machinery first.
"""

from __future__ import annotations

import os
from pathlib import Path

EXTENSION = ".nianbao"
"""A project file's name ends with this."""


def data_dir() -> Path:
    """$NIANBAO_DATA_DIR, else the platform's user data folder (``platformdirs``)."""
    override = os.environ.get("NIANBAO_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("nianbao", appauthor=False))
