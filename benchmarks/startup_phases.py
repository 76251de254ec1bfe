"""Where a start from source spends its time, in the process: the window's start-up of
ui/app.py (run_window with --self-test) cut into phases, timed with perf_counter.

    .venv/bin/python benchmarks/startup_phases.py [-n 9]

Each run is a fresh process (imports are most of it), offscreen, with the collector off
until the first frame as __main__ and run_window have it; prints the median of each
phase over the runs. The content is read from the user's cache as a second start reads
it (one untimed run first writes it). A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"

PHASES = """\
import gc
import sys
import time

gc.disable()
marks = [("", time.perf_counter())]


def mark(name):
    marks.append((name, time.perf_counter()))


import viewer.cli  # noqa: E402, F401

mark("command line (viewer.cli: argparse, pathlib, logging)")
from viewer.logging_setup import setup_logging  # noqa: E402

setup_logging()
mark("logging set up")
import PySide6.QtWidgets  # noqa: E402, F401

mark("PySide6 (QtCore, QtGui, QtWidgets)")
from viewer.ui import app as ui_app  # noqa: E402

mark("the window's modules (viewer.ui.app and what it imports)")
from PySide6.QtWidgets import QApplication  # noqa: E402

from viewer import paths, settings  # noqa: E402

app = QApplication(sys.argv[:1])
ui_app.setup_application(app)
mark("QApplication, fonts, style sheet, translations")
library = ui_app.load_library_safely(paths.default_content_dir())
mark("content (from the cache)")
window = ui_app.build_window_safely(library, settings.load_clinic_settings())
ui_app.install_print_actions(window)
ui_app.place_window(window)
mark("building the window")
probe = ui_app.FirstPaint(app)
window.centralWidget().installEventFilter(probe)
window.show()
ui_app.collect_from_here()
app.exec()
mark("show to first paint")
assert probe.elapsed_ms is not None, "no first paint"
print("\\t".join(f"{name}={(t - marks[i][1]) * 1000:.2f}" for i, (name, t) in enumerate(marks[1:])))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=9)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="startup-phases-") as tmp:
        script = Path(tmp) / "phases.py"
        script.write_text(PHASES, encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env["PATIENT_VIEWER_LOG_DIR"] = str(Path(tmp) / "logs")
        for name in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME"):
            env.pop(name, None)
        runs: list[dict[str, float]] = []
        for index in range(1 + args.runs):
            result = subprocess.run(
                [str(PYTHON), str(script)], capture_output=True, text=True, env=env, cwd=tmp
            )
            if result.returncode != 0:
                print(result.stdout + result.stderr)
                return 2
            if index:
                fields = result.stdout.strip().splitlines()[-1].split("\t")
                runs.append({k: float(v) for k, v in (f.rsplit("=", 1) for f in fields)})
    total = 0.0
    print(
        f"medians of {args.runs} runs; load average {' '.join(f'{v:.2f}' for v in os.getloadavg())}"
    )
    for name in runs[0]:
        median = statistics.median(run[name] for run in runs)
        total += median
        print(f"{median:7.1f} ms  {name}")
    print(f"{total:7.1f} ms  in all (the sum of the medians; Python's own start and exit aside)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
