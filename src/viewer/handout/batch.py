"""Handouts for many: `patient-viewer handout --all -o DIR` and `handout ID ID... -o DIR`.

One process writes `DIR/<id>.pdf` for each article of the content folder (`--content DIR`
or the bundled articles), in the folder's order with `--all`, in the order given (each
id once) otherwise. Qt, the fonts, the glossary and the clinic's settings are loaded
once; each article then goes through the single handout's own functions (load_checked,
make_handout), and each file is written atomically: an existing `DIR/<id>.pdf` is
replaced whole, through a symlink as the single handout does.

The rule, checked in this order:

1. The request must be usable before any work: every id must name an article of the
   folder (ids only: a `.md` path is for the single handout), and `-o` must be a folder
   that can be written to. `-o` is made when it is missing and its parent folder exists
   (never a chain of folders, never a name ending in `.pdf`, which is surely meant as a
   file). Otherwise one line on stderr (every unknown id named), exit 2, nothing written.
2. An article with content problems is skipped: each problem is a `path:line: message`
   line on stderr, as `check` prints it, and no file is written for it; the others are
   still written. Exit 1 if any article was skipped.
3. Any other failure while writing (a full disk, `DIR/<id>.pdf` being a folder) stops
   the run at that article with its one line on stderr, exit 2 (also when an earlier
   article was skipped): a full disk would fail every file that follows. The files
   written before it stay; each is complete.

Each file written is one line on stdout, `DIR/<id>.pdf: N halaman` (as the single
handout prints it), and the run ends with `N handout ditulis, M gagal` (and, after a
stop, `, K tidak dikerjakan` for the articles not tried). Ctrl+C stops the run (exit
130, from viewer.cli) as it stops the single handout, once the PDF being painted is in
memory and before it is written: the files already written stay whole, the one being
made is not left, nor is a folder made for the run that is still empty.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from pathlib import Path

from viewer.atomic_file import (
    WriteError,
    cannot_write_message,
    check_target,
    reason,
    too_long_message,
)
from viewer.content.model import Glossary
from viewer.ctrl_c import held
from viewer.handout.command import (
    EXIT_CONTENT,
    EXIT_OTHER,
    BrokenArticleError,
    HandoutError,
    Source,
    clinic_settings,
    content_folder,
    folder_glossary,
    known,
    language_note,
    listed_articles,
    load_checked,
    make_handout,
    written_line,
)
from viewer.i18n import translate


def run_batch(
    ids: list[str] | None,
    content: Path | None,
    output: Path,
    paper: str,
    language: str | None = None,
) -> int:
    """Write the handout of every article (`ids` None) or of the ones named into the
    folder `output`; the exit status of the rule in the module docstring. With
    `language`, each article's variant in it where there is one, as `DIR/<id>.<lang>.pdf`
    (an article without one is printed as its original, `DIR/<id>.pdf`, and a line on
    stderr says so)."""
    try:
        folder = content_folder(content)
        chosen = _chosen(ids, listed_articles(folder), folder)
        made = _prepare_folder(output, next(iter(chosen)))
    except HandoutError as exc:
        print(exc, file=sys.stderr)
        return exc.status
    try:
        return _write_all(chosen, folder, output, paper, language)
    finally:
        if made:
            _remove_if_empty(output)


def _chosen(ids: list[str] | None, files: dict[str, Path], folder: Path) -> dict[str, Path]:
    """Article id -> file, in the order to write them."""
    if ids is None:
        if not files:
            raise HandoutError(
                translate("Handout", "Tidak ada artikel (*.md) di folder konten: {folder}").format(
                    folder=folder
                )
            )
        return files
    paths = [name for name in ids if name.lower().endswith(".md") or "/" in name or "\\" in name]
    if paths:
        raise HandoutError(
            translate(
                "Handout",
                "Untuk beberapa artikel sebutkan id-nya, bukan berkas "
                "(folder konten dipilih dengan --content): {files}",
            ).format(files=", ".join(paths))
        )
    unknown = [name for name in dict.fromkeys(ids) if name not in files]
    if unknown:
        names = ", ".join(f"'{name}'" for name in unknown)
        raise HandoutError(
            translate("Handout", "Artikel tidak ditemukan: {ids} (tersedia: {known})").format(
                ids=names, known=known(files)
            )
        )
    return {name: files[name] for name in ids}


def _prepare_folder(output: Path, first_id: str) -> bool:
    """Make sure `output` is a folder the handouts can be written to; whether it was made."""
    made = False
    try:
        if not output.is_dir():
            if output.exists() or output.is_symlink():
                raise HandoutError(
                    translate(
                        "Handout",
                        "Tujuan bukan folder: {output} (untuk beberapa artikel, -o adalah folder)",
                    ).format(output=output)
                )
            if output.suffix.lower() == ".pdf":
                raise HandoutError(
                    translate(
                        "Handout",
                        "Untuk beberapa artikel, -o adalah folder, bukan berkas .pdf: {output}",
                    ).format(output=output)
                )
            if not output.parent.is_dir():
                raise HandoutError(
                    translate("Handout", "Folder tujuan tidak ada: {folder}").format(
                        folder=output.parent
                    )
                )
            output.mkdir()
            made = True
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise HandoutError(too_long_message(output, translate("Handout", "folder"))) from exc
        raise HandoutError(
            translate("Handout", "Folder {folder} tidak dapat dibuat: {reason}").format(
                folder=output, reason=_why(exc)
            )
        ) from exc
    try:
        # The single handout's own test: the same words for a folder that refuses files.
        check_target(output / f"{first_id}.pdf")
        _try_a_file(output)
    except WriteError as exc:
        if made:
            _remove_if_empty(output)
        raise HandoutError(str(exc)) from exc
    return made


def _try_a_file(folder: Path) -> None:
    """Make and remove an empty file in `folder`: the permission bits do not stop root,
    and a folder that refuses files must fail here, before any work, not at the first
    handout."""
    with held():  # Ctrl+C between the two would leave the probe behind
        try:
            fd, name = tempfile.mkstemp(prefix=".patient-viewer.", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise WriteError(cannot_write_message(folder, reason(exc))) from exc
        os.close(fd)
        Path(name).unlink(missing_ok=True)


def _why(error: OSError) -> str:
    if error.errno in (errno.EACCES, errno.EPERM):
        return translate("Handout", "tidak ada izin menulis")
    return reason(error)


def _write_all(
    chosen: dict[str, Path], folder: Path, output: Path, paper: str, language: str | None
) -> int:
    glossaries: dict[str, Glossary] = {}  # each language's, read once
    clinic = clinic_settings()
    written = failed = 0
    status = 0
    for number, (article_id, path) in enumerate(chosen.items()):
        target = output / f"{article_id}.pdf"
        try:
            article = load_checked(path, folder, language)
            shown = article.meta.language
            if shown not in glossaries:
                glossaries[shown] = folder_glossary(folder, shown)
            if note := language_note(article, language):
                print(note, file=sys.stderr, flush=True)
            elif language is not None and article.path != path:
                target = output / f"{article_id}.{shown}.pdf"  # beside the original's
            pages = make_handout(Source(article, glossaries[shown]), target, paper, clinic)
        except BrokenArticleError as exc:
            print("\n".join(exc.lines), file=sys.stderr, flush=True)
            failed += 1
            status = EXIT_CONTENT
            continue
        except HandoutError as exc:
            print(exc, file=sys.stderr)
            left = len(chosen) - number - 1
            print(_tally(written, failed + 1, left))
            return EXIT_OTHER
        print(written_line(target, pages), flush=True)
        written += 1
    print(_tally(written, failed))
    return status


def _tally(written: int, failed: int, left: int = 0) -> str:
    """The run's last line: `N handout ditulis, M gagal[, K tidak dikerjakan]`."""
    #: {written}, {failed}: counts of handouts (PDF files); the count is said first.
    line = translate("Handout", "{written} handout ditulis, {failed} gagal").format(
        written=written, failed=failed
    )
    if left:
        #: Appended after a stop: the articles that were not tried.
        line += translate("Handout", ", {count} tidak dikerjakan").format(count=left)
    return line


def _remove_if_empty(folder: Path) -> None:
    """Take back a folder this run made when nothing was written into it."""
    with contextlib.suppress(OSError):  # not empty (another program's file): it stays
        folder.rmdir()
