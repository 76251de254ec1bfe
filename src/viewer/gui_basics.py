"""Starting Qt for the window and the handout alike, without loading QtWidgets: the
offscreen rule for machines without a display, and the bundled fonts."""

from __future__ import annotations

import functools
import logging
import os
import sys

from PySide6.QtGui import QFontDatabase

from viewer import paths

log = logging.getLogger(__name__)
FONT_FILES = ("fonts/NotoSans-Regular.ttf", "fonts/NotoSans-Bold.ttf")


def use_offscreen_without_display() -> None:
    """With no screen (CI, a deployment script), run on Qt's offscreen platform."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


@functools.cache
def register_fonts() -> str | None:
    """Register the bundled font once per process; its family, or None if a file failed.

    Screen and PDF then look the same on every machine, and the PDF embeds this font
    rather than whatever sans-serif the machine has.
    """
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.resource(name)))
        if font_id < 0:
            log.error("bundled font not loaded: %s", name)
            return None
        family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family
