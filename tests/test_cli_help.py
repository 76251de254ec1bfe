"""`patient-viewer --help` and its errors, in Indonesian (issue 10, part 7): the real
parser of every command, and a bad option through the real executable's exit status."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from support import REPO
from viewer.cli import build_parser

# argparse's English headings and lines.
ENGLISH = re.compile(
    r"usage:|options:|positional arguments|optional arguments|show this help|error:|"
    r"unrecognized|required|expected|invalid choice|choose from|argument "
)
COMMANDS = ([], ["check"], ["handout"], ["kiosk-pin"])


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "patient-viewer")
def test_help_has_no_english_argparse_words(capsys, command):
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args([*command, "--help"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    assert out.startswith(f"Penggunaan: {' '.join(['patient-viewer', *command])} ")
    assert "opsi:" in out
    assert "-h, --help" in out and "tampilkan bantuan ini lalu keluar" in out
    assert ENGLISH.search(out) is None, out


def test_the_commands_are_listed_under_an_indonesian_heading(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    out = capsys.readouterr().out
    assert re.search(r"\nargumen posisi:\n  PERINTAH\n +check ", out), out


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (
            ["--tidak-ada"],
            "patient-viewer: kesalahan: opsi atau argumen tidak dikenal: --tidak-ada",
        ),
        (["--content"], "patient-viewer: kesalahan: --content: perlu diikuti satu nilai"),
        (["handout", "x"], "patient-viewer handout: kesalahan: wajib diisi: -o/--output"),
        (
            ["handout", "x", "-o", "x.pdf", "--paper", "a3"],
            "patient-viewer handout: kesalahan: --paper: pilihan tidak dikenal: 'a3' "
            "(pilih salah satu: 'a4', 'letter')",
        ),
    ],
)
def test_a_mistake_is_one_indonesian_line_and_exit_2(capsys, argv, line):
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(argv)
    captured = capsys.readouterr()
    assert (exit_info.value.code, captured.out) == (2, "")
    assert captured.err.startswith("Penggunaan: patient-viewer")
    assert captured.err.splitlines()[-1] == line
    assert ENGLISH.search(captured.err) is None, captured.err


def test_a_bad_option_through_the_real_command(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "PATIENT_VIEWER_LOG_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "viewer", "--kiosk", "--bogus"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Penggunaan: patient-viewer ")
    assert result.stderr.splitlines()[-1] == (
        "patient-viewer: kesalahan: opsi atau argumen tidak dikenal: --bogus"
    )


def test_handout_help_names_the_forms_for_one_and_for_many(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["handout", "--help"])
    out = capsys.readouterr().out
    usage = out.split("\n\n")[0].splitlines()
    assert usage == [
        "Penggunaan: patient-viewer handout ARTIKEL -o FILE.pdf [--paper {a4,letter}] "
        "[--content DIR]",
        "       patient-viewer handout ARTIKEL ARTIKEL... -o DIR [--paper {a4,letter}] "
        "[--content DIR]",
        "       patient-viewer handout --all -o DIR [--paper {a4,letter}] [--content DIR]",
    ]
    assert "--all " in out and "semua artikel di folder konten" in out
    assert "DIR/<id>.pdf" in out
    assert "Status keluar: 0 semua ditulis; 1 ada artikel bermasalah; 2 kesalahan lain" in out
    assert ENGLISH.search(out) is None, out


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["handout", "-o", "d"], "isi salah satu dari: ARTIKEL --all"),
        (["handout", "x", "--all", "-o", "d"], "--all: tidak boleh dipakai bersama ARTIKEL"),
        (["handout", "--all", "x", "-o", "d"], "ARTIKEL: tidak boleh dipakai bersama --all"),
    ],
)
def test_handout_needs_articles_or_all_but_not_both(capsys, argv, line):
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(argv)
    captured = capsys.readouterr()
    assert (exit_info.value.code, captured.out) == (2, "")
    assert captured.err.splitlines()[-1] == f"patient-viewer handout: kesalahan: {line}"
    assert ENGLISH.search(captured.err) is None, captured.err


def test_handout_with_many_articles_or_all_parses():
    parse = build_parser().parse_args
    many = parse(["handout", "a", "b", "-o", "d"])
    assert (many.article, many.all) == (["a", "b"], False)
    every = parse(["handout", "--all", "-o", "d"])
    assert (every.article, every.all) == ([], True)
