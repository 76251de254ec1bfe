"""Ctrl+C held back where it would do harm, and remembered (viewer.ctrl_c)."""

from __future__ import annotations

import signal

import pytest

from viewer.ctrl_c import CtrlC, held


def test_ctrl_c_inside_a_held_block_comes_when_the_block_is_over() -> None:
    done = []
    with pytest.raises(KeyboardInterrupt), held():
        signal.raise_signal(signal.SIGINT)
        done.append("the rest of the block")
    assert done == ["the rest of the block"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_second_ctrl_c_comes_at_once() -> None:
    done = []
    with pytest.raises(KeyboardInterrupt), held():
        signal.raise_signal(signal.SIGINT)
        done.append("after the first")
        signal.raise_signal(signal.SIGINT)
        done.append("after the second")
    assert done == ["after the first"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_an_error_in_the_block_goes_first() -> None:
    with pytest.raises(ValueError), held():
        signal.raise_signal(signal.SIGINT)
        raise ValueError("rusak")


def test_without_ctrl_c_nothing_happens() -> None:
    with held():
        pass
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_ctrl_c_is_remembered_while_installed_and_the_old_handler_comes_back() -> None:
    ctrl_c = CtrlC()
    with ctrl_c.installed():
        assert not ctrl_c.pressed
        with pytest.raises(KeyboardInterrupt), held():
            signal.raise_signal(signal.SIGINT)
        assert ctrl_c.pressed
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_an_ignored_ctrl_c_stays_ignored() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        ctrl_c = CtrlC()
        with ctrl_c.installed(), held():
            signal.raise_signal(signal.SIGINT)
        assert not ctrl_c.pressed
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
