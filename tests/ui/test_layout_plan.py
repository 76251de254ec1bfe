"""The layout steps, decided without Qt: three columns, two with a contents drawer, or the
warnings above the article; the article column never narrower than 35 characters."""

from __future__ import annotations

import pytest

from viewer.ui.layout_plan import (
    MIN_ARTICLE_HEIGHT,
    SIDE_WIDTH,
    Arrangement,
    article_min_width,
    plan_layout,
)

CHAR = 8.0  # average character width of the body text at 100 %, about


def _article_width(plan, width: int) -> int:
    """What is left for the article in this plan (columns) or all of it (stacked)."""
    used = (SIDE_WIDTH if plan.side_beside else 0) + (plan.risk_width[0] if plan.risk_width else 0)
    return width - used


@pytest.mark.parametrize(
    ("width", "height", "zoom", "expected"),
    [
        (1366, 640, 1.0, Arrangement.THREE_COLUMNS),
        (1920, 950, 2.0, Arrangement.THREE_COLUMNS),
        (800, 460, 1.0, Arrangement.TWO_COLUMNS),
        (1280, 660, 2.0, Arrangement.STACKED),  # 200 %: the warnings at full width
        (1080, 1750, 1.0, Arrangement.STACKED),  # portrait kiosk
        (560, 800, 1.0, Arrangement.STACKED),
        (1280, 640, 2.5, Arrangement.STACKED),
    ],
)
def test_each_screen_gets_its_step(width, height, zoom, expected):
    plan = plan_layout(width, height, zoom, CHAR * zoom, first_risk_height=lambda w: 200)
    assert plan.arrangement is expected
    assert _article_width(plan, width) >= article_min_width(CHAR * zoom)


def test_the_contents_sit_beside_only_in_three_columns_or_with_room_when_stacked():
    assert plan_layout(1366, 640, 1.0, CHAR).side_beside
    assert not plan_layout(800, 460, 1.0, CHAR).side_beside
    assert plan_layout(1080, 1750, 1.0, CHAR).side_beside  # wide enough beside the article
    assert not plan_layout(560, 800, 1.0, CHAR).side_beside


def test_stacked_with_little_height_puts_the_contents_in_the_drawer():
    assert not plan_layout(800, 340, 1.0, CHAR, first_risk_height=lambda w: 200).side_beside


def test_stacked_keeps_the_first_warning_whole_and_leaves_the_article_room():
    plan = plan_layout(600, 900, 1.0, CHAR, first_risk_height=lambda w: 330)
    least, most = plan.risk_height
    assert least == 330 and most >= least
    squeezed = plan_layout(600, 400, 1.0, CHAR, first_risk_height=lambda w: 600)
    least, _most = squeezed.risk_height
    assert least == 400 - MIN_ARTICLE_HEIGHT  # never all of it: the article still shows


def test_the_warnings_column_grows_with_the_text_but_not_past_its_share():
    narrow = plan_layout(1366, 640, 1.0, CHAR).risk_width
    wide = plan_layout(1366, 640, 1.3, CHAR * 1.3).risk_width
    assert wide[0] > narrow[0]
    assert wide[1] <= 1366 * 0.45
    assert plan_layout(700, 500, 1.0, CHAR).risk_width is None  # squeezed: stacked instead


def test_a_first_warning_too_tall_for_its_column_puts_the_warnings_above():
    """At 800x600 the urgent warning in a 340 px column was taller than the screen."""
    tall_when_narrow = lambda w: 120_000 // w  # noqa: E731 - the height of wrapped text
    plan = plan_layout(800, 300, 1.0, CHAR, first_risk_height=tall_when_narrow)
    assert plan.arrangement is Arrangement.STACKED
    assert plan.risk_height[0] == 150  # whole at the full width


def test_stacked_grows_to_show_the_folded_warnings_whole_up_to_a_share():
    plan = plan_layout(1080, 1700, 1.0, CHAR, lambda w: 200, folded_risks_height=lambda w: 900)
    assert plan.risk_height[1] == 900
    capped = plan_layout(700, 1000, 1.0, CHAR, lambda w: 200, folded_risks_height=lambda w: 900)
    assert capped.risk_height[1] == 600  # never more than 60 % of the height
