"""Property tests over generated articles and glossaries: `check` never raises or stalls,
and what it accepts is exactly what the author wrote (every section, every warning)."""

from __future__ import annotations

import io
import re
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings

from article_strategies import article_bodies, article_text, front_extras, glossaries
from viewer.check import run_check
from viewer.content.glossary import parse_glossary
from viewer.content.loader import load_library
from viewer.content.model import Glossary
from viewer.content.render import render_article

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_OPENING = re.compile(r"^ {0,3}:::\s*\S")
_HEADING = re.compile(r"^##\s+\S")
_FENCE = re.compile(r"^\s*(```|~~~)")


def authored_counts(body: str) -> tuple[int, int]:
    """The sections and warnings the author wrote: `##` lines and `:::` openings."""
    sections = warnings = 0
    in_fence = False
    for line in body.replace("\u00a0", " ").split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            sections += bool(_HEADING.match(line.strip()))
            warnings += bool(_OPENING.match(line))
    return sections, warnings


def visible_text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


@FUZZ
@given(body=article_bodies(), extra=front_extras)
@example(body="\n## A\n\nTeks.\n\n::: peringatan\nJangan berhenti.\n\n## B\n\nLagi.\n", extra="")
@example(body="\n## A\n\n" + "[" * 8000 + "\n", extra="")
@example(body="\n## A\n\n" + "[x](" * 8000 + "\n", extra="")
@example(body="\n## A\n\n" + "![" * 6000 + "\n", extra="")
@example(body="\n## A\n\n" + "`[" * 4000 + "\n", extra="")
@example(body="\n## A\n\nLihat [A](a.md#a) dan [B](b.md).\n", extra="order = 1")
def test_check_never_raises_or_stalls_and_accepts_only_what_it_shows_whole(body: str, extra: str):
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "a.md").write_text(article_text(body, extra=extra), encoding="utf-8")
        started = time.perf_counter()
        status = run_check(Path(folder), Path("konten"), io.StringIO())
        assert time.perf_counter() - started < 1.0
        assert status in (0, 1)
        if status:
            return
        (article,) = load_library(Path(folder)).articles
        sections, warnings = authored_counts(body)
        assert (len(article.sections), len(article.warnings)) == (sections, warnings)
        rendered = render_article(article, Glossary(), "119")
        shown = [s.heading for s in rendered.sections]
        shown += [visible_text(s.html) for s in rendered.sections]
        shown += [r.plain_text + " " + r.item.source for r in rendered.risks]
        for text in shown:
            for syntax in (":::", "##", "+++"):
                assert syntax not in text, (syntax, text)


@FUZZ
@given(text=glossaries())
def test_the_glossary_parser_never_raises(text: str):
    started = time.perf_counter()
    glossary, problems = parse_glossary(text, Path("glossary.md"))
    assert time.perf_counter() - started < 1.0
    for term in glossary.terms:
        assert term.term.strip() and term.definition.strip()
    for problem in problems:
        assert str(problem).startswith("glossary.md:")


@FUZZ
@given(body=article_bodies(), glossary_text=glossaries(), extra=front_extras)
@example(
    body="\n## A\n\nLihat [x](term:kejang) dan kejang.\n",
    glossary_text="## kejang\nArti.\n",
    extra="",
)
@example(
    body="\n## A\n\n<a href='term:kejang' class='term'>kejang</a> kejang\n",
    glossary_text="",
    extra="",
)
def test_the_one_pass_that_keeps_the_html_checks_and_shows_exactly_the_same(
    body: str, glossary_text: str, extra: str
):
    """The window's load renders while it checks (keep_html): the same problems, the same
    articles, and the kept HTML is what a fresh render gives, for any emergency number."""
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "a.md").write_text(article_text(body, extra=extra), encoding="utf-8")
        Path(folder, "glossary.md").write_text(glossary_text, encoding="utf-8")
        plain = load_library(Path(folder))
        kept = load_library(Path(folder), keep_html=True)
        assert kept == plain
        assert [str(p) for p in kept.problems] == [str(p) for p in plain.problems]
        for article, fresh in zip(kept.articles, plain.articles, strict=True):
            assert article.html is not None and fresh.html is None
            for number in ("119", "112"):
                assert render_article(article, kept.glossary, number) == render_article(
                    fresh, plain.glossary, number
                )
