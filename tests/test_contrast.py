"""Every theme's colours, checked for contrast from their definitions (no Qt): what each
theme draws on what is presentation/contrast.PAIRS, by role name, the same names the
style sheets' placeholders use."""

from __future__ import annotations

import re
import string
from dataclasses import replace
from types import MappingProxyType

import pytest

from support import REPO
from viewer.content.model import Level
from viewer.presentation.contrast import (
    MINIMUMS,
    PAIRS,
    Kind,
    contrast_ratio,
    measure,
    relative_luminance,
    shortfalls,
)
from viewer.presentation.palette import (
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    PRINT_LEVELS,
    SCHEMES,
    LevelColours,
    Theme,
    ThemeChoice,
    level_role,
)

STYLES = REPO / "resources" / "styles"
TEMPLATES = sorted(STYLES.glob("*.qss"))


def _rules(path) -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: value}) of every rule in a style sheet template."""
    text = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        declarations = {}
        for declaration in body.split(";"):
            name, _, value = declaration.partition(":")
            if value.strip():
                declarations[name.strip()] = value.strip()
        rules.append((" ".join(selector.split()), declarations))
    return rules


def _placeholders(path) -> set[str]:
    found = set()
    for match in string.Template.pattern.finditer(path.read_text(encoding="utf-8")):
        name = match.group("named") or match.group("braced")
        if name:
            found.add(name)
    return found


# -- the arithmetic ------------------------------------------------------------------


def test_contrast_ratio_matches_wcag_examples():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    # The grey WCAG's own examples quote as the lightest on white that passes AA.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    with pytest.raises(ValueError):
        relative_luminance("#fff")


# -- every theme against its promise -------------------------------------------------


@pytest.mark.parametrize("theme", list(Theme))
def test_every_pair_each_theme_draws_has_the_contrast_it_promises(theme):
    found = shortfalls(SCHEMES[theme], theme)
    assert not found, "\n".join(str(m) for m in found)


def test_the_promises_are_wcag_aa_and_aaa():
    assert MINIMUMS[Theme.LIGHT][Kind.TEXT] == MINIMUMS[Theme.DARK][Kind.TEXT] == 4.5
    assert MINIMUMS[Theme.LIGHT][Kind.GRAPHIC] == MINIMUMS[Theme.DARK][Kind.GRAPHIC] == 3.0
    assert set(MINIMUMS[Theme.HIGH_CONTRAST].values()) == {7.0}
    assert MINIMUMS[Theme.DARK][Kind.BOUNDARY] == 3.0


def test_the_pairs_cover_the_levels_links_marks_focus_disabled_and_placeholder():
    pairs = {(p.foreground, p.background) for p in PAIRS}
    for level in Level:
        assert (level_role(level, "fg"), level_role(level, "bg")) in pairs  # its text
        assert (level_role(level, "icon"), level_role(level, "bg")) in pairs  # its icon
        assert (level_role(level, "icon_mark"), level_role(level, "icon")) in pairs
        assert ("risk_focus", level_role(level, "bg")) in pairs
    expected = {
        ("link_text", "page_bg"),
        ("term_text", "page_bg"),
        ("mark_text", "mark_bg"),
        ("mark_text", "mark_current_bg"),
        ("focus", "page_bg"),
        ("toolbar_focus", "toolbar_bg"),
        ("toolbar_disabled_text", "toolbar_disabled_bg"),
        ("disabled_text", "button_bg"),
        ("quiet_text", "surface"),  # the placeholder in a search field
    }
    assert expected <= pairs


def test_the_table_has_a_row_for_every_pair_of_every_theme():
    for theme, colours in SCHEMES.items():
        measured = measure(colours, theme)
        qt_only = sum(p.qt_widgets_only for p in PAIRS)
        assert len(measured) == len(PAIRS) - (0 if colours.styles_qt_widgets else qt_only)


# -- the checker catches a bad colour ------------------------------------------------


def test_a_low_contrast_link_colour_is_caught():
    grey_links = replace(DARK, link_text="#3a4a55")  # 1.9:1 on the dark page
    found = shortfalls(grey_links, Theme.DARK)
    assert {(m.pair.foreground, m.pair.background) for m in found} >= {("link_text", "page_bg")}
    assert all(m.ratio < 4.5 for m in found)


def test_a_warning_level_whose_text_fades_into_its_box_is_caught():
    faded = dict(DARK.levels)
    faded[Level.URGENT] = replace(faded[Level.URGENT], foreground="#5a2a2d")
    found = shortfalls(replace(DARK, levels=MappingProxyType(faded)), Theme.DARK)
    assert ("urgent_fg", "urgent_bg") in {(m.pair.foreground, m.pair.background) for m in found}


def test_text_fine_for_dark_is_not_enough_for_high_contrast():
    five_to_one = replace(HIGH_CONTRAST, quiet_text="#8a8a8a")  # 6.1:1 on black
    found = shortfalls(five_to_one, Theme.HIGH_CONTRAST)
    assert ("quiet_text", "surface") in {(m.pair.foreground, m.pair.background) for m in found}
    assert 4.5 < contrast_ratio("#8a8a8a", HIGH_CONTRAST.surface) < 7.0  # fine for dark


def test_a_thin_focus_ring_colour_is_caught():
    invisible = replace(LIGHT, focus="#f0e0d0")
    found = shortfalls(invisible, Theme.LIGHT)
    assert ("focus", "page_bg") in {(m.pair.foreground, m.pair.background) for m in found}


# -- the style sheets and the pairs name the same roles ------------------------------


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_every_placeholder_in_a_style_sheet_is_a_role_of_every_theme(path):
    used = _placeholders(path)
    assert used
    for colours in SCHEMES.values():
        assert used <= set(colours.values())


def test_every_colour_role_the_style_sheets_use_is_checked_in_some_pair():
    used = set().union(*(_placeholders(path) for path in TEMPLATES)) - {"line"}
    paired = {p.foreground for p in PAIRS} | {p.background for p in PAIRS}
    assert used - paired == set()


def test_every_pair_names_roles_that_exist():
    roles = set(LIGHT.values())
    for pair in PAIRS:
        assert {pair.foreground, pair.background} <= roles, pair


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_a_rule_that_sets_text_and_background_is_a_listed_pair(path):
    text_pairs = {(p.foreground, p.background) for p in PAIRS if p.kind is Kind.TEXT}
    for selector, declarations in _rules(path):
        colour = declarations.get("color", "")
        background = declarations.get("background", declarations.get("background-color", ""))
        if colour.startswith("$") and background.startswith("$"):
            assert (colour[1:], background[1:]) in text_pairs, selector


def test_style_sheets_spell_every_colour_as_a_role():
    for path in TEMPLATES:
        text = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
        assert not re.findall(r"#[0-9a-fA-F]{3,8}\b", text), path.name


# -- high contrast: thick rings and lines --------------------------------------------


def test_focus_rings_are_3px_and_no_line_is_thinner_than_the_theme_allows():
    for path in TEMPLATES:
        text = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
        # A thin line is "$line" (1 px, 2 px in high contrast), never a fixed 1px.
        assert not re.search(r"\b1px\b", text), path.name
        for selector, declarations in _rules(path):
            if ":focus" in selector and "border" in declarations:
                width = re.match(r"(\d+)px", declarations["border"])
                assert width and int(width.group(1)) >= 3, selector
    assert HIGH_CONTRAST.line_px >= 2
    assert HIGH_CONTRAST.ring_px >= 3  # the ring a warning paints round a link


# -- the levels ----------------------------------------------------------------------


@pytest.mark.parametrize("theme", list(Theme))
def test_the_three_levels_differ_in_colour_in_every_theme(theme):
    looks = [SCHEMES[theme].level(level) for level in Level]
    for part in ("foreground", "border", "icon"):
        assert len({getattr(look, part) for look in looks}) == 3, part


def test_paper_keeps_the_colours_it_always_printed_and_light_shows_them():
    assert LIGHT.levels == PRINT_LEVELS
    assert all(isinstance(look, LevelColours) for look in PRINT_LEVELS.values())
    # White paper: every level's words at 4.5:1 or more on white and on their tint.
    for look in PRINT_LEVELS.values():
        assert contrast_ratio(look.foreground, "#ffffff") >= 4.5
        assert contrast_ratio(look.foreground, look.background) >= 4.5


# -- the words a setting uses --------------------------------------------------------


def test_a_choice_is_read_from_its_word():
    assert ThemeChoice.parse("dark") is ThemeChoice.DARK
    assert ThemeChoice.parse(" High_Contrast ") is ThemeChoice.HIGH_CONTRAST
    assert ThemeChoice.parse("SYSTEM") is ThemeChoice.SYSTEM
    assert ThemeChoice.SYSTEM.theme is None
    assert ThemeChoice.HIGH_CONTRAST.theme is Theme.HIGH_CONTRAST
    assert Theme.DARK == "dark"  # a theme compares equal to the setting's word
    with pytest.raises(ValueError, match="light, dark, high-contrast"):
        ThemeChoice.parse("sepia")
