"""On a real X server with a window manager, by keyboard alone: the bundled library opens
on the home screen with the focus in its search box; a misspelt drug name typed there
and Enter open the article; Alt+Left and Alt+Right walk back and forward."""

from __future__ import annotations

from pathlib import Path

import pytest

from xserver import start_viewer, stop, wait_for, window_of, x, x_server

pytestmark = pytest.mark.xvfb

APP = "Informasi Obat untuk Pasien"


def _title(env: dict[str, str], window: str) -> str:
    return x(env, "xdotool", "getwindowname", window).strip()


def test_search_and_back_and_forward_by_keyboard_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env_extra = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    with x_server(tmp_path, (1366, 768)) as env:
        env = env | env_extra
        viewer = start_viewer(env, tmp_path)
        try:
            window = window_of(env, viewer)
            x(env, "xdotool", "windowactivate", "--sync", window)
            wait_for(lambda: _title(env, window) == f"Beranda — {APP}", 10, "the home screen")
            # The focus starts in the home screen's search box: typing needs no click.
            x(env, "xdotool", "type", "--delay", "40", "klonazepam")
            wait_for(lambda: _title(env, window) == f"Pencarian — {APP}", 10, "the results")

            def opened() -> bool:
                # The index is built after the first paint: until it is, Enter finds
                # nothing yet, so it is pressed again.
                x(env, "xdotool", "key", "Return")
                return _title(env, window).startswith("Clonazepam untuk depresi")

            wait_for(opened, 20, "Enter to open the first result")
            x(env, "xdotool", "key", "alt+Left")
            wait_for(lambda: _title(env, window) == f"Pencarian — {APP}", 10, "back to results")
            x(env, "xdotool", "key", "alt+Left")
            wait_for(lambda: _title(env, window) == f"Beranda — {APP}", 10, "back home")
            x(env, "xdotool", "key", "alt+Right")
            wait_for(lambda: _title(env, window) == f"Pencarian — {APP}", 10, "forward")
        finally:
            assert "Traceback" not in stop(viewer)


def test_the_language_switch_on_a_real_x_server(tmp_path: Path) -> None:
    """The "Tampilan" card opened with a tap, then the keyboard alone: English at once,
    the title bar wholly English (Qt appends the application's name there on X11), and
    back to Indonesian; Esc closes the card."""
    home = tmp_path / "home"
    env_extra = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    english_app = "Medicine Information for Patients"
    with x_server(tmp_path, (1366, 768)) as env:
        env = env | env_extra
        viewer = start_viewer(env, tmp_path)
        try:
            window = window_of(env, viewer)
            x(env, "xdotool", "windowactivate", "--sync", window)
            wait_for(lambda: _title(env, window) == f"Beranda — {APP}", 10, "the home screen")
            # "Aa Tampilan", right of centre in the toolbar's first row at 1366 px.
            x(env, "xdotool", "mousemove", "--window", window, "1100", "45", "click", "1")
            # The card opens with the focus on the language in force; Tab, Space: English.
            x(env, "xdotool", "key", "--delay", "150", "Tab", "space")
            wait_for(
                lambda: _title(env, window) == f"Home — {english_app}", 10, "the English title"
            )
            x(env, "xdotool", "key", "--delay", "150", "shift+Tab", "space")
            wait_for(lambda: _title(env, window) == f"Beranda — {APP}", 10, "Indonesian again")
            x(env, "xdotool", "key", "Escape")
        finally:
            assert "Traceback" not in stop(viewer)
