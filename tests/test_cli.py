"""The console entry point, run as a real process the way staff and scripts run it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from support import CONTENT, REPO, write_article


def run_viewer(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)  # the app must pick offscreen by itself
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True, text=True, timeout=60, env=env, cwd=REPO,
    )  # fmt: skip


def test_version_matches_pyproject():
    import tomllib

    expected = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    result = run_viewer("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"patient-viewer {expected}"


def test_self_test_runs_headless_and_reports_one_line():
    # The bundled content holds two articles: the window opens on the home screen.
    result = run_viewer("--self-test")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert re.fullmatch(r"self-test OK: beranda articles=2 first_paint_ms=\d+", lines[0]), lines[0]
    assert result.stderr == ""


def test_self_test_of_a_one_article_folder_reports_the_article(tmp_path: Path):
    # One article: the window opens on it, and the line says what it shows.
    text = (CONTENT / "clonazepam-depresi.md").read_text(encoding="utf-8")
    # Alone, its `related` entry would lead nowhere: a content problem, logged on stderr.
    related = 'related = ["cara-memakai-aplikasi"]\n'
    assert related in text
    (tmp_path / "clonazepam-depresi.md").write_text(text.replace(related, ""), encoding="utf-8")
    (tmp_path / "glossary.md").write_bytes((CONTENT / "glossary.md").read_bytes())
    result = run_viewer("--self-test", "--content", str(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert re.fullmatch(
        r"self-test OK: clonazepam-depresi sections=10 warnings=23 terms=[1-9]\d* "
        r"first_paint_ms=\d+",
        lines[0],
    ), lines[0]
    assert result.stderr == ""


def test_self_test_fails_without_a_usable_article(tmp_path: Path):
    result = run_viewer("--self-test", "--content", str(tmp_path))
    assert result.returncode == 1
    assert "GAGAL" in result.stderr


def test_check_bundled_content_passes():
    result = run_viewer("check", str(CONTENT))
    assert result.returncode == 0
    *notes, summary = result.stdout.splitlines()
    # No clinician is named as reviewer yet (rule C8): a note, not a failure...
    assert [note.split(": catatan: ")[0] for note in notes] == [
        f"{CONTENT}/cara-memakai-aplikasi.md:9",
        f"{CONTENT}/clonazepam-depresi.md:9",
        # The English variants, after the originals.
        f"{CONTENT}/cara-memakai-aplikasi.en.md:9",
        f"{CONTENT}/clonazepam-depresi.en.md:9",
    ]
    assert all(note.split(": catatan: ")[1].startswith("kolom 'reviewer' kosong") for note in notes)
    # The counts are the originals' (a variant has the same sections and warnings).
    assert summary.startswith("OK: 2 artikel, 19 bagian, 24 peringatan")
    assert summary.endswith("4 catatan (lihat di atas).")


def test_check_strict_fails_on_notes():
    # ...until CI asks for --strict.
    result = run_viewer("check", "--strict", str(CONTENT))
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1] == "4 masalah ditemukan (termasuk 4 catatan, --strict)."


def test_check_default_folder_is_the_bundled_content():
    result = run_viewer("check")
    assert result.returncode == 0, result.stdout


def test_check_reports_path_line_and_exits_1(tmp_path: Path):
    write_article(tmp_path, "\n## A\n\nTeks.\n\n::: bahaya\nA.\nSumber: B\n:::\n", name="rusak")
    result = run_viewer("check", str(tmp_path))
    assert result.returncode == 1
    assert f"{tmp_path}/rusak.md:16: tingkat peringatan 'bahaya' tidak dikenal" in result.stdout


@pytest.mark.parametrize("args", [["--content", "{dir}", "check"], ["check", "{dir}"]])
def test_check_accepts_the_folder_either_way(tmp_path: Path, args: list[str]):
    write_article(tmp_path, "\n## A\n\nTeks.\n")
    result = run_viewer(*[a.format(dir=tmp_path) for a in args])
    assert result.returncode == 0
    assert "OK: 1 artikel" in result.stdout


def test_an_unexpected_error_is_one_calm_line_and_the_traceback_goes_to_the_log(tmp_path):
    # A bug stands in for any error nothing expected.
    write_article(tmp_path, "\n## A\n\nTeks.\n")
    log_dir = tmp_path / "logs"
    boom = "import viewer.handout.command as c; c.run_handout = lambda a: 1 / 0; "
    code = boom + "import sys; from viewer.cli import run; sys.exit(run(sys.argv[1:]))"
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env["PATIENT_VIEWER_LOG_DIR"] = str(log_dir)
    result = subprocess.run(
        [sys.executable, "-c", code, "handout", "contoh", "-o", str(tmp_path / "x.pdf")],
        capture_output=True, text=True, timeout=60, env=env, cwd=REPO,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"patient-viewer: kesalahan tak terduga (rincian di {log_dir / 'patient-viewer.log'})"
    ]
    assert "ZeroDivisionError" in (log_dir / "patient-viewer.log").read_text(encoding="utf-8")


def _viewer_with(patch: str, *args: str, log_dir: Path) -> subprocess.Popen:
    """`patient-viewer ARGS` as a real process, after `patch` (Python) replaced a seam."""
    code = patch + "; import sys; from viewer.__main__ import main; sys.exit(main())"
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env["PATIENT_VIEWER_LOG_DIR"] = str(log_dir)
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO,
    )  # fmt: skip


def test_a_real_ctrl_c_is_one_line_and_status_130(tmp_path):
    """SIGINT, sent while the command works (here: a handout that takes its time)."""
    slow = (
        "import time, viewer.handout.command as c; "
        "c.run_handout = lambda a: (print('bekerja', flush=True), time.sleep(60))"
    )
    target = tmp_path / "x.pdf"
    process = _viewer_with(
        slow, "handout", "clonazepam-depresi", "-o", str(target), log_dir=tmp_path / "logs"
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "bekerja\n"
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert (out, err) == ("", "patient-viewer: dibatalkan\n")
    assert not target.exists()
    assert "interrupted (Ctrl+C)" in (tmp_path / "logs" / "patient-viewer.log").read_text()


def test_ctrl_c_in_the_window_is_one_line_and_status_130(tmp_path):
    interrupted = (
        "import viewer.ui.app as app; "
        "app.run_window = lambda a: (_ for _ in ()).throw(KeyboardInterrupt)"
    )
    process = _viewer_with(interrupted, log_dir=tmp_path / "logs")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert (out, err) == ("", "patient-viewer: dibatalkan\n")


@pytest.mark.parametrize(
    ("command", "module", "function"),
    [
        (["check", str(CONTENT)], "viewer.check", "run_check"),
        (["handout", "clonazepam-depresi", "-o", "x.pdf"], "viewer.handout.command", "run_handout"),
    ],
)
def test_commands_do_their_work_with_the_garbage_collector_on(command, module, function):
    """__main__ turns it off for the window's start-up only."""
    probe = (
        "import gc, importlib, sys\n"
        f"target = importlib.import_module({module!r})\n"
        "def report(*args, **kwargs):\n"
        "    print('collector on' if gc.isenabled() else 'collector off')\n"
        "    return 0\n"
        f"setattr(target, {function!r}, report)\n"
        f"sys.argv = ['patient-viewer', *{command!r}]\n"
        "from viewer.__main__ import main\n"
        "sys.exit(main())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "collector on"


def test_the_exit_does_not_walk_every_object_again():
    """What is left when the command is done is frozen: the interpreter's last collection
    on the way out skips it (~35 ms of a handout's run)."""
    probe = (
        "import gc, sys\n"
        "import viewer.cli\n"
        "calls = []\n"
        "viewer.cli.run = lambda: calls.append('run') or 3\n"
        "freeze = gc.freeze\n"
        "gc.freeze = lambda: calls.append('freeze') or freeze()\n"
        "from viewer.__main__ import main\n"
        "status = main()\n"
        "print(calls, gc.get_freeze_count() > 0)\n"
        "sys.exit(status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=REPO
    )
    assert result.returncode == 3, result.stderr
    assert result.stdout.strip() == "['run', 'freeze'] True"


def test_the_version_comes_from_the_metadata_file_without_importlib_metadata():
    # importlib.metadata costs ~25 ms; a handout names the version in its PDF.
    import tomllib

    expected = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    probe = (
        "import viewer\n"
        "from importlib import metadata\n"
        "print(viewer._version_from_dist_info(), viewer.version(),\n"
        "      metadata.version('patient-viewer'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=REPO
    )
    assert result.stdout.split() == [expected] * 3, result.stderr
    probe = "import sys, viewer; viewer.version(); print('importlib.metadata' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=REPO
    )
    assert result.stdout.strip() == "False", result.stderr
