"""On a real X server with a window manager: the window fits each screen the clinics
have, and opens again where the reader left it."""

from __future__ import annotations

from pathlib import Path

import pytest

from xserver import geometry, start_viewer, stop, wait_for, window_of, x, x_server

pytestmark = pytest.mark.xvfb


def _isolated(env: dict[str, str], home: Path) -> dict[str, str]:
    """The reader's own settings folder, empty at first, kept between the test's runs."""
    return env | {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}


def _within(inner: tuple[int, int, int, int], screen: tuple[int, int]) -> bool:
    left, top, width, height = inner
    return left >= 0 and top >= 0 and left + width <= screen[0] and top + height <= screen[1]


@pytest.mark.parametrize("screen", [(1366, 768), (800, 600), (1080, 1920)])
def test_on_a_small_or_portrait_screen_the_window_opens_maximised_within_it(
    tmp_path: Path, screen: tuple[int, int]
) -> None:
    with x_server(tmp_path, screen) as env:
        viewer = start_viewer(_isolated(env, tmp_path / "home"), tmp_path)
        try:
            window = window_of(env, viewer)
            wait_for(
                lambda: "MAXIMIZED_VERT" in x(env, "xprop", "-id", window, "_NET_WM_STATE"),
                10,
                "the window to be maximised",
            )
            shown = geometry(env, window)
            assert _within(shown, screen), (shown, screen)
            # It fills the screen's width: nothing left unused beside it.
            assert shown[2] == screen[0]
        finally:
            assert "Traceback" not in stop(viewer)


def test_the_window_opens_again_where_the_reader_left_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with x_server(tmp_path, (1920, 1080)) as env:
        first = start_viewer(_isolated(env, home), tmp_path)
        try:
            window = window_of(env, first)
            x(env, "xdotool", "windowsize", "--sync", window, "1000", "700")
            x(env, "xdotool", "windowmove", "--sync", window, "200", "150")
            wait_for(lambda: geometry(env, window)[2:] == (1000, 700), 10, "the new size")
            moved = geometry(env, window)
            # Closed as a person closes it: through the window manager (Alt+F4).
            x(env, "xdotool", "windowactivate", "--sync", window)
            x(env, "xdotool", "key", "--clearmodifiers", "alt+F4")
            first.communicate(timeout=15)
        finally:
            stop(first)
        assert first.returncode == 0

        second = start_viewer(_isolated(env, home), tmp_path)
        try:
            window = window_of(env, second)
            wait_for(lambda: geometry(env, window) == moved, 10, f"the window at {moved}",
                     lambda: f"it is at {geometry(env, window)}")  # fmt: skip
        finally:
            assert "Traceback" not in stop(second)
