"""Size of the one-folder bundle: on disk and as .tar.gz, against the Linux budgets.

    .venv/bin/python benchmarks/bundle_size.py [--dist dist/patient-viewer] [--top 10]

"On disk" is what `du` counts (allocated blocks, each hard-linked file once); the
.tar.gz is written to a temporary file at gzip level 6, what `tar -czf` uses. MB are
10**6 bytes. Exit status 1 when a budget is exceeded,
2 when there is no bundle.
"""

from __future__ import annotations

import argparse
import os
import sys
import tarfile
import tempfile
from pathlib import Path

DISK_BUDGET_MB = 120.0
TARGZ_BUDGET_MB = 45.0
DEFAULT_DIST = Path(__file__).resolve().parents[1] / "dist" / "patient-viewer"
MB = 1_000_000


def disk_usage(folder: Path) -> int:
    """Bytes allocated on disk under `folder`, like `du -s --block-size=1`."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        total += info.st_blocks * 512
    return total


def targz_size(folder: Path) -> int:
    """Bytes of `folder` packed as .tar.gz (gzip level 6), symlinks kept as links."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / f"{folder.name}.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=folder.name)
        return archive.stat().st_size


def largest_files(folder: Path, count: int) -> list[tuple[int, Path]]:
    """The `count` largest regular files under `folder`, largest first."""
    sizes = [
        (path.stat().st_size, path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    ]
    return sorted(sizes, reverse=True)[:count]


def verdict(value_mb: float, budget_mb: float) -> str:
    return "OK" if value_mb <= budget_mb else "OVER BUDGET"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=DEFAULT_DIST, help="the bundle folder")
    parser.add_argument("--top", type=int, default=0, metavar="N", help="list the N largest")
    parser.add_argument("--disk-budget", type=float, default=DISK_BUDGET_MB, metavar="MB")
    parser.add_argument("--targz-budget", type=float, default=TARGZ_BUDGET_MB, metavar="MB")
    args = parser.parse_args(argv)

    folder: Path = args.dist
    if not folder.is_dir():
        print(f"bundle_size: no bundle at {folder}; build it first", file=sys.stderr)
        return 2
    disk_mb = disk_usage(folder) / MB
    targz_mb = targz_size(folder) / MB
    files = sum(1 for path in folder.rglob("*") if path.is_file())
    print(f"bundle:   {os.path.relpath(folder)} ({files} files)")
    print(
        f"on disk:  {disk_mb:6.1f} MB   budget {args.disk_budget:5.1f} MB   "
        f"{verdict(disk_mb, args.disk_budget)}"
    )
    print(
        f".tar.gz:  {targz_mb:6.1f} MB   budget {args.targz_budget:5.1f} MB   "
        f"{verdict(targz_mb, args.targz_budget)}"
    )
    for size, path in largest_files(folder, args.top):
        print(f"  {size / MB:6.2f} MB  {path}")
    over = disk_mb > args.disk_budget or targz_mb > args.targz_budget
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
