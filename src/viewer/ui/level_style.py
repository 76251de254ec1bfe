"""Style sheet rules by risk level: none any more.

The risk items are painted (risk_item.py) and take their colours, border and icon from
the presentation layer's one table of level looks (viewer.presentation.levels), as the
handout does. The rules that styled the six-widget item (`#riskItem` and its labels)
matched nothing once it was painted, and were removed rather than renamed: a rule for the
painted item would be a second copy of the level colours, which the painting ignores.
"""

from __future__ import annotations


def level_stylesheet() -> str:
    """The style rules by level that the application style sheet appends: none."""
    return ""
