"""The content caches keep problems' messages, which are in the interface language of the
run that wrote them: an English run never gets an Indonesian cache's messages, nor an
Indonesian run an English one's (both caches are keyed by the language)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from support import FRONT, GOOD_BODY, write_article
from viewer import i18n
from viewer.content import cache
from viewer.content.cache import load_library_cached
from viewer.content.shelf_cache import open_shelf

MISSING_ANCHOR = {
    "id": "tautan ke bagian '#no-such-section' tidak ada",
    "en": "link to a section '#no-such-section' that does not exist",
}
NO_DELIMITER = {
    "id": "data awal (front matter) tidak ada",
    "en": "the front matter is missing",
}


@pytest.fixture(autouse=True)
def indonesian_afterwards() -> Iterator[None]:
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A good article, one whose body has a missing anchor, one without front matter."""
    content = tmp_path / "konten"
    write_article(content, GOOD_BODY, name="baik", front=FRONT.format(id="baik"))
    body = GOOD_BODY.replace("(#bagian-dua)", "(#no-such-section)")
    write_article(content, body, name="jangkar", front=FRONT.format(id="jangkar"))
    (content / "tanpa-data.md").write_text("## Satu\n\nTeks.\n", encoding="utf-8")
    return content


def messages(problems) -> str:
    return "\n".join(problem.message for problem in problems)


def use(language: str) -> None:
    assert i18n.set_language(language) == language


def test_a_cache_built_in_indonesian_is_not_served_to_an_english_run(folder, tmp_path, monkeypatch):
    loads: list[Path] = []
    real = cache._load
    monkeypatch.setattr(
        cache, "_load", lambda root, checks: loads.append(root) or real(root, checks)
    )
    cached = tmp_path / "cache"
    indonesian = load_library_cached(folder, cached)
    assert MISSING_ANCHOR["id"] in messages(indonesian.problems)
    assert load_library_cached(folder, cached) == indonesian  # kept, and served again
    assert len(loads) == 1

    use("en")
    english = load_library_cached(folder, cached)
    assert len(loads) == 2  # loaded afresh, not read from the Indonesian cache
    assert MISSING_ANCHOR["en"] in messages(english.problems)
    assert NO_DELIMITER["en"] in messages(english.problems)
    assert MISSING_ANCHOR["id"] not in messages(english.problems)
    # The same articles, but even their notes (no reviewer) are in English now.
    assert [a.meta for a in english.articles] == [a.meta for a in indonesian.articles]
    assert "field 'reviewer' is empty" in messages(english.advisories)

    use("id")
    again = load_library_cached(folder, cached)
    assert messages(again.problems) == messages(indonesian.problems)


@pytest.mark.expect_log("viewer.content.shelf", "content problem", level="WARNING")
def test_the_shelfs_catalogue_and_opened_articles_follow_the_language(folder, tmp_path):
    cached = tmp_path / "cache"
    shelf = open_shelf(folder, cached)  # the catalogue: the front matter's problem
    assert shelf.article("jangkar") is None  # opened: the body's problem joins the shelf
    indonesian = messages(shelf.problems)
    assert NO_DELIMITER["id"] in indonesian and MISSING_ANCHOR["id"] in indonesian

    use("en")
    shelf = open_shelf(folder, cached)
    assert shelf.article("jangkar") is None
    english = messages(shelf.problems)
    assert NO_DELIMITER["en"] in english and MISSING_ANCHOR["en"] in english
    assert NO_DELIMITER["id"] not in english and MISSING_ANCHOR["id"] not in english

    use("id")
    shelf = open_shelf(folder, cached)
    assert shelf.article("jangkar") is None
    assert messages(shelf.problems) == indonesian
