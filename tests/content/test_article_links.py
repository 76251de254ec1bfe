"""Links between articles (`x.md`, `x.md#bagian`) and `related`: what counts as one, that
the HTML keeps them for the window, that paper prints only their text, and what `check`
says about a dead one, at its line, without leaving the linking article out."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from support import FRONT, write_article
from viewer.check import run_check
from viewer.content.links import article_link
from viewer.content.loader import load_article, load_library
from viewer.content.model import Glossary
from viewer.content.render import render_article


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("obat-lain.md", ("obat-lain", None)),
        ("obat-lain.md#cara-minum", ("obat-lain", "cara-minum")),
        ("obat-lain.md#", ("obat-lain", None)),
        ("a1.md#bagian-%C3%A9", ("a1", "bagian-é")),
        ("obat-lain", None),  # no .md
        ("gambar/obat.md", None),  # a folder part
        ("./obat.md", None),
        ("../obat.md", None),
        ("/obat.md", None),
        ("C:\\obat.md", None),
        ("sub\\obat.md", None),
        ("Obat.md", None),  # not an id: capitals
        ("obat lain.md", None),
        ("obat.MD", None),
        ("obat.md?x=1", None),
        ("https://contoh.test/obat.md", None),
        ("file:obat.md", None),
        ("#bagian", None),
        ("term:kejang", None),
        ("gambar/x.png", None),
        ("http://[bad", None),
        ("", None),
    ],
)
def test_article_link_tells_an_article_of_the_folder_from_any_other_address(
    address: str, expected: tuple[str, str | None] | None
):
    assert article_link(address) == expected


LINKING = """
## Bagian satu

Baca juga [obat lain](lain.md) dan [cara minumnya](lain.md#cara-minum).

## Bagian dua

Teks kedua.
"""
TARGET = """
## Cara minum

Minum dengan air. Kembali ke [artikel pertama](obat.md#bagian-dua).
"""
# Line numbers in LINKING: FRONT is 10 lines, the body starts on line 11 with "".
LINK_LINE = 14


def check(folder: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = run_check(folder, Path("konten"), out)
    lines = [line for line in out.getvalue().splitlines() if ": catatan: " not in line]
    return status, lines


def test_a_good_cross_link_both_ways_passes_check(tmp_path: Path):
    write_article(tmp_path, LINKING, "obat")
    write_article(tmp_path, TARGET, "lain")
    status, lines = check(tmp_path)
    assert status == 0, lines
    assert lines[-1].startswith("OK: 2 artikel")


def test_a_link_to_a_missing_article_is_a_problem_at_its_line(tmp_path: Path):
    write_article(tmp_path, LINKING.replace("(lain.md)", "(lian.md)"), "obat")
    write_article(tmp_path, TARGET, "lain")
    status, lines = check(tmp_path)
    assert status == 1
    assert lines[:-1] == [
        f"konten/obat.md:{LINK_LINE}: tautan 'lian.md' menuju artikel lian.md, yang tidak ada "
        "di folder konten; mungkin maksudnya 'lain.md': periksa ejaannya"
    ]


def test_a_link_to_a_section_the_target_lacks_is_a_problem_at_its_line(tmp_path: Path):
    write_article(tmp_path, LINKING.replace("#cara-minum", "#cara-pakai"), "obat")
    write_article(tmp_path, TARGET, "lain")
    status, lines = check(tmp_path)
    assert status == 1
    (problem,) = lines[:-1]
    assert problem.startswith(
        f"konten/obat.md:{LINK_LINE}: tautan 'lain.md#cara-pakai': artikel lain.md tidak punya "
        "bagian '#cara-pakai'"
    )
    assert "#cara-minum" in problem  # the sections it does have, or the close one


def test_a_dead_link_keeps_the_article_in_the_library(tmp_path: Path):
    write_article(tmp_path, LINKING, "obat")  # lain.md is not there
    library = load_library(tmp_path, display_root=Path("konten"))
    assert [a.meta.id for a in library.articles] == ["obat"]
    assert [p.origin.line for p in library.problems] == [LINK_LINE, LINK_LINE]
    assert all("lain.md" in p.message for p in library.problems)


def test_related_naming_a_missing_article_is_a_problem_at_the_related_line(tmp_path: Path):
    front = FRONT.format(id="obat").replace(
        'reviewer = ""\n', 'reviewer = ""\ncategories = ["Obat"]\nrelated = ["lain", "tiada"]\n'
    )
    write_article(tmp_path, "\n## Satu\n\nTeks.\n", "obat", front)
    write_article(tmp_path, TARGET.replace("obat.md#bagian-dua", "obat.md#satu"), "lain")
    status, lines = check(tmp_path)
    assert status == 1
    assert lines[:-1] == [
        "konten/obat.md:11: kolom 'related': artikel 'tiada' tidak ada di folder konten; "
        "tulis id artikel lain (nama berkasnya tanpa .md), atau hapus isi itu"
    ]
    assert len(load_library(tmp_path).articles) == 2


def test_a_link_to_an_article_left_out_for_its_own_problems_says_so(tmp_path: Path):
    write_article(tmp_path, LINKING, "obat")
    write_article(tmp_path, "\n## Cara minum\n\n::: darurat\nTanpa sumber.\n:::\n", "lain")
    _status, lines = check(tmp_path)
    about_links = [line for line in lines if line.startswith("konten/obat.md")]
    assert len(about_links) == 2
    assert all("berkas lain.md sendiri bermasalah" in line for line in about_links)


def test_one_article_loaded_alone_checks_an_article_link_as_a_file(tmp_path: Path):
    """The handout loads one article: it cannot know the library, and an article link to
    a file that is there is no problem; to one that is not, the file is missing, as
    for any link to a file."""
    path = write_article(tmp_path, LINKING, "obat")
    _article, found = load_article(path, tmp_path, Path("konten"))
    assert [p.message for p in found] == [
        "berkas 'lain.md' tidak ada",
        "berkas 'lain.md#cara-minum' tidak ada",
    ]
    write_article(tmp_path, TARGET, "lain")
    article, found = load_article(path, tmp_path, Path("konten"))
    assert article is not None and found == []


def test_the_sanitized_html_keeps_the_article_href(tmp_path: Path):
    write_article(tmp_path, LINKING, "obat")
    write_article(tmp_path, TARGET, "lain")
    for keep_html in (False, True):
        library = load_library(tmp_path, keep_html=keep_html)
        rendered = render_article(library.article("obat"), Glossary(), "119")
        html = rendered.sections[0].html
        assert '<a href="lain.md">obat lain</a>' in html
        assert '<a href="lain.md#cara-minum">cara minumnya</a>' in html


def test_paper_prints_only_the_text_of_an_article_link():
    from viewer.handout.document import paper_links

    html = (
        '<p>Baca <a href="lain.md#cara-minum">cara minumnya</a> dan <a href="lain.md">ini</a>.</p>'
    )
    assert paper_links(html) == "<p>Baca cara minumnya dan ini.</p>"
