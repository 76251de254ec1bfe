"""Time `patient-viewer handout` against headless Chromium printing the same handout HTML.

    .venv/bin/python benchmarks/handout_vs_chromium.py [--runs 5] [--article ID] [--json]

Both are timed as whole processes, alternating, in the same run: the CLI (interpreter
start, Qt, layout, PDF, atomic write) and `chromium --headless --print-to-pdf` of the
handout HTML that the CLI lays out (written once, beforehand, by the handout's own
document builder). Chromium gets a fresh profile folder each run, as a one-off print
from a script would. One warm-up run of each is not counted.

Prints the medians and the ratio (target: the handout under a quarter of Chromium's time).
Exit status: 0 measured, 1 a run failed, 2 Chromium is not installed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Without this Chromium adds its own date/URL header and footer to every page.
    "--no-pdf-header-footer",
)
TARGET_RATIO = 0.25


def find_chromium(explicit: str | None) -> str | None:
    if explicit:
        return explicit if Path(explicit).exists() else shutil.which(explicit)
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


def viewer_command() -> list[str]:
    script = Path(sys.executable).parent / "patient-viewer"
    return [str(script)] if script.exists() else [sys.executable, "-m", "viewer"]


def headless_env(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)  # the CLI picks offscreen by itself
    env["PATIENT_VIEWER_LOG_DIR"] = str(work / "logs")
    return env


def write_handout_html(article_id: str, target: Path) -> None:
    """The exact HTML the handout lays out, plus the page box a browser needs."""
    sys.path.insert(0, str(REPO / "src"))
    from viewer.clinic_settings import ClinicSettings
    from viewer.content.render import render_article
    from viewer.handout.command import load_source
    from viewer.handout.document import handout_html

    source = load_source(article_id, None)
    rendered = render_article(source.article, source.glossary, ClinicSettings().emergency_number)
    target.write_text(handout_html(rendered, ClinicSettings(), for_browser=True), "utf-8")


def timed(command: list[str], env: dict[str, str], output: Path) -> float:
    output.unlink(missing_ok=True)
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if result.returncode != 0 or not output.is_file() or output.read_bytes()[:5] != b"%PDF-":
        raise RuntimeError(
            f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr.strip()}"
        )
    return elapsed


def pdf_pages(path: Path) -> int | None:
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    return len(PdfReader(path).pages)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def tool_version(command: list[str]) -> str:
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.strip().splitlines()[-1] if out.strip() else "unknown"


def measure(args: argparse.Namespace, chromium: str, work: Path) -> dict[str, object]:
    html = work / "handout.html"
    write_handout_html(args.article, html)
    env = headless_env(work)
    qt_pdf, chrome_pdf = work / "qt.pdf", work / "chromium.pdf"
    qt_cmd = [*viewer_command(), "handout", args.article, "-o", str(qt_pdf)]

    def chrome_cmd(run: int) -> list[str]:
        profile = work / f"profile-{run}"
        return [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--print-to-pdf={chrome_pdf}",
            html.as_uri(),
        ]

    timed(qt_cmd, env, qt_pdf)  # warm-up: disk caches, .pyc files
    timed(chrome_cmd(0), env, chrome_pdf)
    qt_times, chrome_times = [], []
    for run in range(1, args.runs + 1):
        qt_times.append(timed(qt_cmd, env, qt_pdf))
        chrome_times.append(timed(chrome_cmd(run), env, chrome_pdf))
    qt_median, chrome_median = statistics.median(qt_times), statistics.median(chrome_times)
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": {
            "nproc": os.cpu_count(),
            "cpu": cpu_model(),
            "system": f"{platform.system()} {platform.release()} {platform.machine()}",
            "python": platform.python_version(),
            "chromium": tool_version([chromium, "--version"]),
            "patient_viewer": tool_version([*viewer_command(), "--version"]),
        },
        "article": args.article,
        "runs": args.runs,
        "handout_seconds": qt_times,
        "chromium_seconds": chrome_times,
        "handout_median": qt_median,
        "chromium_median": chrome_median,
        "ratio": qt_median / chrome_median,
        "handout_pages": pdf_pages(qt_pdf),
        "chromium_pages": pdf_pages(chrome_pdf),
    }


def report(result: dict[str, object]) -> str:
    machine = result["machine"]
    ratio = result["ratio"]
    verdict = "tercapai" if ratio < TARGET_RATIO else "TIDAK tercapai"
    fmt = lambda xs: ", ".join(f"{x:.3f}" for x in xs)  # noqa: E731
    return "\n".join(
        [
            f"tanggal: {result['date']}",
            f"mesin: {machine['nproc']} CPU ({machine['cpu']}), {machine['system']}, "
            f"Python {machine['python']}",
            f"versi: {machine['patient_viewer']}; {machine['chromium']}",
            f"artikel: {result['article']}, {result['runs']} kali masing-masing (+1 pemanasan)",
            f"patient-viewer handout: median {result['handout_median']:.3f} s  "
            f"[{fmt(result['handout_seconds'])}]  {result['handout_pages']} halaman",
            f"chromium --print-to-pdf: median {result['chromium_median']:.3f} s  "
            f"[{fmt(result['chromium_seconds'])}]  {result['chromium_pages']} halaman",
            f"rasio handout/chromium: {ratio:.3f} (target < {TARGET_RATIO}: {verdict})",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--article", default="clonazepam-depresi")
    parser.add_argument("--chromium", help="path or name of the Chromium executable")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    chromium = find_chromium(args.chromium)
    if chromium is None:
        print(
            "Chromium tidak ditemukan (coba: apt-get install -y chromium, atau --chromium PATH)",
            file=sys.stderr,
        )
        return 2
    with tempfile.TemporaryDirectory(prefix="handout-bench-") as folder:
        try:
            result = measure(args, chromium, Path(folder))
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            print(f"pengukuran gagal: {exc}", file=sys.stderr)
            return 1
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
