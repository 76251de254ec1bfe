"""`patient-viewer handout`: options, settings, and every way it can fail cleanly."""

from __future__ import annotations

import argparse
import errno
import os
import signal
import stat
import subprocess
from pathlib import Path

import pytest
from handout_support import (
    LETTER_POINTS,
    full_text,
    headless_env,
    normalise,
    page_sizes,
    page_texts,
    run_cli,
    viewer_command,
)
from pypdf import PdfReader

from cli_support import run_in_process
from support import CONTENT, FRONT, write_article
from viewer import atomic_file as atomic
from viewer import settings
from viewer.handout.command import run_handout

ARTICLE_ID = "clonazepam-depresi"


def run(article: str, output: Path, paper: str = "a4", content: Path | None = None) -> int:
    args = argparse.Namespace(article=article, output=output, paper=paper)
    if content is not None:
        args.content = content
    return run_handout(args)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def test_letter_paper(qapp, out_dir, capsys):
    target = out_dir / "letter.pdf"
    assert run(ARTICLE_ID, target, paper="letter") == 0
    pages = len(page_sizes(target))
    assert one_line(capsys.readouterr().out) == f"{target}: {pages} halaman"
    for width, height in page_sizes(target):
        assert width == pytest.approx(LETTER_POINTS[0], abs=1)
        assert height == pytest.approx(LETTER_POINTS[1], abs=1)
    last = normalise(PdfReader(target).pages[-1].extract_text())  # one page: ~8x faster
    assert f"Halaman {pages} dari {pages}" in last


def test_article_given_as_a_file_uses_its_folder_and_glossary(qapp, tmp_path, out_dir, capsys):
    folder = tmp_path / "konten"
    write_article(folder, "## Bagian\n\nObat ini bisa membuat kejang.\n", name="contoh")
    (folder / "glossary.md").write_text(
        "## kejang\nGerakan tubuh yang tidak bisa dikendalikan.\n\n## koma\nTidak sadar.\n",
        encoding="utf-8",
    )
    target = out_dir / "contoh.pdf"
    assert run(str(folder / "contoh.md"), target) == 0
    text = full_text(target)
    assert "Contoh contoh" in text
    assert "kejang: Gerakan tubuh yang tidak bisa dikendalikan." in text
    assert "koma:" not in text
    assert "Peringatan penting" not in text  # no risk items, no empty box


def test_clinic_name_phone_and_emergency_number_come_from_the_settings(qapp, out_dir):
    store = settings.qsettings()
    store.setValue("clinic/name", "Klinik Sehat Sentosa")
    store.setValue("clinic/emergency_number", "112")
    store.setValue("clinic/phone", "0274 512-345")
    store.sync()
    target = out_dir / "klinik.pdf"
    assert run(ARTICLE_ID, target, content=CONTENT) == 0
    pages = page_texts(target)
    assert pages[0].startswith(
        "Klinik Sehat Sentosa Telepon klinik: 0274 512-345 Clonazepam untuk depresi"
    )
    # The clinic's number is named as the clinic's, once, and never as the emergency line.
    assert " ".join(pages).count("0274 512-345") == 1
    assert all("Keadaan darurat? Telepon 112" in page for page in pages)
    assert "segera telepon 112" in " ".join(pages)
    meta = PdfReader(target).metadata
    assert meta.author == "Klinik Sehat Sentosa"


def test_an_overdue_article_says_so_on_paper(qapp, tmp_path, out_dir):
    front = (
        FRONT.format(id="lama")
        .replace("2027-01-01", "2020-01-01")
        .replace("2026-01-01", "2019-01-01")
    )
    write_article(tmp_path / "c", "## Bagian\n\nTeks.\n", name="lama", front=front)
    target = out_dir / "lama.pdf"
    assert run("lama", target, content=tmp_path / "c") == 0
    assert "Informasi ini mungkin sudah tidak terbaru" in full_text(target)


# -- failures: one line on stderr, the right status, nothing left behind ------------------


def assert_failed(capsys, status: int, expected_status: int, *words: str) -> str:
    captured = capsys.readouterr()
    assert status == expected_status
    assert captured.out == ""
    line = one_line(captured.err)
    for word in words:
        assert word in line
    assert "Traceback" not in captured.err
    return line


def test_unknown_article_id(qapp, out_dir, capsys):
    status = run("tidak-ada", out_dir / "x.pdf", content=CONTENT)
    assert_failed(capsys, status, 2, "Artikel tidak ditemukan", "tidak-ada", ARTICLE_ID)
    assert list(out_dir.iterdir()) == []


def test_missing_article_file(qapp, tmp_path, out_dir, capsys):
    status = run(str(tmp_path / "hilang.md"), out_dir / "x.pdf")
    assert_failed(capsys, status, 2, "Berkas artikel tidak ditemukan", "hilang.md")


def test_missing_content_folder(qapp, tmp_path, out_dir, capsys):
    status = run(ARTICLE_ID, out_dir / "x.pdf", content=tmp_path / "tidak-ada")
    assert_failed(capsys, status, 2, "Folder konten tidak ditemukan")


def test_broken_article_reports_path_and_line_like_check(qapp, tmp_path, out_dir, capsys):
    body = "## Bagian\n\nTeks.\n\n::: gawat\nHati-hati.\nSumber: artikel\n:::\n"
    path = write_article(tmp_path / "c", body, name="rusak")
    status = run("rusak", out_dir / "x.pdf", content=tmp_path / "c")
    line = assert_failed(capsys, status, 1, "gawat")
    assert line.startswith(f"{path}:15: ")
    assert list(out_dir.iterdir()) == []


def test_missing_target_folder(qapp, tmp_path, capsys):
    target = tmp_path / "tidak-ada" / "x.pdf"
    status = run(ARTICLE_ID, target, content=CONTENT)
    assert_failed(capsys, status, 2, "Folder tujuan tidak ada", str(target.parent))
    assert not target.parent.exists()


def test_target_is_a_folder(qapp, out_dir, capsys):
    status = run(ARTICLE_ID, out_dir, content=CONTENT)
    assert_failed(capsys, status, 2, "folder")
    assert list(out_dir.iterdir()) == []


def _unwritable_folder(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        folder = tmp_path / "terkunci"
        folder.mkdir()
        folder.chmod(0o500)
        return folder
    # root may write anywhere a permission bit allows; sysfs refuses new files even to root.
    folder = Path("/sys")
    try:
        fd = os.open(folder / "patient-viewer-probe", os.O_CREAT | os.O_WRONLY, 0o600)
    except OSError:
        return folder
    os.close(fd)
    pytest.skip("no folder on this machine refuses root")


def test_unwritable_target_folder(qapp, tmp_path, capsys):
    folder = _unwritable_folder(tmp_path)
    before = set(os.listdir(folder))
    status = run(ARTICLE_ID, folder / "x.pdf", content=CONTENT)
    line = assert_failed(capsys, status, 2)
    assert line == f"Tidak dapat menulis ke folder {folder}: tidak ada izin menulis"
    assert set(os.listdir(folder)) == before


def test_full_disk_leaves_neither_file_nor_temp_file(qapp, out_dir, capsys, monkeypatch):
    """The temp file's writes go to /dev/full, so the kernel itself answers ENOSPC."""

    def dev_full(fd: int):
        os.close(fd)
        return open("/dev/full", "wb")  # closed by write_atomically

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    monkeypatch.setattr(atomic, "_open_temp", dev_full)
    target = out_dir / "x.pdf"
    status = run(ARTICLE_ID, target, content=CONTENT)
    assert_failed(capsys, status, 2, "disk penuh", str(target))
    assert list(out_dir.iterdir()) == []


def test_a_failed_write_keeps_the_previous_file(qapp, out_dir, capsys, monkeypatch):
    target = out_dir / "x.pdf"
    target.write_bytes(b"versi lama")

    def no_space(fd: int):
        os.close(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_open_temp", no_space)
    status = run(ARTICLE_ID, target, content=CONTENT)
    assert_failed(capsys, status, 2, "disk penuh")
    assert target.read_bytes() == b"versi lama"
    assert [p.name for p in out_dir.iterdir()] == ["x.pdf"]


def test_success_replaces_an_existing_file(qapp, out_dir):
    target = out_dir / "x.pdf"
    target.write_bytes(b"versi lama")
    assert run(ARTICLE_ID, target, content=CONTENT) == 0
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in out_dir.iterdir()] == ["x.pdf"]
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def test_a_special_file_is_never_replaced_by_the_handout(qapp, capsys, tmp_path):
    # A named pipe stands in for /dev/full or /dev/stdout, which a rename would replace
    # (as root) with the PDF; a pipe in a temporary folder is safe to test with.
    pipe = tmp_path / "pipa.pdf"
    os.mkfifo(pipe)
    status = run(ARTICLE_ID, pipe, content=CONTENT)
    assert_failed(capsys, status, 2, "bukan berkas biasa")
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipa.pdf"]


# -- target names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["a" * 246 + ".pdf", "é" * 125 + ".pdf"],
    ids=["250 characters", "254 bytes of two-byte letters"],
)
def test_a_long_legal_name_is_written(qapp, out_dir, capsys, monkeypatch, name):
    """The temp file's name keeps only the start of the target's, so it fits too."""
    seen: list[list[str]] = []
    real_open_temp = atomic._open_temp

    def spy(fd: int):
        seen.append(sorted(p.name for p in out_dir.iterdir()))
        return real_open_temp(fd)

    monkeypatch.setattr(atomic, "_open_temp", spy)
    target = out_dir / name
    assert run(ARTICLE_ID, target, content=CONTENT) == 0
    captured = capsys.readouterr()
    pages = len(page_sizes(target))
    assert (captured.out, captured.err) == (f"{target}: {pages} halaman\n", "")
    assert [p.name for p in out_dir.iterdir()] == [name]
    # While writing, the temp file sat beside the target (so the rename is atomic).
    [[temp]] = seen
    assert temp.startswith("." + name[:50]) and temp.endswith(".tmp")
    assert len(os.fsencode(temp)) <= 1 + atomic.TEMP_NAME_PART + 1 + 8 + len(".tmp")


# -- a symlink as the target --------------------------------------------------------------


@pytest.mark.parametrize("relative", [False, True], ids=["absolute link", "relative link"])
def test_a_symlink_to_a_file_is_written_through_and_kept(qapp, tmp_path, out_dir, capsys, relative):
    shared = tmp_path / "bersama"
    shared.mkdir()
    real = shared / "lembar.pdf"
    real.write_bytes(b"versi lama")
    link = out_dir / "lembar.pdf"
    destination = Path("../bersama/lembar.pdf") if relative else real
    link.symlink_to(destination)
    assert run(ARTICLE_ID, link, content=CONTENT) == 0
    captured = capsys.readouterr()
    pages = len(page_sizes(real))
    assert (captured.out, captured.err) == (f"{link}: {pages} halaman\n", "")
    assert link.is_symlink() and Path(os.readlink(link)) == destination
    assert real.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in out_dir.iterdir()] == ["lembar.pdf"]
    assert [p.name for p in shared.iterdir()] == ["lembar.pdf"]  # no temp file left


def test_a_dangling_symlink_is_refused(qapp, tmp_path, out_dir, capsys):
    missing = tmp_path / "hilang" / "lembar.pdf"
    link = out_dir / "lembar.pdf"
    link.symlink_to(missing)
    status = run(ARTICLE_ID, link, content=CONTENT)
    line = assert_failed(capsys, status, 2)
    assert line == (
        f"Tujuan {link} adalah tautan (symlink) ke {missing}, yang tidak ada; "
        "hapus tautan itu atau pilih nama lain"
    )
    assert link.is_symlink() and Path(os.readlink(link)) == missing
    assert [p.name for p in out_dir.iterdir()] == ["lembar.pdf"]
    assert not missing.parent.exists()


def test_a_symlink_loop_is_refused(qapp, out_dir, capsys):
    link = out_dir / "a.pdf"
    link.symlink_to(out_dir / "b.pdf")
    (out_dir / "b.pdf").symlink_to(link)
    status = run(ARTICLE_ID, link, content=CONTENT)
    line = assert_failed(capsys, status, 2)
    assert line == (
        f"Tujuan {link} adalah tautan (symlink) yang berputar tanpa ujung; "
        "hapus tautan itu atau pilih nama lain"
    )
    assert sorted(p.name for p in out_dir.iterdir()) == ["a.pdf", "b.pdf"]
    assert link.is_symlink()


# -- every errno its own words --------------------------------------------------------------

REASONS = {
    errno.ENOSPC: "disk penuh",
    errno.EDQUOT: "kuota disk habis",
    errno.EROFS: "folder ini hanya-baca (read-only)",
    errno.EACCES: "tidak ada izin menulis",
    errno.EIO: "kesalahan baca-tulis pada disk",
}


@pytest.mark.parametrize("code", list(REASONS), ids=[errno.errorcode[c] for c in REASONS])
def test_a_failed_write_says_why_and_keeps_the_old_file(qapp, out_dir, capsys, monkeypatch, code):
    target = out_dir / "x.pdf"
    target.write_bytes(b"versi lama")

    def failing(fd: int):
        os.close(fd)
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic, "_open_temp", failing)
    status = run(ARTICLE_ID, target, content=CONTENT)
    line = assert_failed(capsys, status, 2)
    assert line == f"Tidak dapat menyimpan {target}: {REASONS[code]}"
    assert target.read_bytes() == b"versi lama"
    assert [p.name for p in out_dir.iterdir()] == ["x.pdf"]


@pytest.mark.parametrize("code", list(REASONS), ids=[errno.errorcode[c] for c in REASONS])
def test_a_temp_file_that_cannot_be_made_says_why(qapp, out_dir, capsys, monkeypatch, code):
    def failing(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", failing)
    status = run(ARTICLE_ID, out_dir / "x.pdf", content=CONTENT)
    line = assert_failed(capsys, status, 2)
    assert line == f"Tidak dapat menulis ke folder {out_dir}: {REASONS[code]}"
    assert list(out_dir.iterdir()) == []


def _read_only_mount(folder: Path) -> list[str]:
    """A command prefix that runs the rest with a read-only tmpfs on `folder`, or skips."""
    script = 'mount -t tmpfs -o ro tmpfs "$0" && exec "$@"'
    prefix = ["unshare", "--map-root-user", "--mount", "sh", "-c", script, str(folder)]
    try:
        probe = subprocess.run([*prefix, "touch", str(folder / "probe")], capture_output=True)
    except FileNotFoundError:
        pytest.skip("no unshare")
    if b"Read-only file system" not in probe.stderr:
        pytest.skip(f"cannot mount a read-only tmpfs here: {probe.stderr!r}")
    return prefix


def test_a_read_only_mount_is_named_as_such(tmp_path):
    """A real read-only file system (a tmpfs in a private mount namespace)."""
    folder = tmp_path / "hanya-baca"
    folder.mkdir()
    prefix = _read_only_mount(folder)
    result = subprocess.run(
        [*prefix, *viewer_command(), "handout", ARTICLE_ID, "-o", str(folder / "x.pdf")],
        capture_output=True, text=True, timeout=120, env=headless_env(tmp_path / "home"),
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"Tidak dapat menulis ke folder {folder}: folder ini hanya-baca (read-only)\n"
    )


def test_a_name_too_long_for_any_file_system_is_one_line(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    name = "b" * 300 + ".pdf"
    result = run_cli("handout", ARTICLE_ID, "-o", str(out / name), home=tmp_path / "home")
    assert result.returncode == 2
    assert result.stdout == ""
    shown = out / ("b" * 40 + "…" + "b" * 8 + ".pdf")
    assert result.stderr == (
        f"Nama berkas terlalu panjang (304 karakter): {shown}; pakailah nama yang lebih pendek\n"
    )
    assert list(out.iterdir()) == []


def test_a_folder_name_too_long_is_named(qapp, tmp_path, capsys):
    target = tmp_path / ("c" * 300) / "x.pdf"
    status = run(ARTICLE_ID, target, content=CONTENT)
    line = assert_failed(capsys, status, 2)
    shown = tmp_path / ("c" * 40 + "…" + "c" * 12) / "x.pdf"
    assert line == (
        f"Nama folder terlalu panjang (300 karakter): {shown}; pakailah nama yang lebih pendek"
    )


# -- Ctrl+C -------------------------------------------------------------------------------


class _CtrlCWhileWriting:
    """The temp file, but Ctrl+C arrives after the first bytes are written."""

    def __init__(self, fd: int) -> None:
        self._file = os.fdopen(fd, "wb")

    def __enter__(self) -> _CtrlCWhileWriting:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._file.close()

    def write(self, data: bytes) -> int:
        self._file.write(data[:1000])
        self._file.flush()
        raise KeyboardInterrupt


def test_ctrl_c_while_writing_keeps_the_old_file_and_leaves_no_temp_file(
    qapp, out_dir, capsys, monkeypatch
):
    target = out_dir / "x.pdf"
    target.write_bytes(b"versi lama")
    monkeypatch.setattr(atomic, "_open_temp", _CtrlCWhileWriting)
    status = run_in_process("handout", ARTICLE_ID, "--content", str(CONTENT), "-o", str(target))
    captured = capsys.readouterr()
    assert status == 130
    assert (captured.out, captured.err) == ("", "patient-viewer: dibatalkan\n")
    assert target.read_bytes() == b"versi lama"
    assert [p.name for p in out_dir.iterdir()] == ["x.pdf"]


def test_ctrl_c_before_the_first_write_leaves_nothing(qapp, out_dir, capsys, monkeypatch):
    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic, "_open_temp", interrupted)
    target = out_dir / "x.pdf"
    status = run_in_process("handout", ARTICLE_ID, "--content", str(CONTENT), "-o", str(target))
    assert status == 130
    assert capsys.readouterr().err == "patient-viewer: dibatalkan\n"
    assert list(out_dir.iterdir()) == []


def test_ctrl_c_while_painting_waits_for_the_painter_then_writes_nothing(
    qapp, out_dir, capsys, monkeypatch
):
    """Cut inside Qt's painting, Ctrl+C would leave a painter Qt complains about."""
    from viewer.handout import pdf

    painted: list[int] = []
    real_paint = pdf.paint_handout

    def ctrl_c_then_paint(*args, **kwargs):
        signal.raise_signal(signal.SIGINT)
        painted.append(real_paint(*args, **kwargs))
        return painted[-1]

    monkeypatch.setattr(pdf, "paint_handout", ctrl_c_then_paint)
    target = out_dir / "x.pdf"
    target.write_bytes(b"versi lama")
    status = run_in_process("handout", ARTICLE_ID, "--content", str(CONTENT), "-o", str(target))
    captured = capsys.readouterr()
    assert status == 130
    assert (captured.out, captured.err) == ("", "patient-viewer: dibatalkan\n")
    assert painted and painted[0] > 0  # the painter finished its pages
    assert target.read_bytes() == b"versi lama"
    assert [p.name for p in out_dir.iterdir()] == ["x.pdf"]


# -- the article and content paths ---------------------------------------------------------


def test_a_content_folder_name_too_long_is_one_line(tmp_path):
    folder = "c" * 300
    result = run_cli(
        "handout", ARTICLE_ID, "--content", folder, "-o", str(tmp_path / "x.pdf"),
        home=tmp_path / "home",
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stdout == ""
    shown = "c" * 40 + "…" + "c" * 12
    assert result.stderr == (
        f"Nama folder konten terlalu panjang (300 karakter): {shown}; "
        "pakailah nama yang lebih pendek\n"
    )
    assert not (tmp_path / "x.pdf").exists()


def test_an_article_file_name_too_long_is_one_line(qapp, out_dir, capsys):
    status = run("a" * 300 + ".md", out_dir / "x.pdf")
    line = assert_failed(capsys, status, 2)
    shown = "a" * 40 + "…" + "a" * 9 + ".md"
    assert line == (
        f"Nama berkas artikel terlalu panjang (303 karakter): {shown}; "
        "pakailah nama yang lebih pendek"
    )


def test_a_content_folder_without_permission_is_one_line(
    qapp, tmp_path, out_dir, capsys, monkeypatch
):
    from viewer.handout import command

    folder = tmp_path / "konten"
    folder.mkdir()

    def denied(root: Path) -> list[Path]:
        raise PermissionError(errno.EACCES, "Permission denied", str(root))

    monkeypatch.setattr(command, "article_files", denied)
    status = run(ARTICLE_ID, out_dir / "x.pdf", content=folder)
    line = assert_failed(capsys, status, 2)
    assert line == f"Folder konten tidak dapat dibuka: {folder} (tidak ada izin membuka)"
    assert list(out_dir.iterdir()) == []
