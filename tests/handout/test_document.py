"""The handout's HTML and Qt document, built from the RenderedArticle."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter, QTextCursor

from viewer.clinic_settings import ClinicSettings
from viewer.content.model import Level
from viewer.handout.document import LEVEL_MARKS, handout_html, mark_html, paper_links
from viewer.handout.level_marks import EM_SPACE
from viewer.handout.painter import Handout, lay_out
from viewer.handout.pdf import page_layout

pytestmark = pytest.mark.usefixtures("qapp")
NOTE_LABELS = ("Nama:", "Dosis:", "Kontrol berikutnya:")


def test_paper_links_make_terms_bold_unwrap_section_links_and_keep_web_links():
    fragment = (
        '<p><a class="term" href="term:kejang">Kejang</a> dan '
        '<a href="#efek-samping">efek samping</a>, lihat '
        '<a href="https://www.nhs.uk/">NHS</a> (https://www.nhs.uk/)</p>'
    )
    assert paper_links(fragment) == (
        '<p><b>Kejang</b> dan efek samping, lihat <a href="https://www.nhs.uk/">NHS</a> '
        "(https://www.nhs.uk/)</p>"
    )


def test_html_has_no_term_links_and_every_part_once(rendered, today):
    html = handout_html(rendered, ClinicSettings(), today)
    assert 'href="term:' not in html
    # Every term the renderer marked is bold on paper, in the summary, box and sections.
    marked = sum(
        fragment.count('class="term"')
        for fragment in (
            rendered.summary_html,
            *(r.html for r in rendered.risks),
            *(s.html for s in rendered.sections),
        )
    )
    assert marked > 100
    assert html.count("<b>") == marked + len(rendered.terms_used)  # + the glossary entries
    assert html.count("<h1>") == 1
    assert html.count('class="risk"') == len(rendered.risks)
    assert html.count('class="term"') == len(rendered.terms_used)
    for section in rendered.sections:
        assert html.count(f"<h2>{section.heading}</h2>") == 1
    assert '<html lang="id">' in html


def test_risk_groups_in_level_order_with_word_and_mark(rendered, today):
    html = handout_html(rendered, ClinicSettings(), today)
    starts = [html.index(f"{mark_html(level)} ") for level in Level]
    assert starts == sorted(starts)
    for word in ("DARURAT", "PERINGATAN", "PERHATIAN"):
        assert html.count(word) == 1
    for risk in rendered.risks:
        assert f'<p class="risk">{mark_html(risk.item.level)} ' in html


def test_clinic_name_and_phone_are_escaped_and_first(rendered, today):
    clinic = ClinicSettings(clinic_name="Klinik <Ibu & Anak>", clinic_phone="0274 512-345")
    html = handout_html(rendered, clinic, today)
    body = html[html.index("<body>") :]
    # The header table's first cell: the clinic, its number, then the title.
    assert re.match(
        r'<body><table class="layout"[^>]*><tr><td[^>]*>'
        r'<p class="clinic">Klinik &lt;Ibu &amp; Anak&gt;</p>'
        r'<p class="clinic-phone">Telepon klinik: 0274 512-345</p><h1>',
        body,
    )


def test_no_clinic_line_without_the_settings(rendered, today):
    html = handout_html(rendered, ClinicSettings(), today)
    assert 'class="clinic' not in html
    assert "Telepon klinik" not in html
    only_phone = handout_html(rendered, ClinicSettings(clinic_phone="112 1"), today)
    assert 'class="clinic"' not in only_phone
    assert '<p class="clinic-phone">Telepon klinik: 112 1</p>' in only_phone


def test_header_has_the_print_date_and_the_notes_box_before_the_warnings(rendered, today):
    html = handout_html(rendered, ClinicSettings(), today)
    printed = html.index('<p class="printed">Dicetak: 26 November 2026</p>')
    labels = [html.index(f'<p class="write">{label}</p>') for label in NOTE_LABELS]
    summary = html.index('<p class="summary">')
    box = html.index('<h2 class="box">')
    assert printed < labels[0] and labels == sorted(labels) and labels[-1] < summary < box
    # A second, unlabelled line for the dose.
    assert html.count('<p class="write">') == len(NOTE_LABELS) + 1
    assert '<p class="write">\u00a0</p>' in html


def test_the_bold_words_are_explained_at_the_top_and_at_the_glossary(rendered, today):
    html = handout_html(rendered, ClinicSettings(), today)
    hint = html.index("Kata yang dicetak tebal dijelaskan di bagian Istilah, di akhir lembar ini.")
    note = html.index(
        '<h2>Istilah</h2>\n<p class="glossary-note">'
        "Kata yang dicetak tebal di lembar ini dijelaskan di sini, urut abjad.</p>"
    )
    assert hint < html.index('<p class="summary">') < note


def test_an_authors_h5_is_printed_no_smaller_than_the_body():
    from viewer.handout.document import paper_headings

    assert paper_headings('<h5 id="a">Kecil</h5><h4>Biasa</h4><H5>Lagi</H5>') == (
        '<h6 id="a">Kecil</h6><h4>Biasa</h4><h6>Lagi</h6>'
    )


def test_browser_html_gets_a_page_box(rendered, today):
    assert "@page" in handout_html(rendered, ClinicSettings(), today, for_browser=True)
    assert "@page" not in handout_html(rendered, ClinicSettings(), today)


def test_marks_become_em_spaces_with_one_icon_per_level(rendered):
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(1200)
    writer.setPageLayout(page_layout())
    document, _geometry = lay_out(
        Handout(rendered, ClinicSettings(), dt.date(2026, 11, 26)), writer
    )
    text = document.toPlainText()
    assert not any(mark in text for mark in LEVEL_MARKS.values())
    # One mark per group heading and one per item, in level order.
    levels = [spot.level for spot in document.marks]
    assert levels == sorted(levels, key=lambda level: level.rank)
    assert len(levels) == len(Level) + len(rendered.risks)
    for spot in document.marks:
        assert document.characterAt(spot.position) == EM_SPACE


def test_dates_are_written_in_indonesian():
    from viewer.presentation.wording import long_date

    assert long_date(dt.date(2027, 8, 17)) == "17 Agustus 2027"
    assert long_date(dt.date(2027, 1, 5)) == "5 Januari 2027"


def test_lists_indent_modestly_and_wide_images_fit_the_column(tmp_path):
    from PySide6.QtGui import QColor, QImage

    image = QImage(1600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6fbf"))
    image.save(str(tmp_path / "lebar.png"))
    body = "## Bagian\n\n- satu\n- dua\n\n![Gambar](lebar.png)\n"
    document, geometry, _device = lay_out_article(tmp_path, body, "gambar")
    block = document.begin()
    found_list = found_image = False
    while block.isValid():
        if block.textList() is not None:
            found_list = True
            # One indent step (40 CSS px ≈ 10 mm), not Qt's step scaled twice.
            assert block.layout().lineAt(0).x() < geometry.width * 0.15
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found_image = True
                shown = fmt.toImageFormat().width() * 1200 / 96  # CSS px -> device px
                assert 0 < shown <= geometry.width + 1
            it += 1
        block = block.next()
    assert found_list and found_image


def test_an_authors_own_triangle_stays_text(tmp_path):

    body = (
        "## Bagian\n\nSegitiga \u25b2 di teks.\n\n"
        "::: peringatan\nHati-hati.\nSumber: artikel\n:::\n"
    )
    document, _geometry, _device = lay_out_article(tmp_path, body, "segitiga")
    assert "Segitiga \u25b2 di teks." in document.toPlainText()
    assert [spot.level for spot in document.marks] == [Level.WARNING, Level.WARNING]
    for spot in document.marks:
        fmt = QTextCursor(document)
        fmt.setPosition(spot.position + 1)
        assert fmt.charFormat().fontFamilies() == ["Noto Sans"]


def lay_out_article(folder, body: str, name: str):
    """Write an article, render it, and lay its handout out on a 1200-dpi PDF writer."""
    from support import write_article
    from viewer.content.loader import load_library
    from viewer.content.render import render_article

    write_article(folder, body, name=name)
    library = load_library(folder)
    rendered = render_article(library.articles[0], library.glossary, "119")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(1200)
    writer.setPageLayout(page_layout())
    document, geometry = lay_out(Handout(rendered, ClinicSettings()), writer)
    # The writer is the document's paint device: the caller keeps both alive.
    return document, geometry, (buffer, writer)


# -- rule C8: a review date only with a named reviewer ----------------------------------

NOT_REVIEWED = "Artikel ini belum diperiksa oleh tenaga kesehatan."
TODAY = dt.date(2026, 11, 26)


def with_reviewer(rendered, reviewer: str):
    from dataclasses import replace

    article = rendered.article
    return replace(
        rendered, article=replace(article, meta=replace(article.meta, reviewer=reviewer))
    )


def test_footer_of_an_unreviewed_article_says_so_and_shows_no_review_date(rendered):
    from viewer.handout.document import footer_text

    footer = footer_text(rendered, ClinicSettings(), TODAY)
    assert rendered.article.meta.reviewer == ""
    assert footer.review == NOT_REVIEWED and not footer.reviewed
    spaces = footer_text(with_reviewer(rendered, "  "), ClinicSettings(), TODAY)
    assert spaces.review == NOT_REVIEWED and not spaces.reviewed


def test_footer_with_a_named_reviewer_shows_dates_and_name(rendered):
    from viewer.handout.document import footer_text

    footer = footer_text(with_reviewer(rendered, " dr. Siti "), ClinicSettings(), TODAY)
    assert footer.reviewed
    assert footer.printed == "Dicetak: 26 November 2026"
    assert footer.review == (
        "Terakhir ditinjau: 20 November 2026 · Tinjauan berikutnya: 20 November 2027 · "
        "Peninjau: dr. Siti"
    )


def test_overdue_notice_names_the_missed_date_only_with_a_reviewer(rendered):
    late = dt.date(2027, 11, 21)
    unreviewed = handout_html(rendered, ClinicSettings(), late)
    assert (
        '<p class="overdue">Informasi ini mungkin sudah tidak terbaru. '
        "Tanyakan kepada dokter atau apoteker.</p>"
    ) in unreviewed
    reviewed = handout_html(with_reviewer(rendered, "dr. Siti"), ClinicSettings(), late)
    assert "jadwal tinjauan ulangnya (20 November 2027) sudah lewat" in reviewed
    assert 'class="overdue"' not in handout_html(rendered, ClinicSettings(), dt.date(2026, 11, 26))


def test_the_notes_box_has_lines_to_write_on_9_mm_apart(rendered):
    from viewer.handout.writing_lines import place_writing_lines

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(1200)
    writer.setPageLayout(page_layout())
    document, geometry = lay_out(Handout(rendered, ClinicSettings(), TODAY), writer)
    lines = place_writing_lines(document)
    mm = 1200 / 25.4
    assert len(lines) == 4  # name, dose (two lines), next appointment
    for line in lines:
        assert line.y1() == line.y2()  # level
        assert line.length() >= 25 * mm  # room for a date, more for a name
        assert line.y1() < geometry.body.height()  # on page 1
    assert len({round(line.x2()) for line in lines}) == 1  # all end at the box's edge
    assert lines[2].x1() < lines[1].x1()  # the unlabelled dose line is the whole width
    gaps = [(b.y1() - a.y1()) / mm for a, b in itertools.pairwise(lines)]
    assert all(8 <= gap <= 10 for gap in gaps), gaps
    # In the right half of the page, beside the title.
    assert all(line.x1() > geometry.width / 2 for line in lines)
