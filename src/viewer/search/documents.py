"""What of an article is indexed: one plain-text document per field and section.

Title, keywords, categories and summary belong to the article as a whole (section
None); each section gives its heading, its body and its warnings; each glossary term
the article uses gives its term and definition, placed at the first section that uses
it, so that searching for a term (or a word of its definition) finds the articles
where a reader meets it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from viewer.content.model import Article, Glossary, Term
from viewer.search.results import Field
from viewer.search.text import plain_text, words

# The longest glossary form, in words, that is looked for; forms are short ("obat bius").
_MAX_FORM_WORDS = 6


@dataclass(frozen=True)
class Document:
    """One indexed text and where it leads."""

    field: Field
    section_id: str | None
    heading: str  # the section's heading; "" for the article as a whole
    text: str  # plain text, unfolded, as snippets show it


class TermFinder:
    """Finds the glossary terms used in a text by their folded words.

    terms.TermMatcher does this with one regex of every form, which is right for a
    500-term glossary in one article on screen, but slow (thousands of alternatives
    tried at each word) for a whole library; a dictionary of word sequences makes it
    one lookup per word and form length, and folds accents as search does.
    """

    def __init__(self, glossary: Glossary) -> None:
        self._forms: dict[tuple[str, ...], Term] = {}
        for term in glossary.terms:
            for form in term.all_forms:
                key = tuple(words(form))
                if 0 < len(key) <= _MAX_FORM_WORDS:
                    self._forms.setdefault(key, term)
        self._lengths = sorted({len(key) for key in self._forms}, reverse=True)

    def find(self, text: str) -> Iterator[Term]:
        """The terms whose forms occur in `text` as whole words, in order of occurrence."""
        if not self._forms:
            return
        folded = words(text)
        for start in range(len(folded)):
            for length in self._lengths:
                term = self._forms.get(tuple(folded[start : start + length]))
                if term is not None:
                    yield term
                    break


def article_documents(article: Article, finder: TermFinder) -> list[Document]:
    """Every document of `article`, the glossary terms it uses included."""
    meta = article.meta
    documents = [Document(Field.TITLE, None, "", meta.title)]
    documents += [Document(Field.KEYWORD, None, "", k) for k in meta.keywords if k.strip()]
    documents += [Document(Field.CATEGORY, None, "", c) for c in meta.categories if c.strip()]
    summary = plain_text(meta.summary)
    documents.append(Document(Field.SUMMARY, None, "", summary))
    # Where each glossary term first occurs: the summary, then the sections in order.
    first_use: dict[str, tuple[Term, str | None, str]] = {}
    for term in finder.find(summary):
        first_use.setdefault(term.key, (term, None, ""))
    for section in article.sections:
        heading = plain_text(section.heading)
        body = plain_text(section.body_markdown)
        warnings = " ".join(plain_text(w.text) for w in section.warnings)
        documents.append(Document(Field.HEADING, section.id, heading, heading))
        if body:
            documents.append(Document(Field.BODY, section.id, heading, body))
        if warnings:
            documents.append(Document(Field.WARNING, section.id, heading, warnings))
        for text in (heading, body, warnings):
            for term in finder.find(text):
                first_use.setdefault(term.key, (term, section.id, heading))
    for term, section_id, heading in first_use.values():
        documents.append(Document(Field.GLOSSARY, section_id, heading, glossary_text(term)))
    return documents


def glossary_text(term: Term) -> str:
    """A term as indexed and shown in a snippet: "term (forms): definition"."""
    forms = f" ({', '.join(term.forms)})" if term.forms else ""
    return f"{term.term}{forms}: {plain_text(term.definition)}"
