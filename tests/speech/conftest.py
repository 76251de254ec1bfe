"""Read-aloud tests: the marker for those that need the real engine, and its sound sink."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

MISSING = "speech-dispatcher/espeak-ng/pulseaudio not installed (.ci/run installs them)"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "speech_engine: needs speech-dispatcher, espeak-ng and PulseAudio (a null sink)",
    )


@pytest.fixture
def null_sink(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """A private PulseAudio server with a null sink, so speech needs no sound card:
    without one, speech-dispatcher never finishes a message."""
    needed = ("speech-dispatcher", "espeak-ng", "pulseaudio")
    if any(shutil.which(name) is None for name in needed):
        pytest.skip(MISSING)
    runtime = tmp_path_factory.mktemp("xdg-runtime")
    runtime.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
    subprocess.run(
        ["pulseaudio", "-D", "--exit-idle-time=-1", "--load=module-null-sink sink_name=null"],
        env=env,
        check=True,
        timeout=30,
        capture_output=True,
    )
    _wait_for_the_sink(env)
    _start_speech_dispatcher(runtime, env, monkeypatch)
    yield runtime
    _stop(runtime, env)


def _start_speech_dispatcher(
    runtime: Path, env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started here and waited for, not spawned by the first client: on a busy machine
    (CI runs tests side by side) an autospawned daemon can miss the client's wait, and
    the engine then fails with "Connection to speech-dispatcher failed"."""
    socket = runtime / "speech-dispatcher" / "speechd.sock"
    subprocess.run(
        ["speech-dispatcher", "-d", "-t", "0", "-S", str(socket)],
        env=env,
        check=True,
        timeout=30,
        capture_output=True,
    )
    deadline = time.monotonic() + 20
    while not socket.exists():
        if time.monotonic() > deadline:
            pytest.fail(f"speech-dispatcher made no socket at {socket} within 20 s")
        time.sleep(0.1)
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{socket}")


def _wait_for_the_sink(env: dict[str, str]) -> None:
    """The daemon answers before its sink is there: a speech-dispatcher started in that
    moment finds no output and ends its first message at once (seen: 0.1 s)."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        listed = subprocess.run(
            ["pactl", "list", "short", "sinks"], env=env, capture_output=True, text=True
        )
        if listed.returncode == 0 and "null" in listed.stdout:
            return
        time.sleep(0.1)
    pytest.fail("the PulseAudio null sink did not appear within 15 s")


def _stop(runtime: Path, env: dict[str, str]) -> None:
    subprocess.run(["pulseaudio", "--kill"], env=env, timeout=30, capture_output=True)
    # The speech-dispatcher this test's engine spawned listens in the private folder.
    pid_file = runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
    if pid_file.exists():
        with contextlib.suppress(ValueError, ProcessLookupError, PermissionError):
            os.kill(int(pid_file.read_text().strip()), 15)
