"""Zoom, links that never leave the app, bad content, and always-visible facts."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

import pytest
from helpers import click_text
from PySide6.QtCore import QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QPushButton

from support import FRONT, write_article
from viewer import settings
from viewer.clinic_settings import ZOOM_STEPS
from viewer.ui.app import install_excepthook
from viewer.ui.safe_browser import SafeTextBrowser
from viewer.ui.zoom import Zoom


def body_point_size(window) -> float:
    return window.article_view.sections[0].body.font().pointSizeF()


def test_zoom_buttons_and_keys_change_the_text_size_everywhere(qtbot, window):
    start = body_point_size(window)
    risk_start = window.risk_panel.items[0].text.font().pointSizeF()
    qtbot.mouseClick(window.toolbar.zoom_in, Qt.MouseButton.LeftButton)
    assert body_point_size(window) > start
    assert window.risk_panel.items[0].text.font().pointSizeF() > risk_start
    assert window.glossary_panel.list.font().pointSizeF() > start
    assert window.toolbar.zoom_label.text() == "115%"
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.toolbar.zoom_label.text() == "130%"
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert body_point_size(window) == pytest.approx(start)
    qtbot.mouseClick(window.toolbar.zoom_out, Qt.MouseButton.LeftButton)
    assert body_point_size(window) < start


def test_zoom_is_kept_for_the_next_start_when_the_window_closes(qtbot, window):
    qtbot.mouseClick(window.toolbar.zoom_in, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.toolbar.zoom_in, Qt.MouseButton.LeftButton)
    assert settings.load_zoom() == 100, "not written on every step"
    window.close()
    assert Zoom(settings.load_zoom()).percent == 130


def test_zoom_stops_at_its_limits(qtbot, window):
    for _ in range(20):
        window.zoom.zoom_in()
    assert not window.toolbar.zoom_in.isEnabled()
    assert window.zoom.percent == ZOOM_STEPS[-1]
    for section in window.article_view.sections:
        assert section.header.height() >= 44


@pytest.fixture
def opened_urls(monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


def test_external_link_is_shown_with_its_address_and_never_opened(
    qtbot, make_window, tmp_path, opened_urls
):
    write_article(tmp_path, "\n## Bagian\n\nBaca [situs NHS](https://www.nhs.uk/x) nanti.\n")
    window = make_window(tmp_path)
    section = window.article_view.sections[1]
    section.set_open(True)
    qtbot.waitUntil(lambda: section.body.height() > 20)
    assert "situs NHS (https://www.nhs.uk/x)" in section.plain_text()
    click_text(qtbot, section.body, "situs NHS")
    qtbot.waitUntil(window.notice.isVisible)
    assert "https://www.nhs.uk/x" in window.notice_text.text()
    assert opened_urls == []
    assert section.body.toPlainText().startswith("Baca")  # the document was not replaced


def test_link_to_a_section_opens_it(qtbot, make_window, tmp_path):
    write_article(tmp_path, "\n## Satu\n\nLihat [bagian dua](#dua).\n\n## Dua\n\nIsi.\n")
    window = make_window(tmp_path)
    first = window.article_view.section("satu")
    first.set_open(True)
    qtbot.waitUntil(lambda: first.body.height() > 20)
    click_text(qtbot, first.body, "bagian dua")
    assert window.article_view.section("dua").is_open


# Each refusal is logged: the planted image (by relative and absolute path), the web one.
@pytest.mark.expect_log("viewer.content_images", "outside content or missing: ../rahasia.png")
@pytest.mark.expect_log("viewer.content_images", "/rahasia.png")
@pytest.mark.expect_log("viewer.content_images", "refused resource https://contoh.test/a.png")
@pytest.mark.expect_log("viewer.ui.safe_browser", "refused navigation to file:///etc/hostname")
def test_images_load_only_from_inside_the_content_folder(tmp_path: Path, monkeypatch):
    content = tmp_path / "konten"
    (content / "gambar").mkdir(parents=True)
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(content / "gambar" / "a.png"))
    assert image.save(str(tmp_path / "rahasia.png"))
    # Qt would try a refused relative name against the working directory: put the
    # secret image right there, so the test fails if anything reads it.
    monkeypatch.chdir(content)
    browser = SafeTextBrowser(content)
    outside = ["../rahasia.png", str(tmp_path / "rahasia.png"), "https://contoh.test/a.png"]
    browser.setHtml(
        '<p><img src="gambar/a.png">' + "".join(f'<img src="{src}">' for src in outside) + "</p>"
    )
    kind = QTextDocument.ResourceType.ImageResource.value
    shown = browser.document().resource(kind, QUrl("gambar/a.png"))
    assert shown.size().width() == 4, "the image inside the content folder is shown"
    for src in outside:
        loaded = browser.document().resource(kind, QUrl(src))
        assert loaded.size().width() == 1, f"{src} was read"
    browser.setSource(QUrl.fromLocalFile("/etc/hostname"))
    assert "hostname" not in browser.toPlainText()


def test_a_broken_article_leaves_the_good_ones_with_a_calm_closable_notice(
    qtbot, make_window, tmp_path
):
    write_article(tmp_path, "\n## Baik\n\nTeks baik.\n", name="baik")
    write_article(tmp_path, "\n## Rusak\n\nTeks.\n\n::: bahaya\nA.\nSumber: B\n:::\n", name="rusak")
    window = make_window(tmp_path)
    assert window.current.article.meta.id == "baik"
    assert window.article_view.isVisible()
    # Readers see a calm line they can close; the detail is for staff (log, `check`).
    assert window.notice.isVisible()
    assert "Informasi lain tetap dapat dibaca" in window.notice_text.text()
    for technical in ("rusak", ".md", ":16", "bahaya", "tingkat"):
        assert technical not in window.notice_text.text()
    qtbot.mouseClick(window.notice_close, Qt.MouseButton.LeftButton)
    assert not window.notice.isVisible()


def test_no_usable_article_gives_a_clear_message_not_a_blank_window(make_window, tmp_path):
    write_article(tmp_path, "tanpa bagian\n", name="rusak")
    window = make_window(tmp_path)
    assert window.current is None
    assert window.empty_page.isVisible()
    assert "Belum ada artikel" in window.empty_page.text()
    assert not window.article_view.isVisible()
    assert window.notice.isVisible()
    assert "beri tahu petugas" in window.notice_text.text()
    # Even with nothing to read, the disclaimer and the emergency number stay in view.
    assert window.info_bar.isVisible()
    assert window.info_bar.emergency.isVisible() and "119" in window.info_bar.emergency.text()
    assert window.info_bar.disclaimer.isVisible()


def test_several_articles_open_on_the_home_screen_and_a_card_opens_its_article(
    qtbot, make_window, tmp_path
):
    write_article(tmp_path, "\n## Satu\n\nTeks satu.\n", name="a-satu")
    write_article(tmp_path, "\n## Dua\n\nTeks dua.\n", name="b-dua")
    window = make_window(tmp_path)
    assert window.pages.currentWidget() is window.home
    cards = window.home.cards()
    assert [card.article_id for card in cards] == ["a-satu", "b-dua"]
    qtbot.mouseClick(cards[1], Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.reading
    assert window.current.article.meta.id == "b-dua"
    assert window.article_view.title.text() == "Contoh b-dua"


def test_disclaimer_review_status_and_emergency_number_are_always_visible(window):
    bar = window.info_bar
    assert bar.isVisible()
    assert "tidak menggantikan nasihat dokter" in bar.disclaimer.text()
    # The bundled article has no reviewer yet: no review date, the notice instead (C8);
    # tests/ui/test_review_status.py has the article with a reviewer.
    assert bar.dates.isVisible()
    assert bar.dates.text() == "Artikel ini belum diperiksa oleh tenaga kesehatan."
    assert "119" in bar.emergency.text()
    assert not bar.overdue.isVisible()


def test_past_the_review_date_the_app_says_it_may_be_out_of_date(make_window):
    window = make_window(today=dt.date(2027, 11, 21))
    assert window.info_bar.overdue.isVisible()
    assert "mungkin sudah tidak terbaru" in window.info_bar.overdue.text()


def test_emergency_number_is_a_setting(make_window):
    QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope,
        settings.ORGANIZATION, settings.APPLICATION,
    ).setValue("clinic/emergency_number", "112")  # fmt: skip
    window = make_window(clinic=settings.load_clinic_settings())
    assert "112" in window.info_bar.emergency.text()
    urgent = window.risk_panel.items[0]
    assert "112" in urgent.risk.plain_text and "119" not in urgent.risk.plain_text


def test_a_garbled_emergency_number_falls_back_to_119():
    settings.qsettings().setValue("clinic/emergency_number", "panggil<b>")
    assert settings.load_clinic_settings().emergency_number == "119"


@pytest.mark.expect_log("viewer.ui.app", "RuntimeError: boom in a slot", level="ERROR")
def test_unexpected_error_is_logged_and_shown_calmly(qtbot, window, caplog, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(window)
    with caplog.at_level(logging.ERROR):
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    assert window.notice.isVisible()
    assert "kesalahan" in window.notice_text.text()
    assert "Traceback" not in window.notice_text.text()
    assert "boom in a slot" in caplog.text
    assert window.isVisible()


@pytest.mark.expect_log("viewer.ui.link_router", "link ignored: file:///etc/passwd")
@pytest.mark.expect_log("viewer.ui.link_router", "link ignored: javascript:alert(1)")
def test_follow_link_ignores_unknown_schemes(window, opened_urls):
    window.follow_link("file:///etc/passwd", QPoint())
    window.follow_link("javascript:alert(1)", QPoint())
    assert opened_urls == []
    assert not window.notice.isVisible()


def test_front_matter_used_by_tests_is_valid(tmp_path):
    """Many tests write articles with FRONT: it must load cleanly, every field as written."""
    from viewer.content.loader import load_library
    from viewer.content.model import ArticleMeta

    write_article(tmp_path, "\n## Satu\n\nTeks.\n")
    library = load_library(tmp_path)
    assert library.problems == ()
    assert [article.meta for article in library.articles] == [
        ArticleMeta(
            id="contoh",
            title="Contoh contoh",
            language="id",
            summary="Ringkasan singkat.",
            source="Klinik",
            last_reviewed=dt.date(2026, 1, 1),
            next_review=dt.date(2027, 1, 1),
            reviewer="",
        )
    ]


@pytest.mark.expect_log("viewer.ui.app", "failed unexpectedly", level="ERROR")
def test_a_loader_bug_still_gives_a_window_with_a_message(qtbot, monkeypatch, tmp_path, caplog):
    from viewer.content.model import Glossary
    from viewer.ui import app
    from viewer.ui.main_window import MainWindow

    def broken_loader(folder):
        raise RuntimeError("bug in the loader")

    monkeypatch.setattr(app, "load_library", broken_loader)
    with caplog.at_level(logging.ERROR):
        library = app.load_library_safely(tmp_path)
    assert "bug in the loader" in caplog.text
    assert library.articles == () and library.glossary == Glossary()
    window = MainWindow(library, settings.ClinicSettings(), Zoom())
    qtbot.addWidget(window)
    window.show()
    assert window.empty_page.isVisible()
    assert "beri tahu petugas" in window.notice_text.text()


@pytest.mark.expect_log("viewer.ui.app", "the window could not show the content", level="ERROR")
def test_a_window_bug_still_gives_a_window_with_a_message(qtbot, monkeypatch, caplog):
    from support import ARTICLE, CONTENT
    from viewer.content.loader import load_library
    from viewer.ui import app, main_window

    real_show = main_window.MainWindow.show_article

    def broken_show(self, article):
        raise KeyError("a bug while showing")

    monkeypatch.setattr(main_window.MainWindow, "show_article", broken_show)
    # With two articles the window would open on the home screen and show none: it opens
    # on an article instead, as staff can set (view/start), so the bug is met at start.
    settings.qsettings().setValue("view/start", ARTICLE)
    with caplog.at_level(logging.ERROR):
        window = app.build_window_safely(load_library(CONTENT), settings.ClinicSettings())
    qtbot.addWidget(window)
    monkeypatch.setattr(main_window.MainWindow, "show_article", real_show)
    window.show()
    assert "a bug while showing" in caplog.text
    assert window.empty_page.isVisible()
    assert "beri tahu petugas" in window.notice_text.text()


def test_author_text_is_never_read_as_markup(make_window, tmp_path):
    evil = '<img src="/etc/x.png"><b>tebal</b>'
    front = FRONT.format(id="contoh").replace('title = "Contoh contoh"', f"title = '{evil}'")
    front = front.replace('reviewer = ""', f"reviewer = '{evil}'")
    write_article(
        tmp_path,
        f"\n## Judul {evil}\n\nTeks.\n\n::: peringatan\nAwas.\nSumber: {evil}\n:::\n",
        front=front,
    )
    (tmp_path / "glossary.md").write_text(f"## teks\n{evil}\n", encoding="utf-8")
    window = make_window(tmp_path)
    window.follow_link("term:teks", window.mapToGlobal(window.rect().center()))
    labels = [
        window.article_view.title,
        window.article_view.sections[1].header.label,
        window.info_bar.dates,
        window.risk_panel.items[0].source,
        window.popup.definition,
    ]
    for label in labels:
        assert evil in label.text()
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_buttons_added_later_take_the_current_text_size(make_window):
    from viewer.ui.print_actions import install_print_actions

    settings.save_zoom(200)
    window = make_window()
    assert window.zoom.percent == 100  # the fixture's window starts at 100 %
    window.zoom.set_percent(200)
    install_print_actions(window)
    fixed = (window.toolbar.zoom_in, window.toolbar.zoom_out)  # one size at every zoom
    buttons = [b for b in window.toolbar.findChildren(QPushButton) if b not in fixed]
    sizes = {b.font().pointSizeF() for b in buttons}
    assert len(sizes) == 1, sizes


@pytest.mark.parametrize("size", [(1280, 820), (800, 600), (1366, 768)])
def test_a_plus_stays_under_the_finger_tap_after_tap(make_window, qtbot, size):
    """The toolbar regrew around A+, and a second tap on the same spot hit another button."""
    window = make_window(size=size)
    from viewer.ui.print_actions import install_print_actions

    install_print_actions(window)
    bar = window.toolbar
    spot = bar.zoom_in.mapTo(window, bar.zoom_in.rect().center())
    for tap in range(len(ZOOM_STEPS)):
        under = window.childAt(spot)
        if not window.zoom.can_zoom_in:
            break
        assert under is bar.zoom_in, f"tap {tap + 1} at {window.zoom.percent}% hit {under}"
        before = window.zoom.percent
        qtbot.mouseClick(under, Qt.MouseButton.LeftButton, pos=under.mapFrom(window, spot))
        assert window.zoom.percent > before
    assert window.zoom.percent == ZOOM_STEPS[-1]
    minus = bar.zoom_out.mapTo(window, bar.zoom_out.rect().center())
    while window.zoom.can_zoom_out:
        before = window.zoom.percent
        under = window.childAt(minus)
        assert under is bar.zoom_out, f"at {before}% A- was not under the finger: {under}"
        qtbot.mouseClick(under, Qt.MouseButton.LeftButton, pos=under.mapFrom(window, minus))
        assert window.zoom.percent < before
