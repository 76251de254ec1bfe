"""kiosk.toml: where it is found, what it holds, and one line per mistake (no Qt)."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pytest

from viewer.kiosk import config as kiosk_config
from viewer.kiosk.config import ConfigError, load_config, parse_config
from viewer.kiosk.pin import hash_pin

PIN_HASH = hash_pin("2468", n=16)
GOOD = f"""# Kios ruang tunggu
clinic_name = "Klinik Sehat"
idle_timeout = 90
countdown = 8
emergency_number = "112"
printer = "Loket"
print_limit = 2
articles = ["clonazepam-depresi"]
pin_hash = "{PIN_HASH}"
"""


def write(folder: Path, text: str, name: str = "kiosk.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_gives_every_value(tmp_path: Path) -> None:
    config = parse_config(write(tmp_path, GOOD))
    assert config.clinic_name == "Klinik Sehat"
    assert (config.idle_timeout, config.countdown, config.print_limit) == (90, 8, 2)
    assert (config.emergency_number, config.printer) == ("112", "Loket")
    assert config.articles == ("clonazepam-depresi",)
    assert config.pin_hash == PIN_HASH
    assert config.lines["idle_timeout"] == 3


def test_defaults_when_only_the_pin_is_set(tmp_path: Path) -> None:
    config = parse_config(write(tmp_path, f'pin_hash = "{PIN_HASH}"\n'))
    assert config.idle_timeout == 120
    assert config.countdown == 10
    assert config.emergency_number == "119"
    assert config.printer == ""
    assert config.articles == ()
    assert config.content is None
    assert config.start == ""  # the home screen


def test_start_names_the_article_the_kiosk_starts_on(tmp_path: Path) -> None:
    config = parse_config(write(tmp_path, GOOD + 'start = "clonazepam-depresi"\n'))
    assert config.start == "clonazepam-depresi"
    assert config.lines["start"] == 10


@pytest.mark.parametrize(
    "value",
    [
        '"Clonazepam-Depresi"',
        '"clonazepam-depresi.md"',
        '"../clonazepam"',
        '""',
        "1",
        '["clonazepam-depresi"]',
    ],
)
def test_a_start_that_is_not_an_article_id_is_one_line_at_its_key(
    tmp_path: Path, value: str
) -> None:
    path = write(tmp_path, GOOD + f"start = {value}\n")
    with pytest.raises(ConfigError) as caught:
        parse_config(path)
    assert str(caught.value) == (
        f"{path}:10: kunci 'start' harus id satu artikel, misalnya \"clonazepam-depresi\""
    )


def test_content_is_relative_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "artikel").mkdir()
    config = parse_config(write(tmp_path, f'content = "artikel"\npin_hash = "{PIN_HASH}"\n'))
    assert config.content == (tmp_path / "artikel").resolve()


def _replace(line_start: str, new_line: str) -> str:
    lines = [new_line if ln.startswith(line_start) else ln for ln in GOOD.splitlines()]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _replace("idle_timeout", "idle_timeout = "),
            "kiosk.toml:3: kunci 'idle_timeout' belum diisi sesudah tanda =; tulis angkanya, "
            "misalnya idle_timeout = 10",
            id="syntax error",
        ),
        pytest.param(
            _replace("idle_timeout", "idle_timout = 90"),
            "kiosk.toml:3: kunci 'idle_timout' tidak dikenal",
            id="unknown key",
        ),
        pytest.param(
            GOOD + "[printer]\nname = 'x'\n",
            "kiosk.toml:10: kunci 'printer' ditulis dua kali (yang pertama di baris 6); "
            "hapus salah satunya",
            id="table clashing with a key",
        ),
        pytest.param(
            GOOD + "[tampilan]\nwarna = 'biru'\n",
            "kiosk.toml:10: kunci 'tampilan' tidak dikenal",
            id="unknown table",
        ),
        pytest.param(
            _replace("idle_timeout", 'idle_timeout = "90"'),
            "kiosk.toml:3: kunci 'idle_timeout' harus bilangan bulat, bukan teks; hapus tanda "
            "kutipnya: 90",
            id="bad value type",
        ),
        pytest.param(
            _replace("print_limit", "print_limit = true"),
            "kiosk.toml:7: kunci 'print_limit' harus bilangan bulat, bukan true/false",
            id="bool is not a number",
        ),
        pytest.param(
            _replace("idle_timeout", "idle_timeout = 2"),
            "kiosk.toml:3: kunci 'idle_timeout' harus antara 5 dan 3600, bukan 2",
            id="bad value range",
        ),
        pytest.param(
            _replace("emergency_number", 'emergency_number = "panggil"'),
            "kiosk.toml:5: kunci 'emergency_number' bukan nomor telepon yang sah: 'panggil'",
            id="bad phone number",
        ),
        pytest.param(
            _replace("articles", 'articles = "clonazepam-depresi"'),
            "kiosk.toml:8: kunci 'articles' harus daftar id artikel",
            id="articles not a list",
        ),
        pytest.param(
            GOOD.replace("idle_timeout", 'content = "tidak-ada"\nidle_timeout'),
            "kiosk.toml:3: kunci 'content' folder tidak ditemukan",
            id="content folder missing",
        ),
    ],
)
def test_each_mistake_is_one_line_with_file_line_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, expected: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(Path("kiosk.toml"))
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(expected)


SLIPS = {
    "curly quotes": (
        _replace("clinic_name", "clinic_name = “Klinik Sehat”"),
        "kiosk.toml:2: kunci 'clinic_name' memakai tanda kutip lengkung (“ ”); ganti dengan "
        'tanda kutip lurus ("); tulis: clinic_name = "Klinik Sehat"',
    ),
    "curly quotes around a number": (
        _replace("idle_timeout", "idle_timeout = “90”"),
        "kiosk.toml:3: kunci 'idle_timeout' memakai tanda kutip lengkung (“ ”); hapus tanda "
        "kutipnya; tulis: idle_timeout = 90",
    ),
    "a number with a unit": (
        _replace("idle_timeout", "idle_timeout = 90 detik"),
        "kiosk.toml:3: kunci 'idle_timeout' harus angka saja, tanpa tanda kutip dan tanpa "
        "tulisan lain; tulis: idle_timeout = 90",
    ),
    "a number in words": (
        _replace("countdown", "countdown = sepuluh"),
        "kiosk.toml:4: kunci 'countdown' harus angka saja, tanpa tanda kutip dan tanpa "
        "tulisan lain; misalnya countdown = 10",
    ),
    "line without '='": (
        _replace("printer", 'printer "Loket"'),
        "kiosk.toml:6: baris ini tidak punya tanda =; setiap baris harus berbentuk "
        'nama = "nilai", tulis: printer = "Loket"',
    ),
    "colon instead of '='": (
        _replace("printer", 'printer: "Loket"'),
        "kiosk.toml:6: baris ini memakai titik dua (:), bukan tanda =; setiap baris harus "
        'berbentuk nama = "nilai", tulis: printer = "Loket"',
    ),
    "text without quotes": (
        _replace("printer", "printer = Loket Depan"),
        "kiosk.toml:6: kunci 'printer' berisi teks tanpa tanda kutip; teks harus di antara "
        'dua tanda kutip lurus ("); tulis: printer = "Loket Depan"',
    ),
    "quote not closed": (
        _replace("printer", 'printer = "Loket'),
        "kiosk.toml:6: kunci 'printer' punya tanda kutip yang belum ditutup; teks harus di "
        'antara dua tanda kutip lurus ("); tulis: printer = "Loket"',
    ),
    "key written twice": (
        GOOD + 'clinic_name = "Lagi"\n',
        "kiosk.toml:10: kunci 'clinic_name' ditulis dua kali (yang pertama di baris 2); "
        "hapus salah satunya",
    ),
    "windows path with backslashes": (
        _replace("printer", 'printer = "\\\\server\\loket"'),
        "kiosk.toml:6: kunci 'printer' memakai garis miring terbalik (\\) di antara tanda "
        'kutip lurus ("); tulis dua kali (\\\\), atau pakai tanda kutip tunggal: '
        "printer = '\\\\server\\loket'",
    ),
    "list without a comma": (
        _replace("articles", 'articles = [\n  "clonazepam-depresi"\n  "lain"\n]'),
        "kiosk.toml:8: kunci 'articles' berisi daftar yang belum benar; pisahkan nilainya "
        'dengan koma dan tutup dengan ], misalnya articles = ["satu", "dua"]',
    ),
    "anything else": (
        GOOD + "[tampilan\n",
        "kiosk.toml:10: kunci 'tampilan' tidak sesuai aturan penulisan; bentuknya harus "
        'nama = nilai: teks di antara tanda kutip lurus ("), angka dan tanggal tanpa '
        "tanda kutip",
    ),
    "two numbers for one key": (
        _replace("print_limit", "print_limit = 1 2"),
        "kiosk.toml:7: kunci 'print_limit' harus angka saja, tanpa tanda kutip dan tanpa "
        "tulisan lain; tulis: print_limit = 1",
    ),
}
ENGLISH = ("Expected", "Invalid", "column", "statement", "Cannot", "Unclosed", "TOML")


@pytest.mark.parametrize("case", list(SLIPS), ids=list(SLIPS))
def test_each_slip_is_named_in_indonesian_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    text, expected = SLIPS[case]
    monkeypatch.chdir(tmp_path)
    write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(Path("kiosk.toml"))
    assert str(caught.value) == expected
    assert not [word for word in ENGLISH if word in str(caught.value)]


def test_a_slip_in_a_file_with_crlf_and_a_byte_order_mark_is_at_its_line(tmp_path: Path) -> None:
    text = "\ufeff" + _replace("printer", "printer = “Loket”").replace("\n", "\r\n")
    path = tmp_path / "kiosk.toml"
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(ConfigError) as caught:
        parse_config(path)
    assert str(caught.value).startswith(f"{path}:6: kunci 'printer' memakai tanda kutip lengkung")


def test_tabs_and_crlf_are_read(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(GOOD.replace(" = ", "\t=\t").replace("\n", "\r\n").encode("utf-8"))
    config = parse_config(path)
    assert (config.idle_timeout, config.lines["printer"]) == (90, 6)


def _content_error(tmp_path: Path, folder: str) -> str:
    path = write(tmp_path, f'content = "{folder}"\npin_hash = "{PIN_HASH}"\n')
    with pytest.raises(ConfigError) as caught:
        parse_config(path)
    return str(caught.value).removeprefix(f"{path}:")


def test_a_content_folder_that_is_a_symlink_loop_is_named(tmp_path: Path) -> None:
    (tmp_path / "konten").symlink_to(tmp_path / "konten")
    assert _content_error(tmp_path, "konten") == (
        "1: kunci 'content' folder tidak dapat dibuka (tautan simbolik yang berputar ke "
        "dirinya sendiri): konten"
    )


def test_a_content_folder_name_that_is_too_long_is_named(tmp_path: Path) -> None:
    name = "k" * 300
    assert _content_error(tmp_path, name) == (
        f"1: kunci 'content' nama folder terlalu panjang: {name}"
    )


def test_a_content_folder_name_with_a_null_character_is_named(tmp_path: Path) -> None:
    assert _content_error(tmp_path, "kon\\u0000ten") == (
        "1: kunci 'content' nama folder berisi karakter yang tidak sah: 'kon\\x00ten'"
    )


def test_a_content_symlink_loop_stops_the_kiosk_with_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from viewer.kiosk.app import run_kiosk

    (tmp_path / "konten").symlink_to(tmp_path / "konten")
    path = write(tmp_path, f'content = "konten"\npin_hash = "{PIN_HASH}"\n')
    assert run_kiosk(argparse.Namespace(config=path, content=None)) == 1
    assert capsys.readouterr().err == (
        f"{path}:1: kunci 'content' folder tidak dapat dibuka (tautan simbolik yang "
        "berputar ke dirinya sendiri): konten\n"
    )


def test_a_bad_pin_hash_names_the_key_and_the_fix(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace(PIN_HASH, "1234"))
    with pytest.raises(ConfigError) as caught:
        parse_config(path)
    assert str(caught.value).startswith(f"{path}:9: kunci 'pin_hash' tidak sah")
    assert "patient-viewer kiosk-pin" in str(caught.value)


def test_a_file_without_a_pin_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "idle_timeout = 60\n")
    with pytest.raises(ConfigError) as caught:
        parse_config(path)
    assert str(caught.value) == (
        f"{path}: kunci 'pin_hash' belum diatur; jalankan: patient-viewer kiosk-pin --config {path}"
    )


def test_a_file_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b'pin_hash = "x"\nclinic_name = "Klinik \xe9"\n')
    with pytest.raises(ConfigError) as caught:
        parse_config(path)
    assert str(caught.value) == f"{path}:2: bukan teks UTF-8"


def test_a_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "tidak-ada.toml")
    assert str(caught.value).startswith(f"{tmp_path / 'tidak-ada.toml'}: berkas tidak dapat dibaca")


@pytest.fixture
def search_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    beside = tmp_path / "app"
    system = tmp_path / "etc"
    beside.mkdir()
    system.mkdir()
    monkeypatch.setattr(kiosk_config.paths, "executable_dir", lambda: beside)
    monkeypatch.setattr(kiosk_config, "system_config_dir", lambda: system)
    return beside, system


def test_the_file_beside_the_executable_comes_before_the_system_one(search_dirs) -> None:
    beside, system = search_dirs
    write(system, GOOD.replace("Klinik Sehat", "Sistem"))
    assert load_config().clinic_name == "Sistem"
    write(beside, GOOD.replace("Klinik Sehat", "Di samping"))
    assert load_config().clinic_name == "Di samping"


def test_no_file_anywhere_says_where_it_looked(search_dirs) -> None:
    beside, system = search_dirs
    with pytest.raises(ConfigError) as caught:
        load_config()
    message = str(caught.value)
    assert str(beside / "kiosk.toml") in message
    assert str(system / "kiosk.toml") in message
    assert "--config" in message


def test_system_folder_follows_the_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert kiosk_config.system_config_dir() == Path("/etc/patient-viewer")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", "D:\\ProgramData")
    assert kiosk_config.system_config_dir() == Path("D:\\ProgramData") / "patient-viewer"


def test_the_example_in_deploy_is_valid(tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "deploy" / "kiosk.example.toml"
    text = example.read_text(encoding="utf-8")
    with pytest.raises(ConfigError, match="pin_hash' belum diatur"):
        parse_config(write(tmp_path, text))  # shipped without a PIN on purpose
    config = parse_config(write(tmp_path, text + f'pin_hash = "{PIN_HASH}"\n'))
    assert set(config.lines) >= {"idle_timeout", "print_limit", "pin_hash"}
    assert config.printer == ""  # commented out: each clinic names its own


def test_a_file_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    assert parse_config(path).clinic_name == "Klinik Sehat"


def test_a_number_without_digits_is_not_an_emergency_number(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="emergency_number"):
        parse_config(write(tmp_path, _replace("emergency_number", 'emergency_number = "+-"')))


# -- clinic_phone: the clinic's own number on handouts (optional) ------------------------


def test_the_clinic_phone_is_read_trimmed_and_absent_by_default(tmp_path: Path) -> None:
    with_phone = GOOD.replace(
        'clinic_name = "Klinik Sehat"\n',
        'clinic_name = "Klinik Sehat"\nclinic_phone = " 0274 512-345 "\n',
    )
    config = parse_config(write(tmp_path, with_phone))
    assert config.clinic_phone == "0274 512-345"
    assert config.lines["clinic_phone"] == 3
    assert parse_config(write(tmp_path, GOOD)).clinic_phone == ""
    empty = GOOD + 'clinic_phone = ""\n'
    assert parse_config(write(tmp_path, empty)).clinic_phone == ""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            'clinic_phone = "telepon kami"',
            "kunci 'clinic_phone' bukan nomor telepon yang sah: 'telepon kami'",
        ),
        ('clinic_phone = "12"', "kunci 'clinic_phone' bukan nomor telepon yang sah: '12'"),
        (
            "clinic_phone = 274512345",
            "kunci 'clinic_phone' harus teks dalam tanda kutip, bukan angka",
        ),
        (
            'clinic_phone = "0274 512 345 678 901 234"',
            "kunci 'clinic_phone' terlalu panjang (paling banyak 20 karakter)",
        ),
    ],
)
def test_a_bad_clinic_phone_names_its_line(tmp_path: Path, line: str, expected: str) -> None:
    path = write(tmp_path, GOOD + line + "\n")
    with pytest.raises(ConfigError) as caught:
        parse_config(path)
    assert str(caught.value) == f"{path}:10: {expected}"


def test_the_example_documents_the_clinic_phone() -> None:
    example = Path(__file__).resolve().parents[2] / "deploy" / "kiosk.example.toml"
    text = example.read_text(encoding="utf-8")
    assert "# clinic_phone = " in text  # commented out: each clinic writes its own
    assert "clinic_phone" in kiosk_config.KNOWN_KEYS


def test_the_example_documents_every_key() -> None:
    # Staff learn the keys from the example (the READMEs send them there).
    example = Path(__file__).resolve().parents[2] / "deploy" / "kiosk.example.toml"
    text = example.read_text(encoding="utf-8")
    missing = [k for k in kiosk_config.KNOWN_KEYS if not re.search(rf"^(# )?{k} = ", text, re.M)]
    assert missing == []


def test_reading_aloud_is_offered_at_a_set_volume_unless_turned_off(tmp_path: Path) -> None:
    default = parse_config(write(tmp_path, f'pin_hash = "{PIN_HASH}"\n'))
    assert (default.speech, default.speech_volume) == (True, 80)
    config = parse_config(write(tmp_path, GOOD + "speech = false\nspeech_volume = 35\n"))
    assert (config.speech, config.speech_volume) == (False, 35)
    assert config.lines["speech_volume"] == 11


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ('speech = "ya"', "kunci 'speech' harus true atau false, tanpa tanda kutip"),
        ("speech_volume = 150", "speech_volume"),
        ("speech_volume = -1", "speech_volume"),
    ],
)
def test_a_slip_in_the_speech_keys_is_one_line_at_its_key(
    tmp_path: Path, line: str, says: str
) -> None:
    path = write(tmp_path, GOOD + line + "\n")
    with pytest.raises(ConfigError) as caught:
        parse_config(path)
    assert str(caught.value).startswith(f"{path}:10: ")
    assert says in str(caught.value)
    assert "\n" not in str(caught.value)
