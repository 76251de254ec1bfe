"""Searching the library from the toolbar's box: the results page as the reader types,
the right article first, a result that opens its section with the words marked, and
only the articles the window offers."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from support import ARTICLE, CONTENT
from ui.conftest import TODAY
from viewer.clinic_settings import ClinicSettings
from viewer.content.loader import load_library
from viewer.content.shelf import Shelf
from viewer.search import index as index_module
from viewer.ui.main_window import MainWindow
from viewer.ui.zoom import Zoom

HOW_TO = "cara-memakai-aplikasi"


def wait_for_index(qtbot, window) -> None:
    """The index built and both of `ready`'s queued slots run (complete, refresh): the
    worker posts them one by one, so `complete` alone may come before the refresh."""
    index = window.search.library_index
    qtbot.waitUntil(lambda: index.wait(0), timeout=10_000)  # False until started and done
    qtbot.waitUntil(lambda: index.complete)
    QApplication.processEvents()


def type_into(qtbot, widget, text: str) -> None:
    """Key by key; a letter with an accent as a keyboard layout sends it (QTest's own
    keyClicks takes ASCII only)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def search(qtbot, window, text: str) -> list:
    """Type `text` into the toolbar's box (emptied first); the result cards shown."""
    box = window.toolbar.search
    box.setFocus(Qt.FocusReason.ShortcutFocusReason)
    box.selectAll()
    type_into(qtbot, box, text)
    assert window.pages.currentWidget() is window.search_page
    cards = window.search_page.cards()
    qtbot.waitUntil(lambda: all(card.isVisible() for card in cards))  # as the reader sees them
    return cards


@pytest.fixture
def ready(qtbot, make_window):
    """The bundled library (two articles), opened on the clonazepam article, indexed."""
    window = make_window()
    wait_for_index(qtbot, window)
    return window


@pytest.mark.parametrize(
    ("query", "article", "section"),
    [
        ("aplikasi", HOW_TO, None),  # a title word
        ("Rivotril", ARTICLE, None),  # a keyword
        ("klonazepam", ARTICLE, None),  # a keyword spelt as Indonesians do
        ("clonazepem", ARTICLE, None),  # misspelt
        ("menyetir", ARTICLE, "sehari-hari-selama-memakai-obat-ini"),  # a warning's text
        ("GABA", ARTICLE, "untuk-apa-obat-ini-dipakai"),  # a glossary definition's word
        ("gudang", ARTICLE, "riwayat-obat-ini-menurut-artikel"),  # running text
        ("KEJANG", ARTICLE, None),
        ("kéjang", ARTICLE, None),
    ],
)
def test_the_right_article_comes_first(qtbot, ready, query, article, section):
    cards = search(qtbot, ready, query)
    assert cards, ready.search_page.status.text()
    assert (cards[0].hit.article_id, cards[0].hit.section_id) == (article, section)
    assert ready.search_page.heading.text() == f"Hasil pencarian: “{query}”"


def test_a_word_found_nowhere_says_so(qtbot, ready):
    assert search(qtbot, ready, "xyzzyqq") == []
    assert "Tidak ada yang cocok" in ready.search_page.status.text()


def test_a_result_card_shows_the_section_and_marks_the_matched_words(qtbot, ready):
    card = search(qtbot, ready, "gudang")[0]
    assert card.category.text() == "Bagian: Riwayat obat ini menurut artikel"
    marked = [part.text for part in card.hit.snippet if part.marked]
    assert marked and {word.casefold() for word in marked} == {"gudang"}
    assert "gudang" in card.summary.text()  # the rich text the card paints
    assert card.title.text() == "Clonazepam untuk depresi"


def test_choosing_a_result_opens_its_section_with_the_words_marked(qtbot, ready):
    card = search(qtbot, ready, "gudang")[0]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    view = ready.article_view
    assert ready.pages.currentWidget() is ready.reading
    section = view.section("riwayat-obat-ini-menurut-artikel")
    assert section.is_open
    assert view.marked
    marks = section.body.extraSelections()
    assert [m.cursor.selectedText().casefold() for m in marks] == ["gudang"]
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)  # scrolled to it
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the reader's next action
    assert not view.marked
    assert section.body.extraSelections() == []


def test_enter_in_the_box_opens_the_first_result(qtbot, ready):
    search(qtbot, ready, "aplikasi")
    qtbot.keyClick(ready.toolbar.search, Qt.Key.Key_Return)
    assert ready.pages.currentWidget() is ready.reading
    assert ready.article_view.title.text() == "Cara memakai aplikasi ini"


def test_down_in_the_box_goes_to_the_first_result(qtbot, ready):
    cards = search(qtbot, ready, "kejang")
    qtbot.keyClick(ready.toolbar.search, Qt.Key.Key_Down)
    assert cards[0].hasFocus()


def test_emptying_the_box_returns_where_the_search_began(qtbot, ready):
    ready.article_view.section("kebal-obat-dan-kecanduan").set_open(True)
    search(qtbot, ready, "ke")
    for _ in range(2):
        qtbot.keyClick(ready.toolbar.search, Qt.Key.Key_Backspace)
    assert ready.pages.currentWidget() is ready.reading
    assert ready.article_view.title.text() == "Clonazepam untuk depresi"
    assert ready.article_view.section("kebal-obat-dan-kecanduan").is_open


def test_emptying_the_box_after_a_search_from_home_returns_home(qtbot, make_window):
    window = make_window(start=None)
    wait_for_index(qtbot, window)
    search(qtbot, window, "obat")
    window.toolbar.search.clear()
    assert window.pages.currentWidget() is window.home


def test_results_typed_while_the_index_is_built_come_when_it_is_ready(
    qtbot, make_window, monkeypatch
):
    go_on = threading.Event()
    update = index_module.SearchIndex.update

    def held_update(self):
        go_on.wait(10)
        return update(self)

    monkeypatch.setattr(index_module.SearchIndex, "update", held_update)
    window = make_window()
    try:
        assert search(qtbot, window, "Rivotril") == []
        assert "masih disiapkan" in window.search_page.status.text()
    finally:
        go_on.set()
    wait_for_index(qtbot, window)
    cards = window.search_page.cards()
    assert cards and cards[0].hit.article_id == ARTICLE
    assert "masih disiapkan" not in window.search_page.status.text()


def test_an_article_not_on_the_shelf_is_never_shown(qtbot):
    # A kiosk-like shelf: the folder holds two articles, the window offers one.
    shelf = Shelf.from_library(load_library(CONTENT)).chosen([ARTICLE])
    window = MainWindow(shelf, ClinicSettings(), Zoom(), TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    with qtbot.waitExposed(window):
        window.show()
    wait_for_index(qtbot, window)
    assert window.search.library_index.index.search("aplikasi").hits[0].article_id == HOW_TO
    for query in ("aplikasi", "panduan", "Beranda"):
        cards = search(qtbot, window, query)
        assert HOW_TO not in {card.hit.article_id for card in cards}, query
    qtbot.keyClick(window.toolbar.search, Qt.Key.Key_Return)
    assert window.article_view.title.text() != "Cara memakai aplikasi ini"


def test_ten_results_show_at_once_and_the_rest_on_request(qtbot, ready):
    window = ready
    cards = search(qtbot, window, "obat")
    page = window.search_page
    total = page.result_count()
    assert total > 10, "the bundled content has more than ten sections about 'obat'"
    assert len(cards) == 10
    assert page.more.isVisible() and f"{total - 10} hasil lagi" in page.more.text()
    qtbot.mouseClick(page.more, Qt.MouseButton.LeftButton)
    assert len(page.cards()) == total
    assert not page.more.isVisible()
    assert page.cards()[10].hasFocus()  # the reader goes on where the new ones start


def test_english_words_find_the_english_variant_and_open_it(qtbot, ready):
    """An Indonesian window, English words: the hit says it is English, and opens the
    English variant at that section; the interface stays Indonesian."""
    (card, *_) = search(qtbot, ready, "medicines doctors could use")
    assert card.hit.language == "en"
    assert card.accessibleDescription().startswith("Bagian: The history of this medicine")
    assert " · English." in card.accessibleDescription()
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    article = ready.current.article
    assert (article.meta.id, article.meta.language) == (ARTICLE, "en")
    assert ready.article_view.section(card.hit.section_id).is_open
    assert ready.toolbar.home.text() == "⌂ Beranda"


def test_indonesian_words_still_open_the_original(qtbot, ready):
    (card, *_) = search(qtbot, ready, "gudang")
    assert card.hit.language == "id"
    assert "English" not in card.accessibleDescription()
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert ready.current.article.meta.language == "id"
