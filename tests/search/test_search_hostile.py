"""No query a user can type makes search raise, and the query text is FTS5-safe."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from search_support import write_library

from viewer.search import SearchIndex
from viewer.search.query import MAX_TOKENS, query_tokens

HOSTILE = [
    '"',
    '""',
    "*",
    "-",
    "- clonazepam",
    "AND",
    "OR",
    "NOT",
    "a AND",
    "NEAR(",
    "NEAR(a b, 2)",
    "text:zolpidem",
    "{text article_id}: x",
    "^zolpidem",
    "zolp*",
    "(",
    ")",
    "'",
    ";DROP TABLE docs;--",
    "🙂",
    "zolpidem 🙂",
    "\x00",
    "\ud800",
    "é" * 3,
    "x" * 2000,
    " ".join(["zolpidem"] * 500),
    "ǅ ß ﬁ İ",
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("hostile")
    built = SearchIndex(write_library(folder / "content"), folder / "cache")
    built.update()
    yield built
    built.close()


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(index: SearchIndex, query: str) -> None:
    result = index.search(query)
    assert result.query == query
    assert len(result.hits) <= 20


def test_operator_words_are_searched_as_words(index: SearchIndex) -> None:
    assert index.search("zolpidem AND").hits == ()  # "and" is a word no article has
    assert index.search("- zolpidem").hits  # the minus is punctuation, not NOT


def test_pasted_text_is_cut_to_a_few_words() -> None:
    assert len(query_tokens(" ".join(f"kata{n}" for n in range(1000)))) == MAX_TOKENS


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=st.text(max_size=60) | st.lists(st.sampled_from(HOSTILE)).map(" ".join))
@example(query='"a" NEAR("b" "c", 1) * - ^')
def test_any_query_never_raises(index: SearchIndex, query: str) -> None:
    result = index.search(query, limit=5)
    assert len(result.hits) <= 5
    for hit in result.hits:
        assert all(part.text for part in hit.snippet)
