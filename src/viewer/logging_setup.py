"""Logging: a rotating file in the user's log folder, and warnings on stderr.

No log line may ever fail. A file name that is not UTF-8 reaches a message as lone
surrogates (os.fsdecode(b"x\\xff.md") is "x\\udcff.md"), which neither the UTF-8 log
file nor a strict stream can encode: both handlers write such characters as backslash
escapes instead of printing "--- Logging error ---" and a traceback to the user.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from viewer.user_dirs import log_dir

LOG_FILE = "patient-viewer.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3  # patient-viewer.log.1 (the newest) to .3


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


class RotatingFile(logging.FileHandler):
    """A log file that is moved aside before it grows past `max_bytes`: `name.1` (the
    newest) to `name.<backups>`, as logging.handlers.RotatingFileHandler does.

    Our own because logging.handlers imports socket, pickle and queue (~8 ms at every
    start) for handlers the app never uses.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8", errors="backslashreplace")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full_with(self, record: logging.LogRecord) -> bool:
        """Whether `record` would take the file to `max_bytes` or past it (in characters,
        as the standard handler counts)."""
        # Never a FIFO, a device or the like: only a plain file is moved aside.
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.max_bytes <= 0:
            return False
        self.stream.seek(0, os.SEEK_END)  # another process may have written
        return self.stream.tell() + len(f"{self.format(record)}\n") >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        if self.backups > 0:
            for index in range(self.backups - 1, 0, -1):
                older = f"{self.baseFilename}.{index}"
                if os.path.exists(older):
                    os.replace(older, f"{self.baseFilename}.{index + 1}")
            if os.path.exists(self.baseFilename):
                os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


class _FileHandler(RotatingFile):
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
        handler = _FileHandler(path, MAX_LOG_BYTES, LOG_BACKUPS)
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
