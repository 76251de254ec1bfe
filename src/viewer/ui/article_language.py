"""Under an article's title: the languages it can also be read in, and, when it is not in
the interface's language, a short note saying so.

An English reader who opens an article written only in Indonesian sees the Indonesian
text with "This article is only available in Indonesian."; an article with an English
variant offers a button for each other language, named in that language (a reader finds
"English" or "Bahasa Indonesia" whatever the interface shows).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from viewer import i18n
from viewer.ui.buttons import enter_presses
from viewer.ui.language import retranslate_on_change
from viewer.ui.section_widget import MIN_TOUCH_TARGET
from viewer.ui.zoom import Zoom

# A language's name inside a sentence of the interface ("only available in ...").
_NAMES = {
    "id": QT_TRANSLATE_NOOP("ArticleLanguageBar", "bahasa Indonesia"),
    "en": QT_TRANSLATE_NOOP("ArticleLanguageBar", "bahasa Inggris"),
}


class ArticleLanguageBar(QFrame):
    languageChosen = Signal(str)  # noqa: N815 - mirrors Qt's naming

    def __init__(self, zoom: Zoom, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("articleLanguage")
        self._zoom = zoom
        self.note = QLabel(self)
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        self.also = QLabel(self)
        self._buttons: list[QPushButton] = []
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.also)
        self._row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(self._row)
        self._shown = i18n.SOURCE_LANGUAGE
        self._wanted = i18n.SOURCE_LANGUAGE
        self._others: tuple[str, ...] = ()
        retranslate_on_change(self, self._retranslate)
        self.hide()

    @property
    def buttons(self) -> tuple[QPushButton, ...]:
        return tuple(self._buttons)

    def show_languages(self, shown: str, wanted: str, available: tuple[str, ...]) -> None:
        """`shown`: the article's language on screen; `wanted`: the reader's (the
        interface's, or the one they chose for this article); `available`: all of its."""
        self._shown, self._wanted = shown, wanted
        others = tuple(code for code in available if code != shown and code in i18n.LANGUAGES)
        if others != self._others:
            self._others = others
            self._make_buttons()
        self._retranslate()
        self.setVisible(bool(others) or shown != wanted)

    def _make_buttons(self) -> None:
        for button in self._buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for code in self._others:
            button = enter_presses(QPushButton(i18n.LANGUAGES[code], self))
            button.setObjectName("articleLanguageButton")
            button.setMinimumHeight(MIN_TOUCH_TARGET)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setProperty("language", code)
            button.clicked.connect(lambda _=False, c=code: self.languageChosen.emit(c))
            self._zoom.follow(button)
            self._row.insertWidget(self._row.count() - 1, button)  # before the stretch
            self._buttons.append(button)

    def _retranslate(self) -> None:
        name = self.tr(_NAMES.get(self._shown, self._shown))
        if self._shown != self._wanted and self._wanted not in (*self._others, self._shown):
            self.note.setText(
                self.tr("Artikel ini hanya tersedia dalam {language}.").format(language=name)
            )
            self.note.show()
        else:
            self.note.hide()
        self.also.setText(self.tr("Baca dalam:"))
        self.also.setVisible(bool(self._others))
        for button in self._buttons:
            code = button.property("language")
            button.setAccessibleName(
                self.tr("Baca artikel ini dalam {language}").format(
                    language=self.tr(_NAMES.get(code, code))
                )
            )
            button.setToolTip(button.accessibleName())
