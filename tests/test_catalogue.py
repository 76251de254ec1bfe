"""The English catalogue is up to date with the code and complete: every string that
`translate`, `self.tr` or `QCoreApplication.translate` can show is in viewer_en.ts with a
finished translation (tools/update_translations.py --check runs pyside6-lupdate)."""

from __future__ import annotations

import re
import subprocess
import sys

from english_support import catalogue
from support import REPO

_PLACEHOLDER = re.compile(r"\{\w*\}|%\(\w+\)s")


def test_the_catalogue_is_up_to_date_and_finished():
    result = subprocess.run(
        [sys.executable, str(REPO / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_every_translation_keeps_the_placeholders_of_its_source():
    wrong = [
        (m.context, m.source, m.translation)
        for m in catalogue()
        if sorted(_PLACEHOLDER.findall(m.source)) != sorted(_PLACEHOLDER.findall(m.translation))
    ]
    assert not wrong
