"""Collect the app's strings into its catalogues with pyside6-lupdate.

    .venv/bin/python tools/update_translations.py          # update viewer_<lang>.ts
    .venv/bin/python tools/update_translations.py --check  # exit 1 if out of date or unfinished

Every `translate("Context", "...")`, `self.tr("...")` and `QCoreApplication.translate`
in src/viewer is a source string (Indonesian); one with `%n` and a count
(`self.tr("... %n detik", "", seconds)`) is a numerus message, translated once for each
plural form of the language (`<numerusform>`: English has two). lupdate keeps the
translations already made, adds new strings as unfinished and drops strings no longer
in the code. Locations are left out so that moving code does not churn the catalogue. A
translator then fills in the unfinished ones (Qt Linguist, or any editor: it is XML).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "viewer"
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def lupdate_command() -> list[str]:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(beside) if beside.is_file() else shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate not found (pip install PySide6-Essentials)")
    return [found]


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def update(target: Path, language: str) -> str:
    """Run lupdate into `target`; returns its report ("Found N source text(s)...")."""
    listing = target.with_suffix(".files")
    listing.write_text("\n".join(str(p) for p in source_files()) + "\n", encoding="utf-8")
    try:
        result = subprocess.run(
            [
                *lupdate_command(),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "id_ID",
                "-target-language",
                f"{language}",
                f"@{listing}",
                "-ts",
                str(target),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        listing.unlink(missing_ok=True)
    if result.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed:\n{result.stdout}{result.stderr}")
    return (result.stdout + result.stderr).strip()


def _written(translation: ET.Element) -> bool:
    """A translation has its words: every plural form of a numerus message (`%n`)."""
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not _written(translation)
            ):
                if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                    continue
                missing.append((name, message.findtext("source", "")))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; report")
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        committed = CATALOGUES / f"viewer_{language}.ts"
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / committed.name
                if committed.exists():
                    shutil.copyfile(committed, fresh)
                update(fresh, language)
                if fresh.read_bytes() != (committed.read_bytes() if committed.exists() else b""):
                    name = committed.relative_to(ROOT)
                    print(f"{name} is out of date: run {Path(__file__).name}")
                    status = 1
        else:
            print(update(committed, language))
        for context, source in unfinished(committed):
            print(f"{committed.name}: unfinished [{context}] {source!r}")
            status = 1 if args.check else status
    return status


if __name__ == "__main__":
    sys.exit(main())
