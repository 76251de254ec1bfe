"""The window as a library: it opens on the home screen when there is more than one
article, its cards open articles, and Beranda and the home search box lead on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from support import write_article

BODY = "\n## Bagian satu\n\nTeks pertama tentang {word}.\n\n## Bagian dua\n\nTeks kedua.\n"


def front(
    article_id: str, title: str, categories: tuple[str, ...] = (), order: int | None = None
) -> str:
    lines = [
        "+++",
        f'id = "{article_id}"',
        f'title = "{title}"',
        'language = "id"',
        f'summary = "{title} dijelaskan singkat. Kalimat kedua."',
        'source = "Klinik"',
        "last_reviewed = 2026-01-01",
        "next_review = 2027-01-01",
        'reviewer = ""',
    ]
    if categories:
        lines.append("categories = [" + ", ".join(f'"{c}"' for c in categories) + "]")
    if order is not None:
        lines.append(f"order = {order}")
    return "\n".join([*lines, "+++", ""])


# id, title, categories, order; the clinic's order: by `order`, then the rest by title.
ARTICLES = [
    ("parasetamol", "Parasetamol", ("Nyeri",), 5),
    ("insulin", "Insulin", ("Diabetes",), 2),
    ("metformin", "Metformin", ("Diabetes",), 1),
    ("ibuprofen", "Ibuprofen", ("Nyeri",), None),
    ("umum", "Cara menyimpan obat", (), None),
]


def write_shelf(folder: Path, articles=ARTICLES) -> Path:
    for article_id, title, categories, order in articles:
        write_article(
            folder,
            BODY.format(word=title.lower()),
            name=article_id,
            front=front(article_id, title, categories, order),
        )
    return folder


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    return write_shelf(tmp_path / "content")


@pytest.fixture
def home_window(make_window, shelf):
    return make_window(content=shelf, start=None)


def type_as_a_person(qtbot, text: str) -> None:
    """Each key goes to whatever has the focus when it is pressed."""
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)


def card_for(window, article_id: str):
    return next(c for c in window.home.cards() if c.article_id == article_id)


def test_several_articles_open_on_the_home_screen(home_window):
    assert home_window.pages.currentWidget() is home_window.home
    assert home_window.current is None
    assert "Beranda" in home_window.windowTitle()


def test_cards_stand_in_the_clinics_order_and_groups(home_window):
    headings = [h.text() for h in home_window.home.headings()]
    assert headings == ["Diabetes", "Nyeri", "Lainnya"]
    assert [c.article_id for c in home_window.home.cards()] == [
        "metformin",
        "insulin",
        "parasetamol",
        "ibuprofen",
        "umum",
    ]


def test_a_tap_on_a_card_opens_its_article(qtbot, home_window):
    qtbot.mouseClick(card_for(home_window, "insulin"), Qt.MouseButton.LeftButton)
    assert home_window.pages.currentWidget() is home_window.reading
    assert home_window.article_view.title.text() == "Insulin"


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_a_key_on_the_focused_card_opens_its_article(qtbot, home_window, key):
    card = card_for(home_window, "parasetamol")
    card.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(card.hasFocus)
    qtbot.keyClick(card, key)
    assert home_window.pages.currentWidget() is home_window.reading
    assert home_window.article_view.title.text() == "Parasetamol"


def test_one_article_opens_on_it(make_window, tmp_path):
    content = write_shelf(tmp_path / "content", ARTICLES[:1])
    window = make_window(content=content, start=None)
    assert window.pages.currentWidget() is window.reading
    assert window.article_view.title.text() == "Parasetamol"
    assert not window.toolbar.back.isEnabled()  # the first page: nowhere to go back to


def test_start_opens_that_article(make_window, shelf):
    window = make_window(content=shelf, start="ibuprofen")
    assert window.pages.currentWidget() is window.reading
    assert window.article_view.title.text() == "Ibuprofen"
    assert window.toolbar.home.isEnabled()


def test_a_start_not_on_the_shelf_opens_the_home_screen(make_window, shelf):
    window = make_window(content=shelf, start="tidak-ada")
    assert window.pages.currentWidget() is window.home


def test_beranda_is_disabled_on_the_first_home_screen(home_window):
    assert not home_window.toolbar.home.isEnabled()


def test_beranda_returns_home_and_is_disabled_there(qtbot, home_window):
    qtbot.mouseClick(card_for(home_window, "metformin"), Qt.MouseButton.LeftButton)
    assert home_window.toolbar.home.isEnabled()
    qtbot.mouseClick(home_window.toolbar.home, Qt.MouseButton.LeftButton)
    assert home_window.pages.currentWidget() is home_window.home
    assert not home_window.toolbar.home.isEnabled()


def test_alt_home_returns_home(qtbot, home_window):
    qtbot.mouseClick(card_for(home_window, "metformin"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(home_window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert home_window.pages.currentWidget() is home_window.home


def test_typing_in_the_home_box_goes_on_in_the_toolbar_box(qtbot, home_window):
    index = home_window.search.library_index
    qtbot.waitUntil(lambda: index.complete, timeout=10_000)
    box = home_window.search.home_box
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.hasFocus)
    type_as_a_person(qtbot, "ins")
    assert home_window.pages.currentWidget() is home_window.search_page
    assert home_window.toolbar.search.text() == "ins"
    assert home_window.toolbar.search.hasFocus()
    assert box.text() == ""
    type_as_a_person(qtbot, "ulin")
    assert home_window.toolbar.search.text() == "insulin"
    cards = home_window.search_page.cards()
    assert cards and cards[0].hit.article_id == "insulin"


def test_back_from_the_results_returns_home(qtbot, home_window):
    home_window.search.home_box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(home_window.search.home_box.hasFocus)
    type_as_a_person(qtbot, "metformin")
    assert home_window.pages.currentWidget() is home_window.search_page
    qtbot.mouseClick(home_window.toolbar.back, Qt.MouseButton.LeftButton)
    assert home_window.pages.currentWidget() is home_window.home
