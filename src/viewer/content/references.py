"""Check what an article's rendered HTML points at and what the sanitizer would drop.

`check` reads the HTML that the one Markdown pass produces (markdown_pipeline), not
the Markdown text: a link Python-Markdown does not see as a link is not checked, and
an image it does see is, whatever the spelling (`gambar/juga(1).png`, an unquoted
`<img src=...>`, a reference definition). The element is then found in the source to
name the line an author must fix.

A link to another article (`x.md#bagian`, links.article_link) can only be judged once
the whole library is loaded: the same pass reports it as a CrossRef, with its line, and
check_cross_refs judges it, with the articles' `related` lists, after the load.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from viewer.content.linked_files import MAX_IMAGE_BYTES as MAX_IMAGE_BYTES  # read here too
from viewer.content.linked_files import FileChecks, check_file, shown_address
from viewer.content.links import WEB_SCHEMES, article_link, split_address
from viewer.content.model import EMERGENCY_PLACEHOLDER, Article, Problem, SourceRef
from viewer.content.render import TERM_MARK_ATTRIBUTE
from viewer.content.sanitize import ALLOWED_ATTRIBUTES, ALLOWED_TAGS
from viewer.i18n import translate
from viewer.phone import DEFAULT_EMERGENCY_NUMBER

# Attributes that Markdown writes itself and whose loss changes nothing a reader sees.
_HARMLESS_DROPS = {("code", "class"), ("pre", "class")}
_ATX_HEADING = re.compile(r"^ {0,3}#{1,2}\s")


@dataclass(frozen=True)
class CrossRef:
    """A place where an article names another one: a link in its text, or its `related`."""

    origin: SourceRef  # the line to fix
    target_id: str
    section_id: str | None = None
    address: str | None = None  # as written in the link; None for a `related` entry


@dataclass(frozen=True)
class _Element:
    tag: str
    attrs: tuple[tuple[str, str | None], ...]

    def get(self, name: str) -> str | None:
        return next((value for key, value in self.attrs if key == name), None)


class _ElementCollector(HTMLParser):
    """Every start tag of an HTML fragment, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[_Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(_Element(tag, tuple(attrs)))


def _elements(html: str) -> list[_Element]:
    collector = _ElementCollector()
    collector.feed(html)
    collector.close()
    return collector.elements


class _LineFinder:
    """Finds the source line of the n-th element that shows a given piece of text."""

    def __init__(self, body: str, first_line: int) -> None:
        self.lines = body.split("\n")
        self.first_line = first_line
        self.after: dict[str, int] = {}  # needle -> index of the line last found

    def find_heading(self) -> int | None:
        index = next((i for i, line in enumerate(self.lines) if _ATX_HEADING.match(line)), None)
        return None if index is None else self.first_line + index

    def find(self, *needles: str) -> int:
        for needle in needles:
            if not needle:
                continue
            start = self.after.get(needle, -1) + 1
            folded = needle.casefold()
            for index in range(start, len(self.lines)):
                if folded in self.lines[index].casefold():
                    self.after[needle] = index
                    return self.first_line + index
        first_text = next((i for i, line in enumerate(self.lines) if line.strip()), 0)
        return self.first_line + first_text


def check_references(
    article: Article,
    root: Path,
    display_root: Path,
    file_checks: FileChecks | None = None,
    *,
    html: Sequence[str] | None = None,
    term_mark: str | None = None,
    cross_refs: list[CrossRef] | None = None,
) -> list[Problem]:
    """Problems with the links, images and HTML of every section of `article`.

    `html` is each section's HTML from the loader's Markdown pass (render.article_html,
    with the default emergency number), where the term links that pass added carry
    `term_mark`; without it, the pass is made here. What the checks asked the disk goes
    into `file_checks`. With `cross_refs`, every link to another article goes there for
    check_cross_refs instead of being checked here; without it (one article loaded on
    its own, which cannot know the others), such a link is checked as a file, as any.
    """
    if html is None:
        html = _markdown_pass(article)
    problems: list[Problem] = []
    section_ids = {s.id for s in article.sections}
    display = display_root / article.path.name
    for section, section_html in zip(article.sections, html, strict=True):
        # The body starts on the line after its heading; the parser keeps every line.
        lines = _LineFinder(section.body_markdown, section.origin.line + 1)
        for element in _elements(section_html):
            if term_mark is not None and element.get(TERM_MARK_ATTRIBUTE) == term_mark:
                continue  # a glossary term the pass linked, not the author's link
            ref = _cross_ref(element, lines, display) if cross_refs is not None else None
            if ref is not None and cross_refs is not None:
                cross_refs.append(ref)
            found = _element_problems(
                element, lines, section_ids, root, file_checks, target=ref is None
            )
            for line, message in found:
                problems.append(Problem(SourceRef(display, line), message))
    return problems


def _cross_ref(element: _Element, lines: _LineFinder, display: Path) -> CrossRef | None:
    """The link `element` makes to another article, if it is one (only an author's plain
    `<a href>`: attributes the sanitizer drops are not looked at, they change nothing)."""
    href = element.get("href")
    target = article_link(href) if element.tag == "a" and href else None
    if href is None or target is None:
        return None
    line = lines.find(href, "<a")
    return CrossRef(SourceRef(display, line), target[0], target[1], href)


def _markdown_pass(article: Article) -> list[str]:
    # Here, not at the top: the window reads MAX_IMAGE_BYTES (content_images) at start-up,
    # and a start from the content cache needs no Markdown.
    from viewer.content.markdown_pipeline import new_markdown, to_html

    md = new_markdown()
    return [
        to_html(md, s.body_markdown.replace(EMERGENCY_PLACEHOLDER, DEFAULT_EMERGENCY_NUMBER))
        for s in article.sections
    ]


def _element_problems(
    element: _Element,
    lines: _LineFinder,
    section_ids: set[str],
    root: Path,
    file_checks: FileChecks | None,
    *,
    target: bool = True,
) -> list[tuple[int, str]]:
    """(line, message) for each problem of `element`; its address is checked only with
    `target` (a link to another article is checked with the library)."""
    tag = element.tag
    if tag not in ALLOWED_TAGS:
        if tag in {"h1", "h2"}:
            # The body parser lifts out every `##` line outside code blocks, so a heading
            # here is either underlined text or a `##` line that a code fence swallowed.
            heading = lines.find_heading()
            if heading is not None:
                return [(heading, _heading_in_fence())]
            return [(lines.find("===", "---", f"<{tag}"), _underlined_heading())]
        message = translate(
            "Content", "tag HTML <{tag}> tidak diizinkan dan tidak akan tampil"
        ).format(tag=tag)
        return [(lines.find(f"<{tag}"), message)]
    found = []
    allowed = ALLOWED_ATTRIBUTES.get(tag, set())
    for name, _value in element.attrs:
        if name not in allowed and (tag, name) not in _HARMLESS_DROPS:
            message = translate(
                "Content", "atribut '{name}' pada <{tag}> tidak dipakai dan dibuang dari tampilan"
            ).format(name=name, tag=tag)
            found.append((lines.find(f"{name}=", f"<{tag}"), message))
    address = element.get("src" if tag == "img" else "href") if target else None
    if tag == "img" and target and not address:
        found.append((lines.find("![", "<img"), translate("Content", "gambar tanpa alamat berkas")))
    elif tag in {"img", "a"} and address:
        problem = _check_target(address, tag == "img", section_ids, root, file_checks)
        if problem:
            found.append((lines.find(address, f"<{tag}"), problem))
    return found


def _heading_in_fence() -> str:
    return translate(
        "Content",
        "judul ini tidak menjadi bagian baru karena ada sesudah blok kode (```) yang belum ditutup",
    )


def _underlined_heading() -> str:
    return translate(
        "Content",
        "baris '===' atau '---' tepat di bawah teks menjadikan teks itu judul yang tidak "
        "dipakai; tulis judul bagian dengan '## ', atau beri baris kosong di atas '---'",
    )


def _check_target(
    target: str,
    is_image: bool,
    section_ids: set[str],
    root: Path,
    file_checks: FileChecks | None,
) -> str | None:
    shown = shown_address(target)
    parts = split_address(target)
    if parts is None:
        return translate("Content", "alamat '{address}' tidak valid; periksa penulisannya").format(
            address=shown
        )
    if target.startswith("#"):
        anchor = target[1:]
        if anchor in section_ids:
            return None
        return translate("Content", "tautan ke bagian '#{section}' tidak ada").format(
            section=shown_address(anchor)
        )
    if parts.scheme in WEB_SCHEMES:
        if is_image:
            return translate(
                "Content",
                "gambar dari internet tidak diizinkan ({address}); simpan di folder konten",
            ).format(address=shown)
        return None  # shown with its address, never opened
    if parts.scheme or parts.netloc:
        return translate(
            "Content", "alamat '{address}' tidak diizinkan; hanya berkas di dalam folder konten"
        ).format(address=shown)
    problem = check_file(target, is_image, root)
    if file_checks is not None:
        file_checks[(target, is_image)] = problem
    return problem


def check_cross_refs(
    articles: Sequence[Article],
    refs: Iterable[CrossRef],
    left_out: Iterable[str] = (),
    variants: Sequence[Article] = (),
) -> list[Problem]:
    """Problems with links between articles and with `related` lists, once the whole
    library is loaded: a link or `related` entry naming an article that is not in
    `articles`, or a section its target does not have. `left_out` holds the ids of the
    article files that were read but left out for their own problems.

    Ids are shared by an article's language variants (`variants`), and so are its
    sections, one for one in the same order (variants.structure_problems): a link's
    section may be named by its id in any language of the target."""
    by_id = {a.meta.id: a for a in articles}
    sections: dict[str, set[str]] = {}
    for article in (*articles, *variants):
        sections.setdefault(article.meta.id, set()).update(s.id for s in article.sections)
    missing_files = set(left_out)
    problems = []
    for ref in refs:
        target = by_id.get(ref.target_id)
        if target is None:
            message = _missing_article(ref, sorted(by_id), ref.target_id in missing_files)
        elif ref.section_id is not None and ref.section_id not in sections[ref.target_id]:
            message = _missing_section(ref, target)
        else:
            continue
        problems.append(Problem(ref.origin, message))
    return problems


def _missing_article(ref: CrossRef, known: list[str], left_out: bool) -> str:
    name = f"{ref.target_id}.md"
    if ref.address is None:
        message = _missing_related(ref.target_id, name, left_out)
    else:
        message = _missing_link_target(shown_address(ref.address), name, left_out)
    if left_out:
        return message
    close = difflib.get_close_matches(ref.target_id, known, n=1, cutoff=0.6)
    if close:
        fixed = close[0] if ref.address is None else f"{close[0]}.md"
        #: Added after "... is not in the content folder" when a known id is close.
        return message + translate(
            "Content", "; mungkin maksudnya '{fixed}': periksa ejaannya"
        ).format(fixed=fixed)
    if ref.address is None:
        #: Added after "field 'related': article 'x' is not in the content folder".
        return message + translate(
            "Content", "; tulis id artikel lain (nama berkasnya tanpa .md), atau hapus isi itu"
        )
    #: Added after "link 'x.md' to the article x.md, which is not in the content folder".
    return message + translate(
        "Content", "; periksa nama berkasnya (tanpa nama folder, diakhiri .md)"
    )


def _missing_related(article_id: str, name: str, left_out: bool) -> str:
    """A `related` entry naming an article that is not shown (`name`: its file)."""
    if left_out:
        return translate(
            "Content",
            "kolom 'related': artikel '{id}' tidak dapat ditampilkan karena berkas {name} "
            "sendiri bermasalah; perbaiki dulu masalah di berkas itu (lihat pesannya)",
        ).format(id=article_id, name=name)
    return translate(
        "Content", "kolom 'related': artikel '{id}' tidak ada di folder konten"
    ).format(id=article_id)


def _missing_link_target(address: str, name: str, left_out: bool) -> str:
    """A link to an article that is not shown (`name`: its file)."""
    if left_out:
        return translate(
            "Content",
            "tautan '{address}' menuju artikel {name}, yang tidak dapat ditampilkan karena "
            "berkas {name} sendiri bermasalah; perbaiki dulu masalah di berkas itu (lihat "
            "pesannya)",
        ).format(address=address, name=name)
    return translate(
        "Content", "tautan '{address}' menuju artikel {name}, yang tidak ada di folder konten"
    ).format(address=address, name=name)


def _missing_section(ref: CrossRef, target: Article) -> str:
    assert ref.section_id is not None and ref.address is not None
    message = translate(
        "Content", "tautan '{address}': artikel {name} tidak punya bagian '#{section}'"
    ).format(
        address=shown_address(ref.address),
        name=f"{target.meta.id}.md",
        section=shown_address(ref.section_id),
    )
    ids = [s.id for s in target.sections]
    close = difflib.get_close_matches(ref.section_id, ids, n=1, cutoff=0.6)
    if close:
        #: Added after "link 'x': article y.md has no section '#z'" when one is close.
        return message + translate("Content", "; mungkin maksudnya '{fixed}'").format(
            fixed=f"{target.meta.id}.md#{close[0]}"
        )
    shown = ", ".join(f"#{i}" for i in ids[:8]) + (", ..." if len(ids) > 8 else "")
    #: Added after "link 'x': article y.md has no section '#z'"; {sections}: "#a, #b".
    return message + translate(
        "Content", "; id bagian dibuat dari judul bagiannya, yang ada: {sections}"
    ).format(sections=shown)
