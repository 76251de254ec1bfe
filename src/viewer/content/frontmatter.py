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
from viewer.i18n import translate
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


def examples() -> dict[str, str]:
    """A line to copy for each field, shown when it is missing or empty (the id is the
    file's); its words in the interface language, its field names as written."""

    def text(key: str, value: str) -> str:
        return f'{key} = "{value}"'

    def listed(key: str, *values: str) -> str:
        written = ", ".join(f'"{value}"' for value in values)
        return f"{key} = [{written}]"

    return {
        "title": text("title", translate("Content", "Judul artikel")),
        "language": 'language = "id"',
        "summary": text("summary", translate("Content", "Ringkasan 1 sampai 3 kalimat pendek.")),
        "source": text("source", translate("Content", "Dari mana isi artikel berasal")),
        "last_reviewed": "last_reviewed = 2026-01-31",
        "next_review": "next_review = 2027-01-31",
        "reviewer": 'reviewer = ""',
        "categories": listed("categories", translate("Content", "Obat jiwa")),
        "keywords": listed(
            "keywords", translate("Content", "nama lain"), translate("Content", "merek obat")
        ),
        #: An example article id: lower-case letters, digits and hyphens only.
        "related": listed("related", translate("Content", "id-artikel-lain")),
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
            #: Ends "...; start the article with {found}". {first}: the line as written.
            found = translate("Content", "tiga tanda tambah, bukan '{first}'").format(first=first)
        else:
            #: Ends "...; start the article with {found}".
            found = translate(
                "Content",
                "data artikel di antara dua baris +++ (lihat contoh di content/README.md)",
            )
        raise ContentError(
            path,
            1,
            translate(
                "Content",
                "data awal (front matter) tidak ada: baris pertama harus '{delimiter}'; "
                "mulailah artikel dengan {found}",
            ).format(delimiter=DELIMITER, found=found),
        )
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == DELIMITER)
    except StopIteration:
        raise ContentError(
            path,
            1,
            translate(
                "Content",
                "data awal (front matter) tidak ditutup dengan baris '{delimiter}'; tambahkan "
                "baris {delimiter} sesudah baris terakhir data artikel, sebelum bagian pertama",
            ).format(delimiter=DELIMITER),
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
        #: The noun that names a key of the front matter: "field 'title' ...".
        noun = translate("Content", "kolom")
        raise ContentError(
            path,
            exc.line,
            message
            or translate("Content", "data awal tidak dapat dibaca: {problem}").format(
                problem=exc.message(noun)
            ),
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
                translate(
                    "Content",
                    "kolom wajib '{key}' tidak ada di data awal; tambahkan baris: {example}",
                ).format(key=key, example=_example(key, path)),
            )
    for key in (*TEXT_FIELDS, "reviewer"):
        value = data.get(key, "")
        if not isinstance(value, str):
            raise fail(key, _not_text(key, value, path))
        if key in TEXT_FIELDS and not value.strip():
            raise fail(
                key,
                translate(
                    "Content",
                    "kolom '{key}' tidak boleh kosong; tulis isinya di antara tanda kutip, "
                    "misalnya {example}",
                ).format(key=key, example=_example(key, path)),
            )
    for key in DATE_FIELDS:
        if not isinstance(data[key], dt.date) or isinstance(data[key], dt.datetime):
            raise fail(key, _not_a_date(key, data[key]))
    for key in ("title", "summary"):
        for token in unknown_placeholders(str(data[key])):
            raise fail(
                key,
                translate(
                    "Content",
                    "penanda '{token}' tidak dikenal; untuk nomor darurat tulis {placeholder}",
                ).format(token=token, placeholder=EMERGENCY_PLACEHOLDER),
            )
    article_id = str(data["id"])
    if not ID_PATTERN.match(article_id):
        raise fail(
            "id",
            translate(
                "Content",
                "kolom 'id' hanya boleh huruf kecil, angka dan tanda hubung (misalnya obat-demam)",
            )
            + (
                translate("Content", '; tulis: id = "{name}"').format(name=path.stem)
                if ID_PATTERN.match(path.stem)
                else ""
            ),
        )
    if article_id != path.stem:
        message = translate(
            "Content", "kolom 'id' ('{id}') harus sama dengan nama berkas ('{name}')"
        ).format(id=article_id, name=path.stem)
        if ID_PATTERN.match(path.stem):
            # (A name that is no id, like OBAT.MD, keeps the short message: that file
            # has to be renamed anyway, and tests/content/test_loader.py expects it so.)
            message += translate(
                "Content", '; tulis id = "{name}", atau ganti nama berkasnya menjadi {id}.md'
            ).format(name=path.stem, id=article_id)
        raise fail("id", message)
    last, due = data["last_reviewed"], data["next_review"]
    assert isinstance(last, dt.date) and isinstance(due, dt.date)
    if due < last:
        raise fail(
            "next_review",
            translate(
                "Content",
                "kolom 'next_review' ({due}) lebih awal daripada 'last_reviewed' ({last}); "
                "tanggal tinjauan berikutnya harus sesudahnya (periksa tahunnya)",
            ).format(due=due.isoformat(), last=last.isoformat()),
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
        #: An example file name without .md: lower-case letters, digits and hyphens only.
        name = path.stem if ID_PATTERN.match(path.stem) else translate("Content", "nama-berkas")
        return f'id = "{name}"'
    return examples()[key]


def _unknown_field(key: str) -> str:
    known = ", ".join(KNOWN_FIELDS)
    close = difflib.get_close_matches(key.lower(), KNOWN_FIELDS, n=1, cutoff=0.6)
    if not close and key.lower() in FIELD_ALIASES:
        close = [FIELD_ALIASES[key.lower()]]
    if close:
        return translate(
            "Content",
            "kolom '{key}' tidak dikenal; mungkin maksudnya '{close}': periksa ejaannya "
            "(yang dikenal: {known})",
        ).format(key=key, close=close[0], known=known)
    return translate(
        "Content",
        "kolom '{key}' tidak dikenal; hapus barisnya atau periksa ejaannya (yang dikenal: {known})",
    ).format(key=key, known=known)


def _not_text(key: str, value: object, path: Path) -> str:
    #: Continued by "; write: ..." or ", on one line only, for example ...".
    rule = translate(
        "Content", "kolom '{key}' harus berupa teks di antara tanda kutip lurus (\")"
    ).format(key=key)
    if isinstance(value, bool):
        return rule + translate("Content", '; tulis: {key} = "{value}"').format(
            key=key, value=str(value).lower()
        )
    if isinstance(value, int | float | dt.date | dt.time):
        shown = value.isoformat() if isinstance(value, dt.date | dt.time) else str(value)
        return rule + translate("Content", '; tulis: {key} = "{value}"').format(
            key=key, value=shown
        )
    return rule + translate("Content", ", satu baris saja, misalnya {example}").format(
        example=_example(key, path)
    )


def _not_a_date(key: str, value: object) -> str:
    if isinstance(value, dt.datetime):
        return translate(
            "Content", "kolom '{key}' cukup berisi tanggal, tanpa jam; tulis: {key} = {date}"
        ).format(key=key, date=value.date().isoformat())
    if isinstance(value, str) and (advice := date_advice(value, key, quoted=True)):
        #: {advice} continues the sentence: "field 'x' must be written ...".
        return translate("Content", "kolom '{key}' {advice}").format(key=key, advice=advice)
    return translate(
        "Content",
        "kolom '{key}' harus tanggal, ditulis tahun-bulan-tanggal tanpa tanda kutip, "
        "misalnya {example}",
    ).format(key=key, example=examples()[key])


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
            translate(
                "Content",
                "kolom '{key}' harus berupa daftar teks di antara kurung siku [ ], setiap isi "
                'di antara tanda kutip lurus ("); misalnya {example}',
            ).format(key=key, example=examples()[key]),
        )
    items: list[str] = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, str):
            raise fail(key, _item_not_text(key, value, number))
        text = " ".join(item.split())
        if not text:
            raise fail(
                key,
                translate(
                    "Content",
                    "kolom '{key}' berisi teks kosong (\"\") pada isi ke-{number}; hapus isi "
                    "yang kosong itu, atau tulis teksnya di antara tanda kutip",
                ).format(key=key, number=number),
            )
        if text not in items:
            items.append(text)
    return tuple(items)


def _not_a_list(key: str, value: str) -> str:
    #: Continued by ": write it between square brackets ...".
    rule = translate(
        "Content", "kolom '{key}' harus berupa daftar, walaupun isinya hanya satu"
    ).format(key=key)
    parts = [" ".join(p.split()) for p in value.split(",")]
    parts = [p for p in parts if p] or [examples()[key].split('"')[1]]
    if any('"' in p or "\\" in p for p in parts):
        return rule + translate(
            "Content", ": tulis isinya di antara kurung siku, misalnya {example}"
        ).format(example=examples()[key])
    written = ", ".join(f'"{p}"' for p in parts)
    return rule + translate(
        "Content",
        ": tulis di antara kurung siku [ ], setiap isi di antara tanda kutip dan "
        "dipisah koma; tulis: {key} = [{written}]",
    ).format(key=key, written=written)


def _item_not_text(key: str, value: list[object], number: int) -> str:
    #: Continued by "; write: ..." or ", for example ...".
    rule = translate(
        "Content",
        "kolom '{key}': isi ke-{number} bukan teks; setiap isi daftar harus di antara "
        'tanda kutip lurus (")',
    ).format(key=key, number=number)
    shown = [_as_text(item) for item in value]
    if all(s is not None and s.strip() and '"' not in s for s in shown):
        written = ", ".join(f'"{s}"' for s in shown)
        return rule + translate("Content", "; tulis: {key} = [{written}]").format(
            key=key, written=written
        )
    return rule + translate("Content", ", misalnya {example}").format(example=examples()[key])


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
                translate(
                    "Content",
                    "kolom 'related' memuat id artikel ini sendiri ('{item}'); hapus isi itu: "
                    "'related' hanya untuk artikel lain",
                ).format(item=item),
            )
        if ID_PATTERN.match(item):
            continue
        message = translate(
            "Content",
            "kolom 'related': '{item}' bukan id artikel; tulis id artikel lain, yaitu nama "
            "berkasnya tanpa .md (hanya huruf kecil, angka dan tanda hubung)",
        ).format(item=item)
        guess = _id_guess(item)
        if guess is not None and guess != article_id:
            message += translate("Content", ', misalnya "{guess}"').format(guess=guess)
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
    return translate(
        "Content", "kolom '{key}' tidak boleh diawali angka 0; tulis: {key} = {number}"
    ).format(key=ORDER_FIELD, number=int(match.group(1)))


def _bad_order(value: object) -> str:
    key, low, high = ORDER_FIELD, ORDER_RANGE.start, ORDER_RANGE.stop - 1
    #: Continued by "; remove the quotes ..." or ", for example ...".
    rule = translate(
        "Content", "kolom '{key}' harus angka bulat {low} sampai {high}, tanpa tanda kutip"
    ).format(key=key, low=low, high=high)
    if isinstance(value, str):
        digits = value.strip()
        if digits.isdigit() and int(digits) in ORDER_RANGE:
            return rule + translate(
                "Content", "; hapus tanda kutipnya, tulis: {key} = {number}"
            ).format(key=key, number=int(digits))
        return rule + translate("Content", ", misalnya {key} = 10").format(key=key)
    if isinstance(value, float):
        if value.is_integer() and int(value) in ORDER_RANGE:
            return rule + translate(
                "Content", ", tanpa koma atau titik; tulis: {key} = {number}"
            ).format(key=key, number=int(value))
        if low <= value <= high:
            lower = int(value)
            return rule + translate(
                "Content", ", tanpa koma atau titik; tulis: {key} = {lower} atau {key} = {upper}"
            ).format(key=key, lower=lower, upper=lower + 1)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value < low:
            return translate(
                "Content",
                "kolom '{key}' tidak boleh kurang dari {low}; angka kecil tampil lebih dulu, "
                "jadi untuk paling depan tulis: {key} = {low}",
            ).format(key=key, low=low)
        return translate(
            "Content",
            "kolom '{key}' terlalu besar; pakai angka {low} sampai {high}, misalnya {key} = {high}",
        ).format(key=key, low=low, high=high)
    return rule + translate(
        "Content", ", misalnya {key} = 10 (angka kecil tampil lebih dulu)"
    ).format(key=key)
