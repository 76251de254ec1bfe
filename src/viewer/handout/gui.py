"""The little Qt the handout needs outside the window: a QGuiApplication and the fonts."""

from __future__ import annotations

import functools
import logging
import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from viewer import paths
from viewer.handout.document import BODY_POINT_SIZE, FONT_FAMILY

log = logging.getLogger(__name__)
# The same files the window registers (viewer.ui.app.FONT_FILES). That module is not
# imported here because it pulls in the whole window, which the CLI never shows.
FONT_FILES = ("fonts/NotoSans-Regular.ttf", "fonts/NotoSans-Bold.ttf")


def ensure_gui_application() -> QCoreApplication:
    """The running application, or a new QGuiApplication (offscreen without a display).

    A QGuiApplication is enough for fonts, QTextDocument and QPdfWriter; the CLI never
    creates widgets, so it runs on a server or in CI.
    """
    app = QCoreApplication.instance()
    if app is not None:
        return app
    # Same rule as viewer.ui.app.use_offscreen_without_display (see FONT_FILES above).
    if sys.platform.startswith("linux") and not (
        os.environ.get("QT_QPA_PLATFORM")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(sys.argv[:1])


@functools.cache
def register_handout_fonts() -> bool:
    """Register the bundled Noto Sans once per process; False if any file failed.

    Without it the PDF would use (and embed) whatever sans-serif the machine has.
    """
    ok = True
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(paths.resource(name))) < 0:
            log.error("bundled font not loaded: %s", name)
            ok = False
    return ok


def handout_font() -> QFont:
    """Noto Sans at the body size, without ligatures.

    With them, "morfin" is written with the "fi" ligature glyph, which text extraction
    and search in some readers see as "ﬁ" (U+FB01): the word could not be found.
    """
    register_handout_fonts()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(BODY_POINT_SIZE)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font
