"""The body of an article: `##` sections and `::: level` warning blocks.

The body stays Markdown; only section boundaries and warning blocks are lifted out
here, line by line, so every problem carries the line an author sees in the editor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from viewer.content.frontmatter import DELIMITER
from viewer.content.model import (
    EMERGENCY_PLACEHOLDER,
    Level,
    Problem,
    RiskItem,
    Section,
    SourceRef,
    unknown_placeholders,
)
from viewer.content.slug import RESERVED_IDS, unique_slug
from viewer.i18n import translate

# A `## Heading` line (closing #s allowed): a section here, a term in the glossary.
SECTION_HEADING = re.compile(r"^##\s+(.+?)\s*#*\s*$")
_TITLE = re.compile(r"^#\s+\S")
_SUBHEADING = re.compile(r"^#{3,6}\s")  # ### to ######: shown as smaller headings
# A warning block's fence starts the line (up to three spaces, as Markdown allows).
_BLOCK_OPEN = re.compile(r"^ {0,3}:::(.*)$")
_BLOCK_CLOSE = ":::"
_SOURCE = re.compile(r"^(?:sumber|source)\s*:\s*(.*)$", re.IGNORECASE)
_FENCE = re.compile(r"^(```|~~~)")
# Limits far above any leaflet (the clonazepam article: 10 sections, 23 warnings, lines
# under 700 characters), below which the window, the handout and `check` stay fast.
MAX_SECTIONS = 60
MAX_WARNINGS = 60
MAX_LINE_CHARS = 5000
MAX_PARAGRAPH_BRACKETS = 60
MAX_ARTICLE_BRACKETS = 600
# Markdown a warning cannot show: its text is plain (emphasis, links, lists, code, HTML).
_WARNING_MARKUP = re.compile(r"\*\*|__|`|!?\[[^\]]*\]\(|<[A-Za-z/][^>]*>|^(?:[-*+]|\d+[.)])\s|^#")


def _markup_in(text: str) -> str | None:
    match = _WARNING_MARKUP.search(text)
    return match.group(0).strip() if match else None


@dataclass
class _OpenSection:
    heading: str
    line: int
    body: list[str] = field(default_factory=list)
    warnings: list[RiskItem] = field(default_factory=list)


@dataclass
class _OpenBlock:
    level: Level | None
    line: int
    text: list[str] = field(default_factory=list)
    source: str | None = None


@dataclass
class ParsedBody:
    sections: tuple[Section, ...]
    problems: tuple[Problem, ...]
    within_limits: bool  # False: too big to render quickly (the problems say why)


class _BodyParser:
    def __init__(self, path: Path, first_line: int) -> None:
        self.path = path
        self.first_line = first_line
        self.sections: list[_OpenSection] = []
        self.block: _OpenBlock | None = None
        self.fence_line: int | None = None  # the line of an open ``` code block
        self.paragraph_line = first_line
        self.paragraph_brackets = 0
        self.brackets = 0
        self.within_limits = True
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(SourceRef(self.path, line), message))

    def feed(self, number: int, text: str) -> None:
        # A no-break space pasted from a word processor looks like a space to the author:
        # it counts as one in the syntax, and stays as written in the text.
        line = text.replace("\u00a0", " ")
        stripped = line.strip()
        self._check_limits(number, line, stripped)
        self._check_stray_syntax(number, line, stripped)
        if self.fence_line is None:
            for token in unknown_placeholders(line):
                self.problem(
                    number,
                    translate(
                        "Content",
                        "penanda '{token}' tidak dikenal; untuk nomor darurat tulis {placeholder}",
                    ).format(token=token, placeholder=EMERGENCY_PLACEHOLDER),
                )
        if self.block is not None and self._feed_block(number, line, stripped):
            self._keep_line_numbers()
            return
        if _FENCE.match(stripped):
            self.fence_line = number if self.fence_line is None else None
        elif ":::" in line and (self.fence_line is not None or not _BLOCK_OPEN.match(line)):
            # Quoted, indented as code, or inside a code block: it would be shown as
            # text and silently missing from the risk panel.
            self.problem(
                number,
                translate(
                    "Content",
                    "':::' tidak di awal baris (atau ada di dalam blok kode), jadi peringatan ini "
                    "tidak akan muncul di panel; tulis ':::' di awal baris tanpa '>' atau spasi",
                ),
            )
        elif self.fence_line is None:
            if match := SECTION_HEADING.match(stripped):
                if len(self.sections) == MAX_SECTIONS:
                    self.within_limits = False
                    self.problem(
                        number,
                        translate(
                            "Content",
                            "artikel terlalu panjang: lebih dari {limit} bagian; "
                            "pecah menjadi beberapa artikel",
                        ).format(limit=MAX_SECTIONS),
                    )
                self.sections.append(_OpenSection(match.group(1), number))
                return
            if _TITLE.match(stripped):
                self.problem(
                    number,
                    translate(
                        "Content",
                        "judul dengan satu '#' tidak dipakai; judul bagian ditulis dengan '## '",
                    ),
                )
                return
            if match := _BLOCK_OPEN.match(line):
                self._open_block(number, match.group(1).strip())
                self._keep_line_numbers()
                return
        if not self.sections:
            if stripped:
                self.problem(
                    number,
                    translate(
                        "Content", "teks sebelum bagian pertama; mulai bagian dengan '## Judul'"
                    ),
                )
            return
        self.sections[-1].body.append(text)

    def _check_stray_syntax(self, number: int, line: str, stripped: str) -> None:
        """`##` or `+++` that would reach the reader as text: a heading or a front-matter
        line that lost its place (two lines joined, a heading not at the line start)."""
        if self.fence_line is None and _BLOCK_OPEN.match(line):
            return  # a block's own syntax line (its level word is checked when it opens)
        if heading := SECTION_HEADING.match(stripped):
            shown = heading.group(1)
        elif self.block is not None and (source := _SOURCE.match(stripped)):
            shown = source.group(1)
        else:
            shown = _SUBHEADING.sub("", stripped)
        if self.block is not None and ":::" in shown and stripped != _BLOCK_CLOSE:
            self.problem(
                number,
                translate(
                    "Content",
                    "':::' di tengah teks peringatan akan tampil apa adanya; baris penutup ':::' "
                    "ditulis tersendiri",
                ),
            )
        if "##" in shown:
            self.problem(
                number,
                translate(
                    "Content",
                    "'##' di tengah teks akan tampil apa adanya; judul bagian ditulis di awal "
                    "baris tersendiri, misalnya '## Efek samping'",
                ),
            )
        if DELIMITER in shown:
            self.problem(
                number,
                translate(
                    "Content",
                    "'{delimiter}' hanya untuk membuka dan menutup data awal di atas artikel; "
                    "hapus dari teks ini",
                ).format(delimiter=DELIMITER),
            )

    def _check_limits(self, number: int, line: str, stripped: str) -> None:
        """Report text far beyond any leaflet, which would make the window crawl."""
        if len(line) > MAX_LINE_CHARS:
            self.within_limits = False
            self.problem(
                number,
                translate(
                    "Content",
                    "baris terlalu panjang ({length} karakter; batas {limit}); "
                    "pecah menjadi beberapa paragraf",
                ).format(length=len(line), limit=MAX_LINE_CHARS),
            )
        if not stripped or SECTION_HEADING.match(stripped):
            self.paragraph_line, self.paragraph_brackets = number, 0
        brackets = line.count("[")
        if not brackets:
            return
        # Python-Markdown's link patterns take time quadratic in the '[' of a paragraph.
        self.paragraph_brackets += brackets
        self.brackets += brackets
        if self.paragraph_brackets > MAX_PARAGRAPH_BRACKETS >= self.paragraph_brackets - brackets:
            self.within_limits = False
            self.problem(
                self.paragraph_line + (1 if self.paragraph_line < number else 0),
                translate(
                    "Content",
                    "paragraf dengan terlalu banyak '[' (batas {limit}); "
                    "periksa tautan dan gambar di paragraf ini",
                ).format(limit=MAX_PARAGRAPH_BRACKETS),
            )
        if self.brackets > MAX_ARTICLE_BRACKETS >= self.brackets - brackets:
            self.within_limits = False
            self.problem(
                number,
                translate(
                    "Content",
                    "artikel dengan terlalu banyak '[' (lebih dari {limit}); "
                    "periksa tautan dan gambar",
                ).format(limit=MAX_ARTICLE_BRACKETS),
            )

    def _keep_line_numbers(self) -> None:
        # A warning block leaves a blank line in the body, so that line N of the body
        # is still line N after the heading: link checks report the line the author sees.
        if self.sections:
            self.sections[-1].body.append("")

    def _open_block(self, number: int, word: str) -> None:
        if not word:
            self.problem(
                number,
                translate(
                    "Content",
                    "baris ':::' penutup tanpa blok peringatan yang dibuka; hapus baris ini atau "
                    "tulis tingkatnya di baris pembuka (misalnya '::: peringatan')",
                ),
            )
            return
        level = Level.parse(word)
        if level is None:
            names = ", ".join(level.value for level in Level)
            self.problem(
                number,
                translate(
                    "Content",
                    "tingkat peringatan '{word}' tidak dikenal (pilih salah satu: {names})",
                ).format(word=word, names=names),
            )
        if not self.sections:
            self.problem(
                number,
                translate(
                    "Content", "peringatan sebelum bagian pertama; taruh di dalam sebuah bagian"
                ),
            )
        self.block = _OpenBlock(level, number)

    def _feed_block(self, number: int, line: str, stripped: str) -> bool:
        """Take a line inside a warning block; False when the line ends the block unclosed."""
        block = self.block
        assert block is not None
        if stripped == _BLOCK_CLOSE:
            self._close_block()
            return True
        heading = SECTION_HEADING.match(stripped)
        opening = _BLOCK_OPEN.match(line)
        if heading or opening:
            # Everything after the missing ':::' would otherwise become warning text and
            # the next section or warning would vanish: report it where the block opens.
            if heading:
                #: Completes "(before {what} on line N)"; {line} is the heading as written.
                what = translate("Content", "judul '{line}'").format(line=stripped)
            else:
                #: Completes "(before {what} on line N)"; {line} is the block's first line.
                what = translate("Content", "blok '{line}'").format(line=stripped)
            #: Completes "the warning block opened on line N is not closed ({where})".
            self._unclosed(
                translate("Content", "sebelum {what} di baris {number}").format(
                    what=what, number=number
                )
            )
            return False
        if match := _SOURCE.match(stripped):
            if block.source is not None:
                self.problem(
                    number,
                    translate(
                        "Content",
                        "baris 'Sumber:' kedua di blok peringatan yang dibuka di baris {line}; "
                        "gabungkan sumbernya dalam satu baris, dipisah titik koma",
                    ).format(line=block.line),
                )
            block.source = match.group(1).strip()
        elif stripped:
            if block.source is not None:
                self.problem(
                    number,
                    translate(
                        "Content", "teks peringatan sesudah baris 'Sumber:'; pindahkan ke atasnya"
                    ),
                )
            elif markup := _markup_in(stripped):
                self.problem(
                    number,
                    translate(
                        "Content",
                        "tanda Markdown '{markup}' di dalam peringatan akan tampil apa adanya; "
                        "tulis peringatan sebagai kalimat biasa",
                    ).format(markup=markup),
                )
            block.text.append(stripped)
        return True

    def _unclosed(self, where: str) -> None:
        block = self.block
        assert block is not None
        self.block = None
        self.problem(
            block.line,
            translate(
                "Content",
                "blok peringatan yang dibuka di baris {line} belum ditutup dengan ':::' "
                "({where}); tambahkan baris ':::' sesudah baris 'Sumber:'",
            ).format(line=block.line, where=where),
        )
        self._check_block(block)

    def _check_block(self, block: _OpenBlock) -> bool:
        """Report a block without text or source; True when it can become a risk item."""
        if not block.text:
            self.problem(block.line, translate("Content", "peringatan tanpa teks"))
        if block.source == "":
            self.problem(
                block.line,
                translate("Content", "baris 'Sumber:' kosong; tulis sumbernya (atau 'artikel')"),
            )
        elif block.source is None:
            self.problem(
                block.line,
                translate(
                    "Content", "peringatan tanpa baris 'Sumber: ...' (tulis 'Sumber: artikel')"
                ),
            )
        return bool(block.level and block.text and block.source and self.sections)

    def _close_block(self) -> None:
        block = self.block
        assert block is not None
        self.block = None
        if not self._check_block(block):
            return
        section = self.sections[-1]
        if sum(len(s.warnings) for s in self.sections) == MAX_WARNINGS:
            self.problem(
                block.line,
                translate(
                    "Content",
                    "terlalu banyak peringatan: lebih dari {limit} dalam satu artikel; "
                    "pecah menjadi beberapa artikel",
                ).format(limit=MAX_WARNINGS),
            )
        section.warnings.append(
            RiskItem(
                level=block.level,
                text=" ".join(block.text),
                source=block.source,
                section_id="",  # filled in when the section gets its id
                origin=SourceRef(self.path, block.line),
            )
        )

    def finish(self) -> ParsedBody:
        if self.block is not None:
            #: Completes "the warning block opened on line N is not closed ({where})".
            self._unclosed(translate("Content", "sampai akhir berkas"))
        if self.fence_line is not None:
            self.problem(
                self.fence_line,
                translate(
                    "Content",
                    "blok kode yang dibuka di baris {line} dengan ``` belum ditutup; "
                    "semua teks sesudahnya akan tampil sebagai kode",
                ).format(line=self.fence_line),
            )
        if not self.sections:
            self.problem(
                self.first_line,
                translate(
                    "Content", "artikel tidak punya bagian; tambahkan setidaknya satu '## Judul'"
                ),
            )
        taken: set[str] = set(RESERVED_IDS)
        sections = []
        for open_section in self.sections:
            section_id = unique_slug(open_section.heading, taken)
            body = "\n".join(open_section.body)
            if not body.strip() and not open_section.warnings:
                self.problem(
                    open_section.line,
                    translate("Content", "bagian '{heading}' kosong").format(
                        heading=open_section.heading
                    ),
                )
            warnings = tuple(
                RiskItem(w.level, w.text, w.source, section_id, w.origin)
                for w in open_section.warnings
            )
            sections.append(
                Section(
                    id=section_id,
                    heading=open_section.heading,
                    body_markdown=body,
                    warnings=warnings,
                    origin=SourceRef(self.path, open_section.line),
                )
            )
        return ParsedBody(tuple(sections), tuple(self.problems), self.within_limits)


def parse_body(body: str, path: Path, first_line: int) -> ParsedBody:
    """Split an article body into sections; `first_line` is the body's line in the file."""
    parser = _BodyParser(path, first_line)
    for offset, line in enumerate(body.split("\n")):
        parser.feed(first_line + offset, line)
    return parser.finish()
