"""Qt's own floor for the work the viewer does, as stand-alone programs for the benchmarks.

Each floor program uses stock Qt only (no viewer code, no Markdown, no sanitizer) on the
same text the viewer shows, which the benchmark exports once, beforehand, with the
viewer's own loader and renderer (`export_texts`). The ratio of the viewer's time to a
floor's is then the viewer's overhead, not Qt's.

  STOCK_WINDOW   the window: the sections' text in a QTextBrowser, every warning in a
                 second QTextBrowser, the contents in a QListWidget, a footer QLabel;
                 quit after the first paint.
  PDF_DOCUMENT   the handout: a QTextDocument holding the same text laid out on A4 by
                 QPdfWriter, written to the file named by argv[2].
"""

from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def export_texts(
    target: Path, article_id: str = "clonazepam-depresi", language: str | None = None
) -> None:
    """Write the article's shown text (title, summary, sections, warnings, terms) as JSON;
    in its variant in `language` where it has one."""
    sys.path.insert(0, str(REPO / "src"))
    from viewer.content.loader import load_library
    from viewer.content.render import render_article

    library = load_library(REPO / "content")
    article = library.article(article_id, language)
    if article is None:
        raise SystemExit(f"no article {article_id}: {library.problems}")
    rendered = render_article(article, library.glossary_in(article.meta.language), "119")
    texts = {
        "title": article.meta.title,
        "summary": rendered.summary_html,
        "sections": [[s.heading, s.html] for s in rendered.sections],
        "warnings": [[r.item.level.value, r.plain_text, r.item.source] for r in rendered.risks],
        "terms": [[t.term, t.definition] for t in rendered.terms_used],
        "footer": "Informasi ini tidak menggantikan nasihat dokter atau apoteker. "
        "Keadaan darurat? Telepon 119",
    }
    target.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, {cpu}"


# Both windows quit after their first paint, which this event filter sees.
FIRST_PAINT = """
class FirstPaint(QObject):
    def __init__(self, app):
        super().__init__()
        self.app = app
        self.painted = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.app.quit)
        return False
"""

BARE_WINDOW = '''\
"""A bare PySide6 window: a QLabel, shown, quit after its first paint."""
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
# FIRST_PAINT

app = QApplication(sys.argv[:1])
label = QLabel("Informasi Obat untuk Pasien")
probe = FirstPaint(app)
label.installEventFilter(probe)
label.resize(1280, 820)
label.show()
QTimer.singleShot(10_000, app.quit)
app.exec()
print("bare OK" if probe.painted else "bare: no paint")
sys.exit(0 if probe.painted else 1)
'''.replace("# FIRST_PAINT", FIRST_PAINT)

STOCK_WINDOW = '''\
"""Stock widgets showing the article's text; quit after the first paint."""
import html
import json
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QTextBrowser, QVBoxLayout, QWidget,
)

texts = json.loads(open(sys.argv[1], encoding="utf-8").read())

# FIRST_PAINT

app = QApplication(sys.argv[:1])
window = QWidget()
row = QHBoxLayout()
contents = QListWidget()
contents.addItems(["Ringkasan"] + [heading for heading, _ in texts["sections"]])
article = QTextBrowser()
article.setHtml(
    f"<h1>{html.escape(texts['title'])}</h1><p>{texts['summary']}</p>"
    + "".join(f"<h2>{html.escape(h)}</h2>{body}" for h, body in texts["sections"])
)
warnings = QTextBrowser()
warnings.setHtml("".join(
    f"<p><b>{level.upper()}</b> {html.escape(text)}<br><i>{html.escape(source)}</i></p>"
    for level, text, source in texts["warnings"]
))
row.addWidget(contents, 1)
row.addWidget(article, 3)
row.addWidget(warnings, 2)
column = QVBoxLayout(window)
column.addLayout(row)
column.addWidget(QLabel(texts["footer"]))
probe = FirstPaint(app)
window.installEventFilter(probe)
window.resize(1280, 820)
window.show()
QTimer.singleShot(10_000, app.quit)
app.exec()
print("stock OK" if probe.painted else "stock: no paint")
sys.exit(0 if probe.painted else 1)
'''.replace("# FIRST_PAINT", FIRST_PAINT)

PDF_DOCUMENT = '''\
"""A QTextDocument with the handout's text, laid out on A4 by QPdfWriter."""
import html
import json
import sys

from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtCore import QMarginsF

texts = json.loads(open(sys.argv[1], encoding="utf-8").read())
app = QGuiApplication(sys.argv[:1])
writer = QPdfWriter(sys.argv[2])
writer.setPageLayout(QPageLayout(
    QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
    QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter,
))
writer.setTitle(texts["title"])
document = QTextDocument()
document.setHtml(
    f"<h1>{html.escape(texts['title'])}</h1><p>{texts['summary']}</p>"
    + "".join(
        f"<p><b>{level.upper()}</b> {html.escape(text)}<br><i>{html.escape(source)}</i></p>"
        for level, text, source in texts["warnings"]
    )
    + "".join(f"<h2>{html.escape(h)}</h2>{body}" for h, body in texts["sections"])
    + "".join(f"<p><b>{html.escape(t)}</b>: {html.escape(d)}</p>" for t, d in texts["terms"])
)
document.print_(writer)
print(f"pdf OK {document.pageCount()} pages")
'''
