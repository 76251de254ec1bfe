"""content/README.md teaches only what works: its examples pass `check` as written, and its
commands run as written from the project folder after the README's Quick start."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest

from support import CONTENT, FRONT, GOOD_BODY, REPO, write_article
from viewer.check import run_check
from viewer.content import frontmatter
from viewer.content.links import article_link
from viewer.content.loader import load_library

GUIDE = CONTENT / "README.md"
# The Quick start installs into .venv: the command is not on PATH.
COMMAND = ".venv/bin/patient-viewer"


def code_blocks(language: str) -> list[str]:
    guide = GUIDE.read_text(encoding="utf-8")
    return [
        body for lang, body in re.findall(r"```([a-z]*)\n(.*?)```", guide, re.S) if lang == language
    ]


def guide_example() -> str:
    examples = [b for b in code_blocks("markdown") if b.startswith("+++")]
    assert len(examples) == 1, "the guide shows one complete article"
    return examples[0]


def guide_glossary() -> str:
    (glossary,) = [b for b in code_blocks("markdown") if b.startswith("# Daftar istilah")]
    return glossary


def test_the_guides_example_article_passes_check_as_written(tmp_path: Path):
    example = guide_example()
    article_id = re.search(r'^id = "([^"]+)"', example, re.M).group(1)
    # Only the example itself and the guide's glossary example: no file the guide does
    # not ship (an image it names would have to exist).
    (tmp_path / f"{article_id}.md").write_text(example, encoding="utf-8")
    (tmp_path / "glossary.md").write_text(guide_glossary(), encoding="utf-8")
    out = io.StringIO()
    assert run_check(tmp_path, tmp_path, out) == 0, out.getvalue()
    *notes, summary = out.getvalue().splitlines()
    assert summary.startswith("OK: 1 artikel")
    # The example leaves `reviewer` empty, so check says the article is not yet reviewed.
    assert [n.split(": catatan: ")[1][:24] for n in notes] == ["kolom 'reviewer' kosong:"]
    library = load_library(tmp_path)
    (article,) = library.articles
    levels = {w.level.value for w in article.warnings}
    assert levels == {"darurat", "peringatan", "perhatian"}, "one warning of each level"
    assert len(library.glossary.terms) == 2


def test_every_mention_of_the_command_is_the_one_in_the_venv():
    guide = GUIDE.read_text(encoding="utf-8")
    mentions = re.findall(r"\S*patient-viewer\b", guide)
    assert mentions, "the guide tells authors how to run check"
    assert all(m.lstrip("`") == COMMAND for m in mentions), mentions


def guide_commands() -> list[str]:
    return [line for block in code_blocks("") for line in block.splitlines() if line.strip()]


def test_the_guides_commands_are_the_checks_ones():
    commands = guide_commands()
    assert commands
    assert all(c.startswith(f"{COMMAND} check") for c in commands), commands


@pytest.mark.parametrize("command", guide_commands())
def test_each_command_runs_as_written_from_the_project_folder(command: str):
    if not (REPO / COMMAND).exists():
        pytest.skip(f"{COMMAND} is made by the README's Quick start")
    result = subprocess.run(command.split(), cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("OK:")


def copy_bundled(folder: Path) -> None:
    """The bundled articles and glossary: they name each other under `related`, so one
    without the other would be a folder with a dead `related` entry."""
    for name in ("clonazepam-depresi.md", "cara-memakai-aplikasi.md", "glossary.md"):
        (folder / name).write_text((CONTENT / name).read_text(encoding="utf-8"), "utf-8")


def guide_section(heading: str) -> str:
    guide = GUIDE.read_text(encoding="utf-8")
    start = guide.index(heading)
    end = guide.find("\n## ", start + len(heading))
    return guide[start : end if end >= 0 else len(guide)]


def test_the_guides_library_fields_pass_check_in_its_example(tmp_path: Path):
    (fields,) = code_blocks("toml")
    example = guide_example().replace('reviewer = ""\n', f'reviewer = ""\n{fields}', 1)
    (tmp_path / "parasetamol-demam.md").write_text(example, encoding="utf-8")
    # `related` names the clinic's article: it must be there (with the articles it names).
    copy_bundled(tmp_path)
    out = io.StringIO()
    assert run_check(tmp_path, tmp_path, out) == 0, out.getvalue()
    meta = load_library(tmp_path).article("parasetamol-demam").meta
    assert meta.categories and meta.keywords and meta.related and meta.order is not None


_ROW = re.compile(r"^\| `([^`]+)` \| ([^|]+) \| `([^`]+)` \|$", re.M)


def field_rows() -> list[tuple[str, str, str]]:
    section = guide_section("### Data untuk Beranda dan pencarian")
    return [(w, m.strip(), r) for w, m, r in _ROW.findall(section)]


@pytest.mark.parametrize("row", field_rows(), ids=lambda row: row[0])
def test_each_row_of_the_fields_table_is_what_check_says(tmp_path: Path, row):
    written, message, right = row
    front = FRONT.format(id="obat").replace('reviewer = ""\n', f'reviewer = ""\n{written}\n')
    write_article(tmp_path, GOOD_BODY, "obat", front)
    problems = " ".join(p.message for p in load_library(tmp_path).problems)
    assert message in problems, (message, problems)
    # The right line is read without a slip (`related` may name an article not written
    # here: that is the library's check, not the line's).
    fixed = FRONT.format(id="obat").replace('reviewer = ""\n', f'reviewer = ""\n{right}\n')
    frontmatter.split(fixed + GOOD_BODY, Path("obat.md"))


def test_the_guides_article_links_lead_to_real_sections(tmp_path: Path):
    section = guide_section("## Tautan ke artikel lain")
    links = re.findall(r"`(\[[^\]]+\]\(([^)]+)\))`", section)
    real = [(text, address) for text, address in links if address.startswith("clonazepam")]
    assert real, "the guide shows a link to the clinic's article"
    body = "\n## Satu\n\n" + " ".join(text for text, _address in real) + "\n"
    write_article(tmp_path, body, "obat")
    copy_bundled(tmp_path)
    for _text, address in real:
        assert article_link(address) is not None
    out = io.StringIO()
    assert run_check(tmp_path, tmp_path, out) == 0, out.getvalue()
