"""Which files of a content folder are articles, and which is the glossary.

Apart from the loader so that the content cache can list a folder without importing the
parsers."""

from __future__ import annotations

from pathlib import Path

GLOSSARY_FILE = "glossary.md"
NOT_ARTICLES = {"readme.md", GLOSSARY_FILE}


def article_files(root: Path) -> list[Path]:
    """The article files of a content folder, in a stable order.

    Every `*.md` entry that is not a folder is listed, pipes and broken links included:
    reading it reports what is wrong, where skipping it would lose an article silently.
    """
    # Any case of ".md": an article saved as OBAT.MD must not vanish without a word.
    return sorted(
        p
        for p in root.iterdir()
        if p.suffix.lower() == ".md" and not _is_folder(p) and p.name.lower() not in NOT_ARTICLES
    )


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False
