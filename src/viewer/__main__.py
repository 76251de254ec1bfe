"""Entry point for `python -m viewer` and the `patient-viewer` script."""

from __future__ import annotations

import gc


def main() -> int:
    # Start-up makes objects that live as long as the app; the cyclic collector would
    # scan them again and again while the window is built. ui/app.py freezes them and
    # turns collection back on when the event loop starts.
    gc.disable()
    try:
        from viewer.cli import run

        return run()
    finally:
        gc.enable()


if __name__ == "__main__":
    raise SystemExit(main())
