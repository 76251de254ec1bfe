"""Ctrl+C on the command line: remembered, and held back where it would do harm. Qt-free.

Python turns Ctrl+C (SIGINT) into KeyboardInterrupt at whatever line runs next. In a few
places that is worse than waiting a moment: inside shiboken6's first import it aborts
the interpreter ("Fatal Python error: libshiboken/signature"); inside Qt painting it
leaves a painter that Qt complains about on stderr; inside a callback from nh3 (Rust)
it is printed as "Exception ignored" and lost. `held()` delays it to the end of such a
block; `CtrlC` lets the command line tell an interrupt from an error it caused.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl+C


class CtrlC:
    """SIGINT while a command runs: KeyboardInterrupt as usual, and `pressed` set."""

    def __init__(self) -> None:
        self.pressed = False

    def _on_sigint(self, _signum: int, _frame: object) -> None:
        self.pressed = True
        raise KeyboardInterrupt

    @contextmanager
    def installed(self) -> Iterator[None]:
        previous = signal.getsignal(signal.SIGINT)
        if previous is signal.SIG_IGN or not _main_thread():
            yield  # started with Ctrl+C ignored (nohup, a background job), or no signals here
            return
        signal.signal(signal.SIGINT, self._on_sigint)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, signal.SIG_DFL if previous is None else previous)


@contextmanager
def held() -> Iterator[None]:
    """Ctrl+C pressed inside the block takes effect (as the handler in place says) once
    the block is over; an error raised by the block itself goes first.

    A second Ctrl+C takes effect at once, so a block that never ends can still be
    stopped.
    """
    previous = signal.getsignal(signal.SIGINT)
    if not callable(previous) or not _main_thread():
        yield  # ignored, or the default that ends the process at once: nothing to hold
        return
    pending: list[int] = []

    def hold(signum: int, frame: object) -> None:
        if pending:
            previous(signum, frame)
        pending.append(signum)

    signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pending:
        previous(signal.SIGINT, None)


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()
