"""Keep-with-next, keep-together and orphan control on small pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QTextBlock, QTextDocument, QTextFormat

from viewer.handout.document import KEEP_TOGETHER
from viewer.handout.paginate import paginate

pytestmark = pytest.mark.usefixtures("qapp")  # fonts need a QGuiApplication

PAGE = QSizeF(320, 240)
FILLER = "<p>Baris pengisi.</p>"
LONG = " ".join(["kata panjang sekali"] * 30)  # several lines at this page width


def make(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(QFont("Noto Sans", 10))
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(PAGE)
    document.pageCount()
    return document


def find(document: QTextDocument, start: str) -> QTextBlock:
    block = document.begin()
    while block.isValid():
        if block.text().startswith(start):
            return block
        block = block.next()
    raise AssertionError(start)


def line_pages(document: QTextDocument, block: QTextBlock) -> list[int]:
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    height = document.pageSize().height()
    return [int((top + layout.lineAt(i).y()) // height) for i in range(layout.lineCount())]


def breaks_before(block: QTextBlock) -> bool:
    policy = block.blockFormat().pageBreakPolicy()
    return bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def first_layout_where(build, bad) -> QTextDocument:
    """The first filler count whose plain layout shows the problem `bad` looks for."""
    for fillers in range(40):
        document = make(build(FILLER * fillers))
        if bad(document):
            return document
    pytest.fail("no filler count produced the situation under test")


def test_a_heading_is_never_last_on_a_page():
    def build(fill: str) -> str:
        return f"{fill}<h2>Judul bagian</h2><p>{LONG}</p>"

    def heading_cut_off(document: QTextDocument) -> bool:
        heading = line_pages(document, find(document, "Judul"))[0]
        text = line_pages(document, find(document, "kata"))
        return heading == 0 and text[1] == 1  # at most one line of text follows on page 1

    document = first_layout_where(build, heading_cut_off)
    paginate(document)
    heading = find(document, "Judul")
    text = line_pages(document, find(document, "kata"))
    assert breaks_before(heading)
    assert line_pages(document, heading) == [1]
    assert text[:2] == [1, 1]


def test_a_short_keep_together_block_is_not_split():
    item = f'<p style="-qt-user-state: {KEEP_TOGETHER};">{" ".join(["risiko"] * 25)}</p>'

    def build(fill: str) -> str:
        return f"{fill}{item}<p>Akhir.</p>"

    def split(document: QTextDocument) -> bool:
        return len(set(line_pages(document, find(document, "risiko")))) > 1

    document = first_layout_where(build, split)
    paginate(document)
    assert set(line_pages(document, find(document, "risiko"))) == {1}


def test_no_first_line_left_alone_at_the_bottom():
    def build(fill: str) -> str:
        return f"{fill}<p>{LONG}</p>"

    def orphan(document: QTextDocument) -> bool:
        pages = line_pages(document, find(document, "kata"))
        return pages[0] == 0 and pages[1] == 1

    document = first_layout_where(build, orphan)
    paginate(document)
    pages = line_pages(document, find(document, "kata"))
    assert pages[0] == pages[1] == 1


def test_a_heading_already_first_on_its_page_is_left_alone():
    # Heading at the top of page 1 followed by text longer than a page: nothing can help,
    # and pagination must settle instead of pushing the heading on and on.
    document = make(f"<h2>Judul</h2><p>{LONG} {LONG} {LONG}</p>")
    pages = paginate(document)
    assert pages >= 2
    assert not breaks_before(find(document, "Judul"))


def test_a_tall_keep_together_block_may_split():
    tall = " ".join(["risiko"] * 200)  # far more than half a page
    document = make(f'{FILLER}<p style="-qt-user-state: {KEEP_TOGETHER};">{tall}</p>')
    paginate(document)
    assert not breaks_before(find(document, "risiko"))


def test_a_heading_goes_with_a_keep_together_block_it_heads():
    """A split keep-together block under a heading moves with the heading, in one break:
    not the block first and the heading after it, which left a page with only the
    heading on it (the handout's first PERINGATAN item did that)."""
    item = f'<p style="-qt-user-state: {KEEP_TOGETHER};">{" ".join(["risiko"] * 25)}</p>'

    def build(fill: str) -> str:
        return f"{fill}<h3>Judul kelompok</h3>{item}<p>Akhir.</p>"

    def split_below_its_heading(document: QTextDocument) -> bool:
        heading = line_pages(document, find(document, "Judul"))[0]
        text = line_pages(document, find(document, "risiko"))
        # Two or more lines stay with the heading: only the item's own rule is broken.
        return heading == 0 and text[:2] == [0, 0] and text[-1] == 1

    document = first_layout_where(build, split_below_its_heading)
    pages = paginate(document)
    heading = find(document, "Judul")
    assert breaks_before(heading)
    assert not breaks_before(find(document, "risiko"))
    assert line_pages(document, heading) == [1]
    assert set(line_pages(document, find(document, "risiko"))) == {1}
    assert pages == 2
