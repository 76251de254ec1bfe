"""The reading toolbar: the way home, back and forward, search, text size, open/close all."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from viewer.clinic_settings import ZOOM_STEPS
from viewer.ui.buttons import enter_presses, name_button
from viewer.ui.language import retranslate_on_change
from viewer.ui.section_widget import MIN_TOUCH_TARGET
from viewer.ui.zoom import Zoom

ZOOM_CONTROLS_POINT_SIZE = 15.0  # the same at every text size (see ReaderToolbar)
SEARCH_MIN_WIDTH = 180  # px: room for a drug name as it is typed
DISPLAY_SHORT = "Aa"  # the display panel's button where its words do not fit


def _button(text: str, accessible: str, parent: QWidget) -> QPushButton:
    button = enter_presses(QPushButton(parent))
    name_button(button, text, accessible)
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
        self.app_title = QLabel(self)
        self.app_title.setObjectName("appTitle")
        # Never a reason for a wider window: it is hidden where it does not fit (_fit_rows).
        self.app_title.setMinimumWidth(1)
        # Shown when the contents and glossary do not fit beside the article: opens them.
        self.contents = _button("", "", self)
        self.contents.setCheckable(True)
        self.contents.hide()
        # The text-size controls keep one size and sit at the right end, so a second tap
        # on A+ lands on A+ again however much the text (and the buttons beside it) grew.
        self._zoom_group = QWidget(self)
        self._zoom_group.setObjectName("zoomGroup")
        group_font = QFont(self.font())
        group_font.setPointSizeF(ZOOM_CONTROLS_POINT_SIZE)
        self._zoom_group.setFont(group_font)
        self.zoom_out = _button("A−", "", self._zoom_group)
        self.zoom_label = QLabel(self._zoom_group)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in = _button("A+", "", self._zoom_group)
        zoom_row = QHBoxLayout(self._zoom_group)
        zoom_row.setContentsMargins(0, 0, 0, 0)
        zoom_row.setSpacing(6)
        for widget in (self.zoom_out, self.zoom_label, self.zoom_in):
            zoom_row.addWidget(widget)
        widest = self.zoom_label.fontMetrics().horizontalAdvance(f"{ZOOM_STEPS[-1]}%")
        self.zoom_label.setFixedWidth(widest + 12)
        for button in (self.zoom_out, self.zoom_in):
            button.setFixedSize(button.sizeHint().expandedTo(QSize(52, 48)))
        # The way around the library: first in the row, where a lost reader looks.
        self.back = _button("", "", self)
        self.back.setEnabled(False)
        self.forward = _button("", "", self)
        self.forward.setEnabled(False)
        self.home = _button("", "", self)
        # The display panel (language, theme, text size): beside the text-size controls.
        self.display = _button("", "", self)
        self.display.setCheckable(True)
        for button in (self.contents, self.back, self.forward, self.home, self.display):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(MIN_TOUCH_TARGET)
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.open_all = _button("", "", self)
        self.close_all = _button("", "", self)
        # The section and print buttons sit in their own group, which moves to a second
        # row in a narrow window instead of squeezing every button until its text is cut.
        self._added: list[QPushButton] = []
        self._actions = QWidget(self)
        self.actions_row = QHBoxLayout(self._actions)
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        self.actions_row.setSpacing(6)
        # The search box leads the group (it has a row of its own in a very narrow window):
        # it stretches, down to a drug name's width.
        self.actions_row.addWidget(self.search, 1)
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
        self._third_row = QHBoxLayout()
        layout.addLayout(self._first_row)
        layout.addLayout(self._second_row)
        layout.addLayout(self._third_row)
        # The first row keeps its place at the top while the toolbar's height settles
        # (a row added or gone): A+ stays under the finger tap after tap.
        layout.setAlignment(self._first_row, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(0)
        self._first_row.setSpacing(6)
        self._first_row.addWidget(self.contents)
        for button in (self.back, self.forward, self.home):
            self._first_row.addWidget(button)
        self._first_row.addWidget(self.app_title)
        self._first_row.addWidget(self._actions, 3)
        # Holds the text-size controls at the right end whatever else shows or moves.
        self._first_row.addStretch(0)  # takes what is left only when nothing else stretches
        self._first_row.addSpacing(12)
        self._first_row.addWidget(self.display)
        self._first_row.addWidget(self._zoom_group)
        zoom.follow(self)  # capped (theme.MAX_POINT_SIZES); the buttons inherit it
        zoom.follow(self.app_title)
        self._percent = zoom.percent
        self._display_words = ""
        self._own_title = ""  # set_title(): e.g. the clinic's name in a kiosk
        self._display_first = True  # where _display_in_first_row() decided it goes
        retranslate_on_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.app_title.setText(self._own_title or self.tr("Informasi Obat untuk Pasien"))
        name_button(
            self.contents, self.tr("☰ Daftar isi"), self.tr("Daftar isi dan daftar istilah")
        )
        name_button(self.zoom_out, "A−", self.tr("Perkecil tulisan"))
        name_button(self.zoom_in, "A+", self.tr("Perbesar tulisan"))
        name_button(self.back, self.tr("‹ Kembali"), self.tr("Kembali ke tempat sebelumnya"))
        name_button(self.forward, self.tr("Maju ›"), self.tr("Maju lagi ke tempat berikutnya"))
        name_button(self.home, self.tr("⌂ Beranda"), self.tr("Beranda: semua artikel"))
        self._display_words = self.tr("Aa Tampilan")
        name_button(
            self.display, self._display_words, self.tr("Tampilan: bahasa, warna, ukuran tulisan")
        )
        self.search.setPlaceholderText(self.tr("Cari artikel…"))
        self.search.setAccessibleName(self.tr("Cari artikel"))
        self.search.setToolTip(self.tr("Cari di semua artikel (Ctrl+F atau /)"))
        name_button(self.open_all, self.tr("Buka semua"), self.tr("Buka semua bagian"))
        name_button(self.close_all, self.tr("Tutup semua"), self.tr("Tutup semua bagian"))
        self._name_zoom_label()

    def set_title(self, title: str) -> None:
        """Show `title` (a name, in no language) instead of the app's, in every language."""
        self._own_title = title
        self.app_title.setText(title or self.tr("Informasi Obat untuk Pasien"))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as the toolbar can arrange itself (three rows, the display button
        beside the search box), not as its rows stand now: before its first resize they
        are one, and a window maximised at that moment kept their width (807 px on an
        800 px screen under X11)."""
        hint = super().minimumSizeHint()
        margins = self.layout().contentsMargins()
        narrowest = max(
            self._fixed_width(with_title=False, with_display=False),
            SEARCH_MIN_WIDTH
            + self.actions_row.spacing()
            + self.display.sizeHint().width()
            + margins.left()
            + margins.right(),
            self._buttons_width() + margins.left() + margins.right(),
        )
        return QSize(min(hint.width(), narrowest), hint.height())

    def one_row_width(self) -> int:
        """The width every control needs to fit on one row at its natural size.

        Summed over the controls themselves: a container's size hint is cached by its
        layout and lags a zoom step behind."""

        return self._fixed_width(with_title=True) + self._search_and_buttons_width()

    def _buttons_width(self) -> int:
        """The action buttons side by side, each as wide as its label."""
        shown = [
            w
            for w in (self.open_all, self.close_all, *self._added)
            if not w.isHidden() and w.parentWidget() is self._actions
        ]
        spacing = self.actions_row.spacing() * max(0, len(shown) - 1)
        return sum(w.sizeHint().width() for w in shown) + spacing

    def _search_and_buttons_width(self) -> int:
        # The search box may shrink to its minimum; the buttons never below their labels.
        return self._search_width() + self.actions_row.spacing() + self._buttons_width() + 6

    def _search_width(self) -> int:
        """The search box at its narrowest, and the display button beside it if it is
        not in the first row."""
        if self._display_first:
            return SEARCH_MIN_WIDTH
        return SEARCH_MIN_WIDTH + self.actions_row.spacing() + self.display.sizeHint().width()

    def _fixed_width(self, *, with_title: bool, with_display: bool = True) -> int:
        """The first row without the search and the actions: the way around, the title
        (if `with_title`), the display button (if it is there and `with_display`) and
        the text-size controls."""
        parts = [self.contents, self.back, self.forward, self.home]
        if with_display and self._display_first:
            parts.append(self.display)
        if with_title:
            parts.append(self.app_title)
        # The title counts even while hidden: it comes back when there is room for it.
        shown = [w for w in parts if not w.isHidden() or w is self.app_title]
        zoom = self._zoom_group
        zoom_width = (
            sum(w.sizeHint().width() for w in zoom.children() if isinstance(w, QWidget))
            + zoom.layout().spacing() * 2
        )
        margins = self.layout().contentsMargins()
        spacing = self._first_row.spacing() * len(shown) + 12
        return (
            sum(w.sizeHint().width() for w in shown)
            + zoom_width
            + spacing
            + margins.left()
            + margins.right()
        )

    def set_rows(self, rows: int) -> None:
        """One row; two (the search box and the actions below); or three (the search box,
        then the actions), as the width requires."""
        if rows >= 3:
            if self._second_row.indexOf(self.search) < 0:
                self._second_row.addWidget(self.search, 1)
            if self._third_row.indexOf(self._actions) < 0:
                self._third_row.addWidget(self._actions, 1)
            return
        if self.actions_row.indexOf(self.search) < 0:
            self.actions_row.insertWidget(0, self.search, 1)
        self.set_compact(rows == 2)

    @property
    def rows(self) -> int:
        if self._third_row.indexOf(self._actions) >= 0:
            return 3
        return 2 if self._second_row.indexOf(self._actions) >= 0 else 1

    def set_compact(self, compact: bool) -> None:
        """Two rows (search and actions below) in a narrow window; one row otherwise."""
        if compact and self._second_row.indexOf(self._actions) < 0:
            self._second_row.addWidget(self._actions, 1)
        elif not compact and self._first_row.indexOf(self._actions) < 0:
            # Back before the text-size controls, which never move.
            spacer = self._first_row.indexOf(self._zoom_group) - 2
            self._first_row.insertWidget(spacer, self._actions, 3)

    def set_article_actions_enabled(self, enabled: bool) -> None:
        """The buttons that act on the article shown (open/close all, printing): enabled
        with an article on show, disabled (not hidden: the toolbar keeps its shape) on
        the home screen and the results."""
        for button in (self.open_all, self.close_all, *self._added):
            button.setEnabled(enabled)

    def add_action_button(self, text: str, accessible: str) -> QPushButton:
        """A button for a later feature (printing), placed after open/close all."""
        button = _button(text, accessible, self._actions)
        self._added.append(button)
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

    def _display_in_first_row(self) -> bool:
        """The display panel's button: "Aa Tampilan" in the first row where it has room,
        else "Aa" alone there (its accessible name and tooltip still say "Tampilan"),
        else (False) beside the search box. The way back, home and the text size never
        give way to it. Sets its label; _place_display() puts it in its row."""
        words = self._display_words
        metrics = self.display.fontMetrics()
        padding = self.display.sizeHint().width() - metrics.horizontalAdvance(self.display.text())
        without = self._fixed_width(with_title=False, with_display=False)
        room = self.width() - without - self._first_row.spacing() - padding
        if metrics.horizontalAdvance(words) <= room:
            wanted, first = words, True
        elif metrics.horizontalAdvance(DISPLAY_SHORT) <= room:
            wanted, first = DISPLAY_SHORT, True
        else:
            wanted, first = words, False
        if self.display.text() != wanted:
            self.display.setText(wanted)
        self._display_first = first
        return first

    def _place_display(self) -> None:
        if self._display_first:
            row, index = self._first_row, self._first_row.indexOf(self._zoom_group)
        else:  # right after the search box, in whichever row it is
            row = (
                self.actions_row if self.actions_row.indexOf(self.search) >= 0 else self._second_row
            )
            index = row.indexOf(self.search) + 1
        if row.indexOf(self.display) >= 0:
            return
        for other in (self._first_row, self._second_row, self.actions_row):
            other.removeWidget(self.display)
        row.insertWidget(index, self.display)

    def _fit_rows(self) -> None:
        self._display_in_first_row()
        width = self.width()
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        if self.one_row_width() <= width:
            self.set_rows(1)
        elif self._search_and_buttons_width() <= inner:
            self.set_rows(2)
        else:
            self.set_rows(3)
        self._place_display()
        # The title is the one part that may go: the window's title and the page say it
        # too, and a cut-off button would not be understood.
        fits = self._fixed_width(with_title=True) <= self.width()
        if self.app_title.isHidden() == fits:
            self.app_title.setVisible(fits)

    def show_zoom(self, percent: int, can_in: bool, can_out: bool) -> None:
        self._percent = percent
        self.zoom_label.setText(f"{percent}%")
        self._name_zoom_label()
        self.zoom_in.setEnabled(can_in)
        self.zoom_out.setEnabled(can_out)

    def _name_zoom_label(self) -> None:
        self.zoom_label.setAccessibleName(
            self.tr("Ukuran tulisan {percent} persen").format(percent=self._percent)
        )
