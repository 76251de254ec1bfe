"""The shipped clonazepam article: the clinic's text word for word, all risks, the glossary."""

from __future__ import annotations

import re

import pytest

from support import CONTENT, SHARED_SOURCE, SOURCE_COPY, source_paragraphs
from viewer.content.loader import load_library
from viewer.content.model import Level
from viewer.content.render import render_article

REQUIRED_TERMS = [
    "kejang", "kecemasan", "depresi", "antidepresan", "SSRI", "gangguan bipolar",
    "resistensi", "dosis", "efek samping", "zat terkontrol", "kecanduan", "benzodiazepin",
    "opioid", "putus obat",
]  # fmt: skip


@pytest.fixture(scope="module")
def library():
    return load_library(CONTENT)


@pytest.fixture(scope="module")
def article(library):
    found = library.article("clonazepam-depresi")
    assert found is not None, library.problems
    return found


def test_bundled_content_has_no_problems(library):
    assert library.problems == ()


def test_source_copy_matches_the_clinic_text():
    if not SHARED_SOURCE.exists():
        pytest.skip("the clinic's shared/ folder is not beside this checkout")
    assert SOURCE_COPY.read_bytes() == SHARED_SOURCE.read_bytes()


def test_six_clinic_paragraphs_word_for_word_in_order(article):
    paragraphs = source_paragraphs()
    assert len(paragraphs) == 6
    bodies = [s.body_markdown for s in article.sections]
    # One paragraph per section, in the clinic's order, unchanged.
    assert [body.strip() for body in bodies] == paragraphs


def test_rendered_sections_keep_the_paragraph_text(library, article):
    rendered = render_article(article, library.glossary, "119")
    for section, paragraph in zip(rendered.sections, source_paragraphs(), strict=True):
        text = re.sub(r"<[^>]+>", "", section.html)
        assert " ".join(text.split()) == paragraph


def test_fourteen_risks_six_from_article_eight_with_official_sources(article):
    risks = article.warnings
    assert len(risks) == 14
    from_article = [r for r in risks if r.from_article]
    official = [r for r in risks if not r.from_article]
    assert len(from_article) == 6
    assert len(official) == 8
    assert all(re.search(r"FDA|NHS", r.source) for r in official)
    levels = [r.level for r in risks]
    assert levels == sorted(levels, key=lambda level: level.rank), "urgent first"
    assert levels.count(Level.URGENT) == 2
    assert all(r.section_id in {s.id for s in article.sections} for r in risks)


def test_urgent_items_name_the_emergency_number(library, article):
    rendered = render_article(article, library.glossary, "112")
    urgent = [r for r in rendered.risks if r.item.level is Level.URGENT]
    assert urgent and all("112" in r.plain_text for r in urgent)


def test_glossary_has_the_required_terms_and_they_occur(library, article):
    glossary = library.glossary
    assert len(glossary.terms) >= 15
    rendered = render_article(article, glossary, "119")
    used = {t.key for t in rendered.terms_used}
    for term in REQUIRED_TERMS:
        assert glossary.get(term) is not None, term
        assert term.casefold() in used, f"{term} is in the glossary but not marked in the article"


def test_review_dates_are_in_order(article):
    assert article.meta.last_reviewed <= article.meta.next_review
