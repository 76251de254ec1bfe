"""The "Tampilan" panel: the interface language, the colours and the text size, in one
place a reader finds from the toolbar.

A card over the page, under its toolbar button (a child of the window, not a pop-up
window, and no drop-down list: a kiosk allows neither), so the page does not reflow
while it is open. Large buttons for touch, a Tab stop each for the keyboard; Esc,
"Tutup", the toolbar button again or the focus moving to the page closes it, and the
focus goes back to the toolbar's button. Each choice is a checkable button marked "✓"
when in force, so neither colour alone nor sight alone tells which one it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from viewer import i18n
from viewer.ui.buttons import enter_presses, name_button
from viewer.ui.language import retranslate_on_change
from viewer.ui.section_widget import MIN_TOUCH_TARGET
from viewer.ui.zoom import Zoom

# The colour choices, in the order offered; the words are translated where shown.
THEME_CHOICES: tuple[tuple[str, str], ...] = (
    ("light", QT_TRANSLATE_NOOP("DisplayPanel", "Terang")),
    ("dark", QT_TRANSLATE_NOOP("DisplayPanel", "Gelap")),
    ("high-contrast", QT_TRANSLATE_NOOP("DisplayPanel", "Kontras tinggi")),
    ("system", QT_TRANSLATE_NOOP("DisplayPanel", "Ikuti sistem")),
)


def _choice_button(text: str, parent: QWidget) -> QPushButton:
    button = enter_presses(QPushButton(text, parent))
    button.setCheckable(True)
    button.setMinimumHeight(MIN_TOUCH_TARGET)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class ChoiceButtons:
    """The buttons of one choice (each with its value in the "choice" property)."""

    def __init__(self) -> None:
        self._buttons: list[QPushButton] = []

    def add(self, button: QPushButton) -> None:
        self._buttons.append(button)

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def checked(self) -> QPushButton | None:
        return next((b for b in self._buttons if b.isChecked()), None)


class DisplayPanel(QFrame):
    languageChosen = Signal(str)  # noqa: N815 - mirrors Qt's naming
    themeChosen = Signal(str)  # noqa: N815
    closed = Signal()

    def __init__(self, zoom: Zoom, parent: QWidget, anchor: QWidget) -> None:
        """`parent`: the widget it is drawn over (the window's central widget);
        `anchor`: the button it opens under."""
        super().__init__(parent)
        self.setObjectName("displayPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._zoom = zoom
        self._anchor = anchor
        self.heading = QLabel(self)
        self.heading.setObjectName("displayHeading")
        self.language_label = QLabel(self)
        self.theme_label = QLabel(self)
        self.size_label = QLabel(self)
        # Plain lists, not QButtonGroups: in a group Qt lets Tab reach only the button
        # last focused (arrows for the rest, as with radio buttons). Here every button
        # is a Tab stop; show_choices() keeps exactly one of each list checked.
        self.languages = ChoiceButtons()
        self.themes = ChoiceButtons()
        language_row = QHBoxLayout()
        for code, name in i18n.LANGUAGES.items():
            # Each language named in itself: a reader finds theirs in any interface.
            button = _choice_button(name, self)
            button.setProperty("choice", code)
            button.setProperty("words", name)
            self.languages.add(button)
            button.clicked.connect(lambda _=False, c=code: self.languageChosen.emit(c))
            language_row.addWidget(button)
        language_row.addStretch(1)
        # Two by two: narrow enough for an 800 px window at the largest text.
        theme_grid = QGridLayout()
        for place, (code, _words) in enumerate(THEME_CHOICES):
            button = _choice_button("", self)
            button.setProperty("choice", code)
            self.themes.add(button)
            button.clicked.connect(lambda _=False, c=code: self.themeChosen.emit(c))
            theme_grid.addWidget(button, place // 2, place % 2)
        theme_grid.setColumnStretch(2, 1)
        self.smaller = enter_presses(QPushButton("A−", self))
        self.size_value = QLabel(self)
        self.size_value.setObjectName("displaySize")
        self.size_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.larger = enter_presses(QPushButton("A+", self))
        size_row = QHBoxLayout()
        for widget in (self.smaller, self.size_value, self.larger):
            widget.setMinimumHeight(MIN_TOUCH_TARGET)
            size_row.addWidget(widget)
        for button in (self.smaller, self.larger):
            button.setMinimumWidth(MIN_TOUCH_TARGET + 8)
        size_row.addStretch(1)
        self.close_button = enter_presses(QPushButton(self))
        self.close_button.setMinimumHeight(MIN_TOUCH_TARGET)
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 10, 16, 14)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(self.close_button, 0, 2, Qt.AlignmentFlag.AlignRight)
        for row, (label, buttons) in enumerate(
            (
                (self.language_label, language_row),
                (self.theme_label, theme_grid),
                (self.size_label, size_row),
            ),
            start=1,
        ):
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addLayout(buttons, row, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.smaller.clicked.connect(zoom.zoom_out)
        self.larger.clicked.connect(zoom.zoom_in)
        self.close_button.clicked.connect(self.close_panel)
        zoom.changed.connect(self._show_size)
        zoom.follow(self)
        retranslate_on_change(self, self._retranslate)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.hide()

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Tampilan"))
        name_button(self.close_button, self.tr("Tutup"), self.tr("Tutup pengaturan tampilan"))
        self.language_label.setText(self.tr("Bahasa:"))
        self.theme_label.setText(self.tr("Warna:"))
        self.size_label.setText(self.tr("Ukuran tulisan:"))
        words = dict(THEME_CHOICES)
        for button in self.themes.buttons():
            button.setProperty("words", self.tr(words[button.property("choice")]))
        name_button(self.smaller, "A−", self.tr("Perkecil tulisan"))
        name_button(self.larger, "A+", self.tr("Perbesar tulisan"))
        self._mark_choices()
        self._show_size()
        if self.isVisible():
            self.place()

    # -- what is in force --------------------------------------------------------------------
    def show_choices(self, language: str, theme: str) -> None:
        """Check (and mark with "✓") the language and the colours in force."""
        for choices, wanted in ((self.languages, language), (self.themes, theme)):
            for button in choices.buttons():
                button.setChecked(button.property("choice") == wanted)
        self._mark_choices()

    def _mark_choices(self) -> None:
        for button in (*self.languages.buttons(), *self.themes.buttons()):
            words = button.property("words") or ""
            button.setText(f"✓ {words}" if button.isChecked() else words)
            button.setAccessibleName(words)  # "checked" is said from the state

    def _show_size(self, _percent: int | None = None) -> None:
        percent = self._zoom.percent
        self.size_value.setText(f"{percent}%")
        self.size_value.setAccessibleName(
            self.tr("Ukuran tulisan {percent} persen").format(percent=percent)
        )
        self.smaller.setEnabled(self._zoom.can_zoom_out)
        self.larger.setEnabled(self._zoom.can_zoom_in)
        if self.isVisible():
            self.place()

    # -- opening and closing ------------------------------------------------------------------
    def place(self) -> None:
        """Under its button, its right edge with the button's, inside the window."""
        parent = self.parentWidget()
        margin = 8
        self.layout().activate()
        width = min(self.sizeHint().width(), parent.width() - 2 * margin)
        height = min(self.sizeHint().height(), parent.height() - 2 * margin)
        corner = self._anchor.mapTo(parent, self._anchor.rect().bottomRight())
        x = max(margin, min(corner.x() - width, parent.width() - width - margin))
        y = max(margin, min(corner.y() + 6, parent.height() - height - margin))
        self.setGeometry(x, y, width, height)

    def open_panel(self) -> None:
        self.place()
        self.show()
        self.raise_()
        checked = self.languages.checked() or self.languages.buttons()[0]
        checked.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_panel(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The reader went on to the page: the card would only hide part of it.
        if not self.isVisible() or new is None or new is self._anchor:
            return
        if new.window() is self.window() and not self.isAncestorOf(new) and new is not self:
            self.close_panel()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.close_panel()
            return
        super().keyPressEvent(event)
