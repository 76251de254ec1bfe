"""Language variants of an article (`<id>.<lang>.md`) and of the glossary: what makes one
usable, said to the author as `path:line: message` at the variant's own line.

A variant is a translation of one original (`<id>.md`): it has the original's id, says
in its front matter the language its name ends with, and has the original's sections in
the same order with the same warnings, section by section, in number and level. A
translation must never drop a warning: a variant that differs is left out (the reader
gets the original) and `check` names the section and what the original has.

Qt-free; the loader, the shelf and `check` call it. Messages are new, so each is written
with viewer.i18n.translate (Indonesian unless an English interface is chosen). The front
matter's parser is imported only to read a variant's front matter: the shelf pairs
variants with their originals at every start, from its cache, without it.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.content.errors import ContentError
from viewer.content.folder import GLOSSARY_FILE, VariantFile
from viewer.content.links import ARTICLE_ID
from viewer.content.model import Article, ArticleMeta, Problem, RiskItem, Section, SourceRef
from viewer.i18n import LANGUAGES, translate

if TYPE_CHECKING:
    from viewer.content.frontmatter import Split

_ID_LINE = re.compile(r"""^\s*id\s*=\s*"([^"\\]*)"\s*(?:#.*)?$""")
_SHOWN_HEADINGS = 8
_DELIMITER = "+++"  # frontmatter.DELIMITER, without importing the parser for it


def known_languages() -> str:
    """`id (Bahasa Indonesia), en (English)`: the languages a name may end with."""
    return ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())


# -- names --------------------------------------------------------------------------------
def unknown_language(file: VariantFile, display: Path) -> Problem:
    """`x.fr.md`, `x.EN.md`: a language suffix that is not one of LANGUAGES."""
    suffix = file.language
    where = SourceRef(display, _front_matter_line(file.path, "language"))
    if suffix.lower() in LANGUAGES:
        message = translate(
            "Content",
            "akhiran bahasa '.{suffix}' pada nama berkas harus ditulis dengan huruf kecil; "
            "ganti nama berkasnya menjadi {name}",
        ).format(suffix=suffix, name=f"{file.base}.{suffix.lower()}.md")
        return Problem(where, message)
    message = translate(
        "Content",
        "akhiran bahasa '.{suffix}' pada nama berkas tidak dikenal; bahasa yang dikenal: "
        "{known}. Terjemahan dinamai <id>.<bahasa>.md, misalnya {example}",
    ).format(suffix=suffix, known=known_languages(), example=f"{file.base}.en.md")
    close = difflib.get_close_matches(suffix.lower(), list(LANGUAGES), n=1, cutoff=0.6)
    if close:
        #: Added after the message above when the suffix looks like a known language.
        message += translate("Content", "; mungkin maksudnya {name}").format(
            name=f"{file.base}.{close[0]}.md"
        )
    return Problem(where, message)


def glossary_in_source_language(file: VariantFile, display: Path) -> Problem:
    """`glossary.id.md`: the original glossary.md is already the Indonesian one."""
    message = translate(
        "Content",
        "{original} sudah daftar istilah bahasa Indonesia, jadi berkas ini tidak dipakai; "
        "pindahkan istilahnya ke {original}, lalu hapus berkas ini",
    ).format(original=GLOSSARY_FILE)
    return Problem(SourceRef(display, 0), message)


# -- front matter -------------------------------------------------------------------------
def split_variant(text: str, display: Path, file: VariantFile) -> Split:
    """The front matter of variant `file`, checked as the original's would be (its id
    must be the original's) and for its language; raises ContentError at its own path."""
    from viewer.content import frontmatter

    as_original = display.with_name(f"{file.base}.md")
    lines = text.split("\n")
    try:
        split = frontmatter.split(text, as_original)
    except ContentError as exc:
        line = exc.problem.origin.line
        message = exc.problem.message
        if line and line == _field_line(lines, "id"):
            message = _wrong_id(lines[line - 1], file) or message
        raise ContentError(display, line, message) from None
    written = split.meta.language
    if written != file.language:
        line = split.field_lines.get("language", 1)
        raise ContentError(display, line, _wrong_language(written, file))
    return split


def _wrong_id(line: str, file: VariantFile) -> str | None:
    found = _ID_LINE.match(line)
    if found is None or not ARTICLE_ID.match(found.group(1)) or found.group(1) == file.base:
        return None  # not a well-written other id: the front matter's own message stands
    return translate(
        "Content",
        "kolom 'id' ('{written}') harus sama dengan id artikel aslinya, yaitu nama berkas "
        'ini tanpa .{language}.md; tulis: id = "{base}"',
    ).format(written=found.group(1), language=file.language, base=file.base)


def _wrong_language(written: str, file: VariantFile) -> str:
    message = translate(
        "Content",
        "kolom 'language' ('{written}') tidak sama dengan bahasa di nama berkas ({name}); "
        'tulis: language = "{language}"',
    ).format(written=written, name=file.path.name, language=file.language)
    if written in LANGUAGES:
        #: Added when the front matter names another known language.
        message += translate("Content", ", atau ganti nama berkasnya menjadi {name}").format(
            name=f"{file.base}.{written}.md"
        )
    return message


# -- a variant beside its original --------------------------------------------------------
def without_original(file: VariantFile, display: Path, original_broken: bool) -> Problem:
    """A variant whose original `<id>.md` is missing, or left out for its own problems."""
    original = f"{file.base}.md"
    if original_broken:
        message = translate(
            "Content",
            "terjemahan ini tidak ditampilkan karena artikel aslinya ({original}) bermasalah; "
            "perbaiki dulu masalah di {original} (lihat pesannya)",
        ).format(original=original)
        return Problem(SourceRef(display, 0), message)
    message = translate(
        "Content",
        "terjemahan tanpa artikel asli: berkas {original} tidak ada di folder konten; "
        "simpan artikel aslinya sebagai {original}, atau periksa ejaan nama berkas ini "
        "(nama berkas asli tanpa .{language})",
    ).format(original=original, language=file.language)
    return Problem(SourceRef(display, _front_matter_line(file.path, "id")), message)


def same_language_as_original(file: VariantFile, display: Path) -> Problem:
    """`x.md` written in English (`language = "en"`) beside `x.en.md`."""
    message = translate(
        "Content",
        "artikel asli {original} juga berbahasa '{language}' (kolom 'language'-nya), jadi "
        "ada dua berkas untuk satu bahasa; perbaiki kolom 'language' di {original}, atau "
        "hapus berkas ini",
    ).format(original=f"{file.base}.md", language=file.language)
    return Problem(SourceRef(display, _front_matter_line(file.path, "language")), message)


def pairing_problem(
    file: VariantFile,
    meta: ArticleMeta,
    originals: dict[str, ArticleMeta],
    broken: set[str],
    display: Path,
) -> Problem | None:
    """What keeps variant `file` (front matter `meta`) from its original, if anything.
    `originals`: the usable originals' front matter by id; `broken`: the ids of the
    original files that were read but left out."""
    original = originals.get(file.base)
    if original is None:
        return without_original(file, display, file.base in broken)
    if original.language == meta.language:
        return same_language_as_original(file, display)
    return None


# -- sections and warnings ----------------------------------------------------------------
def structure_problems(original: Article, variant: Article, display: Path) -> list[Problem]:
    """Where `variant` does not have `original`'s sections and, section by section, its
    warnings in number and level; at the variant's line of the first difference."""
    expected, found = len(original.sections), len(variant.sections)
    if found > expected:
        extra = variant.sections[expected]
        message = translate(
            "Content",
            "bagian ini ('## {heading}') tidak ada di artikel asli: {original} punya "
            "{expected} bagian, terjemahan ini {found}; setiap bagian terjemahan harus sesuai "
            "dengan satu bagian artikel asli, dalam urutan yang sama",
        ).format(
            heading=extra.heading,
            original=original.path.name,
            expected=expected,
            found=found,
        )
        return [Problem(SourceRef(display, extra.origin.line), message)]
    if found < expected:
        message = translate(
            "Content",
            "terjemahan ini punya {found} bagian, tetapi artikel asli {original} punya "
            "{expected} ({headings}); setiap bagian artikel asli harus ada di terjemahan, "
            "dalam urutan yang sama",
        ).format(
            found=found,
            original=original.path.name,
            expected=expected,
            headings=_headings(original.sections),
        )
        return [Problem(SourceRef(display, _front_matter_end(variant.path)), message)]
    problems = []
    for number, (mine, theirs) in enumerate(
        zip(original.sections, variant.sections, strict=True), 1
    ):
        problem = _warnings_problem(number, mine, theirs, display)
        if problem is not None:
            problems.append(problem)
    return problems


def _warnings_problem(
    number: int, original: Section, variant: Section, display: Path
) -> Problem | None:
    expected = [w.level for w in original.warnings]
    found = [w.level for w in variant.warnings]
    if Counter(expected) == Counter(found):
        return None  # the same warnings; their order within a section may differ
    # The line: the variant's first warning that differs, or its heading if none does.
    differs = next(
        (w for w, level in zip(variant.warnings, expected, strict=False) if w.level != level),
        variant.warnings[len(expected)] if len(found) > len(expected) else None,
    )
    line = differs.origin.line if differs is not None else variant.origin.line
    values = {
        "number": number,
        "heading": original.heading,
        "expected": len(expected),
        "expected_levels": _levels(original.warnings),
        "found": len(found),
        "found_levels": _levels(variant.warnings),
    }
    if len(found) < len(expected):
        text = translate(
            "Content",
            "bagian {number} punya {expected} peringatan ({expected_levels}) di artikel asli "
            "('## {heading}'), tetapi {found} di terjemahan ini ({found_levels}); terjemahan "
            "tidak boleh menghilangkan peringatan",
        )
    elif len(found) > len(expected):
        text = translate(
            "Content",
            "bagian {number} punya {expected} peringatan ({expected_levels}) di artikel asli "
            "('## {heading}'), tetapi {found} di terjemahan ini ({found_levels}); peringatan "
            "terjemahan harus sama jumlah dan tingkatnya dengan artikel asli",
        )
    else:
        text = translate(
            "Content",
            "bagian {number} punya peringatan ({expected_levels}) di artikel asli "
            "('## {heading}'), tetapi tingkatnya lain di terjemahan ini ({found_levels}); "
            "setiap peringatan terjemahan harus setingkat dengan peringatan aslinya",
        )
    return Problem(SourceRef(display, line), text.format(**values))


def _levels(warnings: Sequence[RiskItem]) -> str:
    #: Shown when a section has no warnings, in "(...)" after the count.
    return ", ".join(w.level.value for w in warnings) or translate("Content", "tidak ada")


def _headings(sections: Sequence[Section]) -> str:
    shown = [f"## {s.heading}" for s in sections[:_SHOWN_HEADINGS]]
    return ", ".join(shown) + (", ..." if len(sections) > _SHOWN_HEADINGS else "")


# -- lines of a file, looked up only for a message ----------------------------------------
def _front_matter_lines(path: Path) -> list[str] | None:
    """The lines of `path` up to its closing `+++` (None if it cannot be read)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            lines = []
            for line in handle:
                lines.append(line.rstrip("\r\n"))
                if len(lines) > 1 and line.strip() == _DELIMITER:
                    break
                if len(lines) > 200:  # front matter is a dozen lines
                    break
            return lines
    except OSError:
        return None


def _field_line(lines: Sequence[str], key: str) -> int | None:
    from viewer.toml_reader import key_line  # only for a message

    end = next(
        (i for i in range(1, len(lines)) if lines[i].strip() == _DELIMITER),
        len(lines),
    )
    return key_line(lines[:end], key)


def _front_matter_line(path: Path, key: str) -> int:
    """The line of `key` in the front matter of `path`; 1 (the opening `+++`) if it is
    not written there, 0 if the file cannot be read."""
    lines = _front_matter_lines(path)
    if lines is None:
        return 0
    return _field_line(lines, key) or 1


def _front_matter_end(path: Path) -> int:
    """The line of the `+++` that closes the front matter of `path` (1 if none is found)."""
    lines = _front_matter_lines(path) or []
    closing = [i for i in range(1, len(lines)) if lines[i].strip() == _DELIMITER]
    return closing[0] + 1 if closing else 1
