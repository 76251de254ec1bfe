"""The risk-warning panel: every risk item, urgent first, always in view.

Stacked above the article (a narrow or portrait window) it can fold to the urgent
warnings with a button that shows the rest, so the article keeps its room.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from viewer.content.model import Level
from viewer.content.render import RenderedRisk
from viewer.presentation.wording import warnings_heading
from viewer.ui.buttons import enter_presses
from viewer.ui.language import retranslate_on_change
from viewer.ui.listen_button import listen_button, name_listen_button, set_listen_state
from viewer.ui.risk_item import HEADING_SCALE, RiskItemWidget, scaled_font
from viewer.ui.section_widget import MIN_TOUCH_TARGET
from viewer.ui.touch_scroll import touch_viewport


class RiskPanel(QScrollArea):
    sectionRequested = Signal(str)  # noqa: N815
    linkActivated = Signal(str, QPoint)  # noqa: N815
    listenRequested = Signal()  # noqa: N815 - "Dengarkan peringatan"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskPanel")
        self.setWidgetResizable(True)
        self.setMinimumWidth(340)
        self.setMaximumWidth(460)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        touch_viewport(self)
        self._items: list[RiskItemWidget] = []
        self._point_size = 12.0
        self._page = QWidget()
        self._page.setObjectName("riskPage")
        self._layout = QVBoxLayout(self._page)
        self._layout.setContentsMargins(10, 10, 10, 10)
        self._layout.setSpacing(10)
        self.heading = QLabel()
        self.heading.setObjectName("riskHeading")
        self.heading.setWordWrap(True)
        # Heading and stretch stay for good; items come and go between them (see
        # ArticleView: takeAt() left every item taken out to nobody).
        self._layout.addWidget(self.heading)
        # Urgent first, as they stand. After the warnings (and the way to the rest): above
        # them it would push the first urgent warning off a small screen.
        self.listen = listen_button("", "", self._page)
        self.listen.setObjectName("riskListen")
        self.listen.clicked.connect(self.listenRequested)
        self.listen.hide()
        # Folded (stacked above the article): after the urgent warnings, the way to the rest.
        self.show_all = enter_presses(QPushButton(self._page))
        self.show_all.setObjectName("riskShowAll")
        self.show_all.setMinimumHeight(MIN_TOUCH_TARGET)
        self.show_all.clicked.connect(self.unfold)
        self.show_all.hide()
        self._layout.addWidget(self.show_all)
        self._layout.addWidget(self.listen, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addStretch(1)
        self._folded = False  # the layout asks for it
        self._unfolded_by_reader = False  # the reader asked for all
        self.setWidget(self._page)
        retranslate_on_change(self, self._retranslate)

    def _retranslate(self) -> None:
        # The warnings themselves are the article's: the window shows them again.
        self.heading.setText(warnings_heading())
        name_listen_button(
            self.listen,
            self.tr("▶ Dengarkan peringatan"),
            self.tr("Dengarkan semua peringatan, yang darurat lebih dulu"),
        )
        self.setAccessibleName(self.tr("Panel peringatan risiko"))

    @property
    def items(self) -> tuple[RiskItemWidget, ...]:
        return tuple(self._items)

    def show_risks(self, risks: tuple[RenderedRisk, ...], headings: dict[str, str]) -> None:
        for widget in self._items:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self._items.clear()
        counts = {level: sum(r.item.level is level for r in risks) for level in Level}
        self.heading.setAccessibleDescription(
            self.tr("{urgent} darurat, {warning} peringatan, {caution} perhatian").format(
                urgent=counts[Level.URGENT],
                warning=counts[Level.WARNING],
                caution=counts[Level.CAUTION],
            )
        )
        for risk in risks:
            widget = RiskItemWidget(risk, headings.get(risk.item.section_id, ""), self._page)
            widget.sectionRequested.connect(self.sectionRequested)
            widget.linkActivated.connect(self.linkActivated)
            self._items.append(widget)
            # Before the "show all" and listen buttons and the stretch.
            self._layout.insertWidget(self._layout.count() - 3, widget)
        self._unfolded_by_reader = False
        self._apply_folding()
        self.set_zoom(self._point_size)

    def first_item_height(self, width: int | None = None) -> int:
        """Height that shows the heading and the first (most urgent) item in full, in a
        panel `width` px wide (its own width when None)."""
        margins = self._layout.contentsMargins()
        if width is None:
            inner = self.viewport().width() - margins.left() - margins.right()
        else:
            scroll_bar = self.verticalScrollBar().sizeHint().width()
            inner = width - margins.left() - margins.right() - scroll_bar
        inner = max(1, inner)
        height = self.heading.heightForWidth(inner) + margins.top() + margins.bottom()
        if self._items:
            height += self._layout.spacing() + self._items[0].heightForWidth(inner)
        return height

    def set_listen(self, offered: bool, reason: str) -> None:
        set_listen_state(self.listen, offered, reason)

    def folded_height(self, width: int) -> int:
        """Height of the heading, the urgent warnings and the "show all" button, folded,
        in a panel `width` px wide."""
        margins = self._layout.contentsMargins()
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        inner = max(1, width - margins.left() - margins.right() - scroll_bar)
        spacing = self._layout.spacing()
        height = self.heading.heightForWidth(inner) + margins.top() + margins.bottom()
        for widget in self._items:
            if widget.risk.item.level is Level.URGENT:
                height += spacing + widget.heightForWidth(inner)
        button = max(self.show_all.sizeHint().height(), self.show_all.minimumHeight())
        return height + spacing + button

    # -- folding --------------------------------------------------------------------------
    def set_folded(self, folded: bool) -> None:
        """Show only the urgent warnings, with a button for the rest (stacked above the
        article), or every warning (beside it)."""
        if folded != self._folded:
            self._folded = folded
            self._apply_folding()

    def unfold(self) -> None:
        """The reader asked for every warning: they stay until the next reader/article."""
        self._unfolded_by_reader = True
        self._apply_folding()
        following = next((w for w in self._items if w.risk.item.level is not Level.URGENT), None)
        if following is not None:
            following.go.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset_folding(self) -> None:
        self._unfolded_by_reader = False
        self._apply_folding()

    @property
    def folded(self) -> bool:
        return self._folded and not self._unfolded_by_reader

    def _apply_folding(self) -> None:
        folded = self.folded
        hidden = 0
        for widget in self._items:
            hide = folded and widget.risk.item.level is not Level.URGENT
            widget.setHidden(hide)
            hidden += hide
        self.show_all.setText(
            self.tr("Tampilkan semua peringatan ({count} lagi)").format(count=hidden)
        )
        self.show_all.setAccessibleName(self.show_all.text())
        self.show_all.setVisible(hidden > 0)

    def set_zoom(self, point_size: float) -> None:
        """The text size of the parts that stand out from the base size (the heading, each
        item's level word, source and icon); the rest inherits the window's font."""
        self._point_size = point_size
        heading = scaled_font(self.heading.font(), point_size * HEADING_SCALE, bold=True)
        self.heading.setFont(heading)
        for widget in self._items:
            widget.set_zoom(point_size)
