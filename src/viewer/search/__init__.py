"""Full-text search over a content folder (issue 11): an SQLite FTS5 index in the cache.

Qt-free. The UI builds one `SearchIndex` per content folder, runs `update()` in a worker
thread and calls `search()` from the GUI thread; see index.py for the thread contract.
"""

from viewer.search.index import SearchIndex
from viewer.search.results import Field, Hit, SearchResult, SnippetPart, UpdateCounts
from viewer.search.text import fold, mark

__all__ = [
    "Field",
    "Hit",
    "SearchIndex",
    "SearchResult",
    "SnippetPart",
    "UpdateCounts",
    "fold",
    "mark",
]
