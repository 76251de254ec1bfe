"""The kiosk configuration file (TOML): where it is found, what it holds, what is wrong.

Qt-free on purpose: `kiosk-pin` and the unit tests read it without a display, and a
broken file is reported before any window exists, so nothing starts half-configured.

Every problem becomes one line that names the file, the line and the key, e.g.
``kiosk.toml:4: kunci 'idle_timout' tidak dikenal``: the person fixing it is clinic
staff with a text editor, not a programmer.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from viewer import paths
from viewer.content.frontmatter import ID_PATTERN
from viewer.i18n import LANGUAGES, translate
from viewer.kiosk.pin import parse_pin_hash
from viewer.phone import DEFAULT_EMERGENCY_NUMBER, is_phone_number
from viewer.presentation.palette import THEME_WORDS
from viewer.toml_reader import TomlError, read_toml
from viewer.user_dirs import system_config_dir

log = logging.getLogger(__name__)

CONFIG_NAME = "kiosk.toml"

DEFAULT_IDLE_TIMEOUT = 120  # seconds without any touch, key or mouse input
DEFAULT_COUNTDOWN = 10  # seconds of "tap to keep reading" before the reset
DEFAULT_PRINT_LIMIT = 1  # handouts per reader: paper is paid for by the clinic
DEFAULT_SPEECH_VOLUME = 80  # percent: clear in headphones, not painful
DEFAULT_LANGUAGE = "id"
DEFAULT_THEME = "light"  # a waiting room is lit; "system" means little on a kiosk


class ConfigError(Exception):
    """A problem with the configuration, shown to staff as one line."""

    def __init__(self, path: Path, message: str, line: int = 0, key: str | None = None):
        super().__init__(message)
        self.path = path
        self.line = line
        self.key = key
        self.message = message

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        if self.key:
            #: {message} continues the sentence: "key 'idle_timeout' must be a whole number".
            what = translate("Kiosk", "kunci '{key}' {message}").format(
                key=self.key, message=self.message
            )
        else:
            what = self.message
        return f"{where}: {what}"


@dataclass(frozen=True)
class KioskConfig:
    """Everything a kiosk needs, validated; `lines` maps each key to its line in `path`."""

    path: Path
    pin_hash: str
    content: Path | None = None
    articles: tuple[str, ...] = ()
    start: str = ""  # the article the kiosk starts on and returns to; "": the home screen
    idle_timeout: int = DEFAULT_IDLE_TIMEOUT
    countdown: int = DEFAULT_COUNTDOWN
    clinic_name: str = ""
    clinic_phone: str = ""
    emergency_number: str = DEFAULT_EMERGENCY_NUMBER
    printer: str = ""
    print_limit: int = DEFAULT_PRINT_LIMIT
    speech: bool = True  # "Dengarkan" offered (with headphones at the kiosk)
    speech_volume: int = DEFAULT_SPEECH_VOLUME  # percent; each reader starts at it
    # Each reader starts in these; a reader may switch (the "Tampilan" panel) until the
    # idle reset brings them back.
    language: str = DEFAULT_LANGUAGE
    theme: str = DEFAULT_THEME
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def error(self, key: str, message: str) -> ConfigError:
        """A problem found later (e.g. an article id not in the content), at its key."""
        return ConfigError(self.path, message, self.lines.get(key, 0), key)


# -- where the file is -----------------------------------------------------------------
def candidate_paths() -> list[Path]:
    """Where kiosk.toml is looked for, in order, when --config is not given."""
    return [paths.executable_dir() / CONFIG_NAME, system_config_dir() / CONFIG_NAME]


def find_config(explicit: Path | None) -> Path:
    """--config FILE if given, else the first existing candidate; ConfigError if none."""
    if explicit is not None:
        return explicit
    for candidate in candidate_paths():
        if candidate.is_file():
            return candidate
    searched = ", ".join(str(p) for p in candidate_paths())
    raise ConfigError(
        Path(CONFIG_NAME),
        translate(
            "Kiosk",
            "berkas konfigurasi kios tidak ditemukan (dicari di: {searched}); "
            "gunakan --config FILE",
        ).format(searched=searched),
    )


# -- reading ---------------------------------------------------------------------------
def load_config(explicit: Path | None = None) -> KioskConfig:
    """Find, parse and validate the configuration; raises ConfigError with file:line:key."""
    return parse_config(find_config(explicit))


def parse_config(path: Path) -> KioskConfig:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(
            path,
            translate("Kiosk", "berkas tidak dapat dibaca ({reason})").format(reason=exc.strerror),
        ) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(path, translate("Kiosk", "bukan teks UTF-8"), line) from exc
    try:
        # read_toml also drops the byte-order mark older Windows Notepad writes.
        toml = read_toml(text, number_keys=NUMBER_KEYS)
    except TomlError as exc:
        # With a key: "kunci 'x' <what to do>"; without: "baris ini <what to do>".
        #: The noun that names a key of kiosk.toml: "key 'idle_timeout' ...".
        message = exc.predicate if exc.key else exc.message(translate("Kiosk", "kunci"))
        raise ConfigError(path, message, exc.line, exc.key) from None
    data = toml.data
    lines = {key: toml.line_of(key) or 0 for key in data}
    values: dict[str, Any] = {}
    for key, value in data.items():
        spec = _SPECS.get(key)
        if spec is None:
            #: Said of a key: "key 'idle_timout' is not known".
            raise ConfigError(path, translate("Kiosk", "tidak dikenal"), lines[key], key)
        try:
            values[key] = spec(value, path)
        except ValueError as exc:
            raise ConfigError(path, str(exc), lines[key], key) from exc
    if not values.get("pin_hash"):
        # A kiosk without a staff PIN could never be left; refuse rather than guess one.
        raise ConfigError(
            path,
            #: Said of the key pin_hash: "key 'pin_hash' is not set; run: ...".
            translate(
                "Kiosk", "belum diatur; jalankan: patient-viewer kiosk-pin --config {path}"
            ).format(path=path),
            key="pin_hash",
        )
    log.info("kiosk configuration read from %s", path)
    return KioskConfig(path=path, lines=lines, **values)


# -- one validator per key: value -> clean value, or ValueError with the reason ----------
def _int_range(low: int, high: int) -> Callable[[Any, Path], int]:
    def check(value: Any, _path: Path) -> int:
        # bool is an int in Python; `idle_timeout = true` is still a mistake.
        # The reasons below continue a sentence whose subject is the key ("key 'x' ...").
        if isinstance(value, str) and value.strip().isdigit():
            raise ValueError(
                translate(
                    "Kiosk", "harus bilangan bulat, bukan teks; hapus tanda kutipnya: {value}"
                ).format(value=value)
            )
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(
                translate("Kiosk", "harus bilangan bulat, bukan {type}").format(
                    type=_type_name(value)
                )
            )
        if not low <= value <= high:
            raise ValueError(
                translate("Kiosk", "harus antara {low} dan {high}, bukan {value}").format(
                    low=low, high=high, value=value
                )
            )
        return value

    return check


def _text(max_length: int) -> Callable[[Any, Path], str]:
    def check(value: Any, _path: Path) -> str:
        if not isinstance(value, str):
            raise ValueError(
                translate("Kiosk", "harus teks dalam tanda kutip, bukan {type}").format(
                    type=_type_name(value)
                )
            )
        value = value.strip()
        if len(value) > max_length:
            raise ValueError(
                translate("Kiosk", "terlalu panjang (paling banyak {limit} karakter)").format(
                    limit=max_length
                )
            )
        return value

    return check


def _emergency_number(value: Any, path: Path) -> str:
    number = _text(20)(value, path)
    if not is_phone_number(number):
        raise ValueError(
            translate("Kiosk", "bukan nomor telepon yang sah: {number}").format(number=repr(number))
        )
    return number


def _clinic_phone(value: Any, path: Path) -> str:
    # Optional (empty: the handout shows no clinic number), but never a wrong one.
    number = _text(20)(value, path)
    if number and not is_phone_number(number):
        raise ValueError(
            translate("Kiosk", "bukan nomor telepon yang sah: {number}").format(number=repr(number))
        )
    return number


def _articles(value: Any, _path: Path) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(
            translate("Kiosk", 'harus daftar id artikel, misalnya ["clonazepam-depresi"]')
        )
    for article_id in value:
        if not ID_PATTERN.match(article_id):
            raise ValueError(
                translate("Kiosk", "bukan id artikel yang sah: {id}").format(id=repr(article_id))
            )
    if len(set(value)) != len(value):
        raise ValueError(translate("Kiosk", "memuat id artikel yang sama dua kali"))
    return tuple(value)


def _yes_no(value: Any, _path: Path) -> bool:
    if not isinstance(value, bool):
        raise ValueError(translate("Kiosk", "harus true atau false, tanpa tanda kutip"))
    return value


def _start(value: Any, _path: Path) -> str:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise ValueError(translate("Kiosk", 'harus id satu artikel, misalnya "clonazepam-depresi"'))
    return value


def _one_of(choices: tuple[str, ...]) -> Callable[[Any, Path], str]:
    def check(value: Any, path: Path) -> str:
        text = _text(40)(value, path).lower()
        if text not in choices:
            raise ValueError(
                translate("Kiosk", "harus salah satu dari {choices}, bukan {value}").format(
                    choices=", ".join(repr(c) for c in choices), value=repr(value)
                )
            )
        return text

    return check


def _content(value: Any, path: Path) -> Path:
    text = _text(1000)(value, path)
    if not text:
        raise ValueError(translate("Kiosk", "tidak boleh kosong"))
    # Relative to the configuration file, so a kiosk folder can be copied as a whole.
    try:
        folder = (path.parent / text).resolve()
        found = folder.is_dir()
    except RuntimeError as exc:  # Python 3.11 reports a symlink loop this way
        raise ValueError(f"{_loop()}: {text}") from exc
    except OSError as exc:
        raise ValueError(f"{_os_reason(exc)}: {text}") from exc
    except ValueError as exc:  # "\u0000" is a valid TOML escape, and no valid file name
        raise ValueError(
            translate("Kiosk", "nama folder berisi karakter yang tidak sah: {name}").format(
                name=repr(text)
            )
        ) from exc
    if not found:
        raise ValueError(
            translate("Kiosk", "folder tidak ditemukan: {folder}").format(folder=folder)
        )
    return folder


def _loop() -> str:
    return translate(
        "Kiosk", "folder tidak dapat dibuka (tautan simbolik yang berputar ke dirinya sendiri)"
    )


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ENAMETOOLONG:
        return translate("Kiosk", "nama folder terlalu panjang")
    if exc.errno == errno.ELOOP:
        return _loop()
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("Kiosk", "folder tidak boleh dibuka (tidak ada izin)")
    # The error's code name, not strerror: that text is English.
    return translate("Kiosk", "folder tidak dapat dibuka (kode {code})").format(
        code=errno.errorcode.get(exc.errno or 0, "?")
    )


def _pin_hash(value: Any, path: Path) -> str:
    text = _text(400)(value, path)
    try:
        parse_pin_hash(text)
    except ValueError as exc:
        raise ValueError(
            translate(
                "Kiosk",
                "tidak sah ({reason}); atur ulang dengan: patient-viewer kiosk-pin --config {path}",
            ).format(reason=exc, path=path)
        ) from exc
    return text


def _type_name(value: Any) -> str:
    #: Kinds of TOML value, completing "must be a whole number, not {type}".
    names = {bool: "true/false", int: translate("Kiosk", "angka")}
    names |= {float: translate("Kiosk", "angka desimal"), str: translate("Kiosk", "teks")}
    names |= {list: translate("Kiosk", "daftar"), dict: translate("Kiosk", "tabel")}
    return names.get(type(value), type(value).__name__)


_SPECS: dict[str, Callable[[Any, Path], Any]] = {
    "content": _content,
    "articles": _articles,
    "start": _start,
    "idle_timeout": _int_range(5, 3600),
    "countdown": _int_range(3, 60),
    "clinic_name": _text(80),
    "clinic_phone": _clinic_phone,
    "emergency_number": _emergency_number,
    "printer": _text(200),
    "print_limit": _int_range(0, 20),
    "speech": _yes_no,
    "speech_volume": _int_range(0, 100),
    "language": _one_of(tuple(LANGUAGES)),
    "theme": _one_of(THEME_WORDS),
    "pin_hash": _pin_hash,
}
KNOWN_KEYS = tuple(_SPECS)
NUMBER_KEYS = ("idle_timeout", "countdown", "print_limit")
