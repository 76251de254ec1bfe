"""List the (context, source text) pairs of a Qt .qm catalogue, to check and refresh ours.

    .venv/bin/python tools/qt_strings.py QM [--context NAME ...] [--translations]
    .venv/bin/python tools/qt_strings.py --qt-base [--context NAME ...]
    .venv/bin/python tools/qt_strings.py --check resources/translations/qt_id.ts
    .venv/bin/python tools/qt_strings.py --update resources/translations/qt_id.ts

Without --check or --update: one tab-separated line per message, context, source text
and comment (and translations with --translations), a newline written as \\n.
`--qt-base` reads PySide6's German qtbase catalogue, the most complete list of Qt's
current source texts among those PySide6 ships (each holds only what it translates).

`--check TS` compares our catalogue with it, context by context, on (context, source)
(Qt looks a message up with its comment first, then without): what Qt has and we lack
("missing"), what we have and Qt no longer has ("not in Qt"), and our unfinished
messages; exit status 1 if there is any. Contexts in PARTIAL_CONTEXTS are checked only
for messages Qt no longer has. `--update TS` adds the missing messages, unfinished, for a
translator to fill in (pyside6-linguist, or by hand).

The .qm format (qtbase/src/corelib/kernel/qtranslator.cpp): a 16-byte magic number, then
blocks of tag (1 byte), length (4 bytes, big-endian) and data. The messages block (tag
0x69) is a run of records; each record is a run of fields, a tag byte then a 4-byte length
and the bytes: 0x03 translation (UTF-16BE; length 0xFFFFFFFF for none), 0x06 source text,
0x07 context, 0x08 comment (UTF-8), 0x05 an obsolete 4-byte field; 0x01 ends a record.
"""

from __future__ import annotations

import argparse
import struct
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
TAG_MESSAGES = 0x69
TAG_END, TAG_TRANSLATION, TAG_OBSOLETE1 = 0x01, 0x03, 0x05
TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT = 0x06, 0x07, 0x08
NO_DATA = 0xFFFFFFFF
# Contexts we translate only in part, and why: the rest of them never shows in our dialogs.
PARTIAL_CONTEXTS = {
    "QShortcut": "key names in the dialogs' shortcuts; most keys keep their printed names",
    "QGuiApplication": "only QT_LAYOUT_DIRECTION; the rest is help for Qt's own options",
}


class QmError(ValueError):
    """The file is not a .qm catalogue this reader understands."""


@dataclass(frozen=True, order=True)
class QtMessage:
    """One message: where Qt looks it up (context, source, comment) and its translations."""

    context: str
    source: str
    comment: str = ""
    translations: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def _blocks(data: bytes) -> Iterator[tuple[int, bytes]]:
    if not data.startswith(MAGIC):
        raise QmError("not a .qm file (wrong magic number)")
    pos = len(MAGIC)
    while pos < len(data):
        if pos + 5 > len(data):
            raise QmError(f"truncated block header at byte {pos}")
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        pos += 5
        yield tag, data[pos : pos + length]
        pos += length


def _field(block: bytes, pos: int) -> tuple[bytes | None, int]:
    length = struct.unpack_from(">I", block, pos)[0]
    pos += 4
    if length == NO_DATA:
        return None, pos
    if pos + length > len(block):
        raise QmError(f"a field runs past the messages block at byte {pos}")
    return block[pos : pos + length], pos + length


def read_messages(data: bytes) -> list[QtMessage]:
    """Every message record of a .qm file's contents (those without a context are skipped:
    lrelease writes the context whenever it writes the source text)."""
    messages: list[QtMessage] = []
    for tag, block in _blocks(data):
        if tag != TAG_MESSAGES:
            continue
        pos = 0
        fields: dict[int, str] = {}
        translations: list[str] = []
        while pos < len(block):
            field_tag = block[pos]
            pos += 1
            if field_tag == TAG_END:
                if TAG_CONTEXT in fields and TAG_SOURCE in fields:
                    messages.append(
                        QtMessage(
                            fields[TAG_CONTEXT],
                            fields[TAG_SOURCE],
                            fields.get(TAG_COMMENT, ""),
                            tuple(translations),
                        )
                    )
                fields, translations = {}, []
            elif field_tag == TAG_OBSOLETE1:
                pos += 4
            elif field_tag == TAG_TRANSLATION:
                raw, pos = _field(block, pos)
                if raw is not None:
                    translations.append(raw.decode("utf-16-be"))
            elif field_tag in (TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT):
                raw, pos = _field(block, pos)
                fields[field_tag] = (raw or b"").decode("utf-8")
            else:
                raise QmError(f"unknown field tag 0x{field_tag:02x} at byte {pos - 1}")
    return messages


def read_qm(path: Path) -> list[QtMessage]:
    """The messages of the .qm file at `path`, sorted by context, then source text."""
    return sorted(set(read_messages(path.read_bytes())))


def qt_base_catalogue() -> Path:
    """PySide6's German qtbase catalogue: the fullest list of qtbase's source texts."""
    import PySide6  # a dev tool: Qt's own files are found through the installed PySide6

    return Path(PySide6.__file__).parent / "Qt" / "translations" / "qtbase_de.qm"


def read_ts(path: Path) -> list[TsMessage]:
    """The messages of a Qt Linguist .ts file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            messages.append(
                TsMessage(
                    name,
                    message.findtext("source", ""),
                    message.findtext("comment", ""),
                    "" if translation is None else "".join(translation.itertext()),
                    translation is None or translation.get("type") is not None,
                )
            )
    return messages


@dataclass(frozen=True)
class TsMessage:
    """One message of a .ts file; unfinished also covers vanished and obsolete ones."""

    context: str
    source: str
    comment: str
    translation: str
    unfinished: bool


def missing_messages(qt: list[QtMessage], ours: list[TsMessage]) -> list[QtMessage]:
    """Qt's messages in our whole contexts that our catalogue lacks."""
    whole = {m.context for m in ours} - set(PARTIAL_CONTEXTS)
    have = {(m.context, m.source) for m in ours}
    found = {(m.context, m.source): m for m in qt if m.context in whole}
    return [found[key] for key in sorted(found.keys() - have)]


def compare(qt: list[QtMessage], ours: list[TsMessage]) -> list[str]:
    """Lines saying how our catalogue differs from Qt's, and what is left to translate."""
    qt_keys = {(m.context, m.source) for m in qt}
    lines = [f"missing\t{_line(m.key)}" for m in missing_messages(qt, ours)]
    lines += [
        f"not in Qt\t{_line((m.context, m.source, m.comment))}"
        for m in ours
        if (m.context, m.source) not in qt_keys
    ]
    lines += [
        f"unfinished\t{_line((m.context, m.source, m.comment))}" for m in ours if m.unfinished
    ]
    return lines


def add_missing(path: Path, messages: list[QtMessage]) -> None:
    """Add `messages` to the .ts file as unfinished, each in its context."""
    tree = ET.parse(path)
    root = tree.getroot()
    contexts = {c.findtext("name", ""): c for c in root.iter("context")}
    for message in messages:
        context = contexts[message.context]
        element = ET.SubElement(context, "message")
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        ET.SubElement(element, "translation", type="unfinished")
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def _line(fields: tuple[str, ...]) -> str:
    return "\t".join(_escape(field) for field in fields)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("qm", nargs="?", type=Path, help="a .qm file (default: --qt-base)")
    parser.add_argument("--qt-base", action="store_true", help="PySide6's qtbase catalogue")
    parser.add_argument("--context", action="append", default=[], help="only this context")
    parser.add_argument("--translations", action="store_true", help="print translations too")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--check", type=Path, metavar="TS", help="compare a .ts file with Qt's")
    what.add_argument("--update", type=Path, metavar="TS", help="add what a .ts file lacks")
    args = parser.parse_args(argv)
    if args.qm is not None and args.qt_base:
        parser.error("give a .qm file or --qt-base, not both")
    messages = read_qm(args.qm or qt_base_catalogue())
    if args.check:
        problems = compare(messages, read_ts(args.check))
        print("\n".join(problems) if problems else f"{args.check}: complete, nothing unfinished")
        return 1 if problems else 0
    if args.update:
        missing = missing_messages(messages, read_ts(args.update))
        if missing:
            add_missing(args.update, missing)
        print(f"{args.update}: {len(missing)} message(s) added, unfinished")
        return 0
    for message in messages:
        if args.context and message.context not in args.context:
            continue
        fields = (message.context, message.source, message.comment)
        if args.translations:
            fields += (" | ".join(message.translations),)
        print(_line(fields))
    return 0


if __name__ == "__main__":
    sys.exit(main())
