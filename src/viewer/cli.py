"""Command line: parse with argparse and dispatch. Imports no Qt at module level."""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from viewer import i18n, version
from viewer.cli_parser import IndonesianArgumentParser, IndonesianHelpFormatter
from viewer.ctrl_c import EXIT_INTERRUPTED, CtrlC, held
from viewer.i18n import translate
from viewer.language_choice import interface_language
from viewer.presentation.palette import THEME_WORDS


def _handout_usage() -> str:
    #: The usage lines of `handout`. Keep %(prog)s, the options and their values; ARTIKEL
    #: is the placeholder for an article id (as in the option list: "ARTICLE").
    return translate(
        "Cli",
        "%(prog)s ARTIKEL -o FILE.pdf [--paper {a4,letter}] [--content DIR]\n"
        "       %(prog)s ARTIKEL ARTIKEL... -o DIR [--paper {a4,letter}] [--content DIR]\n"
        "       %(prog)s --all -o DIR [--paper {a4,letter}] [--content DIR]",
    )


def _handout_description() -> str:
    #: Printed as written: keep the line breaks, with lines no longer than these.
    return translate(
        "Cli",
        "Satu artikel: -o adalah berkas PDF-nya.\n"
        "Beberapa artikel (id-nya) atau --all: -o adalah folder; setiap artikel ditulis ke\n"
        "DIR/<id>.pdf (folder dibuat bila belum ada dan folder induknya ada; berkas yang\n"
        "sudah ada diganti utuh). Artikel yang bermasalah dilaporkan (berkas:baris: pesan)\n"
        "dan dilewati; artikel lain tetap ditulis.\n"
        "Status keluar: 0 semua ditulis; 1 ada artikel bermasalah; 2 kesalahan lain (id\n"
        "tidak dikenal, folder tujuan tidak dapat dipakai, disk penuh).",
    )


def _add_language(parser: argparse.ArgumentParser, default: object = None) -> None:
    """--language, read before the parser is built (language_choice); here for the help,
    and so that argparse refuses a language we do not have."""
    parser.add_argument(
        "--language",
        choices=tuple(i18n.LANGUAGES),
        default=default,
        help=translate(
            "Cli",
            "bahasa tampilan: id (Bahasa Indonesia) atau en (English); bawaan: pilihan "
            "yang disimpan di jendela, lalu bahasa sistem",
        ),
    )


class _RawDescriptionFormatter(argparse.RawDescriptionHelpFormatter, IndonesianHelpFormatter):
    """Our help, with the description's lines kept as written."""


class _VersionAction(argparse.Action):
    """Like argparse's "version", but reads the version only when asked (it costs ~25 ms)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        print(f"patient-viewer {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = IndonesianArgumentParser(
        prog="patient-viewer",
        description=translate("Cli", "Penampil materi edukasi pasien (luring)."),
        add_help=False,
    )
    parser.add_argument(
        "-h", "--help", action="help", help=translate("Cli", "tampilkan bantuan ini lalu keluar")
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        nargs=0,
        help=translate("Cli", "tampilkan versi lalu keluar"),
    )
    parser.add_argument(
        "--content",
        type=Path,
        metavar="DIR",
        help=translate("Cli", "folder konten lain (bawaan: artikel bawaan)"),
    )
    _add_language(parser)
    parser.add_argument(
        "--theme",
        choices=THEME_WORDS,
        help=translate(
            "Cli",
            "warna jendela: light (terang), dark (gelap), high-contrast (kontras tinggi) "
            "atau system (ikuti sistem); bawaan: pilihan yang disimpan di jendela",
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "Cli",
            "buka jendela, tunggu tampilan pertama, cetak ringkasan satu baris, lalu keluar",
        ),
    )
    parser.add_argument(
        "--speech-self-test",
        action="store_true",
        help=translate(
            "Cli", "periksa fitur baca suara (mesin uji Qt), cetak satu baris, lalu keluar"
        ),
    )
    # The window starts this program again as its speech worker (speech/worker.py).
    parser.add_argument("--speech-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--speech-engine", metavar="NAME", help=argparse.SUPPRESS)
    parser.add_argument(
        "--verbose", action="store_true", help=translate("Cli", "catatan (log) lebih rinci")
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help=translate("Cli", "mode kios: layar penuh, terkunci, untuk ruang tunggu"),
    )
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help=translate("Cli", "berkas konfigurasi kios (TOML)"),
    )
    parser.add_argument(
        "--check-config",
        action="store_true",
        help=translate(
            "Cli", "periksa konfigurasi kios (juga printernya) lalu keluar, tanpa membuka jendela"
        ),
    )
    #: The placeholder for the command's name in the help ("COMMAND").
    commands = parser.add_subparsers(dest="command", metavar=translate("Cli", "PERINTAH"))
    check = commands.add_parser("check", help=translate("Cli", "periksa folder konten"))
    check.add_argument("folder", nargs="?", type=Path, metavar="DIR")
    check.add_argument(
        "--strict",
        action="store_true",
        help=translate("Cli", "anggap catatan sebagai masalah (untuk pemeriksaan otomatis)"),
    )
    handout = commands.add_parser(
        "handout",
        help=translate("Cli", "buat lembar cetak (PDF) sebuah artikel atau banyak artikel"),
        usage=_handout_usage(),
        description=_handout_description(),
        formatter_class=_RawDescriptionFormatter,
    )
    chosen = handout.add_mutually_exclusive_group(required=True)
    chosen.add_argument(
        "article",
        nargs="*",
        default=[],
        #: The placeholder for an article id in the help ("ARTICLE"); as in the usage lines.
        metavar=translate("Cli", "ARTIKEL"),
        help=translate("Cli", "id artikel, atau berkas .md bila hanya satu artikel"),
    )
    chosen.add_argument(
        "--all",
        action="store_true",
        help=translate("Cli", "semua artikel di folder konten, satu PDF per artikel"),
    )
    handout.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE.pdf|DIR",
        help=translate(
            "Cli", "berkas PDF untuk satu artikel; folder untuk --all atau beberapa artikel"
        ),
    )
    handout.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default="a4",
        help=translate("Cli", "ukuran kertas (bawaan: a4)"),
    )
    # SUPPRESS keeps a --content given before the command from being overwritten.
    handout.add_argument(
        "--content",
        type=Path,
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=translate("Cli", "folder konten lain (bawaan: artikel bawaan)"),
    )
    search = commands.add_parser(
        "search", help=translate("Cli", "cari di semua artikel, seperti kotak pencarian di jendela")
    )
    search.add_argument(
        "words",
        nargs="+",
        #: The placeholder for the words searched for, in the help ("WORD").
        metavar=translate("Cli", "KATA"),
        help=translate("Cli", "kata yang dicari"),
    )
    search.add_argument(
        "--content",
        type=Path,
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=translate("Cli", "folder konten lain (bawaan: artikel bawaan)"),
    )
    pin = commands.add_parser(
        "kiosk-pin", help=translate("Cli", "atur PIN petugas untuk keluar dari mode kios")
    )
    pin.add_argument("--config", type=Path, metavar="FILE", default=argparse.SUPPRESS)
    # --language after the command too; SUPPRESS keeps one given before it.
    for command in (check, handout, search, pin):
        _add_language(command, default=argparse.SUPPRESS)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    ctrl_c = CtrlC()
    log_file: Path | None = None
    argv = sys.argv[1:] if argv is None else list(argv)
    with ctrl_c.installed():
        try:
            # Before the parser is built, so that --help is in the language chosen.
            with held():  # a language other than Indonesian imports Qt (see _import_qt)
                i18n.set_language(interface_language(argv))
            args = build_parser().parse_args(argv)
            from viewer.logging_setup import setup_logging

            _print_any_file_name()
            log_file = setup_logging(verbose=args.verbose)
            return _dispatch(args)
        except KeyboardInterrupt:
            return _interrupted()
        except Exception:
            if ctrl_c.pressed:
                # Ctrl+C landed where Python or PySide6 turns KeyboardInterrupt into
                # another error (a dataclass being made, an enum being looked up).
                logging.getLogger(__name__).info("error after Ctrl+C", exc_info=True)
                return _interrupted()
            # Never a traceback for staff or patients: one line on stderr, the traceback
            # in the log file only (INFO is below the stderr handler's WARNING level).
            logging.getLogger(__name__).info("unexpected error", exc_info=True)
            if log_file:
                line = translate(
                    "Command", "patient-viewer: kesalahan tak terduga (rincian di {log})"
                ).format(log=log_file)
            else:
                line = translate("Command", "patient-viewer: kesalahan tak terduga")
            print(line, file=sys.stderr)
            return 2


def _interrupted() -> int:
    """Ctrl+C is the user's choice, not an error: one line, the shell's status for SIGINT.

    Nothing is left half-written: every file is written atomically.
    """
    logging.getLogger(__name__).info("interrupted (Ctrl+C)")
    # After the terminal's "^C", start a fresh line.
    fresh_line = "\n" if sys.stderr is not None and sys.stderr.isatty() else ""
    print(fresh_line + translate("Command", "patient-viewer: dibatalkan"), file=sys.stderr)
    return EXIT_INTERRUPTED


def _print_any_file_name() -> None:
    """Let stdout print a file name that is not UTF-8 (as `\\udcff`) instead of failing.

    Under a strict UTF-8 locale, `handout -o $'y\\xff.pdf'` wrote the file and then failed
    to say so; stderr already escapes such characters.
    """
    if getattr(sys.stdout, "errors", None) == "strict" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")


def _import_qt() -> None:
    """Import PySide6 with Ctrl+C held back: a KeyboardInterrupt inside shiboken6's first
    import aborts the interpreter (a C stack, exit 134) instead of one calm line."""
    with held():
        importlib.import_module("PySide6")


def _dispatch(args: argparse.Namespace) -> int:
    if args.command is not None:
        # __main__ keeps the collector off while the window starts (ui/app.py and the
        # kiosk turn it back on); a command's work (check over a thousand articles, each
        # with its own Markdown objects) must not keep every cycle it leaves behind. What
        # start-up made stays: frozen, it is not scanned again.
        gc.freeze()
        gc.enable()
    if args.command == "check":
        from viewer import paths
        from viewer.check import run_check

        folder = args.folder or args.content
        if folder is None:
            folder = paths.default_content_dir()
        return run_check(folder, folder, sys.stdout, strict=args.strict)
    if args.command == "search":
        from viewer import paths
        from viewer.search.command import run_search
        from viewer.settings import load_clinic_settings
        from viewer.user_dirs import cache_dir

        folder = getattr(args, "content", None) or paths.default_content_dir()
        number = load_clinic_settings().emergency_number
        return run_search(" ".join(args.words), folder, cache_dir(), sys.stdout, number)
    if args.command == "handout":
        from viewer.handout.command import run_handout

        return run_handout(args)
    if args.command == "kiosk-pin":
        from viewer.kiosk.pin_command import run_kiosk_pin

        return run_kiosk_pin(args)
    _import_qt()
    if args.speech_worker:
        from viewer.speech.worker import run_speech_worker

        return run_speech_worker(args.speech_engine)
    if args.speech_self_test:
        from viewer.speech_self_test import run_speech_self_test

        return run_speech_self_test()
    if args.kiosk or args.check_config:
        from viewer.kiosk.app import run_kiosk

        return run_kiosk(args)
    from viewer.ui.app import run_window

    return run_window(args)
