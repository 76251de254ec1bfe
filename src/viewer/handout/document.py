"""The handout as one HTML document, built from the RenderedArticle (no second Markdown parse).

The same HTML is laid out by QTextDocument for the PDF and the printer, and can be given
to a browser (the benchmark does). It uses only the CSS subset Qt's rich text supports;
`-qt-user-state` marks blocks for the pagination pass and is ignored by browsers.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from viewer.clinic_settings import ClinicSettings
from viewer.content.model import Level
from viewer.content.render import RenderedArticle, is_external
from viewer.presentation.levels import level_hint, level_word, style
from viewer.presentation.review import overdue_notice, review_line
from viewer.presentation.wording import (
    disclaimer,
    emergency_line,
    source_label,
    warnings_heading,
)

FONT_FAMILY = "Noto Sans"
BODY_POINT_SIZE = 11.0  # large enough for older readers, small enough for 2-5 A4 pages

# Block user states the paginator acts on (set through `-qt-user-state` in the CSS).
KEEP_WITH_NEXT = 1  # besides every heading: never the last thing on a page
KEEP_TOGETHER = 2  # a short block (risk item, glossary entry) is never split over pages

# Each level's mark in the HTML is a plain character a browser can show; the Qt document
# swaps it for an em space and paints the window's icon there (see level_marks: the
# bundled font has none of these glyphs).
LEVEL_MARKS = {Level.URGENT: "\u25a0", Level.WARNING: "\u25b2", Level.CAUTION: "\u25cf"}
# Our marks are tagged with this (non-existent) font family, so that the same character
# typed by an author in the article stays the author's character.
MARK_FONT = "patient-viewer-level-mark"


def mark_html(level: Level) -> str:
    return f"<span style=\"font-family: '{MARK_FONT}', sans-serif;\">{LEVEL_MARKS[level]}</span>"


STYLE_SHEET = f"""
body {{ font-family: '{FONT_FAMILY}'; font-size: {BODY_POINT_SIZE:g}pt; color: #000000; }}
p {{ margin-top: 0px; margin-bottom: 8px; line-height: 125%; }}
li {{ margin-bottom: 3px; line-height: 125%; }}
a {{ color: #000000; text-decoration: underline; }}
h1 {{ font-size: 20pt; font-weight: bold; margin-top: 0px; margin-bottom: 8px; }}
h2 {{ font-size: 14pt; font-weight: bold; margin-top: 18px; margin-bottom: 6px; }}
h3 {{ font-size: 12pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }}
h4, h5, h6 {{ font-size: 11pt; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }}
p.clinic {{ font-size: 10pt; font-weight: bold; color: #333333; margin-bottom: 4px;
           -qt-user-state: {KEEP_WITH_NEXT}; }}
p.summary {{ font-size: 12pt; margin-bottom: 14px; -qt-user-state: {KEEP_TOGETHER}; }}
p.overdue {{ font-weight: bold; margin-bottom: 12px; -qt-user-state: {KEEP_TOGETHER}; }}
table {{ border-collapse: collapse; margin-top: 6px; margin-bottom: 8px; }}
th, td {{ border: 1px solid #000000; padding: 4px; }}
table.box {{ border-collapse: separate; border-style: solid; border-color: #000000;
             margin-bottom: 6px; }}
h2.box {{ margin-top: 0px; }}
p.box-intro {{ font-size: 10pt; margin-bottom: 4px; }}
h3.level {{ font-size: 11.5pt; margin-top: 10px; margin-bottom: 3px; }}
p.risk {{ margin-left: 24px; text-indent: -18px; margin-bottom: 7px;
          -qt-user-state: {KEEP_TOGETHER}; }}
span.source {{ font-size: 9pt; color: #333333; }}
p.term {{ font-size: 10pt; line-height: 120%; margin-bottom: 3px;
          -qt-user-state: {KEEP_TOGETHER}; }}
"""

# Browsers need the page box and margins that Qt gets from the paint device.
BROWSER_PAGE_CSS = "@page { size: A4; margin: 18mm 18mm 30mm 18mm; }"


def _t(text: str) -> str:
    return QCoreApplication.translate("Handout", text)


@dataclass(frozen=True)
class FooterText:
    """What every page's footer says; the page number is filled in per page."""

    title: str
    review: str  # dates and reviewer, or that no health worker has checked it (C8)
    reviewed: bool
    disclaimer: str
    emergency: str

    def page_label(self, page: int, pages: int) -> str:
        return _t("Halaman {page} dari {pages}").format(page=page, pages=pages)


def footer_text(rendered: RenderedArticle, clinic: ClinicSettings) -> FooterText:
    meta = rendered.article.meta
    return FooterText(
        title=meta.title,
        review=review_line(meta),
        reviewed=meta.is_reviewed,
        disclaimer=disclaimer(),
        emergency=emergency_line(clinic.emergency_number),
    )


_LINK = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.DOTALL)
_HREF = re.compile(r"\bhref=\"([^\"]*)\"")


def paper_links(fragment: str) -> str:
    """Glossary and section links become plain text: on paper there is nothing to tap.

    External links stay links (clickable in the PDF); the renderer has already put the
    address after their text, so the printout shows it too.
    """

    def unwrap(match: re.Match[str]) -> str:
        href = _HREF.search(match.group(1))
        if href and is_external(html.unescape(href.group(1))):
            return match.group(0)
        return match.group(2)

    return _LINK.sub(unwrap, fragment)


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _risk_box(rendered: RenderedArticle) -> list[str]:
    """All risk items grouped by level, urgent first; word and mark, not colour alone."""
    if not rendered.risks:
        return []
    rows = [
        f'<h2 class="box">{_esc(warnings_heading())}</h2>',
        f'<p class="box-intro">{_esc(_t("Baca bagian ini lebih dulu."))}</p>',
    ]
    for level in Level:
        risks = [r for r in rendered.risks if r.item.level is level]
        if not risks:
            continue
        look = style(level)
        rows.append(
            f'<h3 class="level" style="color: {look.foreground};">{mark_html(level)} '
            f"{_esc(level_word(level))} · {_esc(level_hint(level))}</h3>"
        )
        # Each item carries its level's mark like a bullet, so an item that continues
        # the box on the next page still shows its level without the group heading.
        rows += [
            f'<p class="risk">{mark_html(level)} {paper_links(r.html)}<br />'
            f'<span class="source">{_esc(source_label(r.item))}</span></p>'
            for r in risks
        ]
    # A one-cell table is the only box with a border that Qt's rich text can draw; the
    # Qt document removes the cell's own border (see textdoc), leaving one closed frame
    # on every page the box spans.
    return [
        '<table class="box" width="100%" border="1.5" cellspacing="0" cellpadding="10">'
        f"<tr><td>{''.join(rows)}</td></tr></table>"
    ]


def _glossary(rendered: RenderedArticle) -> list[str]:
    if not rendered.terms_used:
        return []
    parts = [f"<h2>{_esc(_t('Istilah'))}</h2>"]
    parts += [
        f'<p class="term"><b>{_esc(term.term)}</b>: {_esc(term.definition)}</p>'
        for term in rendered.terms_used
    ]
    return parts


def handout_body(rendered: RenderedArticle, clinic: ClinicSettings, today: dt.date) -> str:
    """The handout's body: header, title, summary, warning box, sections, glossary."""
    meta = rendered.article.meta
    parts: list[str] = []
    if clinic.clinic_name:
        parts.append(f'<p class="clinic">{_esc(clinic.clinic_name)}</p>')
    parts.append(f"<h1>{_esc(meta.title)}</h1>")
    parts.append(f'<p class="summary">{paper_links(rendered.summary_html)}</p>')
    if meta.is_overdue(today):
        parts.append(f'<p class="overdue">{_esc(overdue_notice(meta))}</p>')
    parts += _risk_box(rendered)
    for section in rendered.sections:
        parts.append(f"<h2>{_esc(section.heading)}</h2>")
        parts.append(paper_links(section.html))
    parts += _glossary(rendered)
    return "\n".join(parts)


def handout_html(
    rendered: RenderedArticle,
    clinic: ClinicSettings,
    today: dt.date | None = None,
    *,
    for_browser: bool = False,
) -> str:
    """A complete HTML document of the handout (a browser also gets its page box)."""
    meta = rendered.article.meta
    today = today or dt.date.today()
    css = STYLE_SHEET + (BROWSER_PAGE_CSS if for_browser else "")
    return (
        f'<!DOCTYPE html><html lang="{_esc(meta.language)}"><head><meta charset="utf-8">'
        f"<title>{_esc(meta.title)}</title><style>{css}</style></head>"
        f"<body>{handout_body(rendered, clinic, today)}</body></html>"
    )
