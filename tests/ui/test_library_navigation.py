"""Back and Forward across the library: home, an article, a section jump, another
article, search results; each article as the reader left it; Esc and the mouse's own
Back button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from support import ARTICLE

HOW_TO_TITLE = "Cara memakai aplikasi ini"
TITLE = "Clonazepam untuk depresi"
ALT = Qt.KeyboardModifier.AltModifier


def wait_for_index(qtbot, window) -> None:
    index = window.search.library_index
    qtbot.waitUntil(lambda: index.wait(0), timeout=10_000)
    qtbot.waitUntil(lambda: index.complete)
    QApplication.processEvents()


def where(window) -> str:
    """What the reader sees: the page, and the article's title on the reading page."""
    page = window.pages.currentWidget()
    if page is window.home:
        return "home"
    if page is window.search_page:
        return f"search:{window.toolbar.search.text()}"
    if page is window.reading:
        return window.article_view.title.text()
    return "?"


def open_sections(window) -> set[str]:
    return {s.section_id for s in window.article_view.sections if s.is_open}


def card(window, article_id: str):
    return next(c for c in window.home.cards() if c.article_id == article_id)


def search(qtbot, window, text: str) -> None:
    box = window.toolbar.search
    box.setFocus(Qt.FocusReason.ShortcutFocusReason)
    box.selectAll()
    qtbot.keyClicks(box, text)


@pytest.fixture
def home(qtbot, make_window):
    window = make_window(start=None)
    wait_for_index(qtbot, window)
    return window


def walk(qtbot, window) -> str:
    """home → article → a warning's section → "Lihat juga" → search; the section id."""
    qtbot.mouseClick(card(window, ARTICLE), Qt.MouseButton.LeftButton)
    item = window.risk_panel.items[0]
    qtbot.mouseClick(item.go, Qt.MouseButton.LeftButton)
    section = next(iter(open_sections(window) - {"ringkasan"}))
    (related,) = window.article_view.related_buttons
    qtbot.mouseClick(related, Qt.MouseButton.LeftButton)
    search(qtbot, window, "kejang")
    return section


def test_back_and_forward_retrace_the_way_with_alt_arrows(qtbot, home):
    section = walk(qtbot, home)

    def step(key: Qt.Key) -> tuple[str, frozenset[str] | None]:
        qtbot.keyClick(home, key, ALT)
        return where(home), frozenset(open_sections(home)) if where(home) == TITLE else None

    jumped = frozenset({"ringkasan", section})
    first = frozenset({"ringkasan"})  # before the jump: only the summary open
    assert [step(Qt.Key.Key_Left) for _ in range(4)] == [
        (HOW_TO_TITLE, None),
        (TITLE, jumped),  # the section jump, as left
        (TITLE, first),
        ("home", None),
    ]
    assert step(Qt.Key.Key_Left) == ("home", None)  # nowhere further back
    assert [step(Qt.Key.Key_Right) for _ in range(4)] == [
        (TITLE, first),
        (TITLE, jumped),
        (HOW_TO_TITLE, None),
        ("search:kejang", None),
    ]


def test_the_toolbar_buttons_go_back_and_forward_and_follow_the_way(qtbot, home):
    bar = home.toolbar
    assert not bar.back.isEnabled() and not bar.forward.isEnabled()
    walk(qtbot, home)
    assert bar.back.isEnabled() and not bar.forward.isEnabled()
    for _ in range(4):
        qtbot.mouseClick(bar.back, Qt.MouseButton.LeftButton)
    assert where(home) == "home"
    assert not bar.back.isEnabled() and bar.forward.isEnabled()
    qtbot.mouseClick(bar.forward, Qt.MouseButton.LeftButton)
    assert where(home) == TITLE
    assert bar.back.isEnabled() and bar.forward.isEnabled()


def test_a_new_jump_after_going_back_drops_the_way_forward(qtbot, home):
    walk(qtbot, home)
    qtbot.mouseClick(home.toolbar.back, Qt.MouseButton.LeftButton)
    assert home.toolbar.forward.isEnabled()
    qtbot.mouseClick(home.toolbar.home, Qt.MouseButton.LeftButton)
    assert not home.toolbar.forward.isEnabled()


def test_an_article_keeps_its_open_sections_and_scroll(qtbot, home):
    qtbot.mouseClick(card(home, ARTICLE), Qt.MouseButton.LeftButton)
    view = home.article_view
    view.section("kebal-obat-dan-kecanduan").set_open(True)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 300)  # laid out: there is room to scroll
    bar.setValue(300)  # the reader scrolls down
    qtbot.mouseClick(home.toolbar.home, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card(home, ARTICLE), Qt.MouseButton.LeftButton)
    assert view.section("kebal-obat-dan-kecanduan").is_open
    qtbot.waitUntil(lambda: bar.value() == 300)


def test_each_article_keeps_its_own_state(qtbot, home):
    qtbot.mouseClick(card(home, ARTICLE), Qt.MouseButton.LeftButton)
    home.article_view.section("kebal-obat-dan-kecanduan").set_open(True)
    (related,) = home.article_view.related_buttons
    qtbot.mouseClick(related, Qt.MouseButton.LeftButton)
    assert open_sections(home) == {"ringkasan"}  # the other article as it first opens
    home.article_view.close_all()
    qtbot.mouseClick(home.toolbar.home, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card(home, ARTICLE), Qt.MouseButton.LeftButton)
    assert open_sections(home) == {"ringkasan", "kebal-obat-dan-kecanduan"}
    qtbot.mouseClick(home.toolbar.home, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card(home, "cara-memakai-aplikasi"), Qt.MouseButton.LeftButton)
    assert open_sections(home) == set()


def test_esc_goes_back(qtbot, home):
    qtbot.mouseClick(card(home, ARTICLE), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(home.risk_panel.items[0].go, Qt.MouseButton.LeftButton)
    jumped = open_sections(home)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert where(home) == TITLE and open_sections(home) == {"ringkasan"} != jumped
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert where(home) == "home"


def test_the_mouses_back_button_goes_back_and_forward_button_forward(qtbot, home):
    qtbot.mouseClick(card(home, ARTICLE), Qt.MouseButton.LeftButton)
    inside = home.article_view.viewport()
    # Clicks, press and release, as a mouse makes them: a press left without its release
    # stayed held in Qt's button state and spoilt later tests' drags in the same process.
    qtbot.mouseClick(inside, Qt.MouseButton.BackButton)
    assert where(home) == "home"
    qtbot.mouseClick(home.home.viewport(), Qt.MouseButton.ForwardButton)
    assert where(home) == TITLE
    assert QApplication.mouseButtons() == Qt.MouseButton.NoButton


def test_back_from_a_chosen_result_returns_to_the_results_then_the_article(qtbot, make_window):
    window = make_window()
    wait_for_index(qtbot, window)
    window.article_view.section("kebal-obat-dan-kecanduan").set_open(True)
    search(qtbot, window, "gudang")
    qtbot.keyClick(window.toolbar.search, Qt.Key.Key_Return)
    assert "riwayat-obat-ini-menurut-artikel" in open_sections(window)
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    assert where(window) == "search:gudang"
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    assert where(window) == TITLE
    assert open_sections(window) == {"ringkasan", "kebal-obat-dan-kecanduan"}


def test_back_to_an_earlier_search_shows_that_searchs_results(qtbot, make_window):
    window = make_window()
    wait_for_index(qtbot, window)
    search(qtbot, window, "gudang")
    qtbot.keyClick(window.toolbar.search, Qt.Key.Key_Return)  # the article, at a section
    search(qtbot, window, "aplikasi")  # a second search, from the article
    assert window.search_page.cards()[0].hit.article_id == "cara-memakai-aplikasi"
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)  # the article
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)  # the first search
    assert window.toolbar.search.text() == "gudang"
    assert window.search_page.heading.text() == "Hasil pencarian: “gudang”"
    assert window.search_page.cards()[0].hit.article_id == ARTICLE
    qtbot.keyClick(window.toolbar.search, Qt.Key.Key_Return)  # opens the first shown
    assert where(window) == TITLE


def test_emptying_the_box_leaves_no_way_forward_to_a_search_of_nothing(qtbot, make_window):
    window = make_window()
    wait_for_index(qtbot, window)
    search(qtbot, window, "gudang")
    window.toolbar.search.clear()
    assert window.pages.currentWidget() is window.reading
    assert not window.toolbar.forward.isEnabled()
