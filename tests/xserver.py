"""A real X server for the tests that need one: Xvfb of a chosen size with openbox, and
the viewer started on it as a person would start it (importable: tests/ is on sys.path).

Tests that use it are marked `xvfb`. They skip only on a developer machine without
Xvfb; in CI (CI set) a missing tool fails them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from support import REPO

TOOLS = ("Xvfb", "openbox", "xdotool", "xwininfo", "xprop")
APT = "apt-get install xvfb openbox xdotool x11-utils"


def require_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    reason = f"needs {', '.join(missing)} ({APT})"
    if "Xvfb" in missing and not os.environ.get("CI"):
        pytest.skip(reason)
    pytest.fail(f"the X server test cannot run: {reason}")  # CI, or Xvfb without its tools


def wait_for(
    check: Callable[[], object], timeout: float, what: str, seen: Callable[[], str] = lambda: ""
) -> None:
    """Poll `check` until it is true; after `timeout` s, fail naming `what` and `seen()`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    detail = seen()
    pytest.fail(f"waited {timeout} s for {what}" + (f"; {detail}" if detail else ""))


def _start_xvfb(log: Path, size: tuple[int, int]) -> tuple[subprocess.Popen, str]:
    """Xvfb on a display it picks itself (-displayfd), so parallel runs never collide.

    -noreset: by default an X server resets when its last client disconnects, and a
    client that connects during the reset is dropped. The checks below connect and
    disconnect (xprop) while openbox starts; without it openbox sometimes failed to
    open the display and the test waited 20 s for nothing (about 1 start in 40 with
    ten servers starting at once).
    """
    width, height = size
    for _attempt in range(3):
        read_fd, write_fd = os.pipe()
        with log.open("ab") as errors:
            xvfb = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24",
                 "-nolisten", "tcp", "-noreset"],
                pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=errors,
            )  # fmt: skip
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if number.isdigit():
            return xvfb, f":{number}"
        # It died before choosing a display (a lock race with another X server): retry.
        xvfb.kill()
        xvfb.wait()
    pytest.fail(f"Xvfb did not start: {log.read_text(errors='replace')[-2000:]}")


@contextmanager
def x_server(folder: Path, size: tuple[int, int]) -> Iterator[dict[str, str]]:
    """A fresh Xvfb of `size` with openbox; yields the environment for programs on it."""
    require_tools()
    xvfb, display = _start_xvfb(folder / "xvfb.log", size)
    processes = [xvfb]
    try:
        env = {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"}
        env |= {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        wm_log = folder / "openbox.log"
        with wm_log.open("ab") as wm_errors:
            wm = subprocess.Popen(
                ["openbox", "--sm-disable"], env=env,
                stdout=subprocess.DEVNULL, stderr=wm_errors,
            )  # fmt: skip
        processes.append(wm)
        wait_for(
            lambda: "window id" in x(env, "xprop", "-root", "_NET_SUPPORTING_WM_CHECK"),
            20,
            "openbox to manage the screen",
            lambda: _why_not_running(wm, wm_log, xvfb, folder / "xvfb.log"),
        )
        yield env
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _why_not_running(
    wm: subprocess.Popen, wm_log: Path, xvfb: subprocess.Popen, xvfb_log: Path
) -> str:
    """What a failed start left behind: which process ended, and its last words."""
    parts = []
    for name, process, log in (("openbox", wm, wm_log), ("Xvfb", xvfb, xvfb_log)):
        state = "running" if process.poll() is None else f"exited {process.returncode}"
        parts.append(f"{name} {state}: {read_text(log)[-500:].strip() or '(nothing logged)'}")
    return "; ".join(parts)


def x(env: dict[str, str], *command: str, timeout: float = 10) -> str:
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    return result.stdout if result.returncode == 0 else ""


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def start_viewer(env: dict[str, str], tmp_path: Path, *args: str) -> subprocess.Popen:
    """`python -m viewer ARGS`, its log in tmp_path/logs (env decides the rest)."""
    log_dir = tmp_path / "logs"
    return subprocess.Popen(
        [sys.executable, "-m", "viewer", *args],
        env=env | {"PATIENT_VIEWER_LOG_DIR": str(log_dir)}, cwd=REPO,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def stop(process: subprocess.Popen) -> str:
    """End `process` if it still runs; its stderr."""
    if process.poll() is None:
        process.terminate()
    try:
        _out, err = process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
    return err or ""


def window_of(env: dict[str, str], process: subprocess.Popen) -> str:
    found = x(
        env, "xdotool", "search", "--sync", "--onlyvisible", "--class", "patient-viewer",
        timeout=30,
    )  # fmt: skip
    assert found, f"no window appeared; ended: {process.poll() is not None}"
    return found.split()[0]


def geometry(env: dict[str, str], window: str) -> tuple[int, int, int, int]:
    """The window's own area on screen (x, y, width, height), without the WM's frame."""
    info = x(env, "xwininfo", "-id", window)
    numbers = [
        int(re.search(rf"{label}:\s+(-?\d+)", info).group(1))
        for label in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")
    ]
    return tuple(numbers)  # type: ignore[return-value]
