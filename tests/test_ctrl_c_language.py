"""Ctrl+C while the program is still importing its command line (before cli.py's own
handler exists): the one line is in the language the command would have spoken, and an
Indonesian one still imports no Qt to say it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from support import REPO

# The import of viewer.cli interrupted, as a Ctrl+C in the first moments would; then
# whether Qt was imported to say so.
PROBE = """
import sys

class Interrupted:
    def find_spec(self, name, path=None, target=None):
        if name == "viewer.cli":
            raise KeyboardInterrupt
        return None

sys.meta_path.insert(0, Interrupted())
sys.argv = ["patient-viewer", *sys.argv[1:]]
from viewer.__main__ import main
status = main()
print("Qt imported" if "PySide6.QtCore" in sys.modules else "no Qt")
sys.exit(status)
"""


@pytest.mark.parametrize(
    ("args", "env", "line", "qt"),
    [
        ([], {}, "patient-viewer: dibatalkan", "no Qt"),
        (["--language", "en", "check"], {}, "patient-viewer: cancelled", "Qt imported"),
        (["check"], {"LANG": "en_GB.UTF-8"}, "patient-viewer: cancelled", "Qt imported"),
        (["--lang", "id"], {"LANG": "en_GB.UTF-8"}, "patient-viewer: dibatalkan", "no Qt"),
    ],
    ids=["indonesian", "flag", "system", "flag over system"],
)
def test_ctrl_c_before_the_command_line_is_in_its_language(args, env, line, qt):
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 130, result.stderr
    assert result.stderr == f"{line}\n"
    assert result.stdout.strip() == qt
