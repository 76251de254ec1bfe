"""What read-aloud says, in what order, and where it is shown (no Qt at import).

Each Utterance is one block: a title, a heading, a paragraph, a warning, a term or its
definition. Short utterances keep the engine's word offsets small and let pause and stop
act at once. `shown` is the plain text the window shows for the utterance's target (for a
section paragraph: the whole body as the window shows it), and every span maps a spoken
word to the shown word it reads, so a word boundary at spoken offset s is highlighted at
shown[shown_start:shown_end].
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum

from viewer.content.model import (
    EMERGENCY_PLACEHOLDER,
    Article,
    ArticleMeta,
    Glossary,
    Level,
    RiskItem,
    Term,
)
from viewer.content.slug import SUMMARY_ID
from viewer.speech.spoken import Span, spoken

__all__ = [
    "Span",
    "Target",
    "Utterance",
    "article_script",
    "risks_script",
    "section_script",
    "spoken",
    "summary_script",
    "term_script",
    "title_script",
]

# The end of a sentence inside a paragraph: ".", "!" or "?", a space, then a capital
# (so "mis. obat" and "mis. 2.5 mg" do not split).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"(])")
# A shown line that names a source: not read unless asked for.
_SOURCE_LINE = re.compile(r"^\s*(?:sumber|source)\s*:", re.IGNORECASE)


class Target(Enum):
    """Where the words of an utterance are shown."""

    TITLE = "title"
    SUMMARY = "summary"
    RISK = "risk"
    SECTION = "section"
    TERM = "term"


@dataclass(frozen=True)
class Utterance:
    text: str  # what the engine says
    target: Target
    # Section id (SUMMARY_ID for the summary), risk index as str, term key; "" for TITLE.
    key: str
    shown: str  # the shown plain text whose offsets `spans` give
    spans: tuple[Span, ...]  # (spoken_start, spoken_end, shown_start, shown_end) per word
    # True for a section's heading and a term's name (shown apart from the body text).
    heading: bool = False

    def shown_range(self, spoken_start: int) -> tuple[int, int] | None:
        """The shown word for an engine word boundary at `spoken_start`: the word that
        contains it, else the next word starting there or later; None past the last."""
        for s_start, s_end, shown_start, shown_end in self.spans:
            if s_start <= spoken_start < s_end or spoken_start <= s_start:
                return shown_start, shown_end
        return None


def _blocks(text: str, include_sources: bool) -> list[tuple[int, int]]:
    """(start, end) of each sentence of each non-empty line (a paragraph or list item as
    the window shows it). One utterance a sentence: an engine that reports no word
    boundaries (speech-dispatcher) still lets the window mark the sentence being read,
    and stop or pause act within a sentence's time."""
    blocks: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if not line.strip() or (not include_sources and _SOURCE_LINE.match(line)):
            continue
        cut = start
        for boundary in _SENTENCE_END.finditer(line):
            blocks.append((cut, start + boundary.start()))
            cut = start + boundary.end()
        blocks.append((cut, end))
    return blocks


def _utterances(
    shown: str,
    target: Target,
    key: str,
    glossary: Glossary,
    emergency_number: str,
    language: str,
    *,
    heading: bool = False,
    include_sources: bool = False,
) -> list[Utterance]:
    result = []
    for start, end in _blocks(shown, include_sources):
        text, spans = spoken(shown[start:end], glossary, emergency_number, language, start)
        result.append(Utterance(text.strip(), target, key, shown, _strip(text, spans), heading))
    return result


def _strip(text: str, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """The spans of `text.strip()`: spoken offsets move by the leading blanks removed."""
    cut = len(text) - len(text.lstrip())
    return tuple((a - cut, b - cut, c, d) for a, b, c, d in spans)


def title_script(
    meta: ArticleMeta, glossary: Glossary | None = None, emergency_number: str = ""
) -> list[Utterance]:
    """The article's title."""
    glossary = glossary or Glossary()
    title = meta.title.replace(EMERGENCY_PLACEHOLDER, emergency_number)
    return _utterances(title, Target.TITLE, "", glossary, emergency_number, meta.language)


def summary_script(
    summary_shown: str, glossary: Glossary, emergency_number: str, language: str
) -> list[Utterance]:
    """The summary as shown, one utterance per paragraph."""
    return _utterances(
        summary_shown, Target.SUMMARY, SUMMARY_ID, glossary, emergency_number, language
    )


def risks_script(
    article: Article,
    emergency_number: str,
    glossary: Glossary,
    language: str,
    *,
    include_sources: bool = False,
    level_word: Callable[[Level], str] | None = None,
) -> list[Utterance]:
    """Every warning, urgent first (Article.warnings' order, so `key` is its index there),
    each said as "<level word>. <text>"; the level word has no span (it is not in the
    warning's text). `level_word` defaults to the screen's (viewer.presentation.levels),
    in `language`: the voice's, not necessarily the interface's."""
    word_for = level_word or _screen_level_word(language)
    result = []
    for index, item in enumerate(article.warnings):
        shown = item.text.replace(EMERGENCY_PLACEHOLDER, emergency_number)
        text, spans = spoken(shown, glossary, emergency_number, language)
        text, spans = text.strip(), _strip(text, spans)
        prefix = f"{_spoken_level(word_for(item.level))}. "
        said = prefix + text
        if include_sources:
            said += f" {_source_sentence(item)}"
        moved = tuple((a + len(prefix), b + len(prefix), c, d) for a, b, c, d in spans)
        result.append(Utterance(said, Target.RISK, str(index), shown, moved))
    return result


def _spoken_level(word: str) -> str:
    # The screen writes it in capitals as a label; said as a word, not spelled out.
    return word[:1].upper() + word[1:].lower()


def _screen_level_word(language: str) -> Callable[[Level], str]:
    from viewer.presentation.levels import level_word  # Qt: only when asked for

    return lambda level: level_word(level, language)


def _source_sentence(item: RiskItem) -> str:
    from viewer.presentation.wording import source_label  # Qt: only when asked for

    sentence = source_label(item).strip()
    return sentence if sentence.endswith(".") else sentence + "."


def section_script(
    section_id: str,
    heading: str,
    body_shown: str,
    glossary: Glossary,
    emergency_number: str,
    language: str,
    *,
    include_sources: bool = False,
) -> list[Utterance]:
    """The heading (heading=True, offsets in `heading`), then one utterance per paragraph
    or list item of `body_shown` (offsets in the whole `body_shown`); `Sumber:` lines are
    left out unless include_sources."""
    head = _utterances(
        heading, Target.SECTION, section_id, glossary, emergency_number, language, heading=True
    )
    body = _utterances(
        body_shown,
        Target.SECTION,
        section_id,
        glossary,
        emergency_number,
        language,
        include_sources=include_sources,
    )
    return head + body


def article_script(
    article: Article,
    summary_shown: str,
    section_bodies: Mapping[str, str],
    glossary: Glossary,
    emergency_number: str,
    *,
    include_sources: bool = False,
    level_word: Callable[[Level], str] | None = None,
) -> list[Utterance]:
    """ "Bacakan semua": title, summary, warnings (urgent first), then every section in the
    article's order. `section_bodies` maps a section id to its body as shown; a section
    missing from it is read by its heading alone."""
    language = article.meta.language
    result = title_script(article.meta, glossary, emergency_number)
    result += summary_script(summary_shown, glossary, emergency_number, language)
    result += risks_script(
        article,
        emergency_number,
        glossary,
        language,
        include_sources=include_sources,
        level_word=level_word,
    )
    for section in article.sections:
        heading = section.heading.replace(EMERGENCY_PLACEHOLDER, emergency_number)
        body = section_bodies.get(section.id, "")
        result += section_script(
            section.id,
            heading,
            body,
            glossary,
            emergency_number,
            language,
            include_sources=include_sources,
        )
    return result


def term_script(
    term: Term, language: str = "id", glossary: Glossary | None = None
) -> list[Utterance]:
    """A glossary term (heading=True; said by its pronunciation if it has one), then its
    definition (other terms in it pronounced from `glossary`), for the glossary popup's
    "Dengarkan"."""
    glossary = Glossary((*(glossary.terms if glossary else ()), term))
    name = _utterances(term.term, Target.TERM, term.key, glossary, "", language, heading=True)
    definition = _utterances(term.definition, Target.TERM, term.key, glossary, "", language)
    return name + definition
