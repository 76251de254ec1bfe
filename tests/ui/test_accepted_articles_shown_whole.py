"""Whatever `check` accepts, the window and the handout show whole: the model's sections
and warnings are exactly the ones on screen and on paper, for the bundled article, the
tests' fixtures and generated articles."""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from pypdf import PdfReader

from article_strategies import article_bodies, article_text
from support import CONTENT, GOOD_BODIES
from viewer.check import run_check
from viewer.clinic_settings import ClinicSettings
from viewer.content.loader import load_library
from viewer.content.render import render_article
from viewer.handout.document import handout_body
from viewer.handout.painter import Handout
from viewer.handout.pdf import Paper, write_handout_pdf
from viewer.ui.main_window import MainWindow
from viewer.ui.zoom import Zoom

TODAY = dt.date(2026, 11, 29)


def assert_shown_whole(folder: Path, tmp: Path) -> None:
    out = io.StringIO()
    assert run_check(folder, folder, out) == 0, out.getvalue()
    library = load_library(folder)
    window = MainWindow(library, ClinicSettings(), Zoom(), TODAY)
    try:
        for article in library.articles:
            window.show_article(article)
            shown = window.article_view.sections[1:]  # the first is the summary
            assert [w.section_id for w in shown] == [s.id for s in article.sections]
            panel = [item.risk.item for item in window.risk_panel.items]
            assert panel == list(article.warnings)

            rendered = render_article(article, library.glossary, "119")
            body = handout_body(rendered, ClinicSettings(), TODAY)
            assert body.count('<p class="risk">') == len(article.warnings)
            headings = re.findall(r"<h2>(.*?)</h2>", body)
            if rendered.terms_used:
                assert headings.pop() == "Istilah"
            assert [html.escape(s.heading, quote=False) for s in rendered.sections] == headings
            text = re.sub(r"<[^>]+>", " ", body)
            for syntax in (":::", "##", "+++"):
                assert syntax not in text
            pdf = tmp / f"{article.meta.id}.pdf"
            pages = write_handout_pdf(pdf, Handout(rendered, ClinicSettings()), Paper.A4)
            assert len(PdfReader(pdf).pages) == pages >= 1
    finally:
        window.close()
        window.deleteLater()


def test_the_bundled_articles(qapp, tmp_path: Path):
    assert_shown_whole(CONTENT, tmp_path)


@pytest.mark.parametrize("name", list(GOOD_BODIES))
def test_the_fixture_articles(qapp, tmp_path: Path, name: str):
    folder = tmp_path / "konten"
    folder.mkdir()
    shutil.copy(CONTENT / "glossary.md", folder)
    (folder / "a.md").write_text(article_text(GOOD_BODIES[name]), encoding="utf-8")
    assert_shown_whole(folder, tmp_path)


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(body=article_bodies())
def test_generated_articles_that_check_accepts(qapp, body: str):
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "a.md").write_text(article_text(body), encoding="utf-8")
        assume(run_check(folder, folder, io.StringIO()) == 0)
        assert_shown_whole(folder, folder)
