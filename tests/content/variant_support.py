"""An English variant of tests/support.py's article, for the tests of language variants."""

from __future__ import annotations

from pathlib import Path

from support import FRONT

EN_FRONT = (
    FRONT.replace('language = "id"', 'language = "en"')
    .replace('title = "Contoh {id}"', 'title = "Example {id}"')
    .replace('summary = "Ringkasan singkat."', 'summary = "A short summary."')
)
# GOOD_BODY in English: the same two sections, the same warnings in each.
EN_BODY = """
## Part one

First text with a [link](#part-two).

::: urgent
Call {nomor_darurat} now.
Source: NHS
:::

::: caution
Good to know.
Source: article
:::

## Part two

Second text.

::: warning
Talk to your doctor.
Source: FDA
:::
"""


def write_variant(
    folder: Path, body: str = EN_BODY, name: str = "contoh", language: str = "en", front=None
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.{language}.md"
    if front is None:
        front = EN_FRONT.format(id=name).replace('language = "en"', f'language = "{language}"')
    path.write_text(front + body, encoding="utf-8")
    return path
