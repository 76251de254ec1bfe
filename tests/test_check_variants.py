"""`check` and translations: a translation's own review date is named when it is due."""

from __future__ import annotations

import datetime as dt
import io

from support import FRONT, GOOD_BODY, write_article
from viewer.check import run_check


def test_a_translation_past_its_review_date_is_named(tmp_path):
    write_article(tmp_path, GOOD_BODY, name="obat")
    english = (
        FRONT.format(id="obat")
        .replace('language = "id"', 'language = "en"')
        .replace("next_review = 2027-01-01", "next_review = 2026-06-01")
    )
    assert "next_review = 2026-06-01" in english
    write_article(tmp_path, GOOD_BODY, name="obat.en", front=english)
    out = io.StringIO()

    status = run_check(tmp_path, tmp_path, out, today=dt.date(2026, 12, 1))

    lines = out.getvalue().splitlines()
    assert status == 0, lines
    due = f"catatan: {tmp_path / 'obat.en.md'}: jadwal tinjauan ulang 2026-06-01 sudah lewat"
    assert due in lines
    assert not any("obat.md:" in line and "sudah lewat" in line for line in lines)
