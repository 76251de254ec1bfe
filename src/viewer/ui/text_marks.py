"""Finding words in a section's text the way search folds them (case and accents), and
marking them with extra selections, which colour the text without changing it."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from viewer.ui.theme import current_scheme

# The theme's marks (palette: mark_bg, mark_current_bg, mark_text): in light, yellow as
# a highlighter pen with dark text on it (16:1); the current find match in orange with an
# underline, so it differs by more than a shade of colour.


def fold(text: str) -> tuple[str, list[int]]:
    """`text` casefolded without accents, and for each folded character the index of
    the character of `text` it came from (so a match maps back to the original)."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        for out in plain.casefold():
            folded.append(out)
            origin.append(index)
    return "".join(folded), origin


def find_spans(text: str, needles: Iterable[str], *, word_start: bool) -> list[tuple[int, int]]:
    """(start, end) in `text` of every occurrence of a folded needle; with `word_start`
    only where a word begins (search's words are word prefixes), in text order."""
    folded, origin = fold(text)
    spans: set[tuple[int, int]] = set()
    for needle in needles:
        needle = fold(needle)[0].strip()
        if not needle:
            continue
        at = folded.find(needle)
        while at >= 0:
            if not word_start or at == 0 or not folded[at - 1].isalnum():
                end = origin[at + len(needle) - 1] + 1
                spans.add((origin[at], end))
            at = folded.find(needle, at + 1)
    return sorted(spans)


def mark(
    browser: QTextEdit, spans: Iterable[tuple[int, int]], current: tuple[int, int] | None = None
) -> None:
    """Colour `spans` of the browser's text (and `current` more strongly); none: clear."""
    colours = current_scheme()
    marked, current_mark = QColor(colours.mark_bg), QColor(colours.mark_current_bg)
    text = QColor(colours.mark_text)
    selections = []
    for start, end in spans:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(browser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        char_format = QTextCharFormat()
        is_current = (start, end) == current
        char_format.setBackground(current_mark if is_current else marked)
        char_format.setForeground(text)
        if is_current:
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        selection.format = char_format
        selections.append(selection)
    browser.setExtraSelections(selections)
