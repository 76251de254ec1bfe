"""`patient-viewer --language en handout ...`: the handout command's lines in English (an
unknown id, a broken article, a folder that cannot be used, what was written), compared
with the English catalogue. The PDF's own words are tests/handout's other concern."""

from __future__ import annotations

from pathlib import Path

import pytest
from handout_support import run_cli

from english_support import assert_english
from support import FRONT, GOOD_BODY, write_article

REVIEWED = FRONT.replace('reviewer = ""', 'reviewer = "dr. Ani"')


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """One good article ("good") and one whose front matter starts with '---' ("broken")."""
    folder = tmp_path / "content"
    write_article(folder, GOOD_BODY, name="good", front=REVIEWED.format(id="good"))
    (folder / "broken.md").write_text('---\nid = "broken"\n---\n', encoding="utf-8")
    return folder


def english(*argv: str, home: Path):
    return run_cli("--language", "en", "handout", *argv, home=home)


def test_an_unknown_id_in_english(content, tmp_path):
    result = english(
        "nope", "-o", str(tmp_path / "x.pdf"), "--content", str(content), home=tmp_path
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "Article not found: 'nope' (available: broken, good)\n"
    assert_english(result.stderr, ("Handout", "Artikel tidak ditemukan: {ids} (tersedia: {known})"))


def test_a_broken_article_in_english_at_its_line(content, tmp_path):
    output = tmp_path / "x.pdf"
    result = english(str(content / "broken.md"), "-o", str(output), home=tmp_path)
    assert result.returncode == 1
    assert result.stderr == (
        f"{content / 'broken.md'}:1: the front matter is missing: the first line must be "
        "'+++'; start the article with three plus signs, not '---'\n"
    )
    assert not output.exists()
    assert_english(result.stderr)


def test_an_article_with_several_problems_counts_the_others(tmp_path):
    body = "Teks sebelum bagian.\n\n## Satu\n\n::: bahaya\nHati-hati.\n:::\n"
    path = write_article(tmp_path / "c", body, name="many", front=REVIEWED.format(id="many"))
    result = english(str(path), "-o", str(tmp_path / "x.pdf"), home=tmp_path)
    assert result.returncode == 1
    assert result.stderr == (
        f"{path}:11: text before the first section; start a section with '## Heading' "
        "(and 3 more problems)\n"
    )
    assert_english(result.stderr, ("Handout", " (dan {count} masalah lain)"))


def test_a_folder_that_cannot_be_used_in_english(content, tmp_path):
    missing = tmp_path / "nowhere" / "out"
    result = english("--all", "-o", str(missing), "--content", str(content), home=tmp_path)
    assert result.returncode == 2
    assert result.stderr == f"The target folder does not exist: {missing.parent}\n"
    assert_english(result.stderr)


def test_many_handouts_in_english(content, tmp_path):
    out = tmp_path / "out"
    result = english("--all", "-o", str(out), "--content", str(content), home=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{out / 'good.pdf'}: 1 page",
        "handouts written: 1, failed: 1",
    ]
    assert result.stderr.startswith(f"{content / 'broken.md'}:1: the front matter is missing")
    assert_english(
        result.stdout + result.stderr,
        ("Handout", "{path}: 1 halaman"),
        ("Handout", "{written} handout ditulis, {failed} gagal"),
    )
