"""The handout as one HTML document, built from the RenderedArticle (no second Markdown parse).

The same HTML is laid out by QTextDocument for the PDF and the printer, and can be given
to a browser (the benchmark does). It uses only the CSS subset Qt's rich text supports;
`-qt-user-state` marks blocks for the pagination pass and is ignored by browsers.

The handout prints the article it is given, and every fixed word around it (headings,
"Catatan", the footer, level words, "Sumber", dates) is in that article's language
(`article.meta.language`), not the interface's: an Indonesian article printed from an
English window is all Indonesian, its English variant all English.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.clinic_settings import ClinicSettings
from viewer.content.model import Level
from viewer.content.render import RenderedArticle, is_external, term_key_from_href
from viewer.i18n import translate
from viewer.presentation.levels import level_hint, level_word, style
from viewer.presentation.review import overdue_notice, review_line
from viewer.presentation.wording import (
    clinic_phone_line,
    disclaimer,
    emergency_line,
    long_date,
    source_label,
    warnings_heading,
)

FONT_FAMILY = "Noto Sans"
# For older readers: body text at 12 pt, nothing on the page under 10 pt (the sources and
# the footer), headings larger; the emergency number in the footer at the body size.
BODY_POINT_SIZE = 12.0
SMALL_POINT_SIZE = 10.0
# Room to write by hand in the "Catatan" box: each line ~9 mm below the one above
# (a 12 pt line, 15 pt high, plus this margin in CSS px; Qt scales it to the device).
WRITING_LINE_PADDING_PX = 10

# Block user states the paginator acts on (set through `-qt-user-state` in the CSS).
KEEP_WITH_NEXT = 1  # besides every heading: never the last thing on a page
KEEP_TOGETHER = 2  # a short block (risk item, glossary entry) is never split over pages
WRITE_LINE = 3  # a "Catatan" label: a line to write on is drawn after it (writing_lines)

# Each level's mark in the HTML is a plain character a browser can show; the Qt document
# swaps it for an em space and paints the window's icon there (see level_marks: the
# bundled font has none of these glyphs).
LEVEL_MARKS = {Level.URGENT: "\u25a0", Level.WARNING: "\u25b2", Level.CAUTION: "\u25cf"}
# Our marks are tagged with this (non-existent) font family, so that the same character
# typed by an author in the article stays the author's character.
MARK_FONT = "patient-viewer-level-mark"


def mark_html(level: Level) -> str:
    return f"<span style=\"font-family: '{MARK_FONT}', sans-serif;\">{LEVEL_MARKS[level]}</span>"


# Qt's line-height percentage is of the font's own line (ascent + descent, 1.36 em in
# Noto Sans): 110% is 1.5 em, the spacing asked of readable text (WCAG 1.4.12).
# Qt sizes h1-h6 from the body size itself (x2, x1.5, x1.2, x1, x0.8, x1) whatever the
# CSS says; the sizes below are those, for a browser given the same HTML. h5 would be
# under 10 pt: sections print it as h6 (paper_headings).
STYLE_SHEET = f"""
body {{ font-family: '{FONT_FAMILY}'; font-size: {BODY_POINT_SIZE:g}pt; color: #000000; }}
p {{ margin-top: 0px; margin-bottom: 8px; line-height: 110%; }}
li {{ margin-bottom: 3px; line-height: 110%; }}
a {{ color: #000000; text-decoration: underline; }}
h1 {{ font-size: 24pt; font-weight: bold; margin-top: 0px; margin-bottom: 6px; }}
h2 {{ font-size: 18pt; font-weight: bold; margin-top: 16px; margin-bottom: 6px; }}
h3 {{ font-size: 14.4pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }}
h4, h5, h6 {{ font-size: {BODY_POINT_SIZE:g}pt; font-weight: bold; margin-top: 10px;
              margin-bottom: 4px; }}
p.clinic {{ font-size: 13pt; font-weight: bold; margin-bottom: 2px; }}
p.clinic-phone {{ margin-bottom: 8px; }}
p.printed {{ margin-bottom: 6px; }}
p.bold-hint {{ margin-bottom: 0px; }}
p.notes-title {{ font-size: 13pt; font-weight: bold; margin-bottom: 0px; }}
p.write {{ margin-top: {WRITING_LINE_PADDING_PX}px; margin-bottom: 0px;
           border-bottom: 1px solid #000000; -qt-user-state: {WRITE_LINE}; }}
p.summary {{ margin-bottom: 12px; -qt-user-state: {KEEP_TOGETHER}; }}
p.overdue {{ font-weight: bold; margin-bottom: 12px; -qt-user-state: {KEEP_TOGETHER}; }}
table {{ border-collapse: collapse; margin-top: 6px; margin-bottom: 8px; }}
th, td {{ border: 1px solid #000000; padding: 4px; }}
table.box {{ border-collapse: separate; border-style: solid; border-color: #000000;
             margin-bottom: 6px; }}
h2.box {{ margin-top: 0px; }}
p.box-intro {{ margin-bottom: 4px; }}
h3.level {{ margin-top: 10px; margin-bottom: 3px; }}
p.risk {{ margin-left: 24px; text-indent: -18px; margin-bottom: 7px;
          -qt-user-state: {KEEP_TOGETHER}; }}
span.source {{ font-size: {SMALL_POINT_SIZE:g}pt; color: #333333; }}
p.glossary-note {{ margin-bottom: 6px; -qt-user-state: {KEEP_WITH_NEXT}; }}
p.term {{ line-height: 110%; margin-bottom: 4px; -qt-user-state: {KEEP_TOGETHER}; }}
"""

# Browsers need the page box and margins that Qt gets from the paint device.
BROWSER_PAGE_CSS = "@page { size: A4; margin: 18mm 18mm 30mm 18mm; }"


def _t(text: str, language: str | None) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP where it is written, for lupdate) in
    `language`: a handout's words are its article's language."""
    return translate("Handout", text, language)


def language_of(rendered: RenderedArticle) -> str:
    """The language the handout of `rendered` is printed in: its article's."""
    return rendered.article.meta.language


@dataclass(frozen=True)
class FooterText:
    """What every page's footer says; the page number is filled in per page."""

    title: str
    printed: str  # "Dicetak: <date>", so a page that comes loose still says when
    review: str  # dates and reviewer, or that no health worker has checked it (C8)
    reviewed: bool
    disclaimer: str
    emergency: str
    language: str | None = None  # the article's; the page label is said in it

    def page_label(self, page: int, pages: int) -> str:
        label = QT_TRANSLATE_NOOP("Handout", "Halaman {page} dari {pages}")
        return _t(label, self.language).format(page=page, pages=pages)


def printed_line(today: dt.date, language: str | None = None) -> str:
    """'Dicetak: 30 November 2026': when this copy was made (not when it was reviewed)."""
    line = QT_TRANSLATE_NOOP("Handout", "Dicetak: {date}")
    return _t(line, language).format(date=long_date(today, language))


def footer_text(rendered: RenderedArticle, clinic: ClinicSettings, printed: dt.date) -> FooterText:
    meta = rendered.article.meta
    language = language_of(rendered)
    return FooterText(
        title=meta.title,
        printed=printed_line(printed, language),
        review=review_line(meta, language),
        reviewed=meta.is_reviewed,
        disclaimer=disclaimer(language),
        emergency=emergency_line(clinic.emergency_number, language),
        language=language,
    )


_LINK = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.DOTALL)
_HREF = re.compile(r"\bhref=\"([^\"]*)\"")


def paper_links(fragment: str) -> str:
    """Links for paper: a glossary term becomes bold (its definition is under "Istilah",
    which says so), a link to a section plain text: on paper there is nothing to tap.

    Every term is marked the same way on every page, in the summary, the warning box
    and the sections alike. External links stay links (clickable in the PDF); the
    renderer has already put the address after their text, so the printout shows it too.
    """

    def unwrap(match: re.Match[str]) -> str:
        found = _HREF.search(match.group(1))
        href = html.unescape(found.group(1)) if found else ""
        if href and is_external(href):
            return match.group(0)
        if term_key_from_href(href) is not None:
            return f"<b>{match.group(2)}</b>"
        return match.group(2)

    return _LINK.sub(unwrap, fragment)


_H5 = re.compile(r"<(/?)h5\b", re.IGNORECASE)


def paper_headings(fragment: str) -> str:
    """An author's h5 printed as h6: Qt makes h5 smaller than the body (0.8 of it, under
    10 pt), h6 as large as the body; both are bold headings to the paginator."""
    return _H5.sub(r"<\1h6", fragment)


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _risk_box(rendered: RenderedArticle) -> list[str]:
    """All risk items grouped by level, urgent first; word and mark, not colour alone."""
    if not rendered.risks:
        return []
    language = language_of(rendered)
    intro = _t(QT_TRANSLATE_NOOP("Handout", "Baca bagian ini lebih dulu."), language)
    rows = [
        f'<h2 class="box">{_esc(warnings_heading(language))}</h2>',
        f'<p class="box-intro">{_esc(intro)}</p>',
    ]
    for level in Level:
        risks = [r for r in rendered.risks if r.item.level is level]
        if not risks:
            continue
        look = style(level)
        rows.append(
            f'<h3 class="level" style="color: {look.foreground};">{mark_html(level)} '
            f"{_esc(level_word(level, language))} · {_esc(level_hint(level, language))}</h3>"
        )
        # Each item carries its level's mark like a bullet, so an item that continues
        # the box on the next page still shows its level without the group heading.
        rows += [
            f'<p class="risk">{mark_html(level)} {paper_links(r.html)}<br />'
            f'<span class="source">{_esc(source_label(r.item, language))}</span></p>'
            for r in risks
        ]
    # A one-cell table is the only box with a border that Qt's rich text can draw; the
    # Qt document removes the cell's own border (see textdoc), leaving one closed frame
    # on every page the box spans.
    return [
        '<table class="box" width="100%" border="1.5" cellspacing="0" cellpadding="10">'
        f"<tr><td>{''.join(rows)}</td></tr></table>"
    ]


def glossary_heading(language: str | None = None) -> str:
    return _t(QT_TRANSLATE_NOOP("Handout", "Istilah"), language)


def _glossary(rendered: RenderedArticle) -> list[str]:
    if not rendered.terms_used:
        return []
    language = language_of(rendered)
    note = _t(
        QT_TRANSLATE_NOOP(
            "Handout", "Kata yang dicetak tebal di lembar ini dijelaskan di sini, urut abjad."
        ),
        language,
    )
    heading = glossary_heading(language)
    parts = [f"<h2>{_esc(heading)}</h2>", f'<p class="glossary-note">{_esc(note)}</p>']
    parts += [
        f'<p class="term"><b>{_esc(term.term)}</b>: {_esc(term.definition)}</p>'
        for term in rendered.terms_used
    ]
    return parts


# The global td rule is for the article's own tables; these layout cells have none.
_BARE_CELL = 'style="border-style: none; padding: 0px;"'


def _notes_box(language: str | None) -> str:
    """A box for the patient's name, dose and next appointment, written by hand.

    Each label is a paragraph after which writing_lines draws a line to the box's edge
    (a table column would give every label the width of the longest); the dose gets a
    second, unlabelled line. Nothing is filled in: paper from a kiosk is anyone's.
    """
    labels = [
        _t(QT_TRANSLATE_NOOP("Handout", "Nama:"), language),
        _t(QT_TRANSLATE_NOOP("Handout", "Dosis:"), language),
        "\u00a0",
        _t(QT_TRANSLATE_NOOP("Handout", "Kontrol berikutnya:"), language),
    ]
    title = _t(QT_TRANSLATE_NOOP("Handout", "Catatan"), language)
    rows = [f'<p class="notes-title">{_esc(title)}</p>']
    rows += [f'<p class="write">{_esc(label)}</p>' for label in labels]
    return (
        '<table class="box" width="100%" border="1" cellspacing="0" cellpadding="8">'
        f"<tr><td>{''.join(rows)}</td></tr></table>"
    )


def _header(rendered: RenderedArticle, clinic: ClinicSettings, today: dt.date) -> str:
    """Page 1's top: who gives it out and how to call them, the title and the print date
    on the left; the "Catatan" box on the right, beside the title rather than above the
    warning box, so that the warnings still begin on page 1."""
    language = language_of(rendered)
    left: list[str] = []
    if clinic.clinic_name:
        left.append(f'<p class="clinic">{_esc(clinic.clinic_name)}</p>')
    if clinic.clinic_phone:
        phone = clinic_phone_line(clinic.clinic_phone, language)
        left.append(f'<p class="clinic-phone">{_esc(phone)}</p>')
    left.append(f"<h1>{_esc(rendered.article.meta.title)}</h1>")
    left.append(f'<p class="printed">{_esc(printed_line(today, language))}</p>')
    if rendered.terms_used:
        # Said before the first bold word, and again at the list itself.
        hint = _t(
            QT_TRANSLATE_NOOP(
                "Handout",
                "Kata yang dicetak tebal dijelaskan di bagian {glossary}, di akhir lembar ini.",
            ),
            language,
        ).format(glossary=glossary_heading(language))
        left.append(f'<p class="bold-hint">{_esc(hint)}</p>')
    return (
        '<table class="layout" width="100%" cellspacing="0" cellpadding="0" '
        'style="margin-top: 0px; margin-bottom: 12px;"><tr>'
        f'<td width="46%" valign="top" {_BARE_CELL}>{"".join(left)}</td>'
        f'<td width="4%" {_BARE_CELL}></td>'
        f'<td width="50%" valign="top" {_BARE_CELL}>{_notes_box(language)}</td>'
        "</tr></table>"
    )


def handout_body(
    rendered: RenderedArticle,
    clinic: ClinicSettings,
    today: dt.date,
    printed: dt.date | None = None,
) -> str:
    """The handout's body: header (clinic, title, print date, "Catatan"), summary, the
    warning box, sections, glossary. `today` decides whether the article is overdue for
    review; `printed` (default: `today`) is the date printed on it."""
    meta = rendered.article.meta
    parts = [_header(rendered, clinic, printed or today)]
    parts.append(f'<p class="summary">{paper_links(rendered.summary_html)}</p>')
    if meta.is_overdue(today):
        parts.append(f'<p class="overdue">{_esc(overdue_notice(meta, language_of(rendered)))}</p>')
    parts += _risk_box(rendered)
    for section in rendered.sections:
        parts.append(f"<h2>{_esc(section.heading)}</h2>")
        parts.append(paper_links(paper_headings(section.html)))
    parts += _glossary(rendered)
    return "\n".join(parts)


def handout_html(
    rendered: RenderedArticle,
    clinic: ClinicSettings,
    today: dt.date | None = None,
    *,
    printed: dt.date | None = None,
    for_browser: bool = False,
) -> str:
    """A complete HTML document of the handout (a browser also gets its page box)."""
    meta = rendered.article.meta
    today = today or dt.date.today()
    css = STYLE_SHEET + (BROWSER_PAGE_CSS if for_browser else "")
    return (
        f'<!DOCTYPE html><html lang="{_esc(meta.language)}"><head><meta charset="utf-8">'
        f"<title>{_esc(meta.title)}</title><style>{css}</style></head>"
        f"<body>{handout_body(rendered, clinic, today, printed)}</body></html>"
    )
