"""Search as the reader types: the toolbar's box and the home screen's, the results
page, and the index behind them, built in a worker thread after the first paint.

The index is a cache (viewer.search): it is filled from the files in the background
and never decides what is shown. A hit for an article that is not on the window's
shelf (a kiosk shows only its chosen ones) is dropped, and opening a hit loads the
article from its file as any other way of opening it does.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from viewer.search.results import SearchResult
from viewer.ui.history import Page
from viewer.ui.language import retranslate_on_change
from viewer.ui.section_widget import MIN_TOUCH_TARGET

if TYPE_CHECKING:
    from pathlib import Path

    from viewer.search.index import SearchIndex
    from viewer.ui.main_window import MainWindow

log = logging.getLogger(__name__)
RESULT_LIMIT = 30


class LibraryIndex(QObject):
    """The search index of the window's content folder, built off the GUI thread."""

    ready = Signal()  # emitted by the worker when the build has finished
    completed = Signal()  # the same, in the GUI thread, once `complete` is set

    def __init__(self, root: Path, cache_dir: Path | None, parent: QObject) -> None:
        super().__init__(parent)
        self._root = root
        self._cache_dir = cache_dir
        self.index: SearchIndex | None = None  # made by the worker: its imports are heavy
        self.complete = False
        self._thread: threading.Thread | None = None
        self._building: SearchIndex | None = None
        self._stopping = threading.Event()
        # A worker still importing or writing when Python shuts down can hold a lock the
        # shutdown needs (the window then never exits): it is stopped and waited for.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self.ready.connect(self._mark_complete)

    def start(self) -> None:
        """Build or refresh the index in a worker thread (once)."""
        if self._thread is not None:
            return
        # A daemon: a reader closing the window mid-build must not wait for it.
        self._thread = threading.Thread(target=self._build, name="search-index", daemon=True)
        self._thread.start()

    def _build(self) -> None:
        try:
            from viewer.search.index import SearchIndex

            index = SearchIndex(self._root, self._cache_dir)
            self._building = index
            if self._stopping.is_set():
                return
            index.update()
            self.index = index  # searched from now on (one reference: an atomic step)
        except Exception:  # the index logs its own troubles; this is a bug
            log.exception("the search index could not be built")
        # Emitted from the worker: Qt queues it to the GUI thread. The window may have
        # been closed and deleted meanwhile; then nobody is waiting for it.
        try:
            self.ready.emit()
        except RuntimeError:
            log.debug("search index built after its window was gone")

    @Slot()
    def _mark_complete(self) -> None:
        # One slot sets the flag and tells the window: a page refreshed on `ready` while
        # `complete` was still False (or the other way round) would say the wrong thing.
        self.complete = True
        self.completed.emit()

    @Slot()
    def stop(self, timeout: float = 10) -> None:
        """Stop a build after the file it is on, and wait for the worker (at quit)."""
        self._stopping.set()
        if self._building is not None:
            self._building.cancel()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("the search index worker did not stop within %s s", timeout)

    def wait(self, timeout: float | None = None) -> bool:
        """For tests and benchmarks: build now if no paint has started it yet, and wait
        for the build; True if it has finished."""
        self.start()
        assert self._thread is not None
        self._thread.join(timeout)
        return not self._thread.is_alive()


class SearchController(QObject):
    """Connects the search boxes, the results page and the navigator of one window."""

    def __init__(self, window: MainWindow, cache_dir: Path | None) -> None:
        super().__init__(window)
        self._window = window
        self.library_index = LibraryIndex(window.library.root, cache_dir, self)
        self.library_index.completed.connect(self._refresh)
        self.result: SearchResult | None = None
        self._painted_widget: QObject | None = None
        bar = window.toolbar.search
        bar.textChanged.connect(self._typed)
        bar.returnPressed.connect(self.open_first)
        bar.installEventFilter(self)
        # The home screen's own box: large, first on the page; what is typed there goes
        # on in the toolbar's box, which stays in view on the results page.
        self.home_box = QLineEdit()
        self.home_box.setObjectName("homeSearch")
        retranslate_on_change(self.home_box, self._retranslate)
        self.home_box.setClearButtonEnabled(True)
        self.home_box.setMinimumHeight(MIN_TOUCH_TARGET + 8)
        self.home_box.textEdited.connect(self._typed_at_home)
        window.home.set_header_widget(self.home_box)
        window.zoom.follow(self.home_box)  # made after the screen has its font: see Zoom
        window.search_page.result_chosen.connect(self._open_hit)

    def _retranslate(self) -> None:
        self.home_box.setPlaceholderText(self.tr("Cari artikel, obat, atau keluhan…"))
        self.home_box.setAccessibleName(self.tr("Cari artikel"))

    def start_after_first_paint(self, widget: QObject) -> None:
        """Build the index once `widget` has painted: the worker shares the interpreter
        with the window, and the first frame must not wait for it."""
        self._painted_widget = widget
        widget.installEventFilter(self)

    def _first_paint_seen(self) -> None:
        self._painted_widget.removeEventFilter(self)
        log.debug("first paint done: building the search index")
        QTimer.singleShot(0, self, self.library_index.start)

    # -- typing ------------------------------------------------------------------------
    @Slot(str)
    def _typed_at_home(self, text: str) -> None:
        bar = self._window.toolbar.search
        bar.setText(text)
        bar.setFocus(Qt.FocusReason.OtherFocusReason)
        bar.setCursorPosition(len(text))
        self.home_box.clear()

    @Slot(str)
    def _typed(self, text: str) -> None:
        navigator = self._window.navigator
        if not text.strip():
            self.result = None
            if navigator.page is Page.SEARCH:
                navigator.leave_search()  # the box emptied: back where the search began
            return
        self.result = self.search(text)
        navigator.open_search()
        self._show()

    def show_query(self, query: str) -> None:
        """Put `query` in the box and its results on the page (Back to a search)."""
        self._set_box(query)
        self.result = self.search(query) if query.strip() else None
        self._show()

    def _set_box(self, text: str) -> None:
        """The toolbar's box shows `text`, without searching it (no textChanged)."""
        box = self._window.toolbar.search
        blocked = box.blockSignals(True)
        box.setText(text)
        box.blockSignals(blocked)

    def search(self, text: str) -> SearchResult:
        """The index's hits for `text`, only for articles this window offers."""
        index = self.library_index.index
        if index is None:  # not built yet: the page says the list is still being made
            return SearchResult(text)
        result = index.search(text, RESULT_LIMIT)
        shelf = self._window.library
        hits = tuple(hit for hit in result.hits if hit.article_id in shelf)
        return SearchResult(result.query, hits, result.terms)

    def _show(self) -> None:
        if self.result is not None:
            page = self._window.search_page
            page.show_result(self.result, complete=self.library_index.complete)

    @Slot()
    def _refresh(self) -> None:
        """The index is complete: the results on show are searched again."""
        if self._window.navigator.page is Page.SEARCH and self.result is not None:
            self.result = self.search(self.result.query)
            self._show()

    # -- choosing ----------------------------------------------------------------------
    @Slot()
    def open_first(self) -> None:
        if self.result is not None and self.result.hits:
            hit = self.result.hits[0]
            self._open_hit(hit.article_id, hit.section_id, self.result.terms, hit.language)

    @Slot(str, object, tuple, str)
    def _open_hit(
        self, article_id: str, section_id: str | None, terms: tuple, language: str
    ) -> None:
        """The article in the language of the text that matched (words found in the
        English variant open it, whatever the interface's language)."""
        window = self._window
        window.reading_in.read_in(article_id, language)
        window.navigator.open_article(article_id, section_id, tuple(terms))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and watched is self._painted_widget:
            self._first_paint_seen()
            return False
        # Down from the box goes to the first result, as in a browser's address bar.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self._window.navigator.page is Page.SEARCH
        ):
            cards = self._window.search_page.cards()
            if cards:
                cards[0].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

    def focus_box(self) -> None:
        """Ctrl+F or "/" outside an article: the box of the page on show."""
        window = self._window
        if window.navigator.page is Page.HOME:
            window.home.ensureWidgetVisible(self.home_box)
            self.home_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            window.toolbar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            window.toolbar.search.selectAll()

    def clear(self) -> None:
        """A new reader: no query anywhere."""
        self.result = None
        self.home_box.clear()
        self._set_box("")
