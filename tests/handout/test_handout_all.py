"""`patient-viewer handout --all -o DIR` and `handout ID ID... -o DIR` (issue 11, item 7):
one PDF per article in one process, the broken ones named and skipped, the exit rule of
viewer/handout/batch.py. Small articles (one page each) keep the tests fast."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from handout_support import A4_POINTS, normalise, page_sizes, run_cli
from pypdf import PdfReader

from cli_support import run_in_process
from support import GOOD_BODY, write_article
from viewer import atomic_file as atomic

IDS = ("anemia", "batuk", "cacar")
BODY = GOOD_BODY + "\n## Bagian tiga\n\nObat ini bisa membuat kejang.\n"
BROKEN_BODY = "## Bagian\n\nTeks.\n\n::: gawat\nHati-hati.\nSumber: artikel\n:::\n"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """Three good articles ("Contoh anemia", ...) and a glossary."""
    folder = tmp_path / "konten"
    for article_id in IDS:
        write_article(folder, BODY, name=article_id)
    (folder / "glossary.md").write_text(
        "## kejang\nGerakan tubuh tak terkendali.\n", encoding="utf-8"
    )
    return folder


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def handout(content: Path, *argv: str) -> int:
    return run_in_process("handout", "--content", str(content), *argv)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def first_page(path: Path) -> str:
    return normalise(PdfReader(path).pages[0].extract_text())


def written_lines(out: Path, *ids: str) -> list[str]:
    return [f"{out / f'{i}.pdf'}: {len(PdfReader(out / f'{i}.pdf').pages)} halaman" for i in ids]


def test_all_writes_one_a4_pdf_per_article_with_its_title(qapp, content, out, capsys):
    assert handout(content, "--all", "-o", str(out)) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert names(out) == [f"{i}.pdf" for i in IDS]  # and no temp file
    assert captured.out.splitlines() == [*written_lines(out, *IDS), "3 handout ditulis, 0 gagal"]
    for article_id in IDS:
        target = out / f"{article_id}.pdf"
        assert f"Contoh {article_id}" in first_page(target)
        assert PdfReader(target).metadata.title == f"Contoh {article_id}"
        for width, height in page_sizes(target):
            assert (width, height) == pytest.approx(A4_POINTS, abs=1)


def test_a_list_of_ids_writes_only_those_in_that_order_each_once(qapp, content, out, capsys):
    assert handout(content, "cacar", "anemia", "cacar", "-o", str(out), "--paper", "letter") == 0
    captured = capsys.readouterr()
    assert names(out) == ["anemia.pdf", "cacar.pdf"]
    lines = written_lines(out, "cacar", "anemia")
    assert captured.out.splitlines() == [*lines, "2 handout ditulis, 0 gagal"]
    assert page_sizes(out / "cacar.pdf")[0] == pytest.approx((612, 792), abs=1)


def test_the_glossary_and_settings_are_read_once_for_all(qapp, content, out, monkeypatch):
    from viewer import settings
    from viewer.handout import command

    calls: list[str] = []
    load_glossary, load_settings = command.load_glossary, settings.load_clinic_settings

    def glossary_spy(*args):
        calls.append("glossary")
        return load_glossary(*args)

    def settings_spy():
        calls.append("settings")
        return load_settings()

    monkeypatch.setattr(command, "load_glossary", glossary_spy)
    monkeypatch.setattr(settings, "load_clinic_settings", settings_spy)
    assert handout(content, "--all", "-o", str(out)) == 0
    assert sorted(calls) == ["glossary", "settings"]
    assert "kejang: Gerakan tubuh tak terkendali." in normalise(
        " ".join(page.extract_text() for page in PdfReader(out / "anemia.pdf").pages)
    )


def test_a_broken_article_is_named_and_skipped_the_others_written(qapp, content, out, capsys):
    broken = write_article(content, BROKEN_BODY, name="rusak")
    (content / "rusak-juga.md").write_text("tanpa front matter\n", encoding="utf-8")
    assert handout(content, "--all", "-o", str(out)) == 1
    captured = capsys.readouterr()
    assert names(out) == [f"{i}.pdf" for i in IDS]
    errors = captured.err.splitlines()
    assert any(line.startswith(f"{broken}:15: ") and "gawat" in line for line in errors)
    assert any(line.startswith(f"{content / 'rusak-juga.md'}:") for line in errors)
    assert all(line.startswith(str(content)) for line in errors), errors
    assert captured.out.splitlines() == [*written_lines(out, *IDS), "3 handout ditulis, 2 gagal"]


def test_only_broken_articles_leave_no_folder_behind(qapp, tmp_path, capsys):
    content = tmp_path / "konten"
    write_article(content, BROKEN_BODY, name="rusak")
    new = tmp_path / "baru"
    assert handout(content, "--all", "-o", str(new)) == 1
    captured = capsys.readouterr()
    assert captured.out == "0 handout ditulis, 1 gagal\n"
    assert captured.err.startswith(f"{content / 'rusak.md'}:15: ")
    assert not new.exists()


def test_an_unknown_id_is_named_and_nothing_is_written(qapp, content, out, capsys):
    status = handout(content, "anemia", "tidak-ada", "batuk", "juga-tidak", "-o", str(out))
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    assert captured.err == (
        "Artikel tidak ditemukan: 'tidak-ada', 'juga-tidak' (tersedia: anemia, batuk, cacar)\n"
    )
    assert names(out) == []


def test_many_articles_are_named_by_id_not_by_file(qapp, content, out, capsys):
    status = handout(content, "anemia", str(content / "batuk.md"), "-o", str(out))
    assert status == 2
    assert str(content / "batuk.md") in capsys.readouterr().err
    assert names(out) == []


def test_an_empty_content_folder_is_an_error(qapp, tmp_path, out, capsys):
    (tmp_path / "kosong").mkdir()
    assert handout(tmp_path / "kosong", "--all", "-o", str(out)) == 2
    assert capsys.readouterr().err.startswith("Tidak ada artikel (*.md) di folder konten: ")


# -- the output folder --------------------------------------------------------------------


def test_a_missing_output_folder_is_made_when_its_parent_exists(qapp, content, tmp_path, capsys):
    new = tmp_path / "baru"
    assert handout(content, "--all", "-o", str(new)) == 0
    assert names(new) == [f"{i}.pdf" for i in IDS]
    deeper = tmp_path / "tidak-ada" / "baru"
    assert handout(content, "--all", "-o", str(deeper)) == 2
    assert capsys.readouterr().err == f"Folder tujuan tidak ada: {deeper.parent}\n"
    assert not deeper.parent.exists()


@pytest.mark.parametrize("name", ["ada.pdf", "baru.pdf"])
def test_a_file_as_the_output_is_refused(qapp, content, tmp_path, capsys, name):
    if name == "ada.pdf":
        (tmp_path / name).write_bytes(b"versi lama")
    assert handout(content, "anemia", "batuk", "-o", str(tmp_path / name)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "-o adalah folder" in captured.err and len(captured.err.splitlines()) == 1
    assert names(tmp_path) == sorted(["konten", *([name] if name == "ada.pdf" else [])])


def _unwritable_folder(tmp_path: Path) -> Path:
    """As in test_handout_command: a folder without write permission, or /sys for root."""
    if os.geteuid() != 0:
        folder = tmp_path / "terkunci"
        folder.mkdir()
        folder.chmod(0o500)
        return folder
    folder = Path("/sys")
    try:
        fd = os.open(folder / "patient-viewer-probe", os.O_CREAT | os.O_WRONLY, 0o600)
    except OSError:
        return folder
    os.close(fd)
    pytest.skip("no folder on this machine refuses root")


def test_an_unwritable_output_folder_fails_before_any_work(qapp, content, tmp_path, capsys):
    folder = _unwritable_folder(tmp_path)
    before = set(os.listdir(folder))
    assert handout(content, "--all", "-o", str(folder)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"Tidak dapat menulis ke folder {folder}: tidak ada izin menulis\n"
    assert handout(content, "--all", "-o", str(folder / "baru")) == 2
    captured = capsys.readouterr()
    assert captured.err == f"Folder {folder / 'baru'} tidak dapat dibuat: tidak ada izin menulis\n"
    assert set(os.listdir(folder)) == before


def test_existing_handouts_are_replaced_whole(qapp, content, out):
    (out / "anemia.pdf").write_bytes(b"versi lama")
    (out / "lain.txt").write_text("bukan urusan kami")
    assert handout(content, "--all", "-o", str(out)) == 0
    assert (out / "anemia.pdf").read_bytes().startswith(b"%PDF-")
    assert names(out) == ["anemia.pdf", "batuk.pdf", "cacar.pdf", "lain.txt"]


def test_a_failed_write_stops_the_run_and_keeps_what_was_written(
    qapp, content, out, capsys, monkeypatch
):
    """A full disk would fail every file after it: one line, exit 2, the rest not tried."""
    opened: list[int] = []
    real_open_temp = atomic._open_temp

    def full_on_the_second(fd: int):
        opened.append(fd)
        if len(opened) == 2:
            os.close(fd)
            raise OSError(28, "No space left on device")
        return real_open_temp(fd)

    monkeypatch.setattr(atomic, "_open_temp", full_on_the_second)
    assert handout(content, "--all", "-o", str(out)) == 2
    captured = capsys.readouterr()
    assert captured.err == f"Tidak dapat menyimpan {out / 'batuk.pdf'}: disk penuh\n"
    assert captured.out.splitlines() == [
        *written_lines(out, "anemia"),
        "1 handout ditulis, 1 gagal, 1 tidak dikerjakan",
    ]
    assert names(out) == ["anemia.pdf"]


def test_ctrl_c_leaves_the_finished_files_and_no_partial_one(
    qapp, content, tmp_path, capsys, monkeypatch
):
    opened: list[int] = []
    real_open_temp = atomic._open_temp

    def ctrl_c_on_the_second(fd: int):
        opened.append(fd)
        if len(opened) == 2:
            os.close(fd)
            raise KeyboardInterrupt
        return real_open_temp(fd)

    monkeypatch.setattr(atomic, "_open_temp", ctrl_c_on_the_second)
    new = tmp_path / "baru"
    assert handout(content, "--all", "-o", str(new)) == 130
    captured = capsys.readouterr()
    assert captured.err == "patient-viewer: dibatalkan\n"
    assert captured.out.splitlines() == written_lines(new, "anemia")
    assert names(new) == ["anemia.pdf"]  # no temp file
    assert PdfReader(new / "anemia.pdf").pages


def test_ctrl_c_while_painting_the_second_waits_for_the_painter_then_stops(
    qapp, content, out, capsys, monkeypatch
):
    from viewer.handout import pdf

    painted: list[int] = []
    real_paint = pdf.paint_handout

    def ctrl_c_on_the_second(*args, **kwargs):
        if len(painted) == 1:
            signal.raise_signal(signal.SIGINT)
        painted.append(real_paint(*args, **kwargs))
        return painted[-1]

    monkeypatch.setattr(pdf, "paint_handout", ctrl_c_on_the_second)
    assert handout(content, "--all", "-o", str(out)) == 130
    captured = capsys.readouterr()
    assert captured.err == "patient-viewer: dibatalkan\n"
    assert len(painted) == 2 and painted[1] > 0  # the painter finished its pages
    assert names(out) == ["anemia.pdf"]


def test_ctrl_c_before_the_first_file_leaves_no_folder(
    qapp, content, tmp_path, capsys, monkeypatch
):
    def interrupted(fd: int):
        os.close(fd)
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic, "_open_temp", interrupted)
    new = tmp_path / "baru"
    assert handout(content, "--all", "-o", str(new)) == 130
    assert capsys.readouterr().err == "patient-viewer: dibatalkan\n"
    assert not new.exists()


# -- one article: the form of today ---------------------------------------------------------


def test_one_id_still_writes_the_file_named_by_o(qapp, content, out, capsys):
    target = out / "lembar.pdf"
    assert handout(content, "batuk", "-o", str(target)) == 0
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == (written_lines(out, "lembar")[0] + "\n", "")
    assert names(out) == ["lembar.pdf"]
    # A folder after -o with one id is still refused, as before: -o is the file.
    assert handout(content, "batuk", "-o", str(out)) == 2
    assert "folder" in capsys.readouterr().err
    assert names(out) == ["lembar.pdf"]


def test_the_real_command_writes_the_bundled_articles(tmp_path):
    """The installed script, headless, on the bundled content: one process, every PDF."""
    result = run_cli("handout", "--all", "-o", str(tmp_path / "semua"), home=tmp_path / "home")
    assert (result.returncode, result.stderr) == (0, "")
    files = sorted((tmp_path / "semua").iterdir())
    assert [p.name for p in files] == ["cara-memakai-aplikasi.pdf", "clonazepam-depresi.pdf"]
    lines = result.stdout.splitlines()
    ids = ("cara-memakai-aplikasi", "clonazepam-depresi")
    assert lines == [*written_lines(tmp_path / "semua", *ids), lines[-1]]
    assert lines[-1] == "2 handout ditulis, 0 gagal"
