"""viewer.cli_parser: argparse's headings, -h line and errors in Indonesian, for every kind
of error argparse raises, so a Python upgrade that rewords one shows up here."""

from __future__ import annotations

import argparse
import re

import pytest

from viewer.cli_parser import IndonesianArgumentParser, reword

# argparse's English, as it would show without IndonesianArgumentParser.
ENGLISH = re.compile(
    r"usage:|options:|positional arguments|optional arguments|show this help|error:|"
    r"argument|required|expected|invalid|unrecognized|ambiguous|not allowed|ignored|choose"
)


def sample_parser() -> IndonesianArgumentParser:
    parser = IndonesianArgumentParser(prog="contoh", description="Contoh.")
    parser.add_argument("--warna", choices=("merah", "biru"))
    parser.add_argument("--jumlah", type=int)
    parser.add_argument("--dua", nargs=2)
    parser.add_argument("--banyak", nargs="+")
    parser.add_argument("--ya", action="store_true")
    parser.add_argument("--yakin", action="store_true")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--satu", action="store_true")
    group.add_argument("--lain", action="store_true")
    commands = parser.add_subparsers(dest="perintah", metavar="PERINTAH")
    cetak = commands.add_parser("cetak", help="cetak sesuatu")
    cetak.add_argument("berkas", metavar="BERKAS")
    cetak.add_argument("-o", "--keluaran", required=True)
    return parser


def run(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        sample_parser().parse_args(list(argv))
    captured = capsys.readouterr()
    return exit_info.value.code, captured.out, captured.err


@pytest.mark.parametrize("argv", [["--help"], ["cetak", "--help"]])
def test_help_has_indonesian_headings_and_no_english(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    assert out.startswith("Penggunaan: contoh ")
    assert "\nopsi:\n" in out
    assert "  -h, --help " in out and "tampilkan bantuan ini lalu keluar" in out
    assert ENGLISH.search(out) is None, out


def test_positional_arguments_have_an_indonesian_heading(capsys):
    _code, out, _err = run(capsys, "cetak", "--help")
    assert "\nargumen posisi:\n  BERKAS\n" in out


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["--tidak-ada"], "contoh: kesalahan: opsi atau argumen tidak dikenal: --tidak-ada"),
        (
            ["x"],
            "contoh: kesalahan: PERINTAH: pilihan tidak dikenal: 'x' (pilih salah satu: 'cetak')",
        ),
        (["cetak"], "contoh cetak: kesalahan: wajib diisi: BERKAS, -o/--keluaran"),
        (
            ["--warna", "hijau"],
            "contoh: kesalahan: --warna: pilihan tidak dikenal: 'hijau' "
            "(pilih salah satu: 'merah', 'biru')",
        ),
        (["--warna"], "contoh: kesalahan: --warna: perlu diikuti satu nilai"),
        (["--jumlah", "tiga"], "contoh: kesalahan: --jumlah: nilai tidak sah: 'tiga'"),
        (["--dua", "a"], "contoh: kesalahan: --dua: perlu diikuti 2 nilai"),
        (["--banyak"], "contoh: kesalahan: --banyak: perlu diikuti paling sedikit satu nilai"),
        (["--ya=1"], "contoh: kesalahan: --ya: opsi ini tidak menerima nilai '1'"),
        (["--y"], "contoh: kesalahan: opsi --y kurang lengkap, bisa berarti: --ya, --yakin"),
        (["--satu", "--lain"], "contoh: kesalahan: --lain: tidak boleh dipakai bersama --satu"),
    ],
)
def test_errors_are_one_indonesian_line_after_the_usage_and_exit_2(capsys, argv, line):
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.startswith("Penggunaan: contoh")
    assert err.splitlines()[-1] == line
    assert ENGLISH.search(err) is None, err


def test_a_message_it_does_not_know_keeps_its_words():
    assert reword("something new") == "something new"
    assert reword("argument --x: something new") == "--x: something new"


def test_option_names_and_parsing_are_argparse_s():
    parsed = sample_parser().parse_args(["--warna", "biru", "cetak", "a.pdf", "-o", "b"])
    expected = argparse.Namespace(
        warna="biru", jumlah=None, dua=None, banyak=None, ya=False, yakin=False,
        satu=False, lain=False, perintah="cetak", berkas="a.pdf", keluaran="b",
    )  # fmt: skip
    assert parsed == expected


def test_a_parser_without_help_gets_no_h_option(capsys):
    parser = IndonesianArgumentParser(prog="contoh", add_help=False)
    assert parser.format_help().startswith("Penggunaan: contoh\n")
    with pytest.raises(SystemExit):
        parser.parse_args(["-h"])
    assert "opsi atau argumen tidak dikenal: -h" in capsys.readouterr().err
