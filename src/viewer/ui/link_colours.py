"""The colours of links in rich text, from the theme.

Qt gives a link its colour when the text is parsed (from the document's default style
sheet, else the palette's link colour) and keeps it. So a text parsed in one theme is
recoloured in place when the theme changes, rather than parsed again: that keeps its
find and read-aloud marks, its selection and the reader's place.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from viewer.content.sanitize import TERM_SCHEME
from viewer.presentation.palette import Scheme


def document_css(colours: Scheme) -> str:
    """The rich-text style sheet of the article's text: glossary terms underlined, not
    blue links, so the article does not look like a web page full of links."""
    return (
        f"a.term {{ color: {colours.term_text}; text-decoration: underline; }}\n"
        f"a {{ color: {colours.link_text}; }}\n"
        "p { margin-top: 0; margin-bottom: 0.6em; line-height: 140%; }\n"
    )


def recolour_links(document: QTextDocument, link: str, term: str | None = None) -> None:
    """Give every link in `document` the colour `link`, glossary terms `term` (when
    given). Only the colour changes: the text, its layout and any marks stay."""
    spans: list[tuple[int, int, str]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            char_format = fragment.charFormat()
            if char_format.isAnchor():
                is_term = char_format.anchorHref().startswith(f"{TERM_SCHEME}:")
                colour = term if term is not None and is_term else link
                spans.append((fragment.position(), fragment.length(), colour))
            fragments += 1
        block = block.next()
    if not spans:
        return
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for start, length, colour in spans:
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        coloured = QTextCharFormat()
        coloured.setForeground(QColor(colour))
        cursor.mergeCharFormat(coloured)
    cursor.endEditBlock()
