"""`patient-viewer --language en check` on what links, images, HTML and the folder itself
get wrong: every message in English (compared with the English catalogue: no Indonesian
source string is left), at its file and line as in Indonesian, and the Indonesian output
unchanged word for word.

(The front matter's and warnings' slips in English: test_english_commands.py.)
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from cli_support import run_in_process
from english_support import assert_english
from support import FRONT, write_article
from viewer import i18n
from viewer.content import loader

REVIEWED = FRONT.replace('reviewer = ""', 'reviewer = "dr. Ani"')
WARNING = "\n::: perhatian\nBaik untuk diketahui.\nSumber: artikel\n:::\n"
# An article with problems of its own: a missing image, a missing anchor, a link outside
# the folder, HTML the sanitizer drops. It is left out, so the links below find it broken.
BROKEN = (
    "\n## Satu\n\nLihat [gambar](img/missing.png), [bagian](#no-such-section) "
    "dan [unduh](ftp://contoh.org/x).\n\n<font>x</font> <span style='x'>y</span>\n" + WARNING
)
TARGET = "\n## Dua\n\nTeks.\n" + WARNING
# A whole article whose links and `related` list name articles and sections that are not
# there (links to other articles are judged once the library is loaded).
LINKING = (
    "\n## Tiga\n\nLihat [a](lain.md#x), [b](target.md#dux), [c](target.md#zzzzzzzz), "
    "[d](targte.md) dan [e](rusak.md).\n" + WARNING
)


@pytest.fixture(autouse=True)
def indonesian_afterwards():
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def links(tmp_path: Path) -> Path:
    folder = tmp_path / "links"
    write_article(folder, BROKEN, name="rusak", front=REVIEWED.format(id="rusak"))
    write_article(folder, TARGET, name="target", front=REVIEWED.format(id="target"))
    related = 'reviewer = "dr. Ani"\nrelated = ["hilang", "targt", "rusak"]'
    front = REVIEWED.format(id="tautan").replace('reviewer = "dr. Ani"', related)
    write_article(folder, LINKING, name="tautan", front=front)
    return folder


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = run_in_process(*args)
    captured = capsys.readouterr()
    assert captured.err == ""
    return status, captured.out


LINK_MESSAGES = (
    ("Content", "{kind} '{address}' tidak ada"),
    ("Content", "tautan ke bagian '#{section}' tidak ada"),
    ("Content", "alamat '{address}' tidak diizinkan; hanya berkas di dalam folder konten"),
    ("Content", "tag HTML <{tag}> tidak diizinkan dan tidak akan tampil"),
    ("Content", "atribut '{name}' pada <{tag}> tidak dipakai dan dibuang dari tampilan"),
    ("Content", "kolom 'related': artikel '{id}' tidak ada di folder konten"),
    ("Content", "; tulis id artikel lain (nama berkasnya tanpa .md), atau hapus isi itu"),
    ("Content", "; mungkin maksudnya '{fixed}': periksa ejaannya"),
    (
        "Content",
        "kolom 'related': artikel '{id}' tidak dapat ditampilkan karena berkas {name} "
        "sendiri bermasalah; perbaiki dulu masalah di berkas itu (lihat pesannya)",
    ),
    ("Content", "tautan '{address}' menuju artikel {name}, yang tidak ada di folder konten"),
    ("Content", "; periksa nama berkasnya (tanpa nama folder, diakhiri .md)"),
    ("Content", "tautan '{address}': artikel {name} tidak punya bagian '#{section}'"),
    ("Content", "; mungkin maksudnya '{fixed}'"),
    ("Content", "; id bagian dibuat dari judul bagiannya, yang ada: {sections}"),
    (
        "Content",
        "tautan '{address}' menuju artikel {name}, yang tidak dapat ditampilkan karena "
        "berkas {name} sendiri bermasalah; perbaiki dulu masalah di berkas itu (lihat "
        "pesannya)",
    ),
    ("Check", "{count} masalah ditemukan{advisories}."),
)


def test_broken_links_anchors_and_html_in_english(links, capsys):
    status, out = check(capsys, "--language", "en", "check", str(links))
    assert status == 1
    assert_english(out, *LINK_MESSAGES)
    lines = out.splitlines()
    broken, linking = f"{links}/rusak.md", f"{links}/tautan.md"
    assert f"{broken}:14: link to a section '#no-such-section' that does not exist" in lines
    assert f"{broken}:16: the HTML tag <font> is not allowed and will not be shown" in lines
    assert (
        f"{linking}:15: link 'target.md#dux': the article target.md has no section '#dux'; "
        "perhaps you meant 'target.md#dua'"
    ) in lines
    assert (
        f"{linking}:10: field 'related': article 'hilang' is not in the content folder; write "
        "the id of another article (its file name without .md), or remove this entry"
    ) in lines
    assert lines[-1] == "13 problems found."


def test_the_same_folder_in_indonesian_is_unchanged(links, capsys):
    status, out = check(capsys, "check", str(links))
    assert status == 1
    lines = out.splitlines()
    broken, linking = f"{links}/rusak.md", f"{links}/tautan.md"
    assert f"{broken}:14: tautan ke bagian '#no-such-section' tidak ada" in lines
    assert (
        f"{linking}:15: tautan 'targte.md' menuju artikel targte.md, yang tidak ada di folder "
        "konten; mungkin maksudnya 'target.md': periksa ejaannya"
    ) in lines
    assert (
        f"{linking}:10: kolom 'related': artikel 'rusak' tidak dapat ditampilkan karena berkas "
        "rusak.md sendiri bermasalah; perbaiki dulu masalah di berkas itu (lihat pesannya)"
    ) in lines
    assert lines[-1] == "13 masalah ditemukan."


@pytest.mark.parametrize(
    ("make", "english", "indonesian"),
    [
        (Path.mkdir, "no articles (*.md) in the folder", "tidak ada artikel (*.md) di folder"),
        (lambda path: None, "content folder not found", "folder konten tidak ditemukan"),
    ],
    ids=["empty folder", "missing folder"],
)
def test_an_empty_or_missing_folder_in_english(tmp_path, capsys, make, english, indonesian):
    folder = tmp_path / "konten"
    make(folder)
    status, out = check(capsys, "--language", "en", "check", str(folder))
    assert status == 1
    assert out == f"{folder}: {english}\n1 problem found.\n"
    assert_english(out)
    status, out = check(capsys, "check", str(folder))
    assert out == f"{folder}: {indonesian}\n1 masalah ditemukan.\n"


def test_a_folder_that_cannot_be_read_is_one_english_sentence(tmp_path, monkeypatch):
    """Once "folder konten " + an English reason: half Indonesian."""

    def refused(root: Path):
        raise PermissionError(errno.EACCES, "Permission denied", str(root))

    monkeypatch.setattr(loader, "content_files", refused)
    i18n.set_language("en")
    problems = loader.load_library(tmp_path).problems
    assert [p.message for p in problems] == [
        "the content folder cannot be read: no permission to read"
    ]
    i18n.set_language("id")
    problems = loader.load_library(tmp_path).problems
    assert [p.message for p in problems] == [
        "folder konten tidak dapat dibaca: tidak ada izin membaca"
    ]
