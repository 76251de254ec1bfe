"""The viewer's own Markdown extension: glossary terms become `term:` links, and an
external link shows its address (it is never opened)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from viewer.content.links import is_external
from viewer.content.render import TERM_MARK_ATTRIBUTE, term_href
from viewer.content.terms import TermMatcher

_NO_TERMS_INSIDE = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre"}


class _TermLinker(Treeprocessor):
    """Wrap glossary terms in `term:` links, except in headings, links and code."""

    def __init__(
        self, md: markdown.Markdown, matcher: TermMatcher, used: set[str], mark: str | None
    ) -> None:
        super().__init__(md)
        self.matcher = matcher
        self.used = used
        self.mark = mark

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
            attributes = {"href": term_href(term), "class": "term"}
            if self.mark is not None:
                attributes[TERM_MARK_ATTRIBUTE] = self.mark
            link = ET.Element("a", attributes)
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


class ViewerExtension(Extension):
    """Term links (carrying `mark`, when given, for `check`) and external addresses."""

    def __init__(self, matcher: TermMatcher, used: set[str], mark: str | None = None) -> None:
        super().__init__()
        self.matcher = matcher
        self.used = used
        self.mark = mark

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown's API
        md.treeprocessors.register(_ExternalAddress(md), "external_address", 5)
        md.treeprocessors.register(_TermLinker(md, self.matcher, self.used, self.mark), "terms", 4)
