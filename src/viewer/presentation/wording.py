"""The sentences and formats that the screen and the paper both show, written once.

Every reader, on screen or on a printed handout, must see the same disclaimer, the same
emergency line and the same way of naming a source: a patient who compares the two must
never find two versions of a safety sentence.

Each function takes a `language`: None (the window's case) is the interface language;
a handout passes its article's, so that the fixed words around the article's text are
in the article's language whatever the window shows (viewer.i18n.translate). The
source texts are marked with QT_TRANSLATE_NOOP, which lupdate collects: it does not
collect a translate() call whose third argument is a variable.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale

from viewer import i18n
from viewer.content.model import RiskItem
from viewer.i18n import translate
from viewer.presentation.sources import readable_source

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
# The locale whose month names a date is written with, per language.
_LOCALES = {
    "id": INDONESIAN,
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_DISCLAIMER = QT_TRANSLATE_NOOP(
    "Disclaimer",
    "Informasi ini tidak menggantikan nasihat dokter atau apoteker Anda. "
    "Jangan mengubah atau menghentikan obat tanpa bicara dengan dokter.",
)
_EMERGENCY = QT_TRANSLATE_NOOP("Emergency", "Keadaan darurat? Telepon {number}")
_CLINIC_PHONE = QT_TRANSLATE_NOOP("Clinic", "Telepon klinik: {number}")
_WARNINGS_HEADING = QT_TRANSLATE_NOOP("Warnings", "Peringatan penting")
_FROM_ARTICLE = QT_TRANSLATE_NOOP("Source", "dari artikel")
_SOURCE = QT_TRANSLATE_NOOP("Source", "Sumber: {source}")


def disclaimer(language: str | None = None) -> str:
    """The disclaimer, word for word the same on screen and on every printed page."""
    return translate("Disclaimer", _DISCLAIMER, language)


def emergency_line(number: str, language: str | None = None) -> str:
    """The always-visible line with the clinic's emergency number."""
    return translate("Emergency", _EMERGENCY, language).format(number=number)


def clinic_phone_line(number: str, language: str | None = None) -> str:
    """The clinic's own number, for questions: named as the clinic's so that it is never
    taken for the emergency line (which must answer day and night)."""
    return translate("Clinic", _CLINIC_PHONE, language).format(number=number)


def warnings_heading(language: str | None = None) -> str:
    """The heading of the risk panel and of the handout's warning box."""
    return translate("Warnings", _WARNINGS_HEADING, language)


def source_label(item: RiskItem, language: str | None = None) -> str:
    """'Sumber: dari artikel' or 'Sumber: <the source as a patient can read it>' (e.g.
    'Sumber: FDA (badan pengawas obat AS), 2016'), on screen and on paper alike."""
    source = (
        translate("Source", _FROM_ARTICLE, language)
        if item.from_article
        else readable_source(item.source, language)
    )
    return translate("Source", _SOURCE, language).format(source=source)


def long_date(day: dt.date, language: str | None = None) -> str:
    """'20 November 2026' ('20 November 2026' in English too; 'Agustus', 'August'): month
    names from Qt's locale data for `language` (the interface's for None)."""
    wanted = i18n.interface_language() if language is None else language
    locale = _LOCALES.get(wanted, INDONESIAN)
    return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
