"""Command line: parse with argparse and dispatch. Imports no Qt at module level."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from viewer import version


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="patient-viewer",
        description="Penampil materi edukasi pasien (luring).",
    )
    parser.add_argument("--version", action="version", version=f"patient-viewer {version()}")
    parser.add_argument(
        "--content", type=Path, metavar="DIR", help="folder konten lain (bawaan: artikel bawaan)"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="buka jendela, tunggu tampilan pertama, cetak ringkasan satu baris, lalu keluar",
    )
    parser.add_argument("--verbose", action="store_true", help="catatan (log) lebih rinci")
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")
    check = commands.add_parser("check", help="periksa folder konten")
    check.add_argument("folder", nargs="?", type=Path, metavar="DIR")
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from viewer.logging_setup import setup_logging

    setup_logging(verbose=args.verbose)
    if args.command == "check":
        from viewer import paths
        from viewer.check import run_check

        folder = args.folder or args.content
        if folder is None:
            folder = paths.default_content_dir()
        return run_check(folder, folder, sys.stdout)
    from viewer.ui.app import run_window

    return run_window(args)
