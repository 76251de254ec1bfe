"""Read-aloud in the window, as a listener meets it: what each "Dengarkan" says and in
what order, the spoken word marked and followed, pause / resume / stop, the speed, and the
buttons that say why when the computer cannot speak.

The windows speak through Qt's mock engine (tests/conftest.py). It has English voices but
no Indonesian one, so the speaking tests open an English article of their own."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from support import FRONT, write_article
from viewer.settings import load_speech_rate_step
from viewer.speech.engine import Speaker
from viewer.speech.script import Utterance
from viewer.ui.main_window import MainWindow
from viewer.ui.section_widget import SectionWidget

TIMEOUT = 15_000
ARTICLE_ID = "bacaan"
NO_VOICE = "Suara untuk bahasa Indonesia belum terpasang"
NO_FEATURE = "Fitur baca suara tidak tersedia"

BODY = """
## Cara minum

Minum dengan air.

Obat ini memperkuat GABA.

::: perhatian
Baik untuk diketahui.
Sumber: artikel
:::

## Tanda bahaya

Perhatikan napas.

::: darurat
Sesak napas? Hubungi {nomor_darurat}.
Sumber: NHS
:::

## Bagian tiga

Satu.

Dua.

Tiga.

## Bagian empat

Empat.

Lima.

Enam.

## Bagian akhir

Kalimat terakhir ini.
"""

GLOSSARY = """# Daftar istilah

## GABA
Ucapan: gaba
Zat penenang alami di otak.
"""


def english_front(article_id: str = ARTICLE_ID) -> str:
    front = FRONT.format(id=article_id).replace('language = "id"', 'language = "en"')
    assert 'language = "en"' in front
    return front


def write_english_content(folder: Path) -> Path:
    """A content folder with one English article (the mock has an English voice)."""
    write_article(folder, BODY, name=ARTICLE_ID, front=english_front())
    (folder / "glossary.md").write_text(GLOSSARY, encoding="utf-8")
    return folder


@dataclass
class Heard:
    """What the window gave the engine: each speak() call's texts, and every word said."""

    calls: list[list[str]] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    words: list[tuple[int, int, int]] = field(default_factory=list)

    @property
    def last(self) -> list[str]:
        assert self.calls, "nothing was given to the engine"
        return self.calls[-1]


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> Heard:
    record = Heard()
    original = Speaker.speak
    connected: set[int] = set()

    def speak(self: Speaker, utterances: list[Utterance], language: str) -> None:
        record.calls.append([u.text for u in utterances])
        record.languages.append(language)
        if id(self) not in connected:
            connected.add(id(self))
            self.wordSpoken.connect(lambda *word: record.words.append(word))
        original(self, utterances, language)

    monkeypatch.setattr(Speaker, "speak", speak)
    return record


@pytest.fixture
def english_window(make_window, tmp_path: Path) -> MainWindow:
    return make_window(content=write_english_content(tmp_path / "content"), start=ARTICLE_ID)


def speaker_of(window: MainWindow) -> Speaker:
    speaker = window.read_aloud.speaker
    assert speaker is not None, "the engine is made on the first press"
    return speaker


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def section(window: MainWindow, heading: str) -> SectionWidget:
    return next(s for s in window.article_view.sections if s.header.heading == heading)


def open_section(qtbot, window: MainWindow, heading: str) -> SectionWidget:
    widget = section(window, heading)
    if not widget.is_open:
        click(qtbot, widget.header)
    assert widget.is_open
    return widget


def wait_done(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.read_aloud.speaking, timeout=TIMEOUT)


def listen_buttons(window: MainWindow) -> list[QPushButton]:
    view = window.article_view
    return [
        view.listen_all,
        window.risk_panel.listen,
        *(s.listen for s in view.sections if s.body_made),
        window.popup.listen,
    ]


def marked_words(widget: SectionWidget) -> list[str]:
    text = widget.body.toPlainText()
    selections = widget.body.extraSelections()
    return [text[s.cursor.selectionStart() : s.cursor.selectionEnd()] for s in selections]


# -- what is said, in what order ------------------------------------------------------------


def test_warnings_are_said_urgent_first_each_after_its_level_word(qtbot, english_window, heard):
    click(qtbot, english_window.risk_panel.listen)
    assert heard.languages[-1] == "en"
    assert heard.last == [
        "Urgent. Sesak napas? Hubungi one one nine.",
        "Caution. Baik untuk diketahui.",
    ]
    wait_done(qtbot, english_window)


def test_the_emergency_number_is_said_digit_by_digit(qtbot, english_window, heard):
    assert english_window.clinic.emergency_number == "119"
    click(qtbot, english_window.risk_panel.listen)
    urgent = heard.last[0]
    assert "one one nine" in urgent and "119" not in urgent
    wait_done(qtbot, english_window)


def test_a_glossary_term_is_said_by_its_pronunciation(qtbot, english_window, heard):
    widget = open_section(qtbot, english_window, "Cara minum")
    click(qtbot, widget.listen)
    assert "Obat ini memperkuat gaba." in heard.last
    # Not spelled out as an abbreviation ("jee ay bee ay").
    assert not any("GABA" in text or "jee" in text for text in heard.last)
    wait_done(qtbot, english_window)


def test_a_section_says_its_heading_then_its_paragraphs(qtbot, english_window, heard):
    widget = open_section(qtbot, english_window, "Tanda bahaya")
    click(qtbot, widget.listen)
    # The warning is not part of the section's text: the risk panel says it.
    assert heard.last == ["Tanda bahaya", "Perhatikan napas."]
    wait_done(qtbot, english_window)


def test_the_summary_says_its_text(qtbot, english_window, heard):
    summary = english_window.article_view.sections[0]
    assert summary.is_open  # the summary is open from the start
    click(qtbot, summary.listen)
    assert heard.last == ["Ringkasan singkat."]
    wait_done(qtbot, english_window)


def test_read_all_says_title_summary_warnings_then_sections_in_order(qtbot, english_window, heard):
    click(qtbot, english_window.article_view.listen_all)
    assert heard.last == [
        "Contoh bacaan",
        "Ringkasan singkat.",
        "Urgent. Sesak napas? Hubungi one one nine.",
        "Caution. Baik untuk diketahui.",
        "Cara minum",
        "Minum dengan air.",
        "Obat ini memperkuat gaba.",
        "Tanda bahaya",
        "Perhatikan napas.",
        "Bagian tiga",
        "Satu.",
        "Dua.",
        "Tiga.",
        "Bagian empat",
        "Empat.",
        "Lima.",
        "Enam.",
        "Bagian akhir",
        "Kalimat terakhir ini.",
    ]
    english_window.read_aloud.stop()


def test_the_glossary_popup_says_the_term_then_its_definition(qtbot, english_window, heard):
    english_window.follow_link("term:gaba", QPoint())
    popup = english_window.popup
    assert popup.isVisible() and popup.term is not None
    click(qtbot, popup.listen)
    assert heard.last == ["gaba", "Zat penenang alami di otak."]
    wait_done(qtbot, english_window)


def test_the_first_press_starts_the_reading_once(qtbot, english_window, heard):
    # The engine is made on the first press; a ready engine must not be handed the queue
    # twice (the first start cut off by the second: a blip, and every utterance restarted).
    click(qtbot, english_window.risk_panel.listen)
    assert len(heard.calls) == 1, heard.calls
    wait_done(qtbot, english_window)


def test_the_engine_hears_each_utterance_in_turn(qtbot, english_window, heard):
    widget = open_section(qtbot, english_window, "Cara minum")
    click(qtbot, widget.listen)
    speaker = speaker_of(english_window)
    started: list[str] = []
    speaker.utteranceStarted.connect(
        lambda i: started.append(english_window.read_aloud._queue[i].text)
    )
    with qtbot.waitSignal(speaker.finished, timeout=TIMEOUT):
        pass
    # The first started with the press; the others followed one after another.
    assert started == ["Minum dengan air.", "Obat ini memperkuat gaba."]


# -- the spoken word is marked and followed -------------------------------------------------


def test_the_word_being_said_is_marked_in_the_section(qtbot, english_window, heard):
    widget = open_section(qtbot, english_window, "Cara minum")
    click(qtbot, widget.listen)
    queue = list(english_window.read_aloud._queue)
    seen: list[tuple[str, str]] = []

    def check_mark(index: int, start: int, end: int) -> None:
        utterance = queue[index]
        if utterance.heading:
            return
        seen.append((utterance.shown[start:end], *marked_words(widget)))

    speaker_of(english_window).wordSpoken.connect(check_mark)
    wait_done(qtbot, english_window)
    assert seen == [
        ("Minum", "Minum"),
        ("dengan", "dengan"),
        ("air", "air"),
        ("Obat", "Obat"),
        ("ini", "ini"),
        ("memperkuat", "memperkuat"),
        ("GABA", "GABA"),  # said "gaba", the shown word marked
    ]
    assert widget.body.extraSelections() == []  # the mark goes when the reading ends


def test_read_all_opens_a_closed_section_and_scrolls_to_it(qtbot, english_window, heard):
    window = english_window
    view = window.article_view
    last = section(window, "Bagian akhir")
    assert not last.is_open
    click(qtbot, view.listen_all)
    qtbot.waitUntil(lambda: last.is_open and marked_words(last) != [], timeout=TIMEOUT)
    # Followed: the marked word is inside the view, which had to scroll to show it.
    assert marked_words(last)[0] in ("Kalimat", "terakhir", "ini")
    assert view.verticalScrollBar().value() > 0
    body = last.body
    top = body.mapTo(view.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < view.viewport().height()
    selections = body.extraSelections()  # kept: each cursor lives as long as its list
    word = body.cursorRect(selections[0].cursor)
    word_top = body.viewport().mapTo(view.viewport(), word.topLeft()).y()
    assert word_top >= 0 and word_top + word.height() <= view.viewport().height()
    wait_done(qtbot, window)


def test_a_warning_is_framed_while_it_is_said(qtbot, english_window, heard):
    items = english_window.risk_panel.items
    click(qtbot, english_window.risk_panel.listen)
    assert items[0].speaking  # the urgent one, said first
    qtbot.waitUntil(lambda: items[1].speaking, timeout=TIMEOUT)
    assert not items[0].speaking
    wait_done(qtbot, english_window)
    assert not any(item.speaking for item in items)


# -- pause, resume, stop --------------------------------------------------------------------


def test_the_bar_shows_while_reading_and_pause_resume_stop_work(qtbot, english_window, heard):
    window = english_window
    bar = window.read_aloud.bar
    assert not bar.isVisible()
    widget = open_section(qtbot, window, "Cara minum")
    click(qtbot, widget.listen)
    assert bar.isVisible()
    assert bar.what.text() == "Membacakan: Cara minum"
    speaker = speaker_of(window)
    qtbot.waitUntil(lambda: marked_words(widget) != [], timeout=TIMEOUT)

    click(qtbot, bar.pause)
    assert "Lanjutkan" in bar.pause.text()
    qtbot.waitUntil(lambda: speaker.is_paused, timeout=TIMEOUT)
    assert bar.isVisible() and window.read_aloud.speaking
    words_before = len(heard.words)

    click(qtbot, bar.pause)
    assert "Jeda" in bar.pause.text()
    qtbot.waitUntil(lambda: len(heard.words) > words_before, timeout=TIMEOUT)  # goes on
    assert speaker.is_speaking

    with qtbot.waitSignal(speaker.finished, timeout=TIMEOUT):
        click(qtbot, bar.stop)
    assert not bar.isVisible()
    assert not window.read_aloud.speaking
    assert widget.body.extraSelections() == []


def test_stop_clears_a_warnings_frame(qtbot, english_window, heard):
    items = english_window.risk_panel.items
    click(qtbot, english_window.risk_panel.listen)
    assert items[0].speaking
    click(qtbot, english_window.read_aloud.bar.stop)
    assert not any(item.speaking for item in items)
    assert not english_window.read_aloud.bar.isVisible()


def test_a_tap_elsewhere_in_the_window_stops_the_reading(qtbot, english_window, heard):
    window = english_window
    widget = open_section(qtbot, window, "Cara minum")
    click(qtbot, widget.listen)
    qtbot.waitUntil(lambda: marked_words(widget) != [], timeout=TIMEOUT)
    with qtbot.waitSignal(speaker_of(window).finished, timeout=TIMEOUT):
        click(qtbot, section(window, "Bagian empat").header)
    assert not window.read_aloud.speaking
    assert not window.read_aloud.bar.isVisible()
    assert widget.body.extraSelections() == []


def test_going_home_stops_the_reading(qtbot, english_window, heard):
    window = english_window
    click(qtbot, window.article_view.listen_all)
    assert window.read_aloud.speaking
    with qtbot.waitSignal(speaker_of(window).finished, timeout=TIMEOUT):
        click(qtbot, window.toolbar.home)
    assert window.pages.currentWidget() is window.home
    assert not window.read_aloud.speaking
    assert not window.read_aloud.bar.isVisible()


# -- speed ----------------------------------------------------------------------------------


def engine_rate(window: MainWindow) -> float:
    """The rate the engine speaks at now (what the listener hears)."""
    tts = speaker_of(window)._tts
    assert tts is not None
    return tts.rate()


def test_slower_and_faster_change_the_label_and_the_voice(qtbot, english_window, heard):
    window = english_window
    bar = window.read_aloud.bar
    click(qtbot, window.article_view.listen_all)
    assert bar.rate_label.text() == "Kecepatan: pelan"
    assert engine_rate(window) == pytest.approx(-0.3)

    click(qtbot, bar.slower)
    assert bar.rate_label.text() == "Kecepatan: sangat pelan"
    assert engine_rate(window) == pytest.approx(-0.6)
    assert not bar.slower.isEnabled()  # the slowest step

    click(qtbot, bar.faster)
    click(qtbot, bar.faster)
    assert bar.rate_label.text() == "Kecepatan: biasa"
    assert engine_rate(window) == pytest.approx(0.0)
    assert window.read_aloud.speaking  # the bar's own buttons do not stop it
    window.read_aloud.stop()


def test_the_desktop_keeps_the_chosen_speed_for_the_next_window(
    qtbot, make_window, tmp_path, heard
):
    content = write_english_content(tmp_path / "content")
    first = make_window(content=content, start=ARTICLE_ID)
    click(qtbot, first.article_view.listen_all)
    click(qtbot, first.read_aloud.bar.faster)
    click(qtbot, first.read_aloud.bar.faster)
    first.read_aloud.stop()
    assert load_speech_rate_step(-1) == 3

    second = make_window(content=content, start=ARTICLE_ID)
    assert second.read_aloud.bar.rate_label.text() == "Kecepatan: cepat"
    click(qtbot, second.article_view.listen_all)
    assert engine_rate(second) == pytest.approx(0.3)
    second.read_aloud.stop()


# -- when the computer cannot speak ---------------------------------------------------------


def assert_disabled_with(window: MainWindow, reason: str) -> None:
    for button in listen_buttons(window):
        assert not button.isEnabled(), button.accessibleName()
        assert reason in button.toolTip()
        assert reason in button.accessibleDescription()


def test_no_voice_for_the_articles_language_says_why(qtbot, window, heard):
    # The bundled clonazepam article is Indonesian; the mock has no Indonesian voice.
    assert window.current is not None and window.current.article.meta.language == "id"
    click(qtbot, window.article_view.listen_all)
    assert heard.calls == []  # nothing spoken
    assert not window.read_aloud.speaking
    assert not window.read_aloud.bar.isVisible()
    assert window.notice.isVisible()
    notice = window.notice_text.text()
    assert NO_VOICE in notice and "\n" not in notice
    assert_disabled_with(window, NO_VOICE)


def test_no_engine_disables_the_buttons_with_the_reason(
    qtbot, make_window, tmp_path, monkeypatch, heard
):
    """A real engine is made in a worker process (it logs why, to the log file): the
    window learns it cannot speak a moment after the press, without waiting for it."""
    monkeypatch.setenv("PATIENT_VIEWER_SPEECH_ENGINE", "none-such")
    window = make_window(content=write_english_content(tmp_path / "content"), start=ARTICLE_ID)
    buttons_before = listen_buttons(window)
    assert all(b.isEnabled() for b in buttons_before[:2])  # offered until the first press
    click(qtbot, window.article_view.listen_all)
    qtbot.waitUntil(window.notice.isVisible, timeout=30_000)
    assert heard.calls == []
    assert NO_FEATURE in window.notice_text.text()
    assert not window.read_aloud.bar.isVisible()
    assert_disabled_with(window, NO_FEATURE)


# -- helpers' own check ---------------------------------------------------------------------


def test_the_english_article_is_what_the_speaking_tests_read(english_window):
    current = english_window.current
    assert current is not None
    assert current.article.meta.language == "en"
    assert current.article.meta.id == ARTICLE_ID
    assert english_window.library.glossary.get("gaba") is not None


def test_the_settings_file_can_name_the_voice_and_the_volume(qtbot, make_window, tmp_path):
    """Staff set them in the settings file ([speech] voice=..., volume=...)."""
    from viewer import settings

    store = settings.qsettings()
    store.setValue("speech/voice", "Anne")
    store.setValue("speech/volume", 35)
    store.sync()
    window = make_window()
    window.read_aloud.listen_to_warnings()  # the engine is made on the first press
    speaker = window.read_aloud.speaker
    assert speaker is not None
    assert speaker._voice_name == "Anne"
    assert speaker._tts.volume() == pytest.approx(0.35, abs=0.01)
