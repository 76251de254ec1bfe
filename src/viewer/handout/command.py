"""`patient-viewer handout ARTICLE -o FILE.pdf [--paper a4|letter] [--content DIR]`.

Exit status: 0 written, 1 a content error (as `check`), 2 anything else (unknown article,
target folder missing or not writable, full disk). Errors are one line on stderr, in
the interface language; content errors read `path:line: message` like `check`. No file
is left behind.

With `--all` or two or more ARTICLEs, `-o` is a folder and handout.batch writes one PDF
per article through the same functions (load_checked, folder_glossary, make_handout).
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
from viewer.content.loader import article_files, load_article_in, load_glossary
from viewer.content.model import Article, Glossary, Problem
from viewer.ctrl_c import held
from viewer.i18n import translate

if TYPE_CHECKING:
    from viewer.clinic_settings import ClinicSettings
    from viewer.handout.pdf import PdfResult

log = logging.getLogger(__name__)
EXIT_CONTENT = 1
EXIT_OTHER = 2


class HandoutError(Exception):
    """A handout cannot be made; `str()` is the one line the user sees."""

    def __init__(self, message: str, status: int = EXIT_OTHER) -> None:
        super().__init__(message)
        self.status = status


class BrokenArticleError(HandoutError):
    """The article cannot be printed: its problems, each `path:line: message`.

    `str()` is the first with a count of the rest (the single handout's one line)."""

    def __init__(self, problems: list[Problem], path: Path) -> None:
        lines = [str(p) for p in problems] or [
            translate("Handout", "{path}: artikel tidak dapat dibaca").format(path=path)
        ]
        if len(lines) == 2:
            more = translate("Handout", " (dan 1 masalah lain)")
        elif len(lines) > 2:
            more = translate("Handout", " (dan {count} masalah lain)").format(count=len(lines) - 1)
        else:
            more = ""
        super().__init__(f"{lines[0]}{more}", EXIT_CONTENT)
        self.lines = lines


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
        with _opening(path, translate("Handout", "berkas artikel")):
            if not path.is_file():
                raise HandoutError(
                    translate("Handout", "Berkas artikel tidak ditemukan: {path}").format(path=path)
                )
        if path.name.lower() in ("readme.md", GLOSSARY_FILE):
            raise HandoutError(
                translate("Handout", "Bukan berkas artikel: {path}").format(path=path)
            )
        return path, path.parent
    folder = content_folder(content)
    files = listed_articles(folder)
    if argument not in files:
        raise HandoutError(
            translate("Handout", "Artikel tidak ditemukan: {ids} (tersedia: {known})").format(
                ids=f"'{argument}'", known=known(files)
            )
        )
    return files[argument], folder


def content_folder(content: Path | None) -> Path:
    """`--content DIR`, or the bundled articles; an error unless it is a folder."""
    folder = content if content is not None else paths.default_content_dir()
    with _opening(folder, translate("Handout", "folder konten")):
        if not folder.is_dir():
            raise HandoutError(
                translate("Handout", "Folder konten tidak ditemukan: {folder}").format(
                    folder=folder
                )
            )
    return folder


def listed_articles(folder: Path) -> dict[str, Path]:
    """Article id (the file name's stem) -> its file, for every article in `folder`."""
    with _opening(folder, translate("Handout", "folder konten")):
        return {p.stem: p for p in article_files(folder)}


def known(files: dict[str, Path]) -> str:
    """The ids of a folder's articles, for a line that names an unknown one."""
    #: Shown as the available articles when the folder has none: "(available: none)".
    return ", ".join(sorted(files)) or translate("Handout", "tidak ada")


@contextmanager
def _opening(path: Path, what: str) -> Iterator[None]:
    """An OSError while looking at `path` becomes one line that names it and says why
    (pathlib's tests raise for a name too long or a folder without permission). `what`
    names it in the interface language ("folder konten")."""
    try:
        yield
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise HandoutError(too_long_message(path, what)) from exc
        denied = exc.errno in (errno.EACCES, errno.EPERM)
        why = translate("Handout", "tidak ada izin membuka") if denied else reason(exc)
        #: {what}: "content folder" or "article file"; written with a capital first letter.
        line = translate("Handout", "{what} tidak dapat dibuka: {path} ({reason})").format(
            what=what.capitalize(), path=shown_path(path), reason=why
        )
        raise HandoutError(line) from exc


def load_source(argument: str, content: Path | None, language: str | None = None) -> Source:
    """Load one article (its variant in `language` where it has one) and the glossary of
    its language, without reading the other articles."""
    path, folder = _article_file(argument, content)
    with _opening(folder, translate("Handout", "folder konten")):
        article = load_checked(path, folder, language)
        glossary = folder_glossary(folder, article.meta.language)
    return Source(article, glossary)


def load_checked(path: Path, folder: Path, language: str | None = None) -> Article:
    """The article at `path`, in `language` where it has that variant (else the original),
    checked as `check` does (a variant against its original too: a translation that
    drops a warning is never printed); BrokenArticleError if it has any problem."""
    article, problems = load_article_in(path, folder, folder, language)
    if article is None:
        raise BrokenArticleError(problems, path)
    return article


def language_note(article: Article, language: str | None) -> str | None:
    """The line on stderr when `article` is printed in its original language because it
    has no variant in the `language` asked for; None when it is in that language."""
    if language is None or article.meta.language == language:
        return None
    return translate(
        "Handout",
        "{id}: tidak ada terjemahan dalam bahasa '{language}'; dicetak dalam bahasa aslinya "
        "('{original}')",
    ).format(id=article.meta.id, language=language, original=article.meta.language)


def folder_glossary(folder: Path, language: str | None = None) -> Glossary:
    """The glossary of a content folder for an article in `language` (glossary.<lang>.md,
    else glossary.md); a bad entry is left out and logged."""
    glossary, problems = load_glossary(folder, folder, language)
    for problem in problems:
        # A bad glossary entry only leaves that term out of "Istilah"; `check` finds it.
        log.warning(translate("Handout", "istilah dilewati: {problem}").format(problem=problem))
    return glossary


def clinic_settings() -> ClinicSettings:
    """The clinic's name and numbers, read once for many handouts (imports Qt, so Ctrl+C
    waits, as for the render)."""
    with held():
        from viewer.settings import load_clinic_settings

        return load_clinic_settings()


def make_handout(
    source: Source, output: Path, paper_name: str, clinic: ClinicSettings | None = None
) -> int:
    """Render, lay out and write the PDF; returns the page count. Imports Qt lazily.

    The clinic's settings are read here unless given (many handouts read them once)."""
    try:
        # Ctrl+C waits until the PDF is in memory: cut inside Qt or nh3 it would print
        # Qt's complaints or an "Exception ignored" traceback. It still comes before any
        # byte is written, and the write itself can be interrupted (nothing is left).
        with held():
            pdf = _render(source, output, paper_name, clinic)
        write_atomically(output, pdf.data)
    except WriteError as exc:
        raise HandoutError(str(exc)) from exc
    return pdf.pages


def _render(
    source: Source, output: Path, paper_name: str, clinic: ClinicSettings | None
) -> PdfResult:
    from viewer.handout.gui import ensure_gui_application

    ensure_gui_application()
    from viewer.content.render import render_article
    from viewer.handout.painter import Handout, PaintError
    from viewer.handout.pdf import Paper, handout_pdf
    from viewer.settings import load_clinic_settings

    check_target(output)  # before the work, so a typo in -o fails at once
    if clinic is None:
        clinic = load_clinic_settings()
    rendered = render_article(source.article, source.glossary, clinic.emergency_number)
    try:
        return handout_pdf(Handout(rendered, clinic), Paper(paper_name))
    except PaintError as exc:
        raise HandoutError(
            translate("Handout", "PDF tidak dapat dibuat: {reason}").format(reason=exc)
        ) from exc


def run_handout(args: argparse.Namespace) -> int:
    """Entry point from viewer.cli: one article to a file, or many to a folder."""
    output = Path(args.output)
    content = getattr(args, "content", None)
    # The parser gives a list; a caller may still name one article as a string.
    articles = [args.article] if isinstance(args.article, str) else list(args.article)
    every = getattr(args, "all", False)
    language = getattr(args, "language", None)  # --language: each article's variant in it
    if every or len(articles) > 1:
        from viewer.handout.batch import run_batch

        return run_batch(None if every else articles, content, output, args.paper, language)
    try:
        source = load_source(articles[0], content, language)
        pages = make_handout(source, output, args.paper)
    except HandoutError as exc:
        print(exc, file=sys.stderr)
        return exc.status
    if note := language_note(source.article, language):
        print(note, file=sys.stderr)
    print(written_line(output, pages))
    return 0


def written_line(output: Path, pages: int) -> str:
    """The line on stdout for a handout written."""
    if pages == 1:
        return translate("Handout", "{path}: 1 halaman").format(path=output)
    return translate("Handout", "{path}: {pages} halaman").format(path=output, pages=pages)
