"""Render the model to sanitized HTML fragments, once, for the window and the handout.

One Markdown pass over an article (article_html) gives its HTML and, for `check`, each
section's HTML as Markdown wrote it. The loader makes that pass while it checks an
article, and can keep the HTML on it (Article.html): render_article() then reuses it
for the same glossary and emergency number, with no Markdown at all, which is what a
start from the content cache needs (see cache.py).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from urllib.parse import quote, unquote

from viewer.content.links import is_external as is_external  # also read from here
from viewer.content.links import split_address
from viewer.content.model import (
    EMERGENCY_PLACEHOLDER,
    Article,
    ArticleHtml,
    Glossary,
    RiskItem,
    Term,
)
from viewer.content.sanitize import TERM_SCHEME, sanitize
from viewer.content.terms import TermMatcher

# Set on the term links that the pass adds (and that the sanitizer then drops), so that
# `check` tells them from links an author wrote: a value no author can guess.
TERM_MARK_ATTRIBUTE = "data-viewer-term"


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


def fill_emergency_number(text: str, emergency_number: str) -> str:
    return text.replace(EMERGENCY_PLACEHOLDER, emergency_number)


def mentions_emergency_number(article: Article) -> bool:
    """Whether any text of `article` holds the placeholder for the clinic's number."""
    texts = [article.meta.summary, *(w.text for w in article.warnings)]
    for section in article.sections:
        texts += [section.heading, section.body_markdown]
    return any(EMERGENCY_PLACEHOLDER in text for text in texts)


def render_article(article: Article, glossary: Glossary, emergency_number: str) -> RenderedArticle:
    """Markdown to sanitized HTML for every part of `article`, with glossary terms linked."""
    kept = article.html
    reusable = (
        kept is not None
        and kept.glossary == glossary
        and (kept.emergency_number == emergency_number or not mentions_emergency_number(article))
    )
    if not reusable:
        kept, _ = article_html(article, glossary, emergency_number)
    assert kept is not None
    sections = tuple(
        RenderedSection(s.id, fill_emergency_number(s.heading, emergency_number), body)
        for s, body in zip(article.sections, kept.sections, strict=True)
    )
    risks = tuple(
        # Kept as text, not recovered from the HTML: the sanitizer writes entities
        # (&nbsp; for a pasted no-break space) that an XML parser does not know.
        RenderedRisk(item, fill_emergency_number(item.text, emergency_number), body)
        for item, body in zip(article.warnings, kept.risks, strict=True)
    )
    used = set(kept.terms_used)
    terms_used = tuple(t for t in glossary.sorted() if t.key in used)
    return RenderedArticle(article, kept.summary, sections, risks, terms_used)


def article_html(
    article: Article, glossary: Glossary, emergency_number: str, term_mark: str | None = None
) -> tuple[ArticleHtml, tuple[str, ...]]:
    """One Markdown pass over `article`: its sanitized HTML, and each section's HTML as
    Markdown wrote it (what `check` reads), in which the term links this pass added carry
    TERM_MARK_ATTRIBUTE="`term_mark`" when a mark is given."""
    # Here, not at the top: a start from the content cache reuses the kept HTML and
    # never needs Markdown (~30 ms of imports).
    from viewer.content.markdown_pipeline import new_markdown, to_html
    from viewer.content.viewer_markdown import ViewerExtension

    matcher = TermMatcher(glossary)
    used: set[str] = set()
    md = new_markdown(ViewerExtension(matcher, used, term_mark))
    raw = tuple(
        to_html(md, fill_emergency_number(section.body_markdown, emergency_number))
        for section in article.sections
    )
    risks = tuple(
        sanitize(_mark_plain(fill_emergency_number(item.text, emergency_number), matcher, used))
        for item in article.warnings
    )
    summary_text = fill_emergency_number(article.meta.summary, emergency_number)
    summary = sanitize(_mark_plain(summary_text, matcher, used))
    kept = ArticleHtml(
        glossary,
        emergency_number,
        summary,
        tuple(sanitize(body) for body in raw),
        risks,
        tuple(sorted(used)),
    )
    return kept, raw


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
