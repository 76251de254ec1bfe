"""The warning-block syntax: every slip an author makes is reported at the line to fix,
and every spelling that is accepted shows exactly what the author wrote."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from support import write_article
from viewer.check import run_check
from viewer.content.loader import load_library
from viewer.content.model import Level

# The front matter (support.FRONT) takes lines 1-10; a body starting with "\n" puts
# "## A" on line 12, its text on line 14 and the next line on 16.
HEAD = "\n## A\n\nTeks.\n\n"


def report(tmp_path: Path, body: str) -> list[str]:
    write_article(tmp_path, body)
    out = io.StringIO()
    status = run_check(tmp_path, Path("konten"), out)
    # The fixtures name no reviewer: the note that says so is not what these tests read.
    lines = [line for line in out.getvalue().splitlines() if ": catatan: " not in line]
    assert status == (1 if len(lines) > 1 else 0), lines
    return lines[:-1]  # the last line is the count or the OK summary


SLIPS = {
    "the issue's case: no source, no closing line, a section and an urgent block after it": (
        HEAD + "::: peringatan\nJangan berhenti tiba-tiba.\n\n## Efek samping\n\n"
        "Efek samping yang sering.\n\n::: darurat\nJika muncul bengkak, hubungi 119.\n"
        "Sumber: NHS\n:::\n",
        [
            "konten/contoh.md:16: blok peringatan yang dibuka di baris 16 belum ditutup dengan "
            "':::' (sebelum judul '## Efek samping' di baris 19); tambahkan baris ':::' sesudah "
            "baris 'Sumber:'",
            "konten/contoh.md:16: peringatan tanpa baris 'Sumber: ...' (tulis 'Sumber: artikel')",
        ],
    ),
    "closing line missing, source present, another block follows": (
        HEAD + "::: peringatan\nAwas.\nSumber: NHS\n\n::: perhatian\nBaik diketahui.\n"
        "Sumber: artikel\n:::\n",
        [
            "konten/contoh.md:16: blok peringatan yang dibuka di baris 16 belum ditutup dengan "
            "':::' (sebelum blok '::: perhatian' di baris 20); tambahkan baris ':::' sesudah "
            "baris 'Sumber:'",
        ],
    ),
    "closing line missing at the end of the file": (
        HEAD + "::: darurat\nHubungi 119.\nSumber: NHS\n",
        [
            "konten/contoh.md:16: blok peringatan yang dibuka di baris 16 belum ditutup dengan "
            "':::' (sampai akhir berkas); tambahkan baris ':::' sesudah baris 'Sumber:'",
        ],
    ),
    "missing source": (
        HEAD + "::: peringatan\nAwas.\n:::\n",
        ["konten/contoh.md:16: peringatan tanpa baris 'Sumber: ...' (tulis 'Sumber: artikel')"],
    ),
    "empty source": (
        HEAD + "::: peringatan\nAwas.\nSumber:   \n:::\n",
        ["konten/contoh.md:16: baris 'Sumber:' kosong; tulis sumbernya (atau 'artikel')"],
    ),
    "no text": (
        HEAD + "::: peringatan\nSumber: NHS\n:::\n",
        ["konten/contoh.md:16: peringatan tanpa teks"],
    ),
    "two source lines": (
        HEAD + "::: peringatan\nAwas.\nSumber: NHS\nSumber: FDA\n:::\n",
        [
            "konten/contoh.md:19: baris 'Sumber:' kedua di blok peringatan yang dibuka di baris "
            "16; gabungkan sumbernya dalam satu baris, dipisah titik koma",
        ],
    ),
    "text after the source": (
        HEAD + "::: peringatan\nAwas.\nSumber: NHS\nLagi.\n:::\n",
        ["konten/contoh.md:19: teks peringatan sesudah baris 'Sumber:'; pindahkan ke atasnya"],
    ),
    "a closing line with no block open": (
        HEAD + ":::\n",
        [
            "konten/contoh.md:16: baris ':::' penutup tanpa blok peringatan yang dibuka; hapus "
            "baris ini atau tulis tingkatnya di baris pembuka (misalnya '::: peringatan')",
        ],
    ),
    "a misspelt level": (
        HEAD + "::: peringatn\nAwas.\nSumber: NHS\n:::\n",
        [
            "konten/contoh.md:16: tingkat peringatan 'peringatn' tidak dikenal (pilih salah "
            "satu: darurat, peringatan, perhatian)",
        ],
    ),
    "a quoted block": (
        HEAD + "> ::: peringatan\n> Awas.\n",
        [
            "konten/contoh.md:16: ':::' tidak di awal baris (atau ada di dalam blok kode), jadi "
            "peringatan ini tidak akan muncul di panel; tulis ':::' di awal baris tanpa '>' atau "
            "spasi",
        ],
    ),
    "bold text inside a warning": (
        HEAD + "::: peringatan\nJangan **pernah** berhenti.\nSumber: NHS\n:::\n",
        [
            "konten/contoh.md:17: tanda Markdown '**' di dalam peringatan akan tampil apa "
            "adanya; tulis peringatan sebagai kalimat biasa",
        ],
    ),
    "a list inside a warning": (
        HEAD + "::: peringatan\n- Jangan berhenti.\nSumber: NHS\n:::\n",
        [
            "konten/contoh.md:17: tanda Markdown '-' di dalam peringatan akan tampil apa "
            "adanya; tulis peringatan sebagai kalimat biasa",
        ],
    ),
    "a link inside a warning": (
        HEAD + "::: peringatan\nLihat [bagian ini](#a).\nSumber: NHS\n:::\n",
        [
            "konten/contoh.md:17: tanda Markdown '[bagian ini](' di dalam peringatan akan "
            "tampil apa adanya; tulis peringatan sebagai kalimat biasa",
        ],
    ),
    "an unclosed code fence hides the sections after it": (
        HEAD + "```\nkode\n\n## B\n\nTeks.\n",
        [
            "konten/contoh.md:16: blok kode yang dibuka di baris 16 dengan ``` belum ditutup; "
            "semua teks sesudahnya akan tampil sebagai kode",
            "konten/contoh.md:19: judul ini tidak menjadi bagian baru karena ada sesudah blok "
            "kode (```) yang belum ditutup",
        ],
    ),
}


@pytest.mark.parametrize("slip", list(SLIPS), ids=list(SLIPS))
def test_each_slip_is_reported_at_the_line_to_fix(tmp_path: Path, slip: str):
    body, expected = SLIPS[slip]
    assert report(tmp_path, body) == expected


def test_the_slip_leaves_the_article_out_of_the_window(tmp_path: Path):
    body, _ = SLIPS[
        "the issue's case: no source, no closing line, a section and an urgent block after it"
    ]
    write_article(tmp_path, body)
    assert load_library(tmp_path).articles == ()


# Spellings a person types that are accepted, and what the reader then sees.
ACCEPTED = {
    "capital level": "::: Darurat\nHubungi 119.\nSumber: NHS\n:::\n",
    "no space after the colons": ":::darurat\nHubungi 119.\nSumber: NHS\n:::\n",
    "upper-case level": "::: DARURAT\nHubungi 119.\nSumber: NHS\n:::\n",
    "English level word": "::: urgent\nHubungi 119.\nSumber: NHS\n:::\n",
    "lower-case sumber": "::: darurat\nHubungi 119.\nsumber: NHS\n:::\n",
    "upper-case SUMBER, space before the colon": "::: darurat\nHubungi 119.\nSUMBER : NHS\n:::\n",
    "trailing spaces everywhere": "::: darurat   \nHubungi 119.   \nSumber: NHS   \n:::   \n",
    "no-break spaces from a word processor": (
        ":::\u00a0darurat\nHubungi 119.\nSumber:\u00a0NHS\n:::\u00a0\n"
    ),
    "up to three spaces before the colons": ("   ::: darurat\nHubungi 119.\nSumber: NHS\n   :::\n"),
    "text over two lines": "::: darurat\nHubungi\n119.\nSumber: NHS\n:::\n",
}


@pytest.mark.parametrize("spelling", list(ACCEPTED), ids=list(ACCEPTED))
def test_accepted_spellings_show_what_the_author_wrote(tmp_path: Path, spelling: str):
    assert report(tmp_path, HEAD + ACCEPTED[spelling]) == []
    (article,) = load_library(tmp_path).articles
    (item,) = article.warnings
    assert item.level is Level.URGENT
    assert item.text == "Hubungi 119."
    assert item.source == "NHS"
    assert ":::" not in article.sections[0].body_markdown
    assert "NHS" not in article.sections[0].body_markdown


STRAY_SYNTAX = {
    "two lines joined before a heading": (
        HEAD + "Teks terakhir. ## Efek samping\n",
        "konten/contoh.md:16: '##' di tengah teks akan tampil apa adanya; judul bagian ditulis "
        "di awal baris tersendiri, misalnya '## Efek samping'",
    ),
    "a heading holding another": (
        "\n## A ## B\n\nTeks.\n",
        "konten/contoh.md:12: '##' di tengah teks akan tampil apa adanya; judul bagian ditulis "
        "di awal baris tersendiri, misalnya '## Efek samping'",
    ),
    "a front-matter fence in the text": (
        HEAD + "+++\n",
        "konten/contoh.md:16: '+++' hanya untuk membuka dan menutup data awal di atas artikel; "
        "hapus dari teks ini",
    ),
    "a closing line joined to the source": (
        HEAD + "::: peringatan\nAwas.\nSumber: NHS :::\n:::\n",
        "konten/contoh.md:18: ':::' di tengah teks peringatan akan tampil apa adanya; baris "
        "penutup ':::' ditulis tersendiri",
    ),
    "a heading joined into a warning": (
        HEAD + "::: peringatan\nAwas. ## Efek samping\nSumber: NHS\n:::\n",
        "konten/contoh.md:17: '##' di tengah teks akan tampil apa adanya; judul bagian ditulis "
        "di awal baris tersendiri, misalnya '## Efek samping'",
    ),
}


@pytest.mark.parametrize("case", list(STRAY_SYNTAX), ids=list(STRAY_SYNTAX))
def test_syntax_that_would_be_shown_as_text_is_reported(tmp_path: Path, case: str):
    body, expected = STRAY_SYNTAX[case]
    assert report(tmp_path, body) == [expected]


def test_smaller_headings_and_closing_hashes_are_fine(tmp_path: Path):
    assert report(tmp_path, "\n## A ##\n\n### Lebih kecil\n\nTeks.\n") == []
