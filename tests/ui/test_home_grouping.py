"""The home screen's rules, without Qt: the first sentence of a summary, and which
cards stand under which category heading, in what order."""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.content.model import ArticleMeta
from viewer.ui.home_screen import first_sentence, group_by_category

OTHER = "Lainnya"


def meta(
    article_id: str, title: str, categories: tuple[str, ...] = (), order: int | None = None
) -> ArticleMeta:
    return ArticleMeta(
        id=article_id,
        title=title,
        language="id",
        summary=f"Ringkasan {title}.",
        source="Klinik",
        last_reviewed=dt.date(2026, 1, 1),
        next_review=dt.date(2027, 1, 1),
        categories=categories,
        order=order,
    )


def ids(groups: list[tuple[str, list[ArticleMeta]]]) -> list[tuple[str, list[str]]]:
    return [(name, [m.id for m in members]) for name, members in groups]


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("Obat ini menenangkan. Minum malam hari.", "Obat ini menenangkan."),
        ("Jangan berhenti! Bicarakan dengan dokter.", "Jangan berhenti!"),
        ("Apakah aman? Ya, bila dosisnya benar.", "Apakah aman?"),
        ("Satu kalimat saja tanpa titik", "Satu kalimat saja tanpa titik"),
        ("Satu kalimat saja.", "Satu kalimat saja."),
        ("Dosis 0.5 mg sehari. Lalu naik.", "Dosis 0.5 mg sehari."),
        ("  Ditulis\n  di dua baris.\nKalimat kedua.  ", "Ditulis di dua baris."),
        ("Kalimat pertama?!  Kedua.", "Kalimat pertama?!"),
        ("", ""),
    ],
)
def test_first_sentence(summary: str, expected: str) -> None:
    assert first_sentence(summary) == expected


def test_an_article_stands_under_each_of_its_categories() -> None:
    groups = group_by_category(
        [meta("a", "Alfa", ("Jiwa", "Tidur"), 1), meta("b", "Beta", ("Tidur",), 2)], OTHER
    )
    assert ids(groups) == [("Jiwa", ["a"]), ("Tidur", ["a", "b"])]


def test_articles_without_a_category_go_last_under_other_even_the_first() -> None:
    groups = group_by_category(
        [meta("x", "Umum", (), 1), meta("a", "Alfa", ("Jiwa",), 5), meta("z", "Zeta", ("  ",))],
        OTHER,
    )
    assert ids(groups) == [("Jiwa", ["a"]), (OTHER, ["x", "z"])]


def test_within_a_group_the_clinics_order_then_the_title() -> None:
    groups = group_by_category(
        [
            meta("c", "citalopram", ("Jiwa",)),
            meta("s", "Sertraline", ("Jiwa",), 2),
            meta("b", "Bupropion", ("Jiwa",)),
            meta("k", "Klonazepam", ("Jiwa",), 1),
        ],
        OTHER,
    )
    assert ids(groups) == [("Jiwa", ["k", "s", "b", "c"])]


def test_groups_go_by_their_best_article() -> None:
    groups = group_by_category(
        [
            meta("d", "Diabetes dasar", ("Diabetes",)),
            meta("t", "Tensi", ("Tekanan darah",), 3),
            meta("j", "Jiwa", ("Kesehatan jiwa",), 1),
            meta("a", "Asma", ("Asma",)),
            meta("j2", "Jiwa dua", ("Kesehatan jiwa",), 4),
        ],
        OTHER,
    )
    # Ordered ones first by order; then the rest by their first title.
    assert [name for name, _ in groups] == ["Kesehatan jiwa", "Tekanan darah", "Asma", "Diabetes"]


def test_a_category_spelt_two_ways_is_one_group_named_as_first_met() -> None:
    groups = group_by_category(
        [meta("a", "Alfa", ("Kesehatan Jiwa",), 1), meta("b", "Beta", ("kesehatan jiwa",))],
        OTHER,
    )
    assert ids(groups) == [("Kesehatan Jiwa", ["a", "b"])]


def test_a_category_named_as_other_joins_other() -> None:
    groups = group_by_category(
        [meta("a", "Alfa", ("lainnya",), 1), meta("b", "Beta"), meta("c", "Gamma", ("Jiwa",))],
        OTHER,
    )
    assert ids(groups) == [("Jiwa", ["c"]), (OTHER, ["a", "b"])]


def test_nothing_to_group() -> None:
    assert group_by_category([], OTHER) == []
