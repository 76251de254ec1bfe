"""One collapsible section: a large header button that opens and closes its body."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.listen_button import listen_button, set_listen_state
from viewer.ui.safe_browser import SafeTextBrowser
from viewer.ui.zoom import Zoom

MIN_TOUCH_TARGET = 44  # px at the default zoom (WCAG 2.5.5 / platform guidelines)


class OpenMark(QWidget):
    """The ▸ / ▾ before a heading, painted: as a label a screen reader would read the
    arrow out loud, though the header's own name already says open or closed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._text = "▸"

    def text(self) -> str:
        return self._text

    def set_open(self, is_open: bool) -> None:
        self._text = "▾" if is_open else "▸"
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("▾▸") // 2 + 2, metrics.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.setFont(self.font())
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(self.rect(), align, self._text)


class SectionHeader(QPushButton):
    """A checkable button: checked means open. Enter toggles it as Space does.

    The heading is a word-wrapping label inside the button, because a button's own text
    never wraps: at a large zoom a long heading would push the article off the screen.
    """

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading
        self.setCheckable(True)
        self.setObjectName("sectionHeader")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.arrow = OpenMark(self)
        self.arrow.setObjectName("sectionArrow")
        self.label = QLabel(heading, self)
        self.label.setObjectName("sectionHeading")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # author text is never markup
        for label in (self.arrow, self.label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(10)
        layout.addWidget(self.arrow, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.toggled.connect(self._describe)
        self._describe(False)

    # The layout of labels decides the size, not the (empty) button text.
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = self.layout().sizeHint()
        return QSize(hint.width(), max(MIN_TOUCH_TARGET, hint.height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(MIN_TOUCH_TARGET * 2, MIN_TOUCH_TARGET)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return max(MIN_TOUCH_TARGET, self.layout().totalHeightForWidth(width))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)

    @Slot(bool)
    def _describe(self, is_open: bool) -> None:
        self.arrow.set_open(is_open)
        state = self.tr("terbuka") if is_open else self.tr("tertutup")
        # Screen readers hear the heading and whether it is open; the checked state
        # carries the same to assistive technology that reads states.
        self.setAccessibleName(
            self.tr("{heading}, bagian {state}").format(heading=self.heading, state=state)
        )
        action = self.tr("tutup") if is_open else self.tr("buka")
        self.setAccessibleDescription(
            self.tr("Tekan Enter atau Spasi untuk {action} bagian ini").format(action=action)
        )
        self.setToolTip(self.tr("Ketuk untuk {action} bagian ini").format(action=action))


class SectionWidget(QWidget):
    """Header plus body; the body is a SafeTextBrowser hidden while the section is closed."""

    toggled = Signal(str, bool)
    linkActivated = Signal(str, QPoint)  # noqa: N815 - mirrors Qt's naming
    listenRequested = Signal(str)  # noqa: N815 - the section id

    def __init__(
        self,
        section_id: str,
        heading: str,
        html: str,
        content_root: Path,
        zoom: Zoom,
        parent: QWidget | None = None,
    ) -> None:
        """Made after the window has its font, it follows `zoom` itself (see Zoom)."""
        super().__init__(parent)
        self._zoom = zoom
        self.section_id = section_id
        self.header = SectionHeader(heading, self)
        self._html = html
        self._content_root = content_root
        self._body: SafeTextBrowser | None = None
        # Whether "Dengarkan" is offered, and why the computer cannot speak (set_listen).
        self._listen_offered = False
        self._listen_reason = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        self.header.toggled.connect(self._on_toggled)
        for widget in (self, self.header.arrow, self.header.label):
            zoom.follow(widget)

    @property
    def body(self) -> SafeTextBrowser:
        """The section's text, made when first needed: most sections start closed."""
        if self._body is None:
            body = SafeTextBrowser(self._content_root, self)
            body.setObjectName("sectionBody")
            body.setAccessibleName(self.header.heading)
            self._zoom.follow(body)  # made after the section has its font: see Zoom
            body.setVisible(False)
            body.setHtml(self._html)
            body.linkActivated.connect(self.linkActivated)
            # "Dengarkan" first in the open section, then its text.
            self.listen = listen_button(
                self.tr("▶ Dengarkan"),
                self.tr("Dengarkan bagian {heading}").format(heading=self.header.heading),
                self,
            )
            self._zoom.follow(self.listen)
            self.listen.clicked.connect(lambda: self.listenRequested.emit(self.section_id))
            self.listen.setVisible(False)
            self.layout().addWidget(self.listen)
            self.layout().addWidget(body)
            # Made late, they would come last in the Tab order: right after the header.
            QWidget.setTabOrder(self.header, self.listen)
            QWidget.setTabOrder(self.listen, body)
            self._body = body
        return self._body

    def set_listen(self, offered: bool, reason: str) -> None:
        self._listen_offered, self._listen_reason = offered, reason
        self.show_listen_state()

    def show_listen_state(self) -> None:
        if self._body is None:
            return
        offered = self._listen_offered and self.is_open
        set_listen_state(self.listen, offered, self._listen_reason)

    @property
    def body_made(self) -> bool:
        return self._body is not None

    @property
    def is_open(self) -> bool:
        return self.header.isChecked()

    def set_open(self, is_open: bool) -> None:
        self.header.setChecked(is_open)

    @Slot(bool)
    def _on_toggled(self, is_open: bool) -> None:
        if is_open or self._body is not None:
            self.body.setVisible(is_open)
            self.show_listen_state()
        self.toggled.emit(self.section_id, is_open)

    def plain_text(self) -> str:
        return self.body.toPlainText()
