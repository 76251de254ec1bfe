"""The home screen: every article as a large card, grouped by category, in the clinic's
order. The window puts its own search field in the slot above the groups
(set_header_widget) and opens the article a card emits (article_chosen).

The cards reflow with the width and the text size (ColumnFlowLayout): as many columns
as cards of ~35 characters fit, at least one; the screen scrolls up and down, never
sideways. Its look is resources/styles/home_screen.qss, which the screen applies to
itself (use_home_style) on top of the application's style sheet, in the theme in force.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from viewer.content.model import ArticleMeta
from viewer.ui.article_card import ArticleCard
from viewer.ui.flow_layout import ColumnFlowLayout
from viewer.ui.language import retranslate_on_change
from viewer.ui.theme import set_themed_stylesheet
from viewer.ui.touch_scroll import touch_viewport
from viewer.ui.zoom import Zoom

log = logging.getLogger(__name__)
STYLE_FILE = "styles/home_screen.qss"
# Relative sizes of the screen's own texts (the cards size theirs, see article_card).
TITLE_SCALE = 1.7  # bold, as the article's title
# "Beranda" says where the reader is; at 200 % on a 600 px high laptop it would push the
# first card off the screen. The headings and cards grow on without a cap, and the title
# stays a little larger than the line under it.
TITLE_MAX_POINT_SIZE = 30.0
TITLE_MIN_SCALE = 1.15
HEADING_SCALE = 1.3  # bold
CARD_SPACING, KIOSK_CARD_SPACING = 16, 24
# Made before the first paint: more than a screen shows at any size (the first card of a
# group can need a screen of its own at 250 %); the rest follow CARDS_PER_STEP at a time.
FIRST_CARDS = 24
CARDS_PER_STEP = 40
# The page's side margins; below NARROW px of width every pixel goes to the text.
MARGIN, KIOSK_MARGIN, NARROW_MARGIN, NARROW = 24, 32, 8, 560

# -- what the screen shows (no Qt) ------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def first_sentence(summary: str) -> str:
    """The summary up to its first ". ", "! " or "? ", the mark kept; all of it if it
    has none. Runs of spaces and line breaks (a summary written over lines) read as one."""
    text = " ".join(summary.split())
    end = _SENTENCE_END.search(text)
    return text[: end.end()] if end else text


def group_by_category(
    metas: Sequence[ArticleMeta], other: str
) -> list[tuple[str, list[ArticleMeta]]]:
    """The home screen's groups: (category, its articles), in the clinic's order.

    An article stands under each of its categories (spelt in any case, named as first
    met in shelf order), one without any under `other`. Within a group articles go by
    their shelf_key; groups by the best shelf_key among their articles (so the group of
    the clinic's first article comes first), ties by name, and `other` always last.
    """
    groups: dict[str, tuple[str, list[ArticleMeta]]] = {}
    other_key = other.casefold()
    for meta in sorted(metas, key=lambda m: (m.shelf_key, m.id)):
        names = [name.strip() for name in meta.categories if name.strip()] or [other]
        # Once per group, however its name is spelt ("Obat", "obat"): by key, not by
        # comparing the article with every member (that was 0.25 s at 1,000 articles).
        for key in dict.fromkeys(name.casefold() for name in names):
            name = next(n for n in names if n.casefold() == key)
            groups.setdefault(key, (other if key == other_key else name, []))[1].append(meta)

    def place(key: str) -> tuple[bool, tuple[int, int, str], str]:
        first = groups[key][1][0]  # the best: members were added in shelf order
        return (key == other_key, first.shelf_key, key)

    return [groups[key] for key in sorted(groups, key=place)]


def use_home_style(widget: QWidget) -> None:
    """Give `widget` the home screen's style sheet (colours and shapes only; text size is
    the zoom's), in the theme in force and in each one applied after (ui/theme.py)."""
    set_themed_stylesheet(widget, STYLE_FILE)


# -- the widget --------------------------------------------------------------------------


class _Label(QLabel):
    """A word-wrapping label that never makes the page wider than the screen: a word
    wider than the width left (a long category at 250 % on a narrow window) runs past
    the edge rather than making the whole screen scroll sideways."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(0, super().minimumSizeHint().height())


class HomeScreen(QScrollArea):
    """Every article as a card under its category; emits the id of the card chosen."""

    article_chosen = Signal(str)

    def __init__(self, zoom: Zoom, parent: QWidget | None = None, *, kiosk: bool = False) -> None:
        super().__init__(parent)
        self._zoom = zoom
        self._kiosk = kiosk
        self._cards: list[ArticleCard] = []
        self._pending: list[tuple[ArticleMeta, QWidget, ColumnFlowLayout]] = []
        self._groups_followed = False
        self._more_scheduled = False
        self._painted = False  # the cards after the first screenful wait for it
        self._headings: list[QLabel] = []
        self._groups: QWidget | None = None
        self._header: QWidget | None = None
        self.setObjectName("homeScreen")
        # Before any child exists: each is polished once, with these rules.
        use_home_style(self)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        viewport = touch_viewport(self)
        self._page = QWidget()
        self._page.setObjectName("homePage")
        self._layout = QVBoxLayout(self._page)
        self._margin = KIOSK_MARGIN if kiosk else MARGIN
        self._layout.setContentsMargins(self._margin, 16, self._margin, self._margin)
        self._layout.setSpacing(8)
        self.title = self._label("", "homeTitle")
        # Its first paint is the screen's (the viewport itself is covered and may never
        # paint): the cards beyond the first screenful wait for it (see _build).
        self.title.installEventFilter(self)
        self.intro = self._label("", "homeIntro")
        self.empty = self._label("", "homeEmpty")
        self.empty.hide()
        self._header_slot = QVBoxLayout()
        self._header_slot.setContentsMargins(0, 8, 0, 0)
        self._groups_slot = QVBoxLayout()
        self._groups_slot.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.intro)
        self._layout.addLayout(self._header_slot)
        self._layout.addLayout(self._groups_slot)
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)
        self.setWidget(self._page)
        for widget in (self, viewport, self._page):  # kiosk rule: no context menu
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        retranslate_on_change(self, self._retranslate)
        zoom.follow(self)
        zoom.changed.connect(self._apply_zoom)
        self._apply_zoom()

    def _retranslate(self) -> None:
        # The cards and category names are the articles' words: the window shows the
        # articles again in the new language (MainWindow.show_language).
        self.title.setText(self.tr("Beranda"))
        self.intro.setText(self.tr("Pilih artikel untuk dibaca"))
        self.empty.setText(self.tr("Belum ada artikel untuk ditampilkan."))
        self.setAccessibleName(self.tr("Beranda: daftar artikel"))

    def _label(self, text: str, name: str, parent: QWidget | None = None) -> QLabel:
        label = _Label(text, parent or self._page)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setIndent(0)  # a styled border would indent the text from the cards' edge
        label.setTextFormat(Qt.TextFormat.PlainText)  # category names are author text
        label.setAccessibleName(text)
        return label

    # -- the public face -----------------------------------------------------------------
    def set_header_widget(self, widget: QWidget | None) -> None:
        """Put `widget` (the window's search field) above the groups, in place of the one
        given before, which is taken out and left to its owner."""
        if self._header is not None:
            self._header_slot.removeWidget(self._header)
            self._header.hide()
            self._header.setParent(None)
        self._header = widget
        if widget is not None:
            self._header_slot.addWidget(widget)
            widget.show()

    def show_articles(self, metas: Sequence[ArticleMeta]) -> None:
        """A card for every article under each of its categories (see group_by_category)."""
        if self._groups is not None:
            self._groups_slot.removeWidget(self._groups)
            self._groups.hide()  # gone now for a screen reader too, not when deleted
            self._groups.deleteLater()
        self._cards = []
        self._headings = []
        self._pending: list[tuple[ArticleMeta, QWidget, ColumnFlowLayout]] = []
        self._groups_followed = False
        groups = QWidget(self._page)
        groups.setObjectName("homeGroups")
        layout = QVBoxLayout(groups)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        spacing = KIOSK_CARD_SPACING if self._kiosk else CARD_SPACING
        for category, members in group_by_category(metas, self.tr("Lainnya")):
            heading = self._label(category, "homeGroupHeading", groups)
            heading.setAccessibleDescription(self.tr("{count} artikel").format(count=len(members)))
            self._headings.append(heading)
            layout.addWidget(heading)
            grid = QWidget(groups)
            grid.setObjectName("homeCardGrid")
            flow = ColumnFlowLayout(grid, spacing)
            self._pending += [(meta, grid, flow) for meta in members]
            layout.addWidget(grid)
        self._groups = groups
        self._groups_slot.addWidget(groups)
        self.empty.setVisible(not self._pending)
        # A screenful before the first paint, the rest just after it (_build_more): a
        # thousand cards take seconds to make, and the reader sees only the first few.
        self._build(FIRST_CARDS)
        # Made after the screen has its font: under a style sheet they would not
        # inherit it (see Zoom); following their root gives it to every card made so far,
        # and the cards made later follow the zoom themselves.
        self._zoom.follow(groups)
        self._groups_followed = True
        self._apply_zoom()
        self.verticalScrollBar().setValue(0)

    def _build(self, count: int) -> None:
        later = self._groups_followed
        for meta, grid, flow in self._pending[:count]:
            card = self._card(meta, grid)
            flow.addWidget(card)
            self._cards.append(card)
            if later:
                self._zoom.follow(card)  # made after its group has its font: see Zoom
        del self._pending[:count]
        if self._pending and not self._more_scheduled:
            self._more_scheduled = True
            if self._painted:  # else the first paint schedules it (eventFilter)
                QTimer.singleShot(0, self, self._build_more)

    @Slot()
    def _build_more(self) -> None:
        self._more_scheduled = False
        self._build(CARDS_PER_STEP)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and watched is self.title:
            self.title.removeEventFilter(self)
            self._painted = True
            if self._more_scheduled:
                QTimer.singleShot(0, self, self._build_more)
        return False

    def finish_cards(self) -> None:
        """Make every card not made yet, now."""
        self._build(len(self._pending))

    def _card(self, meta: ArticleMeta, parent: QWidget) -> ArticleCard:
        names = [name.strip() for name in meta.categories if name.strip()]
        category = ", ".join(names) if names else self.tr("Lainnya")
        card = ArticleCard(
            meta.id,
            meta.title,
            first_sentence(meta.summary),
            category,
            parent,
            kiosk=self._kiosk,
        )
        card.chosen.connect(self.article_chosen)
        card.arrow_pressed.connect(self._move_focus)
        return card

    def cards(self) -> list[ArticleCard]:
        """The cards in display order (an article in two categories has two), every one
        made by now."""
        self.finish_cards()
        return list(self._cards)

    def headings(self) -> list[QLabel]:
        """The group headings, in display order."""
        return list(self._headings)

    def focus_first_card(self) -> bool:
        """Give the first card the keyboard focus (and show it); False if there is none."""
        if not self._cards:
            return False
        self._cards[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.verticalScrollBar().setValue(0)
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        margin = NARROW_MARGIN if event.size().width() < NARROW else self._margin
        if self._layout.contentsMargins().left() != margin:
            self._layout.setContentsMargins(margin, 16, margin, margin)
        super().resizeEvent(event)

    # -- zoom and keys -------------------------------------------------------------------
    @Slot()
    def _apply_zoom(self, _percent: int | None = None) -> None:
        # The followed widgets (this screen, the groups) have their new font already;
        # the title and headings stand out from it.
        size = self._zoom.point_size
        title = min(size * TITLE_SCALE, max(TITLE_MAX_POINT_SIZE, size * TITLE_MIN_SCALE))
        sizes = [(self.title, title)]
        sizes += [(heading, size * HEADING_SCALE) for heading in self._headings]
        for label, point_size in sizes:
            font = label.font()
            font.setPointSizeF(point_size)
            font.setBold(True)
            label.setFont(font)

    @Slot(object, int)
    def _move_focus(self, card: ArticleCard, key: int) -> None:
        """Arrow keys: Left/Right to the card before/after in reading order, Up/Down to
        the nearest card in the row above/below (across groups too)."""
        self.finish_cards()  # the card after the last one made may not exist yet
        index = self._cards.index(card)
        target: ArticleCard | None = None
        if key == Qt.Key.Key_Left:
            target = self._cards[index - 1] if index > 0 else None
        elif key == Qt.Key.Key_Right:
            target = self._cards[index + 1] if index + 1 < len(self._cards) else None
        else:
            target = self._card_in_row(card, below=key == Qt.Key.Key_Down)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
            self.ensureWidgetVisible(target, 0, 24)

    def _card_in_row(self, card: ArticleCard, below: bool) -> ArticleCard | None:
        def place(other: ArticleCard) -> tuple[int, int]:
            point = other.mapTo(self._page, other.rect().topLeft())
            return point.y(), point.x()

        top, left = place(card)
        rows = sorted({place(c)[0] for c in self._cards if (place(c)[0] > top) == below})
        rows = [row for row in rows if row != top]
        if not rows:
            return None
        row = rows[0] if below else rows[-1]
        in_row = [c for c in self._cards if place(c)[0] == row]
        return min(in_row, key=lambda c: abs(place(c)[1] - left))
