"""Render the model to sanitized HTML fragments, once, for the window and the handout."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import quote, unquote

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from viewer.content.links import is_external, split_address
from viewer.content.markdown_pipeline import new_markdown, to_html
from viewer.content.model import EMERGENCY_PLACEHOLDER, Article, Glossary, RiskItem, Term
from viewer.content.sanitize import TERM_SCHEME, sanitize
from viewer.content.terms import TermMatcher

_NO_TERMS_INSIDE = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre"}


@dataclass(frozen=True)
class RenderedSection:
    id: str
    heading: str
    html: str


@dataclass(frozen=True)
class RenderedRisk:
    item: RiskItem
    plain_text: str  # the warning text with the emergency number filled in
    html: str  # the same, escaped, with glossary terms marked


@dataclass(frozen=True)
class RenderedArticle:
    article: Article
    summary_html: str
    sections: tuple[RenderedSection, ...]
    risks: tuple[RenderedRisk, ...]  # urgent first, as Article.warnings
    terms_used: tuple[Term, ...]  # A-Z, only those that occur in the article


def term_href(term: Term) -> str:
    return f"{TERM_SCHEME}:{quote(term.key)}"


def term_key_from_href(href: str) -> str | None:
    parts = split_address(href)
    return unquote(parts.path) if parts and parts.scheme == TERM_SCHEME else None


class _TermLinker(Treeprocessor):
    """Wrap glossary terms in `term:` links, except in headings, links and code."""

    def __init__(self, md: markdown.Markdown, matcher: TermMatcher, used: set[str]) -> None:
        super().__init__(md)
        self.matcher = matcher
        self.used = used

    def run(self, root: ET.Element) -> None:
        self._walk(root)

    def _walk(self, element: ET.Element) -> None:
        if element.tag in _NO_TERMS_INSIDE:
            return
        for child in list(element):
            self._walk(child)
            self._link_tail(element, child)
        if element.text:
            text, element.text = element.text, None
            self._insert(element, 0, text, into_text=True)

    def _link_tail(self, parent: ET.Element, child: ET.Element) -> None:
        if child.tail:
            text, child.tail = child.tail, None
            self._insert(parent, list(parent).index(child) + 1, text, into_text=False, prev=child)

    def _insert(
        self,
        parent: ET.Element,
        index: int,
        text: str,
        *,
        into_text: bool,
        prev: ET.Element | None = None,
    ) -> None:
        last: ET.Element | None = None if into_text else prev
        for piece in self.matcher.split(text):
            if isinstance(piece, str):
                if last is None:
                    parent.text = (parent.text or "") + piece
                else:
                    last.tail = (last.tail or "") + piece
                continue
            term, shown = piece
            self.used.add(term.key)
            link = ET.Element("a", {"href": term_href(term), "class": "term"})
            link.text = shown
            parent.insert(index, link)
            index += 1
            last = link


class _ExternalAddress(Treeprocessor):
    """Show the address after an external link's text: the link itself never opens."""

    def run(self, root: ET.Element) -> None:
        for link in root.iter("a"):
            href = link.get("href", "")
            text = "".join(link.itertext()).strip()
            if is_external(href) and text != href:
                link.tail = f" ({href})" + (link.tail or "")


class _ViewerExtension(Extension):
    def __init__(self, matcher: TermMatcher, used: set[str]) -> None:
        super().__init__()
        self.matcher = matcher
        self.used = used

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown's API
        md.treeprocessors.register(_ExternalAddress(md), "external_address", 5)
        md.treeprocessors.register(_TermLinker(md, self.matcher, self.used), "terms", 4)


def _mark_plain(text: str, matcher: TermMatcher, used: set[str]) -> str:
    out = []
    for piece in matcher.split(text):
        if isinstance(piece, str):
            out.append(html.escape(piece, quote=False))
        else:
            term, shown = piece
            used.add(term.key)
            out.append(f'<a href="{term_href(term)}" class="term">{html.escape(shown)}</a>')
    return "".join(out)


def fill_emergency_number(text: str, emergency_number: str) -> str:
    return text.replace(EMERGENCY_PLACEHOLDER, emergency_number)


def render_article(article: Article, glossary: Glossary, emergency_number: str) -> RenderedArticle:
    """Markdown to sanitized HTML for every part of `article`, with glossary terms linked."""
    matcher = TermMatcher(glossary)
    used: set[str] = set()
    md = new_markdown(_ViewerExtension(matcher, used))
    sections = []
    for section in article.sections:
        body = to_html(md, fill_emergency_number(section.body_markdown, emergency_number))
        heading = fill_emergency_number(section.heading, emergency_number)
        sections.append(RenderedSection(section.id, heading, sanitize(body)))
    risks = []
    for item in article.warnings:
        # Kept as text, not recovered from the HTML: the sanitizer writes entities
        # (&nbsp; for a pasted no-break space) that an XML parser does not know.
        text = fill_emergency_number(item.text, emergency_number)
        risks.append(RenderedRisk(item, text, sanitize(_mark_plain(text, matcher, used))))
    summary_text = fill_emergency_number(article.meta.summary, emergency_number)
    summary = sanitize(_mark_plain(summary_text, matcher, used))
    terms_used = tuple(t for t in glossary.sorted() if t.key in used)
    return RenderedArticle(article, summary, tuple(sections), tuple(risks), terms_used)
