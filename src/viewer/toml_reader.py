"""TOML written by hand (article front matter, kiosk.toml): parsed with tomllib, and on a
mistake one error that names the line and says, in Indonesian, what to change.

tomllib's own messages describe the parser in English ("Invalid value", "Expected newline
or end of document after a statement"); the people who fix these files are clinic staff
with a text editor. So the error is diagnosed from the offending line itself, in a fixed
order: word-processor quotes, dates in the wrong form, impossible dates, a line without
'=', text without (closed) quotes, a key written twice, and else one general sentence.
tomllib's text goes to the DEBUG log only.

Qt-free. Line numbers are those of the file: a reader of a block that starts further down
(the front matter starts on line 2) passes `first_line`.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from viewer.i18n import translate
from viewer.written_date import date_advice, read_written_date

log = logging.getLogger(__name__)

# Quotes that word processors and phones put in place of the straight " and '.
QUOTE_LOOKALIKES = "“”„‟‘’‚‛«»‹›″＂＇〝〞"
# Spaces that look like a space but are not one to TOML (pasted from a word processor).
ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
ODD_SPACES += "\u200b\u202f\u205f\u3000\ufeff"
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_FIRST_KEY_PART = re.compile(r"""^(?:([A-Za-z0-9_-]+)|"([^"\\]*)"|'([^']*)')\s*(?:\.|$)""")
_TABLE_NAME = re.compile(r"""^\s*\[+\s*["']?([A-Za-z0-9_-]+)""")
_AT_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_DATE_START = re.compile(r"^(\d{4}-\d{2}-\d{2})(?=\D)")
_LEADING_DIGITS = re.compile(r"^\d+")


def general_hint() -> str:
    """How every line of a TOML file is written, in one sentence."""
    return translate(
        "Toml",
        'bentuknya harus nama = nilai: teks di antara tanda kutip lurus ("), '
        "angka dan tanggal tanpa tanda kutip",
    )


class TomlError(ValueError):
    """A mistake in TOML text: the file line, the key on that line (if any), and what to do.

    `predicate` continues a sentence whose subject is the key ("kolom 'title' ...") or,
    without a key, "baris ini"; `message(noun)` is the whole sentence.
    """

    def __init__(self, line: int, predicate: str, key: str | None = None) -> None:
        super().__init__(f"{line}: {predicate}")
        self.line = line
        self.predicate = predicate
        self.key = key

    def message(self, noun: str) -> str:
        """The sentence, naming the key as `noun` ("kolom", "kunci") when there is one."""
        if self.key:
            #: {noun}: "field" (an article's front matter) or "key" (kiosk.toml).
            subject = translate("Toml", "{noun} '{key}'").format(noun=noun, key=self.key)
        else:
            #: The subject of the advice when the line has no key: "this line has no = sign".
            subject = translate("Toml", "baris ini")
        #: {subject} "field 'x'" or "this line"; {predicate} what is wrong and what to do.
        return translate("Toml", "{subject} {predicate}").format(
            subject=subject, predicate=self.predicate
        )


@dataclass(frozen=True)
class TomlText:
    """Parsed TOML and the source lines it came from, to point at a key later."""

    data: dict[str, Any]
    source_lines: tuple[str, ...] = field(repr=False)
    first_line: int = 1

    def line_of(self, key: str) -> int | None:
        """The file line where top-level `key` is written; None if it cannot be found."""
        return key_line(self.source_lines, key, self.first_line)


def read_toml(
    text: str,
    first_line: int = 1,
    date_keys: Collection[str] = (),
    number_keys: Collection[str] = (),
) -> TomlText:
    """Parse `text`; raise TomlError (file line, Indonesian advice) if it is not valid.

    `date_keys` and `number_keys` name the keys that hold a date or a whole number, so
    that a mistake in one is not answered with advice for text ("put it in quotes").
    """
    lines = tuple(normalize(text).split("\n"))
    try:
        # A final newline keeps tomllib from answering "at end of document" for a mistake
        # on the last line, and changes no line number.
        data = tomllib.loads("\n".join(lines) + "\n")
    except tomllib.TOMLDecodeError as exc:
        log.debug("tomllib: %s", exc)
        context = _Context(
            lines, str(exc), first_line, frozenset(date_keys), frozenset(number_keys)
        )
        raise _diagnose(context) from None
    return TomlText(data, lines, first_line)


def normalize(text: str) -> str:
    """Without a byte-order mark, with Unix newlines (a lone CR counts as a newline)."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def key_line(lines: Sequence[str], key: str, first_line: int = 1) -> int | None:
    """The file line of top-level `key` (`key = ...`, `"key" = ...`, `key.sub = ...` or a
    `[key]` table) in `lines`, which start at `first_line`; None if it is not there."""
    name = re.escape(key)
    pattern = re.compile(rf"""^[\s\ufeff]*(\[+\s*)?(["']?){name}\2\s*[=.\]]""")
    for index, line in enumerate(lines):
        if pattern.match(line):
            return index + first_line
    return None


# -- what one line looks like ------------------------------------------------------------
@dataclass
class _Shape:
    """One physical line, read far enough to say what is wrong with it."""

    text: str
    inside_string: bool = False  # the line starts inside a multi-line string
    continues: bool = False  # the line starts inside an array opened further up
    statement: int = 0  # index of the line where this line's statement starts
    key_part: str | None = None  # before the first '=' outside quotes; None: no '='
    value: str = ""  # after the '=', without a comment, stripped
    lookalikes: list[str] = field(default_factory=list)  # used as quotes, outside strings
    odd_spaces: list[str] = field(default_factory=list)
    unclosed: str | None = None  # the quote of a one-line string that is not closed
    unclosed_text: str = ""  # what follows that quote
    opens_multiline: str | None = None  # a ''' or """ that this line leaves open
    control: str | None = None  # an invisible control character anywhere on the line


def _shapes(lines: Sequence[str]) -> list[_Shape]:
    shapes: list[_Shape] = []
    open_multiline: str | None = None
    depth = statement = 0
    for index, text in enumerate(lines):
        shape = _Shape(text, open_multiline is not None, depth > 0 and open_multiline is None)
        if not shape.inside_string and depth == 0:
            statement = index
        shape.statement = statement
        shape.control = next((c for c in text if (ord(c) < 32 and c != "\t") or c == "\x7f"), None)
        pos = 0
        if open_multiline is not None:
            end = text.find(open_multiline)
            if end < 0:
                shapes.append(shape)
                continue
            pos, open_multiline = end + 3, None
        equals, comment = None, len(text)
        while pos < len(text):
            char = text[pos]
            if char == "#":
                comment = pos
                break
            if char in "\"'":
                if text.startswith(char * 3, pos):
                    end = text.find(char * 3, pos + 3)
                    if end < 0:
                        open_multiline = shape.opens_multiline = char * 3
                        break
                    pos = end + 3
                    continue
                start, pos = pos, _string_end(text, pos)
                if pos < 0:
                    shape.unclosed, shape.unclosed_text = char, text[start + 1 :]
                    break
                continue
            if char == "=" and equals is None and depth == 0 and not shape.continues:
                equals = pos
            elif char in QUOTE_LOOKALIKES and _used_as_quote(text, pos):
                shape.lookalikes.append(char)
            elif char in ODD_SPACES:
                shape.odd_spaces.append(char)
            elif char in "[{":
                depth += 1
            elif char in "]}":
                depth = max(0, depth - 1)
            pos += 1
        if equals is not None:
            shape.key_part = text[:equals].strip()
            shape.value = text[equals + 1 : comment].strip()
        shapes.append(shape)
    return shapes


def _string_end(text: str, start: int) -> int:
    """Index just after the one-line string opened at `start`; -1 if it is not closed."""
    quote, pos = text[start], start + 1
    while pos < len(text):
        if text[pos] == "\\" and quote == '"':
            pos += 2
            continue
        if text[pos] == quote:
            return pos + 1
        pos += 1
    return -1


def _used_as_quote(text: str, pos: int) -> bool:
    # An apostrophe inside a word (Jum’at) is a letter, not a quote.
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return not (before.isalnum() and after.isalnum())


def _key_of(shape: _Shape) -> str | None:
    if shape.key_part is None:
        table = _TABLE_NAME.match(shape.text) if shape.text.lstrip().startswith("[") else None
        return table.group(1) if table else None
    match = _FIRST_KEY_PART.match(shape.key_part)
    return next((g for g in match.groups() if g is not None), None) if match else None


def _parses(line: str) -> bool:
    try:
        tomllib.loads(line + "\n")
    except tomllib.TOMLDecodeError:
        return False
    return True


# -- the diagnosis ------------------------------------------------------------------------
@dataclass(frozen=True)
class _Context:
    lines: Sequence[str]
    detail: str  # tomllib's message, only to tell a duplicate or an unclosed array
    first_line: int
    date_keys: frozenset[str]
    number_keys: frozenset[str]


def _diagnose(context: _Context) -> TomlError:
    shapes = _shapes(context.lines)
    index = _error_index(shapes, context.detail)
    if context.detail.startswith("Unclosed array") or shapes[index].continues:
        index = shapes[index].statement
    shape = shapes[index]
    key = _key_of(shape)
    if shape.opens_multiline and not context.detail.startswith("Cannot"):
        quote = shape.opens_multiline
        #: This and the other advice of the TOML reader continue a sentence whose subject
        #: is the key or the line: "field 'title' opens ...", "this line opens ...".
        predicate = translate(
            "Toml",
            "membuka tanda kutip tiga ({quote}) yang tidak ditutup; tutup dengan {quote}, "
            'atau tulis teksnya dalam satu baris di antara tanda kutip lurus (")',
        ).format(quote=quote)
    else:
        predicate = _line_advice(context, shape, index, key)
    return TomlError(index + context.first_line, predicate, key)


def _error_index(shapes: Sequence[_Shape], detail: str) -> int:
    """The 0-based line tomllib stopped at, or (at the end of the text) the line that
    opened what was never closed."""
    if match := _AT_LINE.search(detail):
        return min(max(int(match.group(1)) - 1, 0), len(shapes) - 1)
    for index, shape in enumerate(shapes):
        if shape.unclosed or shape.opens_multiline:
            return index
    for index in range(len(shapes) - 1, -1, -1):
        if shapes[index].text.strip():
            return shapes[index].statement
    return 0


def _line_advice(context: _Context, shape: _Shape, index: int, key: str | None) -> str:
    """What is wrong with this line, in the order an author is most likely to have slipped."""
    #: The placeholder for a key in an example line: name = "value".
    name = key or translate("Toml", "nama")
    value = shape.value
    # Value advice shows the line rewritten with its own key: only when the key is sound.
    bad_value = key is not None and shape.key_part is not None and not _parses(f"v = {value}")
    lookalikes = list(shape.lookalikes)
    closing = shape.unclosed_text.rstrip()[-1:]
    if shape.unclosed == '"' and closing and closing in QUOTE_LOOKALIKES:
        lookalikes.append(closing)
    if lookalikes:
        shown = " ".join(dict.fromkeys(lookalikes))
        rewritten = _rewritten(context, name, value) if key else ""
        if rewritten and not rewritten.endswith('"'):  # a date or a number: no quotes at all
            return translate(
                "Toml", "memakai tanda kutip lengkung ({quotes}); hapus tanda kutipnya{rewritten}"
            ).format(quotes=shown, rewritten=rewritten)
        return translate(
            "Toml",
            'memakai tanda kutip lengkung ({quotes}); ganti dengan tanda kutip lurus (")'
            "{rewritten}",
        ).format(quotes=shown, rewritten=rewritten)
    if shape.odd_spaces:
        fixed = "".join(" " if c in ODD_SPACES else c for c in shape.text).strip()
        example = translate("Toml", "; tulis: {line}").format(line=fixed) if _parses(fixed) else ""
        return translate(
            "Toml",
            "berisi spasi khusus yang tidak terlihat (tersalin dari pengolah kata); "
            "ketik ulang spasinya dengan spasi biasa{example}",
        ).format(example=example)
    if bad_value and (advice := _date_advice(context, name, value)):
        return advice
    if shape.key_part is None and not shape.text.lstrip().startswith("["):
        return _no_equals_advice(shape.text.strip())
    if shape.key_part is not None and key is None:
        if not shape.key_part:
            return translate(
                "Toml",
                'tidak punya nama sebelum tanda =; setiap baris harus berbentuk nama = "nilai"',
            )
        return translate(
            "Toml",
            "punya nama yang tidak sah ({name}); nama sebelum tanda = hanya "
            "boleh huruf, angka, _ dan -, tanpa spasi; periksa ejaannya",
        ).format(name=shape.key_part)
    if bad_value and (advice := _value_advice(context, name, value, shape)):
        return advice
    if context.detail.startswith("Cannot") and key is not None:
        earlier = key_line(context.lines[:index], key, context.first_line)
        if earlier is not None:
            return translate(
                "Toml", "ditulis dua kali (yang pertama di baris {line}); hapus salah satunya"
            ).format(line=earlier)
    if context.detail.startswith("Unescaped '\\'"):
        inner = value[1:-1] if len(value) > 1 and value[0] == value[-1] == '"' else "'"
        example = "'...'" if "'" in inner else f"{name} = '{inner}'"
        return translate(
            "Toml",
            'memakai garis miring terbalik (\\) di antara tanda kutip lurus ("); tulis dua '
            "kali (\\\\), atau pakai tanda kutip tunggal: {example}",
        ).format(example=example)
    if shape.control is not None:
        return translate(
            "Toml",
            "berisi karakter yang tidak terlihat (kode U+{code}); hapus baris ini lalu ketik ulang",
        ).format(code=f"{ord(shape.control):04X}")
    if context.detail.startswith("Unclosed array"):
        return translate(
            "Toml",
            "berisi daftar yang belum benar; pisahkan nilainya dengan koma dan tutup dengan ], "
            'misalnya {name} = ["satu", "dua"]',
        ).format(name=name)
    return translate("Toml", "tidak sesuai aturan penulisan; {hint}").format(hint=general_hint())


def _date_advice(context: _Context, name: str, value: str) -> str | None:
    if advice := date_advice(value, name, quoted=False):
        return advice
    # 2026-11-25 (dr. Ani), 2026-11-25T: a good date with something after it.
    start = _DATE_START.match(value)
    if start and (written := read_written_date(start.group(1))) and written.date:
        return translate(
            "Toml", "harus berisi tanggal saja, tanpa tulisan lain; tulis: {name} = {date}"
        ).format(name=name, date=written.date.isoformat())
    if name in context.date_keys and value and value[0] not in "\"'[{":
        return translate(
            "Toml",
            "harus tanggal, ditulis tahun-bulan-tanggal tanpa tanda kutip, "
            "misalnya {name} = 2026-01-31",
        ).format(name=name)
    return None


def _no_equals_advice(text: str) -> str:
    rule = translate("Toml", 'setiap baris harus berbentuk nama = "nilai"')
    head, colon, rest = text.partition(":")
    if colon and _BARE_KEY.match(head.strip()):
        return translate(
            "Toml", "memakai titik dua (:), bukan tanda =; {rule}, tulis: {name} = {value}"
        ).format(rule=rule, name=head.strip(), value=rest.strip())
    head, _space, rest = text.partition(" ")
    if _BARE_KEY.match(head) and rest.strip()[:1] in ('"', "'"):
        return translate("Toml", "tidak punya tanda =; {rule}, tulis: {name} = {value}").format(
            rule=rule, name=head, value=rest.strip()
        )
    return translate("Toml", "tidak punya tanda =; {rule}").format(rule=rule)


def _value_advice(context: _Context, name: str, value: str, shape: _Shape) -> str | None:
    rule = translate("Toml", 'teks harus di antara dua tanda kutip lurus (")')
    if not value:
        if name in context.number_keys:
            return translate(
                "Toml", "belum diisi sesudah tanda =; tulis angkanya, misalnya {name} = 10"
            ).format(name=name)
        if name in context.date_keys:
            return translate(
                "Toml",
                "belum diisi sesudah tanda =; tulis tanggalnya tahun-bulan-tanggal tanpa "
                "tanda kutip, misalnya {name} = 2026-01-31",
            ).format(name=name)
        return translate(
            "Toml",
            'belum diisi sesudah tanda =; tulis nilainya: teks di antara tanda kutip lurus ("), '
            "angka dan tanggal tanpa tanda kutip",
        )
    if value.startswith("="):
        return translate("Toml", "memakai tanda = dua kali; tulis satu tanda = saja")
    if name in context.number_keys and value[0] not in "\"'[{":
        digits = _LEADING_DIGITS.match(value)
        if digits:
            example = translate("Toml", "tulis: {name} = {value}").format(
                name=name, value=digits.group(0)
            )
        else:
            example = translate("Toml", "misalnya {name} = 10").format(name=name)
        return translate(
            "Toml", "harus angka saja, tanpa tanda kutip dan tanpa tulisan lain; {example}"
        ).format(example=example)
    if shape.unclosed:
        return translate("Toml", "punya tanda kutip yang belum ditutup; {rule}{rewritten}").format(
            rule=rule, rewritten=_rewritten(context, name, value)
        )
    if value[0] not in "\"'[{" and any(c.isalpha() for c in value):
        return translate("Toml", "berisi teks tanpa tanda kutip; {rule}{rewritten}").format(
            rule=rule, rewritten=_rewritten(context, name, value)
        )
    if value[0] == '"' and value[-1] == '"' and len(value) > 2 and '"' in value[1:-1]:
        inner = value[1:-1].replace('"', "'")
        return translate(
            "Toml",
            'punya tanda kutip lurus (") di tengah teks, sehingga teksnya terputus; di dalam '
            'teks pakai tanda kutip tunggal (\'), tulis: {name} = "{value}"',
        ).format(name=name, value=inner)
    return None


def _rewritten(context: _Context, name: str, value: str) -> str:
    """`; tulis: name = ...` with the author's own value written right, when it can be."""
    inner = value.strip().strip("\"'" + QUOTE_LOOKALIKES).strip()
    if name in context.number_keys and inner.isdigit():
        return translate("Toml", "; tulis: {name} = {value}").format(name=name, value=inner)
    written = read_written_date(inner) if name in context.date_keys else None
    if written is not None and written.date is not None:
        return translate("Toml", "; tulis: {name} = {value}").format(
            name=name, value=written.date.isoformat()
        )
    if not inner or '"' in inner or "\\" in inner:
        return ""
    return translate("Toml", '; tulis: {name} = "{value}"').format(name=name, value=inner)
