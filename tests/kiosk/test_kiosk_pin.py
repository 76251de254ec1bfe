"""The staff PIN: hashing, checking, lockout, and `kiosk-pin` (no Qt)."""

from __future__ import annotations

import argparse
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from viewer.kiosk import pin_command
from viewer.kiosk.config import parse_config
from viewer.kiosk.pin import (
    PinLockout,
    hash_pin,
    is_valid_pin,
    parse_pin_hash,
    trivial_pin_reason,
    verify_pin,
)

FAST = {"n": 16}  # a cheap hash: the tests check behaviour, not scrypt's cost


def test_hash_is_salted_and_verifies() -> None:
    first, second = hash_pin("2468", **FAST), hash_pin("2468", **FAST)
    assert first != second  # a random salt each time
    assert first.startswith("scrypt$16$8$1$")
    assert verify_pin("2468", first)
    assert verify_pin("2468", second)
    assert not verify_pin("2469", first)
    assert not verify_pin("", first)


def test_default_cost_is_the_documented_one() -> None:
    stored = hash_pin("2468")
    parsed = parse_pin_hash(stored)
    assert (parsed.n, parsed.r, parsed.p) == (2**14, 8, 1)
    assert len(parsed.salt) == 16
    assert verify_pin("2468", stored)


def test_the_pin_itself_is_not_in_the_hash() -> None:
    assert "24681357" not in hash_pin("24681357", **FAST)


@pytest.mark.parametrize(
    "stored",
    [
        "2468",
        "pbkdf2$1$2$3$4$5",
        "scrypt$16384$8$1$bm90IGJhc2U2NA$AAAA",
        "scrypt$3$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        f"scrypt${2**24}$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    ],
    ids=["plain pin", "other scheme", "bad base64", "n not a power of two", "n too large"],
)
def test_broken_hashes_are_refused_and_never_match(stored: str) -> None:
    with pytest.raises(ValueError):
        parse_pin_hash(stored)
    assert not verify_pin("2468", stored)


@pytest.mark.parametrize(
    ("pin", "ok"),
    [("2468", True), ("123456789012", True), ("123", False), ("12a4", False), ("١٢٣٤", False)],
)
def test_pin_rule(pin: str, ok: bool) -> None:
    assert is_valid_pin(pin) is ok


@pytest.mark.parametrize(
    ("pin", "why"),
    [
        ("1111", "sama"),
        ("000000", "sama"),
        ("1234", "berurutan"),
        ("0123", "berurutan"),
        ("9876", "berurutan"),
        ("3210", "berurutan"),
        ("456789", "berurutan"),
        ("7890", "berurutan"),  # the keyboard's top row
        ("2109", "berurutan"),
        ("2468", None),
        ("1357", None),
        ("1122", None),
        ("1231", None),
        ("135790", None),
        ("123456789012", "berurutan"),  # along the top row and round again
        ("123456789013", None),
    ],
)
def test_trivial_pins(pin: str, why: str | None) -> None:
    reason = trivial_pin_reason(pin)
    if why is None:
        assert reason is None
    else:
        assert reason is not None and why in reason


def test_lockout_waits_longer_after_each_failure_and_resets_on_success() -> None:
    lockout = PinLockout(delays_ms=(1000, 2000, 4000))
    assert lockout.remaining_ms(now=10.0) == 0
    assert lockout.record_failure(now=10.0) == 1000
    assert lockout.remaining_ms(now=10.5) == 500
    assert lockout.remaining_ms(now=11.0) == 0
    assert [lockout.record_failure(now=20.0) for _ in range(3)] == [2000, 4000, 4000]
    assert lockout.failures == 4
    lockout.record_success()
    assert lockout.failures == 0
    assert lockout.remaining_ms(now=20.0) == 0


# -- kiosk-pin --------------------------------------------------------------------------
@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the person types at each getpass prompt, in order."""
    typed: list[str] = []
    prompts: Iterator[str] = iter(typed)

    def fake_getpass(prompt: str = "") -> str:
        return next(prompts)

    monkeypatch.setattr(pin_command.getpass, "getpass", fake_getpass)
    monkeypatch.setattr(pin_command, "hash_pin", lambda pin: hash_pin(pin, **FAST))
    return typed


def run(config: Path | None) -> int:
    args = argparse.Namespace(command="kiosk-pin")
    if config is not None:
        args.config = config
    return pin_command.run_kiosk_pin(args)


EXISTING = """# Kios ruang tunggu lantai 1
idle_timeout = 90  # detik
pin_hash = "scrypt$lama"
printer = "Loket"
"""


def test_replaces_only_the_pin_line(tmp_path: Path, answers: list[str], capsys) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(EXISTING, encoding="utf-8")
    path.chmod(0o640)
    answers += ["135790", "135790"]
    assert run(path) == 0
    lines = path.read_text(encoding="utf-8").splitlines()
    old = EXISTING.splitlines()
    assert lines[:2] == old[:2] and lines[3:] == old[3:]
    config = parse_config(path)
    assert verify_pin("135790", config.pin_hash)
    assert "135790" not in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert "disimpan" in capsys.readouterr().out


def test_adds_the_pin_line_when_missing_and_keeps_the_rest(tmp_path: Path, answers) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('clinic_name = "Klinik"', encoding="utf-8")  # no final newline
    answers += ["2468", "2468"]
    assert run(path) == 0
    config = parse_config(path)
    assert config.clinic_name == "Klinik"
    assert verify_pin("2468", config.pin_hash)


def test_creates_a_new_file_for_an_explicit_path(tmp_path: Path, answers) -> None:
    path = tmp_path / "baru" / "kiosk.toml"
    answers += ["2468", "2468"]
    assert run(path) == 0
    assert verify_pin("2468", parse_config(path).pin_hash)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [(["12", "12"], "4-12 angka"), (["2468", "2469"], "tidak sama"), (["24x8"], "4-12 angka")],
    ids=["too short", "mismatch", "not digits"],
)
def test_refuses_a_bad_pin_and_leaves_the_file_alone(
    tmp_path: Path, answers: list[str], capsys, typed: list[str], reason: str
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(EXISTING, encoding="utf-8")
    answers += typed
    assert run(path) == 1
    assert path.read_text(encoding="utf-8") == EXISTING
    assert reason in capsys.readouterr().err


@pytest.mark.parametrize("pin", ["1111", "1234", "9876", "0123"])
def test_refuses_a_trivial_pin_at_once_and_says_what_to_choose(
    tmp_path: Path, answers: list[str], capsys, pin: str
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(EXISTING, encoding="utf-8")
    answers.append(pin)  # one prompt only: refused before "Ulangi PIN"
    assert run(path) == 1
    assert path.read_text(encoding="utf-8") == EXISTING
    err = capsys.readouterr().err
    assert err.startswith("PIN ini terlalu mudah ditebak: ")
    assert err.endswith("sebaiknya 6 angka atau lebih; PIN tidak diubah.\n")
    assert err.count("\n") == 1


def test_without_any_config_says_where_it_looked(
    tmp_path: Path, answers, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from viewer.kiosk import config as kiosk_config

    monkeypatch.setattr(kiosk_config.paths, "executable_dir", lambda: tmp_path / "app")
    monkeypatch.setattr(kiosk_config, "system_config_dir", lambda: tmp_path / "etc")
    assert run(None) == 1
    assert "--config" in capsys.readouterr().err


def test_a_pin_line_before_a_table_stays_at_the_top_level() -> None:
    text = 'clinic_name = "A"\n[lain]\nx = 1\n'
    updated = pin_command.with_pin_hash(text, "scrypt$baru")
    assert updated == 'clinic_name = "A"\npin_hash = "scrypt$baru"\n[lain]\nx = 1\n'


def test_a_hash_too_heavy_to_check_is_refused_when_read():
    import base64

    from viewer.kiosk.pin import parse_pin_hash

    salt = base64.b64encode(b"s" * 16).decode()
    key = base64.b64encode(b"k" * 32).decode()
    for n, r, p in [(2**20, 8, 1), (2**17, 32, 16)]:
        with pytest.raises(ValueError, match="terlalu berat"):
            parse_pin_hash(f"scrypt${n}${r}${p}${salt}${key}")


@pytest.mark.parametrize(
    ("stop", "status"), [(KeyboardInterrupt, 130), (EOFError, 1)], ids=["Ctrl+C", "Ctrl+D"]
)
def test_stopping_at_the_prompt_leaves_the_file_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, stop: type, status: int
) -> None:
    def interrupted(prompt: str = "") -> str:
        raise stop

    monkeypatch.setattr(pin_command.getpass, "getpass", interrupted)
    path = tmp_path / "kiosk.toml"
    path.write_text(EXISTING, encoding="utf-8")
    assert run(path) == status
    assert capsys.readouterr().err == "\nDibatalkan; PIN tidak diubah.\n"
    assert path.read_text(encoding="utf-8") == EXISTING
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk.toml"]


# -- kiosk-pin writes through the one atomic writer ------------------------------------------


def test_a_new_file_can_be_read_by_the_kiosk_account(tmp_path: Path, answers) -> None:
    path = tmp_path / "kiosk.toml"
    answers += ["2468", "2468"]
    assert run(path) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk.toml"]


def test_the_pin_is_synced_to_disk_before_the_rename(
    tmp_path: Path, answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from viewer import atomic_file as atomic

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("no /proc to name a file descriptor")
    path = tmp_path / "kiosk.toml"
    path.write_text(EXISTING, encoding="utf-8")
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    answers += ["2468", "2468"]
    assert run(path) == 0
    # The temp file (beside kiosk.toml), then the folder that holds the rename.
    assert len(synced) == 2
    assert Path(synced[0]).parent == tmp_path and Path(synced[0]).name.startswith(".kiosk.toml.")
    assert Path(synced[1]) == tmp_path


def test_a_symlinked_config_stays_a_symlink(tmp_path: Path, answers) -> None:
    real = tmp_path / "etc" / "kiosk.toml"
    real.parent.mkdir()
    real.write_text(EXISTING, encoding="utf-8")
    link = tmp_path / "kiosk.toml"
    link.symlink_to(real)
    answers += ["2468", "2468"]
    assert run(link) == 0
    assert link.is_symlink()
    assert verify_pin("2468", parse_config(real).pin_hash)


def test_a_full_disk_keeps_the_old_file_and_says_why(
    tmp_path: Path, answers, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    import errno
    import os

    from viewer import atomic_file as atomic

    def no_space(fd: int):
        os.close(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_open_temp", no_space)
    path = tmp_path / "kiosk.toml"
    path.write_text(EXISTING, encoding="utf-8")
    answers += ["2468", "2468"]
    assert run(path) == 1
    assert capsys.readouterr().err == f"{path}: tidak dapat menyimpan PIN (disk penuh)\n"
    assert path.read_text(encoding="utf-8") == EXISTING
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk.toml"]


def test_a_config_that_is_not_utf8_is_left_alone(tmp_path: Path, answers, capsys) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b'clinic_name = "Klinik \xff"\n')
    answers += ["2468", "2468"]
    assert run(path) == 1
    assert capsys.readouterr().err == (
        f"{path}: tidak dapat menyimpan PIN (berkas bukan teks UTF-8)\n"
    )
    assert path.read_bytes() == b'clinic_name = "Klinik \xff"\n'
