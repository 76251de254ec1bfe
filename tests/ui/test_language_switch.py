"""The interface language, switched in the window: everything the app says changes at
once (no restart), the article shows its variant in that language or says it has none,
the reader's choice is kept, and the "Tampilan" panel works by keyboard and touch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from english_texts import indonesian_in, visible_texts
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from support import ARTICLE, CONTENT
from viewer import i18n, settings
from viewer.ui.glossary_panel import TERM_ROLE
from viewer.ui.language import LanguageSwitch
from viewer.ui.main_window import MainWindow
from viewer.ui.section_widget import MIN_TOUCH_TARGET

HOW_TO = "cara-memakai-aplikasi"  # the how-to article; Indonesian only in `indonesian_only`


@pytest.fixture(autouse=True)
def indonesian_again(styled_application):
    """The language is the application's: every test leaves it Indonesian."""
    yield
    LanguageSwitch.of(styled_application).apply("id")


@pytest.fixture
def indonesian_only(tmp_path: Path) -> Path:
    """The bundled content without the how-to article's English variant: beside the
    clonazepam article and its variant, an article a reader can have in Indonesian only."""
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder, ignore=shutil.ignore_patterns(f"{HOW_TO}.en.md"))
    return folder


def _button(group, choice: str):
    return next(b for b in group.buttons() if b.property("choice") == choice)


def choose_in_panel(window: MainWindow, qtbot, language: str) -> None:
    if not window.display_panel.isVisible():
        qtbot.mouseClick(window.toolbar.display, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_button(window.display_panel.languages, language), Qt.MouseButton.LeftButton)


def english(context: str, source: str) -> str:
    words = i18n.translate(context, source, "en")
    assert words != source, f"no English for {source!r} in viewer_en.ts"
    return words


def test_english_in_the_panel_changes_every_word_at_once(window, qtbot):
    choose_in_panel(window, qtbot, "en")

    assert window.language == "en"
    assert window.toolbar.home.text() == english("ReaderToolbar", "⌂ Beranda")
    assert window.toolbar.display.text() == english("ReaderToolbar", "Aa Tampilan")
    assert window.side.tabText(0) == english("MainWindow", "Daftar isi")
    # The article on show is now its English variant, as far as the reader had read.
    article = window.current.article
    assert (article.meta.id, article.meta.language) == (ARTICLE, "en")
    assert window.article_view.title.text() == article.meta.title
    assert window.windowTitle().startswith(article.meta.title)
    assert window.article_view.sections[0].header.heading == english("ArticleView", "Ringkasan")
    window.article_view.open_all()
    qtbot.wait(10)
    assert indonesian_in(visible_texts(window)) == []


def test_back_to_indonesian_restores_the_original_and_the_place(window, qtbot):
    view = window.article_view
    view.sections[2].set_open(True)
    opened = [w.is_open for w in view.sections]
    choose_in_panel(window, qtbot, "en")
    assert [w.is_open for w in view.sections] == opened  # the same sections, by place
    choose_in_panel(window, qtbot, "id")

    assert window.toolbar.home.text() == "⌂ Beranda"
    assert window.current.article.meta.language == "id"
    assert [w.is_open for w in view.sections] == opened


def test_the_choice_is_kept_for_the_next_start(window, qtbot):
    choose_in_panel(window, qtbot, "en")
    assert settings.load_language() == "en"
    choose_in_panel(window, qtbot, "id")
    assert settings.load_language() == "id"


def test_home_cards_show_the_variants_titles(make_window, indonesian_only, qtbot):
    window = make_window(indonesian_only, start=None)
    choose_in_panel(window, qtbot, "en")
    titles = {card.article_id: card.accessibleName() for card in window.home.cards()}
    english_title = window.library.article(ARTICLE, "en").meta.title
    assert titles[ARTICLE] == english_title
    assert titles[HOW_TO] == window.library.meta(HOW_TO).title  # no variant: the original
    assert indonesian_in(visible_texts(window)) == []


def test_the_bundled_how_to_article_is_read_in_english_too(make_window, qtbot):
    window = make_window(start=HOW_TO)
    choose_in_panel(window, qtbot, "en")
    bar = window.article_view.languages

    assert window.current.article.meta.language == "en"
    assert not bar.note.isVisible()
    assert [b.text() for b in bar.buttons] == ["Bahasa Indonesia"]
    window.article_view.open_all()
    qtbot.wait(10)
    assert indonesian_in(visible_texts(window)) == []


def test_an_article_without_a_variant_says_so_in_the_readers_language(
    make_window, indonesian_only, qtbot
):
    window = make_window(indonesian_only, start=HOW_TO)
    choose_in_panel(window, qtbot, "en")
    bar = window.article_view.languages

    assert window.current.article.meta.language == "id"
    assert bar.isVisible() and bar.note.isVisible()
    assert bar.note.text() == english(
        "ArticleLanguageBar", "Artikel ini hanya tersedia dalam {language}."
    ).format(language=english("ArticleLanguageBar", "bahasa Indonesia"))


def test_the_reader_can_read_an_article_in_another_language_alone(window, qtbot):
    """Indonesian interface, English article: the article's own button, not the panel."""
    bar = window.article_view.languages
    assert bar.isVisible() and not bar.note.isVisible()
    (english_button,) = bar.buttons
    assert english_button.text() == "English"
    qtbot.mouseClick(english_button, Qt.MouseButton.LeftButton)

    assert window.current.article.meta.language == "en"
    assert window.toolbar.home.text() == "⌂ Beranda"  # the interface stays Indonesian
    (back_button,) = bar.buttons
    assert back_button.text() == "Bahasa Indonesia"
    # Kept while the window is open: home and back again finds it in English.
    window.navigator.open_home()
    window.open_article(ARTICLE)
    assert window.current.article.meta.language == "en"


def test_the_panel_by_keyboard_alone(window, qtbot):
    window.activateWindow()
    window.toolbar.display.setFocus()
    qtbot.keyClick(window.toolbar.display, Qt.Key.Key_Return)
    panel = window.display_panel
    assert panel.isVisible()
    focused = QApplication.focusWidget()
    assert focused is _button(panel.languages, "id")  # the language in force
    assert focused.isChecked()
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    english_button = QApplication.focusWidget()
    assert english_button is _button(panel.languages, "en")
    qtbot.keyClick(english_button, Qt.Key.Key_Space)
    assert window.language == "en"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not panel.isVisible()
    assert QApplication.focusWidget() is window.toolbar.display
    assert window.current is not None  # Esc closed the panel; it did not go Back


def test_panel_buttons_are_large_enough_to_touch(window, qtbot):
    qtbot.mouseClick(window.toolbar.display, Qt.MouseButton.LeftButton)
    panel = window.display_panel
    buttons = [*panel.languages.buttons(), *panel.themes.buttons(), panel.close_button]
    assert all(b.height() >= MIN_TOUCH_TARGET and b.isVisible() for b in buttons)


def test_qt_own_buttons_follow_the_language(window, qtbot):
    choose_in_panel(window, qtbot, "en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    window.display_choices.choose_language("id")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"


def test_a_language_without_a_catalogue_leaves_indonesian(window, monkeypatch):
    monkeypatch.setattr(i18n, "catalogue", lambda language: None)
    window.display_choices.choose_language("en")
    assert window.language == "id"
    assert window.toolbar.home.text() == "⌂ Beranda"


# -- what a switch must not lose or leave behind ----------------------------------------


def test_an_articles_open_sections_survive_a_switch_between_visits(make_window, qtbot):
    """Sections are kept by place: the English headings have other ids."""
    window = make_window(start=None)
    window.open_article(ARTICLE)
    view = window.article_view
    for place in (2, 3):
        view.sections[place].set_open(True)
    opened = [w.is_open for w in view.sections]
    window.navigator.open_home()
    choose_in_panel(window, qtbot, "en")
    window.open_article(ARTICLE)
    assert window.current.article.meta.language == "en"
    assert [w.is_open for w in view.sections] == opened


def test_a_link_to_a_section_opens_it_in_the_variant_shown(make_window, indonesian_only, qtbot):
    """From the Indonesian-only how-to article in an English window, a link written with
    the Indonesian section's id opens the English variant at that section."""
    window = make_window(indonesian_only, start=HOW_TO)
    choose_in_panel(window, qtbot, "en")
    window.follow_link(f"{ARTICLE}.md#kebal-obat-dan-kecanduan", QPoint())
    article = window.current.article
    assert article.meta.language == "en"
    place = [s.id for s in window.library.article(ARTICLE).sections].index(
        "kebal-obat-dan-kecanduan"
    )
    assert window.article_view.section(article.sections[place].id).is_open


def test_the_application_name_in_the_title_bar_follows_the_language(window, qtbot):
    choose_in_panel(window, qtbot, "en")
    name = QApplication.instance().applicationDisplayName()
    assert name == english("App", "Informasi Obat untuk Pasien")
    choose_in_panel(window, qtbot, "id")
    assert QApplication.instance().applicationDisplayName() == "Informasi Obat untuk Pasien"


@pytest.mark.expect_log("viewer.ui.main_window", "cannot be shown")
def test_a_notice_in_the_old_language_does_not_stay(window, qtbot):
    window.show_unavailable("tidak-ada")
    assert window.notice.isVisible()
    choose_in_panel(window, qtbot, "en")
    assert not window.notice.isVisible()


def test_the_empty_page_speaks_the_new_language(make_window, tmp_path, qtbot):
    window = make_window(tmp_path, start=None)
    assert window.pages.currentWidget() is window.empty_page
    window.display_choices.choose_language("en")
    assert window.empty_page.text().startswith(
        english(
            "MainWindow",
            "Belum ada artikel yang dapat ditampilkan.\n\n"
            "Mohon beri tahu petugas klinik. Petugas dapat memeriksa folder konten "
            "dengan perintah: patient-viewer check",
        )[:20]
    )


def test_the_glossary_panels_definition_follows_the_language(make_window, indonesian_only, qtbot):
    # Indonesian only: its glossary stays Indonesian
    window = make_window(indonesian_only, start=HOW_TO)
    panel = window.glossary_panel
    row = next(i for i in range(panel.list.count()) if panel.list.item(i).data(TERM_ROLE).forms)
    panel.list.setCurrentRow(row)
    assert "Juga ditulis:" in panel.definition.text()
    choose_in_panel(window, qtbot, "en")
    assert "Juga ditulis:" not in panel.definition.text()
