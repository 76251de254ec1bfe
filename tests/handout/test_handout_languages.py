"""A handout is in its article's language: every fixed word around the article (headings,
"Catatan", level words, "Sumber", the footer, dates) is the article's language, whatever
the interface shows; `handout --language en` prints the English variant.

English words are asserted as whatever the English catalogue gives for the Indonesian
source (i18n.translate(context, source, "en")): the catalogue is being translated while
this is written. One assertion needs a word the catalogue has already translated.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator
from pathlib import Path

import pytest
from handout_support import normalise, page_texts, run_cli

from support import FRONT, GOOD_BODY, write_article
from viewer import i18n
from viewer.clinic_settings import ClinicSettings
from viewer.content.loader import load_library
from viewer.content.model import Level
from viewer.content.render import render_article
from viewer.handout.command import BrokenArticleError, load_checked, load_source
from viewer.handout.document import footer_text, handout_html
from viewer.i18n import translate
from viewer.presentation.levels import level_hint, level_word
from viewer.presentation.review import review_line
from viewer.presentation.wording import (
    disclaimer,
    emergency_line,
    long_date,
    source_label,
    warnings_heading,
)

pytestmark = pytest.mark.usefixtures("qapp")
TODAY = dt.date(2026, 8, 17)
EN_FRONT = (
    FRONT.replace('language = "id"', 'language = "en"')
    .replace('title = "Contoh {id}"', 'title = "Example {id}"')
    .replace('summary = "Ringkasan singkat."', 'summary = "A short summary."')
)
EN_BODY = """
## Part one

First text.

::: urgent
Call {nomor_darurat} now.
Source: NHS
:::

::: caution
Good to know.
Source: article
:::

## Part two

Second text about seizures.

::: warning
Talk to your doctor.
Source: FDA
:::
"""
# Fixed words of the handout (context, Indonesian source), each said in the article's
# language; level words and the footer are checked through their own functions.
HANDOUT_WORDS = (
    ("Handout", "Catatan"),
    ("Handout", "Nama:"),
    ("Handout", "Dosis:"),
    ("Handout", "Kontrol berikutnya:"),
    ("Handout", "Baca bagian ini lebih dulu."),
    ("Handout", "Istilah"),
    ("Source", "dari artikel"),
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    content = tmp_path / "konten"
    write_article(content, GOOD_BODY.replace("Teks kedua.", "Teks kedua tentang kejang."))
    (content / "contoh.en.md").write_text(EN_FRONT.format(id="contoh") + EN_BODY, "utf-8")
    write_article(content, GOOD_BODY, name="lain")  # no English variant
    (content / "glossary.md").write_text("## kejang\nGerakan tiba-tiba.\n", "utf-8")
    (content / "glossary.en.md").write_text("## seizure\nForms: seizures\nA fit.\n", "utf-8")
    return content


@pytest.fixture
def english_interface() -> Iterator[None]:
    before = i18n.interface_language()
    # The catalogue is part of the app (compiled from viewer_en.ts): it must load.
    assert i18n.set_language("en") == "en"
    yield
    i18n.set_language(before)


def _html(folder: Path, language: str | None) -> tuple[str, object]:
    library = load_library(folder)
    article = library.article("contoh", language)
    rendered = render_article(article, library.glossary_in(article.meta.language), "119")
    clinic = ClinicSettings(clinic_phone="021 555")
    return handout_html(rendered, clinic, TODAY), footer_text(rendered, clinic, TODAY)


def _in(text: str, page: str) -> bool:
    return html.escape(text, quote=False) in page


def test_the_english_variants_handout_has_english_fixed_words(folder):
    page, footer = _html(folder, "en")
    assert '<html lang="en">' in page and "Example contoh" in page
    for context, source in HANDOUT_WORDS:
        assert _in(translate(context, source, "en"), page), source
    assert _in(warnings_heading("en"), page)
    for level in Level:
        assert _in(f"{level_word(level, 'en')} · {level_hint(level, 'en')}", page)
    article = load_library(folder).article("contoh", "en")
    for item in article.warnings:
        assert _in(source_label(item, "en"), page)
    assert _in(translate("Handout", "Dicetak: {date}", "en").format(date="17 August 2026"), page)
    assert footer.language == "en"
    assert footer.disclaimer == disclaimer("en")
    assert footer.emergency == emergency_line("119", "en")
    assert footer.review == review_line(article.meta, "en")
    expected = translate("Handout", "Halaman {page} dari {pages}", "en").format(page=1, pages=2)
    assert footer.page_label(1, 2) == expected
    # Its glossary is the English one.
    assert "<b>seizures</b>" in page and "A fit." in page


def test_english_words_are_english_where_the_catalogue_has_them(folder):
    """Dates are Qt's locale data; a level word is one the catalogue already has."""
    assert long_date(dt.date(2027, 8, 17), "en") == "17 August 2027"
    assert long_date(dt.date(2027, 8, 17), "id") == "17 Agustus 2027"
    assert i18n.catalogue("en") is not None
    assert translate("Level", "DARURAT", "en") != "DARURAT"
    page, _footer = _html(folder, "en")
    assert "DARURAT" not in page and level_word(Level.URGENT, "en") in page


@pytest.mark.usefixtures("english_interface")
def test_an_indonesian_article_prints_indonesian_words_in_an_english_window(folder):
    page, footer = _html(folder, None)
    assert '<html lang="id">' in page
    for _context, source in HANDOUT_WORDS:
        assert _in(source, page), source
    assert "Peringatan penting" in page
    assert "DARURAT · Segera bertindak" in page
    assert "Dicetak: 17 Agustus 2026" in page
    assert footer.disclaimer == disclaimer("id") and footer.page_label(2, 3) == "Halaman 2 dari 3"
    assert footer.emergency == "Keadaan darurat? Telepon 119"
    # ... while the window's own words (language None) are the interface's.
    assert disclaimer() == disclaimer("en")


# -- which article is printed -------------------------------------------------------------
def test_the_original_unless_a_language_asks_for_its_variant(folder):
    assert load_source("contoh", folder).article.meta.language == "id"
    source = load_source("contoh", folder, "en")
    assert source.article.path.name == "contoh.en.md"
    assert [t.term for t in source.glossary.terms] == ["seizure"]
    assert load_source("lain", folder, "en").article.meta.language == "id"  # none: original
    assert load_source(str(folder / "contoh.en.md"), None).article.meta.language == "en"


def test_a_translation_that_drops_a_warning_is_never_printed(folder):
    path = folder / "contoh.en.md"
    path.write_text(path.read_text("utf-8").replace("::: caution", "::: urgent"), "utf-8")
    with pytest.raises(BrokenArticleError) as raised:
        load_checked(folder / "contoh.md", folder, "en")
    assert raised.value.lines[0].startswith(f"{folder}/contoh.en.md:")
    assert "bagian 1 punya peringatan (darurat, perhatian) di artikel asli" in str(raised.value)


# -- the command, end to end --------------------------------------------------------------
def test_handout_language_en_prints_the_english_variant(folder, tmp_path):
    output = tmp_path / "en.pdf"
    result = run_cli(
        "--content", str(folder), "handout", "contoh", "--language", "en", "-o", str(output),
        home=tmp_path / "home",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    text = " ".join(page_texts(output))
    assert "Example contoh" in text and "Call 119 now." in text
    for context, source in (*HANDOUT_WORDS[:5], ("Warnings", "Peringatan penting")):
        assert normalise(translate(context, source, "en")) in text, source
    assert normalise(disclaimer("en")) in text
    assert translate("Handout", "Halaman {page} dari {pages}", "en").format(page=1, pages=1) in text
    assert "Agustus" not in text


def test_handout_all_language_en_writes_variants_beside_and_says_which_are_not(folder, tmp_path):
    output = tmp_path / "out"
    result = run_cli(
        "--content", str(folder), "handout", "--all", "--language", "en", "-o", str(output),
        home=tmp_path / "home",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in output.iterdir()) == ["contoh.en.pdf", "lain.pdf"]
    assert result.stderr.splitlines() == [
        translate(
            "Handout",
            "{id}: tidak ada terjemahan dalam bahasa '{language}'; dicetak dalam bahasa "
            "aslinya ('{original}')",
            "en",
        ).format(id="lain", language="en", original="id")
    ]
    assert "Contoh lain" in " ".join(page_texts(output / "lain.pdf"))
