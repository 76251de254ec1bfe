"""Helpers for the tests of the commands in English: the English catalogue's messages, and
assertions that an output speaks English only.

A message's pattern turns each placeholder ({name}, %(prog)s) into a wildcard and each run
of spaces into any whitespace (argparse wraps help lines), so a source string shows up in
an output however its values were filled in.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from support import REPO

CATALOGUE = REPO / "resources" / "translations" / "viewer_en.ts"
_PLACEHOLDER = re.compile(r"\{\w*\}|%\(\w+\)s|%n")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Words of the app's Indonesian that no English line needs (the level words and articles'
# own text can appear in English output: they are syntax and the author's words).
INDONESIAN_WORDS = frozenset(
    [
        "tidak",
        "yang",
        "dengan",
        "harus",
        "tulis",
        "kolom",
        "baris",
        "berkas",
        "misalnya",
        "atau",
        "untuk",
        "ditemukan",
        "masalah",
        "catatan",
        "kesalahan",
        "bagian",
        "sebelum",
        "sesudah",
        "dibaca",
        "tampilkan",
        "keluar",
        "bawaan",
        "perintah",
        "penggunaan",
        "opsi",
    ]
)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str  # a numerus message's (`%n`): its last plural form
    forms: tuple[str, ...] = ()  # a numerus message's plural forms, singular first


def _translation(message: ET.Element) -> tuple[str, tuple[str, ...]]:
    translation = message.find("translation")
    if translation is None:
        return "", ()
    forms = tuple(form.text or "" for form in translation.iter("numerusform"))
    return (forms[-1] if forms else translation.text or ""), forms


@functools.cache
def catalogue() -> tuple[Message, ...]:
    """Every message of viewer_en.ts (translated or not)."""
    found = []
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation, forms = _translation(message)
            found.append(Message(name, message.findtext("source", ""), translation, forms))
    return tuple(found)


def message(context: str, source: str) -> Message:
    """The catalogue's message for `source` in `context` (KeyError if it is not there)."""
    for candidate in catalogue():
        if (candidate.context, candidate.source) == (context, source):
            return candidate
    raise KeyError((context, source))


def pattern(text: str) -> re.Pattern[str]:
    """`text` as a regular expression: placeholders match anything, spaces any whitespace."""
    literals = _PLACEHOLDER.split(text)
    parts = [r"\s+".join(re.escape(word) for word in re.split(r"\s+", part)) for part in literals]
    return re.compile(r"[\s\S]*?".join(parts))


def word_count(text: str) -> int:
    """The words of `text` outside its placeholders."""
    return len(_WORD.findall(_PLACEHOLDER.sub(" ", text)))


def indonesian_left(output: str, min_words: int = 3) -> list[Message]:
    """The catalogue's source strings (of `min_words` words or more, and not the same in
    English) that appear in `output`."""
    return [
        m
        for m in catalogue()
        if word_count(m.source) >= min_words
        and m.source != m.translation
        and pattern(m.source).search(output)
    ]


def assert_english(output: str, *expected: tuple[str, str]) -> None:
    """`output` holds no Indonesian source string and no common Indonesian word, and does
    hold the English translation of every (context, source) in `expected`."""
    left = indonesian_left(output)
    assert not left, f"Indonesian left: {[m.source for m in left]}\n{output}"
    words = {w.lower() for w in _WORD.findall(output)} & INDONESIAN_WORDS
    assert not words, f"Indonesian words {sorted(words)} in:\n{output}"
    for context, source in expected:
        english = message(context, source).translation
        assert english and english != source, (context, source)
        assert pattern(english).search(output), f"{english!r} not in:\n{output}"
