"""The small pieces: folding, the Markdown strip, marking, snippets, edit distance."""

from __future__ import annotations

import pytest

from viewer.search.fuzzy import distance
from viewer.search.query import exact_expression, fuzzy_expression, query_tokens
from viewer.search.results import SnippetPart
from viewer.search.snippet import snippet
from viewer.search.text import fold, mark, plain_text


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Klonazepám", "klonazepam"), ("CAFÉ", "cafe"), ("Straße", "strasse"), ("abc", "abc")],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_plain_text_drops_markdown_syntax() -> None:
    markdown = (
        "Minum **obat** dan _air_. Lihat [bagian dua](#dua) atau ![gambar](a.png).\n"
        "- satu\n- dua\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        "Telepon {nomor_darurat} atau <https://nhs.uk> `kode`."
    )
    text = plain_text(markdown)
    assert text == (
        "Minum obat dan air. Lihat bagian dua atau gambar. satu dua a b 1 2 "
        "Telepon {nomor_darurat} atau https://nhs.uk kode."
    )


def test_a_snippet_shows_the_clinics_emergency_number_where_the_article_has_it() -> None:
    # "segera telepon ." would drop the one thing a reader must do.
    from viewer.ui.search_page import snippet_text

    text = plain_text("Jika sesak napas, segera telepon {nomor_darurat}.")
    assert snippet_text(text, "112") == "Jika sesak napas, segera telepon 112 ."


def test_mark_marks_words_that_start_with_a_term() -> None:
    assert mark("Obat tidur, obatnya.", ["obat"]) == (
        SnippetPart("Obat", True),
        SnippetPart(" tidur, ", False),
        SnippetPart("obatnya", True),
        SnippetPart(".", False),
    )
    assert mark("Café", ["cafe"]) == (SnippetPart("Café", True),)
    assert mark("teks", []) == (SnippetPart("teks", False),)


def test_snippet_is_whole_text_when_short() -> None:
    assert snippet("Satu dua tiga.", ["dua"]) == (
        SnippetPart("Satu "),
        SnippetPart("dua", True),
        SnippetPart(" tiga."),
    )


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("klonazepam", "clonazepam", 1),
        ("clonazepem", "clonazepam", 1),
        ("klonasepam", "clonazepam", 2),
        ("clonazpeam", "clonazepam", 1),  # a swap of neighbours is one edit
        ("obat", "obat", 0),
        ("abc", "xyzuvw", 3),
    ],
)
def test_distance(a: str, b: str, expected: int) -> None:
    assert distance(a, b, 2) == min(expected, 3)


def test_the_query_is_quoted_and_folded() -> None:
    tokens = query_tokens('Obat "TIDUR" obat NEAR(')
    assert tokens == ["obat", "tidur", "near"]
    assert exact_expression(tokens) == '"obat"* AND "tidur"* AND "near"*'
    assert fuzzy_expression(["kopu"], {"kopu": ["kopi"]}) == '("kopu"* OR "kopi")'
