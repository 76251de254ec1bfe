"""The commands in English: `check`, `--help`, argparse's errors, `search`, `kiosk-pin` and
the kiosk's configuration check, chosen by --language, by the system's language or by the
window's saved setting. Each output is compared with the English catalogue: no Indonesian
source string is left, and the English of the messages expected is there.

(`handout` in English: tests/handout/test_handout_english.py.)
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import run_in_process
from english_support import assert_english, catalogue, indonesian_left
from support import FRONT, GOOD_BODY, REPO, write_article
from viewer import i18n
from viewer.cli import build_parser
from viewer.user_dirs import settings_file

REVIEWED = FRONT.replace('reviewer = ""', 'reviewer = "dr. Ani"')
# Slips an author makes, each in its own article (a front-matter slip stops its article).
SLIPS = {
    "a-quotes": '+++\nid = "a-quotes"\ntitle = “Obat demam”\n+++\n',
    "b-dashes": '---\nid = "b-dashes"\n---\n',
    "c-field": REVIEWED.format(id="c-field").replace(
        'reviewer = "dr. Ani"\n', 'reviewer = "dr. Ani"\nkategori = ["Obat"]\n'
    )
    + "\n## Satu\n\nTeks.\n",
    "d-body": REVIEWED.format(id="d-body")
    + "Teks sebelum bagian.\n\n## Satu\n\nTelepon {nomor_darurt} bila sesak.\n\n"
    + "::: bahaya\nHati-hati.\n:::\n",
    "e-date": REVIEWED.format(id="e-date").replace(
        "last_reviewed = 2026-01-01", "last_reviewed = 31-01-2026"
    )
    + "\n## Satu\n\nTeks.\n",
}
GLOSSARY = "## SSRI\n\n## Obat\n\nDefinisi obat.\n"
# The English of each slip, by its Indonesian source string.
SLIP_MESSAGES = (
    ("Content", "data awal tidak dapat dibaca: {problem}"),
    (
        "Toml",
        'memakai tanda kutip lengkung ({quotes}); ganti dengan tanda kutip lurus ("){rewritten}',
    ),
    (
        "Content",
        "data awal (front matter) tidak ada: baris pertama harus '{delimiter}'; "
        "mulailah artikel dengan {found}",
    ),
    ("Content", "tiga tanda tambah, bukan '{first}'"),
    (
        "Content",
        "kolom '{key}' tidak dikenal; mungkin maksudnya '{close}': periksa ejaannya "
        "(yang dikenal: {known})",
    ),
    ("Content", "teks sebelum bagian pertama; mulai bagian dengan '## Judul'"),
    ("Content", "penanda '{token}' tidak dikenal; untuk nomor darurat tulis {placeholder}"),
    ("Content", "tingkat peringatan '{word}' tidak dikenal (pilih salah satu: {names})"),
    ("Content", "peringatan tanpa baris 'Sumber: ...' (tulis 'Sumber: artikel')"),
    ("Toml", "harus ditulis tahun-bulan-tanggal tanpa tanda kutip; {fix}"),
    ("Content", "istilah '{term}' tidak punya definisi"),
    ("Check", "{count} masalah ditemukan{advisories}."),
)


@pytest.fixture(autouse=True)
def indonesian_afterwards():
    """A command run in this process leaves its language in force: put Indonesian back
    for the next test."""
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def slips(tmp_path: Path) -> Path:
    folder = tmp_path / "slips"
    folder.mkdir()
    for name, text in SLIPS.items():
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    (folder / "glossary.md").write_text(GLOSSARY, encoding="utf-8")
    return folder


def viewer(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`patient-viewer ARGS` as a process, with this test's folders (tests/conftest.py)."""
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # no terminal: getpass reads the (empty) stdin
        check=False,
    )


def assert_slips_in_english(output: str, folder: Path) -> None:
    assert_english(output, *SLIP_MESSAGES)
    lines = output.splitlines()
    # Each message at its file and line, as `check` prints them in Indonesian.
    assert f"{folder}/a-quotes.md:3: the front matter cannot be read: field 'title' " in output
    assert f"{folder}/b-dashes.md:1: the front matter is missing: " in output
    assert f"{folder}/c-field.md:10: unknown field 'kategori'; perhaps you meant " in output
    assert f"{folder}/d-body.md:11: text before the first section" in output
    assert f"{folder}/e-date.md:7: " in output and "last_reviewed = 2026-01-31" in output
    assert f"{folder}/glossary.md:1: term 'SSRI' has no definition" in lines
    assert lines[-1] == "9 problems found."


def test_check_with_the_flag_speaks_english(slips):
    result = viewer("--language", "en", "check", str(slips))
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    assert_slips_in_english(result.stdout, slips)


def test_check_follows_the_system_language(slips):
    result = viewer("check", str(slips), env={"LANG": "en_US.UTF-8"})
    assert result.returncode == 1, result.stderr
    assert_slips_in_english(result.stdout, slips)


def test_the_same_slips_without_a_language_stay_indonesian(slips, capsys):
    assert run_in_process("check", str(slips)) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == "9 masalah ditemukan."
    assert len(indonesian_left(out)) >= 9


def test_the_flag_after_the_command_and_over_the_system(slips, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert run_in_process("check", "--language", "id", str(slips)) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "9 masalah ditemukan."
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    assert run_in_process("check", str(slips), "--language", "en") == 1
    assert_slips_in_english(capsys.readouterr().out, slips)


def test_the_windows_saved_language_is_the_commands_too(slips, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[view]\nlanguage=en\nzoom=120\n", encoding="utf-8")
    assert run_in_process("check", str(slips)) == 1
    assert_slips_in_english(capsys.readouterr().out, slips)


def test_a_clean_folder_in_english(tmp_path, capsys):
    write_article(tmp_path, GOOD_BODY, front=REVIEWED.format(id="contoh"))
    assert run_in_process("--language", "en", "check", str(tmp_path)) == 0
    out = capsys.readouterr().out
    assert out == ("OK: articles 1, sections 2, warnings 3, glossary terms 0 — no problems.\n")
    assert_english(out)


def test_a_strict_check_counts_one_note_in_the_singular(tmp_path, capsys):
    # The advisory (no reviewer) is the loader's own sentence; its count is check's.
    write_article(tmp_path, GOOD_BODY)
    assert run_in_process("--language", "en", "check", "--strict", str(tmp_path)) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert last == "1 problem found (including 1 note, --strict)."


COMMANDS = ([], ["check"], ["handout"], ["search"], ["kiosk-pin"])


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "patient-viewer")
def test_help_in_english(capsys, command):
    with pytest.raises(SystemExit) as exit_info:
        run_in_process("--language", "en", *command, "--help")
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    assert out.startswith(f"usage: {' '.join(['patient-viewer', *command])} ")
    assert "\noptions:\n" in out
    assert_english(
        out,
        ("Cli", "tampilkan bantuan ini lalu keluar"),
        ("Cli", "bahasa tampilan: id (Bahasa Indonesia) atau en (English); bawaan: pilihan "
         "yang disimpan di jendela, lalu bahasa sistem"),
    )  # fmt: skip
    # Every help text of this parser, in English (argparse wraps them, also after a hyphen).
    flowed = " ".join(re.sub(r"-\n\s*", "-", out).split())
    parser = build_parser()
    for name in command:
        parser = parser._subparsers._group_actions[0].choices[name]  # type: ignore[union-attr]
    for action in parser._actions:
        if action.help and action.help != "==SUPPRESS==":
            assert " ".join(action.help.split()) in flowed, action.help


def test_help_lists_the_commands_under_english_headings(capsys):
    with pytest.raises(SystemExit):
        run_in_process("--language", "en", "--help")
    out = capsys.readouterr().out
    assert "\npositional arguments:\n  COMMAND\n    check " in out
    assert "Patient education viewer (offline)." in out


def test_handout_help_keeps_its_lines_in_english(capsys):
    with pytest.raises(SystemExit):
        run_in_process("handout", "--help", "--language", "en")
    out = capsys.readouterr().out
    usage = out.split("\n\n")[0].splitlines()
    assert usage == [
        "usage: patient-viewer handout ARTICLE -o FILE.pdf [--paper {a4,letter}] [--content DIR]",
        "       patient-viewer handout ARTICLE ARTICLE... -o DIR [--paper {a4,letter}] "
        "[--content DIR]",
        "       patient-viewer handout --all -o DIR [--paper {a4,letter}] [--content DIR]",
    ]
    description = out.split("\n\n")[1].splitlines()
    assert description[0] == "One article: -o is its PDF file."
    assert all(len(line) <= 80 for line in description)
    assert_english(out)


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["--no-such-option"], "patient-viewer: error: unrecognized arguments: --no-such-option"),
        (["--content"], "patient-viewer: error: argument --content: expected one argument"),
        (
            ["handout", "x"],
            "patient-viewer handout: error: the following arguments are required: -o/--output",
        ),
        (
            ["handout", "x", "-o", "x.pdf", "--paper", "a3"],
            "patient-viewer handout: error: argument --paper: invalid choice: 'a3' "
            "(choose from 'a4', 'letter')",
        ),
        (
            ["handout", "-o", "d"],
            "patient-viewer handout: error: one of the arguments ARTICLE --all is required",
        ),
    ],
)
def test_a_mistake_on_the_command_line_is_one_english_line(capsys, argv, line):
    with pytest.raises(SystemExit) as exit_info:
        run_in_process("--language", "en", *argv)
    captured = capsys.readouterr()
    assert (exit_info.value.code, captured.out) == (2, "")
    assert captured.err.startswith("usage: patient-viewer")
    assert captured.err.splitlines()[-1] == line
    assert_english(captured.err)


def test_a_bad_language_is_reported_in_the_language_that_follows(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    with pytest.raises(SystemExit):
        run_in_process("--language", "fr", "check")
    assert "error: argument --language: invalid choice: 'fr'" in capsys.readouterr().err


def test_search_that_finds_nothing_says_so_in_english(capsys):
    assert run_in_process("--language", "en", "search", "zzqxw") == 1
    out = capsys.readouterr().out
    assert out == "nothing matches “zzqxw”\n"
    assert_english(out, ("Search", "tidak ada yang cocok dengan “{query}”"))


def test_kiosk_pin_in_english(tmp_path):
    # No terminal and nothing on stdin: the prompt, then the PIN is left as it was.
    config = tmp_path / "kiosk.toml"
    result = viewer("--language", "en", "kiosk-pin", "--config", str(config))
    assert result.returncode == 1
    assert "New staff PIN (4-" in result.stderr
    assert result.stderr.rstrip().endswith("Cancelled; the PIN was not changed.")
    assert not config.exists()
    assert_english(
        result.stderr,
        ("Kiosk", "PIN petugas baru ({rule}): "),
        ("Kiosk", "{low}-{high} angka"),
        ("Kiosk", "Dibatalkan; PIN tidak diubah."),
    )


def test_a_broken_kiosk_configuration_in_english(tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text('idle_timeout = "abc"\nidle_timout = 5\n', encoding="utf-8")
    result = viewer("--language", "en", "--kiosk", "--check-config", "--config", str(config))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (f"{config}:1: key 'idle_timeout' must be a whole number, not text\n")
    assert_english(
        result.stderr,
        ("Kiosk", "kunci '{key}' {message}"),
        ("Kiosk", "harus bilangan bulat, bukan {type}"),
    )


def test_every_catalogue_message_has_english():
    assert not [m for m in catalogue() if not m.translation.strip()]
