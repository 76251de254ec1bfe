"""Where a link in the window leads: a glossary term's definition, a section, another
article, or (for a web address) a calm note with the address. None of them ever reaches
the network; the window calls `follow_link` for every link it has."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRect

from viewer.content.links import article_link
from viewer.content.render import is_external, term_key_from_href

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def follow_link(window: MainWindow, href: str, point: QPoint) -> None:
    term_key = term_key_from_href(href)
    if term_key is not None:
        # The glossary of the article's language: its words are marked from that one.
        language = window.current.article.meta.language if window.current else None
        term = window.glossary_of(language or window.language).get(term_key)
        if term is not None:
            window.popup.show_term(term, point, source_rect(window, point))
        return
    if href.startswith("#"):
        window.go_to_section(href[1:])
        return
    target = article_link(href)
    if target is not None:
        window.open_article(*target)
        return
    if is_external(href):
        log.info("external link not opened: %s", href)
        window.show_notice(
            QCoreApplication.translate(
                "MainWindow",
                "Tautan ke luar tidak dibuka di aplikasi ini. Alamatnya: {address} — "
                "Anda dapat membukanya nanti di perangkat lain.",
            ).format(address=href)
        )
        return
    log.warning("link ignored: %s", href)


def source_rect(window: MainWindow, point: QPoint) -> QRect:
    """What a definition opened at `point` (global) must not cover: the warning it
    came from, or the line of text around the tapped word."""
    viewport = window.risk_panel.viewport()
    shown = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
    for item in window.risk_panel.items:
        rect = QRect(item.mapToGlobal(QPoint(0, 0)), item.size())
        if item.isVisible() and rect.contains(point):
            return rect.intersected(shown)  # the part of it that is on screen
    line = window.article_view.fontMetrics().height()
    return QRect(point.x() - 2, point.y() - line, 4, 2 * line)
