"""Every front-matter slip an author makes gets one message: the file line, in Indonesian,
saying what to write instead, and never the TOML parser's English."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support import FRONT
from viewer.content import frontmatter
from viewer.content.errors import ContentError
from viewer.content.loader import load_library

BODY = "\n## Bagian\n\nTeks.\n"
# Line numbers of the file: the front matter starts on line 2, after the opening +++.
GOOD = FRONT.format(id="obat")
# What tomllib says in English; none of it may reach an author.
ENGLISH = (
    "Expected",
    "Invalid",
    "column",
    "statement",
    "at line",
    "end of document",
    "Cannot",
    "Unterminated",
    "Illegal",
    "Unclosed",
    "Unescaped",
    "TOML",
)
# Words every message uses in one form or another: it speaks Indonesian and says what to do.
INDONESIAN = ("tulis", "tambahkan", "hapus", "ganti", "periksa", "harus", "pakai", "ketik")


def replace(start: str, new: str) -> str:
    """GOOD with the line that starts with `start` replaced by `new` (or removed if None)."""
    lines = GOOD.splitlines()
    (index,) = [i for i, line in enumerate(lines) if line.startswith(start)]
    lines[index : index + 1] = [] if new is None else [new]
    return "\n".join(lines) + "\n"


def insert_before_closing(new: str) -> str:
    return GOOD.removesuffix("+++\n") + new + "\n+++\n"


def problems(folder: Path, front: str, name: str = "obat") -> list[str]:
    (folder / f"{name}.md").write_text(front + BODY, encoding="utf-8")
    return [str(p) for p in load_library(folder, display_root=Path("konten")).problems]


SYNTAX = "data awal tidak dapat dibaca: "
CASES = {
    # word-processor quotes
    "curly quotes": (
        replace("title", "title = “Judul”"),
        f"konten/obat.md:3: {SYNTAX}kolom 'title' memakai tanda kutip lengkung (“ ”); "
        'ganti dengan tanda kutip lurus ("); tulis: title = "Judul"',
    ),
    "curly closing quote only": (
        replace("title", 'title = "Judul”'),
        f"konten/obat.md:3: {SYNTAX}kolom 'title' memakai tanda kutip lengkung (”); "
        'ganti dengan tanda kutip lurus ("); tulis: title = "Judul"',
    ),
    "curly single quotes": (
        replace("source", "source = ‘Klinik’"),
        f"konten/obat.md:6: {SYNTAX}kolom 'source' memakai tanda kutip lengkung (‘ ’); "
        'ganti dengan tanda kutip lurus ("); tulis: source = "Klinik"',
    ),
    "low and guillemet quotes": (
        replace("source", "source = „Klinik«"),
        f"konten/obat.md:6: {SYNTAX}kolom 'source' memakai tanda kutip lengkung („ «); "
        'ganti dengan tanda kutip lurus ("); tulis: source = "Klinik"',
    ),
    "curly quotes around a date": (
        replace("last_reviewed", "last_reviewed = “2026-11-25”"),
        f"konten/obat.md:7: {SYNTAX}kolom 'last_reviewed' memakai tanda kutip lengkung (“ ”); "
        "hapus tanda kutipnya; tulis: last_reviewed = 2026-11-25",
    ),
    "space pasted from a word processor": (
        replace("title", 'title\u00a0= "Judul"'),
        f"konten/obat.md:3: {SYNTAX}kolom 'title' berisi spasi khusus yang tidak terlihat "
        "(tersalin dari pengolah kata); ketik ulang spasinya dengan spasi biasa; "
        'tulis: title = "Judul"',
    ),
    # dates in the wrong form
    "date day-month-year": (
        replace("last_reviewed", "last_reviewed = 25-11-2026"),
        f"konten/obat.md:7: {SYNTAX}kolom 'last_reviewed' harus ditulis tahun-bulan-tanggal "
        "tanpa tanda kutip; tulis: last_reviewed = 2026-11-25",
    ),
    "date with slashes": (
        replace("last_reviewed", "last_reviewed = 25/11/2026"),
        f"konten/obat.md:7: {SYNTAX}kolom 'last_reviewed' harus ditulis tahun-bulan-tanggal "
        "tanpa tanda kutip; tulis: last_reviewed = 2026-11-25",
    ),
    "date year first with slashes": (
        replace("last_reviewed", "last_reviewed = 2026/11/25"),
        f"konten/obat.md:7: {SYNTAX}kolom 'last_reviewed' harus ditulis tahun-bulan-tanggal "
        "tanpa tanda kutip; tulis: last_reviewed = 2026-11-25",
    ),
    "date with a month name": (
        replace("last_reviewed", "last_reviewed = 25 Nov 2026"),
        f"konten/obat.md:7: {SYNTAX}kolom 'last_reviewed' harus ditulis tahun-bulan-tanggal "
        "tanpa tanda kutip; tulis: last_reviewed = 2026-11-25",
    ),
    "date with an Indonesian month name": (
        replace("next_review", "next_review = 17 Agustus 2027"),
        f"konten/obat.md:8: {SYNTAX}kolom 'next_review' harus ditulis tahun-bulan-tanggal "
        "tanpa tanda kutip; tulis: next_review = 2027-08-17",
    ),
    "date without leading zeros": (
        replace("last_reviewed", "last_reviewed = 2026-1-5"),
        f"konten/obat.md:7: {SYNTAX}kolom 'last_reviewed' harus ditulis tahun-bulan-tanggal "
        "tanpa tanda kutip; tulis: last_reviewed = 2026-01-05",
    ),
    "date with a two-digit year": (
        replace("last_reviewed", "last_reviewed = 25-11-26"),
        f"konten/obat.md:7: {SYNTAX}kolom 'last_reviewed' memakai tahun dua angka; tulis "
        "tahun-bulan-tanggal dengan tahun empat angka, tanpa tanda kutip, "
        "misalnya last_reviewed = 2026-01-31",
    ),
    "date followed by other text": (
        replace("last_reviewed", "last_reviewed = 2026-11-25 (dr. Ani)"),
        f"konten/obat.md:7: {SYNTAX}kolom 'last_reviewed' harus berisi tanggal saja, tanpa "
        "tulisan lain; tulis: last_reviewed = 2026-11-25",
    ),
    "words for a date": (
        replace("next_review", "next_review = tahun depan"),
        f"konten/obat.md:8: {SYNTAX}kolom 'next_review' harus tanggal, ditulis "
        "tahun-bulan-tanggal tanpa tanda kutip, misalnya next_review = 2026-01-31",
    ),
    # dates that do not exist
    "30 February": (
        replace("last_reviewed", "last_reviewed = 2026-02-30"),
        f"konten/obat.md:7: {SYNTAX}kolom 'last_reviewed' berisi tanggal yang tidak ada "
        "(2026-02-30): Februari 2026 hanya sampai tanggal 28; periksa angkanya",
    ),
    "month 13": (
        replace("last_reviewed", "last_reviewed = 2026-13-01"),
        f"konten/obat.md:7: {SYNTAX}kolom 'last_reviewed' berisi tanggal yang tidak ada "
        "(2026-13-01): bulan hanya 01 sampai 12; periksa angkanya",
    ),
    "30 February day first": (
        replace("last_reviewed", "last_reviewed = 30-02-2026"),
        f"konten/obat.md:7: {SYNTAX}kolom 'last_reviewed' berisi tanggal yang tidak ada "
        "(30-02-2026): Februari 2026 hanya sampai tanggal 28; periksa angkanya, lalu tulis "
        "tahun-bulan-tanggal tanpa tanda kutip",
    ),
    # lines without '='
    "line without '='": (
        replace("title", 'title "Judul"'),
        f"konten/obat.md:3: {SYNTAX}baris ini tidak punya tanda =; setiap baris harus "
        'berbentuk nama = "nilai", tulis: title = "Judul"',
    ),
    "colon instead of '='": (
        replace("title", 'title: "Judul"'),
        f"konten/obat.md:3: {SYNTAX}baris ini memakai titik dua (:), bukan tanda =; setiap "
        'baris harus berbentuk nama = "nilai", tulis: title = "Judul"',
    ),
    "a stray line of text": (
        insert_before_closing("Artikel ini untuk pasien"),
        f"konten/obat.md:10: {SYNTAX}baris ini tidak punya tanda =; setiap baris harus "
        'berbentuk nama = "nilai"',
    ),
    "a name with a space": (
        replace("title", 'judul artikel = "Judul"'),
        f"konten/obat.md:3: {SYNTAX}baris ini punya nama yang tidak sah (judul artikel); "
        "nama sebelum tanda = hanya boleh huruf, angka, _ dan -, tanpa spasi; periksa ejaannya",
    ),
    "no name before '='": (
        replace("title", '= "Judul"'),
        f"konten/obat.md:3: {SYNTAX}baris ini tidak punya nama sebelum tanda =; setiap baris "
        'harus berbentuk nama = "nilai"',
    ),
    "two '='": (
        replace("title", 'title == "Judul"'),
        f"konten/obat.md:3: {SYNTAX}kolom 'title' memakai tanda = dua kali; "
        "tulis satu tanda = saja",
    ),
    # quotes missing or not closed
    "text without quotes": (
        replace("title", "title = Judul saya"),
        f"konten/obat.md:3: {SYNTAX}kolom 'title' berisi teks tanpa tanda kutip; teks harus "
        'di antara dua tanda kutip lurus ("); tulis: title = "Judul saya"',
    ),
    "text starting with a number, without quotes": (
        replace("title", "title = 5 cara minum obat"),
        f"konten/obat.md:3: {SYNTAX}kolom 'title' berisi teks tanpa tanda kutip; teks harus "
        'di antara dua tanda kutip lurus ("); tulis: title = "5 cara minum obat"',
    ),
    "quote not closed": (
        replace("title", 'title = "Judul saya'),
        f"konten/obat.md:3: {SYNTAX}kolom 'title' punya tanda kutip yang belum ditutup; teks "
        'harus di antara dua tanda kutip lurus ("); tulis: title = "Judul saya"',
    ),
    "opening quote missing": (
        replace("title", 'title = Judul saya"'),
        f"konten/obat.md:3: {SYNTAX}kolom 'title' punya tanda kutip yang belum ditutup; teks "
        'harus di antara dua tanda kutip lurus ("); tulis: title = "Judul saya"',
    ),
    "single quote not closed": (
        replace("title", "title = 'Judul saya"),
        f"konten/obat.md:3: {SYNTAX}kolom 'title' punya tanda kutip yang belum ditutup; teks "
        'harus di antara dua tanda kutip lurus ("); tulis: title = "Judul saya"',
    ),
    "quotes inside the text": (
        replace("summary", 'summary = "Dokter bilang "cukup" saja."'),
        f"konten/obat.md:5: {SYNTAX}kolom 'summary' punya tanda kutip lurus (\") di tengah "
        "teks, sehingga teksnya terputus; di dalam teks pakai tanda kutip tunggal ('), "
        "tulis: summary = \"Dokter bilang 'cukup' saja.\"",
    ),
    "empty value": (
        replace("title", "title ="),
        f"konten/obat.md:3: {SYNTAX}kolom 'title' belum diisi sesudah tanda =; tulis nilainya: "
        'teks di antara tanda kutip lurus ("), angka dan tanggal tanpa tanda kutip',
    ),
    "empty date": (
        replace("next_review", "next_review = "),
        f"konten/obat.md:8: {SYNTAX}kolom 'next_review' belum diisi sesudah tanda =; tulis "
        "tanggalnya tahun-bulan-tanggal tanpa tanda kutip, misalnya next_review = 2026-01-31",
    ),
    "triple quotes not closed": (
        replace("summary", 'summary = """Ringkasan'),
        f'konten/obat.md:5: {SYNTAX}kolom \'summary\' membuka tanda kutip tiga (""") yang '
        'tidak ditutup; tutup dengan """, atau tulis teksnya dalam satu baris di antara '
        'tanda kutip lurus (")',
    ),
    "backslash in text": (
        replace("source", 'source = "Klinik\\Poli"'),
        f"konten/obat.md:6: {SYNTAX}kolom 'source' memakai garis miring terbalik (\\) di "
        'antara tanda kutip lurus ("); tulis dua kali (\\\\), atau pakai tanda kutip '
        "tunggal: source = 'Klinik\\Poli'",
    ),
    "invisible control character": (
        replace("source", 'source = "Kli\x0bnik"'),
        f"konten/obat.md:6: {SYNTAX}kolom 'source' berisi karakter yang tidak terlihat "
        "(kode U+000B); hapus baris ini lalu ketik ulang",
    ),
    # a key written twice
    "field written twice": (
        insert_before_closing('title = "Judul lain"'),
        f"konten/obat.md:10: {SYNTAX}kolom 'title' ditulis dua kali (yang pertama di baris 3); "
        "hapus salah satunya",
    ),
    # anything else
    "anything else": (
        replace("reviewer", "reviewer = 1 2"),
        f"konten/obat.md:9: {SYNTAX}kolom 'reviewer' tidak sesuai aturan penulisan; bentuknya "
        'harus nama = nilai: teks di antara tanda kutip lurus ("), angka dan tanggal tanpa '
        "tanda kutip",
    ),
    "a table header not closed": (
        insert_before_closing("[lain"),
        f"konten/obat.md:10: {SYNTAX}kolom 'lain' tidak sesuai aturan penulisan; bentuknya "
        'harus nama = nilai: teks di antara tanda kutip lurus ("), angka dan tanggal tanpa '
        "tanda kutip",
    ),
    # the block itself
    "no front matter": (
        "## Judul\n",
        "konten/obat.md:1: data awal (front matter) tidak ada: baris pertama harus '+++'; "
        "mulailah artikel dengan data artikel di antara dua baris +++ "
        "(lihat contoh di content/README.md)",
    ),
    "YAML fence": (
        GOOD.replace("+++", "---"),
        "konten/obat.md:1: data awal (front matter) tidak ada: baris pertama harus '+++'; "
        "mulailah artikel dengan tiga tanda tambah, bukan '---'",
    ),
    "front matter not closed": (
        GOOD.removesuffix("+++\n"),
        "konten/obat.md:1: data awal (front matter) tidak ditutup dengan baris '+++'; "
        "tambahkan baris +++ sesudah baris terakhir data artikel, sebelum bagian pertama",
    ),
    # the fields
    "missing field": (
        replace("summary", None),
        "konten/obat.md:1: kolom wajib 'summary' tidak ada di data awal; tambahkan baris: "
        'summary = "Ringkasan 1 sampai 3 kalimat pendek."',
    ),
    "missing id": (
        replace("id", None),
        "konten/obat.md:1: kolom wajib 'id' tidak ada di data awal; tambahkan baris: id = \"obat\"",
    ),
    "missing date": (
        replace("next_review", None),
        "konten/obat.md:1: kolom wajib 'next_review' tidak ada di data awal; tambahkan baris: "
        "next_review = 2027-01-31",
    ),
    "misspelt field": (
        replace("reviewer", 'reviewr = ""'),
        "konten/obat.md:9: kolom 'reviewr' tidak dikenal; mungkin maksudnya 'reviewer': periksa "
        "ejaannya (yang dikenal: id, title, language, summary, source, last_reviewed, "
        "next_review, reviewer, categories, keywords, related, order)",
    ),
    "unknown field": (
        insert_before_closing('warna = "biru"'),
        "konten/obat.md:10: kolom 'warna' tidak dikenal; hapus barisnya atau periksa ejaannya "
        "(yang dikenal: id, title, language, summary, source, last_reviewed, next_review, "
        "reviewer, categories, keywords, related, order)",
    ),
    "number for text": (
        replace("title", "title = 2026"),
        "konten/obat.md:3: kolom 'title' harus berupa teks di antara tanda kutip lurus (\"); "
        'tulis: title = "2026"',
    ),
    "true for text": (
        replace("reviewer", "reviewer = true"),
        "konten/obat.md:9: kolom 'reviewer' harus berupa teks di antara tanda kutip lurus (\"); "
        'tulis: reviewer = "true"',
    ),
    "list for text": (
        replace("title", 'title = ["Judul", "Lain"]'),
        "konten/obat.md:3: kolom 'title' harus berupa teks di antara tanda kutip lurus (\"), "
        'satu baris saja, misalnya title = "Judul artikel"',
    ),
    "empty text": (
        replace("title", 'title = ""'),
        "konten/obat.md:3: kolom 'title' tidak boleh kosong; tulis isinya di antara tanda "
        'kutip, misalnya title = "Judul artikel"',
    ),
    "date in quotes": (
        replace("last_reviewed", 'last_reviewed = "2026-11-25"'),
        "konten/obat.md:7: kolom 'last_reviewed' berisi tanggal di antara tanda kutip; hapus "
        "tanda kutipnya, tulis: last_reviewed = 2026-11-25",
    ),
    "date in quotes, day first": (
        replace("last_reviewed", 'last_reviewed = "25-11-2026"'),
        "konten/obat.md:7: kolom 'last_reviewed' harus ditulis tahun-bulan-tanggal tanpa tanda "
        "kutip; tulis: last_reviewed = 2026-11-25",
    ),
    "impossible date in quotes": (
        replace("last_reviewed", 'last_reviewed = "2026-02-30"'),
        "konten/obat.md:7: kolom 'last_reviewed' berisi tanggal yang tidak ada (2026-02-30): "
        "Februari 2026 hanya sampai tanggal 28; periksa angkanya, lalu tulis tanpa tanda kutip",
    ),
    "words in quotes for a date": (
        replace("next_review", 'next_review = "tahun depan"'),
        "konten/obat.md:8: kolom 'next_review' harus tanggal, ditulis tahun-bulan-tanggal "
        "tanpa tanda kutip, misalnya next_review = 2027-01-31",
    ),
    "date with a time": (
        replace("last_reviewed", "last_reviewed = 2026-11-25T09:30:00"),
        "konten/obat.md:7: kolom 'last_reviewed' cukup berisi tanggal, tanpa jam; "
        "tulis: last_reviewed = 2026-11-25",
    ),
    "id with capitals": (
        replace("id", 'id = "Obat"'),
        "konten/obat.md:2: kolom 'id' hanya boleh huruf kecil, angka dan tanda hubung "
        '(misalnya obat-demam); tulis: id = "obat"',
    ),
    "id not the file name": (
        replace("id", 'id = "obat-lain"'),
        "konten/obat.md:2: kolom 'id' ('obat-lain') harus sama dengan nama berkas ('obat'); "
        'tulis id = "obat", atau ganti nama berkasnya menjadi obat-lain.md',
    ),
    "next review before last review": (
        replace("next_review", "next_review = 2025-01-01"),
        "konten/obat.md:8: kolom 'next_review' (2025-01-01) lebih awal daripada "
        "'last_reviewed' (2026-01-01); tanggal tinjauan berikutnya harus sesudahnya "
        "(periksa tahunnya)",
    ),
    "mistyped placeholder": (
        replace("title", 'title = "Telepon {nomor}"'),
        "konten/obat.md:3: penanda '{nomor}' tidak dikenal; untuk nomor darurat tulis "
        "{nomor_darurat}",
    ),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_each_slip_has_one_message_at_its_line(tmp_path: Path, case: str) -> None:
    front, expected = CASES[case]
    assert problems(tmp_path, front) == [expected]


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_no_message_carries_the_parsers_english(tmp_path: Path, case: str) -> None:
    front, _expected = CASES[case]
    (message,) = problems(tmp_path, front)
    assert not [word for word in ENGLISH if word in message]
    assert any(word in message for word in INDONESIAN)


def test_byte_order_mark_crlf_and_tabs_are_read(tmp_path: Path) -> None:
    tabbed = GOOD.replace(" = ", "\t=\t").replace("title", "\ttitle")
    raw = "\ufeff" + (tabbed + BODY).replace("\n", "\r\n")
    (tmp_path / "obat.md").write_bytes(raw.encode("utf-8"))
    library = load_library(tmp_path)
    assert library.problems == ()
    assert library.articles[0].meta.title == "Contoh obat"


def test_a_slip_in_a_crlf_file_is_at_its_line(tmp_path: Path) -> None:
    front = "\ufeff" + replace("source", "source = “Klinik”").replace("\n", "\r\n")
    (tmp_path / "obat.md").write_bytes((front + BODY).encode("utf-8"))
    (problem,) = load_library(tmp_path, display_root=Path("konten")).problems
    assert str(problem).startswith("konten/obat.md:6: data awal tidak dapat dibaca: kolom 'source'")


def test_the_parsers_text_is_logged_for_developers(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="viewer.toml_reader"), pytest.raises(ContentError):
        frontmatter.split(replace("title", "title = Judul"), Path("obat.md"))
    assert "Invalid value" in caplog.text


def test_a_slip_at_the_end_of_a_long_block_is_found_quickly(tmp_path: Path) -> None:
    filler = "".join(f'catatan_{n} = "teks"\n' for n in range(3000))
    front = insert_before_closing(filler + "title = “Judul”")
    started = time.perf_counter()
    (message,) = problems(tmp_path, front)
    assert time.perf_counter() - started < 1
    assert message.startswith("konten/obat.md:3010: data awal tidak dapat dibaca: kolom 'title'")


# -- any text at all ----------------------------------------------------------------------
PIECES = st.sampled_from(
    [
        "id", "title", "last_reviewed", "next_review", "reviewer", "warna", " ", "\t", "=",
        '"', "'", '"""', "“", "”", "‘", "’", "«", "[", "]", "{", "}", ",", ".", ":", "#",
        "\\", "\u00a0", "\ufeff", "\x0b", "2026", "-", "/", "11", "25", "02-30", "13",
        "Nov", "Judul", "true", "\n", "\n", "\n", "+++", "{nomor}", "é", "0x1", "inf",
    ]
)  # fmt: skip
BLOCKS = st.one_of(
    st.text(max_size=200),
    st.lists(PIECES, max_size=60).map("".join),
    st.lists(st.sampled_from(GOOD.splitlines()[1:-1]), max_size=12).map("\n".join),
)


@settings(
    max_examples=200,
    deadline=None,
    database=None,  # no .hypothesis folder in the shared working tree
    suppress_health_check=[HealthCheck.too_slow],
)
@given(block=BLOCKS)
def test_any_front_matter_gives_metadata_or_an_indonesian_message(block: str) -> None:
    text = f"+++\n{block}\n+++\n{BODY}"
    closing = text.split("\n").index("+++", 1) + 1
    started = time.perf_counter()
    try:
        split = frontmatter.split(text, Path("obat.md"))
    except ContentError as exc:
        problem = exc.problem
        assert 1 <= problem.origin.line <= closing
        english = [w for w in ENGLISH if w in problem.message and w not in block]
        assert not english, problem.message
        assert any(word in problem.message for word in INDONESIAN), problem.message
    else:
        assert split.meta.id == "obat"
    # Microseconds in practice; the bound is loose so a busy machine cannot fail it.
    assert time.perf_counter() - started < 2
