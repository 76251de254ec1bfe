"""Find glossary terms (and their listed forms) in running text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from viewer.content.model import Glossary, Term


def _words(text: str) -> list[str]:
    # str.split() splits on every Unicode space, the no-break space Word pastes included.
    return text.split()


def _key(text: str) -> str:
    return " ".join(_words(text)).casefold()


def _pattern(form: str) -> str:
    """A form as a pattern: its words in order, any run of spaces between them."""
    return r"\s+".join(re.escape(word) for word in _words(form))


class TermMatcher:
    """Whole-word, case-insensitive search for every form of every term, longest first."""

    def __init__(self, glossary: Glossary) -> None:
        self._by_key: dict[str, Term] = {}
        self._forms: list[tuple[re.Pattern[str], Term]] = []
        for term in glossary.terms:
            for form in term.all_forms:
                if not _words(form):
                    continue
                self._by_key.setdefault(_key(form), term)
                self._forms.append((re.compile(_pattern(form), re.IGNORECASE), term))
        self._forms.sort(key=lambda entry: len(entry[0].pattern), reverse=True)
        alternatives = "|".join(pattern.pattern for pattern, _ in self._forms)
        self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    def _term_for(self, matched: str) -> Term:
        term = self._by_key.get(_key(matched))
        if term is not None:
            return term
        # Case folding and regex case-insensitivity disagree on a few letters (Turkish
        # dotted I, for one): ask each form's own pattern, longest first.
        return next(term for pattern, term in self._forms if pattern.fullmatch(matched))

    def split(self, text: str) -> Iterator[str | tuple[Term, str]]:
        """Yield plain strings and (term, matched text) pairs, in order."""
        if not self._forms:
            yield text
            return
        position = 0
        for match in self._pattern.finditer(text):
            if match.start() > position:
                yield text[position : match.start()]
            yield self._term_for(match.group(0)), match.group(0)
            position = match.end()
        if position < len(text):
            yield text[position:]
