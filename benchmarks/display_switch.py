"""How long a reader waits when switching the colours or the language, against Qt's floor.

    .venv/bin/python benchmarks/display_switch.py [-n 5]

Each round starts two fresh processes, one after the other (interleaved, so a shared
machine that slows down moves both):

  viewer  the real window on the clonazepam article (1366x768, offscreen), every section
          open; times MainWindow's own switches: light -> dark -> high contrast -> light,
          and Indonesian -> English -> Indonesian (the article shown again in its variant).
  floor   stock Qt showing the same text (benchmarks/floors.py's export: the sections in a
          QTextBrowser, a QLabel and a QPushButton per warning and heading); the same
          three style sheets and palettes set on the application (Qt's own cost of
          re-polishing), and for the language the catalogue installed, every label set
          again and the English article's text put in the browser.

Each switch is timed until Qt has handled what it posted (processEvents, then the
deferred deletes). Prints the per-switch medians over the rounds and the paired ratio of
the viewer to the floor: the viewer's overhead over Qt's own work.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from floors import export_texts, machine  # noqa: E402
from startup import load_average, paired_ratio  # noqa: E402

THEMES = ("dark", "high-contrast", "light")
LANGUAGES = ("en", "id")

# Shared by both programs: time a switch until Qt has handled what it posted.
TIMING = """
import time
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

def timed(app, switch):
    started = time.perf_counter()
    switch()
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return (time.perf_counter() - started) * 1000
"""

VIEWER = (
    TIMING
    + """
import json, sys
from PySide6.QtTest import QTest
from viewer.clinic_settings import ClinicSettings
from viewer.content.loader import load_library
from viewer.ui.app import setup_application
from viewer.ui.main_window import MainWindow
from viewer.ui.zoom import Zoom

app = QApplication([])
setup_application(app, language="id", theme="light")
from pathlib import Path
window = MainWindow(
    load_library(Path(sys.argv[1])), ClinicSettings(), Zoom(), start="clonazepam-depresi"
)
window.resize(1366, 768)
window.show()
QTest.qWaitForWindowExposed(window)
window.article_view.open_all()
app.processEvents()
choices = window.display_choices
out = {}
for theme in %(themes)r:
    out["theme " + theme] = timed(app, lambda: choices.choose_theme(theme))
for language in %(languages)r:
    out["language " + language] = timed(app, lambda: choices.choose_language(language))
print(json.dumps(out))
"""
)

FLOOR = (
    TIMING
    + """
import json, sys
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QLabel, QMainWindow, QPushButton, QScrollArea, QTextBrowser, QVBoxLayout, QWidget,
)

texts = {name: json.loads(open(path, encoding="utf-8").read())
         for name, path in (("id", sys.argv[1]), ("en", sys.argv[2]))}
sheets = json.loads(open(sys.argv[3], encoding="utf-8").read())
app = QApplication([])
app.setStyleSheet(sheets["light"][0])
window = QMainWindow()
page = QWidget()
layout = QVBoxLayout(page)
labels = []
def fill(language):
    shown = texts[language]
    words = [shown["title"]] + [h for h, _ in shown["sections"]] + [w[1] for w in shown["warnings"]]
    return words, "".join(html for _h, html in shown["sections"])
words, html = fill("id")
for word in words:
    label = QLabel(word)
    label.setWordWrap(True)
    layout.addWidget(label)
    button = QPushButton(word[:40])
    layout.addWidget(button)
    labels.append((label, button))
browser = QTextBrowser()
browser.setHtml(html)
layout.addWidget(browser)
area = QScrollArea()
area.setWidgetResizable(True)
area.setWidget(page)
window.setCentralWidget(area)
window.resize(1366, 768)
window.show()
QTest.qWaitForWindowExposed(window)
app.processEvents()
translator = QTranslator()
translator.load(sys.argv[4])

def theme(name):
    sheet, colours = sheets[name]
    palette = QPalette(QColor(colours[0]), QColor(colours[1]))
    app.setPalette(palette)
    app.setStyleSheet(sheet)

def language(name):
    if name == "en":
        app.installTranslator(translator)
    else:
        app.removeTranslator(translator)
    words, html = fill(name)
    for word, (label, button) in zip(words, labels):
        label.setText(word)
        button.setText(word[:40])
    browser.setHtml(html)

out = {}
for name in %(themes)r:
    out["theme " + name] = timed(app, lambda: theme(name))
for name in %(languages)r:
    out["language " + name] = timed(app, lambda: language(name))
print(json.dumps(out))
"""
)


def _export_sheets(target: Path) -> None:
    """The application's style sheet in each theme, and the palette's two base colours."""
    sys.path.insert(0, str(REPO / "src"))
    from viewer.presentation.palette import Theme, scheme
    from viewer.ui.theme import base_stylesheet

    sheets = {
        theme.value: [base_stylesheet(theme), [scheme(theme).button_bg, scheme(theme).page_bg]]
        for theme in Theme
    }
    target.write_text(json.dumps(sheets), encoding="utf-8")


def _run(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    if result.returncode != 0:
        raise SystemExit(f"a benchmark process failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--rounds", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    from viewer import i18n, translations

    catalogue = translations.ensure_compiled("en", prefix=i18n.CATALOGUE_PREFIX)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        export_texts(scratch / "id.json")
        export_texts(scratch / "en.json", language="en")
        _export_sheets(scratch / "sheets.json")
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PATIENT_VIEWER_SPEECH_ENGINE": "mock",
            "HOME": str(scratch),
            "XDG_CONFIG_HOME": str(scratch / "config"),
            "XDG_CACHE_HOME": str(scratch / "cache"),
            "PYTHONPATH": str(REPO / "src"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        fill = {"themes": THEMES, "languages": LANGUAGES}
        viewer_args = [str(REPO / "content")]
        floor_args = [
            str(scratch / "id.json"),
            str(scratch / "en.json"),
            str(scratch / "sheets.json"),
            str(catalogue),
        ]
        _run(VIEWER % fill, viewer_args, env)  # warm the content cache and the disk
        viewer, floor = [], []
        for _ in range(args.rounds):
            viewer.append(_run(VIEWER % fill, viewer_args, env))
            floor.append(_run(FLOOR % fill, floor_args, env))
    print(f"{machine()}; load {load_average()}; {args.rounds} rounds")
    print(f"{'switch':<26}{'viewer ms':>10}{'floor ms':>10}{'ratio':>8}")
    for key in viewer[0]:
        ours = [round_[key] for round_ in viewer]
        base = [round_[key] for round_ in floor]
        print(
            f"{key:<26}{statistics.median(ours):>10.0f}{statistics.median(base):>10.0f}"
            f"{paired_ratio(ours, base):>7.2f}x"
        )


if __name__ == "__main__":
    main()
