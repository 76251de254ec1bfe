"""How fast search answers a keystroke, at 1,000 articles and a 2,000-term glossary.

    .venv/bin/python benchmarks/search_speed.py [--articles 1000] [--glossary-terms 2000]
        [--rounds 30] [--limit 20]

Generates a library (benchmarks/generate_library.py) in a temporary folder, indexes it
into a temporary cache (timed: the first build, then a restart with nothing changed),
then times SearchIndex.search for typical keystroke prefixes and misspellings and
prints, per query and over all of them, the median and the 95th percentile in ms.
The target is well under 50 ms per keystroke.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from generate_library import generate_library  # noqa: E402

from viewer.search import SearchIndex  # noqa: E402

QUERIES = (
    "c",
    "cl",
    "clo",
    "clon",
    "clonazepam",
    "klonazepam",
    "clonazepem",
    "klonasepam",
    "o",
    "obat",
    "obat t",
    "obat tidur",
    "dosis",
    "d",
    "pusing mual",
    "diazepan",
    "sertalin",
    "zzzz",
)


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--glossary-terms", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--limit", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        content, cache = Path(temporary) / "content", Path(temporary) / "cache"
        generate_library(content, args.articles, args.glossary_terms)
        index = SearchIndex(content, cache)
        start = time.perf_counter()
        counts = index.update()
        built = time.perf_counter() - start
        index.close()
        size = sum(f.stat().st_size for f in cache.iterdir()) / 1e6
        index = SearchIndex(content, cache)
        start = time.perf_counter()
        again = index.update()
        restarted = time.perf_counter() - start
        print(f"load average before: {os.getloadavg()[0]:.2f}")
        print(
            f"{args.articles} articles, {args.glossary_terms} glossary terms: first build "
            f"{built:.1f} s ({counts}), index {size:.1f} MB; restart {restarted * 1000:.0f} ms "
            f"({again})"
        )
        every: list[float] = []
        print(f"{'query':<14} {'hits':>4} {'median ms':>10} {'p95 ms':>8}")
        for query in QUERIES:
            times = []
            for _ in range(args.rounds):
                start = time.perf_counter()
                result = index.search(query, args.limit)
                times.append((time.perf_counter() - start) * 1000)
            every += times
            print(
                f"{query!r:<14} {len(result.hits):>4} {statistics.median(times):>10.2f} "
                f"{_percentile(times, 0.95):>8.2f}"
            )
        print(
            f"all keystrokes: median {statistics.median(every):.2f} ms, "
            f"95th percentile {_percentile(every, 0.95):.2f} ms, max {max(every):.2f} ms"
        )
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        index.close()


if __name__ == "__main__":
    main()
