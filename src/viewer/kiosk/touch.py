"""Touch-first: kinetic drag-scrolling, and a style sheet for fingers and for the overlays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QScroller


def enable_kinetic_scrolling(area: QAbstractScrollArea) -> None:
    """Drag to scroll with a finger or the mouse, with momentum.

    LeftMouseButtonGesture covers both: a touch that no widget takes as touch reaches
    Qt as a synthesized left-button drag. The viewport must then stop asking for raw
    touch events (a TouchGesture grab, e.g. in ArticleView, turned them on), or the
    touch never becomes that drag.
    """
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)
    if isinstance(area, QAbstractItemView):
        # Item views scroll by whole rows unless told otherwise: a finger expects pixels.
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


# The kiosk window's own style sheet, on top of the application's: a template in the
# theme's colours (ui/theme.py re-applies it when the theme changes).
KIOSK_STYLE = "styles/kiosk.qss"
