"""What search finds: every field, folded, as a prefix, misspelt, ranked, with snippets."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from search_support import indexed, marked_words, shown, write_library

from support import FRONT, write_article
from viewer.content import loader
from viewer.search import Field, SearchIndex
from viewer.search import index as index_module


@pytest.fixture
def index(tmp_path: Path):
    built = indexed(tmp_path)
    yield built
    built.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zolpidem", ("obat-tidur", None, "title")),
        ("terlelap", ("obat-tidur", None, "summary")),
        ("kafein", ("clonazepam", "café-dan-kafein", "heading")),
        ("linglung", ("obat-tidur", "efek-samping", "body")),
        ("menyetir", ("obat-tidur", "cara-minum", "warning")),
        ("penenang", ("clonazepam", "golongan-obat", "glossary")),
    ],
)
def test_each_field_is_found(index: SearchIndex, query: str, expected) -> None:
    assert expected in shown(index.search(query))


def test_a_glossary_term_finds_each_article_that_uses_it_at_its_first_section(index) -> None:
    # "apnea tidur" is used by obat-tidur only (in "Efek samping"); benzodiazepin (and
    # its form "benzo") by clonazepam only; the definition's words find them too.
    assert ("obat-tidur", "efek-samping", "glossary") in shown(index.search("napas berhenti"))
    hits = index.search("GABA").hits
    assert [(h.article_id, h.section_id, h.field) for h in hits] == [
        ("clonazepam", "golongan-obat", Field.GLOSSARY)
    ]
    assert hits[0].section_heading == "Golongan obat"


def test_keywords_and_categories_are_found(tmp_path: Path, monkeypatch) -> None:
    def with_library_fields(path, root, display_root, **options):
        article, problems = loader.load_article(path, root, display_root, **options)
        if article is not None and article.meta.id == "clonazepam":
            meta = dataclasses.replace(
                article.meta, keywords=("Rivotril",), categories=("Obat jiwa",)
            )
            article = dataclasses.replace(article, meta=meta)
        return article, problems

    monkeypatch.setattr(index_module, "load_article", with_library_fields)
    index = indexed(tmp_path)
    assert shown(index.search("rivotril")) == [("clonazepam", None, "keyword")]
    assert shown(index.search("jiwa")) == [("clonazepam", None, "category")]


@pytest.mark.parametrize("query", ["CAFE", "café", "Cafè", "CAFÉ DAN"])
def test_case_and_accents_are_folded(index: SearchIndex, query: str) -> None:
    assert ("clonazepam", "café-dan-kafein", "heading") in shown(index.search(query))


def test_accents_in_the_text_are_folded_too(tmp_path: Path) -> None:
    index = indexed(tmp_path)
    assert marked_words(index.search("cafe")) == {"Café"}


@pytest.mark.parametrize("query", ["z", "zo", "zolp", "ZOLPI", "susah ter", "cara mi"])
def test_words_are_prefixes_as_you_type(index: SearchIndex, query: str) -> None:
    assert "obat-tidur" in {h.article_id for h in index.search(query).hits}


@pytest.mark.parametrize("query", ["klonazepam", "clonazepem", "klonasepam", "klonaz"])
def test_misspelt_drug_names_find_the_drug(index: SearchIndex, query: str) -> None:
    result = index.search(query)
    assert result.hits
    assert result.hits[0].article_id == "clonazepam"
    assert result.hits[0].field is Field.TITLE
    assert all(h.fuzzy for h in result.hits)
    assert "clonazepam" in result.terms
    assert {w.casefold() for w in marked_words(result)} == {"clonazepam"}


def test_a_misspelling_far_from_every_word_finds_nothing(index: SearchIndex) -> None:
    assert index.search("xqzwvk").hits == ()


def test_a_title_hit_ranks_above_a_body_hit(index: SearchIndex) -> None:
    hits = index.search("zolpidem").hits
    assert [(h.article_id, h.field) for h in hits] == [
        ("obat-tidur", Field.TITLE),
        ("obat-tidur", Field.BODY),
        ("tablet-tidur", Field.BODY),
    ]
    assert hits[0].score > hits[1].score >= hits[2].score


def test_exact_hits_rank_above_fuzzy_ones(tmp_path: Path) -> None:
    # One article spells it "klonazepam" in its body: that exact (body) hit comes
    # before the fuzzy title hit of "Clonazepam untuk depresi".
    content = write_library(tmp_path / "content")
    body = "\n## Ejaan lain\n\nDi sini tertulis klonazepam.\n"
    write_article(content, body, name="ejaan", front=FRONT.format(id="ejaan"))
    index = SearchIndex(content, None)
    index.update()
    hits = index.search("klonazepam").hits
    assert (hits[0].article_id, hits[0].field, hits[0].fuzzy) == ("ejaan", Field.BODY, False)
    assert (hits[1].article_id, hits[1].field, hits[1].fuzzy) == ("clonazepam", Field.TITLE, True)
    assert hits[0].score > hits[1].score


def test_one_hit_per_article_section_and_the_limit(index: SearchIndex) -> None:
    hits = index.search("o", limit=100).hits
    keys = [(h.article_id, h.section_id) for h in hits]
    assert len(keys) == len(set(keys))
    assert len(index.search("o", limit=2).hits) == 2
    assert index.search("o", limit=0).hits == ()


def test_the_snippet_is_plain_text_with_the_matched_words_marked(index: SearchIndex) -> None:
    hit = next(h for h in index.search("zolpidem").hits if h.field is Field.BODY)
    text = "".join(p.text for p in hit.snippet)
    assert "**" not in text and "<" not in text and "[" not in text
    assert [p.text for p in hit.snippet if p.marked] == ["zolpidem"]
    assert hit.section_heading == "Cara minum"


def test_a_long_text_gives_a_short_snippet_around_the_match(tmp_path: Path) -> None:
    content = tmp_path / "content"
    filler = " ".join(f"kata{n}" for n in range(200))
    body = f"\n## Panjang\n\n{filler} sasaran {filler}\n"
    write_article(content, body, name="panjang", front=FRONT.format(id="panjang"))
    index = SearchIndex(content, None)
    index.update()
    (hit,) = index.search("sasaran").hits
    text = "".join(p.text for p in hit.snippet)
    assert 12 <= len(text.split()) <= 20
    assert text.startswith("…") and text.endswith("…")
    assert [p.text for p in hit.snippet if p.marked] == ["sasaran"]


def test_terms_are_the_folded_query_words(index: SearchIndex) -> None:
    assert index.search("Café  KAFEIN").terms == ("cafe", "kafein")


@pytest.mark.parametrize("query", ["", "   ", "\n\t", "!!!", "🙂"])
def test_an_empty_query_finds_nothing(index: SearchIndex, query: str) -> None:
    assert index.search(query).hits == ()


def test_search_before_the_first_update_finds_nothing(tmp_path: Path) -> None:
    assert SearchIndex(tmp_path, None).search("zolpidem").hits == ()
