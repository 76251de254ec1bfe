"""Paths and helpers shared by the tests (importable: pytest puts tests/ on sys.path)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
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
