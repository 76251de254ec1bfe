"""`--speech-self-test`: the mock engine speaks three words and the app says so, in one
line, with nothing on stderr (the frozen smoke test runs it on the bundle)."""

from __future__ import annotations

import subprocess
import sys

from support import REPO


def test_the_speech_self_test_speaks_three_words_and_lists_the_engines(tmp_path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "viewer", "--speech-self-test"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("speech self-test OK: engines=")
    assert "mock" in done.stdout and done.stdout.rstrip().endswith("words=3")
    assert done.stderr == ""
