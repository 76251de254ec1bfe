"""Fixtures for the handout tests: the real CLI's PDF and its text, made and read once,
and a rendered article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from handout_support import TextRun, normalise, raw_page_texts, run_cli, text_runs

from support import CONTENT
from viewer.content.loader import load_library
from viewer.content.render import RenderedArticle, render_article

ARTICLE_ID = "clonazepam-depresi"


@pytest.fixture(scope="session")
def cli_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`patient-viewer handout clonazepam-depresi -o x.pdf`, run headless as a real process."""
    folder = tmp_path_factory.mktemp("cli")
    output = folder / "out" / "x.pdf"
    output.parent.mkdir()
    result = run_cli("handout", ARTICLE_ID, "-o", str(output), home=folder / "home")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip() == f"{output}: {_page_count(output)} halaman"
    assert [p.name for p in output.parent.iterdir()] == ["x.pdf"]  # no temp file left
    return output


@pytest.fixture(scope="session")
def cli_raw_pages(cli_pdf: Path) -> tuple[str, ...]:
    """The CLI PDF's text per page as pypdf extracts it, for the tests that only read it:
    extracting it takes ~0.4 s, once instead of once or twice in each of them."""
    return tuple(raw_page_texts(cli_pdf))


@pytest.fixture(scope="session")
def cli_pages(cli_raw_pages: tuple[str, ...]) -> tuple[str, ...]:
    """The same, normalised (handout_support.page_texts)."""
    return tuple(normalise(text) for text in cli_raw_pages)


@pytest.fixture(scope="session")
def cli_text(cli_pages: tuple[str, ...]) -> str:
    """All the pages' text in one string (handout_support.full_text)."""
    return " ".join(cli_pages)


@pytest.fixture(scope="session")
def cli_runs(cli_pdf: Path) -> tuple[tuple[TextRun, ...], ...]:
    """The CLI PDF's text runs with their sizes and fonts, per page, read once."""
    return tuple(tuple(runs) for runs in text_runs(cli_pdf))


def _page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


@pytest.fixture(scope="session")
def rendered() -> RenderedArticle:
    library = load_library(CONTENT)
    article = library.article(ARTICLE_ID)
    assert article is not None
    return render_article(article, library.glossary, "119")


@pytest.fixture(scope="session")
def library_glossary():
    return load_library(CONTENT).glossary


@pytest.fixture
def today() -> dt.date:
    return dt.date(2026, 11, 26)
