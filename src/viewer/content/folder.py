"""Which files of a content folder are articles, their language variants and glossaries.

Apart from the loader so that the content cache can list a folder without importing the
parsers.

An article is `<id>.md` (the original); a variant of it in another language is
`<id>.<lang>.md` (`clonazepam-depresi.en.md`), and the glossary's is `glossary.<lang>.md`.
A name whose last dotted part before `.md` is two or three letters is read as a language
suffix; one that is not a known language (`x.fr.md`, `x.EN.md`) is listed apart, for
`check` to name (see variants.py): a file is never skipped without a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from viewer.content.textfile import unreadable_reason
from viewer.i18n import LANGUAGES, SOURCE_LANGUAGE, translate

GLOSSARY_FILE = "glossary.md"
GLOSSARY_STEM = "glossary"
README_STEM = "readme"
NOT_ARTICLES = {"readme.md", GLOSSARY_FILE}
# What is read as a language suffix: `.en`, `.id`, `.fr`, `.EN`, `.ind`; not `.v2`.
_SUFFIX = re.compile(r"^[A-Za-z]{2,3}$")


@dataclass(frozen=True)
class VariantFile:
    """A file named `<base>.<language>.md`: an article's (or the glossary's) variant."""

    path: Path
    base: str  # the article id it belongs to (the name without `.<language>.md`)
    language: str  # as written in the name: known (in LANGUAGES) or not

    @property
    def known(self) -> bool:
        return self.language in LANGUAGES


@dataclass(frozen=True)
class ContentFiles:
    """Every Markdown file of a content folder, sorted into what it is."""

    articles: tuple[Path, ...]  # the originals, `<id>.md` (what article_files lists)
    variants: tuple[VariantFile, ...]  # `<id>.<lang>.md`, lang known
    glossaries: tuple[VariantFile, ...]  # `glossary.<lang>.md`, lang known
    unknown: tuple[VariantFile, ...]  # a language suffix that is not a known language


def language_suffix(path: Path) -> tuple[str, str | None]:
    """`x.en.md` -> ("x", "en"); `x.md` -> ("x", None); `x.v2.md` -> ("x.v2", None)."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    base, dot, suffix = stem.rpartition(".")
    if dot and base and _SUFFIX.match(suffix):
        return base, suffix
    return stem, None


def content_files(root: Path) -> ContentFiles:
    """The Markdown files of `root`, each in its place, in a stable order.

    Every `*.md` entry that is not a folder is listed, pipes and broken links included:
    reading it reports what is wrong, where skipping it would lose an article silently.
    README files (in any language) are guides for authors, not articles.
    """
    articles: list[Path] = []
    variants: list[VariantFile] = []
    glossaries: list[VariantFile] = []
    unknown: list[VariantFile] = []
    # Any case of ".md": an article saved as OBAT.MD must not vanish without a word.
    for path in sorted(p for p in root.iterdir() if p.suffix.lower() == ".md"):
        if path.name.lower() in NOT_ARTICLES or _is_folder(path):
            continue
        base, language = language_suffix(path)
        if language is None:
            articles.append(path)
            continue
        if base.lower() == README_STEM:
            continue
        file = VariantFile(path, base, language)
        if not file.known:
            unknown.append(file)
        elif base == GLOSSARY_STEM:
            glossaries.append(file)
        else:
            variants.append(file)
    return ContentFiles(tuple(articles), tuple(variants), tuple(glossaries), tuple(unknown))


def article_files(root: Path) -> list[Path]:
    """The original article files of a content folder (`<id>.md`), in a stable order;
    language variants are in content_files(root).variants."""
    return list(content_files(root).articles)


def glossary_file(root: Path, language: str | None = None) -> Path:
    """The glossary an article in `language` reads: `glossary.<language>.md` where there is
    one, else the original `glossary.md` (also for `language` None and Indonesian, which
    glossary.md is written in)."""
    if language is not None and language != SOURCE_LANGUAGE and language in LANGUAGES:
        translated = root / f"{GLOSSARY_STEM}.{language}.md"
        if _exists(translated):
            return translated
    return root / GLOSSARY_FILE


def _exists(path: Path) -> bool:
    try:
        return path.exists() or path.is_symlink()  # a broken link is read, and reported
    except OSError:
        return True  # there, but not to be looked at: reading it says why


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


# -- what is said of the folder itself (the loader and the shelf) ---------------------------
def missing_folder_message() -> str:
    """The content folder is not there (said at the folder's path)."""
    return translate("Content", "folder konten tidak ditemukan")


def unreadable_folder_message(exc: OSError) -> str:
    """The content folder cannot be listed, and why (said at the folder's path)."""
    return translate("Content", "folder konten tidak dapat dibaca: {reason}").format(
        reason=unreadable_reason(exc)
    )


def no_articles_message() -> str:
    """A folder with no article and nothing wrong to report either."""
    return translate("Content", "tidak ada artikel (*.md) di folder")
