"""A small library for the search tests, and a helper to index it."""

from __future__ import annotations

from pathlib import Path

from support import write_article
from viewer.search import SearchIndex, SearchResult

GLOSSARY = """# Daftar istilah

## benzodiazepin
Bentuk lain: benzo
Golongan obat penenang yang memperkuat GABA di otak.

## apnea tidur
Gangguan ketika napas berhenti sebentar saat tidur.
"""


def front(article_id: str, title: str, summary: str) -> str:
    return f"""+++
id = "{article_id}"
title = "{title}"
language = "id"
summary = "{summary}"
source = "Klinik"
last_reviewed = 2026-01-01
next_review = 2027-01-01
reviewer = "dr. Contoh"
+++
"""


ARTICLES = {
    "obat-tidur": (
        front("obat-tidur", "Zolpidem untuk insomnia", "Ringkasan tentang susah terlelap."),
        """
## Cara minum

Minum **zolpidem** sebelum berbaring. Lihat [efek samping](#efek-samping).

::: peringatan
Jangan menyetir sesudah minum obat ini.
Sumber: NHS
:::

## Efek samping

Bisa membuat pusing dan linglung. Orang dengan apnea tidur perlu bertanya dulu.
""",
    ),
    "clonazepam": (
        front("clonazepam", "Clonazepam untuk depresi", "Obat untuk kejang dan panik."),
        """
## Café dan kafein

Hindari kopi yang kental.

## Golongan obat

Clonazepam termasuk benzodiazepin. Jangan berhenti mendadak.

::: darurat
Jika sulit bernapas, segera telepon {nomor_darurat}.
Sumber: FDA
:::
""",
    ),
    "tablet-tidur": (
        front("tablet-tidur", "Tablet untuk malam", "Tentang tablet yang dipakai malam hari."),
        """
## Bagian satu

Sebagian orang memakai zolpidem dan clonazepam bersama. Tanyakan kepada dokter.
""",
    ),
}


def write_library(folder: Path, glossary: str | None = GLOSSARY) -> Path:
    for name, (article_front, body) in ARTICLES.items():
        write_article(folder, body, name=name, front=article_front)
    if glossary is not None:
        (folder / "glossary.md").write_text(glossary, encoding="utf-8")
    return folder


def indexed(tmp_path: Path, cache: Path | None = None) -> SearchIndex:
    """An index of the small library, in `cache` (default: a cache folder in tmp_path)."""
    content = write_library(tmp_path / "content")
    index = SearchIndex(content, tmp_path / "cache" if cache is None else cache)
    index.update()
    return index


def shown(result: SearchResult) -> list[tuple[str, str | None, str]]:
    """(article, section, field) of each hit, in order."""
    return [(h.article_id, h.section_id, h.field.value) for h in result.hits]


def marked_words(result: SearchResult) -> set[str]:
    return {p.text for h in result.hits for p in h.snippet if p.marked}
