"""The body of an article: `##` sections and `::: level` warning blocks.

The body stays Markdown; only section boundaries and warning blocks are lifted out
here, line by line, so every problem carries the line an author sees in the editor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

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

# A `## Heading` line (closing #s allowed): a section here, a term in the glossary.
SECTION_HEADING = re.compile(r"^##\s+(.+?)\s*#*\s*$")
_TITLE = re.compile(r"^#\s+\S")
# A warning block's fence starts the line (up to three spaces, as Markdown allows).
_BLOCK_OPEN = re.compile(r"^ {0,3}:::(.*)$")
_BLOCK_CLOSE = ":::"
_SOURCE = re.compile(r"^(?:sumber|source)\s*:\s*(.*)$", re.IGNORECASE)
_FENCE = re.compile(r"^(```|~~~)")


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


class _BodyParser:
    def __init__(self, path: Path, first_line: int) -> None:
        self.path = path
        self.first_line = first_line
        self.sections: list[_OpenSection] = []
        self.block: _OpenBlock | None = None
        self.in_fence = False
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(SourceRef(self.path, line), message))

    def feed(self, number: int, line: str) -> None:
        stripped = line.strip()
        if not self.in_fence:
            for token in unknown_placeholders(line):
                self.problem(
                    number,
                    f"penanda '{token}' tidak dikenal; untuk nomor darurat tulis "
                    f"{EMERGENCY_PLACEHOLDER}",
                )
        if self.block is not None:
            self._feed_block(number, stripped)
            self._keep_line_numbers()
            return
        if _FENCE.match(stripped):
            self.in_fence = not self.in_fence
        elif ":::" in line and (self.in_fence or not _BLOCK_OPEN.match(line)):
            # Quoted, indented as code, or inside a code block: it would be shown as
            # text and silently missing from the risk panel.
            self.problem(
                number,
                "':::' tidak di awal baris (atau ada di dalam blok kode), jadi peringatan ini "
                "tidak akan muncul di panel; tulis ':::' di awal baris tanpa '>' atau spasi",
            )
        elif not self.in_fence:
            if match := SECTION_HEADING.match(stripped):
                self.sections.append(_OpenSection(match.group(1), number))
                return
            if _TITLE.match(stripped):
                self.problem(
                    number, "judul dengan satu '#' tidak dipakai; judul bagian ditulis dengan '## '"
                )
                return
            if match := _BLOCK_OPEN.match(line):
                self._open_block(number, match.group(1).strip())
                self._keep_line_numbers()
                return
        if not self.sections:
            if stripped:
                self.problem(number, "teks sebelum bagian pertama; mulai bagian dengan '## Judul'")
            return
        self.sections[-1].body.append(line)

    def _keep_line_numbers(self) -> None:
        # A warning block leaves a blank line in the body, so that line N of the body
        # is still line N after the heading: link checks report the line the author sees.
        if self.sections:
            self.sections[-1].body.append("")

    def _open_block(self, number: int, word: str) -> None:
        level = Level.parse(word)
        if level is None:
            names = ", ".join(level.value for level in Level)
            self.problem(
                number, f"tingkat peringatan '{word}' tidak dikenal (pilih salah satu: {names})"
            )
        if not self.sections:
            self.problem(number, "peringatan sebelum bagian pertama; taruh di dalam sebuah bagian")
        self.block = _OpenBlock(level, number)

    def _feed_block(self, number: int, stripped: str) -> None:
        block = self.block
        assert block is not None
        if stripped == _BLOCK_CLOSE:
            self._close_block(number)
        elif match := _SOURCE.match(stripped):
            block.source = match.group(1).strip()
        elif stripped:
            if block.source is not None:
                self.problem(
                    number, "teks peringatan sesudah baris 'Sumber:'; pindahkan ke atasnya"
                )
            block.text.append(stripped)

    def _close_block(self, number: int) -> None:
        block = self.block
        assert block is not None
        self.block = None
        if not block.text:
            self.problem(block.line, "peringatan tanpa teks")
        if not block.source:
            self.problem(
                block.line, "peringatan tanpa baris 'Sumber: ...' (tulis 'Sumber: artikel')"
            )
        if block.level is None or not block.text or not block.source or not self.sections:
            return
        section = self.sections[-1]
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
            self.problem(self.block.line, "peringatan tidak ditutup dengan baris ':::'")
        if not self.sections:
            self.problem(
                self.first_line, "artikel tidak punya bagian; tambahkan setidaknya satu '## Judul'"
            )
        taken: set[str] = set(RESERVED_IDS)
        sections = []
        for open_section in self.sections:
            section_id = unique_slug(open_section.heading, taken)
            body = "\n".join(open_section.body)
            if not body.strip() and not open_section.warnings:
                self.problem(open_section.line, f"bagian '{open_section.heading}' kosong")
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
        return ParsedBody(tuple(sections), tuple(self.problems))


def parse_body(body: str, path: Path, first_line: int) -> ParsedBody:
    """Split an article body into sections; `first_line` is the body's line in the file."""
    parser = _BodyParser(path, first_line)
    for offset, line in enumerate(body.split("\n")):
        parser.feed(first_line + offset, line)
    return parser.finish()
