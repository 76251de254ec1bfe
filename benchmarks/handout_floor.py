"""Time `patient-viewer handout` against Qt's floor for the same work (floors.PDF_DOCUMENT:
a QTextDocument with the same text, laid out on A4 by QPdfWriter).

    .venv/bin/python benchmarks/handout_floor.py [-n 7] [--article ID] [--check]

Both run as whole processes, interleaved, after one untimed warm-up run each, with no
display (the CLI picks offscreen itself; the floor is given offscreen). Prints the
medians, the ratio (target: at most 1.5x the floor) and the page counts. A benchmark,
not a test: exit 0 unless --check is given and the target is missed (1), or a run
fails (2).
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
import time
from pathlib import Path

from floors import PDF_DOCUMENT, export_texts, machine
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = ROOT / ".venv" / "bin"
TARGET = 1.5


def timed(command: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        print(f"{' '.join(command)}: exit {result.returncode}\n{result.stderr}")
        raise SystemExit(2)
    return wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=7)
    parser.add_argument("--article", default="clonazepam-depresi")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    viewer = VENV_BIN / "patient-viewer"
    with tempfile.TemporaryDirectory(prefix="handout-bench-") as tmp:
        work = Path(tmp)
        texts = work / "texts.json"
        export_texts(texts, args.article)
        floor_script = work / "pdf_document.py"
        floor_script.write_text(PDF_DOCUMENT, encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
        env["PATIENT_VIEWER_LOG_DIR"] = str(work / "logs")
        floor_env = {**env, "QT_QPA_PLATFORM": "offscreen"}
        ours = [str(viewer), "handout", args.article, "-o", str(work / "ours.pdf")]
        floor = [str(VENV_BIN / "python"), str(floor_script), str(texts), str(work / "floor.pdf")]
        walls: dict[str, list[float]] = {"floor": [], "handout": []}
        for index in range(1 + args.runs):
            for name, command, run_env in (("floor", floor, floor_env), ("handout", ours, env)):
                wall = timed(command, run_env, work)
                if index:
                    walls[name].append(wall)
        pages = {
            name: len(PdfReader(work / f"{file}.pdf").pages)
            for name, file in (("floor", "floor"), ("handout", "ours"))
        }
    floor_median = statistics.median(walls["floor"])
    ours_median = statistics.median(walls["handout"])
    ratio = ours_median / floor_median
    print(
        f"handout vs Qt's floor, {dt.date.today()}, {machine()}; "
        f"Python {platform.python_version()}; {args.runs} runs each, interleaved"
    )
    for name in ("floor", "handout"):
        values = walls[name]
        print(
            f"{name:8} median {statistics.median(values) * 1000:5.0f} ms (min "
            f"{min(values) * 1000:.0f}, max {max(values) * 1000:.0f}), {pages[name]} A4 pages"
        )
    verdict = "met" if ratio <= TARGET else "MISSED"
    print(f"ratio {ratio:.2f}x (target <= {TARGET}x: {verdict})")
    return 1 if args.check and ratio > TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
