"""Fixtures for window tests: a real MainWindow on the bundled or a temporary content folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from support import ARTICLE, CONTENT
from viewer.clinic_settings import ClinicSettings
from viewer.content.loader import load_library
from viewer.ui.main_window import MainWindow
from viewer.ui.zoom import Zoom

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="session", autouse=True)
def styled_application(qapp):
    """Tests see the app as users do: bundled font and style sheet applied."""
    from viewer.ui.app import setup_application

    setup_application(qapp)
    return qapp


@pytest.fixture
def make_window(qtbot) -> Callable[..., MainWindow]:
    def make(
        content: Path = CONTENT,
        today: dt.date = TODAY,
        clinic: ClinicSettings | None = None,
        size: tuple[int, int] = (1280, 820),
        start: str | None = ARTICLE,
    ) -> MainWindow:
        library = load_library(content)
        window = MainWindow(library, clinic or ClinicSettings(), Zoom(), today, start=start)
        qtbot.addWidget(window)
        window.resize(*size)
        with qtbot.waitExposed(window):
            window.show()
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()
