"""Moving the window between its pages (home, search results, an article) and back.

The window shows; the navigator decides where to go and remembers the way: every jump
records the Stop it leaves (History), each article's open sections and scroll position
are kept while the window is open, and Back/Forward return to a Stop as it was left,
focus included (the warning or contents entry a jump came from).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from viewer.ui.history import ArticleState, History, Page, Stop
from viewer.ui.return_point import focus_in_view

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class Navigator(QObject):
    moved = Signal()  # a new page or place is showing

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.history = History()
        self.page = Page.EMPTY
        self._states: dict[str, ArticleState] = {}

    # -- where the reader is ----------------------------------------------------------------
    @property
    def article_id(self) -> str | None:
        current = self._window.current
        return current.article.meta.id if current is not None else None

    def here(self) -> Stop:
        window = self._window
        focus = QApplication.focusWidget()
        if focus is not None and not window.isAncestorOf(focus):
            focus = None
        if self.page is Page.ARTICLE:
            return Stop(Page.ARTICLE, self.article_id, state=self._keep_state(), focus=focus)
        if self.page is Page.SEARCH:
            return Stop(Page.SEARCH, query=window.toolbar.search.text(), focus=focus)
        return Stop(self.page, focus=focus)

    def _keep_state(self) -> ArticleState | None:
        article_id = self.article_id
        if article_id is None:
            return None
        state = self._window.article_view.state()
        self._states[article_id] = state
        return state

    # -- jumps --------------------------------------------------------------------------------
    def open_start(self) -> None:
        """The first page: the one article there is, or the one `start` names, else the
        home screen (or the empty page when there is no article at all)."""
        window = self._window
        if not window.library.entries:
            window.show_empty()
            return
        first = self.start_id()
        if first is not None and self.open_article(first):
            # Keyboard users start at the article, not on a toolbar button.
            window.article_view.sections[0].header.setFocus()
            return
        window.show_home_page()
        self._arrive(Page.HOME)
        window.search.home_box.setFocus()  # keyboard users start where they can search

    def start_id(self) -> str | None:
        """The article the window starts on: the only one, or `start`; None: home."""
        window = self._window
        entries = window.library.entries
        if len(entries) == 1:
            return entries[0].meta.id
        return window.start if window.start in window.library else None

    def open_home(self) -> None:
        if self.page is Page.HOME:
            self._window.show_home_page()
            return
        self.history.leave(self.here())
        self._window.show_home_page()
        self._arrive(Page.HOME)

    def open_search(self) -> None:
        """The results page, for the query the search box holds; typing more stays on it
        (one step back, not one per letter)."""
        if self.page is not Page.SEARCH:
            self.history.leave(self.here())
        self._window.show_search_page()
        self._arrive(Page.SEARCH)

    def open_article(
        self, article_id: str, section_id: str | None = None, terms: tuple[str, ...] = ()
    ) -> bool:
        """Show an article (at a section, opened); False if it cannot be shown."""
        window = self._window
        if self.page is Page.ARTICLE and article_id == self.article_id:
            if section_id is not None:
                self.go_to_section(section_id, terms)
            return True
        article = window.reading_in.article(article_id)
        if article is None:
            window.show_unavailable(article_id)
            return False
        if self.page is not Page.EMPTY:
            self.history.leave(self.here())
        window.show_article(article)
        self._arrive(Page.ARTICLE)
        saved = self._states.get(article_id)
        if section_id is not None:
            # A link written in one language leads to the same section in another.
            section_id = window.library.section_in(article, section_id) or section_id
            window.article_view.open_section(section_id)
        elif saved is not None:
            window.article_view.restore(saved)
        if terms:
            window.article_view.mark_words(terms)  # until the reader's next action
        return True

    def go_to_section(self, section_id: str, terms: tuple[str, ...] = ()) -> None:
        """Open a section of the article shown and move there; Back returns to the control
        the reader was on (the warning, the contents entry, the link)."""
        window = self._window
        if window.article_view.section(section_id) is None:
            log.info("no section %r in %s", section_id, self.article_id)
            return
        self.history.leave(self.here())
        window.article_view.open_section(section_id)
        if terms:
            window.article_view.mark_words(terms)  # until the reader's next action
        self.moved.emit()

    def back(self) -> None:
        self._return(self.history.back)

    def forward(self) -> None:
        self._return(self.history.forward)

    def leave_search(self) -> None:
        """The search box was emptied: back where the search began, leaving no way
        forward to a search of nothing."""
        stop = self.history.drop_back()
        if stop is not None:
            self._restore(stop)

    def _return(self, step: object) -> None:
        stop = step(self.here())  # type: ignore[operator]
        if stop is None:
            return
        self._restore(stop)

    def _restore(self, stop: Stop) -> None:
        window = self._window
        if stop.page is Page.ARTICLE and stop.article_id is not None:
            if self.page is not Page.ARTICLE or stop.article_id != self.article_id:
                article = window.reading_in.article(stop.article_id)
                if article is None:  # it was shown before, so it can be again
                    return
                window.show_article(article)
            if stop.state is not None:
                window.article_view.restore(stop.state)
        elif stop.page is Page.SEARCH:
            window.search.show_query(stop.query)  # that search's results, searched again
            window.show_search_page()
        elif stop.page is Page.HOME:
            window.show_home_page()
        self._arrive(stop.page)
        self._refocus(stop.focus)

    def _refocus(self, focus: object) -> None:
        if not isinstance(focus, QWidget) or not isValid(focus):
            return
        window = self._window
        if window.side.isAncestorOf(focus) and not window.reading.side_beside:
            window.reading.open_drawer()  # the jump came from the contents in the drawer
        if focus.isVisible():
            focus_in_view(focus)
        else:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _arrive(self, page: Page) -> None:
        self.page = page
        self.moved.emit()

    # -- a new reader ------------------------------------------------------------------------
    def forget(self) -> None:
        """Nothing of the previous reader: no way back or forward, no article states."""
        self.history.clear()
        self._states.clear()
        self.moved.emit()
