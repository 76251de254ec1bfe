"""Front matter: a TOML block between two `+++` lines at the top of an article."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from viewer.content.errors import ContentError
from viewer.content.model import EMERGENCY_PLACEHOLDER, ArticleMeta, unknown_placeholders

DELIMITER = "+++"
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TEXT_FIELDS = ("id", "title", "language", "summary", "source")
DATE_FIELDS = ("last_reviewed", "next_review")
OPTIONAL_FIELDS = ("reviewer",)
KNOWN_FIELDS = (*TEXT_FIELDS, *DATE_FIELDS, *OPTIONAL_FIELDS)
_TOML_LINE = re.compile(r"at line (\d+)")


@dataclass(frozen=True)
class Split:
    meta: ArticleMeta
    body: str
    body_first_line: int


def split(text: str, path: Path) -> Split:
    """Parse the front matter and return it with the rest of the file."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != DELIMITER:
        raise ContentError(
            path, 1, f"data awal (front matter) tidak ada: baris pertama harus '{DELIMITER}'"
        )
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == DELIMITER)
    except StopIteration:
        raise ContentError(
            path, 1, f"data awal (front matter) tidak ditutup dengan baris '{DELIMITER}'"
        ) from None
    block = lines[1:end]
    try:
        data = tomllib.loads("\n".join(block))
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE.search(str(exc))
        line = int(match.group(1)) + 1 if match else 1
        reason = _TOML_LINE.sub("", str(exc)).strip(" ()")
        raise ContentError(
            path, line, f"data awal tidak dapat dibaca ({reason}); periksa tanda kutip dan '='"
        ) from exc
    meta = _meta_from(data, block, path)
    return Split(meta, "\n".join(lines[end + 1 :]), end + 2)


def _line_of(key: str, block: list[str]) -> int:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for index, line in enumerate(block):
        if pattern.match(line):
            return index + 2
    return 1


def _meta_from(data: dict[str, object], block: list[str], path: Path) -> ArticleMeta:
    for key in data:
        if key not in KNOWN_FIELDS:
            raise ContentError(
                path,
                _line_of(key, block),
                f"kolom '{key}' tidak dikenal (yang dikenal: {', '.join(KNOWN_FIELDS)})",
            )
    for key in (*TEXT_FIELDS, *DATE_FIELDS):
        if key not in data:
            raise ContentError(path, 1, f"kolom wajib '{key}' tidak ada di data awal")
    for key in (*TEXT_FIELDS, *OPTIONAL_FIELDS):
        value = data.get(key, "")
        if not isinstance(value, str):
            raise ContentError(path, _line_of(key, block), f"kolom '{key}' harus berupa teks")
        if key in TEXT_FIELDS and not value.strip():
            raise ContentError(path, _line_of(key, block), f"kolom '{key}' tidak boleh kosong")
    for key in DATE_FIELDS:
        if not isinstance(data[key], dt.date) or isinstance(data[key], dt.datetime):
            raise ContentError(
                path, _line_of(key, block), f"kolom '{key}' harus tanggal, misalnya 2026-01-31"
            )
    for key in ("title", "summary"):
        for token in unknown_placeholders(str(data[key])):
            raise ContentError(
                path,
                _line_of(key, block),
                f"penanda '{token}' tidak dikenal; untuk nomor darurat tulis "
                f"{EMERGENCY_PLACEHOLDER}",
            )
    article_id = str(data["id"])
    if not ID_PATTERN.match(article_id):
        raise ContentError(
            path,
            _line_of("id", block),
            "kolom 'id' hanya boleh huruf kecil, angka dan tanda hubung (misalnya obat-demam)",
        )
    if article_id != path.stem:
        raise ContentError(
            path,
            _line_of("id", block),
            f"kolom 'id' ('{article_id}') harus sama dengan nama berkas ('{path.stem}')",
        )
    last, due = data["last_reviewed"], data["next_review"]
    assert isinstance(last, dt.date) and isinstance(due, dt.date)
    if due < last:
        raise ContentError(
            path,
            _line_of("next_review", block),
            "kolom 'next_review' lebih awal daripada 'last_reviewed'",
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
