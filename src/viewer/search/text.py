"""Plain text for the index: folding, words, a cheap Markdown strip, marking matches.

The index stores text folded here (casefold, diacritics removed) and the query is
folded by the same function, so "Klonazepám" and "klonazepam" are one word to both.
FTS5's unicode61 tokenizer then only splits words; its own folding has nothing left to do.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from viewer.content.model import EMERGENCY_PLACEHOLDER
from viewer.search.results import SnippetPart

# A word is a run of letters and digits, as unicode61 sees one (no underscore: it is
# punctuation to FTS5, so "a_b" is two words there and must be two here).
WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Case- and accent-insensitive form: casefold, then drop combining marks (é -> e)."""
    if text.isascii():  # most of an Indonesian library: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


def words(text: str) -> list[str]:
    """The folded words of `text`, in order."""
    return WORD.findall(fold(text))


def word_spans(text: str) -> Iterator[re.Match[str]]:
    """The words of unfolded `text` with their positions, for marking it in place."""
    return WORD.finditer(text)


# Markdown syntax a reader never sees, stripped at index time (no second Markdown
# render: the window's own pass is not Qt-free and is far too slow to run per article
# here). Good enough for search text; exactness matters only for snippets.
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REFERENCE_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:https?|mailto|tel):[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_LINE_MARKER = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+)", re.MULTILINE)
_RULE_OR_TABLE_LINE = re.compile(r"^\s*\|?\s*:?-{3,}.*$", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3}|~~|`+)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_PIPE = re.compile(r"\s*\|\s*")


def plain_text(markdown: str) -> str:
    """`markdown` as one line of plain text: link texts kept, syntax gone. The emergency
    placeholder stays, spaced, for the window to fill in the clinic's number: a snippet
    that read "segera telepon ." would drop the one thing a reader must do."""
    # Held as one private-use character while the syntax goes (its "_" is emphasis).
    text = markdown.replace(EMERGENCY_PLACEHOLDER, " \ue000 ")
    text = _REFERENCE_DEFINITION.sub(" ", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    text = _RULE_OR_TABLE_LINE.sub(" ", text)
    text = _LINE_MARKER.sub("", text)
    text = _EMPHASIS.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    text = _PIPE.sub(" ", text)
    return " ".join(text.split()).replace("\ue000", EMERGENCY_PLACEHOLDER)


def is_match(word: str, terms: Iterable[str]) -> bool:
    """Whether an (unfolded) word matches one of the folded `terms`, as a prefix."""
    folded = fold(word)
    return any(folded.startswith(term) for term in terms)


def mark(text: str, terms: Iterable[str]) -> tuple[SnippetPart, ...]:
    """`text` split into parts, the words that match `terms` marked (adjacent parts of
    the same kind merged). The UI can use it to highlight a result inside an article."""
    terms = tuple(t for t in terms if t)
    parts: list[SnippetPart] = []

    def add(piece: str, marked: bool) -> None:
        if not piece:
            return
        if parts and parts[-1].marked == marked:
            parts[-1] = SnippetPart(parts[-1].text + piece, marked)
        else:
            parts.append(SnippetPart(piece, marked))

    position = 0
    for match in word_spans(text):
        if is_match(match.group(0), terms):
            add(text[position : match.start()], False)
            add(match.group(0), True)
            position = match.end()
    add(text[position:], False)
    return tuple(parts)
