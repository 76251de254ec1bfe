"""Scale benchmark (issue 11, item 9): the window and `check` with 1, 100 and 1,000 articles.

    .venv/bin/python benchmarks/library_scale.py [-n 5] [--sizes 1,100,1000]
        [--glossary-terms 2000] [--passes 2] [--profile] [--check]

Generates a library per size (benchmarks/generate_library.py: articles of varied
lengths with categories, keywords, order and related, and one glossary of
`--glossary-terms` terms, 2,000 by default) into a temporary folder, then runs, in
rounds (one untimed warm-up round, then -n timed ones; in each round every size in
turn, the first size rotating from round to round), whole processes on Qt's offscreen
platform with a temporary HOME and XDG folders:

  cold    `patient-viewer --self-test --content DIR` with the app's cache folder emptied
          first (no shelf catalogue, no rendered article, no search index)
  warm    the same with the cache folder that the earlier runs of that size filled
  check   `patient-viewer check DIR`

and reports, per size, the median first paint (first_paint_ms, which --self-test prints:
from the interpreter's start to the window's first paint) and the median wall time of
the whole process, their ratio to the smallest size (paired: the median of each round's
own ratio, as benchmarks/startup.py; the medians' ratio in brackets), the median peak
resident memory (ru_maxrss from wait4), how many article bodies the cold start rendered
(counted in the cache; the home screen needs none), and check's time per MB of the
folder and its marginal cost per MB from size to size (constant when linear).

Then, at the largest size, the keystroke to results painted: a driver (written to a
temporary file, run with the venv's python) builds the window as viewer.ui.app does,
shows it, waits for the search index to be complete, and types typical queries
letter by letter into the toolbar's search box inside the running event loop; each
keystroke is timed from the key press to the end of the repaint of the results page
that follows it (a Paint of the page's heading, which every keystroke changes, then the
next turn of the event loop). The time spent in the search itself is reported apart.

Targets (issue 11, item 9), judged on the largest size against the smallest:
  warm first paint     paired ratio <= 1.25 (cold is reported, not judged)
  peak RSS (warm)      paired ratio <= 1.5
  search keystroke     median <= 50 ms
  check linear         marginal ms/MB of the last step <= 1.25x that of the first step
                       (this benchmark's reading of "linear in their size")
  lazy loading         a cold start with more than one article renders no article body

Caveat: a glossary above content/glossary.py MAX_TERMS (500) is a content problem, so
the shelf cache does not keep it and every start that shows an article (the one-article
library opens on it) parses all its terms again; this makes the one-article baseline
slower and the ratios smaller than with a valid glossary (try --glossary-terms 400).

--profile also runs the largest size's warm start under cProfile and prints the top
entries by cumulative time. A benchmark, not a test: the exit status is 0 unless
--check is given, then 1 when a target is missed (2: a run failed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from floors import machine  # noqa: E402
from generate_library import generate_library  # noqa: E402
from startup import Run, load_average, paired_ratio, run_once  # noqa: E402

VENV_BIN = ROOT / ".venv" / "bin"
PYTHON = str(VENV_BIN / "python")
FIRST_PAINT_TARGET = 1.25  # warm first paint, largest size / smallest size (paired)
RSS_TARGET = 1.5
KEYSTROKE_TARGET_MS = 50.0
LINEAR_TOLERANCE = 1.25
QUERIES = (
    "clonazepam",
    "obat tidur",
    "pusing mual",
    "diazepan",  # a misspelling
    "sertalin",  # another
    "kehamilan",
    "dosis",
    "nyeri",
)
FIRST_PAINT = re.compile(r"first_paint_ms=(\d+)")


def viewer_command(*args: str) -> list[str]:
    script = VENV_BIN / "patient-viewer"
    if script.exists():
        return [str(script), *args]
    return [PYTHON, "-m", "viewer", *args]


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.iterdir() if path.is_file())


def app_cache(xdg_cache: Path) -> Path:
    """The app's own folder in XDG_CACHE_HOME (user_dirs.cache_dir: Qt's CacheLocation,
    named after the organisation and the application); fontconfig's is left alone."""
    return xdg_cache / "patient-viewer"


def rendered_bodies(xdg_cache: Path) -> int:
    """How many articles the shelf cache holds rendered: those opened during the run."""
    found = app_cache(xdg_cache).rglob("article-*")
    return sum(1 for path in found if path.parent.parent.name == "shelf")


@dataclass
class Series:
    """One kind of run at one size: its measurements, one per timed round."""

    paint_ms: list[float] = field(default_factory=list)
    walls: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)
    bodies: list[int] = field(default_factory=list)


@dataclass
class Size:
    articles: int
    content: Path
    bytes: int
    cold_cache: Path
    warm_cache: Path
    cold: Series = field(default_factory=Series)
    warm: Series = field(default_factory=Series)
    check: Series = field(default_factory=Series)
    check_output: str = ""


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


class RunFailedError(Exception):
    pass


def self_test(size: Size, env: dict[str, str], xdg_cache: Path, scratch: Path, timeout: float):
    run = run_once(
        viewer_command("--self-test", "--content", str(size.content)),
        {**env, "XDG_CACHE_HOME": str(xdg_cache)},
        scratch,
        timeout,
    )
    found = FIRST_PAINT.search(run.stdout)
    if run.exit_code != 0 or "self-test OK" not in run.stdout or found is None:
        raise RunFailedError(
            f"--self-test with {size.articles} articles: exit {run.exit_code}\n"
            f"{run.stdout}{run.stderr[-2000:]}"
        )
    return run, float(found.group(1))


def check_run(size: Size, env: dict[str, str], scratch: Path, timeout: float) -> Run:
    run = run_once(viewer_command("check", str(size.content)), env, scratch, timeout)
    # 1: problems found (a glossary over the limit is one); anything else is a failure.
    if run.exit_code not in (0, 1) or not ("OK:" in run.stdout or "masalah" in run.stdout):
        raise RunFailedError(
            f"check with {size.articles} articles: exit {run.exit_code}\n"
            f"{run.stdout[-2000:]}{run.stderr[-2000:]}"
        )
    return run


def one_round(
    sizes: list[Size], first: int, env: dict[str, str], scratch: Path, timeout: float, record: bool
) -> None:
    for size in sizes[first:] + sizes[:first]:
        shutil.rmtree(app_cache(size.cold_cache), ignore_errors=True)
        run, paint = self_test(size, env, size.cold_cache, scratch, timeout)
        bodies = rendered_bodies(size.cold_cache)
        if record:
            size.cold.paint_ms.append(paint)
            size.cold.walls.append(run.wall_s)
            size.cold.rss_mb.append(run.peak_rss_mb)
            size.cold.bodies.append(bodies)
        run, paint = self_test(size, env, size.warm_cache, scratch, timeout)
        if record:
            size.warm.paint_ms.append(paint)
            size.warm.walls.append(run.wall_s)
            size.warm.rss_mb.append(run.peak_rss_mb)
        run = check_run(size, env, scratch, timeout)
        size.check_output = run.stdout
        if record:
            size.check.walls.append(run.wall_s)
            size.check.rss_mb.append(run.peak_rss_mb)


# The keystroke driver: the window as viewer.ui.app builds it, typing inside app.exec().
DRIVER = r'''
"""Type queries letter by letter into the window's search box; time key -> repaint."""
import gc
import json
import sys
import time

gc.disable()  # as viewer.__main__: start-up objects are frozen, then collection resumes
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from viewer import settings
from viewer.ui.app import load_library, setup_application
from viewer.ui.main_window import MainWindow
from viewer.ui.zoom import Zoom

content, passes = Path(sys.argv[1]), int(sys.argv[2])
queries, gap_ms = json.loads(sys.argv[3]), int(sys.argv[4])
app = QApplication(sys.argv[:1])
setup_application(app)
library = load_library(content)
window = MainWindow(library, settings.load_clinic_settings(), Zoom(settings.load_zoom()))
window.resize(1280, 820)
window.show()
gc.freeze()
gc.enable()
shown_at = time.perf_counter()
index = window.search.library_index
box = window.toolbar.search
page = window.search_page

searched = []
original_search = window.search.search


def timed_search(text):
    start = time.perf_counter()
    result = original_search(text)
    searched.append(((time.perf_counter() - start) * 1000, len(result.hits)))
    return result


window.search.search = timed_search  # the controller calls self.search(text)


class Paints(QObject):
    def __init__(self):
        super().__init__()
        self.waiting = False

    def eventFilter(self, watched, event):
        if self.waiting and event.type() == QEvent.Type.Paint:
            self.waiting = False
            # The repaint this Paint belongs to ends before the loop takes the next event.
            QTimer.singleShot(0, painted)
        return False


paints = Paints()
for widget in (page, page.heading):
    widget.installEventFilter(paints)

steps = [(query, letter) for _ in range(passes) for query in queries for letter in [None, *query]]
timings = []
state = {"key_at": 0.0, "index_ms": None}


def wait_for_index():
    # The index starts after the first paint; ready is queued to this thread.
    if index.complete:
        state["index_ms"] = (time.perf_counter() - shown_at) * 1000
        QTimer.singleShot(gap_ms, next_step)
    else:
        index.wait(0.02)
        QTimer.singleShot(10, wait_for_index)


def next_step():
    if not steps:
        app.quit()
        return
    query, letter = steps.pop(0)
    if letter is None:  # a new query: an empty box (back on the home screen)
        box.clear()
        QTimer.singleShot(gap_ms, next_step)
        return
    searched.clear()
    paints.waiting = True
    state["query"] = query
    state["key_at"] = time.perf_counter()
    QTest.keyClick(box, letter)  # delivered at once: the search and the new cards
    state["handled_at"] = time.perf_counter()


def painted():
    ms = (time.perf_counter() - state["key_at"]) * 1000
    search_ms, hits = searched[-1] if searched else (float("nan"), 0)
    handled_ms = (state["handled_at"] - state["key_at"]) * 1000
    timings.append({"query": state["query"], "text": box.text(), "ms": ms,
                    "search_ms": search_ms, "handled_ms": handled_ms, "hits": hits})
    QTimer.singleShot(gap_ms, next_step)


QTimer.singleShot(0, wait_for_index)
QTimer.singleShot(900_000, app.quit)  # never hang
app.exec()
print(json.dumps({"index_ms": state["index_ms"], "keystrokes": timings,
                  "expected": sum(len(q) for q in queries) * passes}))
'''


def search_keystrokes(
    size: Size, env: dict[str, str], scratch: Path, passes: int, timeout: float
) -> dict:
    driver = scratch / "keystroke_driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    command = [PYTHON, str(driver), str(size.content), str(passes), json.dumps(QUERIES), "30"]
    run = run_once(command, {**env, "XDG_CACHE_HOME": str(size.warm_cache)}, scratch, timeout)
    try:
        data = json.loads(run.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        message = f"keystroke driver: exit {run.exit_code}\n{run.stdout}{run.stderr[-3000:]}"
        raise RunFailedError(message) from None
    if len(data["keystrokes"]) != data["expected"]:
        raise RunFailedError(
            f"keystroke driver: {len(data['keystrokes'])} of {data['expected']} "
            f"keystrokes painted\n{run.stderr[-3000:]}"
        )
    data["peak_rss_mb"] = run.peak_rss_mb
    return data


def profile_warm(size: Size, env: dict[str, str], scratch: Path, top: int) -> str:
    command = [
        PYTHON,
        "-m",
        "cProfile",
        "-s",
        "cumtime",
        "-m",
        "viewer",
        "--self-test",
        "--content",
        str(size.content),
    ]
    run = run_once(command, {**env, "XDG_CACHE_HOME": str(size.warm_cache)}, scratch, 900)
    lines = run.stdout.splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), None)
    if start is None:
        return f"(no profile: exit {run.exit_code})\n{run.stderr[-2000:]}"
    head = [line for line in lines[:start] if line.strip()]
    return "\n".join(head + lines[start : start + top + 1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=5, help="timed rounds (5)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds first (1)")
    parser.add_argument("--sizes", default="1,100,1000", help="article counts (1,100,1000)")
    parser.add_argument("--glossary-terms", type=int, default=2000, help="(2000)")
    parser.add_argument(
        "--passes", type=int, default=2, help="times the keystroke driver types its queries (2)"
    )
    parser.add_argument("--no-keystrokes", action="store_true", help="skip the driver")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also profile the largest size's warm start (cProfile)",
    )
    parser.add_argument("--timeout", type=float, default=600, help="per process, s (600)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    counts = sorted({int(part) for part in args.sizes.split(",")})
    if len(counts) < 2 or args.runs < 1:
        parser.error("at least two sizes and one round")

    with tempfile.TemporaryDirectory(prefix="library-scale-") as tmp:
        scratch = Path(tmp)
        home = scratch / "home"
        runtime = scratch / "runtime"
        for folder in (home, runtime):
            folder.mkdir(mode=0o700)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),  # QSettings: no saved start, zoom
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_RUNTIME_DIR": str(runtime),
            "PATIENT_VIEWER_LOG_DIR": str(scratch / "logs"),  # keep the user's log clean
        }
        # As benchmarks/startup.py: the runs may write bytecode caches, as an installed
        # app does (the warm-up round leaves them).
        for name in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME"):
            env.pop(name, None)
        sizes = []
        for count in counts:
            content = scratch / f"library-{count}"
            generate_library(content, count, args.glossary_terms)
            sizes.append(
                Size(
                    count,
                    content,
                    folder_bytes(content),
                    scratch / f"cache-cold-{count}",
                    scratch / f"cache-warm-{count}",
                )
            )
        print(f"library scale, {dt.date.today().isoformat()}, {machine()}")
        print(
            f"Python {platform.python_version()}; {args.runs} rounds (+{args.warmup} warm-up), "
            f"sizes interleaved; glossary of {args.glossary_terms} terms"
        )
        load_before = load_average()
        print(f"load average before: {load_before}", flush=True)
        try:
            for number in range(args.warmup + args.runs):
                one_round(
                    sizes,
                    number % len(sizes),
                    env,
                    scratch,
                    args.timeout,
                    record=number >= args.warmup,
                )
                print(
                    f"  round {number + 1}/{args.warmup + args.runs} done (load {load_average()})",
                    flush=True,
                )
            keys = None
            if not args.no_keystrokes:
                keys = search_keystrokes(sizes[-1], env, scratch, args.passes, args.timeout)
            profile = profile_warm(sizes[-1], env, scratch, 45) if args.profile else None
        except RunFailedError as failure:
            print(f"FAILED: {failure}")
            return 2
        load_after = load_average()
    missed = report(sizes, keys, args)
    print(f"load average {load_before} before, {load_after} after (1, 5, 15 min)")
    if profile:
        print(f"\nwarm start with {sizes[-1].articles} articles under cProfile (top by cumtime):")
        print(profile)
    if missed:
        print("missed: " + "; ".join(missed))
    return 1 if args.check and missed else 0


def report(sizes: list[Size], keys: dict | None, args: argparse.Namespace) -> list[str]:
    missed: list[str] = []
    base, big = sizes[0], sizes[-1]
    print()
    print(
        "first paint (first_paint_ms of --self-test) and the whole process's wall time, "
        "medians; peak RSS medians"
    )
    print(
        f"{'articles':>8} {'MB':>6} {'cold paint':>11} {'cold wall':>10} {'warm paint':>11} "
        f"{'warm wall':>10} {'RSS cold':>9} {'RSS warm':>9} {'bodies':>7}"
    )
    for size in sizes:
        print(
            f"{size.articles:>8} {size.bytes / 1e6:>6.2f} "
            f"{median(size.cold.paint_ms):>8.0f} ms {median(size.cold.walls) * 1000:>7.0f} ms "
            f"{median(size.warm.paint_ms):>8.0f} ms {median(size.warm.walls) * 1000:>7.0f} ms "
            f"{median(size.cold.rss_mb):>6.0f} MB {median(size.warm.rss_mb):>6.0f} MB "
            f"{max(size.cold.bodies):>7}"
        )
    print(
        "(MB: the folder, glossary included; bodies: articles rendered by a cold start, "
        "the most in any round)"
    )
    print()
    print(f"ratio to {base.articles} article(s): paired (medians' ratio)")
    print(
        f"{'articles':>8} {'cold paint':>15} {'cold wall':>15} {'warm paint':>15} "
        f"{'warm wall':>15} {'RSS cold':>15} {'RSS warm':>15}"
    )
    pairs = {}
    for size in sizes[1:]:
        cells = []
        for name, mine, theirs in (
            ("cold paint", size.cold.paint_ms, base.cold.paint_ms),
            ("cold wall", size.cold.walls, base.cold.walls),
            ("warm paint", size.warm.paint_ms, base.warm.paint_ms),
            ("warm wall", size.warm.walls, base.warm.walls),
            ("RSS cold", size.cold.rss_mb, base.cold.rss_mb),
            ("RSS warm", size.warm.rss_mb, base.warm.rss_mb),
        ):
            paired = paired_ratio(mine, theirs)
            pairs[size.articles, name] = paired
            cells.append(f"{paired:>6.2f}x ({median(mine) / median(theirs):>5.2f}x)")
        print(f"{size.articles:>8} " + " ".join(f"{cell:>15}" for cell in cells))

    print()
    print("check (`patient-viewer check DIR`), whole process")
    print(
        f"{'articles':>8} {'MB':>6} {'median':>9} {'min':>9} {'ms/MB':>8} "
        f"{'marginal ms/MB':>15} {'RSS':>7}"
    )
    slopes = []
    previous: Size | None = None
    for size in sizes:
        wall = median(size.check.walls) * 1000
        marginal = ""
        if previous is not None:
            slope = (wall - median(previous.check.walls) * 1000) / (
                (size.bytes - previous.bytes) / 1e6
            )
            slopes.append(slope)
            marginal = f"{slope:>8.0f} ({previous.articles}->{size.articles})"
        print(
            f"{size.articles:>8} {size.bytes / 1e6:>6.2f} {wall:>6.0f} ms "
            f"{min(size.check.walls) * 1000:>6.0f} ms {wall / (size.bytes / 1e6):>8.0f} "
            f"{marginal:>15} {median(size.check.rss_mb):>4.0f} MB"
        )
        previous = size
    last_line = big.check_output.strip().splitlines()[-1] if big.check_output.strip() else ""
    print(f"(check's last line at {big.articles}: {last_line})")

    print()
    print(f"targets, {big.articles} articles against {base.articles}:")

    def verdict(label: str, value: str, ok: bool, target: str) -> None:
        print(f"  {label:<34} {value:>14}  {target:<18} {'met' if ok else 'MISSED'}")
        if not ok:
            missed.append(f"{label} {value} (target {target})")

    warm = pairs[big.articles, "warm paint"]
    verdict(
        "warm first paint (paired ratio)",
        f"{warm:.2f}x",
        warm <= FIRST_PAINT_TARGET,
        f"<= {FIRST_PAINT_TARGET}x",
    )
    rss = pairs[big.articles, "RSS warm"]
    verdict("peak RSS, warm start (paired)", f"{rss:.2f}x", rss <= RSS_TARGET, f"<= {RSS_TARGET}x")
    if len(slopes) >= 2:
        ratio = slopes[-1] / slopes[0] if slopes[0] > 0 else float("inf")
        verdict(
            "check: last/first marginal ms/MB",
            f"{ratio:.2f}x",
            ratio <= LINEAR_TOLERANCE,
            f"<= {LINEAR_TOLERANCE}x",
        )
    eager = [s.articles for s in sizes if s.articles > 1 and max(s.cold.bodies) > 0]
    verdict(
        "lazy: bodies rendered at start",
        "none" if not eager else f"at {eager}",
        not eager,
        "none (N > 1)",
    )
    if keys is not None:
        strokes = keys["keystrokes"]
        ms = [k["ms"] for k in strokes]
        search_ms = [k["search_ms"] for k in strokes]
        first = [k["ms"] for k in strokes if len(k["text"]) == 1]
        print()
        index_ms = keys["index_ms"]
        index_s = f"{index_ms / 1000:.1f} s" if index_ms is not None else "?"
        print(
            f"search keystroke to results painted, {big.articles} articles "
            f"({len(strokes)} keystrokes; index complete {index_s} after show; "
            f"driver peak RSS {keys['peak_rss_mb']:.0f} MB):"
        )
        print(
            f"  key -> painted: median {median(ms):.1f} ms, p95 {percentile(ms, 0.95):.1f} ms, "
            f"max {max(ms):.1f} ms; first letter of a query (page switch) median "
            f"{median(first):.1f} ms"
        )
        handled = [k["handled_ms"] - k["search_ms"] for k in strokes]
        after = [k["ms"] - k["handled_ms"] for k in strokes]
        print(
            f"  of which: search() median {median(search_ms):.1f} ms "
            f"(p95 {percentile(search_ms, 0.95):.1f}); the rest of the key's handling "
            f"(results page, cards) {median(handled):.1f} ms "
            f"(p95 {percentile(handled, 0.95):.1f}); then layout and paint "
            f"{median(after):.1f} ms (p95 {percentile(after, 0.95):.1f})"
        )
        by_query: dict[str, list[float]] = {}
        for stroke in strokes:
            by_query.setdefault(stroke["query"], []).append(stroke["ms"])
        print(
            "  per query (median / max ms): "
            + ", ".join(
                f"{query!r} {median(values):.0f}/{max(values):.0f}"
                for query, values in by_query.items()
            )
        )
        verdict(
            "search keystroke, median",
            f"{median(ms):.1f} ms",
            median(ms) <= KEYSTROKE_TARGET_MS,
            f"<= {KEYSTROKE_TARGET_MS:.0f} ms",
        )
    return missed


if __name__ == "__main__":
    sys.exit(main())
