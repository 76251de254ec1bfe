"""Front matter: a TOML block between two `+++` lines at the top of an article."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from viewer.content.errors import ContentError
from viewer.content.links import ARTICLE_ID
from viewer.content.model import EMERGENCY_PLACEHOLDER, ArticleMeta, unknown_placeholders
from viewer.toml_reader import TomlError, TomlText, read_toml
from viewer.written_date import date_advice

DELIMITER = "+++"
ID_PATTERN = ARTICLE_ID
TEXT_FIELDS = ("id", "title", "language", "summary", "source")
DATE_FIELDS = ("last_reviewed", "next_review")
# The library's fields (home screen, search, "Lihat juga"): lists of text, and a number.
LIST_FIELDS = ("categories", "keywords", "related")
ORDER_FIELD = "order"
ORDER_RANGE = range(0, 10_000)
OPTIONAL_FIELDS = ("reviewer", *LIST_FIELDS, ORDER_FIELD)
KNOWN_FIELDS = (*TEXT_FIELDS, *DATE_FIELDS, *OPTIONAL_FIELDS)
# Names an author may reach for in Indonesian or from other tools, and the field meant.
FIELD_ALIASES = {
    "kategori": "categories",
    "tags": "keywords",
    "tag": "keywords",
    "kata_kunci": "keywords",
    "kata-kunci": "keywords",
    "terkait": "related",
    "lihat_juga": "related",
    "lihat-juga": "related",
    "urutan": "order",
    "nomor_urut": "order",
}
# A line to copy for each field, shown when it is missing or empty (the id is the file's).
EXAMPLES = {
    "title": 'title = "Judul artikel"',
    "language": 'language = "id"',
    "summary": 'summary = "Ringkasan 1 sampai 3 kalimat pendek."',
    "source": 'source = "Dari mana isi artikel berasal"',
    "last_reviewed": "last_reviewed = 2026-01-31",
    "next_review": "next_review = 2027-01-31",
    "reviewer": 'reviewer = ""',
    "categories": 'categories = ["Obat jiwa"]',
    "keywords": 'keywords = ["nama lain", "merek obat"]',
    "related": 'related = ["id-artikel-lain"]',
    "order": "order = 10",
}


@dataclass(frozen=True)
class Split:
    meta: ArticleMeta
    body: str
    body_first_line: int
    # The file line of each field written in the front matter, for later checks (the
    # library's check of `related` names its line).
    field_lines: dict[str, int] = field(default_factory=dict)


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
        toml = read_toml(
            "\n".join(lines[1:end]),
            first_line=2,
            date_keys=DATE_FIELDS,
            number_keys=(ORDER_FIELD,),
        )
    except TomlError as exc:
        message = _leading_zero_advice(lines[exc.line - 1]) if exc.key == ORDER_FIELD else None
        raise ContentError(
            path, exc.line, message or f"data awal tidak dapat dibaca: {exc.message('kolom')}"
        ) from None
    meta = _meta_from(toml, path)
    field_lines = {key: line for key in toml.data if (line := toml.line_of(key)) is not None}
    return Split(meta, "\n".join(lines[end + 1 :]), end + 2, field_lines)


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
    for key in (*TEXT_FIELDS, "reviewer"):
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
    lists = {key: _text_list(data, key, fail) for key in LIST_FIELDS}
    _check_related(lists["related"], article_id, fail)
    return ArticleMeta(
        id=article_id,
        title=str(data["title"]).strip(),
        language=str(data["language"]).strip(),
        summary=" ".join(str(data["summary"]).split()),
        source=str(data["source"]).strip(),
        last_reviewed=last,
        next_review=due,
        reviewer=str(data.get("reviewer", "")).strip(),
        categories=lists["categories"],
        keywords=lists["keywords"],
        related=lists["related"],
        order=_order(data, fail),
    )


def _example(key: str, path: Path) -> str:
    if key == "id":
        return f'id = "{path.stem if ID_PATTERN.match(path.stem) else "nama-berkas"}"'
    return EXAMPLES[key]


def _unknown_field(key: str) -> str:
    known = ", ".join(KNOWN_FIELDS)
    close = difflib.get_close_matches(key.lower(), KNOWN_FIELDS, n=1, cutoff=0.6)
    if not close and key.lower() in FIELD_ALIASES:
        close = [FIELD_ALIASES[key.lower()]]
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


# -- the library's fields -----------------------------------------------------------------
_Fail = Callable[[str, str], ContentError]


def _text_list(data: dict[str, object], key: str, fail: _Fail) -> tuple[str, ...]:
    """A list field as tidy text: spaces collapsed, exact repeats dropped (first kept)."""
    value = data.get(key, [])
    if isinstance(value, str):
        raise fail(key, _not_a_list(key, value))
    if not isinstance(value, list):
        raise fail(
            key,
            f"kolom '{key}' harus berupa daftar teks di antara kurung siku [ ], setiap isi "
            f'di antara tanda kutip lurus ("); misalnya {EXAMPLES[key]}',
        )
    items: list[str] = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, str):
            raise fail(key, _item_not_text(key, value, number))
        text = " ".join(item.split())
        if not text:
            raise fail(
                key,
                f"kolom '{key}' berisi teks kosong (\"\") pada isi ke-{number}; hapus isi "
                "yang kosong itu, atau tulis teksnya di antara tanda kutip",
            )
        if text not in items:
            items.append(text)
    return tuple(items)


def _not_a_list(key: str, value: str) -> str:
    rule = f"kolom '{key}' harus berupa daftar, walaupun isinya hanya satu"
    parts = [" ".join(p.split()) for p in value.split(",")]
    parts = [p for p in parts if p] or [EXAMPLES[key].split('"')[1]]
    if any('"' in p or "\\" in p for p in parts):
        return f"{rule}: tulis isinya di antara kurung siku, misalnya {EXAMPLES[key]}"
    written = ", ".join(f'"{p}"' for p in parts)
    return (
        f"{rule}: tulis di antara kurung siku [ ], setiap isi di antara tanda kutip dan "
        f"dipisah koma; tulis: {key} = [{written}]"
    )


def _item_not_text(key: str, value: list[object], number: int) -> str:
    rule = (
        f"kolom '{key}': isi ke-{number} bukan teks; setiap isi daftar harus di antara "
        'tanda kutip lurus (")'
    )
    shown = [_as_text(item) for item in value]
    if all(s is not None and s.strip() and '"' not in s for s in shown):
        written = ", ".join(f'"{s}"' for s in shown)
        return f"{rule}; tulis: {key} = [{written}]"
    return f"{rule}, misalnya {EXAMPLES[key]}"


def _as_text(item: object) -> str | None:
    if isinstance(item, str):
        return item
    if isinstance(item, bool):
        return str(item).lower()
    if isinstance(item, int | float):
        return str(item)
    if isinstance(item, dt.date | dt.time):
        return item.isoformat()
    return None


def _check_related(related: tuple[str, ...], article_id: str, fail: _Fail) -> None:
    for item in related:
        if item == article_id:
            raise fail(
                "related",
                f"kolom 'related' memuat id artikel ini sendiri ('{item}'); hapus isi itu: "
                "'related' hanya untuk artikel lain",
            )
        if ID_PATTERN.match(item):
            continue
        message = (
            f"kolom 'related': '{item}' bukan id artikel; tulis id artikel lain, yaitu nama "
            "berkasnya tanpa .md (hanya huruf kecil, angka dan tanda hubung)"
        )
        guess = _id_guess(item)
        if guess is not None and guess != article_id:
            message += f', misalnya "{guess}"'
        raise fail("related", message)


def _id_guess(text: str) -> str | None:
    """`Obat Demam.md` -> `obat-demam`: what the author most likely meant, if anything."""
    stem = text.strip().removesuffix(".md").removesuffix(".MD").lower()
    guess = "-".join(re.findall(r"[a-z0-9]+", stem))
    return guess if ID_PATTERN.match(guess) else None


def _order(data: dict[str, object], fail: _Fail) -> int | None:
    if ORDER_FIELD not in data:
        return None
    value = data[ORDER_FIELD]
    if isinstance(value, int) and not isinstance(value, bool) and value in ORDER_RANGE:
        return value
    raise fail(ORDER_FIELD, _bad_order(value))


def _leading_zero_advice(line: str) -> str | None:
    """`order = 05`: TOML refuses a number that starts with 0; say which number to write."""
    match = re.fullmatch(r"\s*order\s*=\s*(0\d+)\s*(?:#.*)?", line)
    if match is None:
        return None
    return (
        f"kolom '{ORDER_FIELD}' tidak boleh diawali angka 0; "
        f"tulis: {ORDER_FIELD} = {int(match.group(1))}"
    )


def _bad_order(value: object) -> str:
    key, low, high = ORDER_FIELD, ORDER_RANGE.start, ORDER_RANGE.stop - 1
    rule = f"kolom '{key}' harus angka bulat {low} sampai {high}, tanpa tanda kutip"
    if isinstance(value, str):
        digits = value.strip()
        if digits.isdigit() and int(digits) in ORDER_RANGE:
            return f"{rule}; hapus tanda kutipnya, tulis: {key} = {int(digits)}"
        return f"{rule}, misalnya {key} = 10"
    if isinstance(value, float):
        if value.is_integer() and int(value) in ORDER_RANGE:
            return f"{rule}, tanpa koma atau titik; tulis: {key} = {int(value)}"
        if low <= value <= high:
            lower = int(value)
            return f"{rule}, tanpa koma atau titik; tulis: {key} = {lower} atau {key} = {lower + 1}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value < low:
            return (
                f"kolom '{key}' tidak boleh kurang dari {low}; angka kecil tampil lebih dulu, "
                f"jadi untuk paling depan tulis: {key} = {low}"
            )
        return (
            f"kolom '{key}' terlalu besar; pakai angka {low} sampai {high}, misalnya {key} = {high}"
        )
    return f"{rule}, misalnya {key} = 10 (angka kecil tampil lebih dulu)"
