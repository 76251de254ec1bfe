"""The look of the app: one style sheet for colours and shapes, and the text zoom.

Text size is not in the style sheet: re-applying an application style sheet re-polishes
every widget (over a second per zoom step here). And once a style sheet is active, Qt
no longer passes a parent's font on to styled children, so the zoom sets the font of
each widget of the window itself.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtWidgets import QApplication, QWidget

from viewer import paths
from viewer.ui.level_style import level_stylesheet
from viewer.ui.widget_tree import descendants

log = logging.getLogger(__name__)
STYLE_FILE = "styles/viewer.qss"

# Relative sizes of the parts that stand out; everything else uses the base size.
SCALES: dict[str, tuple[float, bool]] = {
    "#articleTitle": (1.7, True),
    "#sectionHeading": (1.2, True),
    "#sectionArrow": (1.2, True),
    "#riskHeading": (1.25, True),
    "#riskWord": (0.9, True),
    "#riskSource": (0.85, False),
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
    app.setStyleSheet(base_stylesheet() + "\n" + level_stylesheet())


def apply_zoom(root: QWidget, point_size: float) -> None:
    """Give `root` and every widget inside it the text size for `point_size`."""
    # Not root.findChildren(): that would tie every wrapper to root (see widget_tree).
    for widget in [root, *descendants(root)]:
        scale, bold = SCALES.get(f"#{widget.objectName()}", (1.0, False))
        size = point_size * scale
        cap = _cap(widget)
        if cap is not None:
            size = min(size, cap)
        font = widget.font()
        font.setPointSizeF(size)
        if bold:
            font.setBold(True)
        if font != widget.font():
            widget.setFont(font)
