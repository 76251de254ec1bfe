"""The reading area: contents and glossary, article and warnings, arranged by a
LayoutPlan for the space there is, with the contents in a drawer when they do not fit
beside the article."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QTabWidget, QWidget

from viewer.ui.article_view import ArticleView
from viewer.ui.layout_plan import (
    MIN_ARTICLE_HEIGHT,
    SIDE_WIDTH,
    Arrangement,
    LayoutPlan,
    plan_layout,
)
from viewer.ui.risk_panel import RiskPanel

UNLIMITED = 16777215  # Qt's QWIDGETSIZE_MAX
DRAWER_SHARE = 0.85  # of the reading area's width, at most


class ReadingArea(QWidget):
    drawerChanged = Signal(bool)  # noqa: N815 - open or closed
    arranged = Signal()  # a new plan is in place (self.plan)

    def __init__(
        self, side: QTabWidget, article: ArticleView, risks: RiskPanel, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readingArea")
        self.side = side
        self.article = article
        self.risks = risks
        self.plan: LayoutPlan | None = None
        self._zoom_factor = 1.0
        self._reading = QWidget(self)
        self._reading_row = QHBoxLayout(self._reading)
        self._reading_row.setContentsMargins(0, 0, 0, 0)
        self._reading_row.setSpacing(0)
        self._reading_row.addWidget(side)
        self._reading_row.addWidget(article, 1)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.setSpacing(0)
        self._body.addWidget(self._reading, 3)
        self._body.addWidget(risks, 1)
        # The window's minimum must never outgrow the screen (a kiosk would leave full
        # screen): the area asks for little and re-plans on every resize instead.
        self._body.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        side.setFixedWidth(SIDE_WIDTH)
        # The plan leaves the article MIN_ARTICLE_HEIGHT under stacked warnings; a taller
        # minimum here would not fit, and with no size constraint the layout would lay the
        # warnings over the article's first lines (800x600 did, its title hidden).
        article.setMinimumHeight(MIN_ARTICLE_HEIGHT)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(SIDE_WIDTH, MIN_ARTICLE_HEIGHT)

    # -- arranging ------------------------------------------------------------------------
    def set_zoom_factor(self, factor: float) -> None:
        self._zoom_factor = factor
        self.arrange()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.arrange()
        if self.drawer_open:
            self._place_drawer()

    def arrange(self) -> None:
        width, height = self.width(), self.height()
        char_width = self.article.fontMetrics().averageCharWidth()
        plan = plan_layout(
            width,
            height,
            self._zoom_factor,
            char_width,
            self.risks.first_item_height,
            self.risks.folded_height,
        )
        if plan == self.plan:
            return
        self.plan = plan
        stacked = plan.arrangement is Arrangement.STACKED
        # BottomToTop puts the warnings (added second) above the article.
        direction = (
            QBoxLayout.Direction.BottomToTop if stacked else QBoxLayout.Direction.LeftToRight
        )
        if self._body.direction() != direction:
            self._body.setDirection(direction)
        self._body.setStretchFactor(self._reading, 2 if stacked else 3)
        if plan.risk_width is not None:
            self.risks.setMinimumHeight(0)
            self.risks.setMaximumHeight(UNLIMITED)
            self.risks.setMinimumWidth(plan.risk_width[0])
            self.risks.setMaximumWidth(plan.risk_width[1])
        self.risks.set_folded(stacked)
        if plan.risk_height is not None:
            self.risks.setMinimumWidth(0)
            self.risks.setMaximumWidth(UNLIMITED)
            self.risks.setMinimumHeight(plan.risk_height[0])
            self.risks.setMaximumHeight(plan.risk_height[1])
        self._set_side_beside(plan.side_beside)
        self.arranged.emit()

    # -- the contents: beside the article, or in a drawer -------------------------------------
    @property
    def side_beside(self) -> bool:
        return self.side.parentWidget() is self._reading

    @property
    def drawer_open(self) -> bool:
        return not self.side_beside and self.side.isVisible()

    def _set_side_beside(self, beside: bool) -> None:
        if beside == self.side_beside:
            return
        was_open = self.drawer_open
        if beside:
            self.side.setParent(self._reading)
            self._reading_row.insertWidget(0, self.side)
            self.side.setFixedWidth(SIDE_WIDTH)
            self.side.show()
        else:
            self._reading_row.removeWidget(self.side)
            self.side.setParent(self)  # floats over the article when opened
            self.side.hide()
        if was_open != self.drawer_open:
            self.drawerChanged.emit(self.drawer_open)

    def open_drawer(self) -> None:
        if self.side_beside or self.drawer_open:
            return
        self._place_drawer()
        self.side.show()
        self.side.raise_()
        self.side.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)
        self.drawerChanged.emit(True)

    def close_drawer(self) -> None:
        if self.drawer_open:
            self.side.hide()
            self.drawerChanged.emit(False)

    def toggle_drawer(self) -> None:
        if self.drawer_open:
            self.close_drawer()
        else:
            self.open_drawer()

    def _place_drawer(self) -> None:
        width = min(SIDE_WIDTH + 60, round(self.width() * DRAWER_SHARE))
        self.side.setFixedWidth(width)
        self.side.setGeometry(0, 0, width, self.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Esc in the drawer (it reaches here from the list that has the focus).
        if event.key() == Qt.Key.Key_Escape and self.drawer_open:
            self.close_drawer()
            return
        super().keyPressEvent(event)
