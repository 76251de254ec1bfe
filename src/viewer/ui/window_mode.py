"""How the main window is framed and guarded: a mode object the window is given.

The window shows articles; a mode decides everything around that: the window's flags
and style sheet (set before any child exists, so nothing is polished twice), whether
the text size is kept for the next start, and what else attaches to the finished
window. The kiosk is one such mode (viewer.kiosk.mode.KioskMode): it attaches through
the window's public parts only, and the window knows nothing of kiosks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow


class WindowMode(Protocol):
    @property
    def window_flags(self) -> Qt.WindowType: ...

    @property
    def style_sheet(self) -> str:
        """The window's own style sheet: a template under resources/ in the theme's
        colours (theme.set_themed_stylesheet), or "" for none."""
        ...

    @property
    def remember_view(self) -> bool:
        """Keep the reader's text size and the window's place for the next start."""
        ...

    def attach(self, window: MainWindow) -> None:
        """Called once, when the window is complete and showing its first article."""
        ...


@dataclass(frozen=True)
class DesktopMode:
    """An ordinary window on a desktop: a frame, the reader's text size kept."""

    window_flags: Qt.WindowType = Qt.WindowType.Window
    style_sheet: str = ""
    remember_view: bool = True

    def attach(self, window: MainWindow) -> None:
        """Nothing to add: the window is complete as it is."""
