"""A scroll area's viewport of our own, scrolled by a finger drag on touch screens.

For the viewport Qt makes, viewport() has PySide look through every widget class for its
type (~10-20 ms, once a process, before the first frame); a plain QWidget set as the
viewport costs nothing. The mouse keeps selecting text (the kiosk adds mouse dragging).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QWidget


def touch_viewport(area: QAbstractScrollArea) -> QWidget:
    """Give `area` its own viewport, scrolled by touch; return it. Call it before the
    area's setWidget(): the viewport it replaces is deleted with what it holds."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    area.setViewport(viewport)
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
    return viewport
