"""On a real X server with a real window manager: full screen, and Alt+F4 does not close it."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk_support import PIN_HASH
from xserver import geometry, read_text, start_viewer, wait_for, window_of, x, x_server

SCREEN = (1280, 800)
IGNORED = "kiosk: close request ignored"


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[dict[str, str]]:
    with x_server(tmp_path, SCREEN) as env:
        yield env


def _alt_f4_through_the_window_manager(env: dict[str, str], window: str) -> None:
    # A real key press (XTEST) on the focused window: openbox's own A-F4 binding catches
    # it and sends the window a polite close (WM_DELETE_WINDOW), as for a person.
    x(env, "xdotool", "windowactivate", "--sync", window)
    x(env, "xdotool", "key", "--clearmodifiers", "alt+F4")


@pytest.mark.xvfb
def test_kiosk_covers_the_screen_and_survives_alt_f4(x_display, tmp_path: Path) -> None:
    env = x_display
    root = x(env, "xwininfo", "-root")
    assert f"Width: {SCREEN[0]}" in root and f"Height: {SCREEN[1]}" in root

    # The control: the same Alt+F4 closes the ordinary window, so it does reach the WM.
    plain = start_viewer(env, tmp_path)
    try:
        _alt_f4_through_the_window_manager(env, window_of(env, plain))
        plain.communicate(timeout=15)
    finally:
        if plain.poll() is None:
            plain.kill()
            plain.communicate()
    assert plain.returncode == 0

    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'clinic_name = "Klinik Uji"\nidle_timeout = 300\npin_hash = "{PIN_HASH}"\n',
        encoding="utf-8",
    )
    kiosk = start_viewer(env, tmp_path, "--kiosk", "--config", str(config))
    try:
        window = window_of(env, kiosk)
        wait_for(lambda: geometry(env, window) == (0, 0, *SCREEN), 10, "full screen")
        state = x(env, "xprop", "-id", window, "_NET_WM_STATE")
        assert "_NET_WM_STATE_FULLSCREEN" in state

        _alt_f4_through_the_window_manager(env, window)
        # The close does arrive (from openbox) and the kiosk turns it down.
        log = tmp_path / "logs" / "patient-viewer.log"
        wait_for(
            lambda: kiosk.poll() is not None or IGNORED in read_text(log),
            10,
            f"the kiosk to log {IGNORED!r} after Alt+F4",
            lambda: f"its log ends: {read_text(log)[-1500:]!r}",
        )
        assert kiosk.poll() is None, f"Alt+F4 ended the kiosk: {kiosk.communicate()[1]}"
        assert "IsViewable" in x(env, "xwininfo", "-id", window)
        assert geometry(env, window) == (0, 0, *SCREEN)
    finally:
        kiosk.terminate()
        try:
            _out, err = kiosk.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            kiosk.kill()
            _out, err = kiosk.communicate()
    assert "Traceback" not in err
