"""The search results page: what the reader typed, how many articles matched, and each
hit as a large card (article, section, a snippet with the matched words marked)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from viewer import i18n
from viewer.content.model import EMERGENCY_PLACEHOLDER
from viewer.search.results import Hit, SearchResult
from viewer.ui.article_card import ArticleCard
from viewer.ui.buttons import enter_presses
from viewer.ui.home_screen import HEADING_SCALE, use_home_style
from viewer.ui.painted_text import TextPart
from viewer.ui.section_widget import MIN_TOUCH_TARGET
from viewer.ui.theme import current_scheme
from viewer.ui.touch_scroll import touch_viewport
from viewer.ui.zoom import Zoom

# The first results as cards, made on every keystroke: each card lays out its own texts,
# so ten keep a keystroke's answer well under 50 ms; "more" adds the rest on request.
FIRST_SHOWN = 10


def snippet_text(text: str, emergency_number: str) -> str:
    """Snippet text as the article shows it: the clinic's number for the placeholder."""
    return text.replace(EMERGENCY_PLACEHOLDER, emergency_number)


def snippet_html(hit: Hit, emergency_number: str) -> str:
    """The snippet as rich text: author text escaped, matched words on a highlighter."""
    colours = current_scheme()
    mark = f"background-color:{colours.mark_bg}; color:{colours.mark_text}"
    parts = []
    for part in hit.snippet:
        text = escape(snippet_text(part.text, emergency_number))
        if part.marked:
            text = f'<b style="{mark}">{text}</b>'
        parts.append(text)
    return "".join(parts)


class ResultCard(ArticleCard):
    """A hit as a card: its article's title, the snippet with marks, and the section."""

    def __init__(
        self, hit: Hit, where: str, emergency_number: str, parent: QWidget, *, kiosk: bool
    ) -> None:
        plain = snippet_text("".join(part.text for part in hit.snippet), emergency_number)
        super().__init__(hit.article_id, hit.title, plain, where, parent, kiosk=kiosk)
        self.hit = hit
        self.setObjectName("articleCard")
        # The snippet keeps its marks: the one part of the card that is rich text.
        html = snippet_html(hit, emergency_number)
        self.summary = TextPart("articleCardSummary", html, Qt.TextFormat.RichText)
        self._fit_fonts()
        self.setAccessibleDescription(f"{where}. {plain}")


class SearchPage(QWidget):
    # article id, section id (None: the article's top), the words to mark, the language
    # of the text that matched (the article opens in it)
    result_chosen = Signal(str, object, tuple, str)

    def __init__(
        self,
        zoom: Zoom,
        emergency_number: str,
        parent: QWidget | None = None,
        *,
        kiosk: bool = False,
    ) -> None:
        super().__init__(parent)
        self._emergency_number = emergency_number
        self.setObjectName("homeScreen")  # the home screen's look: the same kind of page
        use_home_style(self)
        self._zoom = zoom
        self._kiosk = kiosk
        self._cards: list[ResultCard] = []
        self._terms: tuple[str, ...] = ()
        self.heading = QLabel(self)
        self.heading.setObjectName("homeTitle")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel(self)
        self.status.setObjectName("homeIntro")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self._list = QWidget()
        self._list.setObjectName("homeGroups")
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 8, 12, 24)
        self._list_layout.setSpacing(12)
        self.more = enter_presses(QPushButton(self._list))
        self.more.setObjectName("relatedArticle")  # the look of a plain list button
        self.more.setMinimumHeight(MIN_TOUCH_TARGET)
        self.more.clicked.connect(self._show_more)
        self.more.hide()
        self._list_layout.addWidget(self.more)
        self._list_layout.addStretch(1)
        self._hits: tuple[Hit, ...] = ()
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        touch_viewport(self._scroll)  # before setWidget: a new viewport drops the old one's
        self._scroll.setWidget(self._list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self._scroll, 1)
        for widget in (self, self.heading, self.status, self.more):
            zoom.follow(widget)
        zoom.changed.connect(self._apply_zoom)
        self._apply_zoom()

    def _apply_zoom(self, _percent: int | None = None) -> None:
        # The heading stands out as the home screen's group headings do (bold, larger).
        font = self.heading.font()
        font.setPointSizeF(self._zoom.point_size * HEADING_SCALE)
        font.setBold(True)
        self.heading.setFont(font)

    def show_result(self, result: SearchResult, *, complete: bool) -> None:
        """The hits of `result`; `complete` False while the index is still being built."""
        for card in self._cards:
            self._list_layout.removeWidget(card)
            card.deleteLater()
        self._cards.clear()
        self._terms = result.terms
        self.heading.setText(self.tr("Hasil pencarian: “{query}”").format(query=result.query))
        self._hits = result.hits
        if result.hits:
            count = self.tr("{count} hasil").format(count=len(result.hits))
        else:
            count = self.tr(
                "Tidak ada yang cocok. Coba kata lain, misalnya nama obat atau keluhan."
            )
        if not complete:
            count += " " + self.tr("(Daftar pencarian masih disiapkan; hasil bisa bertambah.)")
        self.status.setText(count)
        self._add_cards(FIRST_SHOWN)
        self._scroll.verticalScrollBar().setValue(0)

    def _add_cards(self, count: int) -> None:
        for hit in self._hits[len(self._cards) : len(self._cards) + count]:
            card = ResultCard(
                hit, self._where(hit), self._emergency_number, self._list, kiosk=self._kiosk
            )
            card.chosen.connect(lambda _id, hit=hit: self._choose(hit))
            self._zoom.follow(card)  # made after the page has its font: see Zoom
            # Before "more" and the stretch.
            self._list_layout.insertWidget(self._list_layout.count() - 2, card)
            self._cards.append(card)
        left = len(self._hits) - len(self._cards)
        self.more.setText(self.tr("Tampilkan {count} hasil lagi").format(count=left))
        self.more.setVisible(left > 0)

    def _show_more(self) -> None:
        first_new = len(self._cards)
        self._add_cards(len(self._hits))
        if first_new < len(self._cards):
            card = self._cards[first_new]
            card.show()  # Qt would show it on the next pass of the event loop: too late
            card.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(card)

    def _where(self, hit: Hit) -> str:
        if hit.section_id is None:
            where = self.tr("Di awal artikel")
        else:
            where = self.tr("Bagian: {heading}").format(heading=hit.section_heading)
        if hit.language != i18n.interface_language():
            # Found in another language's text: named in that language, as in the panel.
            where += f" · {i18n.LANGUAGES.get(hit.language, hit.language)}"
        return where

    def _choose(self, hit: Hit) -> None:
        self.result_chosen.emit(hit.article_id, hit.section_id, self._terms, hit.language)

    def result_count(self) -> int:
        return len(self._hits)

    def cards(self) -> list[ResultCard]:
        return list(self._cards)
