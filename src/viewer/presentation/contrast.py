"""How far apart the colours of each theme are: WCAG 2.x contrast, and the list of what
each theme draws on what, by role name (palette.Scheme.values()).

The pairs are the style sheets' and the painting widgets' own: a rule that puts
`$heading_text` on `$tint_bg` in resources/styles/viewer.qss is the pair
("heading_text", "tint_bg") here. tests/test_contrast.py checks every pair of every
theme against MINIMUMS, and that each colour role the style sheets use is in some pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from viewer.content.model import Level
from viewer.presentation.palette import Scheme, Theme, level_role


class Kind(Enum):
    """What is drawn, for the contrast it needs (WCAG 1.4.3, 1.4.6, 1.4.11)."""

    TEXT = "text"  # words
    GRAPHIC = "graphic"  # icons, focus rings, the marks that show a state
    BOUNDARY = "boundary"  # the outline that shows where a control is
    SEPARATOR = "separator"  # a line between parts, not needed to use anything


# The least contrast each theme promises. Light keeps the outlines it always had (pale
# lines round white cards and fields, which are told apart by their fill and text):
# those are held to nothing there, and to 3:1 in dark, 7:1 in high contrast. Lines that
# only divide are held to nothing but in high contrast, where every line is plain.
MINIMUMS: dict[Theme, dict[Kind, float | None]] = {
    Theme.LIGHT: {Kind.TEXT: 4.5, Kind.GRAPHIC: 3.0, Kind.BOUNDARY: None, Kind.SEPARATOR: None},
    Theme.DARK: {Kind.TEXT: 4.5, Kind.GRAPHIC: 3.0, Kind.BOUNDARY: 3.0, Kind.SEPARATOR: None},
    Theme.HIGH_CONTRAST: {
        Kind.TEXT: 7.0,
        Kind.GRAPHIC: 7.0,
        Kind.BOUNDARY: 7.0,
        Kind.SEPARATOR: 7.0,
    },
}


@dataclass(frozen=True)
class Pair:
    """`foreground` drawn on `background` (role names), and what it is."""

    foreground: str
    background: str
    kind: Kind
    what: str
    qt_widgets_only: bool = False  # drawn only where the theme colours Qt's own widgets


def _text(foreground: str, background: str, what: str) -> Pair:
    return Pair(foreground, background, Kind.TEXT, what)


def _graphic(foreground: str, background: str, what: str) -> Pair:
    return Pair(foreground, background, Kind.GRAPHIC, what)


def _boundary(foreground: str, background: str, what: str) -> Pair:
    return Pair(foreground, background, Kind.BOUNDARY, what)


def _level_pairs(level: Level) -> tuple[Pair, ...]:
    name = level.name.lower()

    def role(part: str) -> str:
        return level_role(level, part)

    return (
        _text(role("fg"), role("bg"), f"{name} level: its word, text, links and source"),
        _graphic(role("icon"), role("bg"), f"{name} level: the icon's shape on the box"),
        _graphic(role("icon_mark"), role("icon"), f"{name} level: the mark in the icon"),
        _text("text", "surface", f"{name} level: its button's text"),
        _graphic("risk_focus", role("bg"), f"{name} level: the focus ring inside it"),
        _graphic("speaking_frame", role("bg"), f"{name} level: the frame while read aloud"),
        _boundary("risk_button_border", role("bg"), f"{name} level: its button's outline"),
        _boundary(role("border"), "page_bg", f"{name} level: its box on the panel"),
    )


PAIRS: tuple[Pair, ...] = (
    # The page and the article.
    _text("text", "page_bg", "body text on the page"),
    _text("title_text", "page_bg", "article and home titles, 'Lihat juga', empty pages"),
    _text("heading_text", "page_bg", "home group headings"),
    _text("intro_text", "page_bg", "the line under the home title"),
    _text("link_text", "page_bg", "links in the article"),
    _text("term_text", "page_bg", "glossary terms in the article"),
    _text("heading_text", "tint_bg", "a closed section's header"),
    _text("heading_text", "selected_bg", "an open section's header, the chosen list item"),
    _text("text", "tint_bg", "the find bar's words"),
    _text("text", "surface", "fields, lists and buttons on the page"),
    _text("quiet_text", "surface", "placeholder text in a search field, a card's category"),
    _text("link_text", "surface", "a 'Lihat juga' article button"),
    # Cards (home screen, search results): at rest, under the pointer, pressed.
    _text("heading_text", "surface", "a card's title"),
    _text("heading_text", "hover_bg", "a card's title under the pointer"),
    _text("text", "hover_bg", "a card's sentence under the pointer"),
    _text("quiet_text", "hover_bg", "a card's category under the pointer"),
    _text("text", "selected_bg", "a pressed card's sentence"),
    _text("quiet_text", "selected_bg", "a pressed card's category"),
    # The toolbar.
    _text("toolbar_text", "toolbar_bg", "the toolbar's title and labels"),
    _text("toolbar_button_text", "toolbar_button_bg", "a toolbar button"),
    _text("toolbar_button_text", "toolbar_button_hover_bg", "a toolbar button under the pointer"),
    _text("toolbar_disabled_text", "toolbar_disabled_bg", "a toolbar button not usable now"),
    _boundary("toolbar_button_border", "toolbar_bg", "a toolbar button's outline"),
    _graphic("toolbar_disabled_border", "toolbar_bg", "a disabled toolbar button's outline"),
    _graphic("toolbar_focus", "toolbar_bg", "the focus ring on the toolbar"),
    # Focus rings and state marks on the page.
    _graphic("focus", "page_bg", "the focus ring on the page"),
    _graphic("focus", "surface", "the focus ring round a card, field or list"),
    _graphic("focus", "tint_bg", "the focus ring in the find bar and on section headers"),
    _graphic("focus", "popup_bg", "the focus ring in a definition popup"),
    _graphic("focus", "caution_bg", "the focus ring in a notice bar"),
    _graphic("risk_focus", "page_bg", "the focus ring on 'show all warnings'"),
    _graphic("risk_focus", "surface", "the focus ring round a warning's button"),
    _graphic("accent", "page_bg", "the chosen tab's underline, hover and open outlines"),
    # Outlines of controls.
    _boundary("rule", "page_bg", "the outline of cards, fields, headers on the page"),
    _boundary("rule", "tint_bg", "the outline of the find field in the find bar"),
    _boundary("accent", "tint_bg", "the outline of the find bar's buttons"),
    _boundary("accent", "popup_bg", "a definition popup's buttons"),
    _boundary("accent", "caution_bg", "a notice bar's buttons"),
    _boundary("accent", "page_bg", "the definition popup's frame"),
    # Lines between parts.
    Pair("list_rule", "surface", Kind.SEPARATOR, "between items of the contents and glossary"),
    Pair("panel_rule", "page_bg", Kind.SEPARATOR, "between the article and the warnings"),
    Pair("info_rule", "page_bg", Kind.SEPARATOR, "above the info bar"),
    # The warnings panel, the info bar, notices and the popup.
    _text("alarm_text", "page_bg", "the warnings' heading"),
    _text("alarm_text", "surface", "'show all warnings'"),
    _text("alarm_text", "info_bg", "the emergency number"),
    _text("text", "info_bg", "the info bar"),
    _text("text", "caution_bg", "a notice bar"),
    _text("text", "popup_bg", "a definition popup"),
    *(pair for level in Level for pair in _level_pairs(level)),
    # Marks on text.
    _text("mark_text", "mark_bg", "a search word or find match"),
    _text("mark_text", "mark_current_bg", "the find match you are on, the word read aloud"),
    # Qt's own widgets, where the theme colours them (palette.Scheme.styles_qt_widgets:
    # the palette, and styles/controls.qss).
    *(
        Pair(foreground, background, kind, what, qt_widgets_only=True)
        for foreground, background, kind, what in (
            ("text", "button_bg", Kind.TEXT, "a button Qt draws (listen, dialogs)"),
            ("disabled_text", "button_bg", Kind.TEXT, "such a button, disabled"),
            ("disabled_text", "page_bg", Kind.TEXT, "a disabled control's text on the page"),
            ("selection_text", "selection_bg", Kind.TEXT, "selected text"),
            ("tooltip_text", "tooltip_bg", Kind.TEXT, "a tooltip"),
            ("button_border", "page_bg", Kind.BOUNDARY, "such a button's outline"),
            ("rule", "surface", Kind.BOUNDARY, "a plain field's outline"),
            ("focus", "button_bg", Kind.GRAPHIC, "the focus ring on such a button"),
            ("rule", "tint_bg", Kind.GRAPHIC, "a scroll bar's handle in its groove"),
        )
    ),
)


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of "#rrggbb"."""
    digits = colour.removeprefix("#")
    if len(digits) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")

    def linear(channel: str) -> float:
        c = int(channel, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(digits[i : i + 2]) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.x contrast ratio of two "#rrggbb" colours, 1.0 to 21.0, either order."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class Measured:
    pair: Pair
    foreground: str
    background: str
    ratio: float
    minimum: float | None

    @property
    def passes(self) -> bool:
        return self.minimum is None or self.ratio >= self.minimum

    def __str__(self) -> str:
        p = self.pair
        needs = "held to nothing" if self.minimum is None else f"needs {self.minimum:g}:1"
        return (
            f"{p.foreground} {self.foreground} on {p.background} {self.background}: "
            f"{self.ratio:.2f}:1, {needs} ({p.kind.value}: {p.what})"
        )


def measure(scheme: Scheme, theme: Theme, pairs: tuple[Pair, ...] = PAIRS) -> list[Measured]:
    """Every pair's contrast in `scheme`, with the minimum `theme` promises for its kind."""
    values = scheme.values()
    found = []
    for pair in pairs:
        if pair.qt_widgets_only and not scheme.styles_qt_widgets:
            continue
        fg, bg = values[pair.foreground], values[pair.background]
        minimum = MINIMUMS[theme][pair.kind]
        found.append(Measured(pair, fg, bg, contrast_ratio(fg, bg), minimum))
    return found


def shortfalls(scheme: Scheme, theme: Theme, pairs: tuple[Pair, ...] = PAIRS) -> list[Measured]:
    """The pairs whose contrast is below what `theme` promises."""
    return [m for m in measure(scheme, theme, pairs) if not m.passes]
