"""The look of the app: one style sheet for colours and shapes, and the text sizes.

Text size is not in the style sheet: re-applying an application style sheet re-polishes
every widget (over a second per zoom step here). It is a font that Zoom.follow() gives
to a few widgets (the window, the parts that stand out, the roots of what is built
later), from which every other widget inherits it. By default Qt stops that
inheritance at widgets styled by a style sheet; apply_stylesheet() turns it back on
(Qt.AA_UseStyleSheetPropagationInWidgetStyles).
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from viewer import paths

log = logging.getLogger(__name__)
STYLE_FILE = "styles/viewer.qss"

# Relative sizes of the parts that stand out; everything else uses the base size.
SCALES: dict[str, tuple[float, bool]] = {
    "#articleTitle": (1.7, True),
    "#sectionHeading": (1.2, True),
    "#sectionArrow": (1.2, True),
    "#riskHeading": (1.25, True),
    "#popupTerm": (1.2, True),
    "#emergencyNumber": (1.15, True),
    "#disclaimer": (0.9, False),
    "#reviewDates": (0.9, False),
    "#appTitle": (1.1, True),
}
# Parts that are always on screen grow only so far: at the largest zoom they would
# otherwise crowd out the article and the risk panel, which is what the zoom is for.
# The first of a widget's names (its own, then its parents') found here sets its cap.
MAX_POINT_SIZES: dict[str, float] = {
    "#emergencyNumber": 22.0,
    "#infoBar": 15.0,
    "#readerToolbar": 17.0,
    "#sidePanel": 20.0,
    # Whole on screen with the first urgent warning at every zoom, even 250 % on 1280x800.
    "#riskPanel": 24.0,
    # The home screen's "Beranda" (and the search page's heading): above 30 pt the first
    # card would leave a 600 px screen (home_screen.TITLE_MAX_POINT_SIZE).
    "#homeTitle": 30.0,
    # The read-aloud bar's five controls fit an 800 px window side by side at any zoom.
    "#speechBar": 15.0,
}


def _cap(widget: QWidget) -> float | None:
    current: QWidget | None = widget
    while current is not None:
        cap = MAX_POINT_SIZES.get(f"#{current.objectName()}")
        if cap is not None:
            return cap
        current = current.parentWidget()
    return None


@functools.cache
def base_stylesheet() -> str:
    path = paths.resource(STYLE_FILE)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        log.exception("style sheet not loaded: %s", path)
        return ""


def apply_stylesheet(app: QApplication) -> None:
    # Fonts set on a widget reach its styled children (see the module's docstring).
    QCoreApplication.setAttribute(
        Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles, True
    )
    app.setStyleSheet(base_stylesheet())


def capped(widget: QWidget, point_size: float) -> float:
    """`point_size` within the cap of `widget` or the first of its parents that has one."""
    cap = _cap(widget)
    return point_size if cap is None else min(point_size, cap)


def font_for(widget: QWidget, point_size: float) -> QFont:
    """`widget`'s font at the base size `point_size`: scaled, bolded and capped by name."""
    scale, bold = SCALES.get(f"#{widget.objectName()}", (1.0, False))
    size = capped(widget, point_size * scale)
    font = widget.font()  # keeps what else the widget chose (e.g. a bold review line)
    font.setPointSizeF(size)
    if bold:
        font.setBold(True)
    return font
