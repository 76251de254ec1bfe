"""Paths and helpers shared by the tests (importable: pytest puts tests/ on sys.path)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The bundled article most tests read (the window opens on it rather than on the home
# screen: see MainWindow's `start`).
ARTICLE = "clonazepam-depresi"
CONTENT = REPO / "content"
# The clinic's original text, kept beside the tests so a fresh clone can check it.
SOURCE_COPY = REPO / "tests" / "data" / "clonazepam-depresi.source.txt"
SHARED_SOURCE = REPO.parent / "shared" / "content-source" / "clonazepam-depresi.txt"

FRONT = """+++
id = "{id}"
title = "Contoh {id}"
language = "id"
summary = "Ringkasan singkat."
source = "Klinik"
last_reviewed = 2026-01-01
next_review = 2027-01-01
reviewer = ""
+++
"""

GOOD_BODY = """
## Bagian satu

Teks pertama dengan [tautan](#bagian-dua).

::: darurat
Segera hubungi {nomor_darurat}.
Sumber: NHS
:::

::: perhatian
Baik untuk diketahui.
Sumber: artikel
:::

## Bagian dua

Teks kedua.

::: peringatan
Bicarakan dengan dokter.
Sumber: FDA
:::
"""
# Valid articles of other shapes, for tests that run every accepted article through the
# window and the handout.
GOOD_BODIES = {
    "sections, links and three levels": GOOD_BODY,
    "spellings an author types": (
        "\n## Satu\n\nTeks dengan *miring*, **tebal** dan `kode`.\n\n:::Darurat\n"
        "Hubungi {nomor_darurat}.\nsumber: NHS\n:::\n\n### Lebih kecil\n\n- satu\n- dua\n"
    ),
    "a table, a web link and a section with only a warning": (
        "\n## Tabel\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nLihat [NHS](https://www.nhs.uk).\n"
        "\n## Hanya peringatan\n\n::: perhatian\nBaik diketahui.\nSumber: artikel\n:::\n"
    ),
}


def source_paragraphs() -> list[str]:
    """The clinic's six paragraphs, one per line of the source text."""
    lines = SOURCE_COPY.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def write_article(folder: Path, body: str, name: str = "contoh", front: str | None = None) -> Path:
    """Write `folder/name.md` with valid front matter (unless `front` is given) and `body`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.md"
    text = (front if front is not None else FRONT.format(id=name)) + body
    path.write_text(text, encoding="utf-8")
    return path
