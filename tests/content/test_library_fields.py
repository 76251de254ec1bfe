"""The library's optional front matter fields (categories, keywords, related, order): read
tidy, and every slip reported at its line with the line to write."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from support import FRONT, GOOD_BODY, write_article
from viewer.check import run_check
from viewer.content.loader import load_library

# FRONT ends with `reviewer = ""` on line 9 and `+++` on line 10: new fields go on line 10.
FIELD_LINE = 10


def front_with(*lines: str, name: str = "obat") -> str:
    base = FRONT.format(id=name)
    return base.replace('reviewer = ""\n', 'reviewer = ""\n' + "".join(f"{x}\n" for x in lines))


def problems(folder: Path, *lines: str) -> list[str]:
    write_article(folder, GOOD_BODY, "obat", front_with(*lines))
    library = load_library(folder, display_root=Path("konten"))
    return [str(p) for p in library.problems]


def test_the_fields_are_optional_and_default_to_empty(tmp_path: Path):
    write_article(tmp_path, GOOD_BODY, "obat")
    (article,) = load_library(tmp_path).articles
    meta = article.meta
    assert (meta.categories, meta.keywords, meta.related, meta.order) == ((), (), (), None)


def test_each_field_is_read_tidy(tmp_path: Path):
    write_article(tmp_path, GOOD_BODY, "lain")
    lines = (
        'categories = ["Obat  jiwa", " Obat jiwa ", "Panduan"]',
        "keywords = [",
        '  "Rivotril",',
        '  "klonazepam",',
        '  "Rivotril",',
        '  "rivotril",',
        "]",
        'related = ["lain"]',
        "order = 7",
    )
    write_article(tmp_path, GOOD_BODY, "obat", front_with(*lines))
    library = load_library(tmp_path)
    assert library.problems == ()
    meta = library.article("obat").meta
    assert meta.categories == ("Obat jiwa", "Panduan")  # spaces collapsed, repeat dropped
    assert meta.keywords == ("Rivotril", "klonazepam", "rivotril")  # exact repeats only
    assert meta.related == ("lain",)
    assert meta.order == 7
    assert meta.shelf_key == (0, 7, "contoh obat")


def test_an_empty_list_and_order_zero_are_accepted(tmp_path: Path):
    assert problems(tmp_path, "categories = []", "order = 0") == []


# (line in front matter, what the message must say: the line to write or the rule)
SLIPS = {
    "one category as text": (
        'categories = "Obat jiwa"',
        "kolom 'categories' harus berupa daftar, walaupun isinya hanya satu",
        'tulis: categories = ["Obat jiwa"]',
    ),
    "keywords as one text with commas": (
        'keywords = "Rivotril, klonazepam"',
        "kolom 'keywords' harus berupa daftar",
        'tulis: keywords = ["Rivotril", "klonazepam"]',
    ),
    "related as text": (
        'related = "lain"',
        "kolom 'related' harus berupa daftar",
        'tulis: related = ["lain"]',
    ),
    "a list field as a number": (
        "categories = 5",
        "kolom 'categories' harus berupa daftar teks di antara kurung siku",
        'misalnya categories = ["Obat jiwa"]',
    ),
    "a number in a list": (
        'keywords = ["Rivotril", 5]',
        "kolom 'keywords': isi ke-2 bukan teks",
        'tulis: keywords = ["Rivotril", "5"]',
    ),
    "an empty text in a list": (
        'categories = ["Obat", "  "]',
        "kolom 'categories' berisi teks kosong",
        "isi ke-2; hapus isi yang kosong itu",
    ),
    "a file name in related": (
        'related = ["Obat Demam.md"]',
        "kolom 'related': 'Obat Demam.md' bukan id artikel",
        'misalnya "obat-demam"',
    ),
    "the article itself in related": (
        'related = ["obat"]',
        "kolom 'related' memuat id artikel ini sendiri ('obat')",
        "hapus isi itu",
    ),
    "a quoted order": (
        'order = "5"',
        "kolom 'order' harus angka bulat 0 sampai 9999, tanpa tanda kutip",
        "tulis: order = 5",
    ),
    "a float order": ("order = 2.0", "tanpa koma atau titik", "tulis: order = 2"),
    "a fraction order": ("order = 2.5", "tanpa koma atau titik", "tulis: order = 2 atau order = 3"),
    "a negative order": (
        "order = -3",
        "kolom 'order' tidak boleh kurang dari 0",
        "untuk paling depan tulis: order = 0",
    ),
    "a huge order": ("order = 10000", "kolom 'order' terlalu besar", "order = 9999"),
    "order as yes": ("order = true", "kolom 'order' harus angka bulat", "misalnya order = 10"),
    "order with a leading zero": (
        "order = 05",
        "kolom 'order' tidak boleh diawali angka 0",
        "tulis: order = 5",
    ),
    "category for categories": (
        'category = ["Obat"]',
        "kolom 'category' tidak dikenal",
        "mungkin maksudnya 'categories'",
    ),
    "keyword for keywords": (
        'keyword = ["Obat"]',
        "kolom 'keyword' tidak dikenal",
        "mungkin maksudnya 'keywords'",
    ),
    "tags for keywords": ('tags = ["Obat"]', "kolom 'tags' tidak dikenal", "'keywords'"),
    "Indonesian urutan for order": ("urutan = 3", "kolom 'urutan' tidak dikenal", "'order'"),
}


@pytest.mark.parametrize("case", list(SLIPS), ids=list(SLIPS))
def test_each_slip_is_reported_at_its_line_with_the_fix(tmp_path: Path, case: str):
    line, *wanted = SLIPS[case]
    (problem,) = problems(tmp_path, line)
    assert problem.startswith(f"konten/obat.md:{FIELD_LINE}: "), problem
    for text in wanted:
        assert text in problem, (text, problem)


def test_a_slip_further_down_names_its_own_line(tmp_path: Path):
    (problem,) = problems(tmp_path, 'categories = ["Obat"]', "order = 1", 'keywords = "x"')
    assert problem.startswith(f"konten/obat.md:{FIELD_LINE + 2}: kolom 'keywords'")


def test_a_non_text_item_of_a_list_written_over_lines_names_the_fields_line(tmp_path: Path):
    (problem,) = problems(tmp_path, "keywords = [", '  "a",', "  3,", "]")
    assert problem.startswith(f"konten/obat.md:{FIELD_LINE}: kolom 'keywords': isi ke-2")


def test_check_fails_on_a_slip_and_leaves_the_article_out(tmp_path: Path):
    write_article(tmp_path, GOOD_BODY, "obat", front_with('order = "1"'))
    out = io.StringIO()
    assert run_check(tmp_path, Path("konten"), out) == 1
    assert f"konten/obat.md:{FIELD_LINE}: kolom 'order'" in out.getvalue()
    assert load_library(tmp_path).articles == ()


def test_an_id_with_a_line_break_at_its_end_is_no_id() -> None:
    # `$` would match before a final newline: "obat\n" passed as an id, and a message
    # quoting it broke over two lines.
    from viewer.content.links import ARTICLE_ID

    assert ARTICLE_ID.match("clonazepam-depresi")
    assert not ARTICLE_ID.match("clonazepam-depresi\n")
