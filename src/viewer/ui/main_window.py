"""The main window: toolbar, then a page (the home screen, search results or an article
with its contents, glossary and risk panel), then the info bar."""

from __future__ import annotations

import datetime as dt
import logging
import os

from PySide6.QtCore import QPoint, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from viewer.clinic_settings import ClinicSettings
from viewer.content.model import Article, Glossary, Library
from viewer.content.render import (
    RenderedArticle,
    render_article,
)
from viewer.content.shelf import Shelf
from viewer.settings import save_zoom
from viewer.ui.article_languages import ArticleLanguages
from viewer.ui.article_view import SUMMARY_ID, ArticleView
from viewer.ui.buttons import enter_presses
from viewer.ui.display_choices import DisplayChoices
from viewer.ui.display_panel import DisplayPanel
from viewer.ui.find_bar import FindBar
from viewer.ui.glossary_panel import GlossaryPanel
from viewer.ui.glossary_popup import GlossaryPopup
from viewer.ui.history import Page
from viewer.ui.home_screen import HomeScreen
from viewer.ui.info_bar import InfoBar
from viewer.ui.language import LanguageSwitch, retranslate_on_change
from viewer.ui.library_search import SearchController
from viewer.ui.link_router import follow_link
from viewer.ui.navigator import Navigator
from viewer.ui.read_aloud import ReadAloud
from viewer.ui.reading_area import ReadingArea
from viewer.ui.risk_panel import RiskPanel
from viewer.ui.search_page import SearchPage
from viewer.ui.theme import capped, set_themed_stylesheet
from viewer.ui.toc_panel import TocPanel
from viewer.ui.toolbar import ReaderToolbar
from viewer.ui.window_input import WindowInput, install_shortcuts
from viewer.ui.window_mode import DesktopMode, WindowMode
from viewer.ui.window_place import remember_place
from viewer.ui.zoom import Zoom
from viewer.user_dirs import cache_dir

log = logging.getLogger(__name__)
NARROW_WIDTH = 1000  # below this the emergency number gets a row of its own


def current_date() -> dt.date:
    return dt.date.today()


class MainWindow(QMainWindow):
    def __init__(
        self,
        library: Library | Shelf,
        clinic: ClinicSettings,
        zoom: Zoom,
        today: dt.date | None = None,
        *,
        mode: WindowMode | None = None,
        start: str | None = None,
        theme: str = "system",
    ) -> None:
        """`mode` frames and guards the window (see window_mode); an ordinary desktop
        window without one. With more than one article the window opens on the home
        screen, or on the article `start` names. `theme` is the colour choice in force
        (the application has it already); the interface language is the application's
        (LanguageSwitch)."""
        self.mode: WindowMode = mode or DesktopMode()
        super().__init__(None, self.mode.window_flags)
        if self.mode.style_sheet:
            # On the window, before any child exists: each child is polished once.
            set_themed_stylesheet(self, self.mode.style_sheet)
        self.library = library if isinstance(library, Shelf) else Shelf.from_library(library)
        self.start = start
        self.clinic = clinic
        self.zoom = zoom
        self._fixed_today = today  # tests fix the date; None: the calendar's
        self.current: RenderedArticle | None = None
        self._rendered: dict[str, RenderedArticle] = {}
        self._glossary_shown: str | None = None  # the language of the glossary listed
        # The language each article is read in, where the reader chose one for it.
        self.reading_in = ArticleLanguages(self)
        self.language_switch = LanguageSwitch.of(QApplication.instance())
        self.setObjectName("mainWindow")

        self.toolbar = ReaderToolbar(zoom, self)
        self.navigator = Navigator(self)
        self.notice = QFrame(self)
        self.notice.setObjectName("noticeBar")
        self.notice_text = QLabel(self.notice)
        self.notice_text.setWordWrap(True)
        self.notice_text.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_close = enter_presses(QPushButton(self.notice))
        self.notice_close.clicked.connect(self.notice.hide)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.addWidget(self.notice_text, 1)
        notice_layout.addWidget(self.notice_close, 0, Qt.AlignmentFlag.AlignTop)
        self.notice.hide()

        self.article_view = ArticleView(self.library.root, zoom, self)
        self.risk_panel = RiskPanel(self)
        self.toc = TocPanel(self)
        self.glossary_panel = GlossaryPanel(self)
        self.side = QTabWidget(self)
        self.side.setObjectName("sidePanel")
        self.side.addTab(self.toc, "")
        self.side.addTab(self.glossary_panel, "")
        # It scrolls: a small minimum height keeps the window's own minimum below a kiosk
        # screen's height even at the largest text size with a notice showing. (The
        # article's minimum is the reading area's plan: ReadingArea sets it.)
        self.side.setMinimumHeight(120)
        self.info_bar = InfoBar(clinic.emergency_number, zoom, self)
        self.empty_page = QLabel(self)
        self.empty_page.setObjectName("emptyPage")
        self.empty_page.setWordWrap(True)
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_page.hide()

        self.reading = ReadingArea(self.side, self.article_view, self.risk_panel, self)
        kiosk = self.mode.style_sheet != ""
        self.home = HomeScreen(zoom, self, kiosk=kiosk)
        self.search_page = SearchPage(zoom, clinic.emergency_number, self, kiosk=kiosk)
        self.pages = QStackedWidget(self)
        for page in (self.home, self.reading, self.search_page, self.empty_page):
            self.pages.addWidget(page)
        self.find_bar = FindBar(self.article_view, zoom, self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget in (self.toolbar, self.notice, self.find_bar):
            layout.addWidget(widget)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.info_bar)
        self.setCentralWidget(central)
        # The emergency number and the disclaimer stay in view even under a definition.
        self.popup = GlossaryPopup(central, zoom, keep_clear=self.info_bar)
        # Language, colours, text size: a card over the page, under its toolbar button.
        self.display_panel = DisplayPanel(zoom, central, anchor=self.toolbar.display)
        self.display_choices = DisplayChoices(self, theme)
        # PATIENT_VIEWER_SPEECH_ENGINE names an engine (tests: "mock"); else the platform's.
        engine = os.environ.get("PATIENT_VIEWER_SPEECH_ENGINE") or None
        self.read_aloud = ReadAloud(self, engine=engine, remember=self.mode.remember_view)
        layout.insertWidget(layout.indexOf(self.find_bar) + 1, self.read_aloud.bar)

        self.search = SearchController(self, cache_dir())
        self._connect()
        self.key_actions = install_shortcuts(self)
        self.window_input = WindowInput(self)
        retranslate_on_change(self, self._retranslate)
        self._show_problems()
        # The text size: set on the window and the side panel (capped), inherited by
        # every part made so far; the parts made later follow the zoom themselves.
        self.zoom.follow(self)
        self.zoom.follow(self.side)
        self.risk_panel.set_zoom(self._risk_point_size())  # its scaled parts and icons
        self.home.show_articles(self.library.metas(self.language))
        self.navigator.open_start()
        self._follow_zoom(self.zoom.percent)
        self.mode.attach(self)
        self.search.start_after_first_paint(central)

    @property
    def showing_article(self) -> bool:
        return self.current is not None and self.pages.currentWidget() is self.reading

    @property
    def today(self) -> dt.date:
        """The date now, read each time: a kiosk runs for weeks, and whether an article is
        overdue for review, and the handout's date, must follow the calendar."""
        return self._fixed_today or current_date()

    # -- wiring ---------------------------------------------------------------------------
    def _connect(self) -> None:
        bar = self.toolbar
        bar.zoom_in.clicked.connect(self.zoom.zoom_in)
        bar.zoom_out.clicked.connect(self.zoom.zoom_out)
        bar.open_all.clicked.connect(self.article_view.open_all)
        bar.close_all.clicked.connect(self.article_view.close_all)
        bar.back.clicked.connect(self.go_back)
        bar.forward.clicked.connect(self.go_forward)
        bar.home.clicked.connect(self.navigator.open_home)
        self.home.article_chosen.connect(self.open_article)
        self.article_view.relatedRequested.connect(self.open_article)
        self.navigator.moved.connect(self._after_moving)
        bar.contents.clicked.connect(self.reading.toggle_drawer)
        self.reading.drawerChanged.connect(bar.contents.setChecked)
        self.reading.arranged.connect(self._after_arranging)
        self.zoom.changed.connect(self._apply_zoom)
        self.language_switch.changed.connect(self.show_language)
        self.article_view.languages.languageChosen.connect(self.reading_in.read_shown_in)
        self.toc.sectionRequested.connect(self.go_to_section)
        self.risk_panel.sectionRequested.connect(self.go_to_section)
        self.article_view.linkActivated.connect(self.follow_link)
        self.risk_panel.linkActivated.connect(self.follow_link)

    # -- words and colours ------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The interface language."""
        return self.language_switch.language

    def _retranslate(self) -> None:
        self.notice_close.setText(self.tr("Tutup"))
        if self.pages.currentWidget() is self.empty_page:
            self.empty_page.setText(self._empty_words())
        self.side.setTabText(self.side.indexOf(self.toc), self.tr("Daftar isi"))
        self.side.setTabText(self.side.indexOf(self.glossary_panel), self.tr("Istilah"))
        self._show_title()

    def _show_title(self) -> None:
        page = self.pages.currentWidget()
        if page is self.home:
            title = self.tr("Beranda — Informasi Obat untuk Pasien")
        elif page is self.search_page:
            title = self.tr("Pencarian — Informasi Obat untuk Pasien")
        elif page is self.reading and self.current is not None:
            title = self.tr("{title} — Informasi Obat untuk Pasien").format(
                title=self.current.article.meta.title
            )
        else:
            title = self.tr("Informasi Obat untuk Pasien")
        self.setWindowTitle(title)

    @Slot(str)
    def show_language(self, language: str) -> None:
        """Everything the articles say, again in `language` where they have it: the cards,
        the article on show (its variant, as far as the reader had read), the results."""
        self.popup.hide()
        self.read_aloud.stop()  # the voice is the old language's
        # A notice is in the old language: the content problems' is said again, any
        # other (a print error, a link not followed) was about a moment already past.
        self.notice.hide()
        self._show_problems()
        self.home.show_articles(self.library.metas(language))
        if self.showing_article and self.current is not None:
            self.reading_in.show_again(self.current.article.meta.id)
        if self.navigator.page is Page.SEARCH:
            self.search.show_query(self.toolbar.search.text())
        self._show_title()

    # -- pages --------------------------------------------------------------------------
    def _empty_words(self) -> str:
        return self.tr(
            "Belum ada artikel yang dapat ditampilkan.\n\n"
            "Mohon beri tahu petugas klinik. Petugas dapat memeriksa folder konten "
            "dengan perintah: patient-viewer check"
        )

    def show_empty(self) -> None:
        self.empty_page.setText(self._empty_words())
        self.pages.setCurrentWidget(self.empty_page)
        self.navigator.page = Page.EMPTY
        self._show_article_tools(False)

    def _show_article_tools(self, shown: bool) -> None:
        # The disclaimer and the emergency number stay on every page.
        self.info_bar.dates.setVisible(shown)
        # Disabled, not hidden, away from an article: the toolbar keeps its shape, so no
        # control moves from under a finger when the page changes.
        self.toolbar.set_article_actions_enabled(shown)
        self._after_arranging()  # the contents button: only beside an article

    @Slot()
    def find(self) -> None:
        """Ctrl+F: in an article, find in it; elsewhere, search the library."""
        if self.navigator.page is Page.ARTICLE:
            self.find_bar.open_bar()
        else:
            self.search.focus_box()

    def show_search_page(self) -> None:
        self.popup.hide()
        self.find_bar.close_bar()
        self.pages.setCurrentWidget(self.search_page)
        self._show_article_tools(False)
        self._show_title()

    def show_home_page(self) -> None:
        self.popup.hide()
        self.find_bar.close_bar()
        self.reading.close_drawer()
        self.pages.setCurrentWidget(self.home)
        self._show_article_tools(False)
        self._show_title()

    @Slot(str)
    def open_article(self, article_id: str, section_id: str | None = None) -> bool:
        """Show an article from the library (at a section); False if it cannot be shown."""
        return self.navigator.open_article(article_id, section_id)

    def show_unavailable(self, article_id: str) -> None:
        log.warning("article %r cannot be shown (see the content problems logged)", article_id)
        self.show_notice(
            self.tr(
                "Artikel ini belum dapat ditampilkan. Artikel lain tetap dapat dibaca. "
                "Petugas klinik dapat memeriksa penyebabnya."
            )
        )

    @Slot()
    def _after_moving(self) -> None:
        history = self.navigator.history
        self.toolbar.back.setEnabled(history.can_go_back)
        self.toolbar.forward.setEnabled(history.can_go_forward)
        self.toolbar.home.setEnabled(self.navigator.page is not Page.HOME)

    def glossary_of(self, language: str) -> Glossary:
        """The glossary in `language`, else the original one."""
        return self.library.glossary_in(language)

    def rendered(self, article: Article) -> RenderedArticle:
        key = f"{article.meta.id}.{article.meta.language}"
        if key not in self._rendered:
            self._rendered[key] = render_article(
                article, self.glossary_of(article.meta.language), self.clinic.emergency_number
            )
        return self._rendered[key]

    def show_article(self, article: Article) -> None:
        """Put `article` on the reading page (the navigator decides when)."""
        self.popup.hide()
        self.find_bar.close_bar()  # its matches are in the sections about to go
        self.reading.close_drawer()
        self.current = self.rendered(article)
        self.pages.setCurrentWidget(self.reading)
        self._show_article_tools(True)
        language = article.meta.language
        if self._glossary_shown != language:  # filled when an article first needs it
            self.glossary_panel.show_glossary(self.glossary_of(language))
            self._glossary_shown = language
        self.article_view.show_article(self.current)
        article_id = article.meta.id
        self.article_view.languages.show_languages(
            language, self.reading_in.wanted(article_id), self.library.languages(article_id)
        )
        related = [
            (i, meta.title)
            for i in article.meta.related
            if (meta := self.library.meta(i, self.reading_in.wanted(i)))
        ]
        self.article_view.show_related(related)
        headings = {s.id: s.heading for s in self.current.sections}
        self.risk_panel.show_risks(self.current.risks, headings)
        self.read_aloud.show_availability()  # a voice for this article's language?
        entries = [(SUMMARY_ID, self.tr("Ringkasan")), *list(headings.items())]
        self.toc.show_sections(entries)
        self.info_bar.show_meta(article.meta, self.today)
        # Made after the window has its font, the risk items do not inherit it (see Zoom).
        for item in self.risk_panel.items:
            self.zoom.follow(item)
        self._show_title()

    def _show_problems(self) -> None:
        """A calm, closable line for readers; the detail is for staff, in the log (run_window
        writes each problem there) and in `check`: a file path and a parser's words mean
        nothing to a patient."""
        if not self.library.problems:
            return
        if self.library.entries:
            text = self.tr(
                "Sebagian informasi belum dapat ditampilkan. Informasi lain tetap dapat "
                "dibaca. Petugas klinik dapat memeriksa penyebabnya."
            )
        else:
            text = self.tr("Informasi belum dapat ditampilkan. Mohon beri tahu petugas klinik.")
        self.show_notice(text)

    # -- navigation -----------------------------------------------------------------------
    @Slot(str)
    def go_to_section(self, section_id: str) -> None:
        """Open a section and move there; Back (Esc, Alt+Left, the button) returns to
        where the reader was: the warning, the contents entry or the link."""
        self.popup.hide()
        self.reading.close_drawer()
        self.navigator.go_to_section(section_id)

    @Slot()
    def go_back(self) -> None:
        self.navigator.back()

    @Slot()
    def go_forward(self) -> None:
        self.navigator.forward()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and self.navigator.history.can_go_back:
            self.go_back()
            return
        super().keyPressEvent(event)

    @Slot(str, QPoint)
    def follow_link(self, href: str, point: QPoint) -> None:
        """Every link in the app comes here; none of them ever reaches the network."""
        follow_link(self, href, point)

    def show_notice(self, text: str) -> None:
        self.notice_text.setText(text)
        self.notice.show()

    # -- zoom and layout ------------------------------------------------------------------
    @Slot(int)
    def _apply_zoom(self, percent: int) -> None:
        # The followed widgets have their new font already (Zoom.set_percent).
        self.risk_panel.set_zoom(self._risk_point_size())
        self._follow_zoom(percent)

    def _risk_point_size(self) -> float:
        # Capped like the other always-visible parts (theme.MAX_POINT_SIZES).
        return capped(self.risk_panel, self.zoom.point_size)

    def _follow_zoom(self, percent: int) -> None:
        """The layout and the toolbar for a text size the widgets already have."""
        self.reading.set_zoom_factor(percent / 100)
        self._fit_info_bar()
        self.toolbar.show_zoom(percent, self.zoom.can_zoom_in, self.zoom.can_zoom_out)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.read_aloud.shutdown()  # silence; a speech worker process ends with the window
        # Once, when the reader is done, not on every A+ tap.
        if self.mode.remember_view:
            save_zoom(self.zoom.percent)
            remember_place(self)
        super().closeEvent(event)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_info_bar()
        if self.display_panel.isVisible():
            self.display_panel.place()  # under its button, which may have moved

    def _fit_info_bar(self) -> None:
        """The info bar for the window's width; the reading area arranges itself for its
        own size (ReadingArea, layout_plan) and the toolbar fits its own rows."""
        self.info_bar.set_compact(self.width() < NARROW_WIDTH)

    @Slot()
    def _after_arranging(self) -> None:
        # The contents button is there exactly when the contents are not, and only with
        # an article to have contents.
        beside = self.reading.side_beside
        self.toolbar.contents.setVisible(not beside and self.showing_article)

    def reset_to_start(self) -> None:
        """Back to the start screen with nothing left of the previous reader: no search,
        no history, every article as it first opens."""
        self.popup.hide()
        self.notice.hide()
        self.reading.close_drawer()
        self.find_bar.close_bar()
        self.read_aloud.reset_defaults()  # silence, and the default speed and volume
        self.display_choices.reset()
        self.reading_in.forget()  # the start article too, if read in another language
        self.search.clear()
        self.navigator.forget()
        if (
            self.navigator.page is not Page.ARTICLE
            or self.navigator.article_id != self.navigator.start_id()
        ):
            self.navigator.page = Page.EMPTY  # what follows is a first page, not a jump
            self.navigator.open_start()
        if self.current is not None:  # the date may have moved on since the last reader
            self.info_bar.show_meta(self.current.article.meta, self.today)
            self.article_view.reset()
        self.risk_panel.reset_folding()
        self.risk_panel.verticalScrollBar().setValue(0)
        self.glossary_panel.reset()
        self.toc.clearSelection()
        self.side.setCurrentIndex(0)
        self.home.verticalScrollBar().setValue(0)
        self.zoom.reset()
        self.navigator.forget()

    def describe(self) -> str:
        """One line for --self-test: article, sections, warnings, glossary terms."""
        if self.navigator.page is Page.HOME:
            return f"beranda articles={len(self.library.entries)}"
        if self.current is None:
            return "tidak ada artikel"
        article = self.current.article
        terms = self.glossary_of(article.meta.language).terms
        return (
            f"{article.meta.id} sections={len(article.sections)} "
            f"warnings={len(article.warnings)} terms={len(terms)}"
        )
