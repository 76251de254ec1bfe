"""Dates as people write them (25-11-2026, 25 Nov 2026, 2026/11/25), read so a message
can show the author their own date in the one form the files accept: 2026-11-25.

Qt-free; used by the TOML reader (an unquoted date in the wrong form is a syntax error)
and by the front matter (a date written as quoted text is a wrong type).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from viewer.i18n import translate


def month_names() -> tuple[str, ...]:
    """The months' names in the interface language, January first."""
    return (
        translate("Toml", "Januari"), translate("Toml", "Februari"),
        translate("Toml", "Maret"), translate("Toml", "April"),
        translate("Toml", "Mei"), translate("Toml", "Juni"),
        translate("Toml", "Juli"), translate("Toml", "Agustus"),
        translate("Toml", "September"), translate("Toml", "Oktober"),
        translate("Toml", "November"), translate("Toml", "Desember"),
    )  # fmt: skip


# Indonesian and English names and the usual abbreviations, lower case.
_MONTH_WORDS = {
    word: number
    for number, words in enumerate(
        (
            "januari january jan",
            "februari pebruari february feb peb",
            "maret march mar",
            "april apr",
            "mei may",
            "juni june jun",
            "juli july jul",
            "agustus august agu agt ags aug",
            "september sept sep",
            "oktober october okt oct",
            "november nopember nov nop",
            "desember december des dec",
        ),
        start=1,
    )
    for word in words.split()
}
_SEP = r"[-/.]"
_YEAR_FIRST = re.compile(rf"^(\d{{4}})({_SEP})(\d{{1,2}})\2(\d{{1,2}})$")
_DAY_FIRST = re.compile(rf"^(\d{{1,2}})({_SEP})(\d{{1,2}})\2(\d{{4}}|\d{{2}})$")
_DAY_MONTH_WORD = re.compile(r"^(\d{1,2})[\s./-]*([a-z]+)\.?[\s./-]*(\d{4})$")
_MONTH_WORD_DAY = re.compile(r"^([a-z]+)\.?\s*(\d{1,2}),?\s+(\d{4})$")


@dataclass(frozen=True)
class WrittenDate:
    """A date as written: its parts, and whether it is already in the accepted form."""

    year: int | None  # None: written with two digits, which cannot be guessed safely
    month: int
    day: int
    accepted_form: bool  # YYYY-MM-DD, the only form TOML reads as a date

    @property
    def date(self) -> dt.date | None:
        """The date, or None when the year is unknown or the day does not exist."""
        if self.year is None or self.why_impossible():
            return None
        return dt.date(self.year, self.month, self.day)

    def why_impossible(self) -> str | None:
        """Why this day is not in the calendar, in the interface language; None if it is."""
        if not 1 <= self.month <= 12:
            return translate("Toml", "bulan hanya 01 sampai 12")
        year = self.year if self.year is not None and self.year > 0 else 2000
        last = calendar.monthrange(year, self.month)[1]
        if not 1 <= self.day <= last:
            when = month_names()[self.month - 1] + (f" {year}" if self.year else "")
            #: {when}: a month, with its year when one was written ("Februari 2026").
            return translate("Toml", "{when} hanya sampai tanggal {last}").format(
                when=when, last=last
            )
        if self.year == 0:
            return translate("Toml", "tahun 0000 tidak ada")
        return None


def read_written_date(text: str) -> WrittenDate | None:
    """Read `text` as a date in any common form; None if it does not look like a date."""
    text = text.strip().lower()
    if match := _YEAR_FIRST.match(text):
        year, sep, month, day = match.groups()
        accepted = sep == "-" and len(month) == len(day) == 2
        return WrittenDate(int(year), int(month), int(day), accepted)
    if match := _DAY_FIRST.match(text):
        first, second, year = (int(match.group(n)) for n in (1, 3, 4))
        # Indonesians write day-month-year; only an impossible month means month-day.
        day, month = (second, first) if second > 12 >= first else (first, second)
        return WrittenDate(year if year >= 1000 else None, month, day, False)
    if match := _DAY_MONTH_WORD.match(text):
        day, word, year = match.groups()
        if word in _MONTH_WORDS:
            return WrittenDate(int(year), _MONTH_WORDS[word], int(day), False)
    if match := _MONTH_WORD_DAY.match(text):
        word, day, year = match.groups()
        if word in _MONTH_WORDS:
            return WrittenDate(int(year), _MONTH_WORDS[word], int(day), False)
    return None


def date_advice(text: str, key: str, quoted: bool) -> str | None:
    """What to do about a date written as `text` for `key`, as the end of a sentence that
    starts with the key ("kolom 'x' ..."); None if `text` is not a date at all.

    `quoted`: the author wrote it between quotes (TOML then reads text, not a date).
    """
    written = read_written_date(text)
    if written is None:
        return None
    shown = text.strip()
    if why := written.why_impossible():
        #: {then} ends "...; check the numbers{then}".
        if not written.accepted_form:
            then = translate("Toml", ", lalu tulis tahun-bulan-tanggal tanpa tanda kutip")
        else:
            then = translate("Toml", ", lalu tulis tanpa tanda kutip") if quoted else ""
        #: Continues a sentence whose subject is the key or the line ("field 'x' ...").
        return translate(
            "Toml", "berisi tanggal yang tidak ada ({date}): {why}; periksa angkanya{then}"
        ).format(date=shown, why=why, then=then)
    date = written.date
    if date is None:
        #: Continues a sentence whose subject is the key or the line ("field 'x' ...").
        return translate(
            "Toml",
            "memakai tahun dua angka; tulis tahun-bulan-tanggal dengan tahun empat angka, "
            "tanpa tanda kutip, misalnya {key} = 2026-01-31",
        ).format(key=key)
    fix = translate("Toml", "tulis: {key} = {date}").format(key=key, date=date.isoformat())
    if written.accepted_form and quoted:
        #: Continues a sentence whose subject is the key ("field 'x' ...").
        return translate(
            "Toml", "berisi tanggal di antara tanda kutip; hapus tanda kutipnya, {fix}"
        ).format(fix=fix)
    #: Continues a sentence whose subject is the key or the line ("field 'x' ...").
    return translate("Toml", "harus ditulis tahun-bulan-tanggal tanpa tanda kutip; {fix}").format(
        fix=fix
    )
