"""Always-visible facts at the bottom: disclaimer, review status, emergency number."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QVBoxLayout, QWidget

from viewer.content.model import ArticleMeta
from viewer.presentation.review import overdue_notice, review_line
from viewer.presentation.wording import disclaimer, emergency_line
from viewer.ui.language import retranslate_on_change
from viewer.ui.zoom import Zoom


class InfoBar(QFrame):
    def __init__(self, emergency_number: str, zoom: Zoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("infoBar")
        self.overdue = QLabel(self)
        self.overdue.setObjectName("overdueNotice")
        self.overdue.setWordWrap(True)
        self.overdue.setTextFormat(Qt.TextFormat.PlainText)
        self.overdue.hide()
        self.disclaimer = QLabel(self)
        self.disclaimer.setObjectName("disclaimer")
        self.disclaimer.setWordWrap(True)
        self.dates = QLabel(self)
        self.dates.setObjectName("reviewDates")
        self.dates.setWordWrap(True)
        # The reviewer's name comes from the article: plain text, never markup.
        self.dates.setTextFormat(Qt.TextFormat.PlainText)
        self._emergency_number = emergency_number
        self.emergency = QLabel(self)
        self.emergency.setObjectName("emergencyNumber")
        self.emergency.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.disclaimer)
        texts.addWidget(self.dates)
        row.addLayout(texts, 1)
        row.addWidget(self.emergency)
        row.setSpacing(16)  # beside the disclaimer; above it in a narrow window: 16 px
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.overdue)
        layout.addLayout(row)
        # The bar grows with the text only so far (theme.MAX_POINT_SIZES); its labels
        # inherit that, the ones that stand out have their own scale.
        for widget in (self, self.disclaimer, self.dates, self.emergency):
            zoom.follow(widget)
        self._shown: tuple[ArticleMeta, dt.date] | None = None
        retranslate_on_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.disclaimer.setText(disclaimer())
        self.emergency.setText(emergency_line(self._emergency_number))
        if self._shown is not None:
            self.show_meta(*self._shown)

    def set_compact(self, compact: bool) -> None:
        """In a narrow window the emergency number gets a row of its own, so the
        disclaimer keeps the full width instead of a thin column."""
        direction = (
            QBoxLayout.Direction.TopToBottom if compact else QBoxLayout.Direction.LeftToRight
        )
        if self._row.direction() != direction:
            self._row.setDirection(direction)
        align = Qt.AlignmentFlag.AlignLeft if compact else Qt.AlignmentFlag.AlignRight
        self.emergency.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)

    def show_meta(self, meta: ArticleMeta, today: dt.date) -> None:
        self._shown = (meta, today)
        # Dates and reviewer, or that no health worker has checked the article yet (C8):
        # the same sentence as on paper. The latter in bold, as it changes how far a
        # reader may trust the text; the zoom keeps a label's weight (theme.font_for).
        self.dates.setText(review_line(meta))
        font = self.dates.font()
        font.setBold(not meta.is_reviewed)
        self.dates.setFont(font)
        self.overdue.setVisible(meta.is_overdue(today))
        self.overdue.setText(overdue_notice(meta))
