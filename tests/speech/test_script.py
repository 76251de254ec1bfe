"""What read-aloud says and where each word is shown (no Qt needed)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from viewer import i18n
from viewer.content.loader import load_library
from viewer.content.model import Glossary, Level, SourceRef, Term
from viewer.content.shelf import Shelf
from viewer.content.slug import SUMMARY_ID
from viewer.speech.script import (
    Target,
    Utterance,
    article_script,
    risks_script,
    section_script,
    spoken,
    summary_script,
    term_script,
    title_script,
)

CONTENT = Path(__file__).resolve().parents[2] / "content"
ORIGIN = SourceRef(Path("glossary.md"), 1)
SSRI = Term(
    "SSRI", ("inhibitor reuptake serotonin selektif",), "Golongan obat.", ORIGIN, "es es er i"
)
GLOSSARY = Glossary((SSRI,))


def level_word(level: Level) -> str:
    return {Level.URGENT: "DARURAT", Level.WARNING: "PERINGATAN", Level.CAUTION: "PERHATIAN"}[level]


@pytest.fixture(scope="module")
def library():
    return load_library(CONTENT)


@pytest.fixture(scope="module")
def article(library):
    return library.article("clonazepam-depresi")


NO_TERMS = Glossary()


def mapped(shown: str, glossary: Glossary = NO_TERMS, number: str = "119", lang: str = "id"):
    text, spans = spoken(shown, glossary, number, lang)
    return text, [(text[a:b], shown[c:d]) for a, b, c, d in spans]


def test_the_emergency_number_is_said_digit_by_digit_each_digit_a_word():
    text, words = mapped("Telepon 119 segera.")
    assert text == "Telepon satu satu sembilan segera."
    assert words == [
        ("Telepon", "Telepon"),
        ("satu", "119"),
        ("satu", "119"),
        ("sembilan", "119"),
        ("segera", "segera"),
    ]


def test_digits_in_english_and_a_number_in_groups():
    assert mapped("Call 112 now.", number="112", lang="en")[0] == "Call one one two now."
    text, words = mapped("Hubungi 0812-3456-789.", number="0812-3456-789")
    assert text == ("Hubungi nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan.")
    assert {shown for _, shown in words[1:]} == {"0812-3456-789"}


def test_other_numbers_are_left_as_written():
    assert mapped("Minum 2 tablet, jarak 1190 menit.")[0] == "Minum 2 tablet, jarak 1190 menit."


def test_a_glossary_pronunciation_replaces_the_term_and_maps_to_it():
    text, words = mapped("Obat SSRI, bukan ssri-nya.", GLOSSARY)
    assert text == "Obat es es er i, bukan es es er i-nya."
    assert words[1:5] == [("es", "SSRI"), ("es", "SSRI"), ("er", "SSRI"), ("i", "SSRI")]


def test_a_pronunciation_is_for_the_term_not_its_other_forms():
    text, _ = mapped("inhibitor reuptake serotonin selektif", GLOSSARY)
    assert text == "inhibitor reuptake serotonin selektif"


def test_capitals_without_a_pronunciation_are_spelled_in_indonesian_letter_names():
    text, words = mapped("Pergi ke IGD atau baca NHS dan WHO.")
    assert text == "Pergi ke i ge de atau baca en ha es dan we ha o."
    assert ("ge", "IGD") in words and ("we", "WHO") in words


def test_only_two_to_six_capitals_are_spelled():
    assert mapped("A dan ABCDEFG")[0] == "A dan ABCDEFG"
    assert mapped("UKM")[0] == "u ka em"
    assert mapped("XYZ", lang="en")[0] == "ex why zed"


def test_shouted_words_are_read_as_words():
    assert mapped("JANGAN MINUM ALKOHOL dengan obat ini.")[0] == (
        "JANGAN MINUM ALKOHOL dengan obat ini."
    )


def test_a_roman_numeral_is_said_as_its_number():
    assert mapped("psikotropika golongan IV")[0] == "psikotropika golongan empat"
    assert mapped("sinar X dan vitamin C")[0] == "sinar X dan vitamin C"


def assert_spans_exact(utterance: Utterance) -> None:
    """Every span: a spoken word, and the shown word it reads; plain words identical."""
    for a, b, c, d in utterance.spans:
        said, shown = utterance.text[a:b], utterance.shown[c:d]
        assert said.strip() == said and said, utterance
        assert shown.strip() == shown and shown, utterance
        if said != shown:  # a transformed word: a digit, a letter, a pronunciation, a numeral
            assert shown.isupper() or any(ch.isdigit() for ch in shown), (said, shown)
    # Every spoken word is covered by a span (the level word before a warning aside).
    starts = {a for a, *_ in utterance.spans}
    for match in re.finditer(r"\w+", utterance.text):
        inside = any(a <= match.start() < b for a, b, *_ in utterance.spans)
        assert inside or utterance.target is Target.RISK, (match.group(0), utterance)
    assert starts


def test_warnings_urgent_first_level_word_first_number_filled_no_sources(article, library):
    script = risks_script(article, "119", library.glossary, "id", level_word=level_word)
    assert len(script) == len(article.warnings)
    levels = [w.level for w in article.warnings]
    assert levels == sorted(levels, key=lambda lv: lv.rank)
    for index, (utterance, item) in enumerate(zip(script, article.warnings, strict=True)):
        assert utterance.target is Target.RISK and utterance.key == str(index)
        word = level_word(item.level).capitalize()
        assert utterance.text.startswith(f"{word}. ")
        assert "{nomor_darurat}" not in utterance.shown
        assert "Sumber" not in utterance.text and item.source not in utterance.text
        assert_spans_exact(utterance)
    urgent = script[0]
    assert "satu satu sembilan" in urgent.text and "119" in urgent.shown


def test_sources_are_read_only_when_asked(article, library):
    script = risks_script(
        article, "119", library.glossary, "id", include_sources=True, level_word=level_word
    )
    assert all("Sumber:" in u.text for u in script)


def test_the_screen_level_words_are_the_default(article, library):
    (first, *_) = risks_script(article, "119", library.glossary, "id")
    assert first.text.startswith("Darurat. ")


def test_the_level_words_are_said_in_the_articles_language_whatever_the_interface():
    """An English reading in an Indonesian window: "Urgent", not "Darurat", in an
    English voice (the interface stays Indonesian: i18n's default)."""
    shelf = Shelf.from_library(load_library(CONTENT))  # variants by the shelf's rule
    article = shelf.article("clonazepam-depresi", "en")
    assert article is not None and article.meta.language == "en"
    assert i18n.interface_language() == "id"
    (first, *_) = risks_script(article, "119", shelf.glossary_in("en"), "en")
    assert first.text.startswith("Urgent. ")


def test_a_section_is_its_heading_then_one_utterance_per_paragraph_without_sources():
    body = "Minum SSRI tiap pagi.\n\nJika lupa, telepon 119.\nSumber: NHS\n- Satu butir"
    script = section_script("cara-minum", "Cara minum", body, GLOSSARY, "119", "id")
    assert [u.text for u in script] == [
        "Cara minum",
        "Minum es es er i tiap pagi.",
        "Jika lupa, telepon satu satu sembilan.",
        "- Satu butir",
    ]
    assert [u.heading for u in script] == [True, False, False, False]
    assert all(u.target is Target.SECTION and u.key == "cara-minum" for u in script)
    # Offsets are in the whole body as shown, so the window highlights where it shows.
    assert script[2].shown == body
    assert [script[2].shown[c:d] for *_, c, d in script[2].spans][-1] == "119"
    for utterance in script:
        assert_spans_exact(utterance)


def test_summary_and_title(article, library):
    (title,) = title_script(article.meta)
    assert title.target is Target.TITLE and title.key == "" and title.text == article.meta.title
    summary = summary_script("Ringkas.\nDua.", library.glossary, "119", "id")
    assert [(u.key, u.text) for u in summary] == [(SUMMARY_ID, "Ringkas."), (SUMMARY_ID, "Dua.")]
    assert SUMMARY_ID == "ringkasan"


def test_read_all_is_title_summary_warnings_then_sections_in_order(article, library):
    bodies = {s.id: f"Isi {s.id}." for s in article.sections}
    script = article_script(article, "Ringkasan.", bodies, library.glossary, "119")
    targets = [u.target for u in script]
    assert targets[:2] == [Target.TITLE, Target.SUMMARY]
    risks = [i for i, t in enumerate(targets) if t is Target.RISK]
    assert risks == list(range(2, 2 + len(article.warnings)))
    keys = [u.key for u in script if u.target is Target.SECTION]
    assert list(dict.fromkeys(keys)) == [s.id for s in article.sections]
    for utterance in script:
        assert_spans_exact(utterance)


def test_a_term_then_its_definition(library):
    script = term_script(library.glossary.get("SSRI"), "id", library.glossary)
    assert script[0].text == "es es er i"
    assert script[0].heading and not script[1].heading
    assert script[1].text.startswith("Golongan antidepresan")
    # One utterance a sentence: the definition's pronunciation is in one of them.
    assert any("es es er i menambah" in u.text for u in script[1:])
    assert {u.key for u in script} == {"ssri"}


def test_a_word_boundary_maps_to_the_shown_word():
    (utterance,) = section_script("s", "Telepon 119", "", Glossary(), "119", "id")[:1]
    start = utterance.text.index("sembilan")
    assert utterance.shown_range(start) == (8, 11)
    assert utterance.shown_range(0) == (0, 7)
    assert utterance.shown_range(len(utterance.text) + 5) is None


def test_a_paragraph_is_said_a_sentence_at_a_time_and_abbreviations_do_not_split():
    body = "Minum obat ini pagi hari. Jangan minum alkohol! Dosis mis. 2.5 mg cukup."
    said = section_script("s", "Cara minum", body, Glossary(), "119", "id")
    sentences = [u.shown[u.spans[0][2] : u.spans[-1][3]] for u in said if not u.heading]
    # (A word's span leaves out the mark after it.)
    assert sentences == [
        "Minum obat ini pagi hari",
        "Jangan minum alkohol",
        "Dosis mis. 2.5 mg cukup",
    ]
