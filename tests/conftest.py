"""Shared fixtures. Every test runs with its own settings, log and config folders."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# In-process Qt tests draw offscreen; tests marked `xvfb` start their own X server.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Windows in tests speak through Qt's mock engine: no audio, no daemon, the same every run
# (tests/speech has the test against the real speech-dispatcher engine).
os.environ.setdefault("PATIENT_VIEWER_SPEECH_ENGINE", "mock")


def _isolate(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, sub in [
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
    ]:
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    monkeypatch.setenv("PATIENT_VIEWER_LOG_DIR", str(home / "logs"))
    # The commands follow the system's language (i18n.system_language): a developer's
    # English desktop must not turn the Indonesian tests English. A test that wants a
    # language sets these itself.
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a hard dependency
        return home
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / ".config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(home / "etc"))
    return home


@pytest.fixture(scope="session", autouse=True)
def isolated_session_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The same for windows built once per module: they exist before any test's own folders."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        yield _isolate(tmp_path_factory.mktemp("session-home"), monkeypatch)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test reads or writes the real user's settings, logs or configuration."""
    return _isolate(tmp_path_factory.mktemp("home"), monkeypatch)


# -- logfail: a warning in the app's log fails the test that caused it ------------------
# As qutebrowser's tests/helpers/logfail.py: a record at WARNING or above from our own
# loggers (and from "qt", where ui/app.py routes Qt's messages) fails the test, unless
# the test declares that exact record with @pytest.mark.expect_log. The handler sits on
# the loggers for the whole session, so a warning from a module- or session-scoped
# fixture is caught too, in the setup of the test that built it. Hooks rather than an
# autouse fixture: such a fixture starts after the module-scoped ones, and a failure in
# its teardown is reported as an error beside a passed test, not as the test failing.

WATCHED_LOGGERS = ("viewer", "qt")
_NAMEABLE = ("viewer.", "qt.")
_LEVELS = {"WARNING": logging.WARNING, "ERROR": logging.ERROR, "CRITICAL": logging.CRITICAL}


@dataclass(frozen=True)
class ExpectedLog:
    """One record a test expects: this logger (exactly), this level, and this text in it."""

    logger: str
    message: str
    level: int = logging.WARNING

    def matches(self, record: logging.LogRecord) -> bool:
        return (
            record.name == self.logger
            and record.levelno == self.level
            and self.message in record.getMessage()
        )

    def __str__(self) -> str:
        return f"{logging.getLevelName(self.level)} {self.logger}: ...{self.message}..."


def expected_log(logger: str, message: str, level: str = "WARNING") -> ExpectedLog:
    """Checked so that a declaration can never swallow everything."""
    # "qt" is one logger (ui/app.py); under "viewer", name the module, not all of them.
    if not isinstance(logger, str) or not (logger == "qt" or logger.startswith(_NAMEABLE)):
        raise pytest.UsageError(f"expect_log: {logger!r} is not 'qt' or a logger under 'viewer.'")
    if not isinstance(message, str) or len(message.strip()) < 4:
        raise pytest.UsageError(f"expect_log: {message!r} is too short to name one message")
    if level not in _LEVELS:
        raise pytest.UsageError(f"expect_log: level {level!r} is not one of {list(_LEVELS)}")
    return ExpectedLog(logger, message, _LEVELS[level])


class LogFail(logging.Handler):
    """Collects the watched loggers' warnings for the test running now."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self.expected: list[ExpectedLog] = []
        self._reported = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def start(self, item: pytest.Item) -> None:
        self.records = []
        self._reported = 0
        self.expected = [expected_log(*m.args, **m.kwargs) for m in item.iter_markers("expect_log")]

    def expect(self, logger: str, message: str, level: str = "WARNING") -> None:
        self.expected.append(expected_log(logger, message, level))

    @contextlib.contextmanager
    def phase(self, when: str, all_seen: bool = False) -> Iterator[None]:
        """Check the records of one phase, unless it failed already (then it says why)."""
        try:
            yield
        except BaseException:
            self._reported = len(self.records)  # not reported again by the next phase
            raise
        self.check(when)
        if all_seen:
            self.check_all_seen()

    def check(self, when: str) -> None:
        """Fail for each record of this phase that no declaration matches."""
        new, self._reported = self.records[self._reported :], len(self.records)
        unexpected = [r for r in new if not any(e.matches(r) for e in self.expected)]
        if unexpected:
            lines = "\n".join(
                f"  {r.levelname} {r.name}: {r.getMessage()}  ({r.pathname}:{r.lineno})"
                for r in unexpected
            )
            pytest.fail(
                f"unexpected log record(s) during {when}:\n{lines}\n"
                "If the test means it, declare it: "
                '@pytest.mark.expect_log("<logger>", "<part of the message>")',
                pytrace=False,
            )

    def check_all_seen(self) -> None:
        """A declaration nothing matched is stale, or the code stopped warning: fail."""
        missing = [e for e in self.expected if not any(e.matches(r) for r in self.records)]
        if missing:
            pytest.fail(
                "expected log record(s) never came: " + "; ".join(map(str, missing)),
                pytrace=False,
            )


_LOGFAIL = LogFail()


def pytest_configure(config: pytest.Config) -> None:
    for name in WATCHED_LOGGERS:
        logging.getLogger(name).addHandler(_LOGFAIL)


def pytest_unconfigure(config: pytest.Config) -> None:
    for name in WATCHED_LOGGERS:
        logging.getLogger(name).removeHandler(_LOGFAIL)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    _LOGFAIL.start(item)
    with _LOGFAIL.phase("setup"):
        return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    with _LOGFAIL.phase("the test", all_seen=True):
        return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    with _LOGFAIL.phase("teardown"):
        return (yield)


@pytest.fixture
def expected_logs() -> LogFail:
    """For a record only some cases of a test log: `expected_logs.expect(logger, message)`."""
    return _LOGFAIL


def _printable(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """File names that are not UTF-8 (tests make some on purpose) reach captured logs as
    surrogates; a report must be UTF-8 to travel from a pytest-xdist worker."""
    outcome = yield
    report = outcome.get_result()
    report.sections = [(title, _printable(text)) for title, text in report.sections]
