"""The risk panel lists exactly what the content declares; terms open their definitions."""

from __future__ import annotations

from helpers import click_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from viewer.content.model import Level

LEVEL_WORDS = {Level.URGENT: "DARURAT", Level.WARNING: "PERINGATAN", Level.CAUTION: "PERHATIAN"}


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
        assert not widget.icon.pixmap().isNull()  # and an icon
        expected = "dari artikel" if item.from_article else item.source
        assert widget.source.text() == f"Sumber: {expected}"
    assert sum(w.source.text() == "Sumber: dari artikel" for w in items) == 6


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
    assert window.height() * 0.2 <= window.risk_panel.height() <= window.height() * 0.41
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
    widget = next(w for w in window.risk_panel.items if "opioid" in w.risk.html)
    widget.text.linkActivated.emit("term:opioid")
    assert window.popup.isVisible()
    assert window.popup.title.text() == "opioid"


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
