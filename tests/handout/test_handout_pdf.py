"""The PDF the real CLI writes headless: text, order, footer, paper, fonts, metadata."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from handout_support import (
    A4_POINTS,
    font_embedding,
    full_text,
    normalise,
    page_sizes,
    page_texts,
    pdffonts_rows,
)
from pypdf import PdfReader

from support import source_paragraphs

LEVEL_WORDS = ("DARURAT", "PERINGATAN", "PERHATIAN")


def test_two_to_seven_a4_pages(cli_pdf):
    sizes = page_sizes(cli_pdf)
    assert 2 <= len(sizes) <= 7
    for width, height in sizes:
        assert width == pytest.approx(A4_POINTS[0], abs=1)
        assert height == pytest.approx(A4_POINTS[1], abs=1)


def without_footers(pages: list[str]) -> str:
    """The pages' text, each page's footer (it starts with the title) cut off, so that a
    paragraph running onto the next page reads on."""
    title = "Clonazepam untuk depresi"
    return " ".join(page[: page.rindex(title)] for page in pages if title in page)


def test_every_clinic_paragraph_is_there_in_full(cli_pdf):
    text = without_footers(page_texts(cli_pdf))
    paragraphs = source_paragraphs()
    assert len(paragraphs) == 6
    for paragraph in paragraphs:
        assert normalise(paragraph) in text


def test_poppler_finds_the_paragraphs_too(cli_pdf):
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(cli_pdf), "-"], capture_output=True, text=True
    ).stdout
    # pdftotext joins a word broken at a line-end hyphen ("benar-" + "benar" -> "benarbenar"),
    # so this cross-check ignores hyphens and spaces altogether.
    squash = lambda s: "".join(s.replace("-", "").split())  # noqa: E731
    text = without_footers(out.split("\f"))
    for paragraph in source_paragraphs():
        assert squash(paragraph) in squash(text)


def test_title_summary_box_sections_and_glossary_in_order(cli_pdf, rendered):
    text = full_text(cli_pdf)
    meta = rendered.article.meta
    marks = [
        text.index(meta.title),
        text.index(normalise(meta.summary)),
        text.index("Peringatan penting"),
        *[text.index(normalise(section.heading)) for section in rendered.sections],
        text.index("Istilah alkohol:"),
    ]
    assert marks == sorted(marks)


def test_every_risk_item_with_its_level_and_source(cli_pdf, rendered):
    text = full_text(cli_pdf)
    assert len(rendered.risks) == 23
    for risk in rendered.risks:
        source = "dari artikel" if risk.item.from_article else risk.item.source
        assert f"{normalise(risk.plain_text)} Sumber: {normalise(source)}" in text
    # Grouped urgent first, each group headed by its word and what it asks of the reader.
    headings = [
        text.index("DARURAT · Segera bertindak"),
        text.index("PERINGATAN · Bicarakan dengan dokter"),
        text.index("PERHATIAN · Baik untuk diketahui"),
    ]
    assert headings == sorted(headings)
    assert "{nomor_darurat}" not in text


def test_glossary_lists_only_the_terms_the_article_uses(cli_pdf, rendered, library_glossary):
    text = full_text(cli_pdf)
    glossary_part = text[text.index("Istilah alkohol:") :]
    used = {term.key for term in rendered.terms_used}
    assert "insomnia" not in used
    for term in library_glossary.sorted():
        entry = f"{term.term}: {normalise(term.definition)}"
        if term.key in used:
            assert entry in glossary_part
        else:
            assert entry not in text
    assert "insomnia" not in text.lower()
    # A-Z
    positions = [glossary_part.index(f" {t.term}:") for t in rendered.terms_used]
    assert positions == sorted(positions)


def test_every_page_has_the_footer(cli_pdf):
    pages = page_texts(cli_pdf)
    total = len(pages)
    assert f"Halaman 1 dari {total}" in pages[0]
    assert f"Halaman {total} dari {total}" in pages[-1]
    for number, text in enumerate(pages, start=1):
        assert f"Halaman {number} dari {total}" in text
        assert "Clonazepam untuk depresi" in text
        assert "Terakhir ditinjau: 20 November 2026" in text
        assert "Tinjauan berikutnya: 20 November 2027" in text
        assert "Informasi ini tidak menggantikan nasihat dokter atau apoteker Anda." in text
        assert "Keadaan darurat? Telepon 119" in text


def test_headings_stay_with_their_text(cli_pdf, rendered):
    """A section heading shares its page with the start of the section's text."""
    pages = page_texts(cli_pdf)
    for section in rendered.sections:
        opening = " ".join(normalise(_first_paragraph_text(section.html)).split()[:12])
        heading = normalise(section.heading)
        on_page = [i for i, text in enumerate(pages) if f"{heading} {opening}" in text]
        assert on_page, f"heading {heading!r} is not followed by its text on the same page"


def _first_paragraph_text(fragment: str) -> str:
    import html
    import re

    first = re.search(r"<p>(.*?)</p>", fragment, re.DOTALL)
    assert first is not None
    return html.unescape(re.sub(r"<[^>]+>", "", first.group(1)))


def test_text_is_real_text_in_the_bundled_font_only(cli_pdf):
    fonts = font_embedding(cli_pdf)
    assert fonts, "no fonts: the text would not be text"
    assert all(fonts.values()), fonts
    # No fallback font: the level marks are drawn, not taken from whatever font exists.
    assert all("NotoSans" in name for name in fonts), fonts
    text = full_text(cli_pdf)
    for mark in "\u25a0\u25b2\u25cf\ufffc":
        assert mark not in text
    # No ligature glyphs: "morfin" must be found as "morfin", not "mor\ufb01n".
    assert not any("\ufb00" <= char <= "\ufb06" for char in text)
    assert "morfin" in text
    for word in LEVEL_WORDS:
        assert word in text


def test_pdffonts_says_every_font_is_embedded(cli_pdf):
    rows = pdffonts_rows(cli_pdf)
    if rows is None:
        pytest.skip("poppler-utils not installed")
    assert rows
    # Columns: name type [type...] encoding emb sub uni object ID; "emb" is 5th from the end.
    assert all(row[-5] == "yes" for row in rows), rows


def test_metadata_title_author_subject_language(cli_pdf, rendered):
    reader = PdfReader(cli_pdf)
    meta = rendered.article.meta
    assert reader.metadata.title == meta.title
    assert reader.metadata.author == "Informasi Obat untuk Pasien"  # no clinic name set
    assert reader.metadata.creator.startswith("patient-viewer")
    xmp = reader.xmp_metadata
    assert xmp is not None
    assert xmp.dc_title == {"x-default": meta.title}
    assert xmp.dc_language == ["id"]
    assert xmp.dc_description == {"x-default": meta.summary}
    assert xmp.dc_creator == ["Informasi Obat untuk Pasien"]
    assert xmp.dc_publisher == ["Informasi Obat untuk Pasien"]


def test_no_page_is_only_a_footer(cli_pdf):
    """Qt counts a page holding only the last block's margin; paper must not get it."""
    import re

    from pypdf import PdfReader

    from viewer.gui_basics import disclaimer

    footer = [
        " ".join(disclaimer().split()),
        "Keadaan darurat? Telepon 119",
        "Clonazepam untuk depresi",
        r"Halaman \d+ dari \d+",
        r"Terakhir ditinjau: [^·]+· Tinjauan berikutnya: \d+ \w+ \d{4}",
    ]
    for number, page in enumerate(PdfReader(cli_pdf).pages, start=1):
        text = " ".join(page.extract_text().split())
        for part in footer:
            text = re.sub(part if "\\" in part else re.escape(part), "", text)
        assert len(text.strip()) > 200, f"page {number} holds almost nothing: {text!r}"
