"""Logging: a rotating file in the user's log folder, and warnings on stderr.

No log line may ever fail. A file name that is not UTF-8 reaches a message as lone
surrogates (os.fsdecode(b"x\\xff.md") is "x\\udcff.md"), which neither the UTF-8 log
file nor a strict stream can encode: both handlers write such characters as backslash
escapes instead of printing "--- Logging error ---" and a traceback to the user.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from viewer.user_dirs import log_dir

LOG_FILE = "patient-viewer.log"


def escape_unencodable(text: str) -> str:
    """`text` with lone surrogates (from undecodable file names) as `\\udcff` escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


class _Formatter(logging.Formatter):
    """A formatter whose lines any UTF-8 stream can take (message and traceback alike)."""

    def format(self, record: logging.LogRecord) -> str:
        return escape_unencodable(super().format(record))


class _StderrHandler(logging.StreamHandler):
    """Writes to the current sys.stderr (tests swap it; a windowed build has none)."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


class _FileHandler(RotatingFileHandler):
    """The log file; a class of its own so that a second setup can find and replace it."""


def setup_logging(verbose: bool = False) -> Path | None:
    """Configure the root logger; returns the log file, or None when none can be written.

    Calling it again replaces the handlers it added before (no line is written twice).
    """
    stop_logging()
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    stderr = _StderrHandler()
    stderr.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stderr.setFormatter(_Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(stderr)
    try:
        directory = log_dir()
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / LOG_FILE
        handler = _FileHandler(
            path,
            maxBytes=1_000_000,
            backupCount=3,
            encoding="utf-8",
            errors="backslashreplace",
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file: %s", exc)
        return None
    handler.setFormatter(_Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def stop_logging() -> None:
    """Remove and close the handlers `setup_logging` added."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, (_StderrHandler, _FileHandler)):
            root.removeHandler(handler)
            handler.close()
