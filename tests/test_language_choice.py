"""viewer.language_choice: --language, then the saved setting, then the system's language,
then Indonesian; a value that is none of ours is passed over."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer import language_choice
from viewer.language_choice import flag_language, interface_language, saved_language
from viewer.user_dirs import settings_file

ENGLISH_SYSTEM = {"LANG": "en_US.UTF-8"}
NO_SYSTEM = {"LANG": "C.UTF-8"}


def settings_with(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "patient-viewer.ini"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--language", "en"], "en"),
        (["--language=en", "check"], "en"),
        (["check", "--language", "en", "DIR"], "en"),  # after the command too
        (["--lang", "en"], "en"),  # argparse takes an unambiguous start of the option
        (["--language", "EN"], "en"),
        (["--language", "en", "check", "--language", "id"], "id"),  # the last one, as argparse
        (["--language", "fr"], None),
        (["--language"], None),  # no value: argparse reports it
        (["search", "--", "--language", "en"], None),  # after "--" it is a word to search
        (["--content", "DIR", "check"], None),
        (["--l", "en"], "en"),
        (["--", "--language", "en"], None),
    ],
)
def test_the_flag(argv, expected):
    assert flag_language(argv) == expected


def test_a_last_flag_that_is_not_ours_falls_through():
    assert flag_language(["--language", "en", "--language", "fr"]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[view]\nlanguage=en\n", "en"),
        ("[General]\nlanguage=en\n[view]\nzoom=120\nlanguage=id\n", "id"),
        ('[view]\nlanguage="en"\n', "en"),
        ("[view]\nlanguage = en_GB\n", "en"),
        ("[clinic]\nlanguage=en\n", None),  # another section's key
        ("[view]\nlanguage=fr\n", None),
        ("[view]\nlanguage=\n", None),
        ("[view]\nzoom=120\n", None),
        ("", None),
        # Lines configparser refuses (no '=', a stray value) do not hide the key.
        ("[view]\nnot a setting\nlanguage=en\n@@@\n[window]\ngeometry=@Rect(0 0 1 1)\n", "en"),
        (b"\xff\xfe\n[view]\nlanguage=en\n\x00\x01", "en"),  # bytes that are no UTF-8
        (b"\xff\xfe\x00\x01\x02", None),
    ],
)
def test_the_saved_setting(tmp_path, text, expected):
    assert saved_language(settings_with(tmp_path, text)) == expected


def test_no_settings_file_is_no_saved_language(tmp_path):
    assert saved_language(tmp_path / "missing.ini") is None
    assert saved_language(tmp_path) is None  # a folder where the file should be


def test_the_order_flag_setting_system_indonesian(tmp_path):
    saved_id = settings_with(tmp_path, "[view]\nlanguage=id\n")
    nothing = tmp_path / "none.ini"
    # The flag first, over the setting and the system.
    assert interface_language(["--language", "en"], settings=saved_id, environ=NO_SYSTEM) == "en"
    # The setting, over the system.
    assert interface_language([], settings=saved_id, environ=ENGLISH_SYSTEM) == "id"
    # The system, when nothing is saved.
    assert interface_language([], settings=nothing, environ=ENGLISH_SYSTEM) == "en"
    # Indonesian, when nothing says otherwise.
    assert interface_language([], settings=nothing, environ=NO_SYSTEM) == "id"


def test_a_bad_value_at_each_step_is_passed_over(tmp_path):
    bad_setting = settings_with(tmp_path, "[view]\nlanguage=klingon\n")
    french = {"LANGUAGE": "fr_FR:de", "LANG": "fr_FR.UTF-8"}
    assert interface_language(["--language", "xx"], settings=bad_setting, environ=french) == "id"
    assert (
        interface_language(["--language", "xx"], settings=bad_setting, environ=ENGLISH_SYSTEM)
        == "en"
    )
    saved_en = settings_with(tmp_path, "[view]\nlanguage=en\n")
    assert interface_language(["--language", "xx"], settings=saved_en, environ=NO_SYSTEM) == "en"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANGUAGE": "en_GB:id", "LANG": "id_ID.UTF-8"}, "en"),  # LANGUAGE's list first
        ({"LC_ALL": "en_US.UTF-8", "LANG": "id_ID.UTF-8"}, "en"),
        ({"LC_MESSAGES": "id_ID.UTF-8", "LANG": "en_US.UTF-8"}, "id"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C"}, "id"),
        ({}, "id"),
    ],
)
def test_the_system_language(tmp_path, environ, expected):
    assert interface_language([], settings=tmp_path / "none.ini", environ=environ) == expected


def test_the_window_may_pass_the_system_language_it_knows(tmp_path):
    nothing = tmp_path / "none.ini"
    assert interface_language([], settings=nothing, system="en-GB", environ=NO_SYSTEM) == "en"
    # Given, it is the system's answer: a language of none of ours means Indonesian.
    assert interface_language([], settings=nothing, system="de_DE", environ=ENGLISH_SYSTEM) == "id"


def test_the_settings_file_is_the_one_qsettings_writes(isolated_user_dirs):
    from viewer.settings import qsettings

    store = qsettings()
    store.setValue("view/language", "en")
    store.sync()
    assert Path(store.fileName()) == settings_file()
    assert saved_language() == "en"
    assert interface_language([], environ=NO_SYSTEM) == "en"
    store.setValue("view/language", "id")
    store.sync()
    assert interface_language([], environ=ENGLISH_SYSTEM) == "id"


def test_the_module_imports_no_qt():
    import subprocess
    import sys

    code = (
        "import sys, viewer.language_choice as c; c.interface_language(['--language', 'en']);"
        "print(any(name.startswith('PySide6') for name in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"
    assert language_choice.FLAG == "--language"
