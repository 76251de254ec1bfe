"""Logging: no log line can fail, whatever file name it carries."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import CONTENT, REPO, write_article
from viewer import logging_setup

NOT_UTF8 = os.fsdecode(b"x\xff")  # "x\udcff": how Python names a file called x<0xFF>


@pytest.fixture
def logging_restored() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    yield
    logging_setup.stop_logging()
    root.setLevel(level)


def run_viewer(*args: str, home: Path, env_extra: dict[str, str] | None = None):
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env["PATIENT_VIEWER_LOG_DIR"] = str(home / "logs")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True, timeout=120, env=env, cwd=REPO,
    )  # fmt: skip


def log_text(home: Path) -> str:
    return (home / "logs" / logging_setup.LOG_FILE).read_text(encoding="utf-8")


def test_a_content_file_whose_name_is_not_utf8_is_logged_escaped(tmp_path):
    folder = tmp_path / "konten"
    write_article(folder, "\n## A\n\nTeks.\n", name="baik")
    bad = folder / f"{NOT_UTF8}.md"
    bad.write_bytes((folder / "baik.md").read_bytes())  # its id differs from its name
    assert os.fsencode(bad.name) == b"x\xff.md"
    home = tmp_path / "home"
    result = run_viewer("check", str(folder), home=home)
    assert result.returncode == 1
    assert b"Logging error" not in result.stderr and b"Traceback" not in result.stderr
    assert result.stderr == b""
    assert f"article {folder}/x\\udcff.md left out: 1 problem(s)" in log_text(home)


def test_handout_to_a_name_that_is_not_utf8_under_a_strict_locale(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"{NOT_UTF8}.pdf"
    home = tmp_path / "home"
    result = run_viewer(
        "handout", "clonazepam-depresi", "--content", str(CONTENT), "-o", str(target),
        home=home, env_extra={"PYTHONIOENCODING": "utf-8:strict"},
    )  # fmt: skip
    assert result.stderr == b""
    assert result.returncode == 0
    from pypdf import PdfReader

    pages = len(PdfReader(target).pages)
    assert result.stdout == f"{out}/x\\udcff.pdf: {pages} halaman\n".encode()
    assert os.listdir(os.fsencode(out)) == [b"x\xff.pdf"]
    assert f"written: {out}/x\\udcff.pdf (" in log_text(home)


@pytest.mark.expect_log("viewer.test", "berkas x")
@pytest.mark.expect_log("viewer.test", "gagal: x", level="ERROR")
def test_every_handler_escapes_surrogates(tmp_path, monkeypatch, logging_restored):
    # A strict UTF-8 stderr, as a stream that is not the console may be.
    strict = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    monkeypatch.setattr(sys, "stderr", strict)
    path = logging_setup.setup_logging()
    assert path is not None
    log = logging.getLogger("viewer.test")
    log.warning("berkas %s", Path(f"{NOT_UTF8}.md"))
    try:
        raise ValueError(NOT_UTF8)
    except ValueError:
        log.exception("gagal: %s", NOT_UTF8)
    strict.flush()
    written = strict.buffer.getvalue().decode("utf-8")
    assert written.splitlines()[0] == "WARNING viewer.test: berkas x\\udcff.md"
    assert "ValueError: x\\udcff" in written
    assert "Logging error" not in written
    logging_setup.stop_logging()
    text = path.read_text(encoding="utf-8")
    assert "WARNING viewer.test: berkas x\\udcff.md" in text
    assert "ValueError: x\\udcff" in text


def test_a_second_setup_replaces_the_handlers(tmp_path, logging_restored):
    root = logging.getLogger()
    before = len(root.handlers)
    logging_setup.setup_logging()
    logging_setup.setup_logging(verbose=True)
    assert len(root.handlers) == before + 2
    logging_setup.stop_logging()
    assert len(root.handlers) == before


@pytest.mark.expect_log("viewer.test", "tanpa stderr")
def test_no_stderr_at_all_is_no_error(monkeypatch, logging_restored, capsys):
    # A windowed Windows build has sys.stderr = None.
    logging_setup.setup_logging()
    monkeypatch.setattr(sys, "stderr", None)
    logging.getLogger("viewer.test").warning("tanpa stderr")
    monkeypatch.undo()
    assert capsys.readouterr().err == ""


# -- rotation: our own handler (logging.handlers costs ~8 ms at every start) ------------


def _records(count: int) -> list[logging.LogRecord]:
    return [
        logging.LogRecord(
            "viewer.test", logging.INFO, __file__, 1, "baris %d %s", (n, "x" * n), None
        )
        for n in range(count)
    ]


def _written(folder: Path) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.iterdir())}


def test_rotation_is_the_standard_handlers(tmp_path):
    from logging.handlers import RotatingFileHandler

    ours_dir, standard_dir = tmp_path / "ours", tmp_path / "standard"
    ours_dir.mkdir()
    standard_dir.mkdir()
    ours = logging_setup.RotatingFile(ours_dir / "a.log", max_bytes=400, backups=3)
    standard = RotatingFileHandler(
        standard_dir / "a.log", maxBytes=400, backupCount=3, encoding="utf-8"
    )
    for handler in (ours, standard):
        for record in _records(60):
            handler.handle(record)
        handler.close()
    assert _written(ours_dir) == _written(standard_dir)
    assert sorted(_written(ours_dir)) == ["a.log", "a.log.1", "a.log.2", "a.log.3"]


def test_the_log_is_moved_aside_before_it_passes_its_limit(tmp_path, monkeypatch, logging_restored):
    monkeypatch.setattr(logging_setup, "MAX_LOG_BYTES", 2_000)
    path = logging_setup.setup_logging()
    assert path is not None
    log = logging.getLogger("viewer.test")
    for number in range(200):
        log.info("baris %03d %s", number, "isi " * 5)
    logging_setup.stop_logging()
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == [f"{logging_setup.LOG_FILE}{end}" for end in ("", ".1", ".2", ".3")]
    sizes = [len(path.with_name(name).read_text(encoding="utf-8")) for name in names]
    assert all(0 < size < 2_000 for size in sizes), sizes
    # The newest lines in the log itself, then .1, .2, .3 going back; nothing lost between.
    numbers = [
        int(line.split("baris ")[1][:3])
        for name in reversed(names)
        for line in path.with_name(name).read_text(encoding="utf-8").splitlines()
    ]
    assert numbers == list(range(numbers[0], 200))


def test_a_new_start_appends_and_counts_what_is_there(tmp_path, monkeypatch, logging_restored):
    monkeypatch.setattr(logging_setup, "MAX_LOG_BYTES", 1_000)
    path = logging_setup.setup_logging()
    assert path is not None
    path.write_text("x" * 990 + "\n", encoding="utf-8")  # an earlier run's lines
    logging_setup.setup_logging()  # the next start
    logging.getLogger("viewer.test").info("start berikutnya")
    logging_setup.stop_logging()
    assert path.with_name(f"{logging_setup.LOG_FILE}.1").read_text(encoding="utf-8") == (
        "x" * 990 + "\n"
    )
    assert path.read_text(encoding="utf-8").rstrip().endswith("start berikutnya")
