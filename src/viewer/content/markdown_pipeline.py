"""The one Markdown pass: the same parser and extensions for the window, the handout and
`check`, so that what `check` reads is exactly what a reader is shown."""

from __future__ import annotations

import markdown
from markdown.extensions import Extension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension

# Instances, not names: a name makes Markdown read every installed package's entry points.
MARKDOWN_EXTENSIONS = (TableExtension, SaneListExtension, FencedCodeExtension)


def new_markdown(*extra: Extension) -> markdown.Markdown:
    """A Markdown converter with the article extensions plus `extra` (not thread-safe)."""
    return markdown.Markdown(
        extensions=[*(ext() for ext in MARKDOWN_EXTENSIONS), *extra], output_format="html"
    )


def to_html(md: markdown.Markdown, text: str) -> str:
    """Unsanitized HTML of one section body; the caller sanitizes what it shows."""
    md.reset()
    return md.convert(text)
