"""The one place that knows where bundled files live, from source and when frozen.

A source checkout keeps content/ and resources/ at the repository root; a PyInstaller
bundle unpacks them under sys._MEIPASS. A `content` folder beside the frozen
executable replaces the bundled articles, so a clinic can update them without a rebuild.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

CONTENT_DIR = "content"
RESOURCES_DIR = "resources"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    # src/viewer/paths.py -> the repository root
    return Path(__file__).resolve().parents[2]


def executable_dir() -> Path:
    return Path(sys.executable).resolve().parent


def default_content_dir() -> Path:
    if is_frozen():
        beside = executable_dir() / CONTENT_DIR
        if beside.is_dir():
            return beside
    return bundle_root() / CONTENT_DIR


def resource(relative: str) -> Path:
    """A bundled resource such as 'fonts/NotoSans-Regular.ttf'.

    Only plain relative paths are accepted: a resource name is never allowed to
    reach outside resources/.
    """
    parts = PurePosixPath(relative)
    if parts.is_absolute() or ".." in parts.parts or "\\" in relative:
        raise ValueError(f"not a plain resource path: {relative!r}")
    return bundle_root() / RESOURCES_DIR / parts
