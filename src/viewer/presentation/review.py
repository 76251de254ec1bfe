"""Whether an article has been checked by a health worker, said once for screen and paper.

Rule C8: a review date is shown only with a named reviewer. An article whose `reviewer`
is empty says instead that no health worker has checked it yet, in words a reader with
little schooling understands, and shows no review date: a date next to "ditinjau" would
read as a check that never happened. The out-of-date notice still comes past the
article's `next_review` date (old text may be wrong, checked or not), but without that
date for an unchecked article, for the same reason.

`language`: the interface's for None (the window); a handout passes its article's.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.content.model import ArticleMeta
from viewer.i18n import translate
from viewer.presentation.wording import long_date

_CONTEXT = "Review"
_NOT_REVIEWED = QT_TRANSLATE_NOOP("Review", "Artikel ini belum diperiksa oleh tenaga kesehatan.")
_REVIEWED = QT_TRANSLATE_NOOP(
    "Review", "Terakhir ditinjau: {last} · Tinjauan berikutnya: {due} · Peninjau: {name}"
)
_OLD = QT_TRANSLATE_NOOP(
    "Review", "Informasi ini mungkin sudah tidak terbaru. Tanyakan kepada dokter atau apoteker."
)
_OVERDUE = QT_TRANSLATE_NOOP(
    "Review",
    "Informasi ini mungkin sudah tidak terbaru: jadwal tinjauan ulangnya ({due}) "
    "sudah lewat. Tanyakan kepada dokter atau apoteker.",
)


def review_line(meta: ArticleMeta, language: str | None = None) -> str:
    """The line under the disclaimer on screen and in every printed page's footer."""
    if not meta.is_reviewed:
        return translate(_CONTEXT, _NOT_REVIEWED, language)
    return translate(_CONTEXT, _REVIEWED, language).format(
        last=long_date(meta.last_reviewed, language),
        due=long_date(meta.next_review, language),
        name=meta.reviewer.strip(),
    )


def overdue_notice(meta: ArticleMeta, language: str | None = None) -> str:
    """What the window and page 1 say once the article's `next_review` date has passed."""
    if not meta.is_reviewed:
        return translate(_CONTEXT, _OLD, language)
    return translate(_CONTEXT, _OVERDUE, language).format(due=long_date(meta.next_review, language))
