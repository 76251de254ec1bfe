"""The article: its title, then the summary and every section as collapsible widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from viewer.content.render import RenderedArticle
from viewer.content.slug import SUMMARY_ID
from viewer.ui.section_widget import SectionWidget
from viewer.ui.zoom import Zoom


class ArticleView(QScrollArea):
    linkActivated = Signal(str, QPoint)  # noqa: N815 - mirrors Qt's naming

    def __init__(self, content_root: Path, zoom: Zoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content_root = content_root
        self._zoom = zoom
        self._sections: list[SectionWidget] = []
        self.setObjectName("articleView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A viewport of our own, as the risk panel's: for the one Qt makes, viewport() has
        # PySide look through every widget class for its type (~10-15 ms, once a process,
        # before the first frame).
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")
        self.setViewport(viewport)
        # A finger drag scrolls on touch screens; the mouse keeps selecting text.
        QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
        self._page = QWidget()
        self._page.setObjectName("articlePage")
        self._layout = QVBoxLayout(self._page)
        self._layout.setContentsMargins(24, 16, 24, 24)
        self._layout.setSpacing(10)
        self.title = QLabel()
        self.title.setObjectName("articleTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # author text is never markup
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Title and stretch stay for good; sections come and go between them. (Taking
        # every item out with takeAt() left each one to nobody: a leak on every switch.)
        self._layout.addWidget(self.title)
        self._layout.addStretch(1)
        self.setWidget(self._page)
        zoom.follow(self.title)

    def show_article(self, rendered: RenderedArticle) -> None:
        for widget in self._sections:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self._sections.clear()
        self.title.setText(rendered.article.meta.title)
        self.title.setAccessibleName(rendered.article.meta.title)
        summary = SectionWidget(
            SUMMARY_ID,
            self.tr("Ringkasan"),
            f"<p>{rendered.summary_html}</p>",
            self._content_root,
            self._zoom,
            self._page,
        )
        self._add(summary)
        for section in rendered.sections:
            self._add(
                SectionWidget(
                    section.id,
                    section.heading,
                    section.html,
                    self._content_root,
                    self._zoom,
                    self._page,
                )
            )
        self.reset()

    def _add(self, widget: SectionWidget) -> None:
        widget.linkActivated.connect(self.linkActivated)
        self._sections.append(widget)
        self._layout.insertWidget(self._layout.count() - 1, widget)  # before the stretch

    # -- state --------------------------------------------------------------------------
    @property
    def sections(self) -> tuple[SectionWidget, ...]:
        return tuple(self._sections)

    def section(self, section_id: str) -> SectionWidget | None:
        return next((s for s in self._sections if s.section_id == section_id), None)

    def reset(self) -> None:
        """The start state: only the summary open, scrolled to the top."""
        for widget in self._sections:
            widget.set_open(widget.section_id == SUMMARY_ID)
        self.verticalScrollBar().setValue(0)

    def open_all(self) -> None:
        for widget in self._sections:
            widget.set_open(True)

    def close_all(self) -> None:
        for widget in self._sections:
            widget.set_open(False)

    def open_section(self, section_id: str) -> bool:
        """Open a section and bring its header to the top of the view."""
        widget = self.section(section_id)
        if widget is None:
            return False
        widget.set_open(True)
        widget.header.setFocus(Qt.FocusReason.OtherFocusReason)
        # The layout settles after the event loop runs; scroll once it has.
        QTimer.singleShot(0, widget, lambda: self.scroll_to(widget))
        return True

    def scroll_to(self, widget: SectionWidget) -> None:
        self._page.layout().activate()
        self.verticalScrollBar().setValue(widget.y() - self._layout.spacing())
