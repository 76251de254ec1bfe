"""The example article in content/README.md is valid: the guide never teaches a broken format."""

from __future__ import annotations

import io
import re
from pathlib import Path

from support import CONTENT
from viewer.check import run_check
from viewer.content.loader import load_library


def guide_example() -> str:
    guide = (CONTENT / "README.md").read_text(encoding="utf-8")
    examples = [b for b in re.findall(r"```[a-z]*\n(.*?)```", guide, re.S) if b.startswith("+++")]
    assert len(examples) == 1, "the guide shows one complete article"
    return examples[0]


def test_the_guides_example_article_passes_check(tmp_path: Path):
    example = guide_example()
    article_id = re.search(r'^id = "([^"]+)"', example, re.M).group(1)
    (tmp_path / f"{article_id}.md").write_text(example, encoding="utf-8")
    for image in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", example):
        (tmp_path / image).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / image).write_bytes(b"\x89PNG\r\n\x1a\n")
    out = io.StringIO()
    assert run_check(tmp_path, tmp_path, out) == 0, out.getvalue()
    (article,) = load_library(tmp_path).articles
    levels = {w.level.value for w in article.warnings}
    assert levels == {"darurat", "peringatan", "perhatian"}, "one warning of each level"
