"""Close words for a misspelt query word: trigram candidates, checked by edit distance.

The vocabulary (every folded word of the library) has an FTS5 trigram index; the words
sharing the most trigrams with the query word are candidates, and only those within a
small edit distance (of the whole word, or of its start while the user is still typing)
are used. "klonasepam", "clonazepem" and "klonazepam" all reach "clonazepam".
"""

from __future__ import annotations

import sqlite3

from viewer.search.query import quoted

# Shorter words are not corrected: too many words are one letter away from "obat".
MIN_FUZZY_CHARS = 4
# A word being typed is compared with the start of longer words from this length on.
MIN_PREFIX_FUZZY_CHARS = 6
# How many trigram candidates are checked, and how many close words are searched for.
_CANDIDATES = 60
MAX_ALTERNATIVES = 6


def max_distance(word: str) -> int:
    """Edits allowed: one in a short word, two from six letters on."""
    return 1 if len(word) < 6 else 2


def distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of neighbours is one edit), or
    limit + 1 as soon as it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def trigrams(word: str) -> list[str]:
    return sorted({word[i : i + 3] for i in range(len(word) - 2)})


def close_words(connection: sqlite3.Connection, token: str) -> list[str]:
    """Vocabulary words within the allowed distance of `token`, closest first.

    Words that start with `token` are left out: the prefix search finds them already.
    """
    if len(token) < MIN_FUZZY_CHARS:
        return []
    expression = " OR ".join(quoted(t) for t in trigrams(token))
    rows = connection.execute(
        "SELECT word FROM vocab_trigrams WHERE vocab_trigrams MATCH ? ORDER BY rank LIMIT ?",
        (expression, _CANDIDATES),
    ).fetchall()
    limit = max_distance(token)
    scored: list[tuple[int, int, str]] = []
    for (word,) in rows:
        if word.startswith(token):
            continue
        whole = distance(token, word, limit)
        # While typing, "klonaz" is one edit from the start of "clonazepam"; a shorter
        # start is one edit from too many words ("gaba" from "gabungan").
        typing = len(token) >= MIN_PREFIX_FUZZY_CHARS and len(word) > len(token)
        start = distance(token, word[: len(token)], limit) if typing else whole
        best = min(whole, start)
        if best <= limit:
            scored.append((best, abs(len(word) - len(token)), word))
    scored.sort()
    return [word for _, _, word in scored[:MAX_ALTERNATIVES]]
