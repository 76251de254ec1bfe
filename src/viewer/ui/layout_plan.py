"""How the reading area is arranged for a window's size and text size: a plain decision,
tested without Qt, that the window then applies (ui/reading_layout.py).

The steps a designer would draw, widest first:
  THREE_COLUMNS  contents | article | warnings
  TWO_COLUMNS    article | warnings; the contents in a drawer (a toolbar button)
  STACKED        the warnings above the article, folded to the urgent ones with
                 "show all"; the contents beside the article where they fit, else in
                 the drawer. Also every portrait screen (a kiosk on its side).
The article column never gets narrower than MIN_LINE_CHARS characters of its text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

MIN_LINE_CHARS = 35  # a readable line; fewer and every phrase breaks
ARTICLE_CHROME_PX = 24 * 2 + 16 + 12  # page margins, scroll bar, section padding
# One width, whatever it lists or defines: picking a term must not move the article.
SIDE_WIDTH = 270
RISK_WIDTH_AT_100 = (340, 460)  # grows with the text, so no word of a risk is cut
RISK_SHARE = 0.45  # the warnings column never takes more of the width than this
STACKED_RISK_SHARE = 0.45  # of the reading area's height, when stacked
STACKED_RISK_MOST = 0.6  # but up to this much to show the folded warnings whole
MIN_SIDE_HEIGHT = 300  # its tabs and a few entries; less and it goes in the drawer
MIN_ARTICLE_HEIGHT = 64  # a section header's height: the article is there, and scrolls


class Arrangement(Enum):
    THREE_COLUMNS = "three-columns"
    TWO_COLUMNS = "two-columns"
    STACKED = "stacked"


@dataclass(frozen=True)
class LayoutPlan:
    arrangement: Arrangement
    side_beside: bool  # the contents beside the article; False: in the drawer
    risk_width: tuple[int, int] | None  # (min, max) as a column
    risk_height: tuple[int, int] | None  # (min, max) when stacked


def article_min_width(char_width: float) -> int:
    return round(MIN_LINE_CHARS * char_width) + ARTICLE_CHROME_PX


def plan_layout(
    width: int,
    height: int,
    zoom_factor: float,
    char_width: float,
    first_risk_height: Callable[[int], int] = lambda _width: 0,
    folded_risks_height: Callable[[int], int] = lambda _width: 0,
) -> LayoutPlan:
    """The arrangement for a reading area of `width` x `height` px.

    `char_width` is the article text's average character width at the current zoom;
    `first_risk_height(w)` what the warnings' heading and first (most urgent) warning
    need in a panel `w` px wide: the plan keeps them whole on screen;
    `folded_risks_height(w)` what the urgent warnings and the "show all" button need.
    """
    article = article_min_width(char_width)
    # The warnings need their own comfortable width as a column (it grows with the
    # text); squeezed narrower they are better above the article, at full width.
    risk_min = round(RISK_WIDTH_AT_100[0] * zoom_factor)
    risk_max = max(
        risk_min, min(round(RISK_WIDTH_AT_100[1] * zoom_factor), round(width * RISK_SHARE))
    )
    portrait = height > width
    columns_fit = (
        not portrait
        and risk_min <= width * RISK_SHARE
        and first_risk_height(risk_max) <= height  # else stacked shows it at full width
    )
    if columns_fit and width >= SIDE_WIDTH + article + risk_min:
        return LayoutPlan(Arrangement.THREE_COLUMNS, True, (risk_min, risk_max), None)
    if columns_fit and width >= article + risk_min:
        return LayoutPlan(Arrangement.TWO_COLUMNS, False, (risk_min, risk_max), None)
    # Stacked: the first warning whole, even if the article is left only a little room
    # (it scrolls; a cut warning does not help anyone).
    # The urgent ones (folded) whole too, where they take at most 60 % of the height.
    folded = min(folded_risks_height(width), round(height * STACKED_RISK_MOST))
    least = min(max(first_risk_height(width), folded), max(0, height - MIN_ARTICLE_HEIGHT))
    most = max(least, MIN_ARTICLE_HEIGHT, round(height * STACKED_RISK_SHARE))
    # The contents list beside the article only where it shows more than its tabs.
    side_beside = width >= SIDE_WIDTH + article and height - least >= MIN_SIDE_HEIGHT
    return LayoutPlan(Arrangement.STACKED, side_beside, None, (least, max(least, most)))
