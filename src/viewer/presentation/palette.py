"""The colour themes, as data: every colour the screen uses, named by the role it plays,
for the light, dark and high-contrast themes, and the colours of the printed handout.

No Qt here. ui/theme.py fills the style sheets (resources/styles/*.qss, whose `$role`
placeholders are the names of `values()`) and the application's QPalette from a
`Scheme`; the widgets that paint read the current scheme from there. The text/background
pairs that each theme draws are listed once, in presentation/contrast.py, by these same
role names, and tests/test_contrast.py holds every theme to them.

Light is the look the viewer always had. Paper never follows the screen: the handout
uses PRINT_LEVELS (levels.style), dark or not.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from enum import StrEnum
from types import MappingProxyType

from viewer.content.model import Level


class Theme(StrEnum):
    """A look the screen can have. Its value is the word a setting uses (and compares
    equal to it: Theme.DARK == "dark")."""

    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


class ThemeChoice(StrEnum):
    """What the reader (or the clinic's configuration) chose: a theme, or the system's."""

    SYSTEM = "system"  # light or dark as the computer is set (high contrast if it asks)
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"

    @classmethod
    def parse(cls, text: str) -> ThemeChoice:
        """A setting's word: "system", "light", "dark" or "high-contrast" (any case;
        "high_contrast" too). ValueError names the words accepted."""
        word = text.strip().lower().replace("_", "-")
        for choice in cls:
            if word == choice.value:
                return choice
        accepted = ", ".join(choice.value for choice in cls)
        raise ValueError(f"unknown theme {text!r}: one of {accepted}")

    @property
    def theme(self) -> Theme | None:
        """The theme chosen outright; None for SYSTEM (ui.theme.resolve asks the system)."""
        return None if self is ThemeChoice.SYSTEM else Theme(self.value)


@dataclass(frozen=True)
class LevelColours:
    """One risk level's colours. The level is also told by its icon's shape and its word,
    never by colour alone (presentation/levels.py)."""

    foreground: str  # its text, and the links in it
    background: str  # the box
    border: str  # the box's frame and thick left edge
    icon: str  # the icon's shape
    icon_mark: str  # the "!" or "i" inside the shape


# The levels as paper has always printed them, and as the light theme shows them: dark
# text on a pale tint, the icon in the frame's colour, a white mark.
PRINT_LEVELS: MappingProxyType[Level, LevelColours] = MappingProxyType(
    {
        Level.URGENT: LevelColours("#8c0b16", "#fdecec", "#c4161c", "#c4161c", "#ffffff"),
        # Amber dark enough for its icon and frame to stand out (3.5:1 on the tint, the
        # white "!" 3.7:1 on it; #d98200 before gave 2.7:1 and 2.9:1).
        Level.WARNING: LevelColours("#6b3d00", "#fff3dc", "#c06f00", "#c06f00", "#ffffff"),
        Level.CAUTION: LevelColours("#0b3d75", "#e7f0fb", "#2a6fbf", "#2a6fbf", "#ffffff"),
    }
)


@dataclass(frozen=True)
class Scheme:
    """Every colour the screen uses, by role (what it colours), and the width of a line.

    A role's name is its `$name` in the style sheets. Where a role is drawn on which
    background is listed in presentation/contrast.py.
    """

    # -- the page ---------------------------------------------------------------------
    page_bg: str  # the window, the article, the warnings and the home screen behind it all
    text: str  # body text everywhere that says nothing else
    title_text: str  # the article's and home screen's titles, "Lihat juga"
    heading_text: str  # section headers, group headings, a card's title, the chosen item
    intro_text: str  # the line under the home screen's title
    quiet_text: str  # a card's category, placeholder text in search fields
    surface: str  # cards, fields, buttons and lists that stand on the page
    hover_bg: str  # a card under the pointer
    tint_bg: str  # section headers and the find bar
    selected_bg: str  # an open section, a pressed card, the chosen list item
    rule: str  # the quiet outline of cards, fields, headers; the line under a group
    accent: str  # the strong outline: hovered, open, the home search, popup, chosen tab
    focus: str  # the keyboard's place on the page (3 px rings)
    link_text: str  # links, "Lihat juga" articles
    term_text: str  # glossary terms in the text
    list_rule: str  # the line between items of the contents and glossary lists
    # -- the toolbar ------------------------------------------------------------------
    toolbar_bg: str
    toolbar_text: str
    toolbar_focus: str  # the keyboard's place on the toolbar
    toolbar_button_bg: str
    toolbar_button_text: str
    toolbar_button_border: str
    toolbar_button_hover_bg: str
    toolbar_disabled_bg: str  # a button that cannot be used now (e.g. back, at the start)
    toolbar_disabled_text: str
    toolbar_disabled_border: str  # dashed: off by its outline as well as its colour
    # -- the warnings panel -----------------------------------------------------------
    panel_rule: str  # the line between the article and the warnings
    alarm_text: str  # the warnings' heading, the emergency number, "show all warnings"
    risk_button_border: str  # "Baca penjelasannya ›" inside a warning
    risk_focus: str  # the keyboard's place inside a warning (any level's colours)
    speaking_frame: str  # the warning being read aloud
    # -- bars and popups --------------------------------------------------------------
    info_bg: str  # the info bar at the bottom
    info_rule: str
    popup_bg: str  # a glossary term's definition
    # -- marks on text ----------------------------------------------------------------
    mark_bg: str  # search words and find matches, as a highlighter pen
    mark_current_bg: str  # the find match you are on; the word being read aloud
    mark_text: str
    selection_bg: str  # text selected with the mouse (styles_qt_widgets)
    selection_text: str
    # -- Qt's own widgets (dialogs, scroll bars, combo lists, tooltips), where the
    # theme colours them (styles_qt_widgets) -------------------------------------------
    button_bg: str  # a button Qt draws itself (listen, dialog buttons)
    button_border: str
    disabled_text: str  # text of a control that cannot be used now
    tooltip_bg: str
    tooltip_text: str
    # -- the risk levels --------------------------------------------------------------
    levels: MappingProxyType[Level, LevelColours]
    # -- lines ------------------------------------------------------------------------
    line_px: int = 1  # the thin lines (high contrast: no line that means something is thin)
    ring_px: int = 2  # the focus ring a warning paints round its text or link
    # Qt's own widgets in this theme's colours: the application's palette from them, and
    # Qt's buttons, fields and scroll bars drawn flat by styles/controls.qss (Qt's bevels
    # take their outline from the window's colour made darker, which vanishes on a dark
    # page). False: Qt's own light palette and look, as before themes.
    styles_qt_widgets: bool = False

    def level(self, level: Level) -> LevelColours:
        return self.levels[level]

    def values(self) -> dict[str, str]:
        """Every role by name, as the style sheets' `$name` and the contrast pairs use it:
        the colour roles, each level's `urgent_fg`, `urgent_bg`, `urgent_border`,
        `urgent_icon`, `urgent_icon_mark` (and so on), and `line` ("1px")."""
        found = {f.name: getattr(self, f.name) for f in fields(self) if f.type == "str"}
        for level, colours in self.levels.items():
            for role, colour in asdict(colours).items():
                found[f"{level.name.lower()}_{LEVEL_ROLE_NAMES[role]}"] = colour
        found["line"] = f"{self.line_px}px"
        return found


LEVEL_ROLE_NAMES = {
    "foreground": "fg",
    "background": "bg",
    "border": "border",
    "icon": "icon",
    "icon_mark": "icon_mark",
}


def level_role(level: Level, part: str) -> str:
    """The role name of one part of a level's colours: level_role(URGENT, "fg")."""
    return f"{level.name.lower()}_{part}"


# The light theme: the viewer's look before themes, role for role. Where it differs,
# contrast required it: a disabled toolbar button's text (1.9:1, now 6:1, on no fill
# with a dashed outline), the placeholder in search fields (Qt drew the text colour at
# half strength, 3.3:1; now 7:1), and the focus ring of a drop-down list (was the
# toolbar's amber, 1.6:1 on the page).
LIGHT = Scheme(
    page_bg="#fbfaf7",
    text="#1b1b1b",
    title_text="#1f4e5f",
    heading_text="#143641",
    intro_text="#3a4a50",
    quiet_text="#4d5b60",
    surface="#ffffff",
    hover_bg="#f4f9fa",
    tint_bg="#eef4f6",
    selected_bg="#dcebef",
    rule="#c9d6da",
    accent="#1f4e5f",
    focus="#d4351c",
    link_text="#0b4f8a",
    term_text="#123f6e",
    list_rule="#e3e3e3",
    toolbar_bg="#1f4e5f",
    toolbar_text="#ffffff",
    toolbar_focus="#ffbf47",
    toolbar_button_bg="#ffffff",
    toolbar_button_text="#1f4e5f",
    toolbar_button_border="#ffffff",
    toolbar_button_hover_bg="#e4f0f3",
    toolbar_disabled_bg="#1f4e5f",
    toolbar_disabled_text="#c5d6db",
    toolbar_disabled_border="#8fa9b2",
    panel_rule="#d0d0d0",
    alarm_text="#8c0b16",
    risk_button_border="#8a8a8a",
    risk_focus="#1f4e5f",
    speaking_frame="#0b0c0c",
    info_bg="#eef1f2",
    info_rule="#c8c8c8",
    popup_bg="#fffdf2",
    mark_bg="#ffe45c",
    mark_current_bg="#ff9f1c",
    mark_text="#000000",
    selection_bg="#1f4e5f",
    selection_text="#ffffff",
    button_bg="#eef4f6",
    button_border="#8a8a8a",
    disabled_text="#5c6b70",
    tooltip_bg="#ffffdc",
    tooltip_text="#1b1b1b",
    levels=PRINT_LEVELS,
)

# Dark: the light theme's teal, calm on a deep blue-grey; pale text that does not glare.
DARK = Scheme(
    page_bg="#141b1e",
    text="#e4e8e9",
    title_text="#9fd2df",
    heading_text="#d3e8ee",
    intro_text="#c3ced2",
    quiet_text="#aab8bc",
    surface="#1c2528",
    hover_bg="#223035",
    tint_bg="#1f2b2f",
    selected_bg="#28404a",
    rule="#667f87",
    accent="#86bccb",
    focus="#ffb454",
    link_text="#8cc4ff",
    term_text="#b4d8ff",
    list_rule="#2f3a3e",
    toolbar_bg="#0e2a33",
    toolbar_text="#ffffff",
    toolbar_focus="#ffbf47",
    toolbar_button_bg="#2b5666",
    toolbar_button_text="#ffffff",
    toolbar_button_border="#6f9fae",
    toolbar_button_hover_bg="#356a7d",
    toolbar_disabled_bg="#0e2a33",
    toolbar_disabled_text="#a9c0c7",
    toolbar_disabled_border="#5f8490",
    panel_rule="#3a474c",
    alarm_text="#ff9e9e",
    risk_button_border="#8a9ba1",
    risk_focus="#ffb454",
    speaking_frame="#f2f2f2",
    info_bg="#182124",
    info_rule="#3a474c",
    popup_bg="#232b2e",
    mark_bg="#ffe45c",
    mark_current_bg="#ff9f1c",
    mark_text="#000000",
    selection_bg="#2f6d80",
    selection_text="#ffffff",
    button_bg="#263237",
    button_border="#8a9ba1",
    disabled_text="#9aa8ad",
    tooltip_bg="#263034",
    tooltip_text="#e4e8e9",
    levels=MappingProxyType(
        {
            Level.URGENT: LevelColours("#ffb4b4", "#3a1316", "#e5484d", "#ff6b6b", "#000000"),
            Level.WARNING: LevelColours("#ffd68a", "#33250b", "#d98200", "#f5a524", "#000000"),
            Level.CAUTION: LevelColours("#a9d1ff", "#0f2640", "#3b82d6", "#6cb0ff", "#000000"),
        }
    ),
    styles_qt_widgets=True,
)

# High contrast: white on black, yellow for the keyboard's place and for links, every
# text at 7:1 or more, every line that means something 2 px or more.
HIGH_CONTRAST = Scheme(
    page_bg="#000000",
    text="#ffffff",
    title_text="#ffffff",
    heading_text="#ffffff",
    intro_text="#ffffff",
    quiet_text="#d9d9d9",
    surface="#000000",
    hover_bg="#262626",
    tint_bg="#000000",
    selected_bg="#00344d",
    rule="#ffffff",
    accent="#ffffff",
    focus="#ffff00",
    link_text="#ffff00",
    term_text="#80ffff",
    list_rule="#bfbfbf",
    toolbar_bg="#1a1a1a",
    toolbar_text="#ffffff",
    toolbar_focus="#ffff00",
    toolbar_button_bg="#000000",
    toolbar_button_text="#ffffff",
    toolbar_button_border="#ffffff",
    toolbar_button_hover_bg="#333333",
    toolbar_disabled_bg="#1a1a1a",
    toolbar_disabled_text="#c2c2c2",
    toolbar_disabled_border="#a6a6a6",
    panel_rule="#ffffff",
    alarm_text="#ff9e9e",
    risk_button_border="#ffffff",
    risk_focus="#ffff00",
    speaking_frame="#ffffff",
    info_bg="#000000",
    info_rule="#ffffff",
    popup_bg="#000000",
    mark_bg="#ffff00",
    mark_current_bg="#00ffff",
    mark_text="#000000",
    selection_bg="#00ffff",
    selection_text="#000000",
    button_bg="#000000",
    button_border="#ffffff",
    disabled_text="#c2c2c2",
    tooltip_bg="#000000",
    tooltip_text="#ffffff",
    levels=MappingProxyType(
        {
            Level.URGENT: LevelColours("#ffc2c2", "#000000", "#ff6b6b", "#ff6b6b", "#000000"),
            Level.WARNING: LevelColours("#ffe28a", "#000000", "#ffc400", "#ffc400", "#000000"),
            Level.CAUTION: LevelColours("#b8deff", "#000000", "#5cb8ff", "#5cb8ff", "#000000"),
        }
    ),
    line_px=2,
    ring_px=3,
    styles_qt_widgets=True,
)

SCHEMES: MappingProxyType[Theme, Scheme] = MappingProxyType(
    {Theme.LIGHT: LIGHT, Theme.DARK: DARK, Theme.HIGH_CONTRAST: HIGH_CONTRAST}
)


def scheme(theme: Theme) -> Scheme:
    """The colours of `theme`."""
    return SCHEMES[theme]


# The words a setting, kiosk.toml or --theme may use (ThemeChoice's values).
THEME_WORDS: tuple[str, ...] = tuple(choice.value for choice in ThemeChoice)
