"""Touch-first: kinetic drag-scrolling, and a style sheet for fingers and for the overlays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QScroller

from viewer.kiosk.lockdown import KIOSK_TOUCH_TARGET


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


# The kiosk window's own style sheet, on top of the application's.
KIOSK_STYLE = f"""
QComboBox QAbstractItemView::item {{ min-height: {KIOSK_TOUCH_TARGET}px; }}
QTabBar::tab {{ min-height: {KIOSK_TOUCH_TARGET - 20}px; }}
QScrollBar:vertical {{ width: 14px; }}

#idleNoticeCard, #pinPadCard {{
    background: #ffffff; border: 3px solid #1f4e5f; border-radius: 16px;
}}
#idleMessage, #pinDisplay {{ color: #1b1b1b; }}
#idleHeading, #pinTitle {{ color: #1f4e5f; }}
#idleKeepReading, #pinPadCard QPushButton {{
    background: #1f4e5f; color: #ffffff; border: none; border-radius: 10px; padding: 8px 28px;
}}
#pinPadCard QPushButton#pinErase {{ padding: 0; }}
#pinPadCard QPushButton:disabled {{ background: #b5c4c9; color: #eef1f2; }}
#kioskPrint {{ background: #ffbf47; border-color: #ffbf47; color: #1b1b1b; }}
"""
