"""The window's interface language, switched while it runs.

Two kinds of words change with it: the app's (resources/translations/viewer_<lang>.ts,
through viewer.i18n) and Qt's own (the print and file dialogs, standard buttons: qt_id.ts
for Indonesian; Qt's own English otherwise). Installing or removing a translator makes
Qt send QEvent.LanguageChange to every widget; `retranslate_on_change` lets a widget
rewrite its words then, and LanguageSwitch.changed tells the window to show the
articles' variants in the new language.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from viewer import i18n, translations
from viewer.ui.app_objects import one_per_application

log = logging.getLogger(__name__)

# The locale of each interface language: numbers, dates and file types in Qt's dialogs.
LOCALES = {"id": "id_ID", "en": "en_GB"}
SWITCH_NAME = "languageSwitch"


def system_language() -> str | None:
    """The language the desktop asks for (QLocale reads Windows' and macOS' settings
    too), when it is one of ours."""
    for name in QLocale.system().uiLanguages():
        found = i18n.normalise(name)
        if found:
            return found
    return None


class LanguageSwitch(QObject):
    """Installs the words of one language in the application and swaps them on request."""

    changed = Signal(str)  # the language now in force

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._installed: list[QObject] = []
        self._language: str | None = None

    @classmethod
    def of(cls, app: QCoreApplication) -> LanguageSwitch:
        """The application's switch (one per application), made on first use."""
        return one_per_application(cls, app, SWITCH_NAME)

    @property
    def language(self) -> str:
        return self._language or i18n.SOURCE_LANGUAGE

    def apply(self, language: str) -> str:
        """Show the interface in `language` (Indonesian when it has no usable catalogue);
        returns the language in force. Nothing happens when it is already in force."""
        wanted = i18n.set_language(language)
        if wanted == self._language:
            return wanted
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = [t for t in self._translators(wanted) if self._app.installTranslator(t)]
        QLocale.setDefault(QLocale(LOCALES[wanted]))
        # Qt posts LanguageChange to the windows; delivered now, every widget has its new
        # words before `changed` shows the articles again (and before a test looks).
        # Qt appends it to a window's title that does not end with it (X11, Windows), as
        # the title is set: so before the windows set theirs again, below.
        if isinstance(self._app, QGuiApplication):
            self._app.setApplicationDisplayName(
                QCoreApplication.translate("App", "Informasi Obat untuk Pasien")
            )
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        first = self._language is None
        self._language = wanted
        log.info("interface language: %s", wanted)
        if not first:
            self.changed.emit(wanted)
        return wanted

    def _translators(self, language: str) -> list[QObject]:
        if language == i18n.SOURCE_LANGUAGE:
            qt_words = translations.qt_translator(self._app, language)
            return [qt_words] if qt_words is not None else []
        own = i18n.catalogue(language)
        return [own] if own is not None else []


class _LanguageWatcher(QObject):
    def __init__(self, widget: QWidget, retranslate: Callable[[], None]) -> None:
        super().__init__(widget)
        self._retranslate = retranslate
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def retranslate_on_change(widget: QWidget, retranslate: Callable[[], None]) -> None:
    """Give `widget` its words now, and again each time the interface language changes.

    `retranslate` sets every text the widget shows from self.tr(...), so the words are
    written in one place, for the first showing and every switch alike."""
    retranslate()
    _LanguageWatcher(widget, retranslate)
