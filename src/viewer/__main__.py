"""Entry point for `python -m viewer` and the `patient-viewer` script."""

from __future__ import annotations


def main() -> int:
    from viewer.cli import run

    return run()


if __name__ == "__main__":
    raise SystemExit(main())
