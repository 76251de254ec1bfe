"""The reading toolbar: article choice, text size, open/close all."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from viewer.clinic_settings import ZOOM_STEPS
from viewer.ui.buttons import enter_presses
from viewer.ui.section_widget import MIN_TOUCH_TARGET
from viewer.ui.zoom import Zoom

ZOOM_CONTROLS_POINT_SIZE = 15.0  # the same at every text size (see ReaderToolbar)


def _button(text: str, accessible: str, parent: QWidget) -> QPushButton:
    button = enter_presses(QPushButton(text, parent))
    button.setAccessibleName(accessible)
    button.setToolTip(accessible)
    button.setMinimumHeight(MIN_TOUCH_TARGET)
    button.setMinimumWidth(MIN_TOUCH_TARGET)
    # Never narrower than its label: the actions move to a second row instead.
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class ReaderToolbar(QFrame):
    def __init__(self, zoom: Zoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zoom = zoom
        self.setObjectName("readerToolbar")
        self.articles = QComboBox(self)
        self.articles.setAccessibleName(self.tr("Pilih artikel"))
        self.articles.setMinimumHeight(MIN_TOUCH_TARGET)
        self.app_title = QLabel(self.tr("Informasi Obat untuk Pasien"), self)
        self.app_title.setObjectName("appTitle")
        # Shown when the contents and glossary do not fit beside the article: opens them.
        self.contents = _button(
            self.tr("☰ Daftar isi"), self.tr("Daftar isi dan daftar istilah"), self
        )
        self.contents.setCheckable(True)
        self.contents.hide()
        # The text-size controls keep one size and sit at the right end, so a second tap
        # on A+ lands on A+ again however much the text (and the buttons beside it) grew.
        self._zoom_group = QWidget(self)
        self._zoom_group.setObjectName("zoomGroup")
        group_font = QFont(self.font())
        group_font.setPointSizeF(ZOOM_CONTROLS_POINT_SIZE)
        self._zoom_group.setFont(group_font)
        self.zoom_out = _button("A−", self.tr("Perkecil tulisan"), self._zoom_group)
        self.zoom_label = QLabel(self._zoom_group)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in = _button("A+", self.tr("Perbesar tulisan"), self._zoom_group)
        zoom_row = QHBoxLayout(self._zoom_group)
        zoom_row.setContentsMargins(0, 0, 0, 0)
        zoom_row.setSpacing(6)
        for widget in (self.zoom_out, self.zoom_label, self.zoom_in):
            zoom_row.addWidget(widget)
        widest = self.zoom_label.fontMetrics().horizontalAdvance(f"{ZOOM_STEPS[-1]}%")
        self.zoom_label.setFixedWidth(widest + 12)
        for button in (self.zoom_out, self.zoom_in):
            button.setFixedSize(button.sizeHint().expandedTo(QSize(52, 48)))
        self.back = _button(
            self.tr("‹ Kembali"), self.tr("Kembali ke tempat sebelum lompatan"), self
        )
        self.back.setEnabled(False)
        self.open_all = _button(self.tr("Buka semua"), self.tr("Buka semua bagian"), self)
        self.close_all = _button(self.tr("Tutup semua"), self.tr("Tutup semua bagian"), self)
        # The section and print buttons sit in their own group, which moves to a second
        # row in a narrow window instead of squeezing every button until its text is cut.
        self._actions = QWidget(self)
        self.actions_row = QHBoxLayout(self._actions)
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        self.actions_row.setSpacing(6)
        self.actions_row.addWidget(self.back)
        self.actions_row.addWidget(self.open_all)
        self.actions_row.addWidget(self.close_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(6)
        # The rows join the toolbar's layout while still empty: PySide wraps every item
        # already in a layout it is given, and set_compact() makes Qt delete the item of
        # the moving button group behind such a wrapper. Qt reuses that memory, and the
        # stale wrapper then stands for whatever object comes to live there.
        self._first_row = QHBoxLayout()
        self._second_row = QHBoxLayout()
        layout.addLayout(self._first_row)
        layout.addLayout(self._second_row)
        self._first_row.setSpacing(6)
        self._first_row.addWidget(self.contents)
        self._first_row.addWidget(self.app_title)
        self._first_row.addWidget(self.articles)
        self._first_row.addStretch(1)
        self._first_row.addWidget(self._actions)
        self._first_row.addSpacing(12)
        self._first_row.addWidget(self._zoom_group)
        self._second_row.addStretch(1)
        zoom.follow(self)  # capped (theme.MAX_POINT_SIZES); the buttons inherit it
        zoom.follow(self.app_title)

    def one_row_width(self) -> int:
        """The width every control needs to fit on one row at its natural size.

        Summed over the controls themselves: a container's size hint is cached by its
        layout and lags a zoom step behind."""

        def needs(row: QWidget) -> int:
            shown = [w for w in row.children() if isinstance(w, QWidget) and not w.isHidden()]
            spacing = row.layout().spacing() * max(0, len(shown) - 1)
            return sum(w.sizeHint().width() for w in shown) + spacing

        parts = [self.contents, self.app_title, self.articles]
        shown = [w for w in parts if not w.isHidden()]
        margins = self.layout().contentsMargins()
        spacing = self._first_row.spacing() * (len(shown) + 2) + 12
        return (
            sum(w.sizeHint().width() for w in shown)
            + needs(self._actions)
            + needs(self._zoom_group)
            + spacing
            + margins.left()
            + margins.right()
        )

    def set_compact(self, compact: bool) -> None:
        """Two rows (buttons below) in a narrow window; one row otherwise."""
        if compact and self._second_row.indexOf(self._actions) < 0:
            self._second_row.addWidget(self._actions)
        elif not compact and self._first_row.indexOf(self._actions) < 0:
            # Back before the text-size controls, which never move.
            spacer = self._first_row.indexOf(self._zoom_group) - 1
            self._first_row.insertWidget(spacer, self._actions)

    def add_action_button(self, text: str, accessible: str) -> QPushButton:
        """A button for a later feature (printing), placed after open/close all."""
        button = _button(text, accessible, self._actions)
        self._zoom.follow(button)  # made after the toolbar has its font: see Zoom
        self.actions_row.addWidget(button)
        return button

    # One row where everything fits at its natural size, else the actions below.
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_rows()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # A control's size changed (a zoom step, a longer label, a button added).
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_rows()
        return handled

    def _fit_rows(self) -> None:
        self.set_compact(self.one_row_width() > self.width())

    def show_zoom(self, percent: int, can_in: bool, can_out: bool) -> None:
        self.zoom_label.setText(f"{percent}%")
        self.zoom_label.setAccessibleName(
            self.tr("Ukuran tulisan {percent} persen").format(percent=percent)
        )
        self.zoom_in.setEnabled(can_in)
        self.zoom_out.setEnabled(can_out)
