"""A QTextBrowser that never leaves the content folder and grows to fit its text."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from viewer.content_images import content_image
from viewer.presentation.palette import scheme
from viewer.ui.link_colours import document_css, recolour_links
from viewer.ui.theme import current_theme

log = logging.getLogger(__name__)


class SafeTextBrowser(QTextBrowser):
    """Routes every link to `linkActivated` and loads images only from `content_root`.

    QTextBrowser would otherwise open a clicked `file:` link as a document and read any
    local file an <img> names; both are closed off here.
    """

    linkActivated = Signal(str, QPoint)  # href, global position to show a popup at  # noqa: N815

    def __init__(self, content_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content_root = content_root
        self._last_press = QPoint()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._theme = current_theme()
        self.document().setDefaultStyleSheet(document_css(scheme(self._theme)))
        self.document().setDocumentMargin(2)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.anchorClicked.connect(self._route)

    # -- colours -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and hasattr(self, "_theme"):
            self._follow_theme()

    def _follow_theme(self) -> None:
        """The links in the colours of the theme now in force (see link_colours)."""
        theme = current_theme()
        if theme is self._theme:
            return
        self._theme = theme
        colours = scheme(theme)
        self.document().setDefaultStyleSheet(document_css(colours))
        recolour_links(self.document(), colours.link_text, colours.term_text)

    # -- keyboard ----------------------------------------------------------------------
    # Tab and Shift+Tab pass the text as one stop (QTextBrowser would stop at every
    # underlined term: ten presses to get past a paragraph). Inside it, Right and Left
    # go from link to link and stop at the last; Enter opens the one selected.
    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt API
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        forward = {Qt.Key.Key_Right: True, Qt.Key.Key_Left: False}.get(Qt.Key(event.key()))
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if forward is not None and plain and self.select_next_link(forward):
            return
        super().keyPressEvent(event)

    def link_spans(self) -> list[tuple[int, int]]:
        """(start, end) of every link in the text, in reading order."""
        spans: list[tuple[int, int]] = []
        block = self.document().begin()
        while block.isValid():
            fragment_at = block.begin()
            while not fragment_at.atEnd():
                fragment = fragment_at.fragment()
                if fragment.charFormat().isAnchor():
                    start = fragment.position()
                    spans.append((start, start + fragment.length()))
                fragment_at += 1
            block = block.next()
        return spans

    def select_next_link(self, forward: bool = True) -> bool:
        """Select the next (or previous) link after the selection; False at the end."""
        cursor = self.textCursor()
        here_start, here_end = cursor.selectionStart(), cursor.selectionEnd()
        spans = self.link_spans()
        if forward:
            found = next(
                ((a, b) for a, b in spans if a >= here_end and (a, b) != (here_start, here_end)),
                None,
            )
        else:
            found = next(((a, b) for a, b in reversed(spans) if b <= here_start), None)
        if found is None:
            return False
        cursor.setPosition(found[0])
        cursor.setPosition(found[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    # -- links -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._last_press = event.globalPosition().toPoint()
        super().mousePressEvent(event)

    def _route(self, url: QUrl) -> None:
        href = url.toString()
        # Clicked with the mouse: show next to the finger; by keyboard: next to the cursor.
        if self.underMouse() and not self._last_press.isNull():
            point = self._last_press
        else:
            point = self.viewport().mapToGlobal(self.cursorRect().bottomLeft())
        self._last_press = QPoint()
        self.linkActivated.emit(href, point)

    def setSource(self, name: QUrl, type: object = None) -> None:  # noqa: N802 - Qt API
        # Navigation is the window's business; never replace the document with a file.
        log.warning("refused navigation to %s", name.toString())

    def loadResource(self, type: int, name: QUrl) -> object:  # noqa: N802 - Qt API
        return content_image(self._content_root, type, name)

    # -- size ----------------------------------------------------------------------------
    def _fit_height(self, size: object = None) -> None:
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 2
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(super().sizeHint().width(), int(self.document().size().height()) + 4)
