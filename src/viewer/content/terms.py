"""Find glossary terms (and their listed forms) in running text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from viewer.content.model import Glossary, Term


class TermMatcher:
    """Whole-word, case-insensitive search for every form of every term, longest first."""

    def __init__(self, glossary: Glossary) -> None:
        self._by_form: dict[str, Term] = {}
        for term in glossary.terms:
            for form in term.all_forms:
                self._by_form.setdefault(form.casefold(), term)
        forms = sorted(self._by_form, key=len, reverse=True)
        alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
        self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
        self._empty = not forms

    def split(self, text: str) -> Iterator[str | tuple[Term, str]]:
        """Yield plain strings and (term, matched text) pairs, in order."""
        if self._empty:
            yield text
            return
        position = 0
        for match in self._pattern.finditer(text):
            if match.start() > position:
                yield text[position : match.start()]
            form = " ".join(match.group(0).split()).casefold()
            yield self._by_form[form], match.group(0)
            position = match.end()
        if position < len(text):
            yield text[position:]

    def terms_in(self, text: str) -> set[str]:
        """Keys of the terms that occur in `text`."""
        return {piece[0].key for piece in self.split(text) if isinstance(piece, tuple)}
