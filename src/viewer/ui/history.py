"""Back and Forward across the home screen, search results, articles and sections.

Each step of the reader's way is a Stop: where they were (home, a search, an article)
and how it looked when they left it (open sections, scroll position, the control they
were on). A jump records the Stop it leaves; Back and Forward trade the Stop the reader
is at for the one they return to, as a web browser does. No Qt: the focus control is
kept as an opaque object the window checks before using.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

MAX_STOPS = 200  # a kiosk runs for days between resets: the list must not grow for ever


class Page(Enum):
    HOME = "home"
    SEARCH = "search"
    ARTICLE = "article"
    EMPTY = "empty"


@dataclass(frozen=True)
class ArticleState:
    """How an article looked when the reader left it."""

    # By place (the summary is 0), not by id: a section's id comes from its heading,
    # which differs in each language, and Back may return to the article in another.
    open_places: frozenset[int]
    scroll: int


@dataclass(frozen=True)
class Stop:
    page: Page
    article_id: str | None = None
    query: str = ""
    state: ArticleState | None = None
    focus: object | None = None  # the control to return to (a QWidget), if it still exists


class History:
    def __init__(self) -> None:
        self._back: list[Stop] = []
        self._forward: list[Stop] = []

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def leave(self, here: Stop) -> None:
        """A jump away from `here`: Back returns to it; the way forward is gone."""
        if self._back and self._back[-1] == here:
            return  # the same place twice in a row is one step back, not two
        self._back.append(here)
        del self._back[:-MAX_STOPS]
        self._forward.clear()

    def back(self, here: Stop) -> Stop | None:
        if not self._back:
            return None
        self._forward.append(here)
        return self._back.pop()

    def drop_back(self) -> Stop | None:
        """Back without a way forward to here (a search whose box was emptied)."""
        return self._back.pop() if self._back else None

    def forward(self, here: Stop) -> Stop | None:
        if not self._forward:
            return None
        self._back.append(here)
        return self._forward.pop()

    def clear(self) -> None:
        self._back.clear()
        self._forward.clear()
