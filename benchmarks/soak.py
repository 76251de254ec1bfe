"""Soak: a long day at a kiosk and at a health worker's laptop, in one process.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/soak.py [--actions 10000]
        [--resets 500] [--seed 1] [--check]

The desktop window, on two articles, takes `--actions` random actions a reader takes
(switch article, open and close sections, all of them, zoom in and out, tap a glossary
term, follow the contents, filter the glossary, reset); then a kiosk window is reset
for the next reader `--resets` times after a reader's actions. Between actions the
event loop runs and deferred deletions happen, as between two taps.

Measured after a warm-up (the first 5% of actions, which fill caches): Python objects
(gc.get_objects after a collection), live widgets, and resident memory (VmRSS). Prints
the growth of each; with --check, exits 1 when objects grow by more than 2% or RSS by
more than 15 MB over the run (a leak of a few objects per action shows as thousands).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
SECOND_ARTICLE = """+++
id = "b-kedua"
title = "Artikel kedua"
language = "id"
summary = "Ringkasan tentang kejang dan alkohol."
source = "Klinik"
last_reviewed = 2026-01-01
next_review = 2027-01-01
reviewer = "dr. Contoh"
+++

## Satu

Teks tentang kejang, dosis dan alkohol.

::: peringatan
Jangan minum alkohol.
Sumber: artikel
:::

## Dua

Teks kedua tentang efek samping.
"""


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def settle(window) -> tuple[int, int, float]:
    """The counts with `window` in one comparable state: the first article, just shown."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    box = window.toolbar.articles
    for index in (1, 0):  # switching builds the article's widgets afresh
        box.setCurrentIndex(index % box.count())
        settle_events()
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return len(gc.get_objects()), len(QApplication.allWidgets()), rss_mb()


def reader_actions(window, rng: random.Random, count: int) -> None:
    """`count` random things a reader does to `window`."""
    from PySide6.QtCore import QPoint

    sections = window.article_view.sections
    for _ in range(count):
        action = rng.randrange(9)
        if action == 0 and window.toolbar.articles.count() > 1:
            box = window.toolbar.articles
            box.setCurrentIndex((box.currentIndex() + 1) % box.count())
            sections = window.article_view.sections
        elif action == 1 and sections:
            section = rng.choice(sections)
            section.set_open(not section.is_open)
        elif action == 2:
            window.article_view.open_all()
        elif action == 3:
            window.article_view.close_all()
        elif action == 4:
            window.zoom.zoom_in()
        elif action == 5:
            window.zoom.zoom_out()
        elif action == 6 and window.current and window.current.terms_used:
            term = rng.choice(window.current.terms_used)
            window.follow_link(f"term:{term.key}", window.mapToGlobal(QPoint(200, 200)))
        elif action == 7 and window.current:
            window.go_to_section(rng.choice(window.current.sections).id)
        else:
            window.glossary_panel.filter.setText(rng.choice(["", "ke", "do", "al"]))
        settle_events()


def settle_events() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def report(name: str, before: tuple[int, int, float], after: tuple[int, int, float]) -> bool:
    objects = after[0] - before[0]
    widgets = after[1] - before[1]
    rss = after[2] - before[2]
    ok = objects <= before[0] * 0.02 and rss <= 15 and widgets <= 0
    print(
        f"{name:8} objects {before[0]} -> {after[0]} ({objects:+d}), widgets {before[1]} -> "
        f"{after[1]} ({widgets:+d}), RSS {before[2]:.0f} -> {after[2]:.0f} MB ({rss:+.1f})"
        f"  {'ok' if ok else 'GROWTH'}"
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--resets", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from viewer.clinic_settings import ClinicSettings
    from viewer.content.loader import load_library
    from viewer.kiosk.mode import KioskOptions, kiosk_mode, open_kiosk_window
    from viewer.ui.app import route_qt_messages, setup_application
    from viewer.ui.main_window import MainWindow
    from viewer.ui.zoom import Zoom

    route_qt_messages()  # Qt's benign offscreen notes go to logging, not the report
    app = QApplication(sys.argv[:1])
    setup_application(app)
    rng = random.Random(args.seed)
    today = dt.date(2026, 11, 29)
    ok = True
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        content = Path(tmp)
        for name in ("clonazepam-depresi.md", "glossary.md"):
            shutil.copy(REPO / "content" / name, content)
        (content / "b-kedua.md").write_text(SECOND_ARTICLE, encoding="utf-8")
        library = load_library(content)
        print(f"soak, {dt.date.today()}, seed {args.seed}, {len(library.articles)} articles")

        window = MainWindow(library, ClinicSettings(), Zoom(), today)
        window.resize(1366, 768)
        window.show()
        warm = max(1, args.actions // 20)
        reader_actions(window, rng, warm)
        before = settle(window)
        reader_actions(window, rng, args.actions - warm)
        ok &= report("window", before, settle(window))
        window.close()
        window.deleteLater()

        kiosk = open_kiosk_window(
            library, ClinicSettings(), Zoom(), KioskOptions(pin_hash="x"), today
        )
        mode = kiosk_mode(kiosk)
        kiosk.resize(1080, 1920)
        kiosk.show()
        for _ in range(5):
            reader_actions(kiosk, rng, 10)
            mode.reset_for_next_reader()
        before = settle(kiosk)
        for _ in range(args.resets):
            reader_actions(kiosk, rng, 10)
            mode.reset_for_next_reader()
        ok &= report("kiosk", before, settle(kiosk))
        mode.release()
        kiosk.close()
        kiosk.deleteLater()
        settle_events()
    app.quit()
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
