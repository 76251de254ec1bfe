"""The language each article is read in: the interface's, unless the reader chose
another for that article (its "Baca dalam:" button, or a search hit found in another
language's text). Kept while the window is open; the kiosk's reset forgets it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

if TYPE_CHECKING:
    from viewer.content.model import Article
    from viewer.ui.main_window import MainWindow


class ArticleLanguages(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._chosen: dict[str, str] = {}

    def wanted(self, article_id: str) -> str:
        return self._chosen.get(article_id, self._window.language)

    def article(self, article_id: str) -> Article | None:
        """The article in the language it is read in; the original where it has no such
        variant."""
        return self._window.library.article(article_id, self.wanted(article_id))

    @Slot(str)
    def read_shown_in(self, language: str) -> None:
        """The reader chose another language for the article on show (its own button)."""
        window = self._window
        if window.current is None:
            return
        self.read_in(window.current.article.meta.id, language)
        buttons = window.article_view.languages.buttons
        (buttons[0] if buttons else window.article_view.title).setFocus()

    def read_in(self, article_id: str, language: str) -> None:
        """Read `article_id` in `language` from now on; the article on show, if it is
        that one, is shown again in it."""
        if self.wanted(article_id) == language:
            return
        self._chosen[article_id] = language
        if self._shown_id() == article_id:
            self._window.read_aloud.stop()
            self.show_again(article_id)

    def show_again(self, article_id: str) -> None:
        """The article on show in the language now wanted, open and scrolled as it was.
        Sections are matched by their place, not their ids: a translation's headings
        differ, its sections do not (check makes sure)."""
        window = self._window
        state = window.article_view.state()
        article = self.article(article_id)
        if article is None:
            return
        window.show_article(article)
        window.article_view.restore(state)

    def forget(self) -> None:
        """Every article in the interface's language again, the one on show included."""
        self._chosen.clear()
        current = self._window.current
        if current is not None and current.article.meta.language != self._window.language:
            self.show_again(current.article.meta.id)

    def _shown_id(self) -> str | None:
        window = self._window
        if not window.showing_article or window.current is None:
            return None
        return window.current.article.meta.id
