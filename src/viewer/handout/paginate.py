"""Page breaks QTextDocument does not make itself: keep-with-next and keep-together.

Qt's rich text knows no `page-break-after: avoid`, so after each layout this looks for
the first place where a page ends badly, gives that block a page break before it, lets
Qt lay the document out again, and carries on from there:

- a heading (or a block marked KEEP_WITH_NEXT) must share its page with at least the
  first two lines of the text that follows it;
- a block marked KEEP_TOGETHER (a risk item, a glossary entry) is not split;
- a paragraph does not leave its first line alone at the bottom of a page;
- a block that must move takes the headings just above it along.

A block that already starts its page is never moved: moving it cannot help.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from viewer.handout.document import KEEP_TOGETHER, KEEP_WITH_NEXT

log = logging.getLogger(__name__)
MAX_PASSES = 200  # far more than any handout needs; a guard against a layout that flips
FOLLOWING_LINES = 2  # lines of text a heading keeps with it
KEEP_TOGETHER_MAX_SHARE = 0.5  # a "short" block is at most half a page tall


@dataclass(frozen=True)
class BlockSpan:
    """Where a block's lines ended up, in document coordinates."""

    block: QTextBlock
    line_tops: tuple[float, ...]
    line_bottoms: tuple[float, ...]

    @property
    def top(self) -> float:
        return self.line_tops[0]

    @property
    def bottom(self) -> float:
        return self.line_bottoms[-1]


def _span(document_layout: QAbstractTextDocumentLayout, block: QTextBlock) -> BlockSpan | None:
    layout = block.layout()
    count = layout.lineCount() if layout is not None else 0
    if count == 0 or not block.text().strip():
        return None
    top = document_layout.blockBoundingRect(block).top()
    tops: list[float] = []
    bottoms: list[float] = []
    for index in range(count):
        line = layout.lineAt(index)
        line_top = top + line.y()
        tops.append(line_top)
        bottoms.append(line_top + line.height())
    return BlockSpan(block, tuple(tops), tuple(bottoms))


def _spans(document: QTextDocument, start: QTextBlock | None = None) -> Iterator[BlockSpan]:
    # One layout object for the walk: asking the document for it costs a binding call.
    document_layout = document.documentLayout()
    block = start if start is not None else document.begin()
    while block.isValid():
        span = _span(document_layout, block)
        if span is not None:
            yield span
        block = block.next()


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0 or block.userState() == KEEP_WITH_NEXT


class _Pages:
    def __init__(self, page_height: float) -> None:
        self.height = page_height

    def of(self, y: float) -> int:
        return int(y // self.height)

    def of_bottom(self, y: float) -> int:
        # A line that ends exactly on the page edge is still on that page.
        return int((y - 0.01) // self.height)


def _bad_break(
    previous: BlockSpan | None, span: BlockSpan, following: BlockSpan | None, pages: _Pages
) -> bool:
    """True when `span` should start on a new page."""
    if previous is None or pages.of_bottom(previous.bottom) != pages.of(span.top):
        return False  # already first on its page
    first_page = pages.of(span.top)
    block = span.block
    if _is_heading(block) and following is not None:
        keep = following.line_bottoms[:FOLLOWING_LINES][-1]
        if pages.of_bottom(keep) != first_page:
            return True
    if pages.of_bottom(span.bottom) == first_page:
        return False  # the block is not split at all
    if block.userState() == KEEP_TOGETHER:
        return span.bottom - span.top <= pages.height * KEEP_TOGETHER_MAX_SHARE
    # Orphan: only the first line of a paragraph is left at the bottom of the page.
    return len(span.line_tops) > 1 and pages.of(span.line_tops[1]) != first_page


def _starts_page(spans: list[BlockSpan], index: int, pages: _Pages) -> bool:
    return index == 0 or pages.of_bottom(spans[index - 1].bottom) != pages.of(spans[index].top)


def _with_its_headings(spans: list[BlockSpan], index: int, pages: _Pages) -> BlockSpan:
    """The block to break before: `spans[index]`, or the headings just above it on its
    page, which must go with it. Breaking before the block alone would leave them behind,
    and the next pass would then break before them too: a page holding nothing but the
    headings, and the block pushed on to the page after."""
    page = pages.of(spans[index].top)
    start = index
    while start > 0 and _is_heading(spans[start - 1].block):
        if pages.of(spans[start - 1].top) != page:
            break
        start -= 1
    if start < index and _starts_page(spans, start, pages):
        return spans[index]  # the headings already top their page: moving them cannot help
    return spans[start]


def _first_bad_break(
    document: QTextDocument, pages: _Pages, start: QTextBlock | None = None
) -> QTextBlock | None:
    """The first block from `start` on (default: the first) that must begin a page."""
    spans = list(_spans(document, start))
    for index, span in enumerate(spans):
        previous = spans[index - 1] if index else None
        following = spans[index + 1] if index + 1 < len(spans) else None
        if _bad_break(previous, span, following, pages):
            return _with_its_headings(spans, index, pages).block
    return None


def _break_before(block: QTextBlock) -> bool:
    fmt = block.blockFormat()
    if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return False  # already breaks: asking again would loop
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    # As CSS does at an unforced break: no space above the first line of a page.
    fmt.setTopMargin(0)
    QTextCursor(block).setBlockFormat(fmt)
    return True


def paginate(document: QTextDocument) -> int:
    """Apply the page-break rules to a document with a page size; returns the page count."""
    pages = _Pages(document.pageSize().height())
    start: QTextBlock | None = None
    for _ in range(MAX_PASSES):
        document.pageCount()  # finishes the layout
        block = _first_bad_break(document, pages, start)
        if block is None or not _break_before(block):
            break
        log.debug("page break before block %d: %r", block.blockNumber(), block.text()[:40])
        # A break changes nothing above it, and the block it moved takes its headings
        # along, so nothing above can have become a bad break: the next pass starts at
        # the block moved (the span before it is only its `previous`).
        start = block
    else:
        log.warning("pagination did not settle after %d passes", MAX_PASSES)
    return content_page_count(document)


def content_page_count(document: QTextDocument) -> int:
    """Pages up to the last line of text.

    QTextDocument.pageCount() also counts a page that holds nothing but the last
    block's bottom margin or the document margin: a blank last page on paper.
    """
    pages = _Pages(document.pageSize().height())
    document_layout = document.documentLayout()
    block = document.lastBlock()
    while block.isValid():
        span = _span(document_layout, block)
        if span is not None:
            return min(document.pageCount(), pages.of_bottom(span.bottom) + 1)
        block = block.previous()
    return document.pageCount()
