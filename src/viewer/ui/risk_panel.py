"""The risk-warning panel: every risk item, urgent first, always in view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from viewer.content.model import Level
from viewer.content.render import RenderedRisk
from viewer.presentation.levels import level_hint, level_icon, level_word, style
from viewer.presentation.wording import source_label, warnings_heading
from viewer.ui.section_widget import MIN_TOUCH_TARGET


class RiskItemWidget(QFrame):
    """One item: icon, level word, text, source, and a button to the section about it."""

    sectionRequested = Signal(str)  # noqa: N815
    linkActivated = Signal(str, QPoint)  # noqa: N815

    def __init__(self, risk: RenderedRisk, section_heading: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.risk = risk
        item = risk.item
        look = style(item.level)
        self.setObjectName("riskItem")
        self.setProperty("level", item.level.value)
        self.icon = QLabel(self)
        self.word = QLabel(f"{level_word(item.level)} · {level_hint(item.level)}", self)
        self.word.setObjectName("riskWord")
        self.word.setWordWrap(True)
        # Links take the level's text colour: a blue link on red or amber reads poorly.
        self.text = QLabel(f"<style>a {{ color: {look.foreground}; }}</style>{risk.html}", self)
        self.text.setObjectName("riskText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(False)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.text.linkActivated.connect(self._on_link)
        self.source = QLabel(source_label(item), self)
        self.source.setObjectName("riskSource")
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)  # the source is author text
        # Short label so the panel stays narrow; the heading is in the accessible name.
        self.go = QPushButton(self.tr("Baca penjelasannya ›"), self)
        self.go.setAccessibleName(self.tr("Baca bagian {heading}").format(heading=section_heading))
        self.go.setToolTip(section_heading)
        self.go.setObjectName("riskGo")
        self.go.setCursor(Qt.CursorShape.PointingHandCursor)
        self.go.setMinimumHeight(MIN_TOUCH_TARGET)
        self.go.clicked.connect(lambda: self.sectionRequested.emit(item.section_id))
        self.setAccessibleName(f"{level_word(item.level)}: {risk.plain_text}")

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.word, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addWidget(self.source)
        layout.addWidget(self.go)

    def _on_link(self, href: str) -> None:
        # Next to the finger when tapped, below the text when reached by keyboard.
        if self.text.underMouse():
            point = QCursor.pos()
        else:
            point = self.text.mapToGlobal(self.text.rect().bottomLeft())
        self.linkActivated.emit(href, point)

    def set_zoom(self, point_size: float) -> None:
        # The icon is a picture: it is the one part the style sheet cannot size.
        self.icon.setPixmap(level_icon(self.risk.item.level, int(point_size * 1.9)))


class RiskPanel(QScrollArea):
    sectionRequested = Signal(str)  # noqa: N815
    linkActivated = Signal(str, QPoint)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskPanel")
        self.setWidgetResizable(True)
        self.setMinimumWidth(340)
        self.setMaximumWidth(460)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self._items: list[RiskItemWidget] = []
        self._point_size = 12.0
        self._page = QWidget()
        self._page.setObjectName("riskPage")
        self._layout = QVBoxLayout(self._page)
        self._layout.setContentsMargins(10, 10, 10, 10)
        self._layout.setSpacing(10)
        self.heading = QLabel(warnings_heading())
        self.heading.setObjectName("riskHeading")
        self.heading.setWordWrap(True)
        # Heading and stretch stay for good; items come and go between them (see
        # ArticleView: takeAt() left every item taken out to nobody).
        self._layout.addWidget(self.heading)
        self._layout.addStretch(1)
        self.setWidget(self._page)
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
            self._layout.insertWidget(self._layout.count() - 1, widget)  # before the stretch
        self.set_zoom(self._point_size)

    def first_item_height(self) -> int:
        """Height that shows the heading and the first (most urgent) item in full."""
        if not self._items:
            return self.heading.sizeHint().height()
        width = max(1, self.viewport().width() - 20)
        margins = self._layout.contentsMargins()
        return (
            self.heading.heightForWidth(width)
            + self._items[0].heightForWidth(width)
            + self._layout.spacing()
            + margins.top()
            + margins.bottom()
        )

    def set_zoom(self, point_size: float) -> None:
        self._point_size = point_size
        for widget in self._items:
            widget.set_zoom(point_size)
