"""What the kiosk tells staff, in English: the content and article problems that stop it,
the printer that is not there (`--check-config` and the warning at start-up). Compared
with the English catalogue: no Indonesian source string is left."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from english_support import assert_english
from kiosk_support import PIN_HASH
from support import CONTENT
from viewer import i18n
from viewer.kiosk import app
from viewer.kiosk.app import warn_about_printer
from viewer.kiosk.config import parse_config
from viewer.kiosk.config_check import run_check_config


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    assert i18n.set_language("en") == "en"
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


def write_config(folder: Path, text: str) -> Path:
    path = folder / "kiosk.toml"
    path.write_text(f'pin_hash = "{PIN_HASH}"\n{text}', encoding="utf-8")
    return path


def check(config: Path, printers: list[str], content: Path = CONTENT) -> int:
    args = argparse.Namespace(config=config, content=content, check_config=True)
    return run_check_config(args, lambda: list(printers))


def test_missing_articles_and_printer_in_english(tmp_path, capsys):
    path = write_config(tmp_path, 'articles = ["no-such-article"]\nprinter = "Loket"\n')
    assert check(path, ["HP-Kasir", "Ruang Obat"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"{path}:2: key 'articles' lists articles that are not in {CONTENT} (or are broken): "
        "no-such-article",
        f"{path}:3: key 'printer' names the printer 'Loket', which is not on this system; "
        "this system's printers: 'HP-Kasir', 'Ruang Obat'",
    ]
    assert_english(
        err,
        ("Kiosk", "artikel {ids} tidak ada (atau rusak) di {content}"),
        (
            "Kiosk",
            "menyebut printer '{name}', yang tidak ada di sistem ini; printer yang ada: {present}",
        ),
    )


def test_no_printer_at_all_and_a_start_not_offered_in_english(tmp_path, capsys):
    text = 'articles = ["clonazepam-depresi"]\nstart = "cara-memakai-aplikasi"\nprinter = "X"\n'
    path = write_config(tmp_path, text)
    assert check(path, []) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"{path}:3: key 'start' names the start article cara-memakai-aplikasi, which is not in "
        "the kiosk's list of articles (or is broken)",
        f"{path}:4: key 'printer' names the printer 'X', but this system has no printer at all",
    ]
    assert_english(err)


def test_content_that_cannot_be_shown_in_english(tmp_path, capsys, monkeypatch):
    empty = tmp_path / "empty"
    empty.mkdir()
    path = write_config(tmp_path, "")
    assert check(path, [], content=empty) == 1
    err = capsys.readouterr().err
    assert (
        err == f"{path}: key 'content' names a folder with no article that can be shown: {empty}\n"
    )
    assert_english(err)

    def broken(root: Path, cache: Path | None):
        raise RuntimeError("a loader bug")

    monkeypatch.setattr(app, "load_library_cached", broken)
    assert check(path, [], content=empty) == 1
    err = capsys.readouterr().err
    assert (
        err == f"{path}: key 'content' names content that cannot be loaded: {empty} (see the log)\n"
    )
    assert_english(err)


@pytest.mark.expect_log("viewer.kiosk.app", "The kiosk keeps running")
def test_the_printer_warning_at_start_up_in_english(tmp_path, caplog):
    path = write_config(tmp_path, 'printer = "Loket"\n')
    caplog.set_level(logging.WARNING, logger="viewer.kiosk.app")
    warn_about_printer(parse_config(path), lambda: ["HP-Kasir"])
    (record,) = [r for r in caplog.records if r.name == "viewer.kiosk.app"]
    message = record.getMessage()
    assert message == (
        f"{path}:2: key 'printer' names the printer 'Loket', which is not on this system; "
        "this system's printers: 'HP-Kasir'. The kiosk keeps running; \"Print this sheet\" "
        "asks the reader to call a staff member."
    )
    assert_english(
        message,
        (
            "Kiosk",
            '{problem}. Kios tetap berjalan; "Cetak lembar ini" meminta pembaca memanggil petugas.',
        ),
    )
