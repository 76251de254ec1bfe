"""`patient-viewer search`: the window's search on the command line, grep's exit status."""

from __future__ import annotations

from pathlib import Path

from cli_support import run_in_process
from support import write_article


def test_a_misspelt_drug_name_finds_the_bundled_article(capsys) -> None:
    assert run_in_process("search", "klonasepam") == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("clonazepam-depresi")
    assert "[klonazepam]" in first.lower() or "[clonazepam]" in first.lower()


def test_nothing_found_says_so_and_exits_1(capsys) -> None:
    assert run_in_process("search", "zzqxw") == 1
    assert "tidak ada yang cocok" in capsys.readouterr().out


def test_a_hit_names_the_section_and_shows_the_clinics_number(capsys, tmp_path: Path) -> None:
    body = "\n## Bila sesak\n\nJika sesak napas, segera telepon {nomor_darurat}.\n"
    write_article(tmp_path, body, name="sesak")
    assert run_in_process("--content", str(tmp_path), "search", "sesak", "napas") == 0
    lines = capsys.readouterr().out.splitlines()
    hit = next(line for line in lines if line.startswith("sesak#"))
    assert "— Bila sesak:" in hit
    assert "telepon 119" in hit and "{nomor_darurat}" not in hit
