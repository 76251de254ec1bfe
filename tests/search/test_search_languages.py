"""Search over language variants: each is indexed with its own glossary, English words find
the English variant and Indonesian ones the original, and every hit names its language."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from search_support import ARTICLES, indexed, write_library

from viewer.search import Hit, SearchIndex, SearchResult, UpdateCounts
from viewer.search.command import describe, run_search
from viewer.search.results import Field

FILES = len(ARTICLES) + 1  # and the English variant of "clonazepam"

EN_CLONAZEPAM = """+++
id = "clonazepam"
title = "Clonazepam for depression"
language = "en"
summary = "A medicine for seizures and panic."
source = "Clinic"
last_reviewed = 2026-01-01
next_review = 2027-01-01
reviewer = "Dr Example"
+++

## Coffee and caffeine

Avoid strong coffee.

## Drug class

Clonazepam is a benzodiazepine. Do not stop suddenly.

::: urgent
If breathing is hard, call {nomor_darurat} at once.
Source: FDA
:::
"""
EN_GLOSSARY = """# Glossary

## benzodiazepine
Forms: benzo
A group of calming medicines that strengthen GABA in the brain.
"""


def write_english(content: Path, glossary: bool = True) -> None:
    (content / "clonazepam.en.md").write_text(EN_CLONAZEPAM, encoding="utf-8")
    if glossary:
        (content / "glossary.en.md").write_text(EN_GLOSSARY, encoding="utf-8")


@pytest.fixture
def index(tmp_path: Path) -> SearchIndex:
    write_english(write_library(tmp_path / "content"))
    built = SearchIndex(tmp_path / "content", tmp_path / "cache")
    built.update()
    yield built
    built.close()


def placed(result: SearchResult) -> list[tuple[str, str, str | None, str]]:
    """(article, language, section, field) of each hit, in order."""
    return [(h.article_id, h.language, h.section_id, h.field.value) for h in result.hits]


def test_english_words_find_the_english_variant(index: SearchIndex) -> None:
    (hit,) = index.search("caffeine").hits
    assert (hit.article_id, hit.language, hit.variant) == ("clonazepam", "en", True)
    assert (hit.section_id, hit.section_heading) == ("coffee-and-caffeine", "Coffee and caffeine")
    assert hit.title == "Clonazepam for depression"


def test_indonesian_words_find_the_original(index: SearchIndex) -> None:
    (hit,) = index.search("kafein").hits
    assert (hit.article_id, hit.language, hit.variant) == ("clonazepam", "id", False)
    assert hit.section_id == "café-dan-kafein"


def test_a_word_of_both_languages_finds_each_language_once(index: SearchIndex) -> None:
    hits = [(h.language, h.field) for h in index.search("clonazepam").hits if h.section_id is None]
    assert sorted(hits) == [("en", Field.TITLE), ("id", Field.TITLE)]


def test_a_variants_terms_come_from_its_own_languages_glossary(index: SearchIndex) -> None:
    assert placed(index.search("strengthen")) == [("clonazepam", "en", "drug-class", "glossary")]
    assert placed(index.search("memperkuat")) == [("clonazepam", "id", "golongan-obat", "glossary")]


def test_a_misspelt_english_word_is_corrected_too(index: SearchIndex) -> None:
    hits = index.search("cafeine").hits  # close to "caffeine", and to "kafein"
    assert ("en", "coffee-and-caffeine") in [(h.language, h.section_id) for h in hits]
    assert all(h.fuzzy for h in hits)


def test_the_command_names_a_variants_language(tmp_path: Path, index: SearchIndex) -> None:
    out = io.StringIO()
    assert run_search("caffeine", tmp_path / "content", tmp_path / "cache2", out, "119") == 0
    assert out.getvalue().startswith(
        "clonazepam#coffee-and-caffeine (en): Clonazepam for depression — Coffee and caffeine:"
    )
    out = io.StringIO()
    run_search("kafein", tmp_path / "content", None, out, "119")
    assert out.getvalue().startswith("clonazepam#café-dan-kafein: Clonazepam untuk depresi")


def test_describe_shows_the_language_only_for_a_variant() -> None:
    hit = Hit("x", "id", "Judul", None, "", Field.TITLE, (), 1.0)
    assert describe(hit, "119") == "x: Judul: "
    english = Hit("x", "en", "Title", "dose", "Dose", Field.HEADING, (), 1.0, variant=True)
    assert describe(english, "119") == "x#dose (en): Title — Dose: "


# -- keeping the index in step ------------------------------------------------------------
def test_a_new_variant_is_indexed_alone_and_a_deleted_one_loses_its_rows(tmp_path: Path) -> None:
    index = indexed(tmp_path)
    content = tmp_path / "content"
    write_english(content, glossary=False)
    assert index.update() == UpdateCounts(reindexed=1, unchanged=len(ARTICLES), removed=0)
    assert [h.language for h in index.search("caffeine").hits] == ["en"]
    (content / "clonazepam.en.md").unlink()
    assert index.update() == UpdateCounts(reindexed=0, unchanged=len(ARTICLES), removed=1)
    assert index.search("caffeine").hits == ()
    assert index.search("kafein").hits


def test_a_changed_variant_is_reindexed_alone(tmp_path: Path, index: SearchIndex) -> None:
    path = tmp_path / "content" / "clonazepam.en.md"
    path.write_text(EN_CLONAZEPAM.replace("strong coffee", "strong tea"), encoding="utf-8")
    assert index.update() == UpdateCounts(reindexed=1, unchanged=FILES - 1, removed=0)
    assert [(h.language, h.section_id) for h in index.search("tea").hits] == [
        ("en", "coffee-and-caffeine")
    ]
    assert index.search("strong coffee").hits == ()


def test_a_new_or_changed_glossary_variant_reindexes_every_article(
    tmp_path: Path, index: SearchIndex
) -> None:
    glossary = tmp_path / "content" / "glossary.en.md"
    glossary.write_text(EN_GLOSSARY.replace("strengthen", "reinforce"), encoding="utf-8")
    assert index.update() == UpdateCounts(reindexed=FILES, unchanged=0, removed=0)
    assert [h.language for h in index.search("reinforce").hits] == ["en"]
    glossary.unlink()  # English articles fall back to glossary.md
    assert index.update() == UpdateCounts(reindexed=FILES, unchanged=0, removed=0)
    assert index.search("reinforce").hits == ()
    assert index.update() == UpdateCounts(0, FILES, 0)


def test_a_variant_with_problems_is_not_indexed(tmp_path: Path) -> None:
    content = write_library(tmp_path / "content")
    (content / "clonazepam.en.md").write_text(
        EN_CLONAZEPAM.replace('language = "en"', 'language = "id"'), encoding="utf-8"
    )
    index = SearchIndex(content, None)
    assert index.update() == UpdateCounts(reindexed=FILES, unchanged=0, removed=0)
    assert index.search("caffeine").hits == ()
