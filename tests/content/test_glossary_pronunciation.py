"""The glossary's optional `Ucapan:` line: how read-aloud says a term, never shown."""

from __future__ import annotations

from pathlib import Path

from viewer.content.glossary import parse_glossary
from viewer.content.loader import load_library

CONTENT = Path(__file__).resolve().parents[2] / "content"
PATH = Path("konten/glossary.md")


def parse(text: str):
    return parse_glossary(text, PATH)


def test_a_pronunciation_is_kept_apart_from_the_definition():
    glossary, problems = parse(
        "# Daftar istilah\n\n## SSRI\nBentuk lain: inhibitor\nUcapan:  es es  er i \n"
        "Golongan antidepresan.\n"
    )
    assert problems == ()
    (term,) = glossary.terms
    assert term.pronunciation == "es es er i"
    assert term.definition == "Golongan antidepresan."
    assert term.forms == ("inhibitor",)


def test_the_english_key_and_any_case_are_accepted():
    text = "## GABA\npronunciation: gaba\nZat.\n## MAOI\nUCAPAN: em a o i\nObat.\n"
    glossary, problems = parse(text)
    assert problems == ()
    assert [t.pronunciation for t in glossary.terms] == ["gaba", "em a o i"]


def test_a_term_without_one_has_none():
    glossary, _ = parse("## kejang\nGerakan tubuh.\n")
    assert glossary.terms[0].pronunciation == ""


def test_an_empty_pronunciation_is_reported_and_the_term_kept():
    glossary, problems = parse("## SSRI\nUcapan:   \nGolongan antidepresan.\n")
    assert [str(p) for p in problems] == [
        "konten/glossary.md:2: baris 'Ucapan:' untuk istilah 'SSRI' kosong"
    ]
    assert glossary.terms[0].pronunciation == ""
    assert glossary.terms[0].definition == "Golongan antidepresan."


def test_a_pronunciation_before_any_term_is_reported():
    _, problems = parse("# Daftar istilah\nUcapan: es es er i\n## SSRI\nGolongan.\n")
    assert [str(p) for p in problems] == [
        "konten/glossary.md:2: baris 'Ucapan:' sebelum istilah pertama ('## istilah')"
    ]


def test_a_second_pronunciation_is_reported_and_the_first_kept():
    glossary, problems = parse("## SSRI\nUcapan: es es er i\nGolongan.\nUcapan: sri\n")
    assert [str(p) for p in problems] == [
        "konten/glossary.md:4: istilah 'SSRI' sudah punya baris 'Ucapan:' di baris 2"
    ]
    assert glossary.terms[0].pronunciation == "es es er i"


def test_the_shipped_glossary_pronounces_ssri_and_gaba():
    library = load_library(CONTENT)
    assert library.problems == ()
    assert library.glossary.get("SSRI").pronunciation == "es es er i"
    assert library.glossary.get("GABA").pronunciation == "gaba"
    # Not part of anything shown: the definitions do not carry the line.
    assert all("Ucapan" not in t.definition for t in library.glossary.terms)


def test_check_reports_a_bad_pronunciation_with_its_line(tmp_path: Path):
    (tmp_path / "glossary.md").write_text("## SSRI\nUcapan:\nGolongan.\n", encoding="utf-8")
    library = load_library(tmp_path)
    assert [p.message for p in library.problems] == ["baris 'Ucapan:' untuk istilah 'SSRI' kosong"]
    assert library.problems[0].origin.line == 2
