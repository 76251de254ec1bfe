"""The English catalogue is up to date with the code and complete: every string that
`translate`, `self.tr` or `QCoreApplication.translate` can show is in viewer_en.ts with a
finished translation (tools/update_translations.py --check runs pyside6-lupdate)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys

from english_support import catalogue
from support import REPO

_PLACEHOLDER = re.compile(r"\{\w*\}|%\(\w+\)s|%n")


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
        (m.context, m.source, translation)
        for m in catalogue()
        for translation in (m.forms or (m.translation,))
        if sorted(_PLACEHOLDER.findall(m.source)) != sorted(_PLACEHOLDER.findall(translation))
    ]
    assert not wrong


def test_a_count_has_englishs_two_plural_forms():
    """`self.tr("... %n detik", "", n)`: "1 second", "2 seconds" (see test_plurals.py)."""
    numerus = [m for m in catalogue() if "%n" in m.source]
    assert numerus
    for m in numerus:
        assert len(m.forms) == 2 and all(form.strip() for form in m.forms), m.source
        assert m.forms[0] != m.forms[1], m.source


def _tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", REPO / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


NUMERUS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id_ID">
<context>
    <name>IdleNotice</name>
    <message numerus="yes">
        <source>dalam %n detik</source>
        <translation{type}>
            <numerusform>{one}</numerusform>
            <numerusform>{other}</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def test_the_tool_finishes_a_numerus_message_only_with_every_plural_form(tmp_path):
    unfinished = _tool().unfinished
    ts = tmp_path / "viewer_en.ts"
    cases = [
        (' type="unfinished"', "", "", False),  # as lupdate adds it
        ("", "in %n second", "", False),  # the plural form forgotten
        ("", "in %n second", "in %n seconds", True),
    ]
    for kind, one, other, finished in cases:
        ts.write_text(NUMERUS.format(type=kind, one=one, other=other), encoding="utf-8")
        expected = [] if finished else [("IdleNotice", "dalam %n detik")]
        assert unfinished(ts) == expected, (one, other)
