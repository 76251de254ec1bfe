"""The one Markdown pass: the same parser and extensions for the window, the handout and
`check`, so that what `check` reads is exactly what a reader is shown."""

from __future__ import annotations

import sys

import markdown
from markdown.extensions import Extension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension


def _fenced_code_extension() -> type[Extension]:
    """Python-Markdown's fenced code blocks, without Pygments.

    fenced_code imports codehilite, which imports Pygments (~10 ms) to colour code when
    codehilite is among the extensions. It never is: the viewer shows code as typed, and
    the frozen app leaves Pygments out (build.spec). Here it is kept from loading the
    same way: with the name mapped to None, codehilite's import of it fails and it runs
    without it. Nothing else in the app imports Pygments.
    """
    if "markdown.extensions.fenced_code" in sys.modules or "pygments" in sys.modules:
        from markdown.extensions.fenced_code import FencedCodeExtension
    else:
        sys.modules["pygments"] = None  # type: ignore[assignment]
        try:
            from markdown.extensions.fenced_code import FencedCodeExtension
        finally:
            del sys.modules["pygments"]
    return FencedCodeExtension


# Instances, not names: a name makes Markdown read every installed package's entry points.
MARKDOWN_EXTENSIONS = (TableExtension, SaneListExtension, _fenced_code_extension())


def new_markdown(*extra: Extension) -> markdown.Markdown:
    """A Markdown converter with the article extensions plus `extra` (not thread-safe)."""
    return markdown.Markdown(
        extensions=[*(ext() for ext in MARKDOWN_EXTENSIONS), *extra], output_format="html"
    )


def to_html(md: markdown.Markdown, text: str) -> str:
    """Unsanitized HTML of one section body; the caller sanitizes what it shows."""
    md.reset()
    return md.convert(text)
