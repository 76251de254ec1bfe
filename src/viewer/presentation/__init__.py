"""What the screen and the paper share, below both ui/ and handout/ (QtGui at most, no
widgets): the level vocabulary and its icons, the sentences both show, dates and sources.

    levels.py     colours, words, hints and icon shapes of the three risk levels
    wording.py    the disclaimer, the emergency line, headings, source labels, long dates
    sources.py    source lines named for a patient: "FDA (badan pengawas obat AS), 2016"
    review.py     whether a health worker has checked an article: its review line and
                  out-of-date notice (rule C8)
"""
