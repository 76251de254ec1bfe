"""Read-aloud, below ui/ (no widgets).

spoken.py   the spoken form of shown text (digits, letters, pronunciations) and the
            map from each spoken word to the shown word (no Qt)
script.py   what is said, in what order, where it is shown: Utterance lists for the
            title, summary, warnings, sections, a glossary term (no Qt at import)
engine.py   Speaker: QtTextToSpeech started off the first paint, voices per language,
            a queue of utterances, word boundaries mapped to shown offsets
"""
