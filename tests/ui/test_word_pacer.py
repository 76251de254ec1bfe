"""The word an engine without word boundaries is saying, estimated from the time (no Qt)."""

from __future__ import annotations

import pytest

from viewer.content.model import Glossary
from viewer.speech.script import section_script
from viewer.ui.word_pacer import FIRST_PACE, WordPacer

SHOWN = "Minum obat ini pagi hari sesudah makan"


def _sentence():
    (utterance,) = section_script("s", "", SHOWN, Glossary(), "119", "id")[-1:]
    return utterance


def _word(pacer: WordPacer, now: float) -> str:
    start, end = pacer.word_at(now)
    return SHOWN[start:end]


def test_the_estimate_walks_through_the_sentence_at_the_pace():
    pacer = WordPacer(pace=10.0)  # ten spoken characters a second
    pacer.begin(_sentence(), now=100.0)
    assert _word(pacer, 100.0) == "Minum"
    assert _word(pacer, 100.65) == "obat"  # "Minum obat": character 6.5
    assert _word(pacer, 103.6) == "makan"
    assert _word(pacer, 110.0) == "makan"  # past the end: stays on the last word


def test_a_pause_is_not_speaking_time():
    pacer = WordPacer(pace=10.0)
    pacer.begin(_sentence(), now=0.0)
    pacer.pause(now=0.65)
    assert _word(pacer, 5.0) == "obat"
    pacer.resume(now=5.0)
    assert _word(pacer, 5.0) == "obat"
    assert _word(pacer, 5.4) == "ini"


def test_the_pace_is_learned_from_sentences_said_whole_not_from_cut_ones():
    pacer = WordPacer()
    sentence = _sentence()
    pacer.begin(sentence, now=0.0)
    pacer.finish(now=len(sentence.text) / 20.0)  # this engine says 20 characters a second
    assert FIRST_PACE < pacer.pace < 20.0
    learned = pacer.pace
    pacer.begin(sentence, now=10.0)
    pacer.stop()  # stopped mid-sentence
    pacer.finish(now=10.1)
    assert pacer.pace == pytest.approx(learned)
