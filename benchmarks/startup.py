"""Start-up benchmark: whole-process wall time from spawn to exit, and peak memory.

Runs, interleaved in the same run, N times each (after one untimed warm-up run each):

  bare      a bare PySide6 window: a QLabel in a QApplication, shown, quit after the
            first paint (the floor any PySide6 app starts from)
  stock     Qt's floor for this article: stock widgets showing the same text (floors.py:
            sections in a QTextBrowser, every warning in a second one, the contents in a
            QListWidget, a footer QLabel), quit after the first paint: the baseline
  source    `patient-viewer --self-test` from the virtual environment
  frozen    `dist/patient-viewer/patient-viewer --self-test` (the one-folder bundle), if built
            (`--dist DIR`: DIR is PyInstaller's dist/ or the bundle's folder itself)
  onefile   `dist/patient-viewer-onefile --self-test`, if built

and, when asked for, two that tell where the source's time goes:

  cold      (--cold) `patient-viewer --self-test` with a cache folder it cannot use: every
            run loads, checks and renders the content, as the first start after the
            content or the app changed does (the other source runs read the cache that
            the warm-up run wrote)
  appfloor  (--app-floor) the app's own start-up without any content: its command line
            and logging, PySide6, the QApplication with the bundled fonts, the style
            sheet and Qt's translations, then an empty QMainWindow painted; what source
            takes beyond it is the window's content and widgets

all on Qt's offscreen platform, and prints the median wall time of each, its ratio to
the stock-widget window (the baseline) and to the bare window, the median CPU time (user
+ system: steadier than wall time on a busy machine) and the median peak resident memory
(ru_maxrss from wait4, which covers the process and the children it waited for), and
the load average before and after (others' work on a shared machine shows up in the
wall times). The source runs may write bytecode caches (PYTHONDONTWRITEBYTECODE is
dropped), as an installed app does, so the warm-up run leaves them. Targets (issue 9):
frozen and source at most 1.3x the stock window, judged on the paired ratio (the median
of each round's own ratio; see paired_ratio). A benchmark, not a test: the exit
status is 0 unless --check is given.

    .venv/bin/python benchmarks/startup.py [-n 7] [--check] [--cold] [--app-floor]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from floors import BARE_WINDOW, FIRST_PAINT, STOCK_WINDOW, export_texts, machine

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = ROOT / ".venv" / "bin"
TARGETS = {"frozen": 1.3, "source": 1.3}  # x the stock-widget window


@dataclass
class Variant:
    """One program to start: its command and the line it must print on success."""

    name: str
    command: list[str]
    expect: str
    env: dict[str, str] = field(default_factory=dict)  # on top of the common environment
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class Run:
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    exit_code: int
    stdout: str
    stderr: str


def run_once(
    command: list[str], env: dict[str, str], scratch: Path, timeout: float | None = None
) -> Run:
    """Start `command`, wait for it, and return its wall and CPU time and peak RSS (wait4);
    with `timeout`, killed after that many seconds (the exit code then says so)."""
    out_path, err_path = scratch / "stdout", scratch / "stderr"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=scratch)
        killer = threading.Timer(timeout, process.kill) if timeout is not None else None
        if killer is not None:
            killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            if killer is not None:
                killer.cancel()
        wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    return Run(
        wall_s=wall,
        cpu_s=usage.ru_utime + usage.ru_stime,
        peak_rss_mb=usage.ru_maxrss / 1024,  # KiB on Linux
        exit_code=process.returncode,
        stdout=out_path.read_text(encoding="utf-8", errors="replace"),
        stderr=err_path.read_text(encoding="utf-8", errors="replace"),
    )


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def source_command() -> list[str]:
    script = VENV_BIN / "patient-viewer"
    if script.exists():
        return [str(script), "--self-test"]
    return [str(VENV_BIN / "python"), "-m", "viewer", "--self-test"]


# The app's start-up up to its first window, without the window's content: what
# viewer.cli, viewer.logging_setup and viewer.ui.app.setup_application do, in that order.
APP_FLOOR = '''\
"""The app's own start-up floor: an empty QMainWindow, quit after its first paint."""
import gc
import sys

gc.disable()  # as viewer.__main__
import viewer.cli  # noqa: F401  (its imports, as a real start)
from viewer.logging_setup import setup_logging

setup_logging()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMainWindow

from viewer import settings
from viewer.gui_basics import register_fonts
from viewer.translations import install_qt_translations
from viewer.ui.theme import apply_stylesheet
# FIRST_PAINT

app = QApplication(sys.argv[:1])
app.setOrganizationName(settings.ORGANIZATION)
app.setApplicationName(settings.APPLICATION)
family = register_fonts()
if family:
    app.setFont(QFont(family))
apply_stylesheet(app)
install_qt_translations(app)
window = QMainWindow()
probe = FirstPaint(app)
window.installEventFilter(probe)
window.resize(1280, 820)
window.show()
gc.freeze()
gc.enable()
QTimer.singleShot(10_000, app.quit)
app.exec()
print("appfloor OK" if probe.painted else "appfloor: no paint")
sys.exit(0 if probe.painted else 1)
'''.replace("# FIRST_PAINT", FIRST_PAINT)


def variants(
    bare_script: Path, stock_script: Path, texts: Path, dist: Path, extra: argparse.Namespace
) -> list[Variant]:
    python = str(VENV_BIN / "python")
    found = [
        Variant("stock", [python, str(stock_script), str(texts)], "stock OK"),
        Variant("bare", [python, str(bare_script)], "bare OK"),
        Variant("source", source_command(), "self-test OK"),
    ]
    if extra.cold:
        # A file where the cache folder would be: nothing is read from it or written to it.
        unusable = bare_script.parent / "no-cache"
        unusable.write_text("a file, not a folder", encoding="utf-8")
        found.append(
            Variant("cold", source_command(), "self-test OK", {"XDG_CACHE_HOME": str(unusable)})
        )
    if extra.app_floor:
        floor_script = bare_script.parent / "app_floor.py"
        floor_script.write_text(APP_FLOOR, encoding="utf-8")
        found.append(Variant("appfloor", [python, str(floor_script)], "appfloor OK"))
    for onedir in (dist / "patient-viewer" / "patient-viewer", dist / "patient-viewer"):
        if onedir.is_file():  # dist/, or the bundle's own folder dist/patient-viewer/
            found.append(Variant("frozen", [str(onedir), "--self-test"], "self-test OK"))
            break
    onefile = dist / "patient-viewer-onefile"
    if onefile.is_file():
        found.append(Variant("onefile", [str(onefile), "--self-test"], "self-test OK"))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=7, help="timed runs of each (7)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs of each first (1)")
    parser.add_argument(
        "--dist",
        type=Path,
        help="PyInstaller's dist/ (the default, when built) or the bundle's folder in it",
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--cold", action="store_true", help="also source without its cache")
    parser.add_argument(
        "--app-floor", action="store_true", help="also the app's start-up without content"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="startup-bench-") as tmp:
        scratch = Path(tmp)
        bare_script = scratch / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        stock_script = scratch / "stock_window.py"
        stock_script.write_text(STOCK_WINDOW, encoding="utf-8")
        texts = scratch / "texts.json"
        export_texts(texts)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PATIENT_VIEWER_LOG_DIR": str(scratch / "logs"),  # keep the user's log clean
        }
        for name in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME"):
            env.pop(name, None)
        dist = (args.dist or ROOT / "dist").absolute()  # the runs start in a scratch folder
        todo = variants(bare_script, stock_script, texts, dist, args)
        if args.dist is not None and not any(v.name in ("frozen", "onefile") for v in todo):
            # Not silently the source runs alone: the reader asked for a frozen build.
            print(f"--dist {args.dist}: no patient-viewer bundle there")
            return 2
        print(f"start-up, {dt.date.today().isoformat()}, {machine()}")
        print(f"Python {platform.python_version()}; {args.runs} runs each, interleaved")
        load_before = load_average()
        for index in range(args.warmup + args.runs):
            for variant in todo:
                run = run_once(variant.command, {**env, **variant.env}, scratch)
                if run.exit_code != 0 or variant.expect not in run.stdout:
                    print(f"{variant.name}: exit {run.exit_code}\n{run.stdout}{run.stderr}")
                    return 2
                if index >= args.warmup:
                    variant.walls.append(run.wall_s)
                    variant.cpus.append(run.cpu_s)
                    variant.rss_mb.append(run.peak_rss_mb)

    # Others' work on a shared machine shows up in the wall times.
    print(f"load average {load_before} before, {load_average()} after")
    stock = statistics.median(todo[0].walls)
    stock_cpu = statistics.median(todo[0].cpus)
    bare = statistics.median(todo[1].walls)
    missed = False
    print(
        f"{'':8} {'median':>7} {'min':>7} {'max':>7} {'x stock':>7} {'paired':>7} {'x bare':>7}"
        f" {'cpu':>7} {'x stock':>7} {'peak RSS':>9}  target (paired)"
    )
    for variant in todo:
        median = statistics.median(variant.walls)
        paired = paired_ratio(variant.walls, todo[0].walls)
        cpu = statistics.median(variant.cpus)
        ratio = median / stock
        target = TARGETS.get(variant.name)
        verdict = ""
        if target is not None:
            met = paired <= target  # not the medians' ratio: see paired_ratio
            missed |= not met
            verdict = f"<= {target}x {'met' if met else 'MISSED'}"
        print(
            f"{variant.name:8} {median * 1000:5.0f}ms {min(variant.walls) * 1000:5.0f}ms "
            f"{max(variant.walls) * 1000:5.0f}ms {ratio:6.2f}x {paired:6.2f}x "
            f"{median / bare:6.2f}x "
            f"{cpu * 1000:5.0f}ms {cpu / stock_cpu:6.2f}x "
            f"{statistics.median(variant.rss_mb):6.0f} MB  {verdict}"
        )
    print(
        "paired: the median of each round's ratio to the stock window's run in that round "
        "(steadier when the machine's speed changes during the runs)"
    )
    return 1 if args.check and missed else 0


def paired_ratio(walls: list[float], baseline: list[float]) -> float:
    """The median over the rounds of wall / baseline wall of the same round.

    The variants of one round run one after the other, so they share the machine's
    state; a shared machine that slows down for a while moves both, not one median.
    """
    return statistics.median(wall / base for wall, base in zip(walls, baseline, strict=True))


if __name__ == "__main__":
    sys.exit(main())
