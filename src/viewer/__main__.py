"""Entry point for `python -m viewer` and the `patient-viewer` script."""

from __future__ import annotations

import gc
import signal
import sys

from viewer.ctrl_c import EXIT_INTERRUPTED  # Qt-free and small: safe before anything else


def main() -> int:
    # Start-up makes objects that live as long as the app; the cyclic collector would
    # scan them again and again while the window is built. ui/app.py and kiosk/app.py
    # freeze them and turn collection back on when the event loop starts; the commands
    # (check, handout, kiosk-pin) turn it on before their work (cli).
    gc.disable()
    try:
        try:
            from viewer.cli import run
        except KeyboardInterrupt:
            # Ctrl+C before the command line has its own handler: still one calm line.
            print(_cancelled(), file=sys.stderr)
            return EXIT_INTERRUPTED
        status = run()
    finally:
        gc.enable()
    # What is left is for the exit to tear down: frozen, the collection the interpreter
    # makes on its way out does not walk every object again (a handout: ~45 -> ~10 ms).
    # Here and not in the commands, which tests run in-process.
    gc.freeze()
    # The command is over and has said so: a Ctrl+C while the interpreter shuts down
    # would only add a traceback to a finished job.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    return status


def _cancelled() -> str:
    """The Ctrl+C line cli.py prints, in the language the command would have spoken
    (language_choice: --language, the saved choice, the system's). Qt-free and quick in
    Indonesian; another language imports Qt to read its catalogue. In Indonesian when that
    cannot be done, a second Ctrl+C included: the line is always said."""
    try:
        from viewer import i18n
        from viewer.language_choice import interface_language

        i18n.set_language(interface_language(sys.argv[1:]))
        return i18n.translate("Command", "patient-viewer: dibatalkan")
    except (KeyboardInterrupt, Exception):
        return "patient-viewer: dibatalkan"


if __name__ == "__main__":
    raise SystemExit(main())
