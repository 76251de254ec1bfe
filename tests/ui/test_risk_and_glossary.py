"""The risk panel lists exactly what the content declares; terms open their definitions."""

from __future__ import annotations

import pytest
from helpers import click_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from viewer.content.model import Level
from viewer.content.render import term_key_from_href
from viewer.presentation.levels import style
from viewer.presentation.wording import source_label
from viewer.ui.risk_item import FOCUS_COLOUR, HEADING_SCALE, SOURCE_SCALE, WORD_SCALE
from viewer.ui.theme import MAX_POINT_SIZES

LEVEL_WORDS = {Level.URGENT: "DARURAT", Level.WARNING: "PERINGATAN", Level.CAUTION: "PERHATIAN"}


def colours_in(widget, rect) -> set[str]:
    """The colours painted in `rect` of `widget`, as a reader's screen shows them."""
    image = widget.grab(rect).toImage()
    return {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }


def test_panel_lists_every_risk_in_order_with_level_word_icon_and_source(window):
    article = window.current.article
    items = window.risk_panel.items
    assert [i.risk.item for i in items] == list(article.warnings)
    assert len(items) == 23
    levels = [i.risk.item.level for i in items]
    assert levels[:3] == [Level.URGENT] * 3
    assert levels == sorted(levels, key=lambda level: level.rank)
    for widget in items:
        item = widget.risk.item
        assert widget.word.text().startswith(LEVEL_WORDS[item.level])  # a word, not colour only
        # The source as screen and paper both name it (presentation.wording).
        assert widget.source.text() == source_label(item)
        assert widget.source.document.toPlainText() == source_label(item)
        # The text a reader sees is the warning, word for word.
        assert widget.text.document.toPlainText() == widget.risk.plain_text
    assert sum(w.source.text() == "Sumber: dari artikel" for w in items) == 6


@pytest.mark.parametrize("level", list(Level))
def test_each_level_shows_its_icon_and_colours(window, level):
    widget = next(w for w in window.risk_panel.items if w.risk.item.level is level)
    look = style(level)
    icon = colours_in(widget, widget.icon_rect())
    assert look.border in icon and "#ffffff" in icon  # the shape in its colour, a white mark
    box = colours_in(widget, widget.rect())
    assert {look.background, look.border, look.foreground} <= box
    assert not widget.icon.isNull()


def test_author_text_in_a_warning_is_shown_as_written(make_window, tmp_path):
    """Entities and angle brackets an author types are shown as typed, never decoded
    or read as markup (check refuses tags in a warning; what it lets through is text)."""
    from support import write_article

    typed = "&lt;b&gt;tebal&lt;/b&gt; &amp; 2 < 3 > 1"
    body = f"\n## Judul\n\nTeks.\n\n::: peringatan\nAwas {typed}.\nSumber: {typed}\n:::\n"
    write_article(tmp_path, body)
    widget = make_window(tmp_path).risk_panel.items[0]
    assert widget.text.document.toPlainText() == f"Awas {typed}."
    assert widget.source.document.toPlainText() == source_label(widget.risk.item)
    assert widget.source.textFormat() == Qt.TextFormat.PlainText
    assert widget.links == ()


def test_each_warning_is_named_for_screen_readers(window):
    for widget in window.risk_panel.items:
        item = widget.risk.item
        assert widget.accessibleName() == f"{LEVEL_WORDS[item.level]}: {widget.risk.plain_text}"
        assert widget.source.text() in widget.accessibleDescription()
        assert widget.word.text().split(" · ")[1] in widget.accessibleDescription()  # the hint
        heading = window.article_view.section(item.section_id).header.heading
        assert widget.go.accessibleName() == f"Baca bagian {heading}"
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert (
        window.risk_panel.heading.accessibleDescription() == "3 darurat, 13 peringatan, 7 perhatian"
    )


def test_the_parts_that_stand_out_follow_the_zoom(window):
    panel = window.risk_panel
    for percent in (100, 200, 250):
        window.zoom.set_percent(percent)
        # Capped, as the other always-visible parts: the first warning stays whole.
        base = min(window.zoom.point_size, MAX_POINT_SIZES["#riskPanel"])
        assert panel.heading.font().pointSizeF() == pytest.approx(base * HEADING_SCALE)
        assert panel.heading.font().bold()
        for widget in panel.items:
            assert widget.text.font().pointSizeF() == pytest.approx(base)
            assert widget.word.font().pointSizeF() == pytest.approx(base * WORD_SCALE)
            assert widget.word.font().bold()
            assert widget.source.font().pointSizeF() == pytest.approx(base * SOURCE_SCALE)
            assert not widget.source.font().bold()
            assert widget.go.font().pointSizeF() == pytest.approx(base)


def test_every_word_of_a_warning_fits_its_box(window):
    """Nothing is cut: each part lies inside the item, and the item is as tall as it needs."""
    for percent in (100, 250):
        window.zoom.set_percent(percent)
        window.risk_panel.widget().layout().activate()
        shown = [w for w in window.risk_panel.items if w.isVisible()]  # folded: urgent only
        assert shown
        for widget in shown:
            assert widget.height() >= widget.heightForWidth(widget.width())
            assert widget.rect().contains(widget.go.geometry())
            assert widget.go.height() >= 44


def test_panel_is_visible_beside_the_article(window):
    panel, article = window.risk_panel, window.article_view
    assert panel.isVisible()
    assert panel.geometry().left() >= article.geometry().right()


def test_narrow_window_puts_the_panel_above_the_article(qtbot, make_window):
    from viewer.ui.print_actions import install_print_actions

    window = make_window(size=(1280, 900))
    install_print_actions(window)  # the full toolbar, as the app shows it
    window.resize(760, 900)
    qtbot.waitUntil(
        lambda: (
            window.risk_panel.mapTo(window, window.risk_panel.rect().topLeft()).y()
            < window.article_view.mapTo(window, window.article_view.rect().topLeft()).y()
        )
    )
    assert window.risk_panel.isVisible()
    # The urgent warnings whole, the article keeping the rest (layout_plan: at most 60 %).
    assert window.height() * 0.2 <= window.risk_panel.height() <= window.height() * 0.6
    buttons = window.toolbar.findChildren(QPushButton)
    assert len(buttons) >= 6
    qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in buttons))


def test_risk_item_leads_to_its_section(qtbot, window):
    widget = window.risk_panel.items[-1]
    section = window.article_view.section(widget.risk.item.section_id)
    assert not section.is_open
    qtbot.mouseClick(widget.go, Qt.MouseButton.LeftButton)
    assert section.is_open


def test_tapping_a_term_in_the_article_shows_its_definition_next_to_it(qtbot, window):
    section = window.article_view.sections[3]
    section.set_open(True)
    qtbot.waitUntil(lambda: section.body.height() > 50)
    click_text(qtbot, section.body, "kecemasan")
    popup = window.popup
    qtbot.waitUntil(popup.isVisible)
    term = window.library.glossary.get("kecemasan")
    assert popup.title.text() == "kecemasan"
    assert popup.definition.text() == term.definition
    # Next to the word: within a few lines below where it was tapped.
    word = section.body.viewport().mapTo(window.centralWidget(), section.body.cursorRect().center())
    assert window.centralWidget().rect().contains(popup.geometry())
    assert abs(popup.y() - word.y()) < 400
    assert not popup.geometry().intersects(window.info_bar.geometry()), "119 stays visible"
    qtbot.keyClick(popup.close_button, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_a_form_of_a_term_opens_the_term(qtbot, window):
    section = window.article_view.sections[5]  # mentions "inhibitor reuptake serotonin selektif"
    section.set_open(True)
    qtbot.waitUntil(lambda: section.body.height() > 50)
    click_text(qtbot, section.body, "serotonin")
    qtbot.waitUntil(window.popup.isVisible)
    assert window.popup.title.text() == "SSRI"


def test_tap_outside_closes_the_definition(qtbot, window):
    window.follow_link("term:kejang", window.mapToGlobal(window.rect().center()))
    assert window.popup.isVisible()
    qtbot.mouseClick(window.toolbar.open_all, Qt.MouseButton.LeftButton)
    assert not window.popup.isVisible()


def test_term_in_the_risk_panel_opens_its_definition(qtbot, window):
    widget = next(w for w in window.risk_panel.items if "term:opioid" in w.links)
    window.risk_panel.ensureWidgetVisible(widget)
    point = widget.link_centre("term:opioid")
    qtbot.mouseMove(widget, point)
    assert widget.cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(window.popup.isVisible)
    assert window.popup.title.text() == "opioid"


def test_a_tap_beside_a_link_opens_nothing(qtbot, window):
    widget = window.risk_panel.items[0]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().bottomLeft())
    assert not window.popup.isVisible()


def test_the_keyboard_reaches_every_link_of_a_warning_then_its_button(qtbot, window):
    widget = next(w for w in window.risk_panel.items if len(w.links) >= 2)
    first, second = widget.links[:2]
    window.activateWindow()  # keys and focus go to the active window only
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(window.popup.isVisible)
    assert window.popup.title.text() == window.library.glossary.get(term_key_from_href(first)).term
    qtbot.keyClick(window.popup.close_button, Qt.Key.Key_Escape)
    assert widget.hasFocus()  # back on the link that opened it: Tab goes on from there
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(window.popup.isVisible)
    assert window.popup.title.text() == window.library.glossary.get(term_key_from_href(second)).term
    qtbot.keyClick(window.popup.close_button, Qt.Key.Key_Escape)
    for _ in widget.links[2:]:
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert widget.hasFocus()  # still on its own links, the last one now
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert widget.go.hasFocus()
    qtbot.keyClick(widget.go, Qt.Key.Key_Backtab)  # back from the button: the last link
    assert widget.hasFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(window.popup.isVisible)
    last = window.library.glossary.get(term_key_from_href(widget.links[-1]))
    assert window.popup.title.text() == last.term


def test_the_keyboard_shows_where_it_is_a_tap_leaves_no_ring(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    plain = next(w for w in window.risk_panel.items if not w.links)
    linked = next(w for w in window.risk_panel.items if w.links)
    plain.setFocus(Qt.FocusReason.MouseFocusReason)
    assert FOCUS_COLOUR not in colours_in(plain, plain.rect())
    linked.setFocus(Qt.FocusReason.TabFocusReason)  # on its first link
    assert FOCUS_COLOUR in colours_in(linked, linked.rect())
    plain.setFocus(Qt.FocusReason.TabFocusReason)  # no link: round its text
    assert FOCUS_COLOUR in colours_in(plain, plain.rect())


def test_glossary_panel_lists_all_terms_a_to_z_and_filters(qtbot, window):
    panel = window.glossary_panel
    terms = [t.term for t in window.library.glossary.terms]
    assert panel.visible_terms() == sorted(terms, key=str.casefold)
    assert len(terms) >= 15
    qtbot.keyClicks(panel.filter, "kej")
    assert panel.visible_terms() == ["kejang"]
    panel.list.setCurrentRow(
        next(i for i in range(panel.list.count()) if panel.list.item(i).text() == "kejang")
    )
    assert window.library.glossary.get("kejang").definition in panel.definition.text()
    panel.filter.clear()
    qtbot.keyClicks(panel.filter, "tidak-ada-istilah-ini")
    assert panel.visible_terms() == []
    assert panel.empty.isVisible() or not panel.isVisible()


def test_filter_matches_listed_forms(qtbot, window):
    qtbot.keyClicks(window.glossary_panel.filter, "reuptake")
    assert window.glossary_panel.visible_terms() == ["SSRI"]
