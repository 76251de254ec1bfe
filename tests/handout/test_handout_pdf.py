"""The PDF the real CLI writes headless: text, order, footer, paper, fonts, metadata."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from collections.abc import Sequence

import pytest
from handout_support import (
    A4_POINTS,
    font_embedding,
    normalise,
    page_sizes,
    page_texts,
    pdffonts_rows,
)
from pypdf import PdfReader

from support import source_paragraphs
from viewer.presentation.wording import source_label

LEVEL_WORDS = ("DARURAT", "PERINGATAN", "PERHATIAN")


# 12 pt body text, the "Catatan" box and a 10 pt footer took the clonazepam handout
# from 7 pages to 8; this bound says when it grows again.
MAX_PAGES = 8


def test_two_to_eight_a4_pages(cli_pdf):
    sizes = page_sizes(cli_pdf)
    assert 2 <= len(sizes) <= MAX_PAGES
    for width, height in sizes:
        assert width == pytest.approx(A4_POINTS[0], abs=1)
        assert height == pytest.approx(A4_POINTS[1], abs=1)


def without_footers(pages: Sequence[str]) -> str:
    """The pages' text, each page's footer (it starts with the title) cut off, so that a
    paragraph running onto the next page reads on (one space where the pages meet)."""
    title = "Clonazepam untuk depresi"
    return " ".join(page[: page.rindex(title)].strip() for page in pages if title in page)


def test_every_clinic_paragraph_is_there_in_full(cli_pages):
    text = without_footers(cli_pages)
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


def test_title_summary_box_sections_and_glossary_in_order(cli_text, rendered):
    text = cli_text
    meta = rendered.article.meta
    marks = [
        text.index(meta.title),
        text.index(normalise(meta.summary)),
        text.index("Peringatan penting"),
        *[text.index(normalise(section.heading)) for section in rendered.sections],
        text.index("Istilah Kata yang dicetak tebal di lembar ini dijelaskan di sini"),
    ]
    assert marks == sorted(marks)


def test_every_risk_item_with_its_level_and_source(cli_text, rendered):
    text = cli_text
    assert len(rendered.risks) == 23
    for risk in rendered.risks:
        label = source_label(risk.item)  # "Sumber: FDA (badan pengawas obat AS), 2016"
        assert f"{normalise(risk.plain_text)} {normalise(label)}" in text
    # Grouped urgent first, each group headed by its word and what it asks of the reader.
    headings = [
        text.index("DARURAT · Segera bertindak"),
        text.index("PERINGATAN · Bicarakan dengan dokter"),
        text.index("PERHATIAN · Baik untuk diketahui"),
    ]
    assert headings == sorted(headings)
    assert "{nomor_darurat}" not in text


def test_glossary_lists_only_the_terms_the_article_uses(cli_text, rendered, library_glossary):
    text = cli_text
    glossary_part = text[text.index("urut abjad. alkohol:") :]
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


def test_every_page_has_the_footer(cli_pages):
    pages = cli_pages
    total = len(pages)
    assert f"Halaman 1 dari {total}" in pages[0]
    assert f"Halaman {total} dari {total}" in pages[-1]
    for number, text in enumerate(pages, start=1):
        assert f"Halaman {number} dari {total}" in text
        assert "Clonazepam untuk depresi" in text
        # No reviewer yet (C8): the notice, and no review date (test_review_status_on_paper).
        assert "Artikel ini belum diperiksa oleh tenaga kesehatan." in text
        assert "ditinjau" not in text and "20 November" not in text
        assert "Informasi ini tidak menggantikan nasihat dokter atau apoteker Anda." in text
        assert "Keadaan darurat? Telepon 119" in text


def test_headings_stay_with_their_text(cli_pages, rendered):
    """A section heading shares its page with the start of the section's text."""
    pages = cli_pages
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


def test_text_is_real_text_in_the_bundled_font_only(cli_pdf, cli_text):
    fonts = font_embedding(cli_pdf)
    assert fonts, "no fonts: the text would not be text"
    assert all(fonts.values()), fonts
    # No fallback font: the level marks are drawn, not taken from whatever font exists.
    assert all("NotoSans" in name for name in fonts), fonts
    text = cli_text
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


def test_no_page_is_only_a_footer(cli_raw_pages):
    """Qt counts a page holding only the last block's margin; paper must not get it."""
    from viewer.presentation.wording import disclaimer

    footer = [
        " ".join(disclaimer().split()),
        "Keadaan darurat? Telepon 119",
        "Clonazepam untuk depresi",
        r"Halaman \d+ dari \d+",
        "Artikel ini belum diperiksa oleh tenaga kesehatan.",
    ]
    for number, page in enumerate(cli_raw_pages, start=1):
        text = " ".join(page.split())
        for part in footer:
            text = re.sub(part if "\\" in part else re.escape(part), "", text)
        assert len(text.strip()) > 200, f"page {number} holds almost nothing: {text!r}"


def test_no_paragraph_or_warning_is_printed_twice(cli_pages, rendered):
    """A paragraph running over a page break is not read twice (QPdfWriter keeps text
    drawn outside the clip, so a line painted on both pages is in both pages' text)."""
    text = without_footers(cli_pages)
    for paragraph in source_paragraphs():
        assert text.count(normalise(paragraph)) == 1, paragraph[:60]
    for risk in rendered.risks:
        assert text.count(normalise(risk.plain_text)) == 1, risk.plain_text[:60]


def test_a_page_does_not_start_with_the_line_the_last_one_ended_with(cli_raw_pages):
    title = "Clonazepam untuk depresi"
    bodies = []
    for page in cli_raw_pages:
        lines = [" ".join(line.split()) for line in page.splitlines()]
        bodies.append([line for line in lines[: lines.index(title, 1)] if line])
    for number, (this, following) in enumerate(itertools.pairwise(bodies), start=1):
        assert this[-1] not in following[:3], f"page {number}'s last line again on the next"


def _numbered_words(start: int, count: int) -> str:
    return " ".join(f"w{n:04d}" for n in range(start, start + count))


def test_every_line_is_printed_once_at_every_kind_of_page_break(qapp, tmp_path):
    """Paragraphs, list items, table cells and a risk item too long to keep together,
    each run over page breaks: every word is in the PDF's text once, in order."""
    from support import write_article
    from viewer.clinic_settings import ClinicSettings
    from viewer.content.loader import load_library
    from viewer.content.render import render_article
    from viewer.handout.painter import Handout
    from viewer.handout.pdf import handout_pdf

    blocks: list[tuple[str, range]] = []  # each block's kind and its words' numbers

    def block(kind: str, count: int) -> str:
        start = blocks[-1][1].stop if blocks else 0
        blocks.append((kind, range(start, start + count)))
        return _numbered_words(start, count)

    # The warning box comes first on paper, wherever its items are in the article.
    risk = f"::: darurat\n{block('risk', 420)}\nSumber: artikel\n:::\n"
    paragraphs = "\n\n".join(block("paragraph", 90) for _ in range(12))
    items = "".join(f"- {block('list item', 70)}\n" for _ in range(8))
    rows = "".join(f"| {block('table cell', count)} |\n" for count in (40, 600, 40))
    write_article(
        tmp_path,
        f"\n## Paragraf\n\n{risk}\n{paragraphs}\n\n## Daftar\n\n{items}\n"
        f"## Tabel\n\n| kepala |\n|---|\n{rows}",
        name="panjang",
    )
    library = load_library(tmp_path)
    rendered = render_article(library.articles[0], library.glossary, "119")
    result = handout_pdf(Handout(rendered, ClinicSettings()))
    path = tmp_path / "panjang.pdf"
    path.write_bytes(result.data)

    texts = page_texts(path)
    found = [[int(n) for n in re.findall(r"\bw(\d{4})\b", text)] for text in texts]
    assert len(found) == result.pages >= 4
    assert [n for page in found for n in page] == list(range(blocks[-1][1].stop))
    # Each kind of block really is split by a page break somewhere.
    split = {kind for kind, numbers in blocks for page in found[1:] if page[0] in numbers[1:]}
    assert split == {"risk", "paragraph", "list item", "table cell"}
    # Qt repeats a table's header row on each page the table runs onto: text that is
    # really printed again, and must stay.
    table_start = next(numbers.start for kind, numbers in blocks if kind == "table cell")
    table_pages = [
        text for text, on_page in zip(texts, found, strict=True) if on_page[-1] >= table_start
    ]
    assert len(table_pages) >= 2
    assert [text.count("kepala") for text in table_pages] == [1] * len(table_pages)


def test_review_status_on_paper(qapp, rendered, tmp_path):
    """With a named reviewer every footer names them with the review dates (rule C8);
    without one, every footer says no health worker has checked it (the CLI's PDF above)."""
    from dataclasses import replace

    from viewer.clinic_settings import ClinicSettings
    from viewer.handout.painter import Handout
    from viewer.handout.pdf import write_handout_pdf

    meta = replace(rendered.article.meta, reviewer="dr. Siti Rahmawati")
    reviewed = replace(rendered, article=replace(rendered.article, meta=meta))
    target = tmp_path / "ditinjau.pdf"
    write_handout_pdf(target, Handout(reviewed, ClinicSettings(), today=meta.last_reviewed))
    pages = page_texts(target)
    assert len(pages) >= 2
    for text in pages:
        assert "Terakhir ditinjau: 20 November 2026" in text
        assert "Tinjauan berikutnya: 20 November 2027" in text
        assert "Peninjau: dr. Siti Rahmawati" in text
        assert "belum diperiksa" not in text
