"""The handout for the people who read it: sizes read back from the PDF, the "Catatan"
box, the clinic's number, the print date, bold glossary terms and readable sources."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from handout_support import TextRun, normalise, page_texts

from support import source_paragraphs
from viewer.clinic_settings import ClinicSettings
from viewer.content.terms import TermMatcher
from viewer.presentation.wording import disclaimer, long_date, source_label

BODY_MIN = 12.0
SMALL_MIN = 10.0
SIZE_SLACK = 0.05  # the PDF stores sizes in whole 1/1200-inch units: 12 pt is exact,
# 10 pt is 10.02
MM = 72 / 25.4  # points per millimetre
TITLE = "Clonazepam untuk depresi"
NOTE_LABELS = ("Nama:", "Dosis:", "Kontrol berikutnya:")


def _footer_top(runs: Sequence[TextRun]) -> float:
    """The baseline of the footer's first line (the title, in the footer's size)."""
    return max(r.y for r in runs if r.text == TITLE and r.point_size < BODY_MIN - SIZE_SLACK)


def _body(runs: Sequence[TextRun]) -> list[TextRun]:
    top = _footer_top(runs)
    return [r for r in runs if r.y > top + 1]


def _footer(runs: Sequence[TextRun]) -> list[TextRun]:
    top = _footer_top(runs)
    return [r for r in runs if r.y <= top + 1]


def _in_any(text: str, texts: Sequence[str]) -> bool:
    shown = normalise(text)
    return any(shown in normalise(whole) for whole in texts)


def test_no_text_under_10_pt(cli_runs):
    sizes = [run.point_size for page in cli_runs for run in page]
    assert sizes and min(sizes) >= SMALL_MIN - SIZE_SLACK, min(sizes)


def test_body_text_is_12_pt_or_more_only_sources_and_footer_are_smaller(cli_runs, rendered):
    """Everything under 12 pt is a source label (in the warning box) or the footer;
    the article's paragraphs, the summary, the warnings and the glossary are 12 pt."""
    labels = [source_label(risk.item) for risk in rendered.risks]
    for number, page in enumerate(cli_runs, start=1):
        small = [r for r in _body(page) if r.point_size < BODY_MIN - SIZE_SLACK]
        for run in small:
            assert _in_any(run.text, labels), f"page {number}: {run}"
        assert len(_body(page)) > 3 * len(small), f"page {number}: mostly small text"
    # And the other way round: the article's and the glossary's words are body-sized.
    texts = [*source_paragraphs(), *(t.definition for t in rendered.terms_used)]
    texts += [risk.plain_text for risk in rendered.risks]
    read = [r for page in cli_runs for r in _body(page) if len(r.text) > 20]
    read = [r for r in read if _in_any(r.text, texts)]
    assert len(read) > 100
    assert all(r.point_size >= BODY_MIN - SIZE_SLACK for r in read)


def test_the_emergency_number_and_disclaimer_are_10_pt_or_more_on_every_page(cli_runs):
    for number, page in enumerate(cli_runs, start=1):
        footer = _footer(page)
        emergency = [r for r in footer if "Keadaan darurat? Telepon 119" in r.text]
        assert emergency, f"page {number}"
        assert all(r.point_size >= BODY_MIN - SIZE_SLACK for r in emergency)
        words = [r for r in footer if _in_any(r.text, [disclaimer()]) and len(r.text) > 10]
        assert " ".join(r.text for r in words) == " ".join(disclaimer().split()), number
        assert all(r.point_size >= SMALL_MIN - SIZE_SLACK for r in words)
        assert all(r.point_size >= SMALL_MIN - SIZE_SLACK for r in footer)


def test_the_notes_box_is_on_page_1_with_room_to_write(cli_runs):
    first = cli_runs[0]
    texts = [r.text for r in first]
    assert "Catatan" in texts
    label = {r.text: r for r in first if r.text in NOTE_LABELS}
    assert set(label) == set(NOTE_LABELS)
    # Lines 8-10 mm apart: "Dosis" has two (the second unlabelled).
    name_to_dose = label["Nama:"].y - label["Dosis:"].y
    dose_to_visit = label["Dosis:"].y - label["Kontrol berikutnya:"].y
    assert 8 * MM <= name_to_dose <= 10 * MM, name_to_dose / MM
    assert 16 * MM <= dose_to_visit <= 20 * MM, dose_to_visit / MM
    assert all(r.point_size >= BODY_MIN - SIZE_SLACK for r in label.values())


def test_the_warning_box_still_starts_on_page_1_after_the_summary(cli_pages, rendered):
    first = cli_pages[0]
    summary = first.index(normalise(rendered.article.meta.summary)[:60])
    box = first.index("Peringatan penting Baca bagian ini lebih dulu. DARURAT")
    notes = first.index("Catatan Nama: Dosis: Kontrol berikutnya:")
    assert notes < summary < box
    # At least the first urgent warning is whole on page 1.
    assert normalise(rendered.risks[0].plain_text) in first


def test_the_print_date_on_page_1_and_in_every_footer(cli_pages):
    printed = f"Dicetak: {long_date(dt.date.today())}"
    assert cli_pages[0].startswith(f"{TITLE} {printed}")
    for page in cli_pages:
        assert f"{TITLE} · {printed}" in page


def test_no_clinic_number_when_none_is_set(cli_text):
    assert "Telepon klinik" not in cli_text


def test_clinic_name_and_phone_on_page_1_only_when_set(qapp, rendered, tmp_path):
    from viewer.handout.painter import Handout
    from viewer.handout.pdf import write_handout_pdf

    clinic = ClinicSettings(clinic_name="Klinik Sehat Sentosa", clinic_phone="0274 512-345")
    target = tmp_path / "klinik.pdf"
    write_handout_pdf(target, Handout(rendered, clinic, printed=dt.date(2026, 11, 30)))
    pages = page_texts(target)
    assert pages[0].startswith(
        f"Klinik Sehat Sentosa Telepon klinik: 0274 512-345 {TITLE} Dicetak: 30 November 2026"
    )
    assert " ".join(pages).count("Telepon klinik") == 1
    assert all("Keadaan darurat? Telepon 119" in page for page in pages)


def _checked_body(cli_runs) -> list[list[TextRun]]:
    """Each page's body text from the summary on (page 1's header has the labels of the
    "Catatan" box) up to the "Istilah" list, whose definitions are plain."""
    pages: list[list[TextRun]] = []
    started = False
    for page in cli_runs:
        runs: list[TextRun] = []
        for run in _body(page):
            if run.text == "Istilah" and run.bold:
                pages.append(runs)
                return pages
            if started:
                runs.append(run)
            started = started or run.text == "Kontrol berikutnya:"
        pages.append(runs)
    return pages


def test_glossary_terms_are_bold_on_every_page_they_are_on(cli_runs, rendered, library_glossary):
    """The same mark everywhere: a regular run of body text never holds a term, and
    every page up to "Istilah" has bold terms on it."""
    matcher = TermMatcher(library_glossary)
    labels = [source_label(risk.item) for risk in rendered.risks]
    used = {term.key for term in rendered.terms_used}
    pages = _checked_body(cli_runs)
    assert len(pages) >= len(cli_runs) - 2  # the glossary takes a page or two
    with_bold_terms = 0
    for number, runs in enumerate(pages, start=1):
        bold_terms = set()
        for run in runs:
            found = [piece[0].key for piece in matcher.split(run.text) if isinstance(piece, tuple)]
            if run.bold:
                bold_terms.update(found)
            elif not _in_any(run.text, labels):  # a source names agencies, not terms
                assert not found, f"page {number}: term(s) {found} not bold in {run.text!r}"
        assert bold_terms <= used, f"page {number}: bold words not in Istilah"
        with_bold_terms += bool(bold_terms)
    # Every page but (perhaps) the one where the glossary starts has bold terms on it.
    assert with_bold_terms >= len(pages) - 1


def test_sources_read_as_a_patient_would_in_the_pdf(cli_text):
    assert "Sumber: FDA (badan pengawas obat AS), 2016" in cli_text
    assert "Sumber: FDA (badan pengawas obat AS), 2020" in cli_text
    assert "Sumber: NHS (layanan kesehatan nasional Inggris)" in cli_text
    box = cli_text[: cli_text.index("Hal terpenting untuk keselamatan Anda")]
    for english in ("Drug Safety Communication", "31 Aug 2016", "NHS medicines:"):
        assert english not in box
