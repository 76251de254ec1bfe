"""The sentences and formats that the screen and the paper both show, written once.

Every reader, on screen or on a printed handout, must see the same disclaimer, the same
emergency line and the same way of naming a source: a patient who compares the two must
never find two versions of a safety sentence.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from viewer.content.model import RiskItem
from viewer.presentation.sources import readable_source

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def disclaimer() -> str:
    """The disclaimer, word for word the same on screen and on every printed page."""
    return QCoreApplication.translate(
        "Disclaimer",
        "Informasi ini tidak menggantikan nasihat dokter atau apoteker Anda. "
        "Jangan mengubah atau menghentikan obat tanpa bicara dengan dokter.",
    )


def emergency_line(number: str) -> str:
    """The always-visible line with the clinic's emergency number."""
    return QCoreApplication.translate("Emergency", "Keadaan darurat? Telepon {number}").format(
        number=number
    )


def clinic_phone_line(number: str) -> str:
    """The clinic's own number, for questions: named as the clinic's so that it is never
    taken for the emergency line (which must answer day and night)."""
    return QCoreApplication.translate("Clinic", "Telepon klinik: {number}").format(number=number)


def warnings_heading() -> str:
    """The heading of the risk panel and of the handout's warning box."""
    return QCoreApplication.translate("Warnings", "Peringatan penting")


def source_label(item: RiskItem) -> str:
    """'Sumber: dari artikel' or 'Sumber: <the source as a patient can read it>' (e.g.
    'Sumber: FDA (badan pengawas obat AS), 2016'), on screen and on paper alike."""
    source = (
        QCoreApplication.translate("Source", "dari artikel")
        if item.from_article
        else readable_source(item.source)
    )
    return QCoreApplication.translate("Source", "Sumber: {source}").format(source=source)


def long_date(day: dt.date) -> str:
    """'20 November 2026': month names from Qt's locale data."""
    return INDONESIAN.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
