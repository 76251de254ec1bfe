"""The little Qt the handout needs outside the window: a QGuiApplication and the fonts."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QGuiApplication

from viewer.gui_basics import register_fonts, use_offscreen_without_display
from viewer.handout.document import BODY_POINT_SIZE, FONT_FAMILY

log = logging.getLogger(__name__)


def ensure_gui_application() -> QCoreApplication:
    """The running application, or a new QGuiApplication (offscreen without a display).

    A QGuiApplication is enough for fonts, QTextDocument and QPdfWriter; the CLI never
    creates widgets, so it runs on a server or in CI.
    """
    app = QCoreApplication.instance()
    if app is not None:
        return app
    use_offscreen_without_display()
    return QGuiApplication(sys.argv[:1])


def handout_font() -> QFont:
    """Noto Sans at the body size, without ligatures.

    With them, "morfin" is written with the "fi" ligature glyph, which text extraction
    and search in some readers see as "ﬁ" (U+FB01): the word could not be found.
    """
    register_fonts()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(BODY_POINT_SIZE)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font
