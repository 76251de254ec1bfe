"""Front matter: a TOML block between two `+++` lines at the top of an article."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from viewer.content.errors import ContentError
from viewer.content.model import EMERGENCY_PLACEHOLDER, ArticleMeta, unknown_placeholders
from viewer.toml_reader import TomlError, TomlText, read_toml
from viewer.written_date import date_advice

DELIMITER = "+++"
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TEXT_FIELDS = ("id", "title", "language", "summary", "source")
DATE_FIELDS = ("last_reviewed", "next_review")
OPTIONAL_FIELDS = ("reviewer",)
KNOWN_FIELDS = (*TEXT_FIELDS, *DATE_FIELDS, *OPTIONAL_FIELDS)
# A line to copy for each field, shown when it is missing or empty (the id is the file's).
EXAMPLES = {
    "title": 'title = "Judul artikel"',
    "language": 'language = "id"',
    "summary": 'summary = "Ringkasan 1 sampai 3 kalimat pendek."',
    "source": 'source = "Dari mana isi artikel berasal"',
    "last_reviewed": "last_reviewed = 2026-01-31",
    "next_review": "next_review = 2027-01-31",
    "reviewer": 'reviewer = ""',
}


@dataclass(frozen=True)
class Split:
    meta: ArticleMeta
    body: str
    body_first_line: int


def split(text: str, path: Path) -> Split:
    """Parse the front matter and return it with the rest of the file."""
    lines = text.split("\n")
    first = lines[0].strip()
    if first != DELIMITER:
        if first and set(first) <= set("+-"):  # ---, ++, ++++: a slip in the delimiter
            found = f"tiga tanda tambah, bukan '{first}'"
        else:
            found = "data artikel di antara dua baris +++ (lihat contoh di content/README.md)"
        raise ContentError(
            path,
            1,
            f"data awal (front matter) tidak ada: baris pertama harus '{DELIMITER}'; "
            f"mulailah artikel dengan {found}",
        )
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == DELIMITER)
    except StopIteration:
        raise ContentError(
            path,
            1,
            f"data awal (front matter) tidak ditutup dengan baris '{DELIMITER}'; tambahkan "
            f"baris {DELIMITER} sesudah baris terakhir data artikel, sebelum bagian pertama",
        ) from None
    try:
        # The block starts on the file's second line, after the opening +++.
        toml = read_toml("\n".join(lines[1:end]), first_line=2, date_keys=DATE_FIELDS)
    except TomlError as exc:
        raise ContentError(
            path, exc.line, f"data awal tidak dapat dibaca: {exc.message('kolom')}"
        ) from None
    meta = _meta_from(toml, path)
    return Split(meta, "\n".join(lines[end + 1 :]), end + 2)


def _meta_from(toml: TomlText, path: Path) -> ArticleMeta:
    data = toml.data

    def fail(key: str, message: str) -> ContentError:
        return ContentError(path, toml.line_of(key) or 1, message)

    for key in data:
        if key not in KNOWN_FIELDS:
            raise fail(key, _unknown_field(key))
    for key in (*TEXT_FIELDS, *DATE_FIELDS):
        if key not in data:
            # Line 1, the opening +++: the field belongs somewhere in the block below it.
            raise ContentError(
                path,
                1,
                f"kolom wajib '{key}' tidak ada di data awal; tambahkan baris: "
                f"{_example(key, path)}",
            )
    for key in (*TEXT_FIELDS, *OPTIONAL_FIELDS):
        value = data.get(key, "")
        if not isinstance(value, str):
            raise fail(key, _not_text(key, value, path))
        if key in TEXT_FIELDS and not value.strip():
            raise fail(
                key,
                f"kolom '{key}' tidak boleh kosong; tulis isinya di antara tanda kutip, "
                f"misalnya {_example(key, path)}",
            )
    for key in DATE_FIELDS:
        if not isinstance(data[key], dt.date) or isinstance(data[key], dt.datetime):
            raise fail(key, _not_a_date(key, data[key]))
    for key in ("title", "summary"):
        for token in unknown_placeholders(str(data[key])):
            raise fail(
                key,
                f"penanda '{token}' tidak dikenal; untuk nomor darurat tulis "
                f"{EMERGENCY_PLACEHOLDER}",
            )
    article_id = str(data["id"])
    if not ID_PATTERN.match(article_id):
        raise fail(
            "id",
            "kolom 'id' hanya boleh huruf kecil, angka dan tanda hubung (misalnya obat-demam)"
            + (f'; tulis: id = "{path.stem}"' if ID_PATTERN.match(path.stem) else ""),
        )
    if article_id != path.stem:
        message = f"kolom 'id' ('{article_id}') harus sama dengan nama berkas ('{path.stem}')"
        if ID_PATTERN.match(path.stem):
            # (A name that is no id, like OBAT.MD, keeps the short message: that file
            # has to be renamed anyway, and tests/content/test_loader.py expects it so.)
            message += (
                f'; tulis id = "{path.stem}", atau ganti nama berkasnya menjadi {article_id}.md'
            )
        raise fail("id", message)
    last, due = data["last_reviewed"], data["next_review"]
    assert isinstance(last, dt.date) and isinstance(due, dt.date)
    if due < last:
        raise fail(
            "next_review",
            f"kolom 'next_review' ({due.isoformat()}) lebih awal daripada 'last_reviewed' "
            f"({last.isoformat()}); tanggal tinjauan berikutnya harus sesudahnya "
            "(periksa tahunnya)",
        )
    return ArticleMeta(
        id=article_id,
        title=str(data["title"]).strip(),
        language=str(data["language"]).strip(),
        summary=" ".join(str(data["summary"]).split()),
        source=str(data["source"]).strip(),
        last_reviewed=last,
        next_review=due,
        reviewer=str(data.get("reviewer", "")).strip(),
    )


def _example(key: str, path: Path) -> str:
    if key == "id":
        return f'id = "{path.stem if ID_PATTERN.match(path.stem) else "nama-berkas"}"'
    return EXAMPLES[key]


def _unknown_field(key: str) -> str:
    known = ", ".join(KNOWN_FIELDS)
    close = difflib.get_close_matches(key.lower(), KNOWN_FIELDS, n=1, cutoff=0.6)
    if close:
        return (
            f"kolom '{key}' tidak dikenal; mungkin maksudnya '{close[0]}': periksa ejaannya "
            f"(yang dikenal: {known})"
        )
    return (
        f"kolom '{key}' tidak dikenal; hapus barisnya atau periksa ejaannya (yang dikenal: {known})"
    )


def _not_text(key: str, value: object, path: Path) -> str:
    rule = f"kolom '{key}' harus berupa teks di antara tanda kutip lurus (\")"
    if isinstance(value, bool):
        return f'{rule}; tulis: {key} = "{str(value).lower()}"'
    if isinstance(value, int | float | dt.date | dt.time):
        shown = value.isoformat() if isinstance(value, dt.date | dt.time) else str(value)
        return f'{rule}; tulis: {key} = "{shown}"'
    return f"{rule}, satu baris saja, misalnya {_example(key, path)}"


def _not_a_date(key: str, value: object) -> str:
    if isinstance(value, dt.datetime):
        return (
            f"kolom '{key}' cukup berisi tanggal, tanpa jam; "
            f"tulis: {key} = {value.date().isoformat()}"
        )
    if isinstance(value, str) and (advice := date_advice(value, key, quoted=True)):
        return f"kolom '{key}' {advice}"
    return (
        f"kolom '{key}' harus tanggal, ditulis tahun-bulan-tanggal tanpa tanda kutip, "
        f"misalnya {EXAMPLES[key]}"
    )
