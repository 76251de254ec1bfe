"""The risk items' style sheet, from the presentation layer's one table of level looks."""

from __future__ import annotations

from viewer.content.model import Level
from viewer.presentation.levels import style


def level_stylesheet() -> str:
    """Style rules for risk items by their `level` property.

    Set once on the application rather than per widget: a widget with its own style
    sheet stops inheriting the zoomed font from the window.
    """
    rules = [
        "#riskItem { border-radius: 6px; border: 2px solid; border-left-width: 8px; }",
        "#riskItem QLabel { background: transparent; }",
    ]
    for level in Level:
        look = style(level)
        rules.append(
            f'#riskItem[level="{level.value}"] {{ background: {look.background};'
            f" border-color: {look.border}; }}"
        )
        rules.append(f'#riskItem[level="{level.value}"] QLabel {{ color: {look.foreground}; }}')
    return "\n".join(rules)
