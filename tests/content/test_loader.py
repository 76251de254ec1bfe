"""Loading content: the model it builds, and a path:line message for every broken case."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from support import FRONT, GOOD_BODY, write_article
from viewer.check import run_check
from viewer.content.loader import load_library
from viewer.content.model import Level


def problems_of(folder: Path) -> list[str]:
    return [str(p) for p in load_library(folder, display_root=Path("konten")).problems]


def check_output(folder: Path) -> tuple[int, str]:
    out = io.StringIO()
    status = run_check(folder, Path("konten"), out)
    return status, out.getvalue()


def test_good_article_model(tmp_path: Path):
    write_article(tmp_path, GOOD_BODY)
    library = load_library(tmp_path)
    assert library.problems == ()
    (article,) = library.articles
    assert [s.id for s in article.sections] == ["bagian-satu", "bagian-dua"]
    assert [s.heading for s in article.sections] == ["Bagian satu", "Bagian dua"]
    # Urgent first, then warning, then caution; each keeps the section it was written in.
    assert [(w.level, w.section_id) for w in article.warnings] == [
        (Level.URGENT, "bagian-satu"),
        (Level.WARNING, "bagian-dua"),
        (Level.CAUTION, "bagian-satu"),
    ]
    assert article.warnings[2].from_article
    assert "::: " not in article.sections[0].body_markdown


def test_check_passes_with_one_line_summary(tmp_path: Path):
    write_article(tmp_path, GOOD_BODY)
    status, output = check_output(tmp_path)
    assert status == 0
    assert output.strip().splitlines()[-1].startswith("OK: 1 artikel, 2 bagian, 3 peringatan")


BROKEN_CASES = {
    "no front matter": ("## Judul\n\nTeks.\n", "", "konten/contoh.md:1: data awal"),
    "unparsable front matter": (
        "## A\n\nTeks.\n",
        FRONT.format(id="contoh").replace('title = "Contoh contoh"', "title = Contoh"),
        "konten/contoh.md:3: data awal tidak dapat dibaca",
    ),
    "missing required field": (
        "## A\n\nTeks.\n",
        FRONT.format(id="contoh").replace('summary = "Ringkasan singkat."\n', ""),
        "konten/contoh.md:1: kolom wajib 'summary' tidak ada",
    ),
    "unknown warning level": (
        "\n## A\n\nTeks.\n\n::: bahaya\nAwas.\nSumber: NHS\n:::\n",
        None,
        "konten/contoh.md:16: tingkat peringatan 'bahaya' tidak dikenal",
    ),
    "two words after :::": (
        "\n## A\n\nTeks.\n\n::: darurat segera\nAwas.\nSumber: NHS\n:::\n",
        None,
        "konten/contoh.md:16: tingkat peringatan 'darurat segera' tidak dikenal",
    ),
    "warning block in a quote": (
        "\n## A\n\nTeks.\n\n> ::: peringatan\n> Awas.\n> Sumber: NHS\n> :::\n",
        None,
        "konten/contoh.md:16: ':::' tidak di awal baris",
    ),
    "warning block indented as code": (
        "\n## A\n\nTeks.\n\n    ::: peringatan\n    Awas.\n    Sumber: NHS\n    :::\n",
        None,
        "konten/contoh.md:16: ':::' tidak di awal baris",
    ),
    "warning block inside a fenced code block": (
        "\n## A\n\nTeks.\n\n```\n::: peringatan\nAwas.\nSumber: NHS\n:::\n```\n",
        None,
        "konten/contoh.md:17: ':::' tidak di awal baris (atau ada di dalam blok kode)",
    ),
    "mistyped placeholder": (
        "\n## A\n\nTelepon {nomor darurat}.\n",
        None,
        "konten/contoh.md:14: penanda '{nomor darurat}' tidak dikenal",
    ),
    "mistyped placeholder in the summary": (
        "\n## A\n\nTeks.\n",
        FRONT.format(id="contoh").replace("Ringkasan singkat.", "Hubungi {nomor}."),
        "konten/contoh.md:5: penanda '{nomor}' tidak dikenal",
    ),
    "warning without source": (
        "\n## A\n\nTeks.\n\n::: peringatan\nAwas.\n:::\n",
        None,
        "konten/contoh.md:16: peringatan tanpa baris 'Sumber: ...'",
    ),
    "unclosed warning": (
        "\n## A\n\nTeks.\n\n::: peringatan\nAwas.\nSumber: NHS\n",
        None,
        "konten/contoh.md:16: blok peringatan yang dibuka di baris 16 belum ditutup dengan ':::'",
    ),
    "article without sections": ("\n", None, "konten/contoh.md:11: artikel tidak punya bagian"),
    "text before the first section": (
        "\nPengantar.\n\n## A\n\nTeks.\n",
        None,
        "konten/contoh.md:12: teks sebelum bagian pertama",
    ),
    "link to a missing section": (
        "\n## A\n\nLihat [ini](#tidak-ada).\n",
        None,
        "konten/contoh.md:14: tautan ke bagian '#tidak-ada' tidak ada",
    ),
    "missing image": (
        "\n## A\n\nTeks.\n\n![gambar](gambar/tidak-ada.png)\n",
        None,
        "konten/contoh.md:16: gambar 'gambar/tidak-ada.png' tidak ada",
    ),
    "image leaving the content folder": (
        "\n## A\n\n![rahasia](../../etc/passwd)\n",
        None,
        "konten/contoh.md:14: berkas '../../etc/passwd' berada di luar folder konten",
    ),
    "absolute image path": (
        '\n## A\n\n<img src="/etc/hostname">\n',
        None,
        "konten/contoh.md:14: berkas '/etc/hostname' berada di luar folder konten",
    ),
    "reference-style image leaving the folder": (
        "\n## A\n\n![r][r1]\n\n[r1]: /tmp/rahasia/s.png\n",
        None,
        "konten/contoh.md:16: berkas '/tmp/rahasia/s.png' berada di luar folder konten",
    ),
    "image from the internet": (
        "\n## A\n\n![x](https://contoh.test/x.png)\n",
        None,
        "konten/contoh.md:14: gambar dari internet tidak diizinkan",
    ),
    "id differs from file name": (
        "\n## A\n\nTeks.\n",
        FRONT.format(id="lain"),
        "konten/contoh.md:2: kolom 'id' ('lain') harus sama dengan nama berkas",
    ),
    "date that is not a date": (
        "\n## A\n\nTeks.\n",
        FRONT.format(id="contoh").replace(
            "next_review = 2027-01-01", 'next_review = "tahun depan"'
        ),
        "konten/contoh.md:8: kolom 'next_review' harus tanggal",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN_CASES), ids=list(BROKEN_CASES))
def test_check_reports_path_line_for_each_broken_case(tmp_path: Path, case: str):
    body, front, expected = BROKEN_CASES[case]
    write_article(tmp_path, body, front=front)
    status, output = check_output(tmp_path)
    assert status == 1
    assert any(line.startswith(expected) for line in output.splitlines()), output


def test_file_that_is_not_utf8(tmp_path: Path):
    path = write_article(tmp_path, "\n## A\n\nTeks.\n")
    path.write_bytes(path.read_bytes() + b"\n\nKata \xe9t\xe9 rusak.\n")
    status, output = check_output(tmp_path)
    assert status == 1
    assert "konten/contoh.md:17: berkas bukan teks UTF-8" in output


def test_file_over_the_size_limit(tmp_path: Path):
    write_article(tmp_path, "\n## A\n\n" + "kata " * 120_000)
    status, output = check_output(tmp_path)
    assert status == 1
    assert "konten/contoh.md:1: berkas terlalu besar" in output


def test_glossary_term_defined_twice(tmp_path: Path):
    write_article(tmp_path, "\n## A\n\nTeks tentang kejang.\n")
    (tmp_path / "glossary.md").write_text(
        "# Istilah\n\n## kejang\nGerakan tak terkendali.\n\n## Kejang\nLagi.\n", encoding="utf-8"
    )
    status, output = check_output(tmp_path)
    assert status == 1
    assert "konten/glossary.md:6: istilah 'Kejang' sudah didefinisikan di baris 3" in output


def test_glossary_form_clashing_with_another_term(tmp_path: Path):
    (tmp_path / "glossary.md").write_text(
        "## cemas\nRasa khawatir.\n\n## kecemasan\nBentuk lain: cemas\nRasa takut.\n",
        encoding="utf-8",
    )
    write_article(tmp_path, "\n## A\n\nTeks.\n")
    assert problems_of(tmp_path) == [
        "konten/glossary.md:4: istilah 'cemas' sudah didefinisikan di baris 1"
    ]


def test_every_problem_in_a_file_is_reported_not_only_the_first(tmp_path: Path):
    write_article(tmp_path, "\n## A\n\n[x](#nope)\n\n::: bahaya\nA.\nSumber: B\n:::\n")
    problems = problems_of(tmp_path)
    assert len(problems) == 2
    assert problems[0].startswith("konten/contoh.md:16:")
    assert problems[1].startswith("konten/contoh.md:14:")


def test_broken_article_is_left_out_and_good_ones_stay(tmp_path: Path):
    write_article(tmp_path, GOOD_BODY, name="baik")
    write_article(tmp_path, "\n## A\n\nTeks.\n\n::: bahaya\nA.\nSumber: B\n:::\n", name="rusak")
    library = load_library(tmp_path)
    assert [a.meta.id for a in library.articles] == ["baik"]
    assert len(library.problems) == 1


def test_missing_folder_and_empty_folder(tmp_path: Path):
    assert problems_of(tmp_path / "tidak-ada") == ["konten: folder konten tidak ditemukan"]
    assert problems_of(tmp_path) == ["konten: tidak ada artikel (*.md) di folder"]


def test_readme_and_glossary_are_not_articles(tmp_path: Path):
    write_article(tmp_path, GOOD_BODY)
    (tmp_path / "README.md").write_text("# Panduan\n\nBukan artikel.\n", encoding="utf-8")
    (tmp_path / "glossary.md").write_text("## kata\nArti.\n", encoding="utf-8")
    library = load_library(tmp_path)
    assert library.problems == ()
    assert len(library.articles) == 1
    assert library.glossary.get("kata") is not None


def test_image_inside_the_content_folder_is_fine(tmp_path: Path):
    (tmp_path / "gambar").mkdir()
    (tmp_path / "gambar" / "pil.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    write_article(tmp_path, "\n## A\n\n![pil](gambar/pil.png)\n")
    assert problems_of(tmp_path) == []


def test_bundled_content_checks_clean():
    from support import CONTENT

    status, output = check_output(CONTENT)
    assert status == 0, output


def test_a_section_called_ringkasan_does_not_take_the_summarys_id(tmp_path: Path):
    write_article(tmp_path, "\n## Ringkasan\n\nTeks.\n\n::: darurat\nA.\nSumber: NHS\n:::\n")
    (article,) = load_library(tmp_path).articles
    assert article.sections[0].id == "ringkasan-2"
    assert article.warnings[0].section_id == "ringkasan-2"


def test_an_article_with_an_upper_case_extension_is_not_silently_ignored(tmp_path: Path):
    write_article(tmp_path, "\n## A\n\nTeks.\n", name="obat")
    (tmp_path / "obat.md").rename(tmp_path / "OBAT.MD")
    assert problems_of(tmp_path) == [
        "konten/OBAT.MD:2: kolom 'id' ('obat') harus sama dengan nama berkas ('OBAT')"
    ]
