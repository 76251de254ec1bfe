"""argparse in Indonesian: the help's headings, the -h line and the errors users hit.

argparse words these in English through the process-wide gettext; rather than install a
catalogue there, IndonesianArgumentParser sets its own headings and -h line, and
rewords an error on its way out (error() is where every parsing error passes). Option
names and parsing are argparse's, unchanged. Subcommands' parsers are made of the same
class (argparse makes them of the parent's type). Imports no Qt.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

USAGE_PREFIX = "Penggunaan: "
POSITIONALS_TITLE = "argumen posisi"
OPTIONALS_TITLE = "opsi"
HELP_LINE = "tampilkan bantuan ini lalu keluar"
ERROR_LINE = "{prog}: kesalahan: {message}\n"

# argparse's English error messages (Python 3.11-3.13), each with ours. {name} stands for
# a value argparse fills in; a {message} is itself one of these messages, reworded too.
MESSAGES: tuple[tuple[str, str], ...] = (
    ("argument {argument}: {message}", "{argument}: {message}"),
    ("unrecognized arguments: {arguments}", "opsi atau argumen tidak dikenal: {arguments}"),
    (
        "the following arguments are required: {arguments}",
        "wajib diisi: {arguments}",
    ),
    ("one of the arguments {arguments} is required", "isi salah satu dari: {arguments}"),
    ("expected one argument", "perlu diikuti satu nilai"),
    ("expected at most one argument", "boleh diikuti paling banyak satu nilai"),
    ("expected at least one argument", "perlu diikuti paling sedikit satu nilai"),
    ("expected {count} argument", "perlu diikuti {count} nilai"),
    ("expected {count} arguments", "perlu diikuti {count} nilai"),
    (
        "invalid choice: {value} (choose from {choices})",
        "pilihan tidak dikenal: {value} (pilih salah satu: {choices})",
    ),
    ("invalid {type} value: {value}", "nilai tidak sah: {value}"),
    (
        "ambiguous option: {option} could match {matches}",
        "opsi {option} kurang lengkap, bisa berarti: {matches}",
    ),
    ("not allowed with argument {other}", "tidak boleh dipakai bersama {other}"),
    ("ignored explicit argument {value}", "opsi ini tidak menerima nilai {value}"),
)


def _pattern(english: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", english)
    regex = "".join(
        re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
    )
    return re.compile(f"{regex}$", re.DOTALL)


_PATTERNS = tuple((_pattern(english), ours) for english, ours in MESSAGES)


def reword(message: str) -> str:
    """argparse's English error message in Indonesian (unchanged if it is not one we know:
    the heading around it is still Indonesian)."""
    for pattern, ours in _PATTERNS:
        found = pattern.match(message)
        if found:
            values = found.groupdict()
            if "message" in values:
                values["message"] = reword(values["message"])
            return ours.format(**values)
    return message


class IndonesianHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with "Penggunaan:" in front of the usage line."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)


class IndonesianArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are in Indonesian; exits 2 on an error."""

    def __init__(self, *args: Any, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", IndonesianHelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        # argparse names these two groups when it makes them; they are the default ones.
        self._positionals.title = POSITIONALS_TITLE
        self._optionals.title = OPTIONALS_TITLE
        if add_help:
            prefix = self.prefix_chars[0]
            self.add_argument(
                prefix + "h",
                prefix * 2 + "help",
                action="help",
                default=argparse.SUPPRESS,
                help=HELP_LINE,
            )

    def error(self, message: str) -> NoReturn:
        """Usage, then one Indonesian line on stderr; exit status 2, as argparse's."""
        self.print_usage(sys.stderr)
        self.exit(2, ERROR_LINE.format(prog=self.prog, message=reword(message)))
