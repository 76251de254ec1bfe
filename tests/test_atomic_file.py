"""The one atomic writer (viewer.atomic_file), below the commands that use it."""

from __future__ import annotations

import os

import pytest

from viewer import atomic_file as atomic


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("x.pdf", "x.pdf"),
        ("a" * 250 + ".pdf", "a" * 100),
        ("é" * 127, "é" * 50),  # never half of a two-byte letter
        (os.fsdecode(b"x\xff" * 60), os.fsdecode(b"x\xff" * 50)),  # a name that is not UTF-8
    ],
    ids=["short", "250 characters", "two-byte letters", "not UTF-8"],
)
def test_the_temp_prefix_keeps_at_most_100_bytes_of_the_name(name: str, kept: str) -> None:
    prefix = atomic.temp_prefix(name)
    assert prefix == f".{kept}."
    assert len(os.fsencode(prefix)) <= atomic.TEMP_NAME_PART + 2
