"""What the engine says for a piece of shown text, and which shown word each spoken word
came from (no Qt).

The rules, each as a listener needs it: the emergency number digit by digit; a glossary
term with a pronunciation as that pronunciation; any other ALL-CAPS token of 2-6 letters
letter by letter (unless it sits in a run of shouted words); a Roman numeral after which a
group or grade is named (II..XII) as its number; everything else as written.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from viewer.content.model import Glossary
from viewer.content.terms import TermMatcher

# (spoken_start, spoken_end, shown_start, shown_end): spoken word -> the shown word.
Span = tuple[int, int, int, int]

# Word lists as an author would write them (split here, so each list reads as one line).
_DIGITS = {
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan",
    "en": "zero one two three four five six seven eight nine",
}
_LETTERS = {
    "id": "a be ce de e ef ge ha i je ka el em en o pe ki er es te u ve we eks ye zet",
    "en": "ay bee see dee ee ef jee aitch eye jay kay el em en oh pee cue ar ess tee you vee "
    "double-you ex why zed",
}
_NUMBERS = {
    "id": "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua-belas",
    "en": "one two three four five six seven eight nine ten eleven twelve",
}
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
# One letter is too often a letter ("sinar X", "vitamin C"): only II and longer.
_ROMAN_READ = frozenset(r for r in _ROMAN if len(r) >= 2)

# A word: letters and digits (any script), with an inner apostrophe kept.
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_CAPS = re.compile(r"[A-Z]{2,6}")
# Three capitalised words in a row are shouting ("JANGAN MINUM ALKOHOL"), not abbreviations.
_SHOUTING_RUN = 3


def _base(language: str) -> str:
    return language.replace("_", "-").split("-")[0].casefold()


def digit_words(number: str, language: str) -> list[list[str]]:
    """The digits of `number` as words, in groups as written ("0812-3456" -> two groups)."""
    names = _DIGITS.get(_base(language), "").split()
    groups = re.findall(r"\d+", number)
    return [[names[int(d)] if names else d for d in group] for group in groups]


def letter_words(token: str, language: str) -> list[str]:
    names = _LETTERS.get(_base(language), "").split()
    return [names[ord(c) - ord("A")] if names else c for c in token]


class _Builder:
    """The spoken text as it grows, with a span for each word that stands for shown text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[Span] = []

    def text(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def word(self, word: str, shown_start: int, shown_end: int) -> None:
        start = self.length
        self.text(word)
        self.spans.append((start, self.length, shown_start, shown_end))

    def words(self, words: list[str], shown_start: int, shown_end: int, sep: str = " ") -> None:
        for n, word in enumerate(words):
            if n:
                self.text(sep)
            self.word(word, shown_start, shown_end)


def spoken(
    shown: str, glossary: Glossary, emergency_number: str, language: str, offset: int = 0
) -> tuple[str, tuple[Span, ...]]:
    """What to say for `shown`, and for each spoken word the shown word it reads.

    `offset` is added to every shown position, for a block cut out of a longer text."""
    builder = _Builder()
    _say(builder, shown, glossary, emergency_number, language, offset)
    return "".join(builder.parts), tuple(builder.spans)


def _say(
    out: _Builder, shown: str, glossary: Glossary, number: str, language: str, offset: int
) -> None:
    shouted = _shouted_words(shown)
    matcher = _pronounced_terms(glossary)
    for start, end, kind, replacement in _regions(shown, number, matcher):
        piece = shown[start:end]
        if kind == "number":
            for n, group in enumerate(digit_words(piece, language)):
                if n:
                    out.text(", ")
                out.words(group, offset + start, offset + end)
        elif kind == "term":
            out.words(replacement.split(), offset + start, offset + end)
        else:
            _say_plain(out, piece, start, shouted, language, offset)


def _say_plain(
    out: _Builder, text: str, start: int, shouted: set[int], language: str, offset: int
) -> None:
    position = 0
    for match in _WORD.finditer(text):
        out.text(text[position : match.start()])
        token, where = match.group(0), start + match.start()
        shown_start, shown_end = offset + where, offset + where + len(token)
        if token in _ROMAN_READ and _base(language) in _NUMBERS and where not in shouted:
            out.word(_NUMBERS[_base(language)].split()[_ROMAN.index(token)], shown_start, shown_end)
        elif _CAPS.fullmatch(token) and where not in shouted:
            out.words(letter_words(token, language), shown_start, shown_end)
        else:
            out.word(token, shown_start, shown_end)
        position = match.end()
    out.text(text[position:])


def _shouted_words(text: str) -> set[int]:
    """Start offsets of capitalised words that stand in a run of shouted words."""
    shouted: set[int] = set()
    run: list[int] = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        if len(word) >= 2 and word.isalpha() and word.isupper():
            run.append(match.start())
            continue
        if len(run) >= _SHOUTING_RUN:
            shouted.update(run)
        run = []
    if len(run) >= _SHOUTING_RUN:
        shouted.update(run)
    return shouted


def _pronounced_terms(glossary: Glossary) -> TermMatcher | None:
    # Only the term itself: its other forms (an expansion, say) are read as written.
    terms = tuple(
        dataclasses.replace(t, forms=()) for t in glossary.terms if t.pronunciation.strip()
    )
    return TermMatcher(Glossary(terms)) if terms else None


def _regions(
    text: str, number: str, matcher: TermMatcher | None
) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, kind, pronunciation): the emergency number, pronounced terms, plain."""
    position = 0
    for start, end in _number_places(text, number):
        yield from _term_regions(text, position, start, matcher)
        yield start, end, "number", ""
        position = end
    yield from _term_regions(text, position, len(text), matcher)


def _number_places(text: str, number: str) -> Iterator[tuple[int, int]]:
    if not number.strip() or not re.search(r"\d", number):
        return
    # The whole number only: "119" inside "21190" is another number.
    pattern = re.compile(rf"(?<!\d){re.escape(number.strip())}(?!\d)")
    for match in pattern.finditer(text):
        yield match.start(), match.end()


def _term_regions(
    text: str, start: int, end: int, matcher: TermMatcher | None
) -> Iterator[tuple[int, int, str, str]]:
    if start >= end:
        return
    if matcher is None:
        yield start, end, "plain", ""
        return
    position = start
    for piece in matcher.split(text[start:end]):
        if isinstance(piece, str):
            yield position, position + len(piece), "plain", ""
            position += len(piece)
        else:
            term, matched = piece
            yield position, position + len(matched), "term", term.pronunciation
            position += len(matched)
