"""A grid of equal columns whose count follows the width: as many as fit, at least one.

Each item says how wide it likes to be (its sizeHint's width, e.g. ~35 characters of
its font); the layout fits max(1, width // that) columns and shares the width out
evenly, so an item is never wider than the layout: no horizontal scrolling, at any
text size. Items in a row get the row's height (the tallest item's heightForWidth),
so a row of cards lines up.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ColumnFlowLayout(QLayout):
    """Items left to right, row by row, in `columns_for(width)` equal columns."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 16) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._heights: dict[int, int] = {}  # width -> height, until invalidated
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item list ------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    # -- geometry -----------------------------------------------------------------------
    def column_width_wanted(self) -> int:
        """The widest preferred width of the items: one column's width."""
        widths = [item.sizeHint().width() for item in self._visible()]
        return max(widths, default=1)

    def columns_for(self, width: int) -> int:
        wanted = self.column_width_wanted() + self._gap
        return max(1, (width + self._gap) // max(1, wanted))

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), place=False)
        return height

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        margins = self.contentsMargins()
        width = self.column_width_wanted()
        inner = self.heightForWidth(width + margins.left() + margins.right())
        return QSize(width + margins.left() + margins.right(), inner)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        # Narrow on purpose: the items wrap their text, and a wide minimum would make the
        # scroll area scroll sideways.
        margins = self.contentsMargins()
        widths = [item.minimumSize().width() for item in self._visible()]
        width = max(widths, default=0) + margins.left() + margins.right()
        return QSize(width, 0)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Lay the items out in `rect` (if `place`); the height they take."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        items = self._visible()
        columns = self.columns_for(inner.width())
        column_width = max(1, (inner.width() - self._gap * (columns - 1)) // columns)
        y = inner.y()
        for start in range(0, len(items), columns):
            row = items[start : start + columns]
            row_height = max(self._height_of(item, column_width) for item in row)
            if place:
                for index, item in enumerate(row):
                    x = inner.x() + index * (column_width + self._gap)
                    item.setGeometry(QRect(x, y, column_width, row_height))
            y += row_height + self._gap
        if items:
            y -= self._gap
        return y - rect.y() + margins.bottom()

    @staticmethod
    def _height_of(item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            height = item.heightForWidth(width)
        else:
            height = item.sizeHint().height()
        return max(height, item.minimumSize().height())
