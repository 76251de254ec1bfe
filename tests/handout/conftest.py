"""Fixtures for the handout tests: the real CLI's PDF, made once, and a rendered article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from handout_support import run_cli

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
