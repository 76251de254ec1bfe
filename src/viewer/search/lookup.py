"""Running one query against an open index: tiers best first, exact before fuzzy.

Called by SearchIndex.search with the index's lock held; it only reads.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.search.fuzzy import close_words
from viewer.search.query import exact_expression, fuzzy_expression
from viewer.search.results import TIER_COUNT, Field, Hit, SearchResult
from viewer.search.snippet import snippet
from viewer.search.store import FTS_TABLES

# Scores only order hits (higher first): an exact hit beats any fuzzy one, a better
# tier beats any worse one, and bm25 orders hits within a tier (it stays far below
# the tier step: it is a few units for a few matching words).
_EXACT_BONUS = 10_000.0
_TIER_STEP = 1_000.0


_Where = tuple[str, str, str | None]  # (article id, language, section id)


@dataclass(frozen=True)
class _Found:
    doc_id: int
    field: Field
    score: float
    fuzzy: bool


def run_query(
    connection: sqlite3.Connection, query: str, tokens: Sequence[str], limit: int
) -> SearchResult:
    """The best `limit` hits for the folded `tokens`, at most one per article section
    (or article top) and language."""
    found: dict[_Where, _Found] = {}
    _collect(connection, exact_expression(tokens), limit, found, fuzzy=False)
    terms = list(tokens)
    if len(found) < limit:
        # Few exact hits: a word may be misspelt. Close words widen the query and their
        # hits follow the exact ones.
        alternatives = {token: close_words(connection, token) for token in tokens}
        if any(alternatives.values()):
            expression = fuzzy_expression(tokens, alternatives)
            _collect(connection, expression, limit, found, fuzzy=True)
            terms += [w for words in alternatives.values() for w in words if w not in terms]
    return SearchResult(query, _hits(connection, found, terms), tuple(terms))


def _collect(
    connection: sqlite3.Connection,
    expression: str,
    limit: int,
    found: dict[_Where, _Found],
    *,
    fuzzy: bool,
) -> None:
    """Add the best new hits of `expression` to `found`, tier by tier, up to `limit`."""
    for tier, table in enumerate(FTS_TABLES):
        if len(found) >= limit:
            return
        base = (0.0 if fuzzy else _EXACT_BONUS) + (TIER_COUNT - 1 - tier) * _TIER_STEP
        rows = connection.execute(
            f"SELECT rowid, article_id, language, section_id, field, rank FROM {table} "
            f"WHERE {table} MATCH ? ORDER BY rank",
            (expression,),
        )
        for doc_id, article_id, language, section_id, field, rank in rows:
            key = (article_id, language, section_id)
            if key in found:
                continue
            found[key] = _Found(doc_id, Field(field), base + min(999.0, max(0.0, -rank)), fuzzy)
            if len(found) >= limit:
                break
        rows.close()


def _hits(
    connection: sqlite3.Connection,
    found: dict[_Where, _Found],
    terms: Sequence[str],
) -> tuple[Hit, ...]:
    if not found:
        return ()
    by_id = {entry.doc_id: entry for entry in found.values()}
    marks = ",".join("?" * len(by_id))
    rows = connection.execute(
        "SELECT id, article_id, language, variant, title, section_id, heading, text "
        f"FROM docs WHERE id IN ({marks})",
        tuple(by_id),
    ).fetchall()
    hits = []
    for doc_id, article_id, language, variant, title, section_id, heading, text in rows:
        entry = by_id[doc_id]
        hits.append(
            Hit(
                article_id=article_id,
                language=language,
                title=title,
                section_id=section_id,
                section_heading=heading,
                field=entry.field,
                snippet=snippet(text, terms),
                score=entry.score,
                fuzzy=entry.fuzzy,
                variant=bool(variant),
            )
        )
    # Equal scores: the better field first, then a stable order for the UI.
    order = list(Field)
    hits.sort(
        key=lambda h: (-h.score, order.index(h.field), h.article_id, h.variant, h.section_id or "")
    )
    return tuple(hits)
