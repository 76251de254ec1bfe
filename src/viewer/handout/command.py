"""`patient-viewer handout ARTICLE -o FILE.pdf [--paper a4|letter] [--content DIR]`.

Exit status: 0 written, 1 a content error (as `check`), 2 anything else (unknown article,
target folder missing or not writable, full disk). Errors are one Indonesian line on
stderr; content errors read `path:line: message` like `check`. No file is left behind.
"""

from __future__ import annotations

import argparse
import errno
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from viewer import paths
from viewer.atomic_file import (
    WriteError,
    check_target,
    reason,
    shown_path,
    too_long_message,
    write_atomically,
)
from viewer.content.glossary import GLOSSARY_FILE
from viewer.content.loader import article_files, load_article, load_glossary
from viewer.content.model import Article, Glossary
from viewer.ctrl_c import held

if TYPE_CHECKING:
    from viewer.handout.pdf import PdfResult

log = logging.getLogger(__name__)
EXIT_CONTENT = 1
EXIT_OTHER = 2


class HandoutError(Exception):
    """A handout cannot be made; `str()` is the one line the user sees."""

    def __init__(self, message: str, status: int = EXIT_OTHER) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Source:
    article: Article
    glossary: Glossary


def _is_path(argument: str) -> bool:
    return argument.lower().endswith(".md") or "/" in argument or "\\" in argument


def _article_file(argument: str, content: Path | None) -> tuple[Path, Path]:
    """The article file and the folder it belongs to (its content folder)."""
    if _is_path(argument):
        path = Path(argument)
        with _opening(path, "berkas artikel"):
            if not path.is_file():
                raise HandoutError(f"Berkas artikel tidak ditemukan: {path}")
        if path.name.lower() in ("readme.md", GLOSSARY_FILE):
            raise HandoutError(f"Bukan berkas artikel: {path}")
        return path, path.parent
    folder = content if content is not None else paths.default_content_dir()
    with _opening(folder, "folder konten"):
        if not folder.is_dir():
            raise HandoutError(f"Folder konten tidak ditemukan: {folder}")
        files = {p.stem: p for p in article_files(folder)}
    if argument not in files:
        known = ", ".join(sorted(files)) or "tidak ada"
        raise HandoutError(f"Artikel tidak ditemukan: '{argument}' (tersedia: {known})")
    return files[argument], folder


@contextmanager
def _opening(path: Path, what: str) -> Iterator[None]:
    """An OSError while looking at `path` becomes one line that names it and says why
    (pathlib's tests raise for a name too long or a folder without permission)."""
    try:
        yield
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise HandoutError(too_long_message(path, what)) from exc
        denied = exc.errno in (errno.EACCES, errno.EPERM)
        why = "tidak ada izin membuka" if denied else reason(exc)
        line = f"{what.capitalize()} tidak dapat dibuka: {shown_path(path)} ({why})"
        raise HandoutError(line) from exc


def load_source(argument: str, content: Path | None) -> Source:
    """Load one article and its folder's glossary, without reading the other articles."""
    path, folder = _article_file(argument, content)
    with _opening(folder, "folder konten"):
        article, problems = load_article(path, folder, folder)
        if article is None:
            first = problems[0] if problems else f"{path}: artikel tidak dapat dibaca"
            more = f" (dan {len(problems) - 1} masalah lain)" if len(problems) > 1 else ""
            raise HandoutError(f"{first}{more}", EXIT_CONTENT)
        glossary, glossary_problems = load_glossary(folder, folder)
    for problem in glossary_problems:
        # A bad glossary entry only leaves that term out of "Istilah"; `check` finds it.
        log.warning("istilah dilewati: %s", problem)
    return Source(article, glossary)


def make_handout(source: Source, output: Path, paper_name: str) -> int:
    """Render, lay out and write the PDF; returns the page count. Imports Qt lazily."""
    try:
        # Ctrl+C waits until the PDF is in memory: cut inside Qt or nh3 it would print
        # Qt's complaints or an "Exception ignored" traceback. It still comes before any
        # byte is written, and the write itself can be interrupted (nothing is left).
        with held():
            pdf = _render(source, output, paper_name)
        write_atomically(output, pdf.data)
    except WriteError as exc:
        raise HandoutError(str(exc)) from exc
    return pdf.pages


def _render(source: Source, output: Path, paper_name: str) -> PdfResult:
    from viewer.handout.gui import ensure_gui_application

    ensure_gui_application()
    from viewer.content.render import render_article
    from viewer.handout.painter import Handout, PaintError
    from viewer.handout.pdf import Paper, handout_pdf
    from viewer.settings import load_clinic_settings

    check_target(output)  # before the work, so a typo in -o fails at once
    clinic = load_clinic_settings()
    rendered = render_article(source.article, source.glossary, clinic.emergency_number)
    try:
        return handout_pdf(Handout(rendered, clinic), Paper(paper_name))
    except PaintError as exc:
        raise HandoutError(f"PDF tidak dapat dibuat: {exc}") from exc


def run_handout(args: argparse.Namespace) -> int:
    """Entry point from viewer.cli."""
    output = Path(args.output)
    try:
        source = load_source(args.article, getattr(args, "content", None))
        pages = make_handout(source, output, args.paper)
    except HandoutError as exc:
        print(exc, file=sys.stderr)
        return exc.status
    print(f"{output}: {pages} halaman")
    return 0
