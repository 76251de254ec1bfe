"""Markdown to sanitized HTML, with glossary terms marked where they stand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from viewer.content.model import (
    Article,
    ArticleMeta,
    Glossary,
    Level,
    RiskItem,
    Section,
    SourceRef,
    Term,
)
from viewer.content.render import render_article, term_key_from_href
from viewer.content.sanitize import sanitize

HERE = SourceRef(Path("x.md"), 1)


def glossary(*entries: tuple[str, tuple[str, ...]]) -> Glossary:
    return Glossary(tuple(Term(term, forms, f"Arti {term}.", HERE) for term, forms in entries))


def article(*bodies: str, heading: str = "Bagian") -> Article:
    meta = ArticleMeta(
        "a", "Judul", "id", "Ringkasan tentang kejang.", "Klinik",
        dt.date(2026, 1, 1), dt.date(2027, 1, 1),
    )  # fmt: skip
    sections = tuple(
        Section(f"s{i}", f"{heading} {i}", body, (), HERE) for i, body in enumerate(bodies)
    )
    return Article(meta, sections, Path("a.md"))


def test_terms_and_their_forms_are_marked_case_insensitively():
    rendered = render_article(
        article("Kejang dan kejang-kejang, juga gangguan  bipolar."),
        glossary(("kejang", ("kejang-kejang",)), ("gangguan bipolar", ())),
        "119",
    )
    html = rendered.sections[0].html
    assert '<a class="term" href="term:kejang">Kejang</a>' in html
    assert '<a class="term" href="term:kejang">kejang-kejang</a>' in html
    assert '<a class="term" href="term:gangguan%20bipolar">gangguan  bipolar</a>' in html
    assert term_key_from_href("term:gangguan%20bipolar") == "gangguan bipolar"


def test_whole_words_only():
    rendered = render_article(article("Dosisnya dan dosis."), glossary(("dosis", ())), "119")
    html = rendered.sections[0].html
    assert html.count('class="term"') == 1
    assert "Dosisnya" in html


def test_terms_are_not_marked_in_headings_links_or_code():
    body = "### Tentang kejang\n\nLihat [kejang](#s0) dan `kejang`.\n\nkejang di sini."
    rendered = render_article(article(body), glossary(("kejang", ())), "119")
    html = rendered.sections[0].html
    assert "<h3>Tentang kejang</h3>" in html
    assert html.count('class="term"') == 1
    assert "<code>kejang</code>" in html


def test_summary_and_warnings_mark_terms_and_terms_used_lists_only_those_that_occur():
    rendered = render_article(
        article("Tidak ada istilah."), glossary(("kejang", ()), ("insomnia", ())), "119"
    )
    assert 'href="term:kejang"' in rendered.summary_html
    assert [t.term for t in rendered.terms_used] == ["kejang"]


def test_raw_html_is_sanitized():
    body = (
        '<script>alert(1)</script>\n\n<p onclick="x()">Teks</p>\n\n'
        '<a href="javascript:alert(1)">klik</a> <iframe src="https://x.test"></iframe>\n\n'
        '<a href="file:///etc/passwd">berkas</a>'
    )
    html = render_article(article(body), Glossary(), "119").sections[0].html
    for forbidden in ("<script", "onclick", "javascript:", "<iframe", "file:"):
        assert forbidden not in html


def test_external_link_shows_its_address():
    html = (
        render_article(
            article("Baca [situs NHS](https://www.nhs.uk/medicines/clonazepam/)."),
            Glossary(),
            "119",
        )
        .sections[0]
        .html
    )
    assert "situs NHS</a> (https://www.nhs.uk/medicines/clonazepam/)" in html


def test_emergency_number_fills_the_placeholder():
    html = render_article(article("Telepon {nomor_darurat}."), Glossary(), "112").sections[0].html
    assert "Telepon 112." in html


def test_sanitize_keeps_relative_images_and_section_anchors():
    html = sanitize('<img src="gambar/a.png" alt="a"><a href="#s1">ke</a>')
    assert 'src="gambar/a.png"' in html
    assert 'href="#s1"' in html


def test_terms_written_with_unusual_spaces_or_letters_still_match():
    # A no-break space (as a word processor pastes it) in the glossary and a double space
    # in the text; and a Turkish dotted capital I, where casefold and regex case differ.
    rendered = render_article(
        article("Ada gangguan  bipolar di sini. Juga İlaç dan ilaç."),
        glossary(("gangguan\u00a0bipolar", ()), ("İlaç", ())),
        "119",
    )
    html = rendered.sections[0].html
    assert html.count('class="term"') >= 2
    assert {t.term for t in rendered.terms_used} >= {"gangguan\u00a0bipolar", "İlaç"}


def test_images_that_could_leave_the_content_folder_lose_their_source():
    html = sanitize(
        '<img src="/etc/a.png"><img src="../a.png"><img src="gambar/../../a.png">'
        '<img src="C:\\\\a.png"><img src="https://x.test/a.png"><img src="gambar/ok.png">'
    )
    assert html.count("src=") == 1
    assert 'src="gambar/ok.png"' in html


def test_reference_style_images_are_sanitized_too():
    body = "![r][r1]\n\n[r1]: /tmp/rahasia/s.png"
    html = render_article(article(body), Glossary(), "119").sections[0].html
    assert "/tmp/rahasia" not in html


def test_emergency_number_fills_the_summary_and_headings_too():
    meta = ArticleMeta(
        "a", "Judul", "id", "Jika sesak, hubungi {nomor_darurat}.", "Klinik",
        dt.date(2026, 1, 1), dt.date(2027, 1, 1),
    )  # fmt: skip
    section = Section("s", "Darurat: {nomor_darurat}", "Teks.", (), HERE)
    rendered = render_article(Article(meta, (section,), Path("a.md")), Glossary(), "112")
    assert "hubungi 112." in rendered.summary_html
    assert rendered.sections[0].heading == "Darurat: 112"


def test_a_risk_with_a_pasted_no_break_space_keeps_its_plain_text():
    meta = ArticleMeta(
        "a", "Judul", "id", "Ringkasan.", "Klinik", dt.date(2026, 1, 1), dt.date(2027, 1, 1)
    )
    risk = RiskItem(Level.URGENT, "Hubungi\u00a0{nomor_darurat} <segera>.", "NHS", "s", HERE)
    section = Section("s", "Bagian", "Teks.", (risk,), HERE)
    rendered = render_article(Article(meta, (section,), Path("a.md")), Glossary(), "119")
    assert rendered.risks[0].plain_text == "Hubungi\u00a0119 <segera>."
    assert "&lt;segera&gt;" in rendered.risks[0].html
