"""`patient-viewer kiosk-pin [--config FILE]`: set the staff PIN, storing only its hash.

Qt-free. The PIN is asked twice without echo; the rest of kiosk.toml (comments,
order, other keys) is kept exactly: only the `pin_hash` line is replaced or added.
"""

from __future__ import annotations

import argparse
import errno
import getpass
import logging
import re
import sys
from pathlib import Path

from viewer.atomic_file import WriteError, reason, write_atomically
from viewer.ctrl_c import EXIT_INTERRUPTED
from viewer.i18n import translate
from viewer.kiosk.config import ConfigError, find_config, parse_config
from viewer.kiosk.pin import (
    MAX_PIN_DIGITS,
    MIN_PIN_DIGITS,
    hash_pin,
    is_valid_pin,
    trivial_pin_reason,
)

log = logging.getLogger(__name__)

_PIN_LINE = re.compile(r"^\s*pin_hash\s*=.*$", re.MULTILINE)
_TABLE = re.compile(r"^\s*\[", re.MULTILINE)
NEW_FILE_HEADER = (
    "# Konfigurasi mode kios patient-viewer. Contoh lengkap: deploy/kiosk.example.toml\n"
)


def run_kiosk_pin(args: argparse.Namespace) -> int:
    explicit: Path | None = getattr(args, "config", None)
    try:
        path = find_config(explicit)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 1
    try:
        pin = ask_new_pin()
    except EOFError:
        print("\n" + translate("Kiosk", "Dibatalkan; PIN tidak diubah."), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        # Ctrl+C at a prompt: the same words, and the status every command gives Ctrl+C.
        print("\n" + translate("Kiosk", "Dibatalkan; PIN tidak diubah."), file=sys.stderr)
        return EXIT_INTERRUPTED
    if pin is None:
        return 1
    try:
        store_pin_hash(path, hash_pin(pin))
    except WriteError as exc:
        print(_not_saved(path, exc.reason), file=sys.stderr)
        return 1
    except UnicodeDecodeError:
        print(_not_saved(path, translate("Kiosk", "berkas bukan teks UTF-8")), file=sys.stderr)
        return 1
    except OSError as exc:  # reading the old file, or making its folder
        denied = exc.errno in (errno.EACCES, errno.EPERM)
        why = translate("Kiosk", "tidak ada izin") if denied else reason(exc)
        print(_not_saved(path, why), file=sys.stderr)
        return 1
    print(
        translate(
            "Kiosk", "PIN petugas disimpan di {path} (hanya hash-nya, bukan PIN-nya)."
        ).format(path=path)
    )
    # The PIN is set; say so, but also point at anything else that would stop the kiosk.
    try:
        parse_config(path)
    except ConfigError as exc:
        print(
            translate("Kiosk", "Catatan: konfigurasi masih bermasalah: {problem}").format(
                problem=exc
            ),
            file=sys.stderr,
        )
    return 0


def _not_saved(path: Path, why: str) -> str:
    return translate("Kiosk", "{path}: tidak dapat menyimpan PIN ({reason})").format(
        path=path, reason=why
    )


def ask_new_pin() -> str | None:
    """Ask twice without echo; None (after saying why) if the PIN is unusable or trivial."""
    rule = translate("Kiosk", "{low}-{high} angka").format(low=MIN_PIN_DIGITS, high=MAX_PIN_DIGITS)
    first = getpass.getpass(translate("Kiosk", "PIN petugas baru ({rule}): ").format(rule=rule))
    if not is_valid_pin(first):
        print(
            translate("Kiosk", "PIN harus terdiri dari {rule} saja; PIN tidak diubah.").format(
                rule=rule
            ),
            file=sys.stderr,
        )
        return None
    trivial = trivial_pin_reason(first)
    if trivial is not None:
        # Refused before the second prompt: nobody types a PIN twice only to lose it.
        print(
            translate(
                "Kiosk",
                "PIN ini terlalu mudah ditebak: {reason}. Pilih angka yang sulit ditebak "
                "orang lain, bukan angka yang sama semua dan bukan urutan, sebaiknya 6 angka "
                "atau lebih; PIN tidak diubah.",
            ).format(reason=trivial),
            file=sys.stderr,
        )
        return None
    second = getpass.getpass(translate("Kiosk", "Ulangi PIN: "))
    if second != first:
        print(translate("Kiosk", "Kedua PIN tidak sama; PIN tidak diubah."), file=sys.stderr)
        return None
    return first


def with_pin_hash(text: str, pin_hash: str) -> str:
    """`text` with its pin_hash line replaced, or one added before any table."""
    line = f'pin_hash = "{pin_hash}"'
    if _PIN_LINE.search(text):
        return _PIN_LINE.sub(lambda _m: line, text, count=1)
    table = _TABLE.search(text)
    if table is not None:
        # A key after a [table] header would belong to that table, not to the top level.
        return text[: table.start()] + line + "\n" + text[table.start() :]
    if text and not text.endswith("\n"):
        text += "\n"
    return text + line + "\n"


def store_pin_hash(path: Path, pin_hash: str) -> None:
    """Write the hash into `path` (created if missing), atomically, keeping its mode.

    Raises WriteError when the file cannot be written, OSError or UnicodeDecodeError
    when the old one cannot be read.
    """
    existing = path.read_bytes().decode("utf-8") if path.exists() else NEW_FILE_HEADER
    updated = with_pin_hash(existing, pin_hash)
    path.parent.mkdir(parents=True, exist_ok=True)
    # A new file is 0644: the kiosk account (not the admin who runs this) must read it.
    mode = path.stat().st_mode & 0o7777 if path.exists() else 0o644
    # The shared writer: a power cut never leaves half a config, and a symlinked
    # kiosk.toml stays a symlink.
    write_atomically(path, updated.encode("utf-8"), mode=mode)
    log.info("staff PIN hash written to %s", path)
