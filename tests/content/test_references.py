"""`check` reads links, images and HTML from what Python-Markdown renders, so it agrees
with the window and the handout; odd addresses are the article's problem, never a crash."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from support import CONTENT, write_article
from viewer.check import run_check
from viewer.content.article_parser import parse_body
from viewer.content.loader import load_library
from viewer.content.model import Article, Glossary
from viewer.content.render import render_article

HEAD = "\n## A\n\nTeks.\n\n"  # the line after it is line 16


def report(folder: Path, body: str) -> list[str]:
    write_article(folder, body)
    out = io.StringIO()
    run_check(folder, Path("konten"), out)
    # The fixtures name no reviewer: the note that says so is not what these tests read.
    return [line for line in out.getvalue().splitlines()[:-1] if ": catatan: " not in line]


def test_parentheses_in_an_image_name_are_read_as_markdown_reads_them(tmp_path: Path):
    (tmp_path / "gambar").mkdir()
    (tmp_path / "gambar" / "juga(1).png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert report(tmp_path, HEAD + "![b](gambar/juga(1).png)\n") == []
    assert report(tmp_path, HEAD + "![b](gambar/juga(2).png)\n") == [
        "konten/contoh.md:16: gambar 'gambar/juga(2).png' tidak ada"
    ]


def test_an_unquoted_html_image_is_checked(tmp_path: Path):
    assert report(tmp_path, HEAD + "<img src=gambar/tidak-ada.png>\n") == [
        "konten/contoh.md:16: gambar 'gambar/tidak-ada.png' tidak ada"
    ]


def test_text_that_markdown_does_not_read_as_a_link_is_not_checked(tmp_path: Path):
    # Inside code, "[x](nowhere)" is shown as typed: nothing to load, nothing to report.
    assert report(tmp_path, HEAD + "`[x](tidak-ada.md)`\n") == []


def test_the_second_of_two_identical_links_is_reported_at_its_own_line(tmp_path: Path):
    body = HEAD + "[satu](#nope)\n\nlagi [dua](#nope)\n"
    assert report(tmp_path, body) == [
        "konten/contoh.md:16: tautan ke bagian '#nope' tidak ada",
        "konten/contoh.md:18: tautan ke bagian '#nope' tidak ada",
    ]


HTML_SLIPS = {
    "a script tag": (
        "<script>alert(1)</script>\n",
        "konten/contoh.md:16: tag HTML <script> tidak diizinkan dan tidak akan tampil",
    ),
    "a style attribute": (
        '<span style="color:red">merah</span>\n',
        "konten/contoh.md:16: atribut 'style' pada <span> tidak dipakai dan dibuang dari tampilan",
    ),
    "an underlined heading": (
        "Judul\n=====\n",
        "konten/contoh.md:17: baris '===' atau '---' tepat di bawah teks menjadikan teks itu "
        "judul yang tidak dipakai; tulis judul bagian dengan '## ', atau beri baris kosong di "
        "atas '---'",
    ),
    "a dash line right under text": (
        "Teks lagi\n---\n",
        "konten/contoh.md:17: baris '===' atau '---' tepat di bawah teks menjadikan teks itu "
        "judul yang tidak dipakai; tulis judul bagian dengan '## ', atau beri baris kosong di "
        "atas '---'",
    ),
    "an image without an address": (
        "<img alt=kosong>\n",
        "konten/contoh.md:16: gambar tanpa alamat berkas",
    ),
}


@pytest.mark.parametrize("slip", list(HTML_SLIPS), ids=list(HTML_SLIPS))
def test_what_the_sanitizer_would_drop_is_reported(tmp_path: Path, slip: str):
    line, expected = HTML_SLIPS[slip]
    assert report(tmp_path, HEAD + line) == [expected]


ODD_ADDRESSES = {
    "a broken IPv6 address": ("[x](http://[bad)", "alamat 'http://[bad' tidak valid"),
    "a broken address in HTML": ('<a href="//[x">y</a>', "alamat '//[x' tidak valid"),
    "a null byte": ("[x](a%00b)", "alamat 'a%00b' tidak valid"),
    "a name too long": (
        f"[x]({'a' * 256}.png)",
        f"nama berkas '{'a' * 59}…' terlalu panjang",
    ),
    "a symlink loop": ("![x](loop)", "gambar 'loop' adalah tautan simbolik yang berputar"),
    "a javascript address": ("[x](javascript:alert(1))", "alamat 'javascript:alert(1)' tidak"),
}


@pytest.mark.parametrize("case", list(ODD_ADDRESSES), ids=list(ODD_ADDRESSES))
def test_odd_addresses_are_the_files_problem_and_the_good_article_stays(tmp_path: Path, case: str):
    line, expected = ODD_ADDRESSES[case]
    # Both bundled articles: they name each other under `related`.
    good = ["cara-memakai-aplikasi", "clonazepam-depresi"]
    for name in [*good, "glossary"]:
        shutil.copy(CONTENT / f"{name}.md", tmp_path)
    os.symlink("loop", tmp_path / "loop")
    write_article(tmp_path, HEAD + line + "\n", name="a")
    library = load_library(tmp_path, display_root=Path("konten"))
    assert [a.meta.id for a in library.articles] == good
    assert len(library.problems) == 1
    assert str(library.problems[0]).startswith(f"konten/a.md:16: {expected}")


def test_the_renderer_never_raises_on_odd_addresses(tmp_path: Path):
    # Should such an article ever reach the renderer, it renders: the sanitizer drops
    # what it cannot parse and keeps the link text.
    body = HEAD + "\n\n".join(line for line, _ in ODD_ADDRESSES.values()) + "\n"
    parsed = parse_body(body, tmp_path / "contoh.md", 11)
    meta = load_library(CONTENT).articles[0].meta
    rendered = render_article(Article(meta, parsed.sections, tmp_path / "c.md"), Glossary(), "119")
    html = rendered.sections[0].html
    assert html.count("<a") == 5 and "<img" in html
    assert 'href="http://[bad"' not in html
