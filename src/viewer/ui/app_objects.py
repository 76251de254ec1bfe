"""Objects the application holds one of (the language switch, the theme switch), found
again by class and name wherever a widget needs them, without a global."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject

Owned = TypeVar("Owned", bound=QObject)


def one_per_application(kind: type[Owned], app: QCoreApplication, name: str) -> Owned:
    """`app`'s child of class `kind` named `name`, made (as `kind(app)`) on first use."""
    found = app.findChild(kind, name)
    if found is None:
        found = kind(app)
        found.setObjectName(name)
    return found
