"""Run `viewer.cli.run` inside the test process (to patch a seam), then undo its logging."""

from __future__ import annotations

import logging

from viewer.cli import run
from viewer.logging_setup import stop_logging


def run_in_process(*argv: str) -> int:
    """The exit status of `patient-viewer ARGV`; the root logger is left as it was."""
    root = logging.getLogger()
    level = root.level
    try:
        return run(list(argv))
    finally:
        stop_logging()
        root.setLevel(level)
