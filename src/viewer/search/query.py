"""A user's query as FTS5 query text that can never be a syntax error.

Every word is folded as the index is (text.fold), cut to letters and digits, and put
in double quotes: whatever the user types (quotes, `*`, `-`, AND, NEAR(, emoji), FTS5
sees only quoted words, each a prefix, all required.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from viewer.search.text import words

# Bounds for pasted text: a query is a few words, and each word costs an index lookup.
MAX_QUERY_CHARS = 400
MAX_TOKENS = 8
MAX_TOKEN_CHARS = 48


def query_tokens(query: str) -> list[str]:
    """The folded words of `query`, without repeats, at most MAX_TOKENS."""
    tokens: list[str] = []
    for word in words(query[:MAX_QUERY_CHARS]):
        word = word[:MAX_TOKEN_CHARS]
        if word not in tokens:
            tokens.append(word)
        if len(tokens) == MAX_TOKENS:
            break
    return tokens


def quoted(word: str) -> str:
    """`word` as an FTS5 string (doubling any quote, though folded words have none)."""
    return '"' + word.replace('"', '""') + '"'


def exact_expression(tokens: Sequence[str]) -> str:
    """Every token as a prefix: "clo" finds clonazepam while the user is still typing."""
    return " AND ".join(quoted(token) + "*" for token in tokens)


def fuzzy_expression(tokens: Sequence[str], alternatives: Mapping[str, Sequence[str]]) -> str:
    """As exact_expression, with each token's close words as alternatives to it."""
    groups = []
    for token in tokens:
        options = [quoted(token) + "*", *(quoted(word) for word in alternatives.get(token, ()))]
        groups.append("(" + " OR ".join(options) + ")")
    return " AND ".join(groups)
