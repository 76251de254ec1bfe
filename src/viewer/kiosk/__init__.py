"""Kiosk mode for clinic waiting rooms: locked, touch-first, reset between readers.

config, pin and pin_command import no Qt, so they run in `kiosk-pin` and in plain
unit tests; the other modules are the Qt side.
"""
