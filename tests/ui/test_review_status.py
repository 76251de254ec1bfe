"""Rule C8 on screen: a review date only with a named reviewer; otherwise the info bar
says plainly that no health worker has checked the article yet."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QRect

from support import FRONT, write_article

NOTICE = "Artikel ini belum diperiksa oleh tenaga kesehatan."
BODY = "\n## Bagian\n\nTeks.\n"


def front(name: str, reviewer: str) -> str:
    return FRONT.format(id=name).replace('reviewer = ""', f'reviewer = "{reviewer}"')


def in_view(window, widget) -> bool:
    """Shown, and wholly inside the window (not pushed below its edge)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return (
        widget.isVisible()
        and not widget.visibleRegion().isEmpty()
        and (window.rect().contains(rect))
    )


def test_the_bundled_article_says_no_health_worker_has_checked_it(make_window):
    window = make_window(size=(1366, 768))
    assert window.current.article.meta.reviewer == ""
    bar = window.info_bar
    assert in_view(window, bar.dates)
    assert bar.dates.text() == NOTICE
    assert bar.dates.font().bold()
    # No date that could be read as a review that never happened.
    assert "ditinjau" not in bar.dates.text().lower()
    assert "November" not in bar.dates.text()
    # One line at 1366 px.
    assert bar.dates.height() < 2 * bar.dates.fontMetrics().lineSpacing()


def test_the_notice_leaves_disclaimer_and_emergency_number_in_view_at_800x600(make_window):
    window = make_window(size=(800, 600))
    bar = window.info_bar
    for widget in (bar.disclaimer, bar.dates, bar.emergency):
        assert in_view(window, widget), widget.objectName()
    assert bar.dates.height() < 2 * bar.dates.fontMetrics().lineSpacing()


def test_a_named_reviewer_comes_with_the_review_dates(make_window, tmp_path):
    write_article(tmp_path, BODY, name="ditinjau", front=front("ditinjau", "dr. Siti Rahmawati"))
    window = make_window(tmp_path)
    bar = window.info_bar
    assert in_view(window, bar.dates)
    assert bar.dates.text() == (
        "Terakhir ditinjau: 1 Januari 2026 · Tinjauan berikutnya: 1 Januari 2027 · "
        "Peninjau: dr. Siti Rahmawati"
    )
    assert not bar.dates.font().bold()


def test_a_reviewer_of_only_spaces_is_no_reviewer(make_window, tmp_path):
    write_article(tmp_path, BODY, name="kosong", front=front("kosong", "   "))
    window = make_window(tmp_path)
    assert window.info_bar.dates.text() == NOTICE


def test_switching_articles_switches_the_review_line_and_its_weight(make_window, tmp_path):
    write_article(tmp_path, BODY, name="a-belum")
    write_article(tmp_path, BODY, name="b-sudah", front=front("b-sudah", "Apt. Budi"))
    window = make_window(tmp_path)
    label = window.info_bar.dates
    window.open_article("a-belum")
    assert label.text() == NOTICE and label.font().bold()
    window.open_article("b-sudah")
    assert label.text().endswith("Peninjau: Apt. Budi") and not label.font().bold()
    window.zoom.zoom_in()  # the zoom keeps the weight it finds
    window.go_back()
    assert label.text() == NOTICE and label.font().bold()


def test_past_its_date_an_unreviewed_article_may_be_out_of_date_but_shows_no_date(
    make_window, tmp_path
):
    write_article(tmp_path, BODY, name="lama")
    window = make_window(tmp_path, today=dt.date(2027, 1, 2))
    bar = window.info_bar
    assert in_view(window, bar.overdue)
    assert bar.overdue.text() == (
        "Informasi ini mungkin sudah tidak terbaru. Tanyakan kepada dokter atau apoteker."
    )
    assert bar.dates.text() == NOTICE


def test_past_its_date_a_reviewed_article_names_the_missed_review(make_window, tmp_path):
    write_article(tmp_path, BODY, name="lama", front=front("lama", "dr. Siti"))
    window = make_window(tmp_path, today=dt.date(2027, 1, 2))
    assert "(1 Januari 2027) sudah lewat" in window.info_bar.overdue.text()
