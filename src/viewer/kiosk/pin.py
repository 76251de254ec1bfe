"""The staff PIN: a salted scrypt hash, a constant-time check, and the lockout after failures.

Qt-free. Only the hash is ever stored ("scrypt$n$r$p$salt$hash", base64 parts), so a
copy of kiosk.toml does not give the PIN away. A four-digit PIN can still be guessed
offline by someone who can read the file, so deploy/README asks for six digits or more
and a kiosk account that cannot reach a shell.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from itertools import pairwise

from viewer.i18n import translate

SCHEME = "scrypt"
SCRYPT_N = 2**14  # about 50 ms per check: slow for a brute force, quick for a person
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
MAX_N = 2**20
# A hand-edited hash must neither fail every check (scrypt refuses more than its maxmem)
# nor freeze the PIN pad: memory and work are bounded when the hash is read.
MAX_MEMORY = 64 * 1024 * 1024  # scrypt needs about 128 * r * n bytes
MAX_WORK = SCRYPT_N * SCRYPT_R * 4  # n * r * p: at most four times the default time
MIN_PIN_DIGITS = 4
MAX_PIN_DIGITS = 12
# Waits after the 1st, 2nd, 3rd... wrong PIN; the last one repeats.
DEFAULT_DELAYS_MS = (1_000, 2_000, 4_000, 8_000, 16_000, 30_000)


@dataclass(frozen=True)
class PinHash:
    n: int
    r: int
    p: int
    salt: bytes
    key: bytes

    def __str__(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        key = base64.b64encode(self.key).decode("ascii")
        return f"{SCHEME}${self.n}${self.r}${self.p}${salt}${key}"


def is_valid_pin(pin: str) -> bool:
    """Digits only (the PIN pad has nothing else), MIN_PIN_DIGITS to MAX_PIN_DIGITS long."""
    return pin.isascii() and pin.isdigit() and MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS


def trivial_pin_reason(pin: str) -> str | None:
    """Why a well-formed PIN is too easy to guess, in the interface language, or None.

    The first guesses anyone tries at a kiosk: one digit repeated (1111) and a straight
    run up or down (1234, 9876, 0123, and 7890 as on a keyboard's top row).
    """
    if len(set(pin)) == 1:
        #: Completes "This PIN is too easy to guess: {reason}."
        return translate("Kiosk", "semua angkanya sama (seperti 1111)")
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(pin)}
    if steps in ({1}, {9}):
        #: Completes "This PIN is too easy to guess: {reason}."
        return translate("Kiosk", "angkanya berurutan naik atau turun (seperti 1234 atau 9876)")
    return None


def _derive(pin: str, n: int, r: int, p: int, salt: bytes, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=2 * MAX_MEMORY
    )


def hash_pin(pin: str, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """A new salted hash of `pin`, in the text form stored in kiosk.toml."""
    salt = secrets.token_bytes(SALT_BYTES)
    return str(PinHash(n, r, p, salt, _derive(pin, n, r, p, salt, KEY_BYTES)))


def parse_pin_hash(text: str) -> PinHash:
    """Read the stored form; ValueError (in the interface language) if it is not ours."""
    parts = text.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        #: Completes "key 'pin_hash' is not valid ({reason}); ...". Keep "scrypt$n$r$p$".
        raise ValueError(translate("Kiosk", "bentuknya harus scrypt$n$r$p$garam$hash"))
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        key = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error) as exc:
        raise ValueError(translate("Kiosk", "angka atau base64 di dalamnya rusak")) from exc
    if n < 2 or n > MAX_N or n & (n - 1) or not 1 <= r <= 32 or not 1 <= p <= 16:
        raise ValueError(translate("Kiosk", "parameter scrypt di luar batas"))
    if 128 * r * n > MAX_MEMORY or n * r * p > MAX_WORK:
        raise ValueError(translate("Kiosk", "parameter scrypt terlalu berat untuk kios ini"))
    if len(salt) < 8 or len(key) < 16:
        raise ValueError(translate("Kiosk", "garam atau hash terlalu pendek"))
    return PinHash(n, r, p, salt, key)


def verify_pin(pin: str, stored: str) -> bool:
    """True if `pin` matches the stored hash; compared in constant time."""
    try:
        expected = parse_pin_hash(stored)
    except ValueError:
        return False
    actual = _derive(pin, expected.n, expected.r, expected.p, expected.salt, len(expected.key))
    return hmac.compare_digest(actual, expected.key)


@dataclass
class PinLockout:
    """Counts wrong PINs and says how long to wait before the next try.

    Kept by the window, not the PIN pad, so closing and reopening the pad does not
    wipe the count; only a right PIN does. Times are monotonic seconds, passed in, so
    tests need no clock.
    """

    delays_ms: tuple[int, ...] = DEFAULT_DELAYS_MS
    failures: int = 0
    locked_until: float = 0.0

    def remaining_ms(self, now: float) -> int:
        return max(0, int((self.locked_until - now) * 1000 + 0.999))

    def record_failure(self, now: float) -> int:
        """Count a wrong PIN; returns the delay (ms) before the next attempt."""
        self.failures += 1
        delay = self.delays_ms[min(self.failures, len(self.delays_ms)) - 1]
        self.locked_until = now + delay / 1000
        return delay

    def record_success(self) -> None:
        self.failures = 0
        self.locked_until = 0.0
