"""argparse in the interface language: the help's headings, the -h line and the errors
users hit.

argparse words these in English through the process-wide gettext; rather than install a
catalogue there, IndonesianArgumentParser sets its own headings and -h line, and
rewords an error on its way out (error() is where every parsing error passes), all
through viewer.i18n: Indonesian by default, English from the app's English catalogue.
Option names and parsing are argparse's, unchanged. Subcommands' parsers are made of the
same class (argparse makes them of the parent's type). Imports no Qt (i18n imports it
only for a language other than Indonesian).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from viewer.i18n import translate


def usage_prefix() -> str:
    """What stands before the usage line."""
    #: The heading of argparse's usage line ("usage: "); keep the space at the end.
    return translate("Cli", "Penggunaan: ")


def help_line() -> str:
    """The -h/--help option's help."""
    return translate("Cli", "tampilkan bantuan ini lalu keluar")


def messages() -> tuple[tuple[str, str], ...]:
    """argparse's English error messages (Python 3.11-3.13), each with ours in the
    interface language. {name} stands for a value argparse fills in; a {message} is
    itself one of these messages, reworded too."""
    #: argparse's error messages. {argument}, {arguments}, {option}, {other}: option names
    #: or metavariables; {value}, {choices}, {matches}, {count} as the user wrote them.
    return (
        ("argument {argument}: {message}", translate("Cli", "{argument}: {message}")),
        (
            "unrecognized arguments: {arguments}",
            translate("Cli", "opsi atau argumen tidak dikenal: {arguments}"),
        ),
        (
            "the following arguments are required: {arguments}",
            translate("Cli", "wajib diisi: {arguments}"),
        ),
        (
            "one of the arguments {arguments} is required",
            translate("Cli", "isi salah satu dari: {arguments}"),
        ),
        ("expected one argument", translate("Cli", "perlu diikuti satu nilai")),
        (
            "expected at most one argument",
            translate("Cli", "boleh diikuti paling banyak satu nilai"),
        ),
        (
            "expected at least one argument",
            translate("Cli", "perlu diikuti paling sedikit satu nilai"),
        ),
        # One source text for both: Indonesian has no plural here (no parser of ours uses
        # nargs=1, the singular's only source).
        ("expected {count} argument", translate("Cli", "perlu diikuti {count} nilai")),
        ("expected {count} arguments", translate("Cli", "perlu diikuti {count} nilai")),
        (
            "invalid choice: {value} (choose from {choices})",
            translate("Cli", "pilihan tidak dikenal: {value} (pilih salah satu: {choices})"),
        ),
        ("invalid {type} value: {value}", translate("Cli", "nilai tidak sah: {value}")),
        (
            "ambiguous option: {option} could match {matches}",
            translate("Cli", "opsi {option} kurang lengkap, bisa berarti: {matches}"),
        ),
        (
            "not allowed with argument {other}",
            translate("Cli", "tidak boleh dipakai bersama {other}"),
        ),
        (
            "ignored explicit argument {value}",
            translate("Cli", "opsi ini tidak menerima nilai {value}"),
        ),
    )


def _pattern(english: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", english)
    regex = "".join(
        re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
    )
    return re.compile(f"{regex}$", re.DOTALL)


_PATTERNS = tuple(_pattern(english) for english, _ours in messages())


def reword(message: str) -> str:
    """argparse's English error message in the interface language (unchanged if it is not
    one we know: the heading around it is still ours)."""
    for pattern, (_english, ours) in zip(_PATTERNS, messages(), strict=True):
        found = pattern.match(message)
        if found:
            values = found.groupdict()
            if "message" in values:
                values["message"] = reword(values["message"])
            return ours.format(**values)
    return message


class IndonesianHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with "Penggunaan:" (in the interface language) in front of
    the usage line."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, usage_prefix() if prefix is None else prefix)


class IndonesianArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are in the interface language (Indonesian
    by default); exits 2 on an error."""

    def __init__(self, *args: Any, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", IndonesianHelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        # argparse names these two groups when it makes them; they are the default ones.
        #: The help's heading over the positional arguments ("positional arguments").
        self._positionals.title = translate("Cli", "argumen posisi")
        #: The help's heading over the options ("options").
        self._optionals.title = translate("Cli", "opsi")
        if add_help:
            prefix = self.prefix_chars[0]
            self.add_argument(
                prefix + "h",
                prefix * 2 + "help",
                action="help",
                default=argparse.SUPPRESS,
                help=help_line(),
            )

    def error(self, message: str) -> NoReturn:
        """Usage, then one line in the interface language on stderr; exit status 2, as
        argparse's."""
        self.print_usage(sys.stderr)
        line = translate("Cli", "{prog}: kesalahan: {message}")
        self.exit(2, line.format(prog=self.prog, message=reword(message)) + "\n")
