"""A content error that knows where it happened, so every message reads `path:line: ...`."""

from __future__ import annotations

from pathlib import Path

from viewer.content.model import Problem, SourceRef


class ContentError(Exception):
    """Raised by a parser when a file cannot be used at all."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.problem = Problem(SourceRef(path, line), message)
