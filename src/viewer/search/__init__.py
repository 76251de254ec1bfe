"""Full-text search over a content folder (issue 11): an SQLite FTS5 index in the cache.

Qt-free. The UI builds one `SearchIndex` per content folder, runs `update()` in a worker
thread and calls `search()` from the GUI thread; see index.py for the thread contract.

The names are imported on first use: the window imports the results' types before its
first frame, and the index (with the content loader, Markdown and sqlite3) only when
the worker builds it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from viewer.search.index import SearchIndex
    from viewer.search.results import Field, Hit, SearchResult, SnippetPart, UpdateCounts
    from viewer.search.text import fold, mark

_WHERE = {
    "SearchIndex": "index",
    "Field": "results",
    "Hit": "results",
    "SearchResult": "results",
    "SnippetPart": "results",
    "UpdateCounts": "results",
    "fold": "text",
    "mark": "text",
}

__all__ = [  # noqa: RUF022 - as _WHERE
    "SearchIndex",
    "Field",
    "Hit",
    "SearchResult",
    "SnippetPart",
    "UpdateCounts",
    "fold",
    "mark",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'viewer.search' has no attribute {name!r}")
    return getattr(importlib.import_module(f"viewer.search.{module}"), name)
