"""What the reader chose in "Tampilan": the interface language and the colours, in
force for the whole application, kept for the next start on a desktop, and brought back
to the kiosk's own by the reset for the next reader. (The text size is the Zoom's.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication

from viewer.settings import save_language, save_theme
from viewer.ui.theme import apply_theme

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow


class DisplayChoices(QObject):
    def __init__(self, window: MainWindow, theme: str) -> None:
        """`theme`: the colour choice in force (the application has it already)."""
        super().__init__(window)
        self._window = window
        self._panel = window.display_panel
        self._button = window.toolbar.display
        self.theme = theme
        # What the kiosk's reset returns to (None on the desktop: nothing to reset).
        self.default_language: str | None = None
        self.default_theme: str | None = None
        self._button.clicked.connect(self.toggle_panel)
        self._panel.closed.connect(self._panel_closed)
        self._panel.languageChosen.connect(self.choose_language)
        self._panel.themeChosen.connect(self.choose_theme)

    @Slot()
    def toggle_panel(self) -> None:
        if self._panel.isVisible():
            self._panel.close_panel()
            return
        self._panel.show_choices(self._window.language, self.theme)
        self._panel.open_panel()
        self._button.setChecked(True)

    @Slot()
    def _panel_closed(self) -> None:
        self._button.setChecked(False)
        self._button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def choose_language(self, language: str) -> None:
        """The whole window in `language` at once, no restart (LanguageSwitch)."""
        in_force = self._window.language_switch.apply(language)
        self._panel.show_choices(in_force, self.theme)
        if self._window.mode.remember_view:
            save_language(in_force)

    @Slot(str)
    def choose_theme(self, theme: str) -> None:
        self.theme = theme
        apply_theme(QApplication.instance(), theme)
        self._panel.show_choices(self._window.language, theme)
        if self._window.mode.remember_view:
            save_theme(theme)

    def use_defaults(self, language: str, theme: str) -> None:
        """A kiosk's own language and colours: in force now and after every reset."""
        self.default_language, self.default_theme = language, theme
        self.reset()

    def reset(self) -> None:
        """The kiosk's own language and colours again, for the next reader (nothing
        saved: a kiosk remembers none of its readers)."""
        self._panel.close_panel()
        if self.default_theme is not None and self.theme != self.default_theme:
            self.choose_theme(self.default_theme)
        if self.default_language is not None and self._window.language != self.default_language:
            self._window.language_switch.apply(self.default_language)
