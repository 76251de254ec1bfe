"""Weeks of readers: resetting the kiosk again and again leaves nothing behind.

Each reset used to keep the Python wrapper of every text browser in the window
(`findChildren` ties them to the window); a zoom step did the same for every widget.
"""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from kiosk_support import PIN_HASH
from support import CONTENT, write_article
from viewer.clinic_settings import ClinicSettings
from viewer.content.loader import load_library
from viewer.kiosk.mode import KioskOptions, open_kiosk_window
from viewer.ui.zoom import Zoom

RESETS = 8


def counts() -> tuple[int, int]:
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return len(gc.get_objects()), len(QApplication.allWidgets())


def a_reader(kiosk) -> None:
    # A reader picks an article on the home screen (the kiosk builds its sections afresh),
    # opens everything, makes the text bigger and taps a term; then the kiosk resets.
    kiosk.home.cards()[1].click()
    kiosk.article_view.open_all()
    kiosk.zoom.zoom_in()
    kiosk.follow_link("term:kejang", kiosk.mapToGlobal(kiosk.rect().center()))
    kiosk.mode.reset_for_next_reader()


def test_resets_for_many_readers_leave_no_objects_behind(qtbot, tmp_path: Path):
    shutil.copy(CONTENT / "clonazepam-depresi.md", tmp_path)
    shutil.copy(CONTENT / "glossary.md", tmp_path)
    write_article(tmp_path, "\n## Satu\n\nTentang kejang.\n\n## Dua\n\nLagi.\n", name="z-kedua")
    kiosk = open_kiosk_window(
        load_library(tmp_path), ClinicSettings(), Zoom(), KioskOptions(pin_hash=PIN_HASH)
    )
    qtbot.addWidget(kiosk, before_close_func=lambda w: w.mode.release())
    kiosk.show()
    for _ in range(3):  # caches and lazily made section bodies fill on first use
        a_reader(kiosk)
    # The search index is built in a worker after the first paint, with its own imports
    # and caches: done before counting, or its growth would count as the readers'.
    assert kiosk.search.library_index.wait(30)
    objects, widgets = counts()
    for _ in range(RESETS):
        a_reader(kiosk)
    after_objects, after_widgets = counts()
    # The old code kept about 20 wrappers a reset (160 here); a few come and go with caches.
    assert after_objects - objects < 80, (objects, after_objects)
    assert after_widgets == widgets
