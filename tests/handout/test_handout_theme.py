"""Paper never follows the screen: a handout printed while the window is dark or in high
contrast has the colours it has in light (the print palette, presentation/levels.style)."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from viewer.clinic_settings import ClinicSettings
from viewer.content.render import RenderedArticle
from viewer.handout.painter import Handout
from viewer.handout.pdf import handout_pdf
from viewer.presentation.palette import PRINT_LEVELS, SCHEMES, Theme
from viewer.ui.theme import ThemeSwitch, apply_theme

TODAY = dt.date(2026, 11, 26)
# A colour as the PDF sets it: "r g b rg" (fill) or "RG" (stroke), or as scn/SCN.
_COLOUR = re.compile(rb"(?<![\d.])([\d.]+) ([\d.]+) ([\d.]+) (?:rg|RG|scn|SCN)\b")


@pytest.fixture
def theme_given_back(qapp) -> Iterator[None]:
    before = ThemeSwitch.of(qapp).choice
    yield
    apply_theme(qapp, before)


def _pages(rendered: RenderedArticle) -> list[bytes]:
    handout = Handout(rendered, ClinicSettings(), today=TODAY, printed=TODAY)
    reader = PdfReader(io.BytesIO(handout_pdf(handout).data))
    return [page.get_contents().get_data() for page in reader.pages]


def _colours(pages: list[bytes]) -> set[str]:
    """Every colour the pages paint with, as #rrggbb."""
    found = set()
    for page in pages:
        for rgb in _COLOUR.findall(page):
            found.add("#" + "".join(f"{round(float(c) * 255):02x}" for c in rgb))
    return found


def _printed_in(qapp, theme: Theme, rendered: RenderedArticle) -> list[bytes]:
    apply_theme(qapp, theme)
    return _pages(rendered)


@pytest.mark.usefixtures("theme_given_back")
@pytest.mark.parametrize("theme", [Theme.DARK, Theme.HIGH_CONTRAST])
def test_the_levels_print_in_the_print_palette_whatever_the_screen(qapp, rendered, theme):
    light = _colours(_printed_in(qapp, Theme.LIGHT, rendered))
    screen = _colours(_printed_in(qapp, theme, rendered))
    printed = {look.foreground for look in PRINT_LEVELS.values()}
    printed |= {look.icon for look in PRINT_LEVELS.values()}
    assert printed <= light and printed <= screen
    on_screen = {c for look in SCHEMES[theme].levels.values() for c in (look.foreground, look.icon)}
    assert not (on_screen - printed) & screen  # no level colour of the screen's theme


@pytest.mark.usefixtures("theme_given_back")
def test_the_handout_is_the_same_pdf_whatever_the_screens_theme(qapp, rendered):
    light = _printed_in(qapp, Theme.LIGHT, rendered)
    dark = _printed_in(qapp, Theme.DARK, rendered)
    assert _colours(dark) == _colours(light)
    assert dark == light
