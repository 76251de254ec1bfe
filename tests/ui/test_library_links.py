"""Links between articles: `[teks](b.md#bagian)` opens b at that section, a link to an
article that cannot be shown gives a calm notice, and "Lihat juga" opens the related
articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from support import write_article
from ui.helpers import click_text


def front(article_id: str, title: str, related: tuple[str, ...] = ()) -> str:
    listed = ", ".join(f'"{r}"' for r in related)
    return f"""+++
id = "{article_id}"
title = "{title}"
language = "id"
summary = "Ringkasan {title}."
source = "Klinik"
last_reviewed = 2026-01-01
next_review = 2027-01-01
reviewer = ""
related = [{listed}]
+++
"""


A_BODY = """
## Bagian satu

Baca juga [cara minum obat B](b.md#cara-minum) dan [artikel C](c.md).

## Bagian dua

Teks kedua.
"""
B_BODY = """
## Apa itu B

Penjelasan singkat.

## Efek samping

Bisa pusing.

## Cara minum

Minum sesudah makan.
"""


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    write_article(folder, A_BODY, "a", front("a", "Artikel A", ("c", "b")))
    write_article(folder, B_BODY, "b", front("b", "Artikel B"))
    write_article(folder, "\n## Satu\n\nTeks C.\n", "c", front("c", "Artikel C"))
    return folder


@pytest.fixture
def window(make_window, content):
    return make_window(content=content, start="a")


def open_sections(window) -> set[str]:
    return {s.section_id for s in window.article_view.sections if s.is_open}


def test_a_link_opens_the_other_article_at_its_section(qtbot, window):
    section = window.article_view.section("bagian-satu")
    qtbot.mouseClick(section.header, Qt.MouseButton.LeftButton)
    click_text(qtbot, section.body, "cara minum obat B")
    assert window.article_view.title.text() == "Artikel B"
    assert open_sections(window) == {"ringkasan", "cara-minum"}
    header = window.article_view.section("cara-minum").header
    assert header.hasFocus()
    qtbot.waitUntil(lambda: not header.visibleRegion().isEmpty())  # in view
    assert not window.notice.isVisible()


def test_back_after_a_link_returns_to_the_article_as_it_was(qtbot, window):
    window.article_view.section("bagian-satu").set_open(True)
    window.follow_link("b.md#cara-minum", QPoint())
    qtbot.mouseClick(window.toolbar.back, Qt.MouseButton.LeftButton)
    assert window.article_view.title.text() == "Artikel A"
    assert open_sections(window) == {"ringkasan", "bagian-satu"}


def test_a_link_without_a_section_opens_the_article_at_its_top(qtbot, window):
    window.follow_link("c.md", QPoint())
    assert window.article_view.title.text() == "Artikel C"
    assert open_sections(window) == {"ringkasan"}
    assert window.article_view.verticalScrollBar().value() == 0


@pytest.mark.expect_log("viewer.ui.main_window", "'hilang' cannot be shown")
def test_a_link_to_a_missing_article_shows_a_calm_notice(qtbot, window):
    window.follow_link("hilang.md#apa", QPoint())
    assert window.notice.isVisible()
    text = window.notice_text.text()
    assert "belum dapat ditampilkan" in text
    assert "hilang" not in text  # no file names for a patient
    assert window.article_view.title.text() == "Artikel A"  # the reader stays where they were
    assert not window.toolbar.back.isEnabled()


def test_lihat_juga_lists_the_related_articles_titles(window):
    view = window.article_view
    assert view.see_also.isVisible()
    assert view.see_also_heading.text() == "Lihat juga"
    assert [button.text() for button in view.related_buttons] == ["Artikel C", "Artikel B"]


def test_lihat_juga_opens_a_related_article_and_back_returns(qtbot, window):
    qtbot.mouseClick(window.article_view.related_buttons[1], Qt.MouseButton.LeftButton)
    assert window.article_view.title.text() == "Artikel B"
    assert not window.article_view.see_also.isVisible()  # B lists none
    assert window.article_view.related_buttons == ()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.article_view.title.text() == "Artikel A"


def test_enter_on_a_lihat_juga_button_opens_it(qtbot, window):
    button = window.article_view.related_buttons[0]
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert window.article_view.title.text() == "Artikel C"
