"""Load a content folder into a Library: usable articles, the glossary, and every problem.

An article with any problem is left out of the library (its problems are reported
instead): a half-read article could show a risk panel that silently misses an item.
"""

from __future__ import annotations

import logging
from pathlib import Path

from viewer.content import frontmatter
from viewer.content.article_parser import parse_body
from viewer.content.errors import ContentError
from viewer.content.glossary import GLOSSARY_FILE, parse_glossary
from viewer.content.model import Article, Glossary, Library, Problem, SourceRef
from viewer.content.references import check_references
from viewer.content.textfile import read_text

log = logging.getLogger(__name__)
NOT_ARTICLES = {"readme.md", GLOSSARY_FILE}


def article_files(root: Path) -> list[Path]:
    """The article files of a content folder, in a stable order."""
    # Any case of ".md": an article saved as OBAT.MD must not vanish without a word.
    return sorted(
        p
        for p in root.iterdir()
        if p.suffix.lower() == ".md" and p.is_file() and p.name.lower() not in NOT_ARTICLES
    )


def load_article(
    path: Path, root: Path, display_root: Path
) -> tuple[Article | None, list[Problem]]:
    """Parse and check one article; `display_root` prefixes the paths in messages."""
    display = display_root / path.name
    try:
        text = read_text(path, display)
        split = frontmatter.split(text, display)
    except ContentError as exc:
        return None, [exc.problem]
    body = parse_body(split.body, display, split.body_first_line)
    article = Article(split.meta, body.sections, path)
    problems = [*body.problems, *check_references(article, root, display_root)]
    return (None if problems else article), problems


def load_glossary(root: Path, display_root: Path) -> tuple[Glossary, list[Problem]]:
    path = root / GLOSSARY_FILE
    if not path.exists():
        return Glossary(), []
    display = display_root / GLOSSARY_FILE
    try:
        glossary, problems = parse_glossary(read_text(path, display), display)
    except ContentError as exc:
        return Glossary(), [exc.problem]
    return glossary, list(problems)


def load_library(root: Path, display_root: Path | None = None) -> Library:
    """Load every article and the glossary of `root`; never raises for bad content."""
    display_root = root if display_root is None else display_root
    if not root.is_dir():
        problem = Problem(SourceRef(display_root, 0), "folder konten tidak ditemukan")
        return Library(root, (), Glossary(), (problem,))
    glossary, problems = load_glossary(root, display_root)
    # Ids are unique because each must equal its file name (see frontmatter).
    articles: list[Article] = []
    for path in article_files(root):
        article, article_problems = load_article(path, root, display_root)
        problems += article_problems
        if article is None:
            # INFO: the problems themselves are reported to the caller; on stderr this
            # line would only repeat them for an author running `check`.
            log.info("article %s left out: %d problem(s)", path, len(article_problems))
            continue
        articles.append(article)
    if not articles and not problems:
        problems.append(Problem(SourceRef(display_root, 0), "tidak ada artikel (*.md) di folder"))
    return Library(root, tuple(articles), glossary, tuple(problems))
