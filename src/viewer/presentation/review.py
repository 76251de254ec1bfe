"""Whether an article has been checked by a health worker, said once for screen and paper.

Rule C8: a review date is shown only with a named reviewer. An article whose `reviewer`
is empty says instead that no health worker has checked it yet, in words a reader with
little schooling understands, and shows no review date: a date next to "ditinjau" would
read as a check that never happened. The out-of-date notice still comes past the
article's `next_review` date (old text may be wrong, checked or not), but without that
date for an unchecked article, for the same reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from viewer.content.model import ArticleMeta
from viewer.presentation.wording import long_date

_CONTEXT = "Review"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def review_line(meta: ArticleMeta) -> str:
    """The line under the disclaimer on screen and in every printed page's footer."""
    if not meta.is_reviewed:
        return _t("Artikel ini belum diperiksa oleh tenaga kesehatan.")
    return _t("Terakhir ditinjau: {last} · Tinjauan berikutnya: {due} · Peninjau: {name}").format(
        last=long_date(meta.last_reviewed),
        due=long_date(meta.next_review),
        name=meta.reviewer.strip(),
    )


def overdue_notice(meta: ArticleMeta) -> str:
    """What the window and page 1 say once the article's `next_review` date has passed."""
    if not meta.is_reviewed:
        return _t(
            "Informasi ini mungkin sudah tidak terbaru. Tanyakan kepada dokter atau apoteker."
        )
    return _t(
        "Informasi ini mungkin sudah tidak terbaru: jadwal tinjauan ulangnya ({due}) "
        "sudah lewat. Tanyakan kepada dokter atau apoteker."
    ).format(due=long_date(meta.next_review))
