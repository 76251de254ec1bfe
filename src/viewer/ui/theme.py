"""The look of the app: its colours, the style sheets they fill, and the text sizes.

Colours: the themes are data (presentation/palette.py). apply_theme() gives the
application one: it fills the style sheets (resources/styles/*.qss are templates whose
`$role` names the colours) and, for dark and high contrast, the QPalette that Qt's own
widgets draw with (dialogs, scroll bars, combo lists, tooltips; light keeps Qt's own),
and records the theme on the application, where the widgets that paint their own
colours read it (current_scheme()) each time they paint. A change of theme reaches every
widget as QEvent.PaletteChange and StyleChange, and they repaint. With the choice
"system", ThemeSwitch follows the system's light or dark (and its high-contrast
setting) as it changes. Paper never follows: the handout keeps the print colours
(presentation/levels.style).

Text size is not in the style sheet: re-applying an application style sheet re-polishes
every widget (over a second per zoom step here). It is a font that Zoom.follow() gives
to a few widgets (the window, the parts that stand out, the roots of what is built
later), from which every other widget inherits it. By default Qt stops that
inheritance at widgets styled by a style sheet; apply_theme() turns it back on
(Qt.AA_UseStyleSheetPropagationInWidgetStyles).
"""

from __future__ import annotations

import functools
import logging
import string
import time

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from viewer import paths
from viewer.presentation.palette import Scheme, Theme, ThemeChoice, scheme
from viewer.ui.app_objects import one_per_application

log = logging.getLogger(__name__)
STYLE_FILE = "styles/viewer.qss"
CONTROLS_FILE = "styles/controls.qss"  # Qt's widgets, flat (Scheme.styles_qt_widgets)
# The theme in force, on the application object (its value: "light", "dark", ...).
THEME_PROPERTY = "viewerTheme"
# On a widget with a style sheet of its own from a template (set_themed_stylesheet).
SHEET_PROPERTY = "viewerThemedSheet"
SWITCH_NAME = "themeSwitch"

# Relative sizes of the parts that stand out; everything else uses the base size.
SCALES: dict[str, tuple[float, bool]] = {
    "#articleTitle": (1.7, True),
    "#sectionHeading": (1.2, True),
    "#sectionArrow": (1.2, True),
    "#riskHeading": (1.25, True),
    "#popupTerm": (1.2, True),
    "#emergencyNumber": (1.15, True),
    "#disclaimer": (0.9, False),
    "#reviewDates": (0.9, False),
    "#appTitle": (1.1, True),
}
# Parts that are always on screen grow only so far: at the largest zoom they would
# otherwise crowd out the article and the risk panel, which is what the zoom is for.
# The first of a widget's names (its own, then its parents') found here sets its cap.
MAX_POINT_SIZES: dict[str, float] = {
    "#emergencyNumber": 22.0,
    "#infoBar": 15.0,
    "#readerToolbar": 17.0,
    "#sidePanel": 20.0,
    # Whole on screen with the first urgent warning at every zoom, even 250 % on 1280x800.
    "#riskPanel": 24.0,
    # The home screen's "Beranda" (and the search page's heading): above 30 pt the first
    # card would leave a 600 px screen (home_screen.TITLE_MAX_POINT_SIZE).
    "#homeTitle": 30.0,
    # The read-aloud bar's five controls fit an 800 px window side by side at any zoom.
    "#speechBar": 15.0,
    # The "Tampilan" card stays under its toolbar button, inside an 800x600 window.
    "#displayPanel": 17.0,
}


def _cap(widget: QWidget) -> float | None:
    current: QWidget | None = widget
    while current is not None:
        cap = MAX_POINT_SIZES.get(f"#{current.objectName()}")
        if cap is not None:
            return cap
        current = current.parentWidget()
    return None


@functools.cache
def _template(resource: str) -> string.Template:
    path = paths.resource(resource)
    try:
        return string.Template(path.read_text(encoding="utf-8"))
    except OSError:
        log.exception("style sheet not loaded: %s", path)
        return string.Template("")


@functools.cache
def themed_stylesheet(resource: str, theme: Theme) -> str:
    """The style sheet template `resource` (a path under resources/) in `theme`'s colours."""
    return _template(resource).substitute(scheme(theme).values())


@functools.cache
def base_stylesheet(theme: Theme = Theme.LIGHT) -> str:
    """The application's style sheet in `theme`."""
    sheet = themed_stylesheet(STYLE_FILE, theme)
    if scheme(theme).styles_qt_widgets:
        sheet += "\n" + themed_stylesheet(CONTROLS_FILE, theme)
    return sheet


def set_themed_stylesheet(widget: QWidget, resource: str) -> None:
    """Give `widget` a style sheet of its own from the template `resource`, in the theme
    in force now and in each theme applied after."""
    widget.setProperty(SHEET_PROPERTY, resource)
    widget.setStyleSheet(themed_stylesheet(resource, current_theme()))


def current_theme() -> Theme:
    """The theme applied to the application (light before any is)."""
    app = QCoreApplication.instance()
    value = app.property(THEME_PROPERTY) if app is not None else None
    try:
        return Theme(value)
    except ValueError:
        return Theme.LIGHT


def current_scheme() -> Scheme:
    """The colours of the theme in force, for widgets that paint their own."""
    return scheme(current_theme())


def _as_choice(choice: ThemeChoice | str) -> ThemeChoice:
    if isinstance(choice, ThemeChoice):
        return choice
    try:
        return ThemeChoice.parse(choice)
    except ValueError as error:
        log.warning("%s; following the system", error)
        return ThemeChoice.SYSTEM


def resolve(
    choice: ThemeChoice | str,
    colour_scheme: Qt.ColorScheme | None = None,
    contrast: Qt.ContrastPreference | None = None,
) -> Theme:
    """The theme `choice` stands for now: the one named, or for "system" the system's:
    high contrast when it asks for that, dark when it is dark, else light.
    `colour_scheme` and `contrast`: the system's, when just told (else asked)."""
    chosen = _as_choice(choice).theme
    if chosen is not None:
        return chosen
    hints = QGuiApplication.styleHints()
    if contrast is None:
        contrast = hints.accessibility().contrastPreference()
    if contrast == Qt.ContrastPreference.HighContrast:
        return Theme.HIGH_CONTRAST
    if colour_scheme is None:
        colour_scheme = hints.colorScheme()
    return Theme.DARK if colour_scheme == Qt.ColorScheme.Dark else Theme.LIGHT


def qpalette(colours: Scheme) -> QPalette:
    """The palette for what Qt draws itself, in `colours` (bevels derived from the
    button's colour), for the themes that colour Qt's widgets."""
    palette = QPalette(QColor(colours.button_bg), QColor(colours.page_bg))
    role = QPalette.ColorRole
    roles = {
        role.Window: colours.page_bg,
        role.WindowText: colours.text,
        role.Base: colours.surface,
        role.AlternateBase: colours.tint_bg,
        role.Text: colours.text,
        role.PlaceholderText: colours.quiet_text,
        role.Button: colours.button_bg,
        role.ButtonText: colours.text,
        role.BrightText: colours.alarm_text,
        role.Highlight: colours.selection_bg,
        role.HighlightedText: colours.selection_text,
        role.Link: colours.link_text,
        role.LinkVisited: colours.link_text,
        role.ToolTipBase: colours.tooltip_bg,
        role.ToolTipText: colours.tooltip_text,
        role.Accent: colours.accent,
    }
    for name, colour in roles.items():
        palette.setColor(name, QColor(colour))
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, name, QColor(colours.disabled_text))
    return palette


class ThemeSwitch(QObject):
    """Gives the application the colours of the reader's choice, and keeps following
    the system while that choice is "system"."""

    changed = Signal(str)  # the Theme now in force, after a switch

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._choice = ThemeChoice.SYSTEM
        self._theme: Theme | None = None
        self._following = False
        self.last_switch_ms = 0.0  # how long the last switch took (palette, sheets)

    @classmethod
    def of(cls, app: QApplication) -> ThemeSwitch:
        """The application's switch (one per application), made on first use."""
        return one_per_application(cls, app, SWITCH_NAME)

    @property
    def choice(self) -> ThemeChoice:
        return self._choice

    @property
    def theme(self) -> Theme:
        return self._theme or Theme.LIGHT

    def apply(self, choice: ThemeChoice | str) -> Theme:
        """Show the application in `choice`; returns the theme in force. Nothing is
        re-applied when that theme is in force already."""
        self._choice = _as_choice(choice)
        chosen = self._choice.theme
        hints = self._app.styleHints()
        # Not listening while asking: the answer to our own request is no news.
        self._follow(False)
        # Qt's own parts (a window's frame on Windows, native dialogs) go light or dark
        # with it; "system" gives the system its say back.
        if chosen is None:
            hints.unsetColorScheme()
        else:
            light = chosen is Theme.LIGHT
            hints.setColorScheme(Qt.ColorScheme.Light if light else Qt.ColorScheme.Dark)
        self._follow(chosen is None)
        return self._show(resolve(self._choice))

    def _follow(self, on: bool) -> None:
        if on == self._following:
            return
        hints = self._app.styleHints()
        scheme_changed = hints.colorSchemeChanged
        contrast_changed = hints.accessibility().contrastPreferenceChanged
        if on:
            scheme_changed.connect(self._system_scheme_changed)
            contrast_changed.connect(self._system_contrast_changed)
        else:
            scheme_changed.disconnect(self._system_scheme_changed)
            contrast_changed.disconnect(self._system_contrast_changed)
        self._following = on

    @Slot(Qt.ColorScheme)
    def _system_scheme_changed(self, colour_scheme: Qt.ColorScheme) -> None:
        self._show(resolve(ThemeChoice.SYSTEM, colour_scheme=colour_scheme))

    @Slot(Qt.ContrastPreference)
    def _system_contrast_changed(self, contrast: Qt.ContrastPreference) -> None:
        self._show(resolve(ThemeChoice.SYSTEM, contrast=contrast))

    def _show(self, theme: Theme) -> Theme:
        if theme is self._theme and self._app.property(THEME_PROPERTY) == theme.value:
            return theme
        started = time.perf_counter()
        first = self._theme is None
        self._theme = theme
        app = self._app
        # First, so that what paints on the palette's change paints in the new colours.
        app.setProperty(THEME_PROPERTY, theme.value)
        # Fonts set on a widget reach its styled children (see the module's docstring).
        QCoreApplication.setAttribute(
            Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles, True
        )
        colours = scheme(theme)
        # Light leaves Qt its own palette (an empty one resets to it): Qt's widgets as
        # they always were, and the handout's text, which takes the palette's, black.
        app.setPalette(qpalette(colours) if colours.styles_qt_widgets else QPalette())
        app.setStyleSheet(base_stylesheet(theme))
        for widget in app.allWidgets():
            resource = widget.property(SHEET_PROPERTY)
            if resource:
                widget.setStyleSheet(themed_stylesheet(resource, theme))
        self.last_switch_ms = (time.perf_counter() - started) * 1000
        log.info("theme: %s (%.0f ms)", theme.value, self.last_switch_ms)
        if not first:
            self.changed.emit(theme.value)
        return theme


def apply_theme(app: QApplication, choice: ThemeChoice | str) -> Theme:
    """Give `app` the colours of `choice`: "light", "dark", "high-contrast", or "system"
    (follow the computer's light or dark, and its high contrast, as they change). Returns
    the theme in force (a Theme: it equals its word, Theme.DARK == "dark")."""
    return ThemeSwitch.of(app).apply(choice)


def apply_stylesheet(app: QApplication) -> None:
    """The light theme (what the app had before themes; apply_theme chooses)."""
    apply_theme(app, ThemeChoice.LIGHT)


def capped(widget: QWidget, point_size: float) -> float:
    """`point_size` within the cap of `widget` or the first of its parents that has one."""
    cap = _cap(widget)
    return point_size if cap is None else min(point_size, cap)


def font_for(widget: QWidget, point_size: float) -> QFont:
    """`widget`'s font at the base size `point_size`: scaled, bolded and capped by name."""
    scale, bold = SCALES.get(f"#{widget.objectName()}", (1.0, False))
    size = capped(widget, point_size * scale)
    font = widget.font()  # keeps what else the widget chose (e.g. a bold review line)
    font.setPointSizeF(size)
    if bold:
        font.setBold(True)
    return font
