"""Text zoom shared by every panel: A- / A+, Ctrl+plus / Ctrl+minus, kept between runs."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from viewer.clinic_settings import DEFAULT_ZOOM, ZOOM_STEPS, clamp_zoom
from viewer.ui.theme import font_for

BASE_POINT_SIZE = 13.0  # generous on purpose: many readers have poor eyesight


class Zoom(QObject):
    """The text size, and the widgets that follow it.

    A zoom step sets the font of the followed widgets only (a few dozen); Qt passes it on
    to their children. Under a style sheet Qt does not give a child made later the font
    its parent already has, so whoever builds widgets after the window exists follows
    the root of what they built (ArticleView its sections, a section its lazily made
    text). `changed` is emitted after the followers have their new font.
    """

    changed = Signal(int)  # percent

    def __init__(self, percent: int = DEFAULT_ZOOM, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._percent = clamp_zoom(percent)
        # Keyed by id(); a widget leaves when Qt destroys it, so the id is never stale.
        self._followers: dict[int, QWidget] = {}

    def follow(self, widget: QWidget) -> None:
        """Give `widget` its text size now and after every step, for as long as it lives.

        Its size is the base size, scaled, bolded and capped by its name (theme.SCALES,
        theme.MAX_POINT_SIZES); children that set no size of their own inherit it.
        """
        key = id(widget)
        if key not in self._followers:
            self._followers[key] = widget
            widget.destroyed.connect(lambda _obj=None, key=key: self._followers.pop(key, None))
        self._give_font(widget)

    @property
    def follower_count(self) -> int:
        return len(self._followers)

    def _give_font(self, widget: QWidget) -> None:
        font = font_for(widget, self.point_size)
        if font != widget.font():
            widget.setFont(font)

    @property
    def percent(self) -> int:
        return self._percent

    @property
    def point_size(self) -> float:
        return BASE_POINT_SIZE * self._percent / 100

    def set_percent(self, percent: int) -> None:
        percent = clamp_zoom(percent)
        if percent != self._percent:
            self._percent = percent
            # Outer widgets first (they were followed first): a child's own size is set
            # after its parent's has been passed on, and is not overwritten by it.
            for widget in list(self._followers.values()):
                self._give_font(widget)
            self.changed.emit(percent)

    def zoom_in(self) -> None:
        bigger = [step for step in ZOOM_STEPS if step > self._percent]
        if bigger:
            self.set_percent(bigger[0])

    def zoom_out(self) -> None:
        smaller = [step for step in ZOOM_STEPS if step < self._percent]
        if smaller:
            self.set_percent(smaller[-1])

    def reset(self) -> None:
        self.set_percent(DEFAULT_ZOOM)

    @property
    def can_zoom_in(self) -> bool:
        return self._percent < ZOOM_STEPS[-1]

    @property
    def can_zoom_out(self) -> bool:
        return self._percent > ZOOM_STEPS[0]
