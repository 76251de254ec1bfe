"""The article: its title, then the summary and every section as collapsible widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from viewer.content.render import RenderedArticle
from viewer.content.slug import SUMMARY_ID
from viewer.ui.article_language import ArticleLanguageBar
from viewer.ui.buttons import enter_presses
from viewer.ui.history import ArticleState
from viewer.ui.language import retranslate_on_change
from viewer.ui.listen_button import listen_button, name_listen_button, set_listen_state
from viewer.ui.section_widget import MIN_TOUCH_TARGET, SectionWidget
from viewer.ui.text_marks import find_spans, mark
from viewer.ui.touch_scroll import touch_viewport
from viewer.ui.zoom import Zoom


class ArticleView(QScrollArea):
    linkActivated = Signal(str, QPoint)  # noqa: N815 - mirrors Qt's naming
    relatedRequested = Signal(str)  # noqa: N815 - an article of "Lihat juga", by id
    listenRequested = Signal(str)  # noqa: N815 - a section id, or "" for the whole article

    def __init__(self, content_root: Path, zoom: Zoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content_root = content_root
        self._zoom = zoom
        self._sections: list[SectionWidget] = []
        self._marked: tuple[str, ...] = ()
        self.setObjectName("articleView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        touch_viewport(self)
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
        self.languages = ArticleLanguageBar(zoom, self._page)
        self._layout.addWidget(self.languages)
        self.listen_all = listen_button("", "", self._page)
        self.listen_all.clicked.connect(lambda: self.listenRequested.emit(""))
        self.listen_all.hide()
        self._listen: tuple[bool, str] = (False, "")
        self._layout.addWidget(self.listen_all)
        zoom.follow(self.listen_all)
        # "Lihat juga": the article's related articles, after its last section.
        self.see_also = QFrame(self._page)
        self.see_also.setObjectName("seeAlso")
        self._see_also_layout = QVBoxLayout(self.see_also)
        self._see_also_layout.setContentsMargins(0, 12, 0, 0)
        self.see_also_heading = QLabel(self.see_also)
        self.see_also_heading.setObjectName("seeAlsoHeading")
        self._see_also_layout.addWidget(self.see_also_heading)
        self._related: list[QPushButton] = []
        self._layout.addWidget(self.see_also)
        self.see_also.hide()
        self._layout.addStretch(1)
        self.setWidget(self._page)
        zoom.follow(self.title)
        retranslate_on_change(self, self._retranslate)

    def _retranslate(self) -> None:
        # The sections, the summary's heading and "Lihat juga"'s titles are the article's:
        # the window shows the article again in the new language.
        name_listen_button(
            self.listen_all, self.tr("▶ Bacakan semua"), self.tr("Bacakan seluruh artikel")
        )
        self.see_also_heading.setText(self.tr("Lihat juga"))

    def show_article(self, rendered: RenderedArticle) -> None:
        self._marked = ()
        for widget in self._sections:
            self._layout.removeWidget(widget)
            widget.hide()  # gone now for a screen reader too, not when deleted
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

    def set_listen(self, offered: bool, reason: str) -> None:
        """Offer "Dengarkan" and "Bacakan semua" (or not), disabled with `reason`."""
        self._listen = (offered, reason)
        set_listen_state(self.listen_all, offered, reason)
        for widget in self._sections:
            widget.set_listen(offered, reason)

    def _add(self, widget: SectionWidget) -> None:
        widget.linkActivated.connect(self.linkActivated)
        widget.listenRequested.connect(self.listenRequested)
        widget.set_listen(*self._listen)
        self._sections.append(widget)
        # Before "Lihat juga" and the stretch.
        self._layout.insertWidget(self._layout.count() - 2, widget)

    def show_related(self, related: list[tuple[str, str]]) -> None:
        """(id, title) of each related article, as buttons under "Lihat juga"."""
        for button in self._related:
            self._see_also_layout.removeWidget(button)
            button.deleteLater()
        self._related.clear()
        for article_id, title in related:
            button = enter_presses(QPushButton(title, self.see_also))
            button.setObjectName("relatedArticle")
            button.setAccessibleName(self.tr("Lihat juga: {title}").format(title=title))
            button.setMinimumHeight(MIN_TOUCH_TARGET)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, i=article_id: self.relatedRequested.emit(i))
            self._zoom.follow(button)
            self._see_also_layout.addWidget(button)
            self._related.append(button)
        self.see_also.setVisible(bool(related))

    @property
    def related_buttons(self) -> tuple[QPushButton, ...]:
        return tuple(self._related)

    # -- marks --------------------------------------------------------------------------
    def mark_words(self, words: tuple[str, ...]) -> None:
        """Mark a search's words (word prefixes, folded) in every section made so far."""
        self._marked = words
        for widget in self._sections:
            if widget.body_made:
                spans = find_spans(widget.body.toPlainText(), words, word_start=True)
                mark(widget.body, spans)

    def clear_marks(self) -> None:
        if not self._marked:
            return
        self._marked = ()
        for widget in self._sections:
            if widget.body_made:
                mark(widget.body, ())

    @property
    def marked(self) -> tuple[str, ...]:
        return self._marked

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

    def state(self) -> ArticleState:
        """How the article looks now: for coming back to it as the reader left it."""
        opened = frozenset(place for place, w in enumerate(self._sections) if w.is_open)
        return ArticleState(opened, self.verticalScrollBar().value())

    def restore(self, state: ArticleState) -> None:
        for place, widget in enumerate(self._sections):
            widget.set_open(place in state.open_places)
        self._page.layout().activate()
        self.verticalScrollBar().setValue(state.scroll)
        # The layout may settle once more when the event loop runs (wrapped headings).
        QTimer.singleShot(0, self, lambda: self.verticalScrollBar().setValue(state.scroll))

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
