"""Switching articles again and again leaves nothing behind.

The window used to keep the Python wrapper of every widget Qt made inside a section's
text (its viewport, scroll bars and their holders) on each switch: five per switch with
the sections closed, 35 with all open (1,750 over this test's 50 switches; none now).
apply_zoom asked the window for `findChildren(QWidget)`, and PySide makes the object
asked the Python owner of every wrapper it returns; so the window held them for good,
dead, after Qt deleted the widgets (see viewer/ui/widget_tree.py). They were held, not
garbage: the collector being on or off (`__main__` turns it off for start-up) made no
difference, and gc.collect() below is only there to count what is really left.
"""

from __future__ import annotations

import gc
import shutil

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from support import CONTENT, write_article

SWITCHES = 50  # ~2.5 s: each switch builds the whole clonazepam article
SECOND = """
## Satu

Teks tentang kejang dan alkohol.

::: peringatan
Jangan minum alkohol.
Sumber: artikel
:::

## Dua

Teks kedua.
"""


def delete_later_now() -> None:
    """What the event loop does between two taps: delete what `deleteLater` marked.

    Only that: laying out and painting every switch would triple the test's time.
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def counts() -> tuple[int, int]:
    QCoreApplication.processEvents()
    delete_later_now()
    gc.collect()
    # Widgets first: wrapping Qt's own widgets for the first time makes PySide create
    # their classes, which would otherwise count as growth between the two counts.
    widgets = len(QApplication.allWidgets())
    return len(gc.get_objects()), widgets


def test_switching_articles_with_every_section_open_does_not_grow(make_window, tmp_path):
    for name in ("clonazepam-depresi.md", "glossary.md"):
        shutil.copy(CONTENT / name, tmp_path / name)
    write_article(tmp_path, SECOND, name="zz-contoh")
    window = make_window(tmp_path)
    ids = ["clonazepam-depresi", "zz-contoh"]
    window.open_article(ids[0])

    def switch(times: int) -> None:
        # From the home screen, as a reader does; each article keeps its open sections.
        for _ in range(times):
            other = ids[1 - ids.index(window.current.article.meta.id)]
            window.navigator.open_home()
            window.open_article(other)
            window.article_view.open_all()
            delete_later_now()
        # The way back grows by design (bounded: history.MAX_STOPS); not what is counted.
        window.navigator.history.clear()

    switch(4)  # first-use caches (rendered articles, icons, Qt's own) fill here
    objects_before, widgets_before = counts()
    switch(SWITCHES)
    objects_after, widgets_after = counts()
    assert window.current.article.meta.id == "clonazepam-depresi"
    assert all(section.is_open for section in window.article_view.sections)
    # Before the fix: 1,750 more objects (35 per switch); after it: none.
    assert objects_after - objects_before < 100
    assert widgets_after - widgets_before <= 0
