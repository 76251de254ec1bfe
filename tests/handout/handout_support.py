"""Helpers for the handout tests: run the real CLI, read a PDF's text, pages and fonts."""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from support import REPO

A4_POINTS = (595.28, 841.89)
LETTER_POINTS = (612.0, 792.0)


def viewer_command() -> list[str]:
    """The installed console script beside this Python, as staff run it."""
    script = Path(sys.executable).parent / "patient-viewer"
    return [str(script)] if script.exists() else [sys.executable, "-m", "viewer"]


def headless_env(home: Path) -> dict[str, str]:
    """No display at all (the CLI must pick offscreen itself), and a private home."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    for name, sub in [
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ]:
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / sub)
    env["PATIENT_VIEWER_LOG_DIR"] = str(home / "logs")
    return env


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*viewer_command(), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=headless_env(home),
        cwd=REPO,
    )


def normalise(text: str) -> str:
    """One space between words; a line break after a hyphen joins the two halves again.

    pypdf also puts a space where the font changes (a glossary term is bold: "(" regular,
    "SSRI" bold, ")" regular), so no space is kept before closing punctuation or after
    an opening bracket. Applied to both sides of a comparison.
    """
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"-\s+", "-", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    return re.sub(r"\s+([:;,.!?)])", r"\1", text).strip()


def raw_page_texts(path: Path) -> list[str]:
    """Each page's text as pypdf extracts it (~0.4 s for the 7-page handout: read once)."""
    return [page.extract_text() for page in PdfReader(path).pages]


def page_texts(path: Path) -> list[str]:
    return [normalise(text) for text in raw_page_texts(path)]


def full_text(path: Path) -> str:
    return " ".join(page_texts(path))


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [
        (float(page.mediabox.width), float(page.mediabox.height)) for page in PdfReader(path).pages
    ]


def font_embedding(path: Path) -> dict[str, bool]:
    """Base font name -> whether a font file is embedded, for every font on every page."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        resources = page.get("/Resources")
        if resources is None or "/Font" not in resources:
            continue
        for ref in resources["/Font"].values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font.get("/BaseFont"))] = embedded
    return fonts


def pdffonts_rows(path: Path) -> list[list[str]] | None:
    """pdffonts' table (poppler), or None when poppler is not installed."""
    tool = shutil.which("pdffonts")
    if tool is None:
        return None
    out = subprocess.run([tool, str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@dataclass(frozen=True)
class TextRun:
    """One piece of text the PDF shows in one font: what pypdf's visitor reports."""

    text: str  # whitespace as single spaces, stripped
    point_size: float  # as printed: the font size times the text and page matrices
    font: str  # the base font's name, e.g. "/NotoSans-Bold"
    y: float  # the baseline, in points from the bottom of the page

    @property
    def bold(self) -> bool:
        return "Bold" in self.font


def _times(m: list[float], n: list[float]) -> list[float]:
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return [a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s,
            e * p + f * r + t, e * q + f * s + u]  # fmt: skip


def text_runs(path: Path) -> list[list[TextRun]]:
    """Each page's text runs in the order the page draws them (~0.4 s: read once)."""
    pages: list[list[TextRun]] = []
    for page in PdfReader(path).pages:
        runs: list[TextRun] = []

        def visit(text, cm, tm, font, size, runs=runs):
            shown = " ".join(text.split())
            if not shown or font is None:
                return
            m = _times(tm, cm)
            runs.append(TextRun(shown, size * math.hypot(m[2], m[3]), font["/BaseFont"], m[5]))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages
