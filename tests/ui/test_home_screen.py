"""The home screen as a reader meets it: large cards in the clinic's order under their
categories, pressed by click, tap or key, that reflow with the width and the text size
and never cut their text or scroll sideways."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QFontMetrics
from PySide6.QtWidgets import QApplication, QLineEdit

from viewer.content.model import ArticleMeta
from viewer.ui.article_card import ArticleCard
from viewer.ui.home_screen import HomeScreen, first_sentence
from viewer.ui.zoom import BASE_POINT_SIZE, Zoom

LONG_TITLE = (
    "Metformin untuk diabetes tipe 2: cara minum, efek samping yang sering, dan kapan "
    "Anda harus segera kembali ke dokter atau puskesmas"
)


def meta(
    article_id: str,
    title: str,
    categories: tuple[str, ...] = (),
    order: int | None = None,
    summary: str = "",
) -> ArticleMeta:
    return ArticleMeta(
        id=article_id,
        title=title,
        language="id",
        summary=summary or f"{title} dijelaskan dengan singkat. Kalimat kedua tidak tampil.",
        source="Klinik",
        last_reviewed=dt.date(2026, 1, 1),
        next_review=dt.date(2027, 1, 1),
        categories=categories,
        order=order,
    )


METAS = [
    meta("umum", "Cara menyimpan obat di rumah"),
    meta("metformin", LONG_TITLE, ("Diabetes", "Obat harian")),
    meta("sertraline", "Sertraline", ("Kesehatan jiwa",), 2),
    meta("amlodipin", "Amlodipin", ("Tekanan darah",)),
    meta("clonazepam", "Clonazepam untuk depresi", ("Kesehatan jiwa",), 1),
    meta("insulin", "Insulin", ("Diabetes",), 3),
    meta(
        "kata",
        "Antihipertensikombinasidosistetap",  # one word wider than a narrow card
        ("Tekanan darah",),
        summary="Satukatayangsangatpanjangsekalitanpaspasiyangharustetapterbacautuh. Dua.",
    ),
    meta("parasetamol", "Parasetamol", ()),
]
IN_ORDER = [
    ("Kesehatan jiwa", ["clonazepam", "sertraline"]),
    ("Diabetes", ["insulin", "metformin"]),
    ("Tekanan darah", ["amlodipin", "kata"]),
    ("Obat harian", ["metformin"]),
    ("Lainnya", ["umum", "parasetamol"]),
]


@pytest.fixture
def make_home(qtbot) -> Callable[..., HomeScreen]:
    def make(
        size: tuple[int, int] = (1366, 768), percent: int = 100, kiosk: bool = False
    ) -> HomeScreen:
        home = HomeScreen(Zoom(percent), kiosk=kiosk)
        qtbot.addWidget(home)
        home.show_articles(METAS)
        home.resize(*size)
        with qtbot.waitExposed(home):
            home.show()
        home.activateWindow()
        QApplication.processEvents()
        return home

    return make


@pytest.fixture
def home(make_home) -> HomeScreen:
    return make_home()


def _columns(home: HomeScreen) -> int:
    return len({card.x() for card in home.cards()})


def test_cards_stand_in_the_clinics_order_under_their_categories(home):
    assert [h.text() for h in home.headings()] == [name for name, _ in IN_ORDER]
    assert [c.article_id for c in home.cards()] == [i for _, ids in IN_ORDER for i in ids]
    # Each heading stands right above its own cards.
    grids = list(dict.fromkeys(card.parentWidget() for card in home.cards()))
    for heading, grid, (_name, ids) in zip(home.headings(), grids, IN_ORDER, strict=True):
        assert heading.geometry().bottom() < grid.geometry().top()
        assert [c.article_id for c in home.cards() if c.parentWidget() is grid] == ids


def test_the_screen_says_where_the_reader_is(home):
    assert home.title.text() == "Beranda"
    assert home.intro.text() == "Pilih artikel untuk dibaca"
    assert home.title.font().bold()
    assert home.title.font().pointSizeF() > home.intro.font().pointSizeF()


def test_a_click_on_a_card_chooses_its_article(qtbot, home):
    card = home.cards()[1]
    with qtbot.waitSignal(home.article_chosen, timeout=1000) as chosen:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.rect().center())
    assert chosen.args == ["sertraline"]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_a_key_on_the_focused_card_chooses_its_article(qtbot, home, key):
    assert home.focus_first_card()
    card = home.cards()[0]
    qtbot.waitUntil(card.hasFocus)
    with qtbot.waitSignal(home.article_chosen, timeout=1000) as chosen:
        qtbot.keyClick(card, key)
    assert chosen.args == ["clonazepam"]


def test_tab_goes_card_to_card_in_reading_order(qtbot, home):
    home.focus_first_card()
    cards = home.cards()
    qtbot.waitUntil(cards[0].hasFocus)
    for expected in cards[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    for expected in reversed(cards[:-1]):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert QApplication.focusWidget() is expected


def test_arrow_keys_move_in_the_grid(qtbot, home):
    cards = home.cards()
    assert _columns(home) >= 2
    home.focus_first_card()
    qtbot.waitUntil(cards[0].hasFocus)

    def press(key: Qt.Key) -> ArticleCard:
        qtbot.keyClick(QApplication.focusWidget(), key)
        return QApplication.focusWidget()

    assert press(Qt.Key.Key_Right) is cards[1]
    assert press(Qt.Key.Key_Left) is cards[0]
    assert press(Qt.Key.Key_Left) is cards[0]  # nothing before the first
    assert press(Qt.Key.Key_Down) is cards[2]  # the row below: the next group's first
    assert press(Qt.Key.Key_Right) is cards[3]
    assert press(Qt.Key.Key_Up) is cards[1]  # straight up, the same column
    assert press(Qt.Key.Key_Up) is cards[1]  # nothing above the first row


def test_every_card_is_a_named_button_and_every_heading_named(home):
    for card, source in zip(home.cards(), _metas_shown(), strict=True):
        assert card.focusPolicy() == Qt.FocusPolicy.StrongFocus
        assert card.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
        assert card.accessibleName() == source.title
        description = card.accessibleDescription()
        assert first_sentence(source.summary) in description
        assert "Kalimat kedua" not in description
        assert (source.categories[0] if source.categories else "Lainnya") in description
        interface = QAccessible.queryAccessibleInterface(card)
        assert interface.role() == QAccessible.Role.Button
        assert interface.text(QAccessible.Text.Name) == source.title
    for heading in home.headings():
        assert heading.accessibleName() == heading.text()
    assert home.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


def _metas_shown() -> list[ArticleMeta]:
    by_id = {m.id: m for m in METAS}
    return [by_id[i] for _, ids in IN_ORDER for i in ids]


@pytest.mark.parametrize(
    ("size", "percent", "kiosk"),
    [
        ((1366, 768), 80, False),
        ((1366, 768), 100, False),
        ((800, 600), 200, False),
        ((400, 700), 250, False),
        ((1080, 1920), 150, True),
    ],
)
def test_cards_are_large_and_never_cut_their_text(make_home, size, percent, kiosk):
    home = make_home(size, percent, kiosk)
    viewport = home.viewport().width()
    for card in home.cards():
        assert card.height() >= 48
        assert card.height() >= card.heightForWidth(card.width())
        assert card.geometry().right() < viewport
        rects = card.text_rects()
        assert set(rects) >= {"articleCardTitle", "articleCardSummary"}
        for part in (card.title, card.summary, card.category):
            rect = rects[part.objectName()]
            wrapped = QFontMetrics(part.font()).boundingRect(
                QRect(0, 0, rect.width(), 100_000),
                int(Qt.TextFlag.TextWordWrap),
                part.text(),
            )
            assert wrapped.height() <= rect.height(), part.text()
            # Nothing runs past the right edge, not even a word wider than the card.
            assert part.laid_out(rect.width()).idealWidth() <= rect.width()
            assert rect.bottom() < card.height()


def test_narrow_and_large_text_is_one_column_and_no_sideways_scrolling(make_home):
    home = make_home((400, 700), 250)
    assert _columns(home) == 1
    assert not home.horizontalScrollBar().isVisible()
    assert home.widget().width() <= home.viewport().width()
    assert all(card.width() <= home.viewport().width() for card in home.cards())


def test_a_long_category_name_does_not_scroll_the_screen_sideways(qtbot, make_home):
    home = make_home((400, 700), 250)
    home.show_articles([meta("x", "Jantung", ("Kardiovaskularpembuluhdarah",))])
    QApplication.processEvents()
    assert home.widget().width() <= home.viewport().width()


def test_a_laptop_at_200_percent_is_one_column(make_home):
    assert _columns(make_home((800, 600), 200)) == 1


def test_a_wide_window_has_more_than_one_column(home):
    assert 2 <= _columns(home) <= 4
    assert not home.horizontalScrollBar().isVisible()


def test_the_cards_follow_the_zoom_also_those_made_later(home):
    card = home.cards()[0]
    assert card.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE)
    home._zoom.set_percent(200)
    assert card.font().pointSizeF() == pytest.approx(2 * BASE_POINT_SIZE)
    assert card.title.font().pointSizeF() > card.summary.font().pointSizeF()
    assert card.summary.font().pointSizeF() == pytest.approx(2 * BASE_POINT_SIZE)
    assert home.headings()[0].font().pointSizeF() > 2 * BASE_POINT_SIZE
    home.show_articles(METAS[:2])  # made after the zoom step
    assert home.cards()[0].font().pointSizeF() == pytest.approx(2 * BASE_POINT_SIZE)
    assert home.headings()[0].font().pointSizeF() > 2 * BASE_POINT_SIZE
    home._zoom.set_percent(100)
    assert home.cards()[0].font().pointSizeF() == pytest.approx(BASE_POINT_SIZE)


def test_more_text_fewer_columns(qtbot, home):
    wide = _columns(home)
    home._zoom.set_percent(250)
    qtbot.waitUntil(lambda: _columns(home) < wide)
    assert not home.horizontalScrollBar().isVisible()


def test_the_windows_search_field_goes_above_the_groups(qtbot, home):
    search = QLineEdit()
    home.set_header_widget(search)
    qtbot.waitUntil(search.isVisible)
    page = home.widget()
    top_of_groups = home.headings()[0].mapTo(page, home.headings()[0].rect().topLeft()).y()
    assert home.intro.geometry().bottom() < search.geometry().top()
    assert search.geometry().bottom() < top_of_groups
    other = QLineEdit()
    home.set_header_widget(other)
    assert search.parentWidget() is None and not search.isVisible()
    search.deleteLater()


def test_showing_articles_again_replaces_the_cards(qtbot, home):
    old = home.cards()[0]
    home.show_articles(METAS[2:4])
    assert [c.article_id for c in home.cards()] == ["sertraline", "amlodipin"]
    qtbot.waitUntil(lambda: not home.isAncestorOf(old) if _alive(old) else True)
    home.show_articles([])
    assert home.cards() == [] and home.headings() == []
    assert home.empty.isVisible()
    assert not home.focus_first_card()


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def test_a_large_library_shows_a_screenful_first_and_the_rest_just_after(qtbot, make_home):
    """A thousand cards take seconds to make: the first paint must not wait for them."""
    from viewer.ui.home_screen import FIRST_CARDS

    home = make_home()
    many = [meta(f"a{i:03}", f"Artikel {i}", ("Obat",), order=i) for i in range(150)]
    home.show_articles(many)
    assert len(home._cards) == FIRST_CARDS  # what the first paint costs
    qtbot.waitUntil(lambda: not home._pending, timeout=10_000)  # the event loop makes the rest
    home._zoom.set_percent(150)  # and they follow the zoom like the first ones
    cards = home.cards()
    assert [c.article_id for c in cards] == [m.id for m in many]
    assert cards[-1].font().pointSizeF() == pytest.approx(cards[0].font().pointSizeF())
    assert cards[0].font().pointSizeF() == pytest.approx(1.5 * BASE_POINT_SIZE)


def test_cards_asks_for_every_card_even_before_the_event_loop_made_them(make_home):
    home = make_home()
    many = [meta(f"b{i:03}", f"Artikel {i}", ("Obat",), order=i) for i in range(80)]
    home.show_articles(many)
    assert len(home.cards()) == 80
