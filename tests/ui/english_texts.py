"""What a reader sees, as text, and the catalogue's Indonesian source strings: for tests
that no Indonesian word of the app's is left once English is chosen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QWidget,
)

from support import REPO

CATALOGUE = REPO / "resources" / "translations" / "viewer_en.ts"


@cache
def source_strings() -> tuple[tuple[str, str], ...]:
    """(Indonesian source, English translation) of every message whose words differ."""
    pairs = []
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source = message.findtext("source", "")
        forms = [form.text or "" for form in message.iter("numerusform")]
        translation = forms[-1] if forms else message.findtext("translation", "") or ""
        if source.strip() and source != translation:
            pairs.append((source, translation))
    return tuple(pairs)


@cache
def app_source_strings() -> frozenset[tuple[str, str]]:
    """(context, source) of every message of the app's catalogue."""
    root = ET.parse(CATALOGUE).getroot()
    return frozenset(
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    )


def _pattern(source: str) -> re.Pattern[str]:
    parts = re.split(r"\{\w+\}|%n", source)  # a placeholder, or a count (numerus)
    return re.compile(".+?".join(re.escape(part) for part in parts), re.DOTALL)


def indonesian_in(texts: list[str]) -> list[tuple[str, str]]:
    """(text, source) for each text that shows a source string: the whole text when the
    source is short (a word like "Tutup" may be part of an English sentence), anywhere
    in it when the source is a phrase."""
    found = []
    for text in texts:
        for source, _english in source_strings():
            literal = re.sub(r"\{\w+\}", "", source)
            if not re.search(r"[^\W\d_]{3}", literal):
                continue  # no word of its own, e.g. "{argument}: {message}"
            pattern = _pattern(source)
            if len(literal) < 14:
                if pattern.fullmatch(text.strip()):
                    found.append((text, source))
            elif pattern.search(text):
                found.append((text, source))
    return found


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def visible_texts(root: QWidget) -> list[str]:
    """Every text a reader can see or a screen reader says in `root`: labels, buttons,
    placeholders, tabs, list entries, tooltips and accessible names, window title."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            texts.append(_plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
    return [text for text in texts if text and text.strip()]
